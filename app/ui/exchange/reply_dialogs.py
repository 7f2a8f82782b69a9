"""DoFA's replies: return a report for revision, write a reply for an agency (the agency imports
it with reply_import_dialog.py)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.services.exchange import replies, trust_list
from app.services.exchange.bundle_format import SUFFIX
from app.services.exchange.received_views import ReceivedReport
from app.services.exchange.trust_list import TrustedAgency
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, error_text, fit_height, hint_label, ok_cancel
from app.ui.exchange.exchange_common import SaveTarget, bundle_filter
from app.ui.kit import tasks
from app.ui.kit.errors import user_message
from app.ui.kit.folders import documents_folder, open_folder
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.passphrase import ask_passphrase
from app.ui.kit.saving import save_in_task
from app.ui.kit.summary import set_summary, summary_label
from app.ui.kit.texts import agency_name, choice_of, name_of, revision_text


def _reason(error: BaseException) -> str:
    return user_message(error)


# --- DoFA: return a received report ---------------------------------------------------------


class ReturnDialog(QDialog):
    """Send a received revision back to its agency with what to change (a comment is required)."""

    def __init__(
        self, station: Workstation, report: ReceivedReport, actor: str | None = None, parent=None
    ):
        super().__init__(parent)
        self.station, self.report = station, report
        self.actor = actor
        self.returned = False
        self.setWindowTitle(self.tr("Return the report for revision"))
        which = f"{name_of(report.agency)} — {revision_text(report.period_id, report.revision)}"
        title = QLabel(f"<b>{escape(which)}</b>")
        title.setWordWrap(True)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(
            self.tr("e.g. Add the figures for delegations in the fourth quarter (duty III.2.3).")
        )
        comment_label = QLabel(self.tr("&What should the agency change? (required)"))
        comment_label.setBuddy(self.comment)
        self.error = ErrorLabel()
        self.buttons = buttons = ok_cancel(self, self.tr("&Return for revision"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(
            hint_label(
                self.tr(
                    "The agency sees your comment with its report, amends the report and sends "
                    "it again. The return reaches the agency with the next reply file "
                    "(Exchange → Write reply for an agency…)."
                )
            )
        )
        layout.addWidget(comment_label)
        layout.addWidget(self.comment, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.comment.setFocus()

    def accept(self) -> None:
        text = self.comment.toPlainText().strip()
        if not text:
            self.error.show_error(
                self.tr(
                    "Write what the agency should change: a report is not returned without a "
                    "comment."
                )
            )
            self.comment.setFocus()
            return
        code, period_id, actor = self.report.agency.code, self.report.period_id, self.actor
        station = self.station
        # The report's status, the return and the log: in a task, the dialog held meanwhile.
        save_in_task(
            self,
            lambda: replies.return_report(station, code, period_id, text, actor),
            self._on_returned,
            lambda error: self.error.show_error(error_text(error)),
            (self.buttons, self.comment),
        )

    def _on_returned(self, _result) -> None:
        self.returned = True
        super().accept()


# --- DoFA: write a reply ----------------------------------------------------------------------


class ReplyDialog(QDialog):
    """Choose an enrolled agency and save DoFA's signed, encrypted reply to it."""

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.written: Path | None = None
        self._busy = False
        self._folder = documents_folder()
        self.setWindowTitle(self.tr("Write a reply for an agency"))
        intro = QLabel(
            self.tr(
                "A reply tells an agency which of its reports DoFA received and which it "
                "returned for revision, with your comments, and brings it the current plan and "
                "agency register. It is signed by DoFA and encrypted so that only that agency "
                "can open it."
            )
        )
        intro.setWordWrap(True)
        self.agency_combo = QComboBox()
        self.agency_combo.setMaxVisibleItems(20)
        self.agency_combo.setPlaceholderText(self.tr("Loading the agencies…"))
        self._loading = True
        self.contents = QLabel()
        self.contents.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Agency:"), self.agency_combo)
        form.addRow(self.tr("The reply holds:"), self.contents)

        save_box = SaveTarget(
            self.tr(
                "Choose a folder and the app names the file (DoFA, agency and reply "
                "number), or name the file yourself. Then take the file to the agency (USB "
                "stick, e-mail or the document system)."
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
        layout.addWidget(intro)
        layout.addLayout(form)
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

        self.contents_reads = LatestRead(self)
        self.agency_combo.currentIndexChanged.connect(self._on_agency_combo_changed)
        self.folder_button.clicked.connect(self._on_folder_button_clicked)
        self.file_button.clicked.connect(self._on_file_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self._on_agency_combo_changed()
        fit_height(self, 620)
        self.agency_combo.setFocus()
        tasks.run_task(
            lambda _progress: trust_list.trust_list(station.agency_code),
            self._on_list_read,
            None,
            self,
        )

    def _on_list_read(self, agencies: list[TrustedAgency] | None, error) -> None:
        self._loading = False
        self.agency_combo.setPlaceholderText("")
        if error is not None:
            self.error.show_error(_reason(error))
            return
        self.agency_combo.blockSignals(True)
        for agency in agencies:
            if agency.can_receive_replies:
                self.agency_combo.addItem(choice_of(agency, agency.code), agency.code)
        self.agency_combo.blockSignals(False)
        self._on_agency_combo_changed()
        fit_height(self)  # the contents line may wrap to more lines than "Loading…"

    def _on_agency_combo_changed(self, *_args) -> None:
        code = self.agency_combo.currentData()
        if self._loading:
            self.contents.setText(self.tr("Loading the agencies…"))
        elif not code:
            self.contents.setText(
                self.tr(
                    "No agency is enrolled yet, so no reply can be written. Enrol an agency "
                    "first (Exchange → Enrol an agency…)."
                )
            )
        else:
            # What the reply would hold, read in a task; another agency chosen meanwhile wins.
            self.contents.setText(self.tr("Loading what the reply holds…"))
            self.contents_reads.run(
                lambda _progress: trust_list.reply_contents(code),
                self._on_contents_read,
                lambda error: self.contents.setText(_reason(error)),
            )
        for button in (self.folder_button, self.file_button):
            button.setEnabled(bool(code) and not self._busy)

    def _on_contents_read(self, contents) -> None:
        self.contents.setText(
            fmt(
                self.tr("%1 · %2 · plan %3 version %4 · agency register version %5"),
                self.tr("%n receipt(s)", "", contents.receipts),
                self.tr("%n report(s) returned for revision", "", contents.returns),
                contents.plan_number_symbol,
                contents.plan_version,
                contents.register_version,
            )
        )
        fit_height(self)

    def _on_folder_button_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the reply"), str(self._folder)
        )
        if folder:
            self.export_to(Path(folder))

    def _on_file_button_clicked(self) -> None:
        code = self.agency_combo.currentData()
        suggested = f"{self.station.agency_code}-{code}-reply{SUFFIX}"
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the reply as"), str(self._folder / suggested), bundle_filter()
        )
        if chosen:
            out = Path(chosen)
            if out.suffix.lower() != SUFFIX:
                out = out.with_name(out.name + SUFFIX)
            self.export_to(out)

    def export_to(self, out: Path) -> None:
        """Write the reply into a folder (the app names the file) or to the given file."""
        code = self.agency_combo.currentData()
        if not code:
            return
        ask_passphrase(self, lambda passphrase: self._export_with(code, out, passphrase))

    def _export_with(self, code: str, out: Path, passphrase: str | None) -> None:
        if self._busy:
            return
        station = self.station
        self._set_busy(True)
        self.error.clear_error()
        self.result.hide()
        self.open_button.hide()
        tasks.run_task(
            lambda _progress: (
                *replies.export_reply(station, code, out, passphrase),
                agency_name(code),
            ),
            self._on_export_done,
            None,
            self,
        )

    def _on_export_done(self, result, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.error.show_error(fmt(self.tr("No reply was written: %1"), _reason(error)))
            return
        sent, path, named = result
        self.written = path
        self._folder = path.parent
        set_summary(
            self.result,
            fmt(
                self.tr("Reply No. %1 for %2 is saved as:\n%3\nGive it to the agency."),
                sent.sequence,
                named,
                str(path),
            ),
        )
        self.open_button.show()
        self.open_button.setFocus()
        fit_height(self)

    def _on_open_button_clicked(self) -> None:
        if self.written is not None:
            open_folder(self.written)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.agency_combo.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self._on_agency_combo_changed()

    def reject(self) -> None:
        if not self._busy:
            super().reject()
