"""A bundle is decrypted into an unnamed temporary file in the profile, read one file at a time.

bench/bundle_memory.py measures the memory this saves on a 500 MB bundle; here: where the plain
content goes, that it is gone after the import, and that the files are read on demand.
"""

from __future__ import annotations

import errno
import gc
import tempfile

import pytest

from app.services.exchange import bundle_format, bundle_import
from app.services.keys import keys
from tests.exchange_support import enrol_agency, export, make_dofa, sign_period, use
from tests.pg_cluster import on_postgresql

EVIDENCE = {"bien-ban.pdf": b"%PDF-1.4 " + bytes(range(256)) * 2000}


@pytest.fixture
def world(tmp_path):
    """DoFA, and a bundle from an enrolled agency with one evidence file."""
    dofa = make_dofa(tmp_path / "dofa")
    health = enrol_agency(dofa.folder, tmp_path / "syt", "SYT")
    sign_period(health, "2026-Y", "Cả năm", EVIDENCE)
    return dofa, export(health, tmp_path / "out")


def test_plain_content_stays_in_the_profile_and_goes_with_the_import(world, monkeypatch):
    dofa, bundle = world
    station = use(dofa)
    opened_files = []
    real = tempfile.TemporaryFile

    def spy(*args, **kwargs):
        handle = real(*args, **kwargs)
        opened_files.append((kwargs.get("dir"), handle))
        return handle

    monkeypatch.setattr(bundle_format.tempfile, "TemporaryFile", spy)
    before = sorted(p.name for p in dofa.folder.iterdir())

    (result,) = bundle_import.import_bundles(station, [bundle])

    assert result.status == "imported", result
    ((folder, handle),) = opened_files
    assert folder == dofa.folder  # not the system's temporary folder
    gc.collect()
    assert handle.closed
    after = {p.name for p in dofa.folder.iterdir()}
    # The evidence copies (in the database on an office's server); the plain bundle had no name.
    assert after - set(before) == (set() if on_postgresql() else {"evidence"})


def test_files_are_read_on_demand_and_checked_as_they_are_read(world):
    dofa, bundle = world
    use(dofa)
    identities = [keys.load_age_identity(dofa.folder, keys.DECRYPTION)]

    opened = bundle_format.open_bundle(bundle, identities, dofa.folder)

    assert not isinstance(opened.files, dict)
    (name,) = [n for n in opened.files if n.startswith("evidence/")]
    assert opened.files[name] == EVIDENCE["bien-ban.pdf"]
    size, sha256 = opened.files.measure(name, len(EVIDENCE["bien-ban.pdf"]))
    assert (size, sha256) == (len(EVIDENCE["bien-ban.pdf"]), name.removeprefix("evidence/"))
    assert opened.files.measure(name, 10)[0] == 11  # never reads more than the limit and one


def test_a_read_only_profile_still_opens_bundles_in_memory(world, monkeypatch):
    dofa, bundle = world
    use(dofa)
    identities = [keys.load_age_identity(dofa.folder, keys.DECRYPTION)]

    def read_only(*_args, **_kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(bundle_format.tempfile, "TemporaryFile", read_only)
    opened = bundle_format.open_bundle(bundle, identities, dofa.folder)

    (name,) = [n for n in opened.files if n.startswith("evidence/")]
    assert opened.files[name] == EVIDENCE["bien-ban.pdf"]
