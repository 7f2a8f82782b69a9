"""The agency's side of the exchange: send signed reports to DoFA, and trust DoFA."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core import audit
from app.services.core.vocabulary import ReportStatus
from app.services.exchange import outbox
from app.services.exchange.bundle_format import SUFFIX
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, fit_height
from app.ui.exchange.agency_trust import TrustDialog
from app.ui.exchange.exchange_common import SaveTarget, bundle_filter
from app.ui.kit import tasks
from app.ui.kit.errors import user_message
from app.ui.kit.folders import documents_folder, open_folder
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.passphrase import ask_passphrase
from app.ui.kit.summary import summary_label
from app.ui.kit.texts import revision_text, when_text
from app.ui.reports.sent_history import SentHistoryView

__all__ = ["SendReportsDialog", "SentHistoryView", "TrustDialog"]


class SendReportsDialog(QDialog):
    """Writes the pending signed revisions (or one chosen again) as an encrypted bundle."""

    bundle_sent = Signal(object)  # Path of the written bundle

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.written: Path | None = None
        self._busy = False
        self._folder = documents_folder()
        self.setWindowTitle(self.tr("Send reports to DoFA"))
        self.bound = False  # linked to DoFA: known once the state is read
        self.pending: tuple = ()
        self.reads = LatestRead(self)  # what can be sent, read in a task

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.revisions = QListWidget()
        self.revisions.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.revisions.setMaximumHeight(160)
        self.resend_combo = QComboBox()
        resend_label = QLabel(self.tr("&Re-send a signed revision:"))
        resend_label.setBuddy(self.resend_combo)
        self.resend_row = QWidget()
        resend_layout = QHBoxLayout(self.resend_row)
        resend_layout.setContentsMargins(0, 0, 0, 0)
        resend_layout.addWidget(resend_label)
        resend_layout.addWidget(self.resend_combo, 1)

        save_box = SaveTarget(
            self.tr(
                "Choose a folder and the app names the file (agency, date and bundle "
                "number), or name the file yourself. Then take the file to DoFA (USB "
                "stick, e-mail or the document system): it is encrypted so that only "
                "DoFA can open it, and signed so that DoFA can tell it is yours."
            )
        )
        self.folder_button, self.file_button = save_box.folder_button, save_box.file_button

        self.progress = QProgressBar()
        self.progress.hide()
        self.error = ErrorLabel()
        self.result = summary_label()
        self.open_button = QPushButton(self.tr("&Open folder"))
        self.open_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.revisions)
        layout.addWidget(self.resend_row)
        layout.addWidget(save_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        result_row = QHBoxLayout()
        result_row.addStretch(1)
        result_row.addWidget(self.open_button)
        layout.addLayout(result_row)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self._show_pending()
        fit_height(self, 640)
        self.folder_button.setFocus()

    # What will be sent

    def _show_pending(self) -> None:
        """Read what can be sent off the UI thread; the dialog says it is loading meanwhile."""
        self.intro.setText(self.tr("Loading the signed revisions…"))
        for button in (self.folder_button, self.file_button):
            button.setEnabled(False)
        station = self.station
        self.reads.run(
            lambda _progress: outbox.send_state(station), self._on_state_read, self._on_state_failed
        )

    def _on_state_failed(self, error: BaseException) -> None:
        self.intro.setText("")
        self.error.show_error(user_message(error))

    def _on_state_read(self, state: outbox.SendState) -> None:
        self.bound, self.pending = state.bound, state.pending
        self.revisions.clear()
        for report in self.pending:
            if report.status == ReportStatus.SIGNED:
                note = fmt(self.tr("signed %1, not sent yet"), when_text(report.signed_at))
            elif report.acknowledged:
                note = self.tr("acknowledged by DoFA; sent again once with its number and date")
            else:
                note = self.tr("sent before; sent again until DoFA acknowledges it")
            self.revisions.addItem(f"{revision_text(report.period_id, report.revision)} — {note}")
        self.resend_combo.clear()
        if not self.pending:
            for report in state.resendable:
                self.resend_combo.addItem(
                    revision_text(report.period_id, report.revision), report.id
                )
        self.revisions.setVisible(bool(self.pending))
        self.resend_row.setVisible(not self.pending and self.resend_combo.count() > 0)
        if not self.bound:
            text = self.tr(
                "This workstation is not linked to DoFA yet, so nothing can be sent. Adopt "
                "DoFA's setup kit first (Exchange → Trust and enrolment…)."
            )
        elif any(r.status != ReportStatus.SENT for r in self.pending):  # some not sent before
            text = self.tr(
                "These signed revisions will be sent, with their evidence files, in one "
                "encrypted file for DoFA:"
            )
        elif self.pending:
            text = self.tr(
                "These revisions were sent before. Until DoFA acknowledges them, every new "
                "bundle holds them again:"
            )
        elif self.resend_combo.count():
            text = self.tr(
                "Nothing is waiting to be sent: DoFA has acknowledged every signed report. If "
                "DoFA asks for a report again, choose the revision to re-send."
            )
        else:
            text = self.tr(
                "Nothing to send yet: no report has been signed off. Sign a report off in the "
                "Report tab first."
            )
        self.intro.setText(text)
        can_send = self.bound and bool(self.pending or self.resend_combo.count())
        self.folder_button.setEnabled(can_send and not self._busy)
        self.file_button.setEnabled(can_send and not self._busy)
        self.resend_combo.setEnabled(not self._busy)
        fit_height(self)

    def chosen(self) -> int | None:
        """None: the pending revisions; else the id of the one chosen to re-send."""
        return None if self.pending else self.resend_combo.currentData()

    # Saving

    def _on_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the bundle"), str(self._folder)
        )
        if folder:
            self.export_to(Path(folder))

    def _on_file_button_clicked(self) -> None:
        suggested = f"{self.station.agency_code}-{audit.today():%Y%m%d}{SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the bundle as"),
            str(self._folder / suggested),
            bundle_filter(),
        )
        if chosen:
            out = Path(chosen)
            if out.suffix.lower() != SUFFIX:
                out = out.with_name(out.name + SUFFIX)
            self.export_to(out)

    def export_to(self, out: Path) -> None:
        """Write the bundle to a folder (the app names the file) or to the given file."""
        ask_passphrase(self, lambda passphrase: self._export_with(out, passphrase))

    def _export_with(self, out: Path, passphrase: str | None) -> None:
        if self._busy:
            return
        station, chosen = self.station, self.chosen()
        self._set_busy(True)
        self.error.clear_error()
        self.result.hide()
        self.open_button.hide()
        tasks.run_task(
            lambda progress: outbox.send(station, out, passphrase, chosen, progress),
            self._on_export_done,
            self._on_export_progress,
            self,
        )

    def _on_export_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_export_done(self, result, error) -> None:
        self._set_busy(False)
        if error is not None:
            reason = user_message(error)
            self.error.show_error(fmt(self.tr("Nothing was sent: %1"), reason))
            return
        path = result.path
        self.written = path
        self._folder = path.parent
        self.result.setText(
            fmt(self.tr("Bundle No. %1 is saved as:\n%2"), result.sequence, str(path))
        )
        self.result.show()
        self.open_button.show()
        self.open_button.setFocus()
        self._show_pending()
        fit_height(self)
        self.bundle_sent.emit(path)

    def _on_open_button_clicked(self) -> None:
        if self.written is not None:
            open_folder(self.written)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        for widget in (self.folder_button, self.file_button, self.resend_combo):
            widget.setEnabled(not busy)
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:  # the file is being written: closing now would hide the outcome
            super().reject()
