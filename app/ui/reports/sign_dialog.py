"""Sign-off: an approver signs the report with the agency's key; the revision becomes read-only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
)

from app.services.accounts import users
from app.services.catalogue.plan_info import PlanInfo
from app.services.core.errors import UserError
from app.services.core.vocabulary import UserRole
from app.services.esign.token_device import TokenError
from app.services.keys import keys
from app.services.reports import report_view
from app.services.reports.report_view import ReportState
from app.ui.accounts.login_dialog import (
    ErrorLabel,
    account_text,
    busy,
    error_text,
    fit_height,
    password_field,
)
from app.ui.kit.labels import capitalised, fmt, period_label, report_status_label
from app.ui.reports.token_box import token_box_if_configured


class SignDialog(QDialog):
    """Shows what will be signed and who signs; `report` (a ReportState) is the signed revision
    on success."""

    def __init__(self, plan: PlanInfo, report: ReportState, profile_folder: Path, parent=None):
        super().__init__(parent)
        self.plan, self.report = plan, report
        self.profile_folder = profile_folder
        self.setWindowTitle(self.tr("Sign the report off"))
        where = (report.agency.code, report.period_id, report.revision)
        views = report_view.content(plan, *where).entries
        self.missing = [v.duty.ref for v in views if not v.entry.status]

        summary = QGroupBox(self.tr("What will be signed"))
        summary_form = QFormLayout(summary)
        summary_form.addRow(self.tr("Agency"), QLabel(report.agency.name_vi))
        summary_form.addRow(self.tr("Period"), QLabel(capitalised(period_label(report.period_id))))
        revision = str(report.revision)
        if report.amend_reason:
            revision = fmt(self.tr("%1 (amended: %2)"), report.revision, report.amend_reason)
        summary_form.addRow(self.tr("Revision"), QLabel(revision))
        summary_form.addRow(self.tr("Duties reported on"), QLabel(str(len(views))))
        summary_form.addRow(self.tr("Report status"), QLabel(report_status_label(report.status)))
        self.problem = ErrorLabel()

        self.signer = QComboBox()
        for account in users.accounts():
            if account.active and account.role == UserRole.APPROVER:
                self.signer.addItem(account_text(account), account.login)
        self.password = password_field()
        self.passphrase = None
        signer_box = QGroupBox(self.tr("Signer"))
        signer_form = QFormLayout(signer_box)
        signer_form.addRow(self.tr("Signed by"), self.signer)
        signer_form.addRow(self.tr("Password"), self.password)
        if keys.asks_passphrase():
            note = QLabel(
                self.tr(
                    "This computer has no OS secret store, so the agency's signing key is kept "
                    "in a file protected by a passphrase."
                )
            )
            note.setWordWrap(True)
            self.passphrase = password_field()
            signer_form.addRow(note)
            signer_form.addRow(self.tr("Key passphrase"), self.passphrase)
        note = QLabel(
            self.tr(
                "Once signed, this revision can no longer be changed; a correction is made as "
                "an amendment (a new revision with its reason)."
            )
        )
        note.setWordWrap(True)
        self.token = token_box_if_configured()
        self.error = ErrorLabel()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.problem)
        layout.addWidget(signer_box)
        if self.token is not None:
            layout.addWidget(self.token)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.sign_button.setDefault(True)  # once in the dialog, so the dialog knows it
        fit_height(self, 600)
        self._check_signable()
        (self.password if self.signer.count() == 1 else self.signer).setFocus()

    def _check_signable(self) -> None:
        reason = None
        if not self.report.editable:
            reason = fmt(
                self.tr("This revision is %1 and cannot be signed again."),
                report_status_label(self.report.status).lower(),
            )
        elif self.missing:
            reason = fmt(
                self.tr("These duties have no status yet, so the report cannot be signed: %1"),
                ", ".join(self.missing),
            )
        elif self.signer.count() == 0:
            reason = self.tr("There is no active approver to sign.")
        if reason:
            self.problem.show_error(reason)
        self.sign_button.setEnabled(reason is None)
        for field in (self.signer, self.password, self.passphrase):
            if field is not None:
                field.setEnabled(reason is None)

    def accept(self) -> None:
        if not self.sign_button.isEnabled():
            return
        token = self.token.request() if self.token is not None else None
        plan, code, period_id = self.plan, self.report.agency.code, self.report.period_id
        if sign_or_explain(
            self, lambda *args: report_view.sign(plan, code, period_id, *args, token=token)
        ):
            super().accept()


def sign_or_explain(dialog, sign) -> bool:
    """Run sign(signer login, password, profile folder, passphrase) for a dialog with the
    fields signer, password, passphrase (or None), error and profile_folder. On success the
    signed report replaces dialog.report; on a refusal the reason is shown and the field at
    fault is cleared and focused."""
    passphrase = dialog.passphrase.text() if dialog.passphrase is not None else None
    try:
        with busy():
            dialog.report = sign(
                dialog.signer.currentData(),
                dialog.password.text(),
                dialog.profile_folder,
                passphrase or None,
            )
    except UserError as exc:
        dialog.error.show_error(error_text(exc))
        at_fault = dialog.passphrase if isinstance(exc, keys.PassphraseNeededError) else None
        if isinstance(exc, TokenError) and getattr(dialog, "token", None) is not None:
            at_fault = dialog.token.pin  # a wrong PIN is never typed again for the person
        at_fault = at_fault or dialog.password
        at_fault.clear()
        at_fault.setFocus()
        return False
    return True
