"""The part every flat table model shares: row and column counts, translated column titles."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QHeaderView

from app.services.core.text import matches

_ROOT = QModelIndex()
# Columns are as wide as their contents in this many rows, not in every row: measuring ten years
# of a province's received reports stalled the window on each reload.
CONTENTS_PRECISION = 200


class TitledTableModel(QAbstractTableModel):
    """Subclasses set CONTEXT and COLUMN_TITLES (marked with QT_TRANSLATE_NOOP in CONTEXT),
    say how many rows they hold in row_count(), and serve data()."""

    CONTEXT = ""
    COLUMN_TITLES: tuple[str, ...] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMN_TITLES)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMN_TITLES[section])
        return None


class PhraseFilter(QSortFilterProxyModel):
    """Keeps the rows whose texts (`row_texts`) contain the phrase, ignoring accents and case."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.phrase = ""

    def set_phrase(self, phrase: str) -> None:
        self.beginFilterChange()
        self.phrase = phrase
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def row_texts(self, source_row: int) -> tuple[str, ...]:
        raise NotImplementedError

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        return not self.phrase.strip() or matches(self.phrase, *self.row_texts(source_row))


class KeyedSortFilter(QSortFilterProxyModel):
    """Sorts by the source model's `sort_keys` (per row, one key per column), read directly:
    through data() every comparison crossed into Python twice, which stalled the window when
    thousands of rows were sorted at each reload."""

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        keys, column = self.sourceModel().sort_keys, left.column()
        return keys[left.row()][column] < keys[right.row()][column]


def fit_columns_to_contents(header: QHeaderView) -> None:
    """Columns as wide as their contents in the first rows, the last one stretched."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(CONTENTS_PRECISION)
    header.setStretchLastSection(True)
