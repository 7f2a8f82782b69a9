"""The whole report flow in the main window, as an agency's staff would do it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog

from app.models import Report
from app.services.catalogue import catalogue
from app.services.reports import reports, signoff
from app.ui.kit import i18n, tasks
from app.ui.reports.sign_dialog import SignDialog
from tests.reporting import PASSWORD, approver
from tests.windows import main_window


@pytest.fixture(autouse=True)
def _inline_tasks():
    """The report editor reads its report in a task: inline here, so each step sees it."""
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def _set_status(editor, ref: str, code: str) -> None:
    assert editor.select_ref(ref)
    combo = editor.form.status
    combo.setCurrentIndex(combo.findData(code))


def test_draft_sign_wrong_then_right_edit_refused_amend(qtbot, health, monkeypatch):
    i18n.install("vi")
    account = approver(health)
    window = main_window(health, account)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.report_tab)
    editor = window.editor
    editor.new_button.click()
    for ref in ("III.1.1", "III.13.1", "IV.1.1"):
        _set_status(editor, ref, "in_progress")
    assert editor.select_ref("III.13.1")
    qtbot.keyClicks(editor.form.results, "Hop tac voi benh vien Hue")
    editor.flush()

    attempts = []

    def drive_sign_dialog(dialog: SignDialog) -> int:
        dialog.password.setText("not-the-password")
        dialog.accept()
        attempts.append((dialog.result(), dialog.error.text()))
        dialog.password.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SignDialog, "exec", drive_sign_dialog)
    editor.sign_button.click()
    assert attempts[0][0] != QDialog.DialogCode.Accepted
    assert "Sai mật khẩu" in attempts[0][1]

    plan = catalogue.active_plan()
    signed = reports.latest(health.agency, plan, "2026-Y")
    assert (signed.status, signed.revision) == ("signed", 1)
    assert signoff.verify(signed)[0]
    assert not editor.form.results.isEnabled() or editor.form.results.isReadOnly()
    qtbot.keyClicks(editor.form.results, " them")
    editor.flush()
    entry = reports.find_entry(Report.get_by_id(signed.id), "III.13.1")
    assert entry.results == "Hop tac voi benh vien Hue"

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Bổ sung số liệu", True))
    editor.amend_button.click()
    second = reports.latest(health.agency, plan, "2026-Y")
    assert (second.revision, second.status, second.amend_reason) == (2, "draft", "Bổ sung số liệu")
    assert editor.form.results.isEnabled() and not editor.form.results.isReadOnly()
    assert editor.select_ref("III.13.1")
    editor.form.results.setPlainText("Hợp tác với bệnh viện Huế và Đà Nẵng")
    editor.flush()
    assert reports.find_entry(second, "III.13.1").results == "Hợp tác với bệnh viện Huế và Đà Nẵng"
    assert signoff.verify(Report.get_by_id(signed.id))[0]  # revision 1 stays as signed
