"""The main window: menus, status line, and the tabs (duties, report, activity log)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget

from app import __version__
from app.services.core import writer_lock
from app.services.workstation.profile import Workstation
from app.ui.exchange.exchange_menu import ExchangeMenu
from app.ui.kit import tasks
from app.ui.kit.labels import fmt, format_date, is_english, pick
from app.ui.kit.lazy_tab import LazyTab
from app.ui.kit.screen_fit import fit_to_screen
from app.ui.workstation.backup_menu import BackupMenu

if TYPE_CHECKING:
    from app.ui.accounts.audit_view import AuditLogView
    from app.ui.catalogue.duty_browser import DutyBrowser
    from app.ui.help.guide_window import GuideWindow
    from app.ui.reports.report_editor import ReportEditor
    from app.ui.window_frame import WindowFrame

# Dialogs, DoFA's screens and the report editor are imported where they are first used: the
# window paints sooner when it loads only what its first screen shows.


class MainWindow(QMainWindow):
    language_chosen = Signal(str)

    def __init__(self, station: Workstation, account=None, parent=None, *, frame: WindowFrame):
        """`frame`: the plan and the agency, read off the UI thread (window_frame.py)."""
        super().__init__(parent)
        self._after_first_paint: list[Callable[[], object]] = []
        self._first_screen: LazyTab | None = None  # built right after the first paint
        self._first_read: object = None  # the first screen, until its first read is done
        self._first_read_watched = False
        self.station = station
        self.account = account
        self.actor = account.login if account else None
        self.frame = frame
        self.plan_info = frame.plan  # screens hold no peewee row
        agency = frame.agency
        # Each screen is built when its tab is first opened (or asked for), not at start.
        self.browser_tab = LazyTab(self._build_browser)
        self.report_tab = LazyTab(self._build_editor)
        self.audit_tab = LazyTab(self._build_audit_view)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.browser_tab, self.tr("&Duties"))
        self.tabs.addTab(self.report_tab, self.tr("&Report"))
        self.tabs.addTab(self.audit_tab, self.tr("Ac&tivity log"))
        self.setCentralWidget(self.tabs)
        self.setWindowTitle(fmt(self.tr("Plan Tracker — %1"), pick(agency.name_vi, agency.name_en)))
        self.guide: GuideWindow | None = None
        self._build_menus()
        self._build_status(agency)
        self._connect()
        if station.consolidating:
            from app.ui.workstation.office_watch import OfficeWatch

            self.office_watch = OfficeWatch(self)  # other officers' imports appear here
        # A long write (an import, a sign-off) waiting for another program says so.
        writer_lock.set_wait_notice(lambda: tasks.call_on_ui_thread(self._show_waiting))
        fit_to_screen(self, 1280, 800)

    def after_first_paint(self, work: Callable[[], object]) -> None:
        """Run `work` on the UI thread once the window has first painted."""
        self._after_first_paint.append(work)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self._after_first_paint or self._first_screen is not None:
            QTimer.singleShot(0, self, self._on_first_paint_done)  # once this paint is done

    def _on_first_paint_done(self) -> None:
        # The first screen before the rest, its read in a task too: the tasks below would share
        # its processor time.
        first, self._first_screen = self._first_screen, None
        if first is not None:
            self._first_read = first.content
        if getattr(self._first_read, "loading", False):
            if not self._first_read_watched:
                self._first_read_watched = True
                QTimer.singleShot(5, self, self._on_first_read_watched)
            return
        works, self._after_first_paint = self._after_first_paint, []
        for work in works:
            work()

    def _on_first_read_watched(self) -> None:
        self._first_read_watched = False
        self._on_first_paint_done()

    def build_first_screen_after_paint(self) -> None:
        """The tab in front is built once the window has painted (a start shows the window
        without waiting for its first screen), before what waits for that paint."""
        first = self.tabs.currentWidget()
        if isinstance(first, LazyTab):
            first.build_after_first_paint()
            self._first_screen = first

    @property
    def browser(self) -> DutyBrowser:
        return self.browser_tab.content

    @property
    def editor(self) -> ReportEditor:
        return self.report_tab.content

    def reload_report(self) -> None:
        """Show the report's new state (after a send, a reply) if its tab was opened."""
        if self.report_tab.is_built:
            self.editor.reload()

    @property
    def audit_view(self) -> AuditLogView:
        return self.audit_tab.content

    def _build_browser(self) -> DutyBrowser:
        from app.ui.catalogue.duty_browser import DutyBrowser

        return DutyBrowser(self.plan_info, self.station.agency_code)  # reads in a task

    def _build_audit_view(self) -> AuditLogView:
        from app.ui.accounts.audit_view import AuditLogView

        return AuditLogView()

    def _build_editor(self) -> ReportEditor:
        from app.ui.reports.report_editor import ReportEditor

        editor = ReportEditor(self.station, self.plan_info, self.actor)
        editor.sign_off_requested.connect(self._on_editor_sign_off_requested)
        editor.report_changed.connect(self._on_editor_report_changed)
        return editor

    def _connect(self) -> None:
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _action(self, menu, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = self._action(file_menu, self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.backups = BackupMenu(self, file_menu)  # backup actions and the status-bar line

        registers_menu = self.menuBar().addMenu(self.tr("Re&gisters"))
        self.agencies_action = self._action(
            registers_menu,
            self.tr("&Agency register…"),
            self._on_agencies_action_triggered,
            "Ctrl+Shift+A",
        )
        self._action(
            registers_menu, self.tr("Acc&ounts…"), self._on_accounts_triggered, "Ctrl+Shift+U"
        )
        self._action(
            registers_menu,
            self.tr("&Document heading and recipients…"),
            self._on_document_settings_triggered,
        )
        self._action(
            registers_menu,
            self.tr("Outgoing &register (issue numbers)…"),
            self._on_outgoing_register_triggered,
            "Ctrl+Shift+O",
        )
        self._action(
            registers_menu,
            self.tr("Digital &signatures (USB token)…"),
            self._on_digital_signatures_triggered,
        )
        if self.station.consolidating:
            self._action(
                registers_menu, self.tr("D&ue dates of reports…"), self._on_due_dates_triggered
            )
        self.exchange = ExchangeMenu(self)  # the Exchange menu, its tabs and bundle drops
        self.consolidation = None
        if self.station.consolidating:
            from app.ui.consolidation.consolidation_menu import ConsolidationMenu
            from app.ui.dashboard.dofa_overview import OverviewTabs

            self.consolidation = ConsolidationMenu(self)  # the consolidated report, reminders
            self.overview = OverviewTabs(self)  # the Dashboard and Duty view tabs, in front

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(label, self, checkable=True)
            action.setChecked(is_english() == (code == "en"))
            action.setData(code)
            group.addAction(action)
            language_menu.addAction(action)
        group.triggered.connect(self._on_language_group_triggered)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&User guide"), lambda: self.show_guide("index"))
        self._action(help_menu, self.tr("Guide to &this screen"), self._on_help_for_screen, "F1")
        self._action(help_menu, self.tr("&About Plan Tracker"), self._on_about_triggered)

    def _build_status(self, agency) -> None:
        role = (
            self.tr("Consolidating workstation")
            if self.station.consolidating
            else self.tr("Agency workstation")
        )
        plan = self.plan_info
        plan = fmt(self.tr("Plan %1 of %2"), plan.number_symbol, format_date(plan.date))
        parts = [pick(agency.name_vi, agency.name_en), role, plan]
        if self.account is not None:
            parts.insert(0, fmt(self.tr("Signed in: %1"), self.account.full_name))
        self.status_label = QLabel(" · ".join(parts))
        self.statusBar().addWidget(self.status_label)

    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.audit_tab:
            self.audit_view.reload()

    def _on_editor_sign_off_requested(self, report) -> None:
        self.editor.flush()
        from app.ui.reports.sign_dialog import SignDialog

        if SignDialog(self.plan_info, report, self.station, self).exec():
            self.editor.reload()

    def _show_waiting(self) -> None:
        if shiboken6.isValid(self):  # the notice may come after the window has gone
            self.statusBar().showMessage(
                self.tr("Another Plan Tracker program is writing to this profile; waiting…"),
                15000,
            )

    def _on_editor_report_changed(self, _report) -> None:
        self.statusBar().showMessage(self.tr("Report saved"), 3000)

    def _on_agencies_action_triggered(self) -> None:
        from app.ui.catalogue.agency_register import AgencyRegisterDialog

        AgencyRegisterDialog(
            self.station, editable=self.station.consolidating, actor=self.actor, parent=self
        ).exec()

    def _on_accounts_triggered(self) -> None:
        from app.ui.accounts.accounts_dialog import AccountsDialog

        AccountsDialog(self.station, self.actor or "", self).exec()

    def _on_document_settings_triggered(self) -> None:
        from app.ui.reports.settings_dialogs import DocumentSettingsDialog

        DocumentSettingsDialog(self.station, self.actor, self).exec()

    def _on_outgoing_register_triggered(self) -> None:
        from app.ui.outgoing.register_dialog import OutgoingRegisterDialog  # built when opened

        OutgoingRegisterDialog(self.station, self).exec()
        self.reload_report()  # an issued report's state line shows its number and date

    def _on_digital_signatures_triggered(self) -> None:
        from app.ui.reports.esign_dialog import DigitalSignatureDialog

        DigitalSignatureDialog(self.station, self).exec()

    def _on_due_dates_triggered(self) -> None:
        from app.ui.reports.settings_dialogs import DueDatesDialog

        if DueDatesDialog(self.station, self.plan_info, self.actor, self).exec():
            self.reload_report()

    def _on_language_group_triggered(self, action: QAction) -> None:
        self.language_chosen.emit(action.data())

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Plan Tracker"),
            "<h3>"
            + escape(self.tr("Plan Tracker"))
            + f" {__version__}</h3><p>"
            + escape(pick(self.plan_info.title_vi, self.plan_info.title_en))
            + "</p>",
        )

    def screen_page(self) -> str:
        """The user guide's page for the tab in front (F1)."""
        current = self.tabs.currentWidget()
        # format: the user guide's page names, not words of the domain
        pages = {
            self.browser_tab: "duties",
            self.report_tab: "report",
            self.audit_tab: "activity-log",
        }
        if self.station.consolidating:
            pages[self.overview.dashboard_tab] = "dashboard"
            pages[self.overview.duty_view_tab] = "duty-view"
            pages[self.exchange.received_tab] = "received"  # format: a guide page
            pages[self.exchange.ledger_tab] = "import"
            pages[self.exchange.conflicts_tab] = "import"
            pages[self.consolidation.tab] = "consolidated"  # format: a guide page
        else:
            pages[self.exchange.sent_tab] = "send"
        return pages.get(current, "index")

    def show_guide(self, page: str) -> GuideWindow:
        if self.guide is None:
            from app.ui.help.guide_window import GuideWindow

            self.guide = GuideWindow(self)
        self.guide.show_page(page)
        return self.guide

    def _on_help_for_screen(self) -> None:
        self.show_guide(self.screen_page())

    def closeEvent(self, event) -> None:  # noqa: N802
        # Whatever was typed in the last second is written before the window goes.
        if self.report_tab.is_built:
            self.editor.flush()
        if self.backups.back_up_before_closing(self.close):
            event.ignore()  # closed again once the exit's automatic backup is written
            return
        super().closeEvent(event)
