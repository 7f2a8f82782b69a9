"""The part every flat table model shares: row and column counts, translated column titles."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

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
