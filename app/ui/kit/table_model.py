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
CONTENTS_PRECISION = 100


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


class KeySortedModel(TitledTableModel):
    """A table that sorts its own rows, in Python, by per-row keys (`sort_keys`: one key per
    column). Sorting thousands of rows in a proxy crossed into Python twice per comparison and
    froze the window at each reload; a Python sort of the keys takes milliseconds.

    Subclasses name in ROW_LISTS the attributes (lists, one item per row) kept in step with
    `sort_keys`, and call keep_sorted() when they have set new rows, inside their model reset.
    Put a SourceSortedFilter on top for filtering: it hands sorting down here."""

    ROW_LISTS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sort_keys: list[tuple] = []
        self.sort_column, self.sort_order = -1, Qt.SortOrder.AscendingOrder

    def _order(self) -> list[int]:
        column = self.sort_column
        return sorted(
            range(len(self.sort_keys)),
            key=lambda row: self.sort_keys[row][column],
            reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _permute(self, order: list[int]) -> None:
        for name in (*self.ROW_LISTS, "sort_keys"):
            rows = getattr(self, name)
            setattr(self, name, [rows[i] for i in order])

    def keep_sorted(self) -> None:
        if self.sort_column >= 0:
            self._permute(self._order())

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if column < 0 or not self.sort_keys:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        order_now = self._order()
        self._permute(order_now)
        moved = {old: new for new, old in enumerate(order_now)}
        after = [self.index(moved[index.row()], index.column()) for index in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()


class SourceSortedFilter(QSortFilterProxyModel):
    """A filter over a KeySortedModel: the view's sort requests go to the model, so this
    proxy keeps the model's order and never sorts itself."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def fit_columns_to_contents(header: QHeaderView) -> None:
    """Columns as wide as their contents in the first rows, the last one stretched; call again
    once the table is filled. Measured then only: a header that resizes to its contents
    measures again at every selection and filter change."""
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(CONTENTS_PRECISION)
    header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)
