"""The agency's own implementing plan, above the report's entries: number, date and title."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QGroupBox, QHBoxLayout, QLineEdit

from app.ui.accounts.login_dialog import buddy_label
from app.ui.reports.entry_form import readable_when_disabled

NO_DATE = QDate(2000, 1, 1)  # the date box's minimum, shown blank


class ImplementationPlanBox(QGroupBox):
    """The plan the agency issued to carry out this one: number, date (optional) and title."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("The agency's own implementing plan"), parent)
        self._loading = False
        self._saved: tuple[str, date | None, str] = ("", None, "")
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 45/KH-SYT"))
        self.dated = QCheckBox(self.tr("dat&ed"))
        self.date = QDateEdit()
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText(" ")  # the minimum shows as blank: no date given
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the plan is about"))
        for widget in (self.number, self.date, self.title):
            readable_when_disabled(widget)
        self._editable = False
        layout = QHBoxLayout(self)
        layout.addWidget(buddy_label(self.tr("&No.:"), self.number))
        layout.addWidget(self.number, 1)
        layout.addWidget(self.dated)
        layout.addWidget(self.date)
        layout.addSpacing(8)
        layout.addWidget(buddy_label(self.tr("&Title:"), self.title))
        layout.addWidget(self.title, 4)
        self.number.textEdited.connect(self._on_field_edited)
        self.title.textEdited.connect(self._on_field_edited)
        self.date.dateChanged.connect(self._on_field_edited)
        self.dated.toggled.connect(self._on_dated_toggled)

    def load(self, number: str, issued: date | None, title: str) -> None:
        self._loading = True
        try:
            self.number.setText(number)
            self.dated.setChecked(issued is not None)
            self.date.setDate(QDate(issued) if issued else NO_DATE)
            self.title.setText(title)
        finally:
            self._loading = False
        self.set_editable(self._editable)
        self.mark_saved()

    def values(self) -> tuple[str, date | None, str]:
        issued = self.date.date().toPython() if self.dated.isChecked() else None
        return self.number.text().strip(), issued, self.title.text().strip()

    def changed(self) -> bool:
        """Whether the shown values differ from those last loaded or saved."""
        return self.values() != self._saved

    def mark_saved(self) -> None:
        self._saved = self.values()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        for widget in (self.number, self.dated, self.title):
            widget.setEnabled(editable)
        self.date.setEnabled(editable and self.dated.isChecked())

    def _on_field_edited(self, *_args) -> None:
        if not self._loading:
            self.edited.emit()

    def _on_dated_toggled(self, checked: bool) -> None:
        self.date.setEnabled(checked and self._editable)
        if not self._loading:
            self.date.setDate(QDate.currentDate() if checked else NO_DATE)
        self._on_field_edited()
