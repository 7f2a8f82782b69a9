"""Opening a workstation database: WAL, foreign keys on, schema brought up to date.

Every transaction begins IMMEDIATE: it takes SQLite's write lock at BEGIN, so two processes
that read-then-write queue behind each other (waiting up to busy_timeout) instead of one of
them failing half-way with "database is locked" or acting on what it read before the other's
commit. A database in a folder that cannot be written (read-only media, a locked-down share)
is opened read-only, so it can still be viewed.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

import peewee

from app.models.base import db
from app.models.migrations import LATEST_VERSION, migrate, schema_version

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": 1}
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000, "query_only": 1}


class ReadOnlyProfileError(Exception):
    """The database cannot be written and its schema is older than this release's."""


def is_writable(path: Path) -> bool:
    """Whether the database file and its folder (for the -wal and -shm files) can be written."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def init_db(path: Path | str) -> peewee.SqliteDatabase:
    """Bind the models to the SQLite file at path (":memory:" for a throwaway catalogue)."""
    close_db()
    if str(path) != ":memory:" and Path(path).is_file() and not is_writable(Path(path)):
        return _open_read_only(Path(path))
    database = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE")
    db.initialize(database)
    database.connect(reuse_if_open=True)
    migrate(database, None if str(path) == ":memory:" else Path(path))
    return database


def _open_read_only(path: Path) -> peewee.SqliteDatabase:
    # mode=ro reads a WAL database whose -wal/-shm files exist (a copy taken after a crash);
    # where even that fails, immutable=1 reads the main file as it is (a clean shutdown
    # leaves everything there).
    last_error: Exception | None = None
    for option in ("mode=ro", "immutable=1"):
        database = peewee.SqliteDatabase(
            f"file:{quote(str(path.resolve()))}?{option}", uri=True, pragmas=READ_ONLY_PRAGMAS
        )
        try:
            database.connect()
            version = schema_version(database)
        except (peewee.DatabaseError, sqlite3.Error) as exc:
            last_error = exc
            if not database.is_closed():
                database.close()
            continue
        db.initialize(database)
        if version < LATEST_VERSION:
            database.close()
            raise ReadOnlyProfileError(
                f"schema {version} needs updating to {LATEST_VERSION}, which needs write access"
            )
        return database
    assert last_error is not None
    raise last_error


def is_read_only() -> bool:
    """Whether the bound database was opened read-only (its folder cannot be written)."""
    return db.obj is not None and bool(db.execute_sql("PRAGMA query_only").fetchone()[0])


def close_db() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
