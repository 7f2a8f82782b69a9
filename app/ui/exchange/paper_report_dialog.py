"""Recording a report that came on paper or by plain email: agency, period, dates received and
signed."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.services.catalogue.periods import Period
from app.services.core.wire.register import RegisterAgency
from app.services.dashboard import paper
from app.services.dashboard.paper import PaperRecord
from app.services.workstation.profile import Workstation
from app.ui.kit.errors import user_message
from app.ui.kit.labels import capitalised, period_label
from app.ui.kit.saving import save_in_task
from app.ui.kit.texts import choice_of


def parse_day(text: str) -> date | None:
    """ "18/12/2026" → date(2026, 12, 18); None when it is not a real dd/mm/yyyy date."""
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        return None


class PaperReportDialog(QDialog):
    """Asks for the facts; the arrival date has no default, so it is never recorded by accident.
    The signing date is optional: left empty, the arrival date stands in."""

    def __init__(
        self,
        station: Workstation,
        agencies: list[RegisterAgency],
        periods: list[Period],
        agency_code: str | None = None,
        period_id: str | None = None,
        actor: str | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.station, self.actor = station, actor
        self.recorded: PaperRecord | None = None
        self.setWindowTitle(self.tr("Record a report received on paper"))
        self.agency_combo = QComboBox()
        for agency in agencies:
            self.agency_combo.addItem(choice_of(agency, agency.code), agency.code)
        self.period_combo = QComboBox()
        for period in reversed(periods):
            self.period_combo.addItem(capitalised(period_label(period.id)), period.id)
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        pattern = QRegularExpression(r"\d{0,2}/?\d{0,2}/?\d{0,4}")
        self.date_edit.setValidator(QRegularExpressionValidator(pattern, self))
        self.signed_edit = QLineEdit()
        self.signed_edit.setPlaceholderText(self.tr("dd/mm/yyyy, as on the paper copy"))
        self.signed_edit.setValidator(QRegularExpressionValidator(pattern, self))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        note = QLabel(
            self.tr(
                "For a report that came on paper or by plain email. It counts as received on "
                "the date it arrived, and on time when the paper copy was signed on or before "
                "the due date (left empty, the signing date is taken to be the arrival date). "
                "A bundle of the same report can still be imported later."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))

        form = QFormLayout()
        form.addRow(self.tr("&Agency:"), self.agency_combo)
        form.addRow(self.tr("&Period:"), self.period_combo)
        form.addRow(self.tr("&Received on:"), self.date_edit)
        form.addRow(self.tr("&Signed on:"), self.signed_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if agency_code:
            self.agency_combo.setCurrentIndex(max(0, self.agency_combo.findData(agency_code)))
        if period_id:
            self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(period_id)))
        self.date_edit.textChanged.connect(self._on_date_edit_text_changed)
        self.signed_edit.textChanged.connect(self._on_date_edit_text_changed)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self._on_date_edit_text_changed(self.date_edit.text())
        self.setMinimumWidth(520)

    def _on_date_edit_text_changed(self, _text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        signed = self.signed_edit.text().strip()
        ok.setEnabled(
            parse_day(self.date_edit.text()) is not None
            and (not signed or parse_day(signed) is not None)
        )
        self.error.hide()

    def _on_buttons_accepted(self) -> None:
        day = parse_day(self.date_edit.text())
        if day is None:
            self._refuse(self.tr("Write the date the report arrived as dd/mm/yyyy."))
            return
        signed = self.signed_edit.text().strip()
        signed_day = parse_day(signed) if signed else None
        if signed and signed_day is None:
            self._refuse(self.tr("Write the date the paper copy was signed as dd/mm/yyyy."))
            return
        facts = (
            self.station,
            self.agency_combo.currentData(),
            self.period_combo.currentData(),
            day,
            signed_day,
            self.actor,
        )
        # The report, its receipt and the log: in a task, the dialog held meanwhile.
        save_in_task(
            self,
            lambda: paper.record_paper(*facts),
            self._on_recorded,
            lambda error: self._refuse(user_message(error)),
            (self.buttons, self.agency_combo, self.period_combo),
        )

    def _on_recorded(self, recorded: PaperRecord) -> None:
        self.recorded = recorded
        self.accept()

    def _refuse(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
