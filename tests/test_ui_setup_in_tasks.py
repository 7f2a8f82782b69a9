"""The set-up flows make the workstation off the UI thread: the assistant's Finish, restoring a
backup, setting up from DoFA's kit and joining the office's server. Meanwhile the window
repaints, its buttons are held, a second click starts nothing and Cancel (or Esc) does not
leave a half-made workstation open behind; then the app uses the session the task opened, on
the UI thread, with a connection of its own there.

Each service is held on its worker until the test has clicked again (tests/held_work.py).
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.models import worker_connections
from app.models.session import close_open_session, open_session
from app.services.accounts import users
from app.services.catalogue import catalogue, periods
from app.services.core.errors import UserError
from app.services.exchange import trust
from app.services.keys import keys
from app.services.workstation import backup, office_server, office_setup, profile
from app.ui.kit import i18n, tasks
from app.ui.setup.setup_server import JoinDialog
from app.ui.setup.setup_sources import KIT, RESTORE, SourceDialog
from app.ui.setup.setup_wizard import SetupWizard
from tests import workstations
from tests.held_work import accepted, held_save

PASSPHRASE = "sao-luu-may-2026"


@pytest.fixture(autouse=True)
def _english(qapp):
    i18n.install("en")
    tasks.set_synchronous(False)
    yield
    tasks.pool().waitForDone(30000)
    i18n.install("vi")


def _waits_and_stays(dialog) -> bool:
    """The wait cursor shows, and Cancel (Esc) while the work runs leaves the dialog open."""
    dialog.reject()
    return (
        dialog.cursor().shape() == Qt.CursorShape.WaitCursor
        and dialog.isVisible()
        and dialog.result() == 0
    )


def _used_on_the_ui_thread_then_closed(station: profile.Workstation) -> None:
    """The session the task opened is the one open, reads on the UI thread, and closing it
    closes the connection the worker kept."""
    assert open_session() is station.session
    assert not users.has_accounts()  # a query on this thread, through its own connection
    assert station.agency.code == station.agency_code
    station.close()
    assert open_session() is None and worker_connections.idle_count() == 0


def _wizard_past_the_agency(qtbot, folder, typed: str) -> SetupWizard:
    """The assistant, shown, with the agency found by `typed` chosen and its role page next."""
    wizard = SetupWizard(folder, profile.setup_choices(), secure_store=True)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.agency_page.filter, typed)
    wizard.next()
    return wizard


def test_the_assistant_makes_dofa_s_workstation_in_a_task(qtbot, tmp_path, monkeypatch):
    wizard = _wizard_past_the_agency(qtbot, tmp_path / "dofa", "ngoai vu")
    wizard.next()
    assert wizard.currentPage() is wizard.server_page
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    held = (finish, wizard.button(QWizard.WizardButton.CancelButton), wizard.server_page)
    calls = held_save(
        qtbot,
        monkeypatch,
        profile,
        "create_profile",
        wizard.accept,
        held,
        lambda: _waits_and_stays(wizard) and not wizard.grab().isNull(),
    )
    accepted(qtbot, wizard)
    assert len(calls) == 1
    station = wizard.workstation
    assert (station.agency_code, station.consolidating) == ("SNGV", True)
    # The escrow identity and the first followed-up period were read and written in the task.
    assert wizard.escrow_identity().startswith("AGE-SECRET-KEY-")
    plan = catalogue.active_plan()
    assert periods.tracked_from(plan) == periods.current_and_next(plan)[0].id
    assert finish.isEnabled() and wizard.cursor().shape() != Qt.CursorShape.WaitCursor
    _used_on_the_ui_thread_then_closed(station)


def test_a_refusal_at_finish_is_said_and_nothing_stays_open(qtbot, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(
        "app.ui.setup.setup_wizard.QMessageBox.critical", lambda _p, _t, text: said.append(text)
    )
    folder = tmp_path / "syt"
    workstations.create(folder, "SYT", False).close()  # the folder is already a profile
    wizard = _wizard_past_the_agency(qtbot, folder, "y te")
    wizard.accept()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert "already holds a workstation profile" in said[0]
    assert wizard.workstation is None and wizard.isVisible() and open_session() is None
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


@pytest.mark.parametrize("step", ["track_from_current", "load_age_identity"])
def test_a_failed_follow_up_at_finish_leaves_no_profile_and_finish_works_again(
    qtbot, tmp_path, monkeypatch, step
):
    """Following up from the current period, or reading the escrow key back, fails (a full
    disk, a locked key store): the folder is not left a half-made profile, so Finish again
    makes the workstation."""
    said = []
    monkeypatch.setattr(
        "app.ui.setup.setup_wizard.QMessageBox.critical", lambda _p, _t, text: said.append(text)
    )
    service = periods if step == "track_from_current" else keys

    def fails(*_args, **_kwargs):
        raise UserError("the {name} key is missing from the OS secret store", name=keys.ESCROW)

    folder = tmp_path / "dofa"
    wizard = _wizard_past_the_agency(qtbot, folder, "ngoai vu")
    wizard.next()
    with monkeypatch.context() as failing:
        failing.setattr(service, step, fails)
        wizard.accept()
        qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert "missing from the OS secret store" in said[0]
    assert wizard.workstation is None and wizard.isVisible() and open_session() is None
    assert not profile.is_set_up(folder) and not folder.exists()

    wizard.accept()  # Finish again
    accepted(qtbot, wizard)
    assert len(said) == 1
    assert wizard.workstation.consolidating
    assert wizard.escrow_identity().startswith("AGE-SECRET-KEY-")
    _used_on_the_ui_thread_then_closed(wizard.workstation)


def _source_dialog(qtbot, folder, mode: str, path) -> SourceDialog:
    """The kit or restore dialog on a new machine (no workstation open), its file chosen."""
    close_open_session()
    dialog = SourceDialog(folder, mode, True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file.setText(str(path))
    return dialog


def test_a_backup_is_restored_in_a_task(qtbot, health, tmp_path, monkeypatch):
    made = tmp_path / "syt.ptbackup"
    backup.create_backup(health, made, PASSPHRASE)
    dialog = _source_dialog(qtbot, tmp_path / "new-machine", RESTORE, made)
    dialog.passphrase.setText(PASSPHRASE)
    held = (dialog.buttons, dialog.file, dialog.choose, dialog.passphrase)
    calls = held_save(
        qtbot,
        monkeypatch,
        backup,
        "restore_backup",
        dialog.accept,
        held,
        lambda: _waits_and_stays(dialog),
    )
    accepted(qtbot, dialog)
    assert len(calls) == 1 and dialog.workstation.agency_code == "SYT"
    assert all(widget.isEnabled() for widget in held)
    _used_on_the_ui_thread_then_closed(dialog.workstation)


def test_dofa_s_kit_is_adopted_in_a_task(qtbot, dofa, tmp_path, monkeypatch):
    kit = tmp_path / "syt.ptkit"
    trust.export_kit(dofa, "SYT", kit)
    dofa_fingerprint = keys.current_key(dofa.agency).fingerprint
    dialog = _source_dialog(qtbot, tmp_path / "syt-new", KIT, kit)
    dialog.fingerprint.setText(dofa_fingerprint)
    calls = held_save(
        qtbot,
        monkeypatch,
        trust,
        "setup_from_kit",
        lambda: qtbot.keyClick(dialog, Qt.Key.Key_Return),
        (dialog.buttons, dialog.fingerprint),
        lambda: _waits_and_stays(dialog),
    )
    accepted(qtbot, dialog)
    assert len(calls) == 1 and dialog.workstation.agency_code == "SYT"
    assert trust.require_dofa()["dofa_fingerprint"] == dofa_fingerprint
    _used_on_the_ui_thread_then_closed(dialog.workstation)


def test_an_officer_joins_the_office_s_server_in_a_task(qtbot, pg_server, tmp_path, monkeypatch):
    url = pg_server.new_database()
    workstations.create(tmp_path / "pc1", "SNGV", True, PASSPHRASE, database_url=url).close()
    stored, real_store = [], office_server.store_password

    def store_password(*args):
        stored.append(threading.get_ident())
        real_store(*args)

    monkeypatch.setattr(office_server, "store_password", store_password)
    dialog = JoinDialog(tmp_path / "pc2")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.url.setText(url)
    dialog.fields.password.setText("mat-khau-may-chu")
    dialog.fields.passphrase.setText(PASSPHRASE)
    calls = held_save(
        qtbot,
        monkeypatch,
        office_setup,
        "join_office",
        dialog.accept,
        (dialog.buttons, dialog.fields),
        lambda: _waits_and_stays(dialog),
    )
    accepted(qtbot, dialog)
    assert len(calls) == 1 and dialog.workstation.agency_code == "SNGV"
    # The server password went to the secret store in the task too.
    assert stored and threading.get_ident() not in stored
    assert office_server.stored_password(url) == "mat-khau-may-chu"
    station = dialog.workstation
    assert open_session() is station.session and station.agency.code == "SNGV"
    station.close()
    assert open_session() is None and worker_connections.idle_count() == 0


def test_the_assistant_asks_for_the_secret_store_in_a_task(qtbot, tmp_path, monkeypatch):
    from app.services.keys import secrets

    asked, release = [], threading.Event()

    def held_probe() -> bool:  # a computer without a secret store, answering when let go
        asked.append(threading.get_ident())
        assert release.wait(20)
        return False

    monkeypatch.setattr(secrets, "available", held_probe)
    wizard = SetupWizard(tmp_path / "syt", profile.setup_choices())
    qtbot.addWidget(wizard)
    page = wizard.agency_page
    sources = (page.kit_button, page.restore_button)
    try:
        wizard.show()
        qtbot.keyClicks(page.filter, "y te")  # the window answers while the OS is asked
        qtbot.waitUntil(lambda: bool(asked))
        assert threading.get_ident() not in asked
        assert page.chosen()["code"] == "SYT" and not page.isComplete()  # Next waits for it
        assert not any(button.isEnabled() for button in sources) and wizard.key_page is None
    finally:
        release.set()
    qtbot.waitUntil(page.isComplete, timeout=20000)
    assert len(asked) == 1 and all(button.isEnabled() for button in sources)
    wizard.next()
    wizard.next()  # no secret store: the key file page follows the role page
    assert wizard.currentPage() is wizard.key_page and wizard.secure_store is False
