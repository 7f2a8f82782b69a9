"""The database session: the only binder of the models, one open per process, closed by its
workstation; a real SQLite file each time."""

from __future__ import annotations

import peewee
import pytest

from app.models import Setting, db
from app.models.session import (
    DatabaseSession,
    SessionAlreadyOpenError,
    SessionClosedError,
    open_session,
)
from app.services.core.errors import UserError
from app.services.workstation import profile


def test_opening_binds_the_models_and_closing_unbinds_them(tmp_path):
    with DatabaseSession.open_file(tmp_path / "a.sqlite") as session:
        assert db.obj is session.database and open_session() is session
        with session.atomic():
            Setting.create(key="probe", value="kept")
        assert session.execute_sql("SELECT value FROM setting").fetchone() == ("kept",)
        assert not session.is_postgresql and not session.is_read_only
    assert db.obj is None and open_session() is None
    with pytest.raises(AttributeError, match="uninitialized Proxy"):
        Setting.get(Setting.key == "probe")  # nothing reads a closed workstation's tables
    session.close()  # again: nothing happens


def test_a_second_session_is_refused_while_one_is_open(tmp_path):
    with DatabaseSession.open_file(tmp_path / "a.sqlite") as first:
        Setting.create(key="probe", value="first")
        with pytest.raises(SessionAlreadyOpenError, match="a.sqlite"):
            DatabaseSession.open_file(tmp_path / "b.sqlite")
        with pytest.raises(SessionAlreadyOpenError):
            DatabaseSession.open_memory()
        # The refused one bound nothing: the models still read the first database.
        assert db.obj is first.database and Setting.get_by_id("probe").value == "first"
    with DatabaseSession.open_file(tmp_path / "b.sqlite"):  # once the first is closed
        assert Setting.get_or_none(Setting.key == "probe") is None


def test_a_failed_opening_leaves_nothing_bound(tmp_path):
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"not a database" * 100)
    with pytest.raises(peewee.DatabaseError):
        DatabaseSession.open_file(damaged)
    assert db.obj is None and open_session() is None
    DatabaseSession.open_memory().close()  # and the next opens


def test_a_workstation_owns_its_session_and_closes_it(tmp_path):
    with profile.create_profile(tmp_path / "syt", "SYT", consolidating=False) as station:
        assert station.session.is_open and db.obj is station.session.database
        with pytest.raises(SessionAlreadyOpenError):
            profile.open_profile(tmp_path / "syt")
    assert not station.session.is_open and db.obj is None
    with profile.open_profile(tmp_path / "syt") as again:
        assert again.agency_code == "SYT" and again == station  # same profile, new session
        assert again.session is not station.session


def test_a_refused_profile_leaves_nothing_open(tmp_path):
    with DatabaseSession.open_file(profile.db_path(tmp_path)):
        pass  # a database with no agency: not set up completely
    with pytest.raises(UserError, match="not set up completely"):
        profile.open_profile(tmp_path)
    assert open_session() is None


def test_a_closed_session_refuses_work_until_it_is_opened_again(tmp_path):
    session = DatabaseSession.open_file(tmp_path / "a.sqlite")
    session.close()
    with pytest.raises(SessionClosedError, match="closed"):
        session.atomic()  # peewee would connect again on its own, beside the models
    with DatabaseSession.open_memory(), pytest.raises(SessionAlreadyOpenError):
        session.reopen()
    session.reopen()
    with session.atomic():
        Setting.create(key="probe", value="again")
    assert db.obj is session.database and Setting.get_by_id("probe").value == "again"
    session.close()
