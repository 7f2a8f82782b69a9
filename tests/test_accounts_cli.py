"""Password reset by an approver and the acting account in the log, through the CLI."""

from __future__ import annotations

import getpass
import sqlite3

import pytest

from app.services.accounts import users
from tests import workstations
from tests.conftest import run_cli
from tests.exchange_cli_helpers import audit_actions, ok, refused

ADMIN = "quan-tri-vien-1"
OLD = "binh-12345"
NEW = "binh-moi-2026"


def cli(folder, *args, env=None):
    return run_cli("--profile", str(folder), *args, env=env)


@pytest.fixture
def ws(tmp_path):
    """Sở Y tế with an approver (nguyen.van.an) and a drafter (binh)."""
    folder = tmp_path / "syt"
    ok(cli(folder, "setup", "--agency", "SYT"))
    person = ("--name", "Nguyễn Văn An", "--position", "Phó Giám đốc", "--role", "approver")
    ok(cli(folder, "user", "add", *person, env={"PLANTRACKER_PASSWORD": ADMIN}))
    drafter = ("--name", "Trần Thị Bình", "--position", "Chuyên viên", "--role", "drafter")
    secrets = {"PLANTRACKER_PASSWORD": OLD, "PLANTRACKER_ADMIN_PASSWORD": ADMIN}
    ok(cli(folder, "user", "add", *drafter, "--login", "binh", env=secrets))
    return folder


def _password_works(folder, login: str, password: str) -> bool:
    station = workstations.use(folder)
    try:
        users.authenticate(station, login, password)
    except users.UserError:
        return False
    return True


def test_an_approver_resets_a_colleague_s_password_and_it_is_logged(ws):
    env = {"PLANTRACKER_ADMIN_PASSWORD": ADMIN, "PLANTRACKER_PASSWORD": NEW}
    printed = ok(cli(ws, "user", "reset-password", "--login", "binh", env=env))
    assert printed.strip() == "Đã đặt mật khẩu mới cho binh (Trần Thị Bình)"
    assert audit_actions(ws)[-1] == ("user.reset_password", {"login": "binh"})
    assert _password_works(ws, "binh", NEW)
    assert not _password_works(ws, "binh", OLD)


def test_the_reset_is_recorded_under_the_approver_who_did_it(ws):
    env = {"PLANTRACKER_ADMIN_PASSWORD": ADMIN, "PLANTRACKER_PASSWORD": NEW}
    ok(cli(ws, "--lang", "en", "user", "reset-password", "--login", "binh", env=env))
    with sqlite3.connect(ws / "plantracker.sqlite") as connection:
        actor = connection.execute(
            "SELECT actor FROM audit_entry WHERE action = 'user.reset_password'"
        ).fetchone()
    connection.close()
    assert actor == ("nguyen.van.an",)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"PLANTRACKER_ADMIN_PASSWORD": "not-the-one", "PLANTRACKER_PASSWORD": NEW}, "approver"),
        ({"PLANTRACKER_ADMIN_PASSWORD": OLD, "PLANTRACKER_PASSWORD": NEW}, "approver"),
        ({"PLANTRACKER_ADMIN_PASSWORD": ADMIN, "PLANTRACKER_PASSWORD": "ngan"}, "at least 8"),
    ],
    ids=["wrong approver password", "a drafter's password", "too short"],
)
def test_a_reset_is_refused_in_plain_words_and_the_old_password_stays(ws, env, expected):
    result = cli(ws, "--lang", "en", "user", "reset-password", "--login", "binh", env=env)
    assert expected in refused(result)
    assert _password_works(ws, "binh", OLD)


def test_a_reset_of_an_unknown_account_is_refused(ws):
    env = {"PLANTRACKER_ADMIN_PASSWORD": ADMIN, "PLANTRACKER_PASSWORD": NEW}
    result = cli(ws, "user", "reset-password", "--login", "khong.co", env=env)
    assert "khong.co" in refused(result)


def test_commands_are_recorded_under_plantracker_user_not_the_os_login(ws):
    edit = ("report", "edit", "--period", "2026-Y", "--duty", "IV.1.1", "--status", "done")
    ok(cli(ws, *edit, env={"PLANTRACKER_USER": "Trần Thị Bình"}))
    with sqlite3.connect(ws / "plantracker.sqlite") as connection:
        actors = connection.execute(
            "SELECT DISTINCT actor FROM audit_entry WHERE action LIKE 'report.%'"
        ).fetchall()
    connection.close()
    assert actors == [("binh",)]
    assert getpass.getuser() != "binh"


def test_an_unknown_plantracker_user_is_refused_before_anything_changes(ws):
    before = audit_actions(ws)
    edit = ("report", "edit", "--period", "2026-Y", "--duty", "IV.1.1", "--status", "done")
    result = cli(ws, "--lang", "en", *edit, env={"PLANTRACKER_USER": "ai.do"})
    assert "no active account" in refused(result)
    assert audit_actions(ws) == before


def test_a_new_account_is_confirmed_with_its_role_in_words(tmp_path):
    folder = tmp_path / "syt"
    ok(cli(folder, "setup", "--agency", "SYT"))
    person = ("--name", "Nguyễn Văn An", "--position", "Giám đốc", "--role", "approver")
    said = ok(cli(folder, "user", "add", *person, env={"PLANTRACKER_PASSWORD": ADMIN}))
    assert "Nguyễn Văn An, Giám đốc, người phê duyệt)" in said
    clerk = ("--name", "Lê Văn Cường", "--position", "Văn thư", "--role", "clerk")
    secrets = {"PLANTRACKER_PASSWORD": OLD, "PLANTRACKER_ADMIN_PASSWORD": ADMIN}
    english = ok(cli(folder, "--lang", "en", "user", "add", *clerk, env=secrets))
    assert "(Lê Văn Cường, Văn thư, clerk)" in english
