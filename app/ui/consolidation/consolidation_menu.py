"""The consolidating workstation's "Consolidation" menu and "Consolidated report" tab.

Kept out of main_window.py: the window makes one ConsolidationMenu after its Exchange menu; on
an agency workstation it adds nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from app.ui.consolidation.consolidated_editor import ConsolidatedEditor
from app.ui.dashboard.reminders_dialog import RemindersDialog


class ConsolidationMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.editor: ConsolidatedEditor | None = None
        if not window.station.consolidating:
            return
        self.editor = ConsolidatedEditor(window.station, window.plan, window.actor)
        window.tabs.addTab(self.editor, self.tr("Con&solidated report"))
        self.menu = window.menuBar().addMenu(self.tr("&Consolidation"))
        for text, slot, shortcut in (
            (self.tr("&Consolidated report"), self._on_report_action_triggered, "Ctrl+Shift+R"),
            (self.tr("&Reminder letters…"), self._on_reminders_action_triggered, None),
        ):
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.menu.addAction(action)
        self.editor.reminders_requested.connect(self.open_reminders)
        window.tabs.currentChanged.connect(self._on_tabs_current_changed)
        window.installEventFilter(self)

    def open_reminders(self, period_id: str | None = None) -> RemindersDialog:
        period_id = period_id or self.editor.period_id
        dialog = RemindersDialog(
            self.window.station, self.window.plan, period_id, self.window.actor, self.window
        )
        dialog.exec()
        return dialog

    def _on_report_action_triggered(self) -> None:
        self.window.tabs.setCurrentWidget(self.editor)

    def _on_reminders_action_triggered(self) -> None:
        self.open_reminders()

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.window.tabs.widget(index) is self.editor:
            self.editor.reload()  # reports may have been imported meanwhile

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.editor.flush()  # whatever was typed in the last second is kept
        return super().eventFilter(watched, event)
