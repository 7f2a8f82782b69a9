"""The agency register dialog: list, add, rename, retire with a successor, delete a mistake."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.services.catalogue import register
from app.services.core.vocabulary import AgencyKind
from app.services.core.wire.register import RegisterAgency
from app.services.workstation.profile import Workstation
from app.ui.catalogue.agency_model import AgencyFilter, AgencyTableModel
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, kind_label
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.saving import save_in_task
from app.ui.kit.screen_fit import fit_to_screen
from app.ui.kit.texts import choice_of


class AgencyRegisterDialog(QDialog):
    """Only the consolidating workstation edits; elsewhere the register is read-only."""

    def __init__(self, station: Workstation, editable: bool, actor: str | None = None, parent=None):
        super().__init__(parent)
        self.station, self.actor = station, actor
        self.editable = editable
        self.setWindowTitle(self.tr("Agency register"))
        self.model = AgencyTableModel(self)
        self.reads = LatestRead(self)  # the register, read in a task; a later read wins
        self.status = QLabel()
        self.proxy = AgencyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by code or name, e.g. “y te” or SYT"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_phrase)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.rename_button = QPushButton(self.tr("&Rename…"))
        self.retire_button = QPushButton(self.tr("Re&tire or hand over…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.change_buttons = (
            self.add_button,
            self.rename_button,
            self.retire_button,
            self.delete_button,
        )
        buttons = QHBoxLayout()
        for button in self.change_buttons:
            button.setEnabled(False)  # until the register has been read
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.status)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        fit_to_screen(self, 1100, 600)
        self.search.setFocus()

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.retire_button.clicked.connect(self._on_retire_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.reload()

    def reload(self) -> None:
        """Read the register off the UI thread; the status says so until the rows arrive."""
        self._set_busy(self.tr("Loading the agency register…"))
        self.reads.run(
            lambda _progress: register.entries(), self._on_register_read, self._on_failed
        )

    def _set_busy(self, text: str) -> None:
        self.status.setText(text)
        for button in self.change_buttons:
            button.setEnabled(False)

    def _set_ready(self) -> None:
        self.status.setText(self.tr("%n agency(ies)", "", self.model.rowCount()))
        for button in self.change_buttons:
            button.setEnabled(self.editable)

    def _on_register_read(self, rows: list[RegisterAgency]) -> None:
        chosen = self.selected_code()
        self.model.set_rows(rows)
        self._set_ready()
        if chosen is not None:
            self._select(chosen)

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(
            fmt(self.tr("The agency register could not be read: %1"), user_message(error))
        )

    def _select(self, code: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.code_at(row) == code:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return

    def selected_code(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.code_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _run(self, action) -> None:
        """Run a register change in a task (a hand-over moves an agency's duties and history,
        many rows); the buttons wait meanwhile, so a second click starts nothing. A refusal
        is shown in plain words and changes nothing; then the register is read again."""
        self.status.setText(self.tr("Saving the change…"))
        save_in_task(
            self, action, lambda _result: self.reload(), self._on_refused, self.change_buttons
        )

    def _on_refused(self, error: BaseException) -> None:
        self._set_ready()
        QMessageBox.warning(self, self.windowTitle(), user_message(error))

    def _need_selection(self) -> str | None:
        code = self.selected_code()
        if code is None:
            QMessageBox.information(self, self.windowTitle(), self.tr("Select an agency first."))
        return code

    def _on_add_button_clicked(self) -> None:
        form = AgencyForm(self.tr("Add an agency"), parent=self)
        if form.exec():
            self._run(lambda: register.add(self.station, *form.values(), actor=self.actor))

    def _on_rename_button_clicked(self) -> None:
        code = self._need_selection()
        if code is None:
            return
        agency = self.model.entry(code)
        form = AgencyForm(fmt(self.tr("Rename %1"), code), agency, parent=self)
        if form.exec():
            _, name_vi, name_en, _ = form.values()
            self._run(
                lambda: register.rename(self.station, code, name_vi, name_en, actor=self.actor)
            )

    def _on_retire_button_clicked(self) -> None:
        code = self._need_selection()
        if code is None:
            return
        successors = [a for a in self.model.rows if a.active and a.code != code]
        form = RetireForm(code, successors, parent=self)
        if form.exec():
            on, successor = form.values()
            self._run(lambda: register.retire(self.station, code, on, successor, actor=self.actor))

    def _on_delete_button_clicked(self) -> None:
        code = self._need_selection()
        if code is None:
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            fmt(self.tr("Delete %1? Only an agency added by mistake can be deleted."), code),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: register.delete(self.station, code, actor=self.actor))


class AgencyForm(QDialog):
    def __init__(self, title: str, agency: RegisterAgency | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.code = QLineEdit(agency.code if agency else "")
        self.code.setEnabled(agency is None)
        self.name_vi = QLineEdit(agency.name_vi if agency else "")
        self.name_en = QLineEdit(agency.name_en if agency else "")
        self.kind = QComboBox()
        for kind in AgencyKind:
            self.kind.addItem(kind_label(kind), str(kind))
        if agency:
            self.kind.setCurrentIndex(self.kind.findData(agency.kind))
            self.kind.setEnabled(False)
        form = QFormLayout(self)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Vietnamese name"), self.name_vi)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Kind"), self.kind)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(520, 0)

    def values(self) -> tuple[str, str, str, str]:
        return (self.code.text(), self.name_vi.text(), self.name_en.text(), self.kind.currentData())


class RetireForm(QDialog):
    """`successors`: the active agencies that may take over, as the register dialog read them."""

    def __init__(self, code: str, successors: list[RegisterAgency], parent=None):
        super().__init__(parent)
        self.setWindowTitle(fmt(self.tr("Retire %1"), code))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        self.successor = QComboBox()
        self.successor.addItem(self.tr("(no successor)"), None)
        for agency in successors:
            self.successor.addItem(choice_of(agency, agency.code), agency.code)
        form = QFormLayout(self)
        form.addRow(self.tr("Retired on"), self.date)
        form.addRow(self.tr("Duties and history go to"), self.successor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[date, str | None]:
        return self.date.date().toPython(), self.successor.currentData()
