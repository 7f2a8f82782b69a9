"""The evidence store kept in the database (the office's server), through the one service.

On a PostgreSQL profile evidence lives in the `evidence_blob` table; the table exists on SQLite
too, so the same code runs here on a real SQLite file with the store switched to the database.
"""

from __future__ import annotations

import hashlib
import shutil

import pytest

from app.models import Attachment, EvidenceBlob
from app.models.session import close_open_session
from app.services.exchange import bundle_import
from app.services.reports import evidence
from tests.exchange_support import shared_keyring, two_report_world, use


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    root = tmp_path_factory.mktemp("evidence-store")
    with shared_keyring(root / "keyring.json"):
        return two_report_world(root)


@pytest.fixture
def dofa(world, tmp_path, monkeypatch):
    monkeypatch.setenv("PLANTRACKER_TEST_KEYRING", world.keyring)
    shutil.copytree(world.dofa, tmp_path / "dofa")
    monkeypatch.setattr(evidence, "in_database", lambda: True)
    station = use(tmp_path / "dofa")
    yield station
    close_open_session()


def test_an_import_keeps_evidence_in_the_database_and_nothing_in_the_folder(world, dofa, tmp_path):
    results = bundle_import.import_bundles(dofa, [world.bundle])
    assert [r.status for r in results] == ["imported"]
    attached = {a.sha256: a for a in Attachment.select()}
    assert len(attached) == 2
    blobs = {b.sha256: bytes(b.data) for b in EvidenceBlob.select()}
    assert set(blobs) == set(attached)
    for sha256, data in blobs.items():
        assert hashlib.sha256(data).hexdigest() == sha256 and len(data) == attached[sha256].size
    assert not (dofa.folder / evidence.EVIDENCE_DIR).exists()
    # Every reader goes through the service: a copy to open, the check a later bundle makes.
    chosen = next(iter(attached.values()))
    copy = evidence.export_copy(dofa.folder, chosen.sha256, tmp_path, chosen.name)
    assert copy.read_bytes() == blobs[chosen.sha256]
    assert evidence.is_stored(dofa.folder, chosen.sha256)
    assert not evidence.is_stored(dofa.folder, "0" * 64)
    with pytest.raises(FileNotFoundError):
        evidence.read_bytes(dofa.folder, "0" * 64)


def test_evidence_of_an_import_that_fails_is_rolled_back_with_it(world, dofa, monkeypatch):
    def broken(*_args):
        raise OSError(28, "No space left on device")

    working = bundle_import.store
    monkeypatch.setattr(bundle_import, "store", broken)  # after the evidence, before the reports
    results = bundle_import.import_bundles(dofa, [world.bundle])
    assert [r.status for r in results] == ["rejected"]
    assert EvidenceBlob.select().count() == 0
    monkeypatch.setattr(bundle_import, "store", working)  # the same file now imports whole
    assert [r.status for r in bundle_import.import_bundles(dofa, [world.bundle])] == ["imported"]
    assert EvidenceBlob.select().count() == 2


def test_attaching_a_file_twice_at_once_stores_it_once(dofa, tmp_path):
    source = tmp_path / "bien-ban.pdf"
    source.write_bytes(b"%PDF-1.4 bien ban\n" * 10)
    first = evidence.store(dofa.folder, source)
    again = evidence.store(dofa.folder, source)  # a second officer, the same file
    assert first == again == (hashlib.sha256(source.read_bytes()).hexdigest(), 180)
    assert EvidenceBlob.select().count() == 1


def test_a_workstation_restored_from_the_office_server_reads_its_rows(world, tmp_path, monkeypatch):
    """A backup of the office's server restores as a SQLite workstation whose evidence is rows
    of its own file: the folder store reads them too."""
    monkeypatch.setenv("PLANTRACKER_TEST_KEYRING", world.keyring)
    shutil.copytree(world.dofa, tmp_path / "restored")
    station = use(tmp_path / "restored")
    data = b"%PDF-1.4 bien ban tu may chu\n" * 20
    sha256 = hashlib.sha256(data).hexdigest()
    EvidenceBlob.create(sha256=sha256, size=len(data), data=data)
    assert not evidence.stored_path(station.folder, sha256).exists()
    assert evidence.is_stored(station.folder, sha256)
    assert evidence.read_bytes(station.folder, sha256) == data
    assert evidence.for_bundle(station.folder, sha256) == data
    copy = evidence.export_copy(station.folder, sha256, tmp_path, "bien-ban.pdf")
    assert copy.read_bytes() == data
    with pytest.raises(FileNotFoundError):
        evidence.for_bundle(station.folder, "1" * 64)
    close_open_session()
