"""The main window: menus, status line, and the duty browser as the first screen."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from app import __version__
from app.services import catalogue, register
from app.services.profile import Workstation
from app.ui.agency_register import AgencyRegisterDialog
from app.ui.duty_browser import DutyBrowser
from app.ui.labels import fmt, format_date, is_english, pick


class MainWindow(QMainWindow):
    language_chosen = Signal(str)

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.plan = catalogue.active_plan()
        agency = station.agency
        names = {a.code: pick(a.name_vi, a.name_en) for a in register.agencies()}
        self.browser = DutyBrowser(self.plan, station.agency_code, names, self)
        self.setCentralWidget(self.browser)
        self.setWindowTitle(fmt(self.tr("Plan Tracker — %1"), pick(agency.name_vi, agency.name_en)))
        self._build_menus()
        self._build_status(agency)
        self.resize(1280, 800)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        registers_menu = self.menuBar().addMenu(self.tr("&Registers"))
        self.agencies_action = QAction(self.tr("&Agency register…"), self)
        self.agencies_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.agencies_action.triggered.connect(self._on_agencies_action_triggered)
        registers_menu.addAction(self.agencies_action)

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
        about = QAction(self.tr("&About Plan Tracker"), self)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _build_status(self, agency) -> None:
        role = (
            self.tr("Consolidating workstation")
            if self.station.consolidating
            else self.tr("Agency workstation")
        )
        plan = fmt(self.tr("Plan %1 of %2"), self.plan.number_symbol, format_date(self.plan.date))
        text = f"{pick(agency.name_vi, agency.name_en)} · {role} · {plan}"
        self.status_label = QLabel(text)
        self.statusBar().addWidget(self.status_label)

    def _on_agencies_action_triggered(self) -> None:
        AgencyRegisterDialog(editable=self.station.consolidating, parent=self).exec()

    def _on_language_group_triggered(self, action: QAction) -> None:
        self.language_chosen.emit(action.data())

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Plan Tracker"),
            "<h3>"
            + escape(self.tr("Plan Tracker"))
            + f" {__version__}</h3><p>"
            + escape(pick(self.plan.title_vi, self.plan.title_en))
            + "</p>",
        )
