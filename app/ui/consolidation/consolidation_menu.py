"""The consolidating workstation's "Consolidation" menu and "Consolidated report" tab.

Kept out of main_window.py: the window makes one ConsolidationMenu after its Exchange menu; on
an agency workstation it adds nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence

from app.ui.kit.lazy_tab import LazyTab

if TYPE_CHECKING:  # both are imported when first opened, not to paint the window
    from app.ui.consolidation.consolidated_editor import ConsolidatedEditor
    from app.ui.dashboard.reminders_dialog import RemindersDialog


class ConsolidationMenu(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.tab: LazyTab | None = None
        if not window.station.consolidating:
            return
        # Built when first opened: at province scale its pre-fill reads every agency's report.
        self.tab = LazyTab(self._build_editor, lambda editor: editor.reload())
        window.tabs.addTab(self.tab, self.tr("Con&solidated report"))
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
        window.installEventFilter(self)

    @property
    def editor(self) -> ConsolidatedEditor | None:
        """The consolidated report's editor (built now if its tab was never opened)."""
        return self.tab.content if self.tab is not None else None

    def _build_editor(self) -> ConsolidatedEditor:
        from app.ui.consolidation.consolidated_editor import ConsolidatedEditor

        editor = ConsolidatedEditor(self.window.station, self.window.plan_info, self.window.actor)
        editor.reminders_requested.connect(self.open_reminders)
        return editor

    def open_reminders(self, period_id: str | None = None) -> RemindersDialog:
        period_id = period_id or self.editor.period_id
        from app.ui.dashboard.reminders_dialog import RemindersDialog

        dialog = RemindersDialog(
            self.window.station, self.window.plan_info, period_id, self.window.actor, self.window
        )
        dialog.exec()
        return dialog

    def _on_report_action_triggered(self) -> None:
        self.window.tabs.setCurrentWidget(self.tab)

    def _on_reminders_action_triggered(self) -> None:
        self.open_reminders()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        closing = watched is self.window and event.type() == QEvent.Type.Close
        if closing and self.tab.is_built:
            self.editor.flush()  # whatever was typed in the last second is kept
        return super().eventFilter(watched, event)
