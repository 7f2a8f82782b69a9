"""The records clerk's screens: the outgoing register and the issue dialog, driven by hand."""

from __future__ import annotations

import os

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from app.models import IssuedDocument
from app.services.accounts import users
from app.services.consolidation import issue_queue
from app.services.outgoing import register
from app.services.reports import issuing, signoff
from app.ui.kit import i18n
from app.ui.outgoing import register_dialog
from app.ui.outgoing.issue_dialog import IssueDialog
from app.ui.outgoing.register_dialog import OutgoingRegisterDialog
from tests.reporting import PASSWORD, approver, complete_draft

CLERK_PASSWORD = "van-thu-12345"
SHOTS = os.environ.get("PLANTRACKER_SCREENSHOTS")  # a folder: save what the screens look like


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def _two_signed(health):
    approver(health)
    users.add(
        health, "Phạm Thị Thu", "Văn thư", "clerk", CLERK_PASSWORD, approver_password=PASSWORD
    )
    for period in ("2026-H1", "2026-Y"):
        signoff.sign(complete_draft(health, period), "nguyen.van.an", PASSWORD, health)


pytestmark = pytest.mark.usefixtures("inline_tasks")


def test_the_clerk_issues_from_the_register_and_exports_it(qtbot, health, tmp_path, monkeypatch):
    i18n.install("en")
    _two_signed(health)
    dialog = OutgoingRegisterDialog(health)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.waiting.topLevelItemCount() == 2 and dialog.table.topLevelItemCount() == 0
    first = dialog.waiting.topLevelItem(0).text(0)
    assert first.startswith("Report ") and "2026" in first and first.endswith("revision 1")
    _shot(dialog, "outgoing-register-empty.png")

    shown = []

    def issue_by_hand(issue_dialog: IssueDialog):
        shown.append(issue_dialog)
        assert issue_dialog.signer.currentData() == "pham.thi.thu"  # the clerk, not the head
        assert "Next in the register: 1" in issue_dialog.next_choice.text()
        issue_dialog.password.setText("wrong-password")
        issue_dialog.accept()
        assert "Wrong password" in issue_dialog.error.text()
        issue_dialog.typed_choice.setChecked(True)
        issue_dialog.number.setValue(45)
        issue_dialog.password.setText(CLERK_PASSWORD)
        _shot(issue_dialog, "issue-dialog.png")
        issue_dialog.accept()
        return issue_dialog.result()

    monkeypatch.setattr(IssueDialog, "exec", issue_by_hand)
    dialog.issue_button.click()
    assert shown and shown[0].issued.symbol == "45/BC-SYT"
    assert dialog.result.text().startswith("Number 45/BC-SYT issued, dated ")
    assert dialog.waiting.topLevelItemCount() == 1
    assert dialog.table.topLevelItemCount() == 1
    assert dialog.table.topLevelItem(0).text(1) == "45/BC-SYT"
    assert dialog.count.text().startswith("1 document")
    _shot(dialog, "outgoing-register.png")

    out = tmp_path / "so.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(out), ""))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: out.exists(), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.result.isHidden(), timeout=10_000)
    assert load_workbook(out).active["B7"].value == "45/BC-SYT"
    assert IssuedDocument.select().count() == 1 and issuing.verify(IssuedDocument.get())[0]

    printed = []

    def print_by_hand(_parent, title, write_pdf, _refused):  # the print dialog, accepted
        pdf = tmp_path / "in.pdf"
        write_pdf(pdf)
        printed.append((title, pdf.read_bytes()[:5]))

    monkeypatch.setattr(register_dialog, "print_pdf", print_by_hand)
    dialog.print_register()
    assert printed == [(f"Outgoing register {register.today().year}", b"%PDF-")]


def test_an_office_without_a_clerk_has_its_approver_issue(qtbot, health):
    approver(health)
    report = complete_draft(health)
    signoff.sign(report, "nguyen.van.an", PASSWORD, health)
    dialog = IssueDialog(issue_queue.report_awaiting(report.id), health, health.agency_code)
    qtbot.addWidget(dialog)
    assert dialog.signer.currentData() == "nguyen.van.an"
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.issued.symbol == "1/BC-SYT"
    assert issuing.issue_of(report).date == register.today()


@pytest.mark.parametrize(
    ("language", "action", "title"),
    [("vi", "Cấp số", "Cấp số văn bản"), ("en", "Issue number", "Issue a document number")],
)
def test_the_register_button_and_its_dialog_name_one_action(
    qtbot, health, monkeypatch, language, action, title
):
    """The records clerk gives a signed document its number and date ("cấp số", Decree
    30/2020): the register's button, the dialog it opens and that dialog's button say so alike."""
    i18n.install(language)
    try:
        _two_signed(health)
        dialog = OutgoingRegisterDialog(health)
        qtbot.addWidget(dialog)
        opened = []
        dialog.waiting.setCurrentItem(dialog.waiting.topLevelItem(0))
        monkeypatch.setattr(IssueDialog, "exec", lambda issue_dialog: opened.append(issue_dialog))
        dialog.issue_button.click()
        [issue_dialog] = opened
        assert dialog.issue_button.text().replace("&", "") == f"{action}…"
        assert issue_dialog.windowTitle() == title
        assert issue_dialog.issue_button.text().replace("&", "") == action
    finally:
        i18n.install("vi")
