"""The agency register as a table model (code, names, kind, state)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from app.services.core.wire.register import RegisterAgency
from app.ui.kit.labels import fmt, format_date, kind_label
from app.ui.kit.table_model import PhraseFilter, TitledTableModel

COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("AgencyTableModel", "Code"),
    QT_TRANSLATE_NOOP("AgencyTableModel", "Vietnamese name"),
    QT_TRANSLATE_NOOP("AgencyTableModel", "English name"),
    QT_TRANSLATE_NOOP("AgencyTableModel", "Kind"),
    QT_TRANSLATE_NOOP("AgencyTableModel", "State"),
)

_ROOT = QModelIndex()


class AgencyTableModel(TitledTableModel):
    """Rows are plain snapshots of the register, handed over by set_rows() (the dialog reads
    the register in a task, when it opens and after every change)."""

    CONTEXT = "AgencyTableModel"
    COLUMN_TITLES = COLUMN_TITLES

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[RegisterAgency] = []

    def set_rows(self, rows: list[RegisterAgency]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        # Returning None for roles we do not serve is what Qt expects; the PySide6 pin in
        # pyproject.toml keeps this safe on Python 3.11 (see tests/test_table_regression.py).
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return row.code
        if column == 1:
            return row.name_vi
        if column == 2:
            return row.name_en
        if column == 3:
            return kind_label(row.kind)
        return self.state_text(row)

    def state_text(self, row: RegisterAgency) -> str:
        if row.active:
            return self.tr("Active")
        text = fmt(self.tr("Retired %1"), format_date(row.retired_on))
        if row.successor:
            text += " → " + row.successor
        return text

    def code_at(self, row: int) -> str:
        return self.rows[row].code

    def entry(self, code: str) -> RegisterAgency | None:
        return next((row for row in self.rows if row.code == code), None)

    def row_count(self) -> int:
        return len(self.rows)


class AgencyFilter(PhraseFilter):
    """Keeps the agencies whose code or names contain the phrase, ignoring accents and case."""

    def row_texts(self, source_row: int) -> tuple[str, ...]:
        row = self.sourceModel().rows[source_row]
        return row.code, row.name_vi, row.name_en
