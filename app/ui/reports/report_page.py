"""The report editor's page of one revision: the implementing plan, the entries beside the
shown entry, and the buttons of the report's workflow. The editor wires them; this builds them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.ui.kit.screen_fit import scrolling
from app.ui.reports.entry_form import (
    EntryForm,
    EntryListModel,
    ImplementationPlanBox,
    entry_list_view,
)


class ReportPage(QWidget):
    """One revision's widgets; what they show and allow is set by the report editor."""

    def __init__(self, agency_code: str, parent=None):
        super().__init__(parent)
        self.impl_box = ImplementationPlanBox()

        self.model = EntryListModel(self)
        self.entries = entry_list_view(self.model)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        keys_hint = QLabel(self.tr("Alt+↑ / Alt+↓: previous / next duty · Ctrl+S: save now"))
        keys_hint.setStyleSheet("color: palette(mid);")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.entries, 1)
        left_layout.addWidget(self.missing_label)
        left_layout.addWidget(keys_hint)
        self.form = EntryForm(agency_code)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        # Scrolls on a small screen (1366×768 with a taskbar) rather than pushing the
        # sign-off buttons and the status bar below the bottom edge.
        splitter.addWidget(scrolling(self.form))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([480, 720])

        self.save_label = QLabel()
        self.submit_button = QPushButton(self.tr("S&ubmit for sign-off"))
        self.sign_button = QPushButton(self.tr("S&ign off…"))
        self.amend_button = QPushButton(self.tr("Amend (ne&w revision)…"))
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.print_button = QPushButton(self.tr("Prin&t…"))
        self.print_button.setToolTip(self.tr("Print the report's PDF pages (Ctrl+P)"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_label, 1)
        for button in (self.submit_button, self.sign_button, self.amend_button):
            bottom.addWidget(button)
        bottom.addSpacing(12)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.print_button)

        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.impl_box)
        page.addWidget(splitter, 1)
        page.addLayout(bottom)
