"""Sign-off: an approver signs the report with the agency's key; the revision becomes read-only."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
)

from app.services.catalogue.plan_info import PlanInfo
from app.services.reports import report_view
from app.services.reports.report_view import ReportState
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, fit_height, hint_label, password_field
from app.ui.kit.errors import user_message
from app.ui.kit.labels import capitalised, fmt, period_label, report_status_label
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.texts import name_of
from app.ui.reports.signing_run import Signers, fill_signers, read_signers, sign_or_explain
from app.ui.reports.token_box import TokenBox


@dataclass(frozen=True)
class SigningRead:
    """What the dialog reads as it opens: the duties reported on, those without a status yet,
    and who may sign."""

    duties: int
    missing: tuple[str, ...]
    signers: Signers


def read_signing(plan: PlanInfo, report: ReportState) -> SigningRead:
    """Runs off the UI thread."""
    where = (report.agency.code, report.period_id, report.revision)
    views = report_view.content(plan, *where).entries
    missing = tuple(v.duty.ref for v in views if not v.entry.status)
    return SigningRead(len(views), missing, read_signers())


class SignDialog(QDialog):
    """Shows what will be signed and who signs; `report` (a ReportState) is the signed revision
    on success. What it needs from the database is read in a task as it opens; until then it
    says so and cannot sign."""

    def __init__(self, plan: PlanInfo, report: ReportState, station: Workstation, parent=None):
        super().__init__(parent)
        self.plan, self.report = plan, report
        self.station = station
        self.missing: tuple[str, ...] = ()
        self.loaded = False
        self.setWindowTitle(self.tr("Sign the report off"))

        summary = QGroupBox(self.tr("What will be signed"))
        summary_form = QFormLayout(summary)
        summary_form.addRow(self.tr("Agency"), QLabel(name_of(report.agency)))
        summary_form.addRow(self.tr("Period"), QLabel(capitalised(period_label(report.period_id))))
        revision = str(report.revision)
        if report.amend_reason:
            revision = fmt(self.tr("%1 (amended: %2)"), report.revision, report.amend_reason)
        summary_form.addRow(self.tr("Revision"), QLabel(revision))
        self.duty_count = QLabel("…")
        summary_form.addRow(self.tr("Duties reported on"), self.duty_count)
        summary_form.addRow(self.tr("Report status"), QLabel(report_status_label(report.status)))
        self.problem = ErrorLabel()
        self.loading = hint_label(self.tr("Loading who may sign…"))

        self.signer = QComboBox()
        self.password = password_field()
        self.passphrase = None
        self.signer_box = QGroupBox(self.tr("Signer"))
        self.signer_form = QFormLayout(self.signer_box)
        self.signer_form.addRow(self.tr("Signed by"), self.signer)
        self.signer_form.addRow(self.tr("Password"), self.password)
        note = QLabel(
            self.tr(
                "Once signed, this revision can no longer be changed; a correction is made as "
                "an amendment (a new revision with its reason)."
            )
        )
        note.setWordWrap(True)
        self.token: TokenBox | None = None
        self.error = ErrorLabel()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.layout_ = QVBoxLayout(self)
        for widget in (summary, self.problem, self.loading, self.signer_box, note, self.error):
            self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)
        self.sign_button.setDefault(True)  # once in the dialog, so the dialog knows it
        fit_height(self, 600)
        self._set_fields_enabled(False)
        self.reads = LatestRead(self)
        self.reads.run(
            lambda _progress: read_signing(plan, report), self._on_signing_read, self._on_failed
        )

    def _on_failed(self, error: BaseException) -> None:
        self.loading.hide()
        self.problem.show_error(user_message(error))

    def _on_signing_read(self, read: SigningRead) -> None:
        self.loading.hide()
        self.loaded = True
        self.missing = read.missing
        self.duty_count.setText(str(read.duties))
        fill_signers(self, read.signers)
        if read.signers.asks_passphrase:
            note = QLabel(
                self.tr(
                    "This computer has no OS secret store, so the agency's signing key is kept "
                    "in a file protected by a passphrase."
                )
            )
            note.setWordWrap(True)
            self.passphrase = password_field()
            self.signer_form.addRow(note)
            self.signer_form.addRow(self.tr("Key passphrase"), self.passphrase)
        if read.signers.token_configured:
            self.token = TokenBox()
            self.layout_.insertWidget(self.layout_.indexOf(self.signer_box) + 1, self.token)
        fit_height(self, 600)
        self._check_signable()
        (self.password if self.signer.count() == 1 else self.signer).setFocus()

    def _set_fields_enabled(self, enabled: bool) -> None:
        self.sign_button.setEnabled(enabled)
        for field in (self.signer, self.password, self.passphrase):
            if field is not None:
                field.setEnabled(enabled)

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
        self._set_fields_enabled(reason is None)

    def accept(self) -> None:
        if not self.sign_button.isEnabled() or (self.token is not None and not self.token.ready):
            return
        token = self.token.request() if self.token is not None else None
        plan, code, period_id = self.plan, self.report.agency.code, self.report.period_id
        sign_or_explain(
            self,
            lambda *args: report_view.sign(plan, code, period_id, *args, token=token),
            super().accept,
        )
