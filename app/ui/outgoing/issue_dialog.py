"""The records clerk's screen for one document: give a signed revision its number and date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from app.services.accounts import users
from app.services.consolidation import issue_queue
from app.services.consolidation.issue_queue import AwaitingIssue
from app.services.core.vocabulary import UserRole
from app.services.keys import keys
from app.services.outgoing import register
from app.ui.accounts.login_dialog import ErrorLabel, account_text, fit_height, password_field
from app.ui.kit.labels import capitalised, fmt, format_date, period_label
from app.ui.reports.sign_dialog import sign_or_explain
from app.ui.reports.token_box import token_box_if_configured


def issuers() -> list[users.Account]:
    """Who may issue: the clerks; an approver only where the office has no clerk account."""
    active = [a for a in users.accounts() if a.active]
    clerks = [a for a in active if a.role == UserRole.CLERK]
    return clerks or [a for a in active if a.role == UserRole.APPROVER]


class IssueDialog(QDialog):
    """Issues `target` (a signed report or consolidated revision); `issued` is its number and
    date on success."""

    def __init__(self, target: AwaitingIssue, profile_folder: Path, agency, parent=None):
        super().__init__(parent)
        self.target, self.profile_folder = target, profile_folder
        self.issued: register.Issued | None = None
        self.consolidated = target.consolidated
        self.setWindowTitle(self.tr("Issue a document"))
        today = register.today()
        next_number = register.choose_number(agency, today.year, None)

        what = QGroupBox(self.tr("What is issued"))
        what_form = QFormLayout(what)
        kind = self.tr("Consolidated report") if self.consolidated else self.tr("Report")
        what_form.addRow(self.tr("Document"), QLabel(kind))
        what_form.addRow(self.tr("Period"), QLabel(capitalised(period_label(target.period_id))))
        what_form.addRow(self.tr("Revision"), QLabel(str(target.revision)))
        signed = fmt(
            self.tr("%1 (%2), %3"),
            target.signer_name,
            target.signer_position,
            format_date(date.fromisoformat(target.signed_at[:10])),
        )
        what_form.addRow(self.tr("Signed by"), QLabel(signed))

        self.next_choice = QRadioButton(fmt(self.tr("Next in the register: %1"), next_number))
        self.typed_choice = QRadioButton(self.tr("From the paper register:"))
        self.next_choice.setChecked(True)
        choices = QButtonGroup(self)
        choices.addButton(self.next_choice)
        choices.addButton(self.typed_choice)
        self.number = QSpinBox()
        self.number.setRange(1, 999_999)
        self.number.setValue(next_number)
        self.number.setEnabled(False)
        self.typed_choice.toggled.connect(self.number.setEnabled)
        typed = QHBoxLayout()
        typed.addWidget(self.typed_choice)
        typed.addWidget(self.number)
        typed.addStretch(1)
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        numbering = QGroupBox(self.tr("Number and date"))
        numbering_form = QFormLayout(numbering)
        numbering_form.addRow(self.next_choice)
        numbering_form.addRow(typed)
        numbering_form.addRow(self.tr("Date"), self.date)

        self.signer = QComboBox()  # named so for sign_or_explain: here, the clerk
        for account in issuers():
            self.signer.addItem(account_text(account), account.login)
        self.password = password_field()
        self.passphrase = password_field() if keys.asks_passphrase() else None
        clerk = QGroupBox(self.tr("Records clerk"))
        clerk_form = QFormLayout(clerk)
        clerk_form.addRow(self.tr("Issued by"), self.signer)
        clerk_form.addRow(self.tr("Password"), self.password)
        if self.passphrase is not None:
            clerk_form.addRow(self.tr("Key passphrase"), self.passphrase)
        # A report signed with the approver's token: the agency's token can sign it at issue.
        self.token = None
        if not self.consolidated and target.token_signed:
            self.token = token_box_if_configured(
                self.tr("Also sign the PDF with the agency's token over the number and date")
            )
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(
            self.tr("&Issue"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (what, numbering, clerk, self.token, self.error):
            if widget is None:
                continue
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.issue_button.setDefault(True)
        fit_height(self, 560)
        self.password.setFocus()

    def accept(self) -> None:
        number = self.number.value() if self.typed_choice.isChecked() else None
        day = self.date.date().toPython()
        target = self.target
        token = self.token.request() if self.token is not None else None

        def run(login, password, folder, passphrase):
            return issue_queue.issue(
                target, login, password, folder, number, day, passphrase, token=token
            )

        if sign_or_explain(self, run):
            self.issued, self.report = self.report, target
            super().accept()
