"""The records clerk's screen for one document: give a signed revision its number and date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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

from app.services.catalogue import register as agencies
from app.services.consolidation import issue_queue
from app.services.consolidation.issue_queue import AwaitingIssue
from app.services.outgoing import register
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, fit_height, hint_label, password_field
from app.ui.kit.errors import user_message
from app.ui.kit.labels import capitalised, document_kind_label, fmt, format_date, period_label
from app.ui.kit.latest_read import LatestRead
from app.ui.reports.signing_run import (
    Signers,
    fill_signers,
    issuers,
    read_signers,
    sign_or_explain,
)
from app.ui.reports.token_box import TokenBox


@dataclass(frozen=True)
class IssueRead:
    """What the dialog reads as it opens: the next free number and who may issue."""

    next_number: int
    signers: Signers


def read_issue(agency_code: str, year: int) -> IssueRead:
    """Runs off the UI thread."""
    next_number = register.choose_number(agencies.get(agency_code), year, None)
    return IssueRead(next_number, read_signers(issuers))


class IssueDialog(QDialog):
    """Issues `target` (a signed report or consolidated revision); `issued` is its number and
    date on success. The next number and the clerks are read in a task as it opens; until
    then it says so and cannot issue."""

    def __init__(self, target: AwaitingIssue, station: Workstation, agency_code: str, parent=None):
        super().__init__(parent)
        self.target, self.station = target, station
        self.issued: register.Issued | None = None
        self.consolidated = target.consolidated
        self.setWindowTitle(self.tr("Issue a document number"))
        today = register.today()

        what = QGroupBox(self.tr("Document to be numbered"))
        what_form = QFormLayout(what)
        what_form.addRow(self.tr("Document"), QLabel(document_kind_label(target.kind)))
        what_form.addRow(self.tr("Period"), QLabel(capitalised(period_label(target.period_id))))
        what_form.addRow(self.tr("Revision"), QLabel(str(target.revision)))
        signed = fmt(
            self.tr("%1 (%2), %3"),
            target.signer_name,
            target.signer_position,
            format_date(date.fromisoformat(target.signed_at[:10])),
        )
        what_form.addRow(self.tr("Signed by"), QLabel(signed))

        # The number is "…" until the register has been read.
        self.next_choice = QRadioButton(fmt(self.tr("Next in the register: %1"), "…"))
        self.typed_choice = QRadioButton(self.tr("From the paper register:"))
        self.next_choice.setChecked(True)
        choices = QButtonGroup(self)
        choices.addButton(self.next_choice)
        choices.addButton(self.typed_choice)
        self.number = QSpinBox()
        self.number.setRange(1, 999_999)
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
        self.password = password_field()
        self.passphrase = None
        self.clerk = QGroupBox(self.tr("Records clerk"))
        self.clerk_form = QFormLayout(self.clerk)
        self.clerk_form.addRow(self.tr("Number issued by"), self.signer)
        self.clerk_form.addRow(self.tr("Password"), self.password)
        self.token: TokenBox | None = None
        self.loading = hint_label(self.tr("Loading the register and the records clerks…"))
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.issue_button = self.buttons.addButton(
            self.tr("&Issue number"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        for widget in (what, numbering, self.loading, self.clerk, self.error):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)
        self.issue_button.setDefault(True)
        fit_height(self, 560)
        self.issue_button.setEnabled(False)
        self.reads = LatestRead(self)
        self.reads.run(
            lambda _progress: read_issue(agency_code, today.year),
            self._on_issue_read,
            self._on_failed,
        )

    def _on_failed(self, error: BaseException) -> None:
        self.loading.hide()
        self.error.show_error(user_message(error))

    def _on_issue_read(self, read: IssueRead) -> None:
        self.loading.hide()
        self.next_choice.setText(fmt(self.tr("Next in the register: %1"), read.next_number))
        self.number.setValue(read.next_number)
        fill_signers(self, read.signers)
        if read.signers.asks_passphrase:
            self.passphrase = password_field()
            self.clerk_form.addRow(self.tr("Key passphrase"), self.passphrase)
        # A report signed with the approver's token: the agency's token can sign it at issue.
        if read.signers.token_configured and not self.consolidated and self.target.token_signed:
            self.token = TokenBox(
                self.tr("Also sign the PDF with the agency's token over the number and date")
            )
            self.layout_.insertWidget(self.layout_.indexOf(self.clerk) + 1, self.token)
        fit_height(self, 560)
        self.issue_button.setEnabled(True)
        self.password.setFocus()

    def accept(self) -> None:
        if not self.issue_button.isEnabled() or (self.token is not None and not self.token.ready):
            return
        number = self.number.value() if self.typed_choice.isChecked() else None
        day = self.date.date().toPython()
        target = self.target
        token = self.token.request() if self.token is not None else None

        def run(login, password, station, passphrase):
            return issue_queue.issue(
                target, login, password, station, number, day, passphrase, token=token
            )

        def issued() -> None:
            self.issued, self.report = self.report, target
            super(IssueDialog, self).accept()

        sign_or_explain(self, run, issued)
