"""Received evidence in the profile's folder: written and synced on the store's threads while
the import writes its rows, under its real name only once whole on disk and before the commit,
and nothing left of it when a write or the import fails."""

from __future__ import annotations

import errno
import hashlib

import pytest

from app.services.core.errors import UserError
from app.services.reports import evidence

BLOBS = [b"%PDF-1.4 bien ban\n" * 40, b"PK\x03\x04 so lieu" * 60, b"%PDF-1.4 bien ban\n" * 40]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(evidence, "in_database", lambda: False)
    return tmp_path


def _finals(folder):
    return sorted(evidence.stored_path(folder, hashlib.sha256(b).hexdigest()) for b in BLOBS)


def _leftovers(folder):
    return sorted((folder / evidence.EVIDENCE_DIR).rglob(evidence.TEMPORARY_PREFIX + "*"))


def test_files_get_their_names_after_the_block_and_once_each(folder):
    stored = []
    with evidence.storing_received(folder, iter(BLOBS), stored):
        assert not any(path.exists() for path in _finals(folder))  # not before the rows
    assert sorted(stored) == sorted(set(_finals(folder)))  # the repeated file once
    for path in stored:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == path.name
    assert _leftovers(folder) == []


def test_a_failed_write_leaves_nothing_and_says_the_disk_is_full(folder, monkeypatch):
    real = evidence.os.fsync
    calls = []

    def fsync_fails_second(handle):
        calls.append(handle)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(handle)

    monkeypatch.setattr(evidence.os, "fsync", fsync_fails_second)
    stored = []
    with pytest.raises(UserError), evidence.storing_received(folder, iter(BLOBS), stored):
        pass
    assert stored == []
    assert _leftovers(folder) == []
    assert not any(path.exists() for path in _finals(folder))


def test_an_import_that_fails_meanwhile_leaves_nothing(folder):
    stored = []
    with pytest.raises(RuntimeError), evidence.storing_received(folder, iter(BLOBS), stored):
        raise RuntimeError("the rows could not be written")
    assert stored == []
    assert _leftovers(folder) == []
    assert not any(path.exists() for path in _finals(folder))
