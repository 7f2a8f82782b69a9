"""The databases a workstation opens: a SQLite file in the profile, or a consolidating
office's PostgreSQL server named by a `postgresql://` URL. session.py opens one of them,
binds the models to it and brings its schema up to date.

SQLite: WAL, foreign keys on.

Every transaction begins IMMEDIATE: it takes SQLite's write lock at BEGIN, so two processes
that read-then-write queue behind each other (waiting up to busy_timeout) instead of one of
them failing half-way with "database is locked" or acting on what it read before the other's
commit. A database in a folder that cannot be written (read-only media, a locked-down share)
is opened read-only, so it can still be viewed.

PostgreSQL: several officers' PCs share the database. Every transaction takes one advisory
transaction lock of the office at BEGIN (OfficeDatabase.begin), which serialises transactions
exactly as BEGIN IMMEDIATE does on SQLite, so code written for one behaves the same on the
other. libpq reads the URL as it is: the password from the URL is refused elsewhere (it would
end up in the profile), so it comes from PGPASSWORD, ~/.pgpass, or the caller (the OS secret
store); TLS as the URL's sslmode says, libpq's `prefer` (TLS when the server offers it) by
default.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

import peewee

from app import postgresql_driver
from app.models.migrations import LATEST_VERSION, schema_version

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": 1}
READ_ONLY_PRAGMAS = {"foreign_keys": 1, "busy_timeout": 5000, "query_only": 1}


class ReadOnlyProfileError(Exception):
    """The database cannot be written and its schema is older than this release's."""


def is_writable(path: Path) -> bool:
    """Whether the database file and its folder (for the -wal and -shm files) can be written."""
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def sqlite_database(path: Path | str) -> peewee.SqliteDatabase:
    """The SQLite file at path (":memory:" for a throwaway catalogue), not yet connected."""
    return peewee.SqliteDatabase(
        str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE", check_same_thread=False
    )


# Advisory lock keys (pg_advisory_lock's bigint space is shared by every application on the
# server; these two are ours: "PTXN" and "PTWR" in ASCII).
TRANSACTION_LOCK = 0x5054584E
WRITER_LOCK = 0x50545752
CONNECT_TIMEOUT_SECONDS = 10


class OfficeDatabase(peewee.PostgresqlDatabase):
    """The consolidating office's PostgreSQL database."""

    def _replace_lost_connection(self) -> None:
        # A connection the server or the network dropped is replaced at its next use (in
        # whichever thread it belongs to), so trying again after the refusal works; inside a
        # transaction the failure stands, and the transaction rolls back whole.
        if not self.is_closed() and not self.in_transaction() and not self.is_connection_usable():
            with contextlib.suppress(peewee.PeeweeException):
                self.close()

    def connection(self):
        self._replace_lost_connection()
        return super().connection()

    def cursor(self, named_cursor=None):
        self._replace_lost_connection()
        return super().cursor(named_cursor)

    def begin(self, isolation_level=None):
        super().begin(isolation_level)
        # Held to COMMIT or ROLLBACK: one transaction of the office at a time, as on SQLite.
        self.cursor().execute("SELECT pg_advisory_xact_lock(%s)", (TRANSACTION_LOCK,))


def server_database(url: str, password: str | None = None) -> OfficeDatabase:
    """The office's PostgreSQL database at url (no password in it), not yet connected."""
    postgresql_driver.load()
    return OfficeDatabase(
        url,
        password=password,
        connect_timeout=CONNECT_TIMEOUT_SECONDS,
        application_name="plantracker",
    )


def open_read_only(path: Path) -> peewee.SqliteDatabase:
    """The SQLite file at path, connected read-only; refuses one whose schema is older."""
    # mode=ro reads a WAL database whose -wal/-shm files exist (a copy taken after a crash);
    # where even that fails, immutable=1 reads the main file as it is (a clean shutdown
    # leaves everything there).
    last_error: Exception | None = None
    for option in ("mode=ro", "immutable=1"):
        database = peewee.SqliteDatabase(
            f"file:{quote(str(path.resolve()))}?{option}",
            uri=True,
            pragmas=READ_ONLY_PRAGMAS,
            check_same_thread=False,  # a worker's idle connection may be closed elsewhere
        )
        try:
            database.connect()
            version = schema_version(database)
        except (peewee.DatabaseError, sqlite3.Error) as exc:
            last_error = exc
            if not database.is_closed():
                database.close()
            continue
        if version < LATEST_VERSION:
            database.close()
            raise ReadOnlyProfileError(
                f"schema {version} needs updating to {LATEST_VERSION}, which needs write access"
            )
        return database
    assert last_error is not None
    raise last_error
