"""Disk and database failures said in plain words: which folder, what happened, what to do.

SQLite and the operating system report a full disk, a read-only medium or a damaged file in
their own terms ("disk I/O error", "attempt to write a readonly database", errno 28), and a
failed rollback can hide the first error ("cannot rollback - no transaction is active" after
"database or disk is full"). `explain` walks the chain of causes and picks the one a person
can act on. Each transaction either committed or rolled back, so nothing was changed.

This module reads the models' database binding (`db`) instead of being given a workstation,
on purpose: it classifies a failure that reached a last-resort handler (the command line's,
a screen's error box, a profile that failed to open), where no workstation is in hand or the
one being opened is not finished. What it needs of the database is only which one failed
(its name, for the message) and, for a lost server connection, closing it so that the next
attempt connects afresh. tests/test_layers.py lists it among the modules that keep the proxy
with a reason.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import unquote, urlsplit

import peewee

from app.models import db
from app.models.dialect import is_postgresql
from app.services.core.errors import UserError

DATABASE_ERRORS = (sqlite3.Error, peewee.DatabaseError)
STORAGE_ERRORS = (OSError, *DATABASE_ERRORS)

_FULL = (errno.ENOSPC, errno.EDQUOT)
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def _causes(exc: BaseException) -> list[BaseException]:
    chain, seen = [], set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _kind(exc: BaseException) -> str | None:
    if isinstance(exc, OSError):
        if exc.errno in _FULL:
            return "full"
        if exc.errno in _READ_ONLY:
            return "read_only"
        return "io"
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return "full"
    if "readonly" in text or "read-only" in text:
        return "read_only"
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return "damaged"
    if "locked" in text or "busy" in text:
        return "busy"
    if "unable to open" in text:
        return "cannot_open"
    if "disk i/o error" in text:
        return "io"
    return None


# The most telling first: a full disk explains a later I/O error and a failed rollback.
_PRIORITY = ("full", "read_only", "damaged", "busy", "cannot_open", "io")


LOW_SPACE_BYTES = 1024 * 1024


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False


def server_name(url: str) -> str:
    """The server and database of a postgresql:// URL as a person reads them."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    return f"{unquote(host)}{parts.path}"


class ServerUnreachableError(UserError):
    """The office's database server could not be reached, or the connection was lost."""


def server_refusal(url: str, exc: BaseException) -> UserError:
    """The office's PostgreSQL server could not be reached, refused us, or the connection was
    lost: each transaction committed whole or rolled back, so nothing was half-written."""
    text = str(exc).strip()
    reason = text.splitlines()[0] if text else type(exc).__name__
    if "no password supplied" in text or "password authentication failed" in text:
        # The one cause a person can fix at this PC: say where the password is looked for.
        return ServerUnreachableError(
            "the office's database server {server} did not accept the password ({reason}); "
            "give the database role's password in PGPASSWORD or in ~/.pgpass "
            "(%APPDATA%\\postgresql\\pgpass.conf on Windows), or type it in the set-up "
            "assistant, which keeps it in the OS secret store. Nothing was written.",
            server=server_name(url),
            reason=reason,
        )
    return ServerUnreachableError(
        "the connection to the office's database server {server} failed ({reason}); check "
        "the network, the address and the password, then try again. Nothing was half-written.",
        server=server_name(url),
        reason=reason,
    )


def _server_failure(exc: BaseException) -> BaseException | None:
    """The lost or refused server connection in exc's chain, on a PostgreSQL profile."""
    if not is_postgresql():
        return None
    lost = (peewee.OperationalError, peewee.InterfaceError)
    return next((c for c in _causes(exc) if isinstance(c, lost)), None)


def explain(exc: BaseException, folder: Path) -> UserError | None:
    """A plain refusal for a storage failure in the profile `folder`; None when it is not one."""
    failure = _server_failure(exc)
    if failure is not None:
        with contextlib.suppress(peewee.PeeweeException):
            db.close()  # a fresh connection at the next attempt
        return server_refusal(db.obj.database, failure)
    causes = [cause for cause in _causes(exc) if isinstance(cause, STORAGE_ERRORS)]
    kinds = {_kind(cause) for cause in causes}
    named = next((c.filename for c in causes if isinstance(c, OSError) and c.filename), None)
    if named is not None:  # the file the system names (an output on a USB stick, say)
        named_path = Path(str(named))
        folder = named_path if named_path.is_dir() else named_path.parent
    kind = next((k for k in _PRIORITY if k in kinds), None)
    if kind is None:
        return None
    if kind == "io" and _nearly_full(folder):  # SQLite says "disk I/O error" when the WAL
        kind = "full"  # cannot grow on a full disk
    if kind == "full":
        return UserError(
            "the disk holding {folder} is full; free some space there and try again. Nothing "
            "was changed.",
            folder=str(folder),
        )
    if kind == "read_only":
        return read_only_refusal(folder)
    if kind == "damaged":
        return UserError(
            "the database in {folder} is damaged or is not a Plan Tracker database; restore "
            "the profile from a backup. Nothing was changed.",
            folder=str(folder),
        )
    if kind == "busy":
        return UserError(
            "another Plan Tracker program is writing to {folder}; try again when it has "
            "finished. Nothing was changed.",
            folder=str(folder),
        )
    if kind == "cannot_open":
        return UserError(
            "cannot open the database in {folder}; check that the folder exists and that you "
            "may read it.",
            folder=str(folder),
        )
    reason = next(
        (c.strerror or str(c) for c in _causes(exc) if isinstance(c, OSError)),
        str(exc),
    )
    return UserError(
        "reading or writing {folder} failed ({reason}); check the disk and try again. Nothing "
        "was changed.",
        folder=str(folder),
        reason=reason,
    )


def read_only_refusal(folder: Path) -> UserError:
    return UserError(
        "{folder} is read-only, so nothing can be changed there; reports can still be "
        "viewed. To make changes, copy the profile folder to a writable disk or remove "
        "the write protection.",
        folder=str(folder),
    )


def explain_disk(exc: BaseException, folder: Path) -> UserError | None:
    """The plain refusal for a full or read-only disk; None for other failures, which the
    caller words itself."""
    if not {_kind(c) for c in _causes(exc)} & {"full", "read_only"}:
        return None
    return explain(exc, folder)


def open_profile_folder() -> Path:
    """The folder of the database the models are bound to (for messages from the screens)."""
    name = str(getattr(db.obj, "database", "") or "")  # format: peewee's attribute
    if name.startswith("file:"):  # a read-only profile is opened by URI
        name = unquote(name[len("file:") :].split("?", 1)[0])
    return Path(name).parent if name and name != ":memory:" else Path.cwd()
