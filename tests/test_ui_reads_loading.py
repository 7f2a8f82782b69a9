"""Screens and dialogs that read off the UI thread say they are loading, then show their rows
(and a dialog puts the focus where typing starts): the outgoing register, the bundles sent, the
accounts, the agency register, the activity log, automatic backups, key rotation, trust, the
token settings, the signing dialogs, the duty browser, and DoFA's consolidated sign-off, reminder,
due-date and document-settings dialogs and duty view.

Each reader is held on the worker until the test has seen the screen's loading state, so the
check does not depend on how fast the machine is; every call of it is recorded with its thread,
so a screen that also read on the UI thread (when built, or once its rows came) fails.
DoFA's exchange screens have the same test in tests/test_ui_exchange_loading.py.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.services.accounts import users
from app.services.catalogue import catalogue, due_dates, plan_info, register
from app.services.catalogue.plan_info import active_plan_info
from app.services.consolidation import consolidated, consolidated_view, issue_queue
from app.services.core import audit
from app.services.dashboard import dashboard_view, reminder_view
from app.services.esign import token_device
from app.services.exchange import outbox, trust
from app.services.keys import keys
from app.services.outgoing import register as outgoing
from app.services.reports import doc_settings, signoff
from app.services.workstation import auto_backup
from app.ui.accounts.accounts_dialog import AccountsDialog
from app.ui.accounts.audit_view import AuditLogView
from app.ui.catalogue.agency_register import AgencyRegisterDialog
from app.ui.catalogue.duty_browser import DutyBrowser
from app.ui.consolidation.consolidated_dialogs import ConsolidatedSignDialog
from app.ui.dashboard.duty_view import DutyView
from app.ui.dashboard.reminders_dialog import RemindersDialog
from app.ui.exchange.agency_trust import TrustDialog
from app.ui.keys.key_dialogs import RotateKeyDialog
from app.ui.kit import i18n, tasks
from app.ui.outgoing.issue_dialog import IssueDialog
from app.ui.outgoing.register_dialog import OutgoingRegisterDialog
from app.ui.reports.esign_dialog import DigitalSignatureDialog
from app.ui.reports.sent_history import SentHistoryView
from app.ui.reports.settings_dialogs import DocumentSettingsDialog, DueDatesDialog
from app.ui.workstation.backup_dialogs import AutoBackupDialog
from tests.reporting import PASSWORD, approver, complete_draft, sign_dialog


@pytest.fixture(autouse=True)
def _english():
    i18n.install("en")
    tasks.set_synchronous(False)
    yield
    tasks.pool().waitForDone(20000)  # no read of this test's profile outlives it
    i18n.install("vi")


@pytest.fixture
def signed_report(health):
    """Sở Y tế with its approver and one signed report awaiting its number."""
    account = approver(health)
    signoff.sign(complete_draft(health, "2026-Y"), account.login, PASSWORD, health)
    return health


def _loading_signers(dialog, accept_button) -> bool:
    """A signing dialog still reading who may sign: it says so and cannot sign yet."""
    return (
        not dialog.loading.isHidden()
        and dialog.signer.count() == 0
        and not accept_button.isEnabled()
    )


def _sign_dialog(station):
    return sign_dialog(complete_draft(station, "2026-H1"), station)


def _issue_dialog(station):
    return IssueDialog(issue_queue.awaiting(station)[0], station, station.agency_code)


SCREENS = {
    # name: (service module, reader, build, loading shown, loaded)
    "duty browser": (
        plan_info,
        "outline",
        lambda station: DutyBrowser(active_plan_info(), station.agency_code),
        lambda browser: (
            browser.count_label.text() == "Loading…" and browser.source_model.rowCount() == 0
        ),
        lambda browser: (
            not browser.loading
            and browser.count_label.text() == "3 duties"
            and browser.visible_duty_refs() == ["III.1.1", "III.13.1", "IV.1.1"]
        ),
    ),
    "outgoing register": (
        issue_queue,
        "awaiting",
        lambda station: OutgoingRegisterDialog(station),
        lambda dialog: (
            dialog.count.text() == "Loading the outgoing register…"
            and not dialog.issue_button.isEnabled()
            and not dialog.export_button.isEnabled()
        ),
        lambda dialog: (
            dialog.waiting.topLevelItemCount() == 1
            and dialog.issue_button.isEnabled()
            and dialog.count.text() == "0 documents"
        ),
    ),
    "accounts": (
        users,
        "accounts",
        lambda station: AccountsDialog(station, "nguyen.van.an"),
        lambda dialog: (
            dialog.status.text() == "Loading the accounts…"
            and dialog.table.rowCount() == 0
            and not dialog.add_button.isEnabled()
        ),
        lambda dialog: (
            dialog.table.rowCount() == 1
            and dialog.table.item(0, 0).text() == "nguyen.van.an"
            and dialog.selected_login() == "nguyen.van.an"
            and dialog.add_button.isEnabled()
        ),
    ),
    "agency register": (
        register,
        "entries",
        lambda station: AgencyRegisterDialog(station, editable=True),
        lambda dialog: (
            dialog.status.text() == "Loading the agency register…"
            and dialog.model.rowCount() == 0
            and not dialog.add_button.isEnabled()
        ),
        lambda dialog: (
            dialog.model.rowCount() == 41
            and dialog.status.text() == "41 agencies"
            and dialog.add_button.isEnabled()
        ),
    ),
    "activity log": (
        audit,
        "entries",
        lambda _station: AuditLogView(),
        lambda view: (
            view.count_label.text() == "Loading the activity log…"
            and view.model.rowCount() == 0
            and not view.refresh_button.isEnabled()
        ),
        lambda view: (
            view.model.rowCount() >= 3  # set-up, the account, the sign-off
            and view.count_label.text().startswith(f"{view.model.rowCount()} of ")
            and view.refresh_button.isEnabled()
        ),
    ),
    "sent bundles": (
        outbox,
        "sent_history",
        lambda _station: SentHistoryView(),
        lambda view: (
            view.count_label.text() == "Loading the bundles sent…"
            and not view.refresh_button.isEnabled()
        ),
        lambda view: view.count_label.text() == "0 bundles" and view.refresh_button.isEnabled(),
    ),
    "automatic backups": (
        auto_backup,
        "settings",
        lambda _station: AutoBackupDialog(),
        lambda dialog: (
            dialog.note.text() == "Loading the backup settings…"
            and not dialog.save_button.isEnabled()
            and not dialog.folder.isEnabled()
        ),
        lambda dialog: (
            dialog.note.text().startswith(("Choose a USB stick", "This computer has no"))
            and dialog.save_button.isEnabled()
            and dialog.folder.isEnabled()
        ),
    ),
    "key rotation": (
        keys,
        "current_fingerprint",
        lambda station: RotateKeyDialog(station),
        lambda dialog: dialog.fingerprint.text() == "…" and not dialog.rotate_button.isEnabled(),
        lambda dialog: (
            len(dialog.fingerprint.text()) == len("XXXX-XXXX-XXXX-XXXX-XXXX")
            and dialog.rotate_button.isEnabled()
            and dialog.focusWidget() is dialog.rotate_button
        ),
    ),
    "trust": (
        trust,
        "trust_setting",
        lambda station: TrustDialog(station),
        lambda dialog: (
            dialog.pages.currentIndex() == TrustDialog.LOADING_PAGE
            and not dialog.adopt_button.isEnabled()
        ),
        lambda dialog: (
            dialog.pages.currentIndex() == TrustDialog.UNBOUND_PAGE  # no kit adopted yet
            and dialog.adopt_button.isEnabled()
            and dialog.focusWidget() is dialog.adopt_button
        ),
    ),
    "digital signatures": (
        token_device,
        "settings",
        lambda station: DigitalSignatureDialog(station),
        lambda dialog: (
            dialog.driver_state.text() == "Loading the token settings…"
            and not dialog.save_button.isEnabled()
        ),
        lambda dialog: (
            dialog.driver_state.text().startswith("No driver set")
            and dialog.save_button.isEnabled()
            and dialog.focusWidget() is dialog.module
        ),
    ),
    "sign-off": (
        users,
        "accounts",
        _sign_dialog,
        lambda dialog: _loading_signers(dialog, dialog.sign_button),
        lambda dialog: (
            dialog.loading.isHidden()
            and dialog.signer.currentData() == "nguyen.van.an"
            and dialog.sign_button.isEnabled()
            and dialog.duty_count.text().isdigit()
            and dialog.focusWidget() is dialog.password
        ),
    ),
    "issue": (
        outgoing,
        "choose_number",
        _issue_dialog,
        lambda dialog: _loading_signers(dialog, dialog.issue_button),
        lambda dialog: (
            dialog.loading.isHidden()
            and dialog.next_choice.text() == "Next in the register: 1"
            and dialog.signer.currentData() == "nguyen.van.an"  # no clerk: the approver issues
            and dialog.issue_button.isEnabled()
            and dialog.focusWidget() is dialog.password
        ),
    ),
}


def _reminders_dialog(station):
    return RemindersDialog(station, active_plan_info(), "2026-H1", "lan.tran")


def _consolidated_sign_dialog(station):
    consolidated.open_draft(station, catalogue.active_plan(), "2026-H1")
    info = active_plan_info()
    return ConsolidatedSignDialog(info, consolidated_view.state(info, "2026-H1"), station, 0)


DOFA_SCREENS = {
    "consolidated sign-off": (
        users,
        "accounts",
        _consolidated_sign_dialog,
        lambda dialog: _loading_signers(dialog, dialog.sign_button),
        lambda dialog: (
            dialog.loading.isHidden()
            and "overall assessment" in dialog.problem.text()  # nothing written yet
            and not dialog.sign_button.isEnabled()
        ),
    ),
    # DoFA's dialogs: who owes a report, the due dates (the agency's are DoFA's), the heading.
    "reminders": (
        reminder_view,
        "reminder_candidates",
        _reminders_dialog,
        lambda dialog: (
            dialog.count_label.text() == "Loading…"
            and dialog.period_combo.count() == 0
            and not dialog.issue_button.isEnabled()
        ),
        lambda dialog: (
            dialog.period_combo.count() > 0
            and dialog.signer.count() == 1  # no approver yet: signed by hand only
            and dialog.count_label.text() != "Loading…"
            and dialog.focusWidget() is dialog.list
        ),
    ),
    "due dates": (
        due_dates,
        "read",
        lambda station: DueDatesDialog(station, active_plan_info(), "lan.tran"),
        lambda dialog: (
            not dialog.loading.isHidden()
            and dialog.table.rowCount() == 0
            and not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
            and dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()
        ),
        lambda dialog: (
            dialog.table.rowCount() == len(dialog.periods) > 0
            and dialog.tracked_from.count() == len(dialog.periods)
            and dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
            and dialog.focusWidget() is dialog.days
        ),
    ),
    "document settings": (
        doc_settings,
        "load",
        lambda station: DocumentSettingsDialog(station, "lan.tran"),
        lambda dialog: (
            not dialog.loading.isHidden()
            and dialog.parent_body.text() == ""
            and not dialog.save_button.isEnabled()
        ),
        lambda dialog: (
            dialog.parent_body.text() == "UBND TỈNH QUẢNG NGÃI"
            and dialog.abbreviation.text() == "SNGV"
            and dialog.save_button.isEnabled()
            and dialog.focusWidget() is dialog.parent_body
        ),
    ),
    # DoFA's duty view: the plan's duties come with its first read.
    "duty view": (
        dashboard_view,
        "duty_frame",
        lambda _station: DutyView(active_plan_info()),
        lambda view: (
            view.count_label.text() == "Loading…"
            and view.duty_combo.count() == 0
            and view.period_combo.count() == 0
        ),
        lambda view: (
            not view.loading
            and view.duty_ref() == "III.1.1"
            and view.period_combo.count() > 0
            and view.progress_model.rowCount() > 0
        ),
    ),
}


@pytest.mark.parametrize("screen", SCREENS)
def test_the_screen_reads_off_the_ui_thread_and_says_it_is_loading(
    qtbot, signed_report, monkeypatch, screen
):
    _check_screen(qtbot, monkeypatch, signed_report, SCREENS[screen])


@pytest.mark.parametrize("screen", DOFA_SCREENS)
def test_dofa_dialogs_read_off_the_ui_thread_and_say_they_are_loading(
    qtbot, dofa, monkeypatch, screen
):
    _check_screen(qtbot, monkeypatch, dofa, DOFA_SCREENS[screen])


def _check_screen(qtbot, monkeypatch, station, spec):
    service, name, build, loading, loaded = spec
    read = getattr(service, name)
    readers, release = [], threading.Event()

    def held_reader(*args, **kwargs):
        readers.append(threading.get_ident())
        assert release.wait(20)
        return read(*args, **kwargs)

    monkeypatch.setattr(service, name, held_reader)
    widget = build(station)
    qtbot.addWidget(widget)
    widget.show()
    try:
        qtbot.waitUntil(lambda: bool(readers))
        assert loading(widget)
    finally:
        release.set()
    qtbot.waitUntil(lambda: loaded(widget), timeout=20000)
    assert readers and threading.get_ident() not in readers  # never on the UI thread


def test_a_failed_read_is_said_in_the_interface_language(qtbot, signed_report, monkeypatch):
    def broken():
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(users, "accounts", broken)
    i18n.install("vi")
    dialog = AccountsDialog(signed_report, "nguyen.van.an")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.reads.loading, timeout=20000)
    text = dialog.status.text()
    assert text.startswith("Không đọc được danh sách tài khoản: ")
    assert "Input/output error" not in text  # the system's words stay in the log
    assert dialog.table.rowCount() == 0 and not dialog.add_button.isEnabled()
