"""Files are replaced whole or not at all, and never over something that is not a file."""

from __future__ import annotations

import os

import pytest

from app.services.core.errors import UserError
from app.services.core.files import replacing, write_atomically


def test_a_write_replaces_the_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "key.age"
    target.write_bytes(b"old")
    write_atomically(target, b"new", mode=0o600)
    assert target.read_bytes() == b"new"
    assert oct(target.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir()] == ["key.age"]


def test_a_failed_write_keeps_the_old_file(tmp_path):
    target = tmp_path / "backup.age"
    target.write_bytes(b"good backup")
    with pytest.raises(RuntimeError), replacing(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("disk gone")
    assert target.read_bytes() == b"good backup"
    assert [p.name for p in tmp_path.iterdir()] == ["backup.age"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_or_a_folder_is_never_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    for target in (fifo, folder):
        with pytest.raises(UserError, match="not a regular file"):
            write_atomically(target, b"x")
    assert fifo.exists() and folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder", "pipe"]
