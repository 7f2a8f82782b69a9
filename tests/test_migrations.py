"""Schema migrations: every earlier schema migrates, atomically, after a backup."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import peewee
import pytest

from app.models import ALL_MODELS
from app.models import migrations as migrations_module
from app.models.migrations import LATEST_VERSION, STEPS, Step
from app.models.session import close_open_session
from app.services.catalogue import catalogue
from app.services.core.errors import UserError
from app.services.workstation import profile
from tests import workstations

FIXTURES = Path(__file__).parent / "fixtures"


def _version_of(dump: Path) -> int:
    return int(re.search(r"schema_v(\d+)\.sql", dump.name).group(1))


EARLIER = sorted(FIXTURES.glob("schema_v*.sql"), key=_version_of)  # v10 after v9


def _profile_from_dump(dump: Path, folder: Path) -> Path:
    folder.mkdir()
    connection = sqlite3.connect(folder / profile.DB_NAME)
    connection.executescript(dump.read_text(encoding="utf-8"))
    connection.execute(f"PRAGMA user_version = {_version_of(dump)}")
    connection.commit()
    connection.close()
    return folder


def test_there_is_a_fixture_for_every_earlier_schema():
    assert [_version_of(d) for d in EARLIER] == list(range(1, LATEST_VERSION))


@pytest.mark.parametrize("dump", EARLIER, ids=lambda d: d.stem)
def test_earlier_schema_migrates_with_backup_and_keeps_data(dump, tmp_path):
    folder = _profile_from_dump(dump, tmp_path / "ws")
    station = workstations.use(folder)
    assert station.agency_code == "SYT"
    plan = catalogue.active_plan()
    assert [d.ref for d in catalogue.duties(plan, "SYT")] == ["III.13.1"]
    version = migrations_module.schema_version(peewee.SqliteDatabase(folder / profile.DB_NAME))
    assert version == LATEST_VERSION
    backups = list(folder.glob("plantracker.sqlite.v*.bak"))
    assert len(backups) == 1
    backup = sqlite3.connect(backups[0])
    assert backup.execute("PRAGMA user_version").fetchone()[0] == _version_of(dump)
    original = sqlite3.connect(":memory:")
    original.executescript(dump.read_text(encoding="utf-8"))
    for table in ("agency", "duty", "duty_agency", "setting"):
        count = f"SELECT count(*) FROM {table}"
        assert backup.execute(count).fetchone() == original.execute(count).fetchone()


def test_migrated_schema_matches_the_models(database):
    """Every model column exists in a database built by the steps alone, and no extra one."""
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in database.database.get_columns(table)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table


def test_a_failing_step_leaves_the_previous_version(tmp_path, monkeypatch):
    folder = _profile_from_dump(EARLIER[0], tmp_path / "ws")
    broken = Step(LATEST_VERSION + 1, "broken", ('CREATE TABLE "x" ("a" INTEGER)', "NOT SQL"))
    monkeypatch.setattr(migrations_module, "STEPS", (*STEPS, broken))
    with pytest.raises(peewee.OperationalError):
        workstations.use(folder)
    close_open_session()
    connection = sqlite3.connect(folder / profile.DB_NAME)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    assert "x" not in tables


def test_a_newer_schema_is_refused_in_plain_words(tmp_path):
    folder = _profile_from_dump(EARLIER[0], tmp_path / "ws")
    connection = sqlite3.connect(folder / profile.DB_NAME)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    connection.commit()
    connection.close()
    with pytest.raises(UserError, match="newer"):
        workstations.use(folder)
