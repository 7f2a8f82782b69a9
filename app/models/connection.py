"""Opening a workstation database: WAL, foreign keys on, schema brought up to date."""

from __future__ import annotations

from pathlib import Path

import peewee

from app.models.base import db
from app.models.migrations import migrate

PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "busy_timeout": 5000, "synchronous": 1}


def init_db(path: Path | str) -> peewee.SqliteDatabase:
    """Bind the models to the SQLite file at path (":memory:" for a throwaway catalogue)."""
    close_db()
    database = peewee.SqliteDatabase(str(path), pragmas=PRAGMAS)
    db.initialize(database)
    database.connect(reuse_if_open=True)
    migrate(database, None if str(path) == ":memory:" else Path(path))
    return database


def close_db() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
