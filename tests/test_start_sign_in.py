"""An unattended start checks the password on another thread while the window gets ready.

The key derivation (scrypt, unchanged strength) runs on a worker thread; meanwhile an agency's
or DoFA's main window is built, not shown, and reads nothing. A wrong password leaves no window
behind. The window paints before
its first screen, which says "Loading…" and is built right after that paint; what interrupted
work left in the profile is removed then too, so the first paint needs no key store.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading

import pytest

from app.models.session import open_session
from app.services.accounts import passwords, users
from app.services.core.errors import UserError
from app.services.workstation import profile, unattended
from app.ui.accounts.login_dialog import LoginDialog
from app.ui.app import DesktopApp
from app.ui.kit import tasks
from app.ui.main_window import MainWindow
from tests.reporting import PASSWORD, approver


@pytest.fixture
def checked_on(monkeypatch) -> list[str]:
    """The names of the threads the password was checked on."""
    threads: list[str] = []
    verify = passwords.verify_password

    def recording(password: str, stored: str) -> bool:
        threads.append(threading.current_thread().name)
        return verify(password, stored)

    monkeypatch.setattr(passwords, "verify_password", recording)
    return threads


def _unattended(monkeypatch, password: str) -> None:
    monkeypatch.setenv("PLANTRACKER_USER", "nguyen.van.an")
    monkeypatch.setenv("PLANTRACKER_PASSWORD", password)


def test_the_agency_window_is_built_while_the_password_is_checked(
    qtbot, health, monkeypatch, checked_on
):
    approver(health)
    _unattended(monkeypatch, PASSWORD)
    health.close()  # the app opens its profile itself
    desktop = DesktopApp(health.folder, "vi")
    assert desktop.sign_in()
    assert checked_on == ["password-check"]  # not the thread that builds the window
    prepared = desktop._prepared
    assert isinstance(prepared, MainWindow) and not prepared.isVisible()
    assert not prepared.browser_tab.is_built and not prepared.report_tab.is_built
    window = desktop.show_main_window()
    qtbot.addWidget(window)
    assert window is prepared and window.isVisible()
    assert window.account == desktop.account
    # Painted first with "Loading…" in the page; the duties follow once that is on screen.
    assert not window.browser_tab.is_built
    qtbot.waitUntil(lambda: window.browser_tab.is_built)
    qtbot.waitUntil(lambda: not window.browser.loading)  # its outline is read in a task
    assert window.browser.source_model.rowCount() > 0
    assert not window.report_tab.is_built  # the other tabs still wait to be opened


def test_leftovers_are_removed_once_the_window_has_painted(qtbot, health, monkeypatch):
    approver(health)
    _unattended(monkeypatch, PASSWORD)
    leftover = health.folder / "settings.ini.part"  # an atomic replacement cut short
    leftover.write_text("half")
    health.close()  # the app opens its profile itself
    desktop = DesktopApp(health.folder, "vi")
    assert desktop.sign_in()
    assert leftover.exists()  # signing in did not touch it
    window = desktop.show_main_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not leftover.exists())


def test_a_clean_up_that_fails_is_logged_not_shown(qtbot, health, monkeypatch):
    from app.services.core import event_log
    from app.services.workstation import leftovers

    def failing(session, folder):
        raise PermissionError(13, "Permission denied", str(folder / "settings.ini.part"))

    monkeypatch.setattr(leftovers, "remove_leftovers", failing)
    approver(health)
    _unattended(monkeypatch, PASSWORD)
    health.close()
    event_log.start(health.folder)
    try:
        desktop = DesktopApp(health.folder, "vi")
        assert desktop.sign_in()
        window = desktop.show_main_window()
        qtbot.addWidget(window)
        log = event_log.log_path(health.folder)
        qtbot.waitUntil(lambda: "leftovers.not_removed" in log.read_text(encoding="utf-8"))
    finally:
        event_log.stop()
    line = next(x for x in log.read_text(encoding="utf-8").splitlines() if "leftovers" in x)
    assert "PermissionError" in line and "Permission denied" in line
    assert "unexpected error" not in log.read_text(encoding="utf-8")  # no dialog, no traceback


def test_opening_a_profile_without_its_clean_up_loads_no_cryptography(health):
    leftover = health.folder / "settings.ini.part"
    leftover.write_text("half")
    health.close()
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from app.services.workstation import profile\n"
        f"profile.open_profile(Path({str(health.folder)!r}), clean_up=False)\n"
        "print(json.dumps(sorted(m.split('.')[0] for m in sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert "peewee" in loaded and not loaded & {"cryptography", "pyrage"}
    assert leftover.exists()
    profile.open_profile(health.folder).close()  # the scripting interface's open cleans up
    assert not leftover.exists()


def test_a_wrong_password_leaves_no_window_and_asks(qtbot, health, monkeypatch, checked_on):
    approver(health)
    _unattended(monkeypatch, "not-the-password")
    asked = []
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: asked.append(dialog) or False)
    health.close()  # the app opens its profile itself
    desktop = DesktopApp(health.folder, "vi")
    assert not desktop.sign_in()
    assert checked_on == ["password-check"] and len(asked) == 1
    assert desktop._prepared is None and desktop.window is None


def test_dofa_window_is_built_during_the_check_and_reads_nothing_before_it(
    qtbot, dofa, monkeypatch
):
    approver(dofa)
    _unattended(monkeypatch, PASSWORD)
    dofa.close()  # the app opens its profile itself
    started: list[object] = []  # the work of every task, in order
    original = tasks.Task.__init__

    def recording(task, work, *args, **kwargs) -> None:
        started.append(work)
        original(task, work, *args, **kwargs)

    monkeypatch.setattr(tasks.Task, "__init__", recording)
    desktop = DesktopApp(dofa.folder, "vi")
    assert desktop.sign_in()
    prepared = desktop._prepared
    assert isinstance(prepared, MainWindow) and not prepared.isVisible()
    assert not prepared.overview.dashboard_tab.is_built
    assert not prepared.exchange.conflicts_tab.is_built
    assert started == []  # no read began before the password was right
    window = desktop.show_main_window()
    qtbot.addWidget(window)
    assert window is prepared
    # The dashboard follows the first paint and reads its matrix; the office watch and the
    # conflicts' count read too.
    qtbot.waitUntil(lambda: window.overview.dashboard_tab.is_built and len(started) >= 3)
    qtbot.waitUntil(lambda: not window.overview.dashboard.loading)
    assert not window.exchange.conflicts_tab.is_built


def test_the_check_runs_on_its_own_thread_and_an_error_beside_it_comes_back(health):
    stored = passwords.hash_password(PASSWORD)
    pending = passwords.PendingCheck(PASSWORD, stored)
    assert any(t.name == "password-check" for t in threading.enumerate())
    assert pending.result()
    assert not passwords.PendingCheck("other password", stored).result()
    approver(health)

    def failing(_account) -> None:
        raise UserError("the window could not be built")

    with pytest.raises(UserError, match="window could not be built"):
        users.sign_in(health, "nguyen.van.an", PASSWORD, meanwhile=failing)
    assert not any(t.name == "password-check" for t in threading.enumerate())


def test_signing_in_with_work_alongside_keeps_the_throttle_and_the_refusal(health):
    approver(health)
    made: list[users.Account] = []
    account = users.sign_in(health, "nguyen.van.an", PASSWORD, meanwhile=made.append)
    assert made == [account]
    with pytest.raises(UserError):
        users.sign_in(health, "nguyen.van.an", "not-the-password", meanwhile=made.append)


def test_an_unattended_start_checks_the_password_before_qt_loads(qtbot, health, monkeypatch):
    approver(health)
    _unattended(monkeypatch, PASSWORD)
    health.close()
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.services.workstation import unattended\n"
        f"early = unattended.begin(Path({str(health.folder)!r}))\n"
        "print(early is not None and early.check.account.login, 'PySide6' in sys.modules)\n"
        "early.check.finish()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["nguyen.van.an", "False"]

    early = unattended.begin(health.folder)
    assert early is not None and early.station.session.is_open
    desktop = DesktopApp(health.folder, "vi", early)
    assert desktop.sign_in() and desktop.account.login == "nguyen.van.an"
    assert desktop.station is early.station and desktop._prepared is not None
    desktop._discard_prepared()


def test_an_unattended_start_with_a_wrong_password_asks(qtbot, health, monkeypatch):
    approver(health)
    _unattended(monkeypatch, "not-the-password")
    asked = []
    monkeypatch.setattr(LoginDialog, "exec", lambda dialog: asked.append(dialog) or False)
    health.close()
    desktop = DesktopApp(health.folder, "vi", unattended.begin(health.folder))
    assert not desktop.sign_in()
    assert len(asked) == 1 and desktop._prepared is None
    assert "not-the-password" not in asked[0].error.text()


def test_an_unattended_start_begins_nothing_it_cannot_finish(health, monkeypatch):
    health.close()
    assert unattended.begin(health.folder) is None  # no variables
    _unattended(monkeypatch, PASSWORD)
    monkeypatch.setenv("PLANTRACKER_USER", "nobody")
    assert unattended.begin(health.folder) is None  # no such account: the app says so
    assert open_session() is None
    assert unattended.begin(health.folder.parent / "not-a-profile") is None
