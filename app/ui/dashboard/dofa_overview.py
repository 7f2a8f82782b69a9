"""The consolidating workstation's overview tabs: "Dashboard" (first) and "Duty view".

Kept out of main_window.py like the Exchange menu: the window makes one OverviewTabs when it
is DoFA's, and this object puts the two tabs in front; each screen is built when its tab is
first shown (the dashboard, in front, right after the window's first paint at a start) and
refreshed when shown again (imports and paper reports happen elsewhere meanwhile).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.ui.kit.lazy_tab import LazyTab

if TYPE_CHECKING:  # imported when their tabs are first opened
    from app.ui.dashboard.dashboard import DashboardView
    from app.ui.dashboard.duty_view import DutyView


class OverviewTabs(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dashboard_tab = LazyTab(self._build_dashboard, lambda view: view.reload())
        self.duty_view_tab = LazyTab(self._build_duty_view, lambda view: view.reload())
        window.tabs.insertTab(0, self.dashboard_tab, self.tr("D&ashboard"))
        window.tabs.insertTab(1, self.duty_view_tab, self.tr("Duty &view"))
        window.tabs.setCurrentIndex(0)

    def _build_dashboard(self) -> DashboardView:
        from app.ui.dashboard.dashboard import DashboardView

        return DashboardView(self.window.station, self.window.plan_info, self.window.actor)

    def _build_duty_view(self) -> DutyView:
        from app.ui.dashboard.duty_view import DutyView

        return DutyView(self.window.plan_info)

    @property
    def dashboard(self) -> DashboardView:
        """The dashboard (built now if its tab was never shown)."""
        return self.dashboard_tab.content

    @property
    def duty_view(self) -> DutyView:
        """The duty view (built now if its tab was never opened)."""
        return self.duty_view_tab.content
