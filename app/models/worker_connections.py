"""Database connections that worker threads keep between their tasks.

peewee keeps one connection per thread. A worker that closed its connection after every task
would start each read on SQLite's cold page cache and pay a connection's set-up (pragmas, the
schema read) again: 20–35 ms of the first screen of a 900,000-entry dashboard. So a worker's
connection stays open while the worker waits for its next task, and is closed with the
database (`DatabaseSession.close`: the workstation or the app closes, a restore).

A connection waiting between tasks is used by no thread, so `close_idle` may close it from
whichever thread closes the database (SQLite connections are opened with
check_same_thread=False for that; peewee still gives each thread its own). The worker whose
connection was closed so forgets it at the start of its next task and opens a new one on its
first query. A connection inside a task is never touched from outside.

A server connection (the office's PostgreSQL) is checked with one round trip before it is
handed back, so one the server dropped while it waited is replaced instead of failing a task.

Qt's pool threads run each task with new Python thread-locals (PySide makes a new thread state
per call into Python), so peewee's record of the thread's connection is gone when the next
task starts; `begin_work` hands the kept connection back to it.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from typing import Any

import peewee

from app.models.base import db

_lock = threading.Lock()
# Per worker thread (by ident): its database and the connection it keeps, while it waits.
_idle: dict[int, tuple[peewee.Database, Any]] = {}
# Per worker thread: the database whose connection of that thread was closed from outside.
_closed_elsewhere: dict[int, peewee.Database] = {}


def _bound() -> peewee.Database | None:
    return db.obj


def begin_work() -> peewee.Database | None:
    """On a worker, before its task: take its kept connection back; returns the database bound
    now (hand it to `end_work`)."""
    ident = threading.get_ident()
    with _lock:
        kept = _idle.pop(ident, None)
        stale = _closed_elsewhere.pop(ident, None)
    if stale is not None:
        stale.dispose()  # forget the closed connection; the next query opens another
    bound = _bound()
    if kept is not None:
        database, connection = kept
        if database is bound and bound.is_closed():
            # Qt's pool threads are not Python's: each task starts with new thread-locals,
            # so peewee has forgotten this thread's connection; hand it back.
            if _alive(connection):
                bound._state.set_connection(connection)
            else:
                _close_quietly(connection)  # the task's first query opens another
        elif database._state.conn is not connection:  # not asking for one: no reconnecting
            _close_quietly(connection)
    return bound


def end_work(started_with: peewee.Database | None) -> None:
    """On a worker, after its task: keep its connection to the bound database for the next
    task; close one to a database that was re-bound meanwhile."""
    current = _bound()
    if started_with is not None and started_with is not current:
        _close_own(started_with)
    if current is None or current.is_closed():
        return
    if current.in_transaction():  # never left open by a task; if it were, not kept
        return
    connection = current._state.conn  # as it is: connection() would replace a lost one
    if getattr(connection, "in_transaction", False):
        # A transaction begun outside peewee would hold SQLite's snapshot (or its write lock)
        # while the thread waits: closing rolls it back.
        _close_own(current)
        return
    with _lock:
        _idle[threading.get_ident()] = (current, connection)


def _close_own(database: peewee.Database) -> None:
    """Close this thread's connection to `database`; a failure (a server connection already
    lost) must not keep the task's answer from the screen."""
    if not database.is_closed() and not database.in_transaction():
        try:
            database.close()
        except Exception:  # noqa: BLE001 - whatever the driver raises, the handle is gone
            database.dispose()


def _alive(connection) -> bool:
    """Whether a kept connection still answers. A server may have dropped it while it waited
    (a restart, the network): asking costs one round trip, where finding out from the task's
    first query would fail the task."""
    if isinstance(connection, sqlite3.Connection):
        return True  # a file: nothing to drop it
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any driver error: not usable
        return False
    return True


def _close_quietly(connection) -> None:
    # A server connection already lost has nothing left to close.
    with contextlib.suppress(Exception):
        connection.close()


def close_idle() -> None:
    """Close every connection a worker keeps between tasks (from any thread)."""
    with _lock:
        for ident, (database, connection) in _idle.items():
            _close_quietly(connection)
            _closed_elsewhere[ident] = database
        _idle.clear()


def idle_count() -> int:
    """How many workers keep a connection open while they wait."""
    with _lock:
        return len(_idle)
