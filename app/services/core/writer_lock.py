"""One writer at a time per profile: a lock file that long writes (import, export, sign-off,
copying evidence) hold, so a second one waits with a plain notice instead of colliding.

SQLite itself serialises transactions (every one begins IMMEDIATE, see models/connection.py);
this lock covers what happens around them — files copied into the profile before the
transaction, and the clean-up of leftovers, which must never remove another process's
half-written file. The lock is an advisory `flock` on `<profile>/.writer.lock` (released by the
system when the process ends, even by SIGKILL), re-entrant within one process.

On a consolidating office's PostgreSQL server several PCs write the same data, so the writer
also holds the office's advisory lock on the server (pg_advisory_lock; the server releases it
when the connection ends, as the system does the file lock), waiting the same way with the
same notice. (Transactions are serialised by the database itself: models/connection.py.)
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.core.errors import UserError

if TYPE_CHECKING:
    from app.models.session import DatabaseSession

LOCK_NAME = ".writer.lock"
WAIT_LIMIT_SECONDS = 15 * 60
POLL_SECONDS = 0.1

_held: dict[str, tuple[int, int]] = {}  # folder → (descriptor, depth) in this process
_wait_notice: Callable[[], None] | None = None


def set_wait_notice(notice: Callable[[], None] | None) -> None:
    """What to do (once) when a writer has to wait: the CLI prints a line, the UI a status."""
    global _wait_notice
    _wait_notice = notice


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True


def create_lock_file(folder: Path) -> None:
    """Made with the profile, so that taking the lock later adds no file to it."""
    os.close(os.open(folder / LOCK_NAME, os.O_WRONLY | os.O_CREAT, 0o600))


def _open_lock_file(folder: Path) -> int | None:
    try:
        return os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        return None  # a read-only profile: nothing can be written there anyway


@contextlib.contextmanager
def exclusive(session: DatabaseSession | None, folder: Path, wait: bool = True) -> Iterator[bool]:
    """Hold the writer lock of the profile `folder`, whose database `session` is open; yields
    True when held. On an office's server the server's lock is taken too, in that session;
    None is for a process with no database open, which takes the profile's lock file only.

    wait=False yields False at once when another process holds it (for optional work such as
    the clean-up at start). With wait=True a second writer waits, after one notice, up to
    WAIT_LIMIT_SECONDS, then is refused.
    """
    key = str(Path(folder).resolve())
    if key in _held:
        fd, depth = _held[key]
        _held[key] = (fd, depth + 1)
        try:
            yield True
        finally:
            _held[key] = (fd, _held[key][1] - 1)
        return
    fd = _open_lock_file(Path(folder))
    if fd is None:
        yield True
        return
    try:
        if not _try_lock(fd):
            if not wait:
                yield False
                return
            _wait_for(lambda: _try_lock(fd), folder)
        with _office_lock(session, folder, wait) as held:
            if not held:
                yield False
                return
            _held[key] = (fd, 1)
            try:
                yield True
            finally:
                del _held[key]
    finally:
        os.close(fd)  # closing the descriptor releases the lock


# The database modules are imported at first use: the command line imports this module at
# start, before it knows whether a command touches the database (`--version` does not).


def _try_office_lock(session: DatabaseSession) -> bool:
    from app.models.connection import WRITER_LOCK

    locked = session.execute_sql("SELECT pg_try_advisory_lock(%s)", (WRITER_LOCK,))
    return bool(locked.fetchone()[0])


@contextlib.contextmanager
def _office_lock(session: DatabaseSession | None, folder: Path, wait: bool) -> Iterator[bool]:
    """The office's writer lock on its PostgreSQL server (nothing to take on SQLite)."""
    import peewee

    from app.models.connection import WRITER_LOCK

    if session is None or not session.is_postgresql:
        yield True
        return
    if not _try_office_lock(session):
        if not wait:
            yield False
            return
        _wait_for(lambda: _try_office_lock(session), folder)
    try:
        yield True
    finally:
        # A lost connection has released it already; the error is the work's to report.
        with contextlib.suppress(peewee.PeeweeException):
            session.execute_sql("SELECT pg_advisory_unlock(%s)", (WRITER_LOCK,))


def _wait_for(try_lock: Callable[[], bool], folder: Path) -> None:
    if _wait_notice is not None:
        _wait_notice()
    deadline = time.monotonic() + WAIT_LIMIT_SECONDS
    while not try_lock():
        if time.monotonic() > deadline:
            raise UserError(
                "another Plan Tracker program has been writing to {folder} for more than "
                "{minutes} minutes; close it, or restart the computer if it hangs, and try "
                "again. Nothing was changed.",
                folder=str(folder),
                minutes=WAIT_LIMIT_SECONDS // 60,
            )
        time.sleep(POLL_SECONDS)
