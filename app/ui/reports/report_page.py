"""The report editor's page of one revision: the implementing plan, the entries beside the
shown entry, and the buttons of the report's workflow. The editor wires them; this builds them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from app.ui.kit.labels import fmt
from app.ui.kit.screen_fit import scrolling
from app.ui.reports.entry_form import EntryForm
from app.ui.reports.entry_list import EntryListModel, entry_list_view
from app.ui.reports.implementation_plan_box import ImplementationPlanBox


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

    def tab_chain(self) -> list[QWidget]:
        """The page's fields and buttons in the order Tab moves through them."""
        form, impl = self.form, self.impl_box
        return [
            impl.number, impl.dated, impl.date, impl.title, self.entries,
            form.status, form.progress, form.results, form.difficulties, form.proposals,
            form.attachments, form.add_button, form.remove_button, form.open_button,
            self.submit_button, self.sign_button, self.amend_button, self.export_button,
            self.print_button,
        ]  # fmt: skip

    def allow(self, shown: bool, latest: bool, editable: bool, draft: bool) -> None:
        """What the shown revision allows (nothing while none is shown)."""
        self.impl_box.set_editable(editable)
        self.form.set_editable(editable)
        self.submit_button.setEnabled(draft)
        self.sign_button.setEnabled(editable)
        self.amend_button.setEnabled(latest and not editable)
        self.export_button.setEnabled(shown)
        self.print_button.setEnabled(shown)

    def show_missing(self, views: list) -> None:
        """The duties of the shown entries that have no status, in red (the editor's words)."""
        # A signed revision's entries are its signed content, not the rows beside it.
        missing = [v.duty.ref for v in views if not v.entry.status]
        if missing:
            text = fmt(QCoreApplication.translate("ReportEditor", "Missing status: %1"),
                       ", ".join(missing))  # fmt: skip
            self.missing_label.setText(f"<span style='color:#b00020'><b>{text}</b></span>")
        else:  # no entries at all: a signed content that does not verify shows none
            every = QCoreApplication.translate("ReportEditor", "Every duty has a status.")
            self.missing_label.setText(every if views else "")
