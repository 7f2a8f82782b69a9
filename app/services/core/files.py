"""Replacing a file so that a crash leaves the old file or the new one, never a mix.

The new bytes go to a temporary file in the same folder (so the final rename stays on one file
system), are flushed to disk, and only then renamed over the target; the folder is synced so
the rename itself survives a power cut. A target that exists and is not a regular file (a
device, a FIFO, a folder) is refused: renaming over `/dev/full` as root replaces the device.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from app.services.core.errors import UserError


def ensure_replaceable(target: Path) -> None:
    """Refuse a target that exists and is not a regular file (before any work is done)."""
    try:
        mode = os.lstat(target).st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise UserError(
            "{target} is not a regular file; choose another file name", target=str(target)
        )


def sync_folder(folder: Path) -> None:
    # Windows cannot open a folder for syncing; its renames are journalled by NTFS.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def replacing(target: Path, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temporary path beside `target` to write; on success it replaces `target`.

    For writers that want a path (reportlab, openpyxl, SQLite's backup). On any exception the
    temporary file is removed and `target` is left as it was.
    """
    target = Path(target)
    ensure_replaceable(target)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        os.chmod(temporary, mode)
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        ensure_replaceable(target)
        os.replace(temporary, target)
        sync_folder(target.parent)
    finally:
        temporary.unlink(missing_ok=True)


def write_atomically(target: Path, data: bytes, mode: int = 0o644) -> None:
    """Replace `target` with `data` durably: the old content until the new one is on disk."""
    with replacing(target, mode) as temporary:
        temporary.write_bytes(data)
