"""Setting up DoFA's workstation is all or nothing: when following up from the current period
or reading the escrow key back fails (a full disk, a locked key store), no profile is left
behind, and setting up again in the same folder works."""

from __future__ import annotations

import sqlite3

import pytest

from app.models.session import open_session
from app.services.catalogue import catalogue, periods
from app.services.core.errors import UserError
from app.services.keys import keys
from app.services.workstation import office_server, profile
from tests import workstations
from tests.cli_inprocess import run

PASSPHRASE = "office-passphrase-2026"


def _disk_full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


def _key_store_locked(*_args, **_kwargs):
    raise UserError(
        "the {name} key is missing from the OS secret store; restore it from a key backup",
        name=keys.ESCROW,
    )


FAILURES = [
    pytest.param(periods, "track_from_current", _disk_full, "full", id="follow-up"),
    pytest.param(keys, "load_age_identity", _key_store_locked, "escrow", id="escrow-key"),
]


@pytest.mark.parametrize(("service", "name", "failure", "said"), FAILURES)
def test_a_failed_follow_up_leaves_no_profile_and_setup_runs_again(
    capsys, tmp_path, monkeypatch, service, name, failure, said
):
    folder = tmp_path / "offices" / "dofa"
    with monkeypatch.context() as failing:
        failing.setattr(service, name, failure)
        code, out, err = run(capsys, "--lang", "en", "--profile", str(folder), "setup",
                             "--agency", "SNGV", "--dofa")  # fmt: skip
    assert code == 1 and said in err and "Traceback" not in err
    assert "ESCROW KEY" not in out
    assert not profile.is_set_up(folder) and not (tmp_path / "offices").exists()

    code, out, err = run(capsys, "--lang", "en", "--profile", str(folder), "setup",
                         "--agency", "SNGV", "--dofa")  # fmt: skip
    assert code == 0, err
    assert "AGE-SECRET-KEY-" in out and "Periods are followed up from" in out
    with workstations.set_aside(), profile.open_profile(folder) as station:
        assert station.consolidating
        assert keys.age_recipient(keys.ESCROW) is not None


def test_an_unknown_plan_leaves_no_profile(capsys, tmp_path):
    folder = tmp_path / "dofa"
    code, _out, err = run(capsys, "--lang", "en", "--profile", str(folder), "--plan", "NOPE",
                          "setup", "--agency", "SNGV", "--dofa")  # fmt: skip
    assert code == 1 and "NOPE" in err
    assert not folder.exists()


def test_the_service_gives_back_the_first_period_and_the_escrow_key(tmp_path):
    with workstations.set_aside():
        made = profile.create_consolidating_profile(tmp_path / "dofa", "SNGV")
        with made.workstation as station:
            plan = catalogue.active_plan()
            assert periods.tracked_from(plan) == made.first_period
            assert made.first_period == periods.current_and_next(plan)[0].id
            escrow = keys.load_age_identity(station.folder, keys.ESCROW)
            assert made.escrow_identity == str(escrow)
        assert open_session() is None


@pytest.mark.parametrize(("service", "name", "failure", "said"), FAILURES)
def test_an_office_on_the_server_keeps_no_rows_of_a_failed_setup(
    pg_server, tmp_path, monkeypatch, service, name, failure, said
):
    """As when create_profile itself fails: the transaction is rolled back, the schema laid
    out stays (empty), and the same database takes the office at the next try."""
    url = pg_server.new_database()
    folder = tmp_path / "pc1"
    with workstations.set_aside():
        with monkeypatch.context() as failing:
            failing.setattr(service, name, failure)
            with pytest.raises(Exception, match=said):
                profile.create_consolidating_profile(folder, "SNGV", PASSPHRASE, database_url=url)
        assert not folder.exists() and open_session() is None
        session = office_server.connect(url, migrate_schema=False)
        try:
            with session.database.connection_context():
                rows = session.database.execute_sql("SELECT count(*) FROM setting").fetchone()
            assert rows[0] == 0
        finally:
            session.close()
        made = profile.create_consolidating_profile(folder, "SNGV", PASSPHRASE, database_url=url)
        made.workstation.close()
        assert made.escrow_identity.startswith("AGE-SECRET-KEY-")
