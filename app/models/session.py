"""The database session of a workstation: one open peewee Database, and the only thing that
binds the models to it.

A session is opened on a SQLite file (read-only where its folder cannot be written), on an
in-memory catalogue, or on the office's PostgreSQL server (connection.py builds each). It
offers what services need of the database — `atomic()`, `execute_sql`, `is_postgresql`,
`is_read_only` — and `close()`; it is a context manager.

Why the models still resolve their database through one binding: peewee models name their
database in `Meta.database` (here the `db` proxy of base.py), and every `Model.select()` asks
it. Passing a database to each query instead would touch every line that reads a table. One
process serves one workstation at a time (the CLI runs one command on one profile; the desktop
app opens one profile), so one binding is enough — provided it cannot change under anyone's
feet. The session binds the proxy once, when it opens, and unbinds it when it closes; opening
a second session while one is open is refused (`SessionAlreadyOpenError`) instead of silently
re-binding the models to another database under the first session's readers. Whoever opened
a session closes it before another is opened.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import peewee

from app.models import connection, worker_connections
from app.models.base import db
from app.models.migrations import migrate


class SessionAlreadyOpenError(RuntimeError):
    """A database session was opened while another one is open in this process."""


class SessionClosedError(RuntimeError):
    """A closed session was asked to run a statement or a transaction."""


_lock = threading.Lock()
_open: DatabaseSession | None = None


class DatabaseSession:
    """One open database of a workstation; binds the models while it is open."""

    def __init__(self, database: peewee.Database, read_only: bool = False):
        self.database = database
        self.read_only = read_only
        self._bind()

    # --- opening ----------------------------------------------------------------------------

    @classmethod
    def open_file(cls, path: Path | str) -> DatabaseSession:
        """The SQLite file at path, its schema brought up to date (with a backup when older);
        read-only where it cannot be written (see connection.open_read_only)."""
        path = Path(path)
        if path.is_file() and not connection.is_writable(path):
            # Refused there when its schema is older: updating it needs write access.
            return cls._opened(connection.open_read_only(path), read_only=True, migrated=False)
        return cls._opened(connection.sqlite_database(path), backup_to=path)

    @classmethod
    def open_memory(cls) -> DatabaseSession:
        """A throwaway in-memory database with the current schema (a catalogue to read)."""
        return cls._opened(connection.sqlite_database(":memory:"))

    @classmethod
    def open_server(
        cls, url: str, password: str | None = None, migrate_schema: bool = True
    ) -> DatabaseSession:
        """The office's PostgreSQL database at url (no password in it)."""
        database = connection.server_database(url, password)
        return cls._opened(database, migrated=migrate_schema)

    @classmethod
    def _opened(
        cls,
        database: peewee.Database,
        read_only: bool = False,
        migrated: bool = True,
        backup_to: Path | None = None,
    ) -> DatabaseSession:
        """Bind, connect and (if `migrated`) bring the schema up to date, backing an older
        file up beside `backup_to`; a failure closes and unbinds again."""
        session = cls(database, read_only)
        try:
            database.connect(reuse_if_open=True)
            if migrated:
                migrate(database, backup_to)
        except BaseException:
            session.close()
            raise
        return session

    # --- what services use ------------------------------------------------------------------

    def atomic(self):
        """A transaction (a savepoint inside another); BEGIN IMMEDIATE on SQLite, the office's
        transaction lock on the server (connection.py)."""
        return self._open_database().atomic()

    def execute_sql(self, sql: str, params=None):
        return self._open_database().execute_sql(sql, params)

    def _open_database(self) -> peewee.Database:
        # peewee would connect a closed database again by itself: a transaction there would
        # run beside the models' queries, which go to the session open now (or nowhere).
        if not self.is_open:
            raise SessionClosedError(f"the database session of {self.database.database} is closed")
        return self.database

    @property
    def is_postgresql(self) -> bool:
        return isinstance(self.database, peewee.PostgresqlDatabase)

    @property
    def is_read_only(self) -> bool:
        """Whether the database was opened read-only (its folder cannot be written)."""
        return self.read_only

    @property
    def is_open(self) -> bool:
        return _open is self

    # --- closing ----------------------------------------------------------------------------

    def close(self) -> None:
        """Close this thread's connection and those workers keep between tasks, and unbind
        the models. Closing a closed session does nothing."""
        global _open
        with _lock:
            if _open is not self:
                return
            _open = None
        worker_connections.close_idle()
        if not self.database.is_closed():
            # A server connection already lost has nothing left to close.
            with contextlib.suppress(peewee.InterfaceError):
                self.database.close()
        db.initialize(None)

    def reopen(self) -> None:
        """Bind the models to this closed session's database again; refused while another
        session is open. (A test's workstation, once a command the test ran in its own
        process has closed it, as the command's process would have.) The connection is made
        at the next statement, not here: the command may have left the disk full, and its
        own process would not have touched the database after it."""
        self._bind()

    def __enter__(self) -> DatabaseSession:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _bind(self) -> None:
        global _open
        with _lock:
            if _open is not None:
                raise SessionAlreadyOpenError(
                    f"a database session is already open ({_open.database.database}); "
                    "close it before opening another"
                )
            _open = self
        db.initialize(self.database)


def open_session() -> DatabaseSession | None:
    """The session open in this process, if any."""
    return _open


def close_open_session() -> None:
    """Close the session open in this process, if any (a command's end, a test's end)."""
    session = _open
    if session is not None:
        session.close()
