"""DoFA's "Consolidated report" tab: the pre-filled report, DoFA's own writing, the changes
received since, sign-off and the files (PDF, Word, Excel), and the reminder letters.

The pre-filled content (agencies' passages, attributed) is read-only here; DoFA writes a summary
per section and the overall assessment, saved as typed (as in the report editor).
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.models import ConsolidatedReport, Plan
from app.services.catalogue import catalogue, periods
from app.services.consolidation import (
    consolidated,
    consolidated_export,
    consolidated_issuing,
    consolidated_signoff,
)
from app.services.core.errors import UserError
from app.services.workstation.profile import Workstation
from app.ui.consolidation.consolidated_changes import ChangesPanel
from app.ui.consolidation.consolidated_dialogs import ConsolidatedSignDialog
from app.ui.consolidation.consolidated_preview import build_preview
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, format_date, period_label
from app.ui.kit.printing import print_pdf
from app.ui.kit.row_height import row_height_for
from app.ui.kit.screen_fit import scrolling
from app.ui.kit.tasks import run_task

AUTOSAVE_DELAY_MS = 1000  # after the last keystroke …
AUTOSAVE_MAX_WAIT_MS = 1500  # … and never later than this after the first unsaved one
ASSESSMENT = "assessment"
OPENING = ""  # the summary of the reporting situation (section I)


class ConsolidatedEditor(QWidget):
    """One period's consolidated report; signed revisions are shown read-only."""

    report_changed = Signal(object)  # ConsolidatedReport: saved, signed, amended
    reminders_requested = Signal(str)  # period id

    def __init__(self, station: Workstation, plan: Plan, actor: str | None, parent=None):
        super().__init__(parent)
        self.station, self.plan, self.actor = station, plan, actor
        self.report: ConsolidatedReport | None = None
        self._dirty: set[str] = set()
        self._dirty_since: float | None = None
        self._loading = False
        self._generation = 0  # of the preview being built off the UI thread
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._export_dir: Path | None = None

        self.period_combo = QComboBox()
        for period in reversed(periods.all_periods(plan)):
            dates = f"{format_date(period.start)} – {format_date(period.end)}"
            self.period_combo.addItem(f"{period_label(period.id)} ({dates})", period.id)
        period_caption = QLabel(self.tr("Reporting &period:"))
        period_caption.setBuddy(self.period_combo)
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(period_caption)
        top.addWidget(self.period_combo)
        top.addSpacing(16)
        top.addWidget(self.state_label, 1)

        self.preview = QTextBrowser()
        left = QGroupBox(self.tr("Pre-filled from the agencies' reports (read-only)"))
        QVBoxLayout(left).addWidget(self.preview)
        self.editors: dict[str, QPlainTextEdit] = {}
        writing = QWidget()
        form = QFormLayout(writing)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        sections = [s for s in catalogue.outline(plan) if s.reportable]
        captions = [(OPENING, self.tr("Summary of the reporting situation"))]
        summary_of = self.tr("Summary of section %1. %2")
        captions += [(s.ident, fmt(summary_of, s.ident, s.title_vi)) for s in sections]
        assessment = self.tr("Overall assessment and proposals (required to sign)")
        captions.append((ASSESSMENT, assessment))
        for key, caption in captions:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(70)
            self.editors[key] = editor
            label = QLabel(caption)
            # Section titles are capitals (NHIỆM VỤ CỤ THỂ): room for the marks above them.
            label.setMinimumHeight(row_height_for(label.font()))
            form.addRow(label, editor)
        own = QGroupBox(self.tr("Your writing"))
        self.writing_area = scrolling(writing)
        QVBoxLayout(own).addWidget(self.writing_area)
        self.changes = ChangesPanel(actor)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(own)
        right.addWidget(self.changes)
        right.setSizes([420, 300])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(left)
        body.addWidget(right)
        body.setSizes([640, 560])

        self.save_label = QLabel()
        self.sign_button = QPushButton(self.tr("S&ign off…"))
        self.amend_button = QPushButton(self.tr("Amend (ne&w revision)…"))
        self.pdf_button = QPushButton(self.tr("Export P&DF…"))
        self.docx_button = QPushButton(self.tr("Export W&ord…"))
        self.xlsx_button = QPushButton(self.tr("Export E&xcel…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.setToolTip(self.tr("Print the report's PDF pages (Ctrl+P)"))
        self.reminders_button = QPushButton(self.tr("Reminder le&tters…"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_label, 1)
        buttons = (self.sign_button, self.amend_button, None, self.pdf_button, self.docx_button,
                   self.xlsx_button, self.print_button, None, self.reminders_button)  # fmt: skip
        for button in buttons:
            if button is None:
                bottom.addSpacing(12)
            else:
                bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        layout.addLayout(bottom)
        current = periods.current_and_next(plan)[0].id
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(current)))
        self._connect()  # after choosing the period, so that it is loaded once, here
        self.load_period(self.period_combo.currentData())

    def _connect(self) -> None:
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        for key, editor in self.editors.items():
            editor.textChanged.connect(lambda k=key: self._on_editor_text_changed(k))
        self._save_timer.timeout.connect(self.flush)
        self.changes.decided.connect(self._on_changes_decided)
        self.changes.refused.connect(self.warn)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.pdf_button.clicked.connect(lambda: self._export("pdf"))
        self.print_button.clicked.connect(self.print_report)
        QShortcut(
            QKeySequence.StandardKey.Print,
            self,
            self.print_report,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.docx_button.clicked.connect(lambda: self._export("docx"))
        self.xlsx_button.clicked.connect(lambda: self._export("xlsx"))
        self.reminders_button.clicked.connect(lambda: self.reminders_requested.emit(self.period_id))

    # Public

    @property
    def period_id(self) -> str:
        return self.period_combo.currentData()

    def warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Plan Tracker"), message)

    def flush(self) -> bool:
        """Write DoFA's pending text now; False if the service refused (the user was told)."""
        self._save_timer.stop()
        self._dirty_since = None
        if not self._dirty:
            return True
        dirty, self._dirty = self._dirty, set()
        started = self.report is None
        try:
            report = self._ensure_report()
            for key in sorted(dirty):
                text = self.editors[key].toPlainText()
                if key == ASSESSMENT:
                    consolidated.save_assessment(report, text, self.actor)
                else:
                    consolidated.save_summary(report, key, text, self.actor)
        except UserError as exc:
            self.save_label.setText(self.tr("Not saved"))
            self.warn(user_message(exc))
            return False
        self.save_label.setText(fmt(self.tr("Saved at %1"), datetime.now().strftime("%H:%M:%S")))
        if started:  # the draft exists now: its state and the changes panel too
            self.reload()
        else:
            self._refresh(with_changes=False)
        self.report_changed.emit(self.report)
        return True

    def load_period(self, period_id: str) -> None:
        self.report = consolidated.latest(self.plan, period_id)
        self._loading = True
        texts = consolidated.summaries(self.report) if self.report else {}
        for key, editor in self.editors.items():
            if key == ASSESSMENT:
                editor.setPlainText(self.report.assessment_vi if self.report else "")
            else:
                editor.setPlainText(texts.get(key, ""))
        self._loading = False
        self.save_label.clear()
        self.reload()

    def reload(self) -> None:
        """Show the report's state, text and changes again (after an import, a decision)."""
        report = self.report
        editable = report is None or report.status == "draft"
        for editor in self.editors.values():
            editor.setReadOnly(not editable)
        self.sign_button.setEnabled(editable)
        self.amend_button.setEnabled(not editable)
        if report is None:
            self.changes.load(None, [])
        self.state_label.setText(self._state_text())
        self._refresh(with_changes=report is not None)

    # Inside

    def _ensure_report(self) -> ConsolidatedReport:
        if self.report is None:
            self.report = consolidated.open_draft(self.plan, self.period_id, self.actor)
        return self.report

    def _refresh(self, with_changes: bool) -> None:
        """Rebuild the preview (and the changes panel) off the UI thread.

        Both read every agency's latest report of the period: at province scale that takes
        seconds, which must not freeze typing. A refresh asked for meanwhile supersedes this one.
        """
        self._generation += 1
        generation, report = self._generation, self.report
        plan, period_id = self.plan, self.period_id
        font, ui_thread = self.preview.font(), self.thread()

        def work(_progress):
            return build_preview(plan, period_id, report, with_changes, (font, ui_thread))

        run_task(
            work,
            lambda result, error: self._on_refreshed(generation, report, result, error),
            parent=self,
        )

    def _on_refreshed(self, generation, report, result, error) -> None:
        if generation != self._generation:
            return  # a later refresh is on its way
        if error is not None:
            self.warn(user_message(error))
            return
        document, changes = result
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        document.setParent(self.preview)  # the preview deletes the document it replaces
        self.preview.setDocument(document)
        bar.setValue(position)
        if changes is not None:
            self.changes.load(report, changes)

    def _state_text(self) -> str:
        report = self.report
        if report is None:
            return self.tr("Not started: it is saved as soon as you write or accept something.")
        if report.status == "draft":
            text = fmt(self.tr("Revision %1 · draft"), report.revision)
            if report.amend_reason:
                text += " · " + fmt(self.tr("reason: %1"), report.amend_reason)
            return text
        ok, _message = consolidated_signoff.verify(report)
        signed_at = datetime.fromisoformat(report.signed_at)
        text = fmt(
            self.tr("Revision %1 · signed by %2 (%3) on %4"),
            report.revision,
            report.signer_name,
            report.signer_position,
            format_date(signed_at),
        )
        issue = consolidated_issuing.issue_of(report)
        text += " · " + (
            fmt(self.tr("issued as No. %1 on %2"), issue.symbol, format_date(issue.date))
            if issue
            else self.tr("not issued yet")
        )
        return text + " · " + (self.tr("signature valid") if ok else self.tr("signature NOT valid"))

    def _on_editor_text_changed(self, key: str) -> None:
        if self._loading or self.editors[key].isReadOnly():
            return
        self._dirty.add(key)
        now = time.monotonic()
        self._dirty_since = self._dirty_since or now
        left_ms = int((self._dirty_since - now) * 1000) + AUTOSAVE_MAX_WAIT_MS
        self._save_timer.start(max(0, min(AUTOSAVE_DELAY_MS, left_ms)))
        self.save_label.setText(self.tr("Saving…"))

    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self.flush()
        self.load_period(self.period_id)

    def _on_changes_decided(self) -> None:
        self.reload()
        self.report_changed.emit(self.report)

    def _on_sign_button_clicked(self) -> None:
        if not self.flush():
            return
        assessment = self.editors[ASSESSMENT]
        if not assessment.toPlainText().strip():
            # Required to sign, and last in the form: on a small screen it is below the fold.
            self.writing_area.ensureWidgetVisible(assessment)
            assessment.setFocus()
            self.warn(self.tr("Write the overall assessment and proposals first: signing needs it"))
            return
        report = self._ensure_report()
        pending = len(consolidated.changes_since(report))
        dialog = ConsolidatedSignDialog(report, self.station.folder, pending, self)
        if dialog.exec():
            self.report = dialog.report
            self.reload()
            self.report_changed.emit(self.report)

    def _on_amend_button_clicked(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Amend the signed consolidated report"),
            fmt(
                self.tr(
                    "Revision %1 is signed and stays as it is. A new revision will be made "
                    "for your changes.\nReason for the change (required):"
                ),
                self.report.revision,
            ),
        )
        if not ok:
            return
        try:
            self.report = consolidated_signoff.amend(self.report, reason, self.actor)
        except UserError as exc:
            self.warn(user_message(exc))
            return
        self.load_period(self.period_id)
        self.report_changed.emit(self.report)

    def _export(self, kind: str) -> None:
        if not self.flush():
            return
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
        }
        revision = self.report.revision if self.report else 1
        name = f"BC-tong-hop-{self.period_id}-lan{revision}.{kind}"
        if kind == "xlsx":
            name = f"tong-hop-{self.period_id}.xlsx"
        folder = self._export_dir or Path.home()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the consolidated report"), str(folder / name), filters[kind]
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != f".{kind}":
            out = out.with_name(f"{out.name}.{kind}")
        if kind == "xlsx":
            plan, period_id = self.plan, self.period_id

            def work(_progress):
                return consolidated_export.write_xlsx(plan, period_id, out)
        else:
            report = self._ensure_report()
            write = getattr(consolidated_export, f"write_{kind}")

            def work(_progress):
                return write(report, out)

        self.save_label.setText(self.tr("Writing the file…"))
        run_task(work, lambda _result, error: self._on_export_done(out, error), parent=self)

    def _on_export_done(self, out: Path, error: BaseException | None) -> None:
        if error is not None:
            reason = user_message(error)
            self.save_label.setText(self.tr("Not written"))
            self.warn(fmt(self.tr("The file could not be written: %1"), reason))
            return
        self._export_dir = out.parent
        self.save_label.setText(fmt(self.tr("Saved: %1"), out))
        self.reload()  # exporting starts the draft when there was none

    def print_report(self) -> int:
        """Print the consolidated report as its PDF (Ctrl+P); the number of pages printed."""
        if not self.flush():
            return 0
        report = self._ensure_report()
        title = fmt(self.tr("Consolidated report %1"), period_label(self.period_id))
        try:
            return print_pdf(self, title, lambda out: consolidated_export.write_pdf(report, out))
        except UserError as exc:
            self.warn(user_message(exc))
            return 0

    # Events

    def hideEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().closeEvent(event)
