"""DoFA's "Consolidated report" tab: the pre-filled report, DoFA's own writing, the changes
received since, sign-off and the files (PDF, Word, Excel), and the reminder letters.

The pre-filled content (agencies' passages, attributed) is read-only here; DoFA writes a summary
per section and the overall assessment, saved as typed (as in the report editor).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue.plan_info import PlanInfo
from app.services.consolidation import consolidated_view
from app.services.consolidation.consolidated_view import ASSESSMENT, OPENING, ConsolidatedState
from app.services.core.errors import UserError
from app.services.workstation.profile import Workstation
from app.ui.consolidation.consolidated_changes import ChangesPanel
from app.ui.consolidation.consolidated_dialogs import ConsolidatedSignDialog
from app.ui.consolidation.consolidated_files import ConsolidatedFiles
from app.ui.consolidation.consolidated_preview import build_preview
from app.ui.consolidation.consolidated_state import state_text
from app.ui.consolidation.consolidated_writing import WritingArea
from app.ui.consolidation.edit_conflict import ask_reload
from app.ui.kit.autosave import AutosaveTimer
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, format_date, period_label
from app.ui.kit.saving import save_in_task
from app.ui.kit.screen_fit import scrolling
from app.ui.kit.tasks import run_task
from app.ui.kit.texts import clock_now

__all__ = ["ASSESSMENT", "OPENING", "ConsolidatedEditor"]


class ConsolidatedEditor(QWidget):
    """One period's consolidated report; signed revisions are shown read-only."""

    report_changed = Signal(object)  # ConsolidatedState: saved, signed, amended
    reminders_requested = Signal(str)  # period id

    def __init__(self, station: Workstation, plan: PlanInfo, actor: str | None, parent=None):
        super().__init__(parent)
        self.station, self.plan, self.actor = station, plan, actor
        self.state: ConsolidatedState | None = None  # None: nothing saved for the period yet
        self.loading = False  # the period's texts are on their way from a task
        self._dirty: set[str] = set()
        self._seen: dict[str, str] = {}  # each part as this window last showed or saved it
        self._loading = False
        self._generation = 0  # of the preview being built off the UI thread
        self._autosave = AutosaveTimer(self.flush, self)
        self.files = ConsolidatedFiles(self)

        self.loading = True  # first the plan's periods and sections, then the period's texts
        self.period_combo = QComboBox()  # filled with the first read (_on_frame_read)
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        writing = self.editors_area = WritingArea()
        self.editors = writing.editors  # filled with the first read
        own = QGroupBox(self.tr("Your writing"))
        self.writing_area = scrolling(writing)
        QVBoxLayout(own).addWidget(self.writing_area)
        self.changes = ChangesPanel(station, plan, actor)
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
        self._connect()
        writing.edited.connect(self._on_editor_text_changed)
        # Until the plan's periods and sections are read, there is no period to act on.
        self._period_buttons = (self.pdf_button, self.docx_button, self.xlsx_button,
                                self.print_button, self.reminders_button)  # fmt: skip
        for button in self._period_buttons:
            button.setEnabled(False)
        self._show_state()
        run_task(
            lambda _progress: consolidated_view.editor_frame(plan),
            self._on_frame_read,
            parent=self,
        )

    def _on_frame_read(self, frame, error: BaseException | None) -> None:
        if error is not None:
            self.warn(user_message(error))
            return
        self.editors_area.add_parts(frame.sections)
        for period in reversed(frame.periods):
            dates = f"{format_date(period.start)} – {format_date(period.end)}"
            self.period_combo.addItem(f"{period_label(period.id)} ({dates})", period.id)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(frame.current_period)))
        # Connected after choosing the period, so that it is loaded once, here.
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_current_index_changed)
        for button in self._period_buttons:
            button.setEnabled(True)
        self.load_period(self.period_combo.currentData())

    def _connect(self) -> None:
        self.changes.decided.connect(self._on_changes_decided)
        self.changes.refused.connect(self.warn)
        self.sign_button.clicked.connect(self._on_sign_button_clicked)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.pdf_button.clicked.connect(lambda: self.files.export("pdf"))
        self.print_button.clicked.connect(self.print_report)
        QShortcut(
            QKeySequence.StandardKey.Print,
            self,
            self.print_report,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.docx_button.clicked.connect(lambda: self.files.export("docx"))
        self.xlsx_button.clicked.connect(lambda: self.files.export("xlsx"))
        self.reminders_button.clicked.connect(lambda: self.reminders_requested.emit(self.period_id))

    # Public

    @property
    def period_id(self) -> str:
        return self.period_combo.currentData()

    def warn(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Plan Tracker"), message)

    def flush(self) -> bool:
        """Write DoFA's pending text now; False if the service refused (the user was told)."""
        self._autosave.saving()
        if not self._dirty:
            return True
        dirty, self._dirty = self._dirty, set()
        started = self.state is None
        texts = {key: self.editors[key].toPlainText() for key in dirty}
        # On the UI thread on purpose: the text of one or two parts, median 1.0 ms, p95 1.2 ms
        # (bench/ui_thread_writes.py), no more than a task's round trip, and the callers
        # (leaving the tab, signing, printing) need to know at once that it was saved.
        try:
            saved = consolidated_view.save_own_texts(
                self.station, self.plan, self.period_id, texts, self.actor, self._seen
            )
        except UserError as exc:
            self.save_label.setText(self.tr("Not saved"))
            self.warn(user_message(exc))
            return False
        self.state = saved.state
        self._seen.update(saved.saved)
        if saved.conflicts:  # another officer saved one of these parts first
            return self._settle(saved.conflicts)
        self.save_label.setText(fmt(self.tr("Saved at %1"), clock_now()))
        self._show_state()
        # A new draft has its changes panel now; a later save changes the preview only.
        self._refresh(with_changes=started)
        self.report_changed.emit(self.state)
        return True

    def _settle(self, conflicts) -> bool:
        """Reload what other officers saved (the default), or save this window's text over it."""
        self.save_label.setText(self.tr("Not saved"))
        for key, conflict in conflicts:
            if ask_reload(self, conflict, self.editors[key].toPlainText()):
                self.load_period(self.period_id)
                self.save_label.setText(self.tr("Reloaded: the text on record is shown"))
                return False
            self._seen[key] = conflict.theirs  # seen now: the next save writes over it
            self._dirty.add(key)
        return self.flush()

    def load_period(self, period_id: str) -> None:
        """Show the period's report: its texts, state and preview come from a task."""
        self.state = None
        self.loading = True
        self._set_texts(None)
        self.save_label.setText(self.tr("Loading…"))
        self._show_state()
        self._refresh(with_changes=True)

    def reload(self) -> None:
        """Show the report's state, text and changes again (after an import, a decision)."""
        self._refresh(with_changes=True)

    # Inside

    def _set_texts(self, state: ConsolidatedState | None) -> None:
        self._dirty.clear()
        self._loading = True
        for key, editor in self.editors.items():
            if state is None:
                editor.setPlainText("")
            elif key == ASSESSMENT:
                editor.setPlainText(state.assessment)
            else:
                editor.setPlainText(state.summaries.get(key, ""))
            # What this window showed: a save is checked against it (another officer's).
            self._seen[key] = editor.toPlainText()
        self._loading = False

    def _take_others_texts(self, state: ConsolidatedState) -> None:
        """Show what other officers saved in the parts this window has not touched since it
        showed them; a part being written here keeps its text (its save is checked)."""
        self._loading = True
        for key, editor in self.editors.items():
            on_record = state.assessment if key == ASSESSMENT else state.summaries.get(key, "")
            untouched = key not in self._dirty and editor.toPlainText() == self._seen.get(key)
            if untouched and on_record != self._seen.get(key):
                editor.setPlainText(on_record)
                self._seen[key] = on_record
        self._loading = False

    def _show_state(self) -> None:
        state = self.state
        editable = not self.loading and (state is None or state.editable)
        for editor in self.editors.values():
            editor.setReadOnly(not editable)
        self.sign_button.setEnabled(editable)
        self.amend_button.setEnabled(not self.loading and not editable)
        self.state_label.setText(state_text(self.state, self.loading))

    def _refresh(self, with_changes: bool) -> None:
        """Read the report's state and rebuild the preview (and the changes panel) off the UI
        thread.

        Both read every agency's latest report of the period: at province scale that takes
        seconds, which must not freeze typing. A refresh asked for meanwhile supersedes this one.
        """
        self._generation += 1
        generation = self._generation
        plan, period_id = self.plan, self.period_id
        font, ui_thread = self.preview.font(), self.thread()

        def work(_progress):
            return build_preview(plan, period_id, with_changes, (font, ui_thread))

        run_task(
            work,
            lambda result, error: self._on_refreshed(generation, period_id, result, error),
            parent=self,
        )

    def _on_refreshed(self, generation, period_id, result, error) -> None:
        if generation != self._generation or period_id != self.period_id:
            return  # a later refresh is on its way
        if error is not None:
            self.warn(user_message(error))
            return
        document, data = result
        if self.loading:
            self.loading = False
            self._set_texts(data.state)
            self.save_label.clear()
        elif data.state is not None:
            self._take_others_texts(data.state)
        if not self._dirty:  # text typed meanwhile is saved soon, with the state it returns
            self.state = data.state
        self._show_state()
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        document.setParent(self.preview)  # the preview deletes the document it replaces
        self.preview.setDocument(document)
        bar.setValue(position)
        if data.state is None:
            self.changes.load(None, [])
        elif data.changes is not None:
            self.changes.load(data.state, data.changes)

    def _on_editor_text_changed(self, key: str) -> None:
        if self._loading or self.editors[key].isReadOnly():
            return
        self._dirty.add(key)
        self._autosave.changed()
        self.save_label.setText(self.tr("Saving…"))

    def _on_period_combo_current_index_changed(self, _index: int) -> None:
        self.flush()
        self.load_period(self.period_id)

    def _on_changes_decided(self) -> None:
        self.reload()
        self.report_changed.emit(self.state)

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
        if self.state is None:  # an assessment is typed, so flush() has saved the draft
            return
        # The changes the panel lists, as of the last refresh: reading them again would take
        # the agencies' reports again, here on the UI thread.
        pending = len(self.changes.changes)
        dialog = ConsolidatedSignDialog(self.plan, self.state, self.station, pending, self)
        if dialog.exec():
            self.state = dialog.report
            self._show_state()
            self.reload()
            self.report_changed.emit(self.state)
        elif dialog.changed_meanwhile:  # what another officer saved: shown before signing
            self.load_period(self.period_id)
            self.save_label.setText(self.tr("Reloaded: the text on record is shown"))

    def _on_amend_button_clicked(self) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Amend the signed consolidated report"),
            fmt(
                self.tr(
                    "Revision %1 is signed and stays as it is. A new revision will be made "
                    "for your changes.\nReason for the change (required):"
                ),
                self.state.revision,
            ),
        )
        if not ok:
            return
        plan, period_id, actor, station = self.plan, self.period_id, self.actor, self.station
        # A new revision copies the signed one: in a task, the amend button held meanwhile.
        save_in_task(
            self,
            lambda: consolidated_view.amend(station, plan, period_id, reason, actor),
            self._on_amended,
            lambda error: self.warn(user_message(error)),
            (self.amend_button,),
        )

    def _on_amended(self, amended) -> None:
        self.load_period(self.period_id)
        self.report_changed.emit(amended)

    def print_report(self) -> None:
        """Print the consolidated report as its PDF (Ctrl+P); the number of pages printed."""
        self.files.print_report()

    # Events

    def hideEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().closeEvent(event)
