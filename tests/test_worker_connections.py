"""Pool threads keep their database connection between tasks, and give it up with the database.

Real pool threads and a real SQLite profile: a task's reads after the first start on the
connection the thread already has; closing the database (the app quitting, a restore,
switching to another profile) closes the kept connections, never one a task is using.
"""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import QThreadPool

from app.models import Setting, db, worker_connections
from app.models.dialect import is_postgresql
from app.services.workstation import profile
from app.ui.kit import tasks


@pytest.fixture
def pool_of_one(qtbot, monkeypatch):
    """A pool of this test's own with a single thread, so consecutive tasks run on the same
    thread (the application's pool keeps every thread an earlier test started)."""
    own_pool = QThreadPool()
    own_pool.setMaxThreadCount(1)
    own_pool.setExpiryTimeout(-1)  # as the application's pool: its thread lives on
    monkeypatch.setattr(tasks, "pool", lambda: own_pool)
    tasks.set_synchronous(False)
    yield
    own_pool.waitForDone()
    tasks.set_synchronous(True)


def _run(qtbot, work):
    """Run work on the pool; return its result (or raise its error)."""
    answers = []
    tasks.run_task(lambda _progress: work(), lambda result, error: answers.append((result, error)))
    qtbot.waitUntil(lambda: bool(answers), timeout=20000)
    result, error = answers[0]
    if error is not None:
        raise error
    return result


def _connection_and_agency():
    return db.connection(), Setting.get(Setting.key == "agency").value


def test_a_pool_thread_reads_on_the_connection_it_kept(qtbot, health, pool_of_one):
    first, agency = _run(qtbot, _connection_and_agency)
    assert agency == "SYT"
    assert worker_connections.idle_count() == 1
    second, _ = _run(qtbot, _connection_and_agency)
    assert second is first
    assert first is not db.connection()  # the UI thread has its own


def test_what_the_ui_thread_commits_is_read_by_a_kept_connection(qtbot, health, pool_of_one):
    _run(qtbot, _connection_and_agency)
    Setting.create(key="probe", value="written on the UI thread")
    read = _run(qtbot, lambda: Setting.get(Setting.key == "probe").value)
    assert read == "written on the UI thread"  # the kept connection holds no old snapshot


def test_closing_the_database_closes_kept_connections(qtbot, health, pool_of_one):
    kept, _ = _run(qtbot, _connection_and_agency)
    health.close()
    assert worker_connections.idle_count() == 0
    with pytest.raises(sqlite3.ProgrammingError):
        kept.execute("SELECT 1")  # really closed: no file handle left on the profile
    profile.open_profile(health.folder)
    again, agency = _run(qtbot, _connection_and_agency)
    assert agency == "SYT" and again is not kept


def test_switching_to_another_profile_leaves_no_connection_to_the_first(
    qtbot, health, dofa, pool_of_one
):
    dofa.close()
    station = profile.open_profile(health.folder)
    kept, _ = _run(qtbot, _connection_and_agency)
    station.close()
    profile.open_profile(dofa.folder)
    with pytest.raises(sqlite3.ProgrammingError):
        kept.execute("SELECT 1")
    _, agency = _run(qtbot, _connection_and_agency)
    assert agency == "SNGV"


def test_a_connection_in_use_is_not_closed_under_its_task(qtbot, health, pool_of_one):
    _run(qtbot, _connection_and_agency)
    started, release, answers = threading.Event(), threading.Event(), []

    def slow_read():
        started.set()
        assert release.wait(20)
        return Setting.get(Setting.key == "agency").value

    tasks.run_task(lambda _progress: slow_read(), lambda *answer: answers.append(answer))
    assert started.wait(20)
    worker_connections.close_idle()  # as closing the database does, meanwhile
    release.set()
    qtbot.waitUntil(lambda: bool(answers), timeout=20000)
    assert answers[0] == ("SYT", None)


def test_a_transaction_left_open_outside_peewee_is_not_kept(qtbot, health, pool_of_one):
    def begin_and_leave():
        connection = db.connection()
        connection.execute("BEGIN")
        connection.execute("SELECT count(*) FROM setting")
        return connection

    left = _run(qtbot, begin_and_leave)
    assert worker_connections.idle_count() == 0
    with pytest.raises(sqlite3.ProgrammingError):
        left.execute("SELECT 1")  # closed, so its snapshot is gone
    Setting.create(key="probe", value="no writer waits for an idle reader")


def test_a_kept_server_connection_is_closed_with_the_database(
    qtbot, pg_server, tmp_path, pool_of_one
):
    """The office's PostgreSQL server: the same keeping and closing, no connection left open."""
    from tests.test_office_concurrency import PASSPHRASE

    url = pg_server.new_database()
    station = profile.create_profile(
        tmp_path / "dofa", "SNGV", consolidating=True, passphrase=PASSPHRASE, database_url=url
    )
    assert is_postgresql()
    first, agency = _run(qtbot, _connection_and_agency)
    second, _ = _run(qtbot, _connection_and_agency)
    assert agency == "SNGV" and second is first and not first.closed
    station.close()
    assert first.closed  # psycopg2: non-zero once closed


def test_a_server_connection_dropped_while_waiting_is_replaced(
    qtbot, pg_server, tmp_path, pool_of_one
):
    """A server restart or a network cut while a thread waits fails no task: the thread finds
    its connection gone before the task's first query and opens another."""
    from tests.test_office_concurrency import PASSPHRASE

    url = pg_server.new_database()
    profile.create_profile(
        tmp_path / "dofa", "SNGV", consolidating=True, passphrase=PASSPHRASE, database_url=url
    )
    kept, _ = _run(qtbot, _connection_and_agency)
    admin = pg_server.connect()
    try:
        admin.cursor().execute("SELECT pg_terminate_backend(%s)", (kept.get_backend_pid(),))
    finally:
        admin.close()
    again, agency = _run(qtbot, _connection_and_agency)
    assert agency == "SNGV" and again is not kept
