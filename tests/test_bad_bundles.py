"""Bad input never gets in: every corpus file is refused with a named reason
(docs/architecture.md, exchange property 9).

Each refusal must give exit 1, a reason in plain words, exactly one audit entry naming the
reason, and leave everything else as it was: every other table row for row and column for
column, the evidence folder and the other files of the profile. The corpus files are in
tests/corpus/ (see its README); a hypothesis test then mutates a valid bundle at random.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.models.session import close_open_session
from app.services.exchange import bundle_import
from app.services.exchange.bundle_format import BundleRejectedError
from app.services.keys import keys
from tests.conftest import run_cli
from tests.corpus_station import CASES, CORPUS, REVOKE_FIRST, corpus_dofa, revoke_sender
from tests.exchange_support import (
    KNOWN_REASONS,
    assert_only_rejection_recorded,
    snapshot,
    use,
)

# The words each refusal must use (English, as `--lang en` prints it), as patterns.
REASON_WORDS = {
    "damaged": r"is damaged: it was cut short or changed on the way",
    "wrong_recipient": r"was not encrypted for this workstation",
    "unknown_sender": r"not enrolled",
    "revoked_key": (
        r"is signed with a key of Department of Health that was revoked on \d\d/\d\d/\d{4}"
    ),
    "bad_signature": r"the signature (of report 2026-Y )?does not match Department of Health's key",
    "hash_mismatch": r"reports/2026-Y-r1\.json in \S+ does not match its hash in the manifest",
    "larger_than_declared": r"reports/2026-Y-r1\.json in \S+ is larger than its manifest declares",
    "newer_format": r"was made by a newer Plan Tracker \((bundle|content) format 2\)",
    "bad_report": r"report 2026-Y cannot be read: ",
    "bad_manifest": r"has an unreadable manifest: ",
    "unsafe_path": r"holds a file with an unsafe name: (\.\./\.\./\.\./\.bashrc|/etc/cron\.d/)",
    "zip_bomb": r"expands to an unreasonable size",
    "unlisted_file": r"holds reports/notes\.txt, which its manifest does not list",
    "not_a_bundle": r"is not a Plan Tracker bundle|does not hold a bundle archive",
    "empty": r"is empty",
}


# What the parser must name for each shape it refuses (the field at fault, in English).
SHAPE_WORDS = {
    "report_without_document": r": document is missing$",
    "report_attachment_path": r"attachments\[0\]\.name is not a safe file name",
    "report_attachment_backslash": r"attachments\[0\]\.name is not a safe file name",
    "report_attachment_control": r"attachments\[0\]\.name holds control characters",
    "report_unknown_field": r": note is not a field this format has",
    "report_progress_text": r"entries\[0\]\.progress must be a whole number from 0 to 100",
    "report_progress_over": r"entries\[0\]\.progress must be a whole number from 0 to 100",
    "report_status_unknown": r"entries\[0\]\.status must be one of not_started",
    "report_signed_at_words": r"signed_at must be a time",
    "report_date_dmy": r"period\.start must be a date YYYY-MM-DD",
    "report_text_too_long": r"entries\[0\]\.results is too long \(at most 20000 characters\)",
    "report_not_nfc": r"amendment_reason is not in Unicode NFC form",
    "report_not_canonical": r"not in canonical form",
    "report_duplicate_key": r"not in canonical form",
    "report_entries_object": r": entries must be a list",
    "report_signer_null": r": signer must be an object",
    "report_hash_upper": r"attachments\[0\]\.sha256 must be 64 lowercase hexadecimal digits",
    "report_not_json": r"is not UTF-8 JSON",
    "manifest_unknown_field": r": note is not a field this format has",
    "manifest_sequence_zero": r": sequence must be a whole number from 1",
    "manifest_created_at_words": r": created_at must be a time",
    "manifest_report_path": r"reports\[0\]\.content must be a path reports/",
    "manifest_previous_not_hex": r"previous_manifest_sha256 must be 64 lowercase hexadecimal",
    "manifest_not_canonical": r"not in canonical form",
    "manifest_duplicate_key": r"names a key twice",
    "unknown_agency_revoked_key": r"not enrolled \(XYZ\)",
}


def corpus_file(case: str) -> Path:
    path = CORPUS / f"{case}.ptbundle"
    assert path.exists(), f"{path} is missing; run tests/corpus/make_corpus.py"
    return path


@pytest.fixture
def station(tmp_path):
    return corpus_dofa(tmp_path / "dofa")


def identities(station):
    return [keys.load_age_identity(station.folder, keys.DECRYPTION)]


def test_the_corpus_keys_open_a_valid_bundle(station):
    """Without this, every refusal below could be for a reason other than the one named."""
    (result,) = bundle_import.import_bundles(station, [corpus_file("valid")])
    assert (result.status, result.reason_code, result.agency) == ("imported", None, "SYT")
    assert [r.outcome for r in result.reports] == ["new"]


def test_the_corpus_holds_every_case():
    assert {p.stem for p in CORPUS.glob("*.ptbundle")} == {"valid", *CASES}
    assert {code for code, _ in CASES.values()} <= KNOWN_REASONS
    assert corpus_file("zip_bomb").stat().st_size < 5 * 1024 * 1024


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_bundle_is_refused_and_only_audited(case, station):
    code = CASES[case][0]
    path = corpus_file(case)
    if case in REVOKE_FIRST:
        revoke_sender(station)
    folder = station.folder
    close_open_session()  # the CLI process opens the database itself

    before = snapshot(folder)
    done = run_cli(
        "--profile", str(folder), "--lang", "en", "bundle", "import", str(path), "--json"
    )
    assert done.returncode == 1, done.stderr.decode()
    (printed,) = json.loads(done.stdout.decode("utf-8"))
    assert printed["status"] == "rejected"
    assert printed["file"] == path.name
    assert re.search(REASON_WORDS[code], printed["reason"]), printed["reason"]
    assert re.search(SHAPE_WORDS.get(case, ""), printed["reason"]), printed["reason"]
    assert printed["reports"] == []
    assert_only_rejection_recorded(before, folder, path.name, code)

    station = use(folder)
    before = snapshot(folder)
    (result,) = bundle_import.import_bundles(station, [path])
    assert (result.status, result.reason_code) == ("rejected", code)
    assert re.search(REASON_WORDS[code], result.reason), result.reason
    assert result.message_vi, "the refusal has no Vietnamese text"
    if "Department of Health" in result.reason:  # the sender named in each language
        assert "Sở Y tế" in result.message_vi and "Department" not in result.message_vi
    assert_only_rejection_recorded(before, folder, path.name, code)


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_dry_run_of_a_bad_bundle_writes_nothing_at_all(case, station):
    if case in REVOKE_FIRST:
        revoke_sender(station)
    before = snapshot(station.folder)
    path = corpus_file(case)
    (result,) = bundle_import.import_bundles(station, [path], dry_run=True)
    assert (result.status, result.reason_code) == ("rejected", CASES[case][0])
    after = snapshot(station.folder)
    assert (after.tables, after.audit, after.evidence) == (
        before.tables,
        before.audit,
        before.evidence,
    )


# --- random damage -------------------------------------------------------------------------


def test_a_flipped_byte_anywhere_is_refused(station, tmp_path):
    """Every single position of a valid bundle, each flipped in turn (verify writes nothing)."""
    original = corpus_file("valid").read_bytes()
    path = tmp_path / "flipped.ptbundle"
    reasons = Counter()
    for position in range(len(original)):
        damaged = bytearray(original)
        damaged[position] ^= 0x01
        path.write_bytes(bytes(damaged))
        with pytest.raises(BundleRejectedError) as refused:
            bundle_import.verify(path, identities(station), station.folder)
        reasons[refused.value.reason] += 1
    assert set(reasons) <= KNOWN_REASONS, reasons
    # The age header names the file (not_a_bundle), a recipient line (wrong_recipient: the
    # stanza no longer opens with DoFA's key), everything after it is authenticated (damaged).
    assert reasons["damaged"] > len(original) * 0.8, reasons


POSITION = st.integers(min_value=0, max_value=1 << 20)
MUTATION = st.one_of(
    st.tuples(st.just("flip"), POSITION, st.integers(min_value=1, max_value=255)),
    st.tuples(st.just("truncate"), POSITION),
    st.tuples(st.just("insert"), POSITION, st.binary(min_size=1, max_size=16)),
    st.tuples(st.just("delete"), POSITION, st.integers(min_value=1, max_value=64)),
    st.tuples(st.just("duplicate"), POSITION, st.integers(min_value=1, max_value=512), POSITION),
)


def mutate(data: bytes, operations: list[tuple]) -> bytes:
    """Apply the operations in turn; positions wrap around the current length."""
    out = bytearray(data)
    for op, where, *rest in operations:
        at = where % (len(out) + 1)
        if op == "flip" and at < len(out):
            out[at] ^= rest[0]
        elif op == "truncate":
            del out[at:]
        elif op == "insert":
            out[at:at] = rest[0]
        elif op == "delete":
            del out[at : at + rest[0]]
        elif op == "duplicate":
            piece = out[at : at + rest[0]]
            target = rest[1] % (len(out) + 1)
            out[target:target] = piece
    return bytes(out)


@settings(
    max_examples=70,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(MUTATION, min_size=1, max_size=4))
def test_randomly_damaged_bundles_are_refused_by_name(operations, station, tmp_path):
    original = corpus_file("valid").read_bytes()
    damaged = mutate(original, operations)
    path = tmp_path / "mutated.ptbundle"
    path.write_bytes(damaged)
    before = snapshot(station.folder)

    (result,) = bundle_import.import_bundles(use(station), [path])
    event(f"{result.status}: {result.reason_code}")  # shown by --hypothesis-show-statistics

    if result.status != "rejected":
        # Only an undamaged file may get in (first time imported, then already imported).
        assert damaged == original, f"a damaged bundle was accepted: {result}"
        assert result.status in ("imported", "already_imported")
        return
    assert result.reason_code in KNOWN_REASONS, result
    assert result.reason
    assert_only_rejection_recorded(before, station.folder, path.name, result.reason_code)
