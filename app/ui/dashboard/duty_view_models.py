"""Table models of the duty view: one duty across agencies, and progress by section."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.services.core import labels as words
from app.services.core.status_colours import BUCKET_COLOURS, ENTRY_COLOURS
from app.services.core.vocabulary import DutyBucket, DutyRole, EntryStatus
from app.services.dashboard.dashboard import Cell
from app.services.dashboard.duty_view import BUCKETS, SectionProgress, SideEntry
from app.ui.dashboard.dashboard_model import cell_text, day_text
from app.ui.kit.labels import entry_status_label, fmt, pick, role_label, ui_language
from app.ui.kit.table_model import TitledTableModel
from app.ui.kit.texts import elided, name_of

CONTEXT = "DutyView"
_ROOT = QModelIndex()
SIDE_COLUMNS = (
    QT_TRANSLATE_NOOP("DutyView", "Agency"),
    QT_TRANSLATE_NOOP("DutyView", "Role"),
    QT_TRANSLATE_NOOP("DutyView", "Status"),
    QT_TRANSLATE_NOOP("DutyView", "Progress"),
    QT_TRANSLATE_NOOP("DutyView", "Results"),
    QT_TRANSLATE_NOOP("DutyView", "Difficulties"),
    QT_TRANSLATE_NOOP("DutyView", "Proposals"),
    QT_TRANSLATE_NOOP("DutyView", "Evidence"),
    QT_TRANSLATE_NOOP("DutyView", "Revision"),
)
PROGRESS_COLUMNS = (
    QT_TRANSLATE_NOOP("DutyView", "Section"),
    QT_TRANSLATE_NOOP("DutyView", "Title"),
    QT_TRANSLATE_NOOP("DutyView", "Duties"),
)
# The side table colours the two statuses that call for a look: done and stalled.
MARKED_STATUSES = (EntryStatus.DONE, EntryStatus.STALLED)
TEXT_CHARS = 120


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def bucket_label(bucket: DutyBucket) -> str:
    """A status's label (the domain's, as everywhere), or that no report has one yet."""
    return words.label(bucket, ui_language())


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class SideBySideModel(TitledTableModel):
    """One row per responsible agency; a row without an entry says why (the dashboard status)."""

    CONTEXT = CONTEXT
    COLUMN_TITLES = SIDE_COLUMNS

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: list[SideEntry] = []

    def load(self, entries: list[SideEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def full_text(self, row: int, column: int) -> str:
        side = self.entries[row]
        if column == 0:
            return name_of(side)
        if column == 1:
            return role_label(side.role)
        if column == 2:
            if side.reported:
                return entry_status_label(side.status)
            return cell_text(Cell(side.agency, "", side.cell_status))
        if not side.reported:
            return ""
        if column == 3:
            return "" if side.progress is None else f"{side.progress}%"
        if column in (4, 5, 6):
            return (side.results, side.difficulties, side.proposals)[column - 4]
        if column == 7:
            return ", ".join(a.name for a in side.attachments)
        return fmt(
            QCoreApplication.translate("DutyView", "%1, signed %2"),
            side.revision,
            day_text(side.signed_at),
        )

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        side = self.entries[row]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.full_text(row, column)
            return elided(text, TEXT_CHARS) if column in (4, 5, 6) else text
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self.full_text(row, column)
            return f"{side.agency} — {text}" if column == 0 else text or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not side.reported:
                return QColor(BUCKET_COLOURS[DutyBucket.NOT_REPORTED])
            if column == 2 and side.status in MARKED_STATUSES:
                return QColor(ENTRY_COLOURS[side.status])
        if role == Qt.ItemDataRole.FontRole and column == 0 and side.role == DutyRole.LEAD:
            return _bold()
        return None

    def row_count(self) -> int:
        return len(self.entries)


class ProgressModel(QAbstractTableModel):
    """Per section and item: duties, then one column per bucket."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[SectionProgress] = []

    def load(self, rows: list[SectionProgress]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(PROGRESS_COLUMNS) + len(BUCKETS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section < len(PROGRESS_COLUMNS):
                return tr(PROGRESS_COLUMNS[section])
            return bucket_label(BUCKETS[section - len(PROGRESS_COLUMNS)])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return row.label
            if column == 1:
                return pick(row.title_vi, row.title_en)
            if column == 2:
                return row.duties
            return row.count(BUCKETS[column - len(PROGRESS_COLUMNS)])
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return pick(row.title_vi, row.title_en)
        if role == Qt.ItemDataRole.FontRole and row.item is None:
            return _bold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column >= len(PROGRESS_COLUMNS):
            return QColor(BUCKET_COLOURS[BUCKETS[column - len(PROGRESS_COLUMNS)]])
        return None
