"""The part every flat table model shares: row and column counts, translated column titles."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.services.core.text import matches

_ROOT = QModelIndex()


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
