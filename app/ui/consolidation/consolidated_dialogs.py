"""Sign-off of DoFA's consolidated report: what will be signed, who signs, the password.

The password pattern of the agency report's sign-off dialog (sign_dialog.py), for a report
that has no duty statuses to check but an overall assessment and pending changes.
"""

from __future__ import annotations

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
from app.services.consolidation import consolidated_view
from app.services.consolidation.concurrent_edits import ChangedMeanwhileError
from app.services.consolidation.consolidated_view import ConsolidatedState
from app.services.core.vocabulary import ReportStatus
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, fit_height, hint_label, password_field
from app.ui.kit.errors import user_message
from app.ui.kit.labels import capitalised, fmt, period_label
from app.ui.kit.latest_read import LatestRead
from app.ui.reports.signing_run import Signers, fill_signers, read_signers, sign_or_explain


class ConsolidatedSignDialog(QDialog):
    """`report` (a ConsolidatedState) is the signed revision once the dialog is accepted. Who
    may sign is read in a task as it opens; until then it says so and cannot sign."""

    def __init__(
        self,
        plan: PlanInfo,
        report: ConsolidatedState,
        station: Workstation,
        pending: int,
        parent=None,
    ):
        super().__init__(parent)
        self.plan, self.report = plan, report
        self.station = station
        self.changed_meanwhile = False  # refused: another officer saved since it was shown
        self.setWindowTitle(self.tr("Sign the consolidated report off"))
        counts = report.counts

        summary = QGroupBox(self.tr("What will be signed"))
        form = QFormLayout(summary)
        form.addRow(self.tr("Period"), QLabel(capitalised(period_label(report.period_id))))
        revision = str(report.revision)
        if report.amend_reason:
            revision = fmt(self.tr("%1 (amended: %2)"), report.revision, report.amend_reason)
        form.addRow(self.tr("Revision"), QLabel(revision))
        # format: keys of the status counts
        form.addRow(
            self.tr("Reports used"),
            QLabel(
                fmt(
                    self.tr("%1 of %2 agencies reported, %3 on time"),
                    counts.get("received", 0),
                    counts.get("expected", 0),
                    counts.get("on_time", 0),
                )
            ),
        )
        form.addRow(self.tr("Passages"), QLabel(str(report.passages)))
        self.problem = ErrorLabel()
        self.pending_note = hint_label(
            self.tr(
                "%n change(s) received since you last accepted the pre-fill are not in the "
                "report. You may sign anyway; they stay listed for the next revision.",
                "",
                pending,
            )
        )
        self.pending_note.setVisible(pending > 0)

        self.loading = hint_label(self.tr("Loading who may sign…"))
        self.signer = QComboBox()
        self.password = password_field()
        self.passphrase = None
        signer_box = QGroupBox(self.tr("Signer"))
        self.signer_form = QFormLayout(signer_box)
        self.signer_form.addRow(self.tr("Signed by"), self.signer)
        self.signer_form.addRow(self.tr("Password"), self.password)
        note = hint_label(
            self.tr(
                "Once signed, this revision can no longer be changed; a correction is made as "
                "an amendment (a new revision with its reason)."
            )
        )
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton(
            self.tr("&Sign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (summary, self.problem, self.pending_note, self.loading, signer_box):
            layout.addWidget(widget)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.sign_button.setDefault(True)
        fit_height(self, 560)
        self._set_fields_enabled(False)
        self.reads = LatestRead(self)
        self.reads.run(lambda _progress: read_signers(), self._on_signers_read, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self.loading.hide()
        self.problem.show_error(user_message(error))

    def _on_signers_read(self, signers: Signers) -> None:
        self.loading.hide()
        fill_signers(self, signers)
        if signers.asks_passphrase:
            self.passphrase = password_field()
            self.signer_form.addRow(self.tr("Key passphrase"), self.passphrase)
        fit_height(self, 560)
        self._check_signable()
        (self.password if self.signer.count() == 1 else self.signer).setFocus()

    def _set_fields_enabled(self, enabled: bool) -> None:
        self.sign_button.setEnabled(enabled)
        for field in (self.signer, self.password, self.passphrase):
            if field is not None:
                field.setEnabled(enabled)

    def _check_signable(self) -> None:
        reason = None
        if self.report.status != ReportStatus.DRAFT:
            reason = self.tr("This revision is already signed.")
        elif not self.report.assessment.strip():
            reason = self.tr("Write the overall assessment first: it is part of the signed text.")
        elif self.signer.count() == 0:
            reason = self.tr("There is no active approver to sign.")
        if reason:
            self.problem.show_error(reason)
        self._set_fields_enabled(reason is None)

    def accept(self) -> None:
        if not self.sign_button.isEnabled():
            return
        plan, period_id, shown = self.plan, self.report.period_id, self.report.version

        def sign(*args):  # only the version this window showed
            try:
                return consolidated_view.sign(plan, period_id, *args, seen_version=shown)
            except ChangedMeanwhileError:
                self.changed_meanwhile = True
                raise

        sign_or_explain(self, sign, super().accept)
