"""The consolidating workstation's overview tabs: "Dashboard" (first) and "Duty view".

Kept out of main_window.py like the Exchange menu: the window makes one OverviewTabs when it
is DoFA's, and this object puts the two tabs in front and refreshes them when they are shown
(imports and paper reports happen elsewhere meanwhile).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.ui.dashboard.dashboard import DashboardView
from app.ui.kit.lazy_tab import LazyTab

if TYPE_CHECKING:  # imported when its tab is first opened
    from app.ui.dashboard.duty_view import DutyView


class OverviewTabs(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dashboard = DashboardView(window.plan_info, window.actor)
        self.duty_view_tab = LazyTab(self._build_duty_view, lambda view: view.reload())
        window.tabs.insertTab(0, self.dashboard, self.tr("D&ashboard"))
        window.tabs.insertTab(1, self.duty_view_tab, self.tr("Duty &view"))
        window.tabs.setCurrentIndex(0)
        window.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _build_duty_view(self) -> DutyView:
        from app.ui.dashboard.duty_view import DutyView

        return DutyView(self.window.plan_info)

    @property
    def duty_view(self) -> DutyView:
        """The duty view (built now if its tab was never opened)."""
        return self.duty_view_tab.content

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.window.tabs.widget(index) is self.dashboard:
            self.dashboard.reload()
