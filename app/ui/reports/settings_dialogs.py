"""Settings dialogs: how documents are headed (Decree 30) and when reports are due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import due_dates, periods
from app.services.catalogue.plan_info import PlanInfo
from app.services.catalogue.register import AgencyInfo
from app.services.core import audit
from app.services.reports import doc_settings
from app.services.reports.doc_settings import DocSettings
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, error_text, fit_height, hint_label, ok_cancel
from app.ui.kit.errors import user_message
from app.ui.kit.labels import capitalised, fmt, format_date, period_label
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.saving import save_in_task


def with_hint(field: QWidget, hint: str) -> QWidget:
    """A field with its explanation right under it, so the two read as one row."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(hint_label(hint))
    return box


def _read_settings(station: Workstation) -> tuple[AgencyInfo, DocSettings]:
    """Runs off the UI thread: the agency (its names make the defaults) and what is saved."""
    agency = station.agency
    return agency, doc_settings.load(agency)


class DocumentSettingsDialog(QDialog):
    """The heading, number symbol, place, signature block and recipients of the reports."""

    def __init__(self, station: Workstation, actor: str | None, parent=None):
        super().__init__(parent)
        self.station, self.agency = station, None  # the agency is read with the settings
        self.actor = actor
        self.setWindowTitle(self.tr("Document settings"))
        intro = QLabel(
            self.tr(
                "How this agency's reports are headed and addressed, in the layout of Decree "
                "30/2020/NĐ-CP on administrative documents."
            )
        )
        intro.setWordWrap(True)
        self.parent_body = QLineEdit()
        self.agency_name = QLineEdit()
        self.abbreviation = QLineEdit()
        self.drafting_unit = QLineEdit()
        self.place = QLineEdit()
        self.head_title = QLineEdit()
        self.recipients = QPlainTextEdit()
        self.recipients.setTabChangesFocus(True)
        self.recipients.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.error = ErrorLabel()

        form = QFormLayout()
        rows = (
            (self.tr("Parent body"), self.parent_body,
             self.tr("First line of the heading, top left (Decree 30).")),
            (self.tr("Agency name as printed"), self.agency_name,
             self.tr("Under the parent body, in capitals.")),
            (self.tr("Abbreviation"), self.abbreviation,
             self.tr("In the report's number: “Số: 12/BC-SYT”.")),
            (self.tr("Drafting unit code"), self.drafting_unit,
             self.tr("After the abbreviation in a letter's number: “Số: 12/SNGV-VP”.")),
            (self.tr("Place"), self.place,
             self.tr("Before the date: “Quảng Ngãi, ngày 15 tháng 6 năm 2026”.")),
            (self.tr("Title of the head"), self.head_title,
             self.tr("A deputy signs on the head's behalf, e.g. “KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC”.")),
            (self.tr("Recipients"), self.recipients,
             self.tr("One per line, under “Nơi nhận:” at the bottom left.")),
        )  # fmt: skip
        for label, field, hint in rows:
            form.addRow(label, with_hint(field, hint))

        self.buttons = buttons = ok_cancel(self, self.tr("Save"))
        self.defaults_button = buttons.addButton(
            self.tr("Use the &defaults"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.defaults_button.setAutoDefault(False)
        self.defaults_button.clicked.connect(self._on_defaults_button_clicked)
        self.loading = hint_label(self.tr("Loading the saved settings…"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.loading)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_height(self, 640)
        # The saved settings are read in a task; until then the form waits, saying so (Cancel
        # still closes it).
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for button in (self.save_button, self.defaults_button):
            button.setEnabled(False)
        self.reads = LatestRead(self)
        self.reads.run(lambda _progress: _read_settings(station), self._on_loaded, self._failed)

    def _on_loaded(self, read: tuple[AgencyInfo, DocSettings]) -> None:
        self.agency, settings = read
        self.loading.hide()
        for button in (self.save_button, self.defaults_button):
            button.setEnabled(True)
        self._show(settings)
        self.parent_body.setFocus()

    def _failed(self, error: BaseException) -> None:
        self.loading.hide()
        self.error.show_error(user_message(error))

    def _show(self, settings: DocSettings) -> None:
        self.parent_body.setText(settings.parent_body)
        self.agency_name.setText(settings.agency_name)
        self.abbreviation.setText(settings.abbreviation)
        self.drafting_unit.setText(settings.drafting_unit)
        self.place.setText(settings.place)
        self.head_title.setText(settings.head_title)
        self.recipients.setPlainText("\n".join(settings.recipients))

    def values(self) -> DocSettings:
        lines = self.recipients.toPlainText().splitlines()
        return DocSettings(
            parent_body=self.parent_body.text().strip(),
            agency_name=self.agency_name.text().strip(),
            abbreviation=self.abbreviation.text().strip(),
            place=self.place.text().strip(),
            head_title=self.head_title.text().strip(),
            recipients=tuple(line.strip() for line in lines if line.strip()),
            drafting_unit=self.drafting_unit.text().strip(),
        )

    def _on_defaults_button_clicked(self) -> None:
        self._show(doc_settings.defaults(self.agency))

    def accept(self) -> None:
        settings = self.values()
        fields = (settings.parent_body, settings.agency_name, settings.abbreviation)
        if not all(fields + (settings.place, settings.head_title)):
            self.error.show_error(self.tr("Fill in every field; only the recipients may wait."))
            return
        actor, station = self.actor, self.station
        save_in_task(
            self,
            lambda: doc_settings.save(station, settings, actor),
            self._on_saved,
            lambda error: self.error.show_error(error_text(error)),
            (self.buttons,),
        )

    def _on_saved(self, _result) -> None:
        super().accept()


class DueDatesDialog(QDialog):
    """The consolidating workstation's due dates: a default rule and per-period dates.

    Changes are kept here until OK, so Cancel leaves everything as it was. What is saved is
    read in a task as the dialog opens (until then it says so), and saved in one.
    """

    def __init__(self, station: Workstation, plan: PlanInfo, actor: str | None, parent=None):
        super().__init__(parent)
        self.station, self.plan = station, plan
        self.actor = actor
        self.setWindowTitle(self.tr("Report due dates"))
        self.periods: list = []
        self.saved_days = 0
        self.holidays: tuple = ()
        self.saved_tracked_from = None
        self.overridden: set[str] = set()
        self.changes: dict[str, date | None] = {}

        intro = QLabel(
            self.tr(
                "A report is due a number of working days after its period's cut-off; weekends "
                "and Vietnamese public holidays (Tết, Hùng Kings' day, 30/4, 1/5, 2/9) are "
                "skipped. One period's date can also be set outright."
            )
        )
        intro.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setRange(0, 60)
        days_row = QHBoxLayout()
        days_row.addWidget(QLabel(self.tr("Reports are due")))
        days_row.addWidget(self.days)
        days_row.addWidget(QLabel(self.tr("working days after the cut-off")))
        days_row.addStretch(1)
        # Periods before the office used the app are not followed up: no rate, no reminder.
        self.tracked_from = QComboBox()
        tracked_row = QHBoxLayout()
        tracked_row.addWidget(QLabel(self.tr("Follow up reports from")))
        tracked_row.addWidget(self.tracked_from)
        tracked_row.addWidget(QLabel(self.tr("(earlier periods: not tracked)")))
        tracked_row.addStretch(1)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Period"), self.tr("Covers"), self.tr("Due date"), self.tr("Rule")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.due_edit = QDateEdit()
        self.due_edit.setDisplayFormat("dd/MM/yyyy")
        self.due_edit.setCalendarPopup(True)
        self.default_button = QPushButton(self.tr("Use the &default"))
        self.default_button.setAutoDefault(False)
        due_row = QHBoxLayout()
        due_row.addWidget(QLabel(self.tr("Due date of the selected period")))
        due_row.addWidget(self.due_edit)
        due_row.addWidget(self.default_button)
        due_row.addStretch(1)
        self.error = ErrorLabel()
        self.loading = hint_label(self.tr("Loading the due dates…"))
        self.buttons = ok_cancel(self, self.tr("Save"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(days_row)
        layout.addLayout(tracked_row)
        layout.addWidget(self.loading)
        layout.addWidget(self.table)
        layout.addLayout(due_row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 560)

        self.days.valueChanged.connect(self._on_days_value_changed)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.due_edit.dateChanged.connect(self._on_due_edit_date_changed)
        self.default_button.clicked.connect(self._on_default_button_clicked)
        # Until the dates are read nothing can be changed or saved; Cancel still closes.
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._held = (save_button, self.days, self.tracked_from, self.table)
        for widget in (*self._held, self.due_edit, self.default_button):
            widget.setEnabled(False)
        self.reads = LatestRead(self)
        self.reads.run(lambda _progress: due_dates.read(plan), self._on_read, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self.loading.hide()
        self.error.show_error(user_message(error))

    def _on_read(self, saved: due_dates.DueDates) -> None:
        self.loading.hide()
        self.periods = list(saved.periods)
        self.saved_days = saved.working_days
        self.holidays = saved.holidays
        self.saved_tracked_from = saved.tracked_from
        self.overridden = {
            p.id
            for p in self.periods
            if p.due != periods.add_working_days(p.end, self.saved_days, self.holidays)
        }
        self.days.blockSignals(True)
        self.days.setValue(self.saved_days)
        self.days.blockSignals(False)
        for period in self.periods:
            self.tracked_from.addItem(capitalised(period_label(period.id)), period.id)
        self.tracked_from.setCurrentIndex(max(0, self.tracked_from.findData(saved.tracked_from)))
        self.table.setRowCount(len(self.periods))
        for widget in self._held:
            widget.setEnabled(True)
        self._fill()
        self.table.selectRow(self._current_row())
        self.days.setFocus()

    def _current_row(self) -> int:
        today = audit.today()
        upcoming = [i for i, p in enumerate(self.periods) if p.due >= today]
        return upcoming[0] if upcoming else len(self.periods) - 1

    def due_of(self, row: int) -> tuple[date, bool]:
        """The date a period will have after OK, and whether it is set by hand."""
        period = self.periods[row]
        if period.id in self.changes:
            chosen = self.changes[period.id]
            if chosen is not None:
                return chosen, True
        elif period.id in self.overridden:
            return period.due, True
        return periods.add_working_days(period.end, self.days.value(), self.holidays), False

    def _fill(self) -> None:
        default_rule = fmt(self.tr("Default: %1 working days"), self.days.value())
        for row, period in enumerate(self.periods):
            due, by_hand = self.due_of(row)
            label = period_label(period.id)
            texts = (
                label[:1].upper() + label[1:],
                f"{format_date(period.start)} – {format_date(period.end)}",
                format_date(due),
                self.tr("Set for this period") if by_hand else default_rule,
            )
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _on_days_value_changed(self, _value: int) -> None:
        self._fill()
        self._on_table_item_selection_changed()

    def _on_table_item_selection_changed(self) -> None:
        row = self._selected_row()
        self.due_edit.setEnabled(row is not None)
        self.default_button.setEnabled(row is not None)
        if row is None:
            return
        due, _ = self.due_of(row)
        self.due_edit.blockSignals(True)
        self.due_edit.setMinimumDate(QDate(self.periods[row].end))
        self.due_edit.setDate(QDate(due))
        self.due_edit.blockSignals(False)

    def _on_due_edit_date_changed(self, value: QDate) -> None:
        row = self._selected_row()
        if row is not None:
            self.changes[self.periods[row].id] = value.toPython()
            self._fill()

    def _on_default_button_clicked(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.changes[self.periods[row].id] = None
            self._fill()
            self._on_table_item_selection_changed()

    def accept(self) -> None:
        if not self.periods:  # not read yet (or the read failed): nothing to save
            return
        days = self.days.value()
        chosen = self.tracked_from.currentData()
        arguments = (
            self.station,
            self.plan,
            days if days != self.saved_days else None,
            dict(self.changes),
            chosen if chosen != self.saved_tracked_from else None,
            self.actor,
        )
        # Every changed period's date, the rule and the log: several rows, in a task.
        save_in_task(
            self,
            lambda: due_dates.save(*arguments),
            self._on_saved,
            lambda error: self.error.show_error(error_text(error)),
            (self.buttons,),
        )

    def _on_saved(self, _result) -> None:
        super().accept()
