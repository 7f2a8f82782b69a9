"""Saves that take a moment run off the UI thread: meanwhile the window shows it and a second
click starts nothing; a refusal comes back in words and the dialog stays usable.

Each save is held on the worker until the test has clicked again, so the check does not
depend on how fast the machine is.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox, QWidget

from app.models import Report
from app.services.accounts import users
from app.services.catalogue import catalogue, periods, register
from app.services.catalogue.plan_info import info_of
from app.services.dashboard import paper
from app.services.keys import keys
from app.services.reports import evidence as evidence_store
from app.services.reports import report_view, reports
from app.services.workstation import backup
from app.ui.accounts.accounts_dialog import AccountForm
from app.ui.accounts.login_dialog import LoginDialog
from app.ui.catalogue.agency_register import AgencyForm, AgencyRegisterDialog
from app.ui.exchange.paper_report_dialog import PaperReportDialog
from app.ui.kit import i18n, tasks
from app.ui.kit.passphrase import ask_passphrase
from app.ui.reports.report_editor import ReportEditor
from app.ui.workstation.backup_dialogs import BackupDialog
from tests import workstations
from tests.held_work import accepted, held_save
from tests.reporting import PASSWORD, approver, complete_draft, sign_dialog


@pytest.fixture(autouse=True)
def _english():
    i18n.install("en")
    tasks.set_synchronous(False)
    yield
    tasks.pool().waitForDone(20000)
    i18n.install("vi")


def test_signing_runs_in_a_task_and_a_second_click_starts_nothing(qtbot, health, monkeypatch):
    approver(health)
    dialog = sign_dialog(complete_draft(health), health)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sign_button.isEnabled(), timeout=20000)
    dialog.password.setText(PASSWORD)
    calls = held_save(
        qtbot,
        monkeypatch,
        report_view,
        "sign",
        lambda: qtbot.keyClick(dialog, Qt.Key.Key_Return),
        (dialog.sign_button, dialog.password),
        lambda: dialog.cursor().shape() == Qt.CursorShape.WaitCursor,
    )
    accepted(qtbot, dialog)
    assert len(calls) == 1
    assert Report.get().status == "signed" and dialog.report.status == "signed"


def test_a_refused_signature_comes_back_with_the_password_to_type_again(qtbot, health):
    approver(health)
    dialog = sign_dialog(complete_draft(health), health)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.sign_button.isEnabled(), timeout=20000)
    dialog.password.setText("not-the-password")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20000)
    assert dialog.error.text().startswith("Wrong password")
    assert dialog.password.text() == "" and dialog.password.isEnabled()
    assert dialog.sign_button.isEnabled() and dialog.result() == 0
    assert Report.get().status == "draft"


def test_a_register_change_runs_in_a_task_with_the_buttons_held(qtbot, dofa, monkeypatch):
    dialog = AgencyRegisterDialog(dofa, editable=True, actor="lan.tran")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=20000)
    values = ("SNNMT", "Sở Nông nghiệp và Môi trường", "Department of Agriculture", "department")
    monkeypatch.setattr(AgencyForm, "exec", lambda self: True)
    monkeypatch.setattr(AgencyForm, "values", lambda self: values)
    calls = held_save(
        qtbot,
        monkeypatch,
        register,
        "add",
        dialog._on_add_button_clicked,
        dialog.change_buttons,
        lambda: dialog.status.text() == "Saving the change…",
    )
    qtbot.waitUntil(lambda: dialog.model.entry("SNNMT") is not None, timeout=20000)
    qtbot.waitUntil(lambda: dialog.add_button.isEnabled(), timeout=20000)
    assert len(calls) == 1 and dialog.status.text() == "42 agencies"


def test_a_refused_register_change_is_said_and_changes_nothing(qtbot, dofa, monkeypatch):
    dialog = AgencyRegisterDialog(dofa, editable=True)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.delete_button.isEnabled(), timeout=20000)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "retire it instead" in shown[0]
    assert dialog.delete_button.isEnabled() and dialog.model.rowCount() == 41


def test_adding_an_account_runs_in_a_task_with_the_form_held(qtbot, health, monkeypatch):
    approver(health)
    form = AccountForm(health)
    qtbot.addWidget(form)
    form.show()
    form.name.setText("Lê Văn Cường")
    form.position.setCurrentText("Chuyên viên")
    form.password.setText("cuong-12345")
    form.repeat.setText("cuong-12345")
    form.approver_password.setText(PASSWORD)
    calls = held_save(
        qtbot, monkeypatch, users, "create", form.accept, (form.buttons, form.approver_password)
    )
    accepted(qtbot, form)
    assert len(calls) == 1 and form.account.login == "le.van.cuong"
    assert [a.login for a in users.accounts()] == ["nguyen.van.an", "le.van.cuong"]


def test_signing_in_runs_in_a_task_and_a_wrong_password_is_said(qtbot, health, monkeypatch):
    approver(health)
    dialog = LoginDialog(health, "nguyen.van.an")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("not-the-password")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.error.text()), timeout=20000)
    assert dialog.error.text().startswith("Wrong password")
    assert dialog.password.text() == "" and dialog.buttons.isEnabled()
    dialog.password.setText(PASSWORD)
    calls = held_save(
        qtbot, monkeypatch, users, "sign_in", dialog.accept, (dialog.buttons, dialog.password)
    )
    accepted(qtbot, dialog)
    assert len(calls) == 1 and dialog.account.login == "nguyen.van.an"


def test_a_backup_is_written_in_a_task_with_the_dialog_held(qtbot, health, tmp_path, monkeypatch):
    dialog = BackupDialog(health)
    qtbot.addWidget(dialog)
    dialog.show()
    out = tmp_path / "tay.ptbackup"
    dialog.file.setText(str(out))
    dialog.passphrase.setText("mot cum mat khau dai")
    dialog.repeat.setText("mot cum mat khau dai")
    held = (dialog.buttons, dialog.passphrase)
    calls = held_save(qtbot, monkeypatch, backup, "create_backup", dialog.accept, held)
    accepted(qtbot, dialog)
    assert len(calls) == 1 and dialog.written == out and out.stat().st_size > 0


def test_a_paper_report_is_recorded_in_a_task_with_the_dialog_held(qtbot, dofa, monkeypatch):
    plan = catalogue.active_plan()
    dialog = PaperReportDialog(
        dofa, register.entries(), periods.all_periods(plan), "SYT", "2026-H1", "lan.tran"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setText(date.today().strftime("%d/%m/%Y"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    held = (dialog.buttons, dialog.agency_combo)
    calls = held_save(qtbot, monkeypatch, paper, "record_paper", ok.click, held)
    accepted(qtbot, dialog)
    assert len(calls) == 1 and dialog.recorded is not None


def test_evidence_is_attached_in_a_task_with_the_editor_held(qtbot, health, tmp_path, monkeypatch):
    plan = catalogue.active_plan()
    reports.open_draft(health, health.agency, plan, "2026-Y")
    editor = ReportEditor(health, info_of(plan), "drafter")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: not editor.loading, timeout=20000)
    ref = editor.current_ref()
    evidence = tmp_path / "bien-ban.pdf"
    evidence.write_bytes(b"%PDF-1.4 bien ban hop\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(evidence)], ""))
    held = (editor.submit_button, editor.sign_button, editor.form)
    calls = held_save(
        qtbot, monkeypatch, report_view, "attach", editor._on_form_adding_requested, held
    )
    qtbot.waitUntil(lambda: bool(editor.form.view.attachments), timeout=20000)
    assert len(calls) == 1 and editor.current_ref() == ref
    assert [a.name for a in editor.form.view.attachments] == ["bien-ban.pdf"]
    assert editor.submit_button.isEnabled() and editor.form.isEnabled()  # as they were

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    copies = held_save(
        qtbot,
        monkeypatch,
        evidence_store,
        "export_copy",
        lambda: editor.actions.open(editor.form.view.attachments[0]),
        (),
    )
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)  # opening needs no holding
    assert len(copies) == 2 and Path(opened[0]).name == "bien-ban.pdf"
    assert Path(opened[0]).read_bytes() == evidence.read_bytes()


def test_whether_the_keys_need_a_passphrase_is_read_in_a_task(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(keys.secrets, "available", lambda: False)  # keys in a locked file
    workstations.create(tmp_path / "syt", "SYT", False, "mot cum mat khau dai")
    asked, given = [], []
    monkeypatch.setattr(
        QInputDialog,
        "getText",
        lambda _parent, _title, label, _echo: asked.append(label) or ("mot cum mat khau dai", 1),
    )
    parent = QWidget()
    qtbot.addWidget(parent)

    def ask() -> None:  # clicked twice while the read is held
        ask_passphrase(parent, given.append)

    calls = held_save(qtbot, monkeypatch, keys, "asks_passphrase", ask, ())
    qtbot.waitUntil(lambda: bool(given), timeout=20000)
    assert len(calls) == 1 and given == ["mot cum mat khau dai"]  # the second call asked nothing
    assert len(asked) == 1 and "no OS secret store" in asked[0]
