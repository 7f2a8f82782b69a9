"""A malformed manifest is refused by name, never a crash
(docs/architecture.md, exchange property 9; no traceback).

The corpus's valid bundle is opened with the committed test keys, its manifest edited and the
bundle put together again, in one of two ways:
- with its original signature: anyone can make such a file, since DoFA's public recipient is
  in every setup kit and the manifest is read before its signature is checked;
- signed again with SYT's enrolled key: the sender's own software wrote a faulty manifest.
Either way the import must end in a named refusal (or, for an edit that leaves a valid
manifest, an ordinary import), with nothing but the audit entry written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.models import BundleReceived
from app.models.session import close_open_session
from app.services.catalogue import register
from app.services.exchange import bundle_import, import_result
from app.services.workstation import profile
from tests.bundle_forge import apply_edits, forge, valid_contents
from tests.conftest import run_cli
from tests.corpus_station import CORPUS, SENDER, corpus_dofa
from tests.exchange_support import (
    KNOWN_REASONS,
    assert_only_rejection_recorded,
    integrity,
    snapshot,
    use,
)


def _set(key, value):
    return lambda manifest: manifest.__setitem__(key, value)


def _set_in_first_file(key, value):
    return lambda manifest: manifest["files"][0].__setitem__(key, value)


def _drop(key):
    return lambda manifest: manifest.pop(key)


def _drop_in_first_file(key):
    return lambda manifest: manifest["files"][0].pop(key)


# Kept with their original signature: no key is needed to make these.
UNSIGNED = {
    "file_without_size": _drop_in_first_file("size"),
    "file_size_as_text": _set_in_first_file("size", "2048"),
    "file_without_sha256": _drop_in_first_file("sha256"),
}
# Signed again with SYT's enrolled key.
SIGNED = {
    "without_sequence": _drop("sequence"),
    "sequence_null": _set("sequence", None),
    "sequence_as_words": _set("sequence", "first"),
    "sequence_list": _set("sequence", [1]),
    "sequence_too_large": _set("sequence", 2**70),
    "without_created_at": _drop("created_at"),
    "created_at_null": _set("created_at", None),
}


@pytest.fixture
def station(tmp_path):
    return corpus_dofa(tmp_path / "dofa")


def make(out: Path, edit, resign: bool) -> Path:
    files = valid_contents()
    manifest = json.loads(files["manifest.json"])
    edit(manifest)
    return forge(out, manifest, files, None if resign else files["manifest.sig"])


def import_and_check_refusal(station, path: Path):
    """Import in-process: it must not raise, and a refusal must change nothing but the audit."""
    before = snapshot(station.folder)
    (result,) = bundle_import.import_bundles(use(station), [path])
    if result.status == "rejected":
        assert result.reason_code in KNOWN_REASONS, result
        assert result.reason and result.message_vi
        assert_only_rejection_recorded(before, station.folder, path.name, result.reason_code)
    return result


@pytest.mark.parametrize(
    ("case", "resign"),
    [(c, False) for c in UNSIGNED] + [(c, True) for c in SIGNED],
)
def test_a_malformed_manifest_is_refused_by_name(case, resign, station, tmp_path):
    edit = UNSIGNED.get(case) or SIGNED[case]
    path = make(tmp_path / f"{case}.ptbundle", edit, resign)
    result = import_and_check_refusal(station, path)
    assert result.status == "rejected", result


def test_the_cli_refuses_it_in_words_and_goes_on_with_the_next_file(station, tmp_path):
    """One bad file must not stop the others, nor print a traceback."""
    bad = make(tmp_path / "no-size.ptbundle", UNSIGNED["file_without_size"], resign=False)
    folder = station.folder
    close_open_session()
    done = run_cli(
        "--profile",
        str(folder),
        "--lang",
        "en",
        "bundle",
        "import",
        str(bad),
        str(CORPUS / "valid.ptbundle"),
        "--json",
    )
    assert "Traceback" not in done.stderr.decode(), done.stderr.decode()
    assert done.returncode == 1
    printed = json.loads(done.stdout.decode("utf-8"))
    assert [r["status"] for r in printed] == ["rejected", "imported"]


# --- random edits of the manifest -----------------------------------------------------------

ANY_JSON = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
)
EDIT = st.tuples(st.integers(min_value=0, max_value=10_000), st.booleans(), ANY_JSON)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=st.lists(EDIT, min_size=1, max_size=3), resign=st.booleans())
def test_randomly_edited_manifests_never_crash_the_import(edits, resign, station, tmp_path):
    path = make(tmp_path / "edited.ptbundle", lambda m: apply_edits(m, edits), resign)
    result = import_and_check_refusal(station, path)
    event(f"{result.status}: {result.reason_code}")
    if result.status == "rejected":
        return
    # The edit left a manifest the importer accepts: then what it kept must be usable.
    assert result.status in ("imported", "already_imported", "conflict"), result
    database = profile.db_path(station.folder)
    assert integrity(database) == "ok"
    use(station)
    sequences = [b.sequence for b in BundleReceived.select()]
    assert all(isinstance(s, int) and s >= 1 for s in sequences), sequences
    import_result.missing_sequences(register.get(SENDER))  # the ledger can still be read
