"""The agencies × periods matrix as a lazy table model: status words, colours, tooltips, totals.

The rows come from one dashboard.matrix() query; filters work on them in memory, and the
view gets rows in batches as it scrolls (canFetchMore/fetchMore), so no row costs anything
before it is shown. Totals follow the agency-kind filter, never the status filter: "missing
only" still shows how many of the kind reported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.services.catalogue.periods import Period
from app.services.core import labels as words
from app.services.core.status_colours import DASHBOARD_COLOURS
from app.services.core.vocabulary import Channel, DashboardStatus
from app.services.dashboard import dashboard
from app.services.dashboard.dashboard import Cell, Totals
from app.ui.kit.labels import fmt, format_date, mid_sentence, ui_language
from app.ui.kit.texts import name_of

CONTEXT = "Dashboard"
BATCH = 100
ALL = ""
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_label(status: str) -> str:
    return words.label_of(DashboardStatus, status, ui_language())


def channel_label(channel: str | None) -> str:
    """How the report came, in the middle of a sentence ("Revision 2, paper or plain email")."""
    return mid_sentence(words.label_of(Channel, channel, ui_language()))


def day_text(iso: str | None) -> str:
    """ "2026-12-18T10:05:00+07:00" → "18/12/2026"."""
    return format_date(datetime.fromisoformat(iso)) if iso else ""


def cell_text(cell: Cell) -> str:
    """ "On time", "Late · rev. 2", "On time · paper"."""
    parts = [status_label(cell.status)]
    if cell.revision and cell.revision > 1:
        parts.append(fmt(QCoreApplication.translate("Dashboard", "rev. %1"), cell.revision))
    if cell.paper_received_on is not None:  # also when a bundle came after the paper copy
        parts.append(QCoreApplication.translate("Dashboard", "paper"))
    if cell.reminded_at and cell.status in (
        DashboardStatus.MISSING,
        DashboardStatus.LATE,
        DashboardStatus.NOT_DUE,
    ):
        parts.append(QCoreApplication.translate("Dashboard", "reminded"))
    return " · ".join(parts)


def cell_tooltip(cell: Cell, agency_name: str, period: Period) -> str:
    lines = [f"{agency_name} — {period.id}", status_label(cell.status)]
    if cell.revision is not None:
        lines.append(
            fmt(
                QCoreApplication.translate("Dashboard", "Revision %1, %2"),
                cell.revision,
                channel_label(cell.channel),
            )
        )
        signed = QCoreApplication.translate("Dashboard", "Signed %1 · received %2")
        lines.append(fmt(signed, day_text(cell.signed_at), day_text(cell.received_at) or "—"))
    if cell.paper_received_on is not None:
        lines.append(
            fmt(
                QCoreApplication.translate("Dashboard", "Paper copy received %1, signed %2"),
                format_date(cell.paper_received_on),
                format_date(cell.paper_signed_on),
            )
        )
    lines.append(fmt(QCoreApplication.translate("Dashboard", "Due %1"), format_date(period.due)))
    if cell.reminded_at:
        lines.append(
            fmt(
                QCoreApplication.translate("Dashboard", "Reminder sent %1"),
                day_text(cell.reminded_at),
            )
        )
    return "\n".join(lines)


def totals_lines(total: Totals) -> tuple[str, str]:
    """ "9/41 received (22.0%)", "4 on time" (the decimal sign as the language writes it)."""
    if not total.tracked:
        return QCoreApplication.translate("Dashboard", "Not tracked"), ""
    rate = QLocale().toString(total.rate, "f", 1)
    return (
        fmt(
            QCoreApplication.translate("Dashboard", "%1/%2 received (%3%)"),
            total.received,
            total.expected,
            rate,
        ),
        fmt(QCoreApplication.translate("Dashboard", "%1 on time"), total.on_time),
    )


def totals_text(total: Totals) -> str:
    return " · ".join(line for line in totals_lines(total) if line)


@dataclass
class AgencyRow:
    code: str
    name_vi: str
    name_en: str
    kind: str
    cells: list[Cell]

    @property
    def name(self) -> str:
        return name_of(self)


class MatrixModel(QAbstractTableModel):
    """Column 0 the agency; then one column per period, oldest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.periods: list[Period] = []
        self.rows: list[AgencyRow] = []
        self.kind, self.status = ALL, ALL
        self.matching: list[AgencyRow] = []  # rows that pass the filters
        self.fetched = 0  # how many of them the view has asked for
        self.column_totals: list[Totals] = []

    # Loading and filtering

    def load(self, periods: list[Period], rows: list[AgencyRow]) -> None:
        self.beginResetModel()
        self.periods, self.rows = periods, rows
        self._refilter()
        self.endResetModel()

    def set_filter(self, kind: str, status: str) -> None:
        """Kind limits rows and totals; status limits rows by the last (chosen) period."""
        self.beginResetModel()
        self.kind, self.status = kind, status
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        of_kind = [r for r in self.rows if self.kind in (ALL, r.kind)]
        self.matching = [r for r in of_kind if self.status in (ALL, r.cells[-1].status)]
        self.fetched = min(BATCH, len(self.matching))
        self.column_totals = [
            dashboard.totals([r.cells[c] for r in of_kind]) if of_kind else Totals(p.id, 0, 0, 0)
            for c, p in enumerate(self.periods)
        ]

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802
        return not parent.isValid() and self.fetched < len(self.matching)

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802
        more = min(BATCH, len(self.matching) - self.fetched)
        if more <= 0:
            return
        self.beginInsertRows(_ROOT, self.fetched, self.fetched + more - 1)
        self.fetched += more
        self.endInsertRows()

    def fetch_all(self) -> None:
        while self.canFetchMore():
            self.fetchMore()

    # Reading

    def row_of(self, row: int) -> AgencyRow:
        return self.matching[row]

    def cell_at(self, index: QModelIndex) -> tuple[AgencyRow, Cell, Period] | None:
        if not index.isValid() or index.column() == 0:
            return None
        row = self.matching[index.row()]
        column = index.column() - 1
        return row, row.cells[column], self.periods[column]

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.fetched

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 1 + len(self.periods)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("Dashboard", "Agency")
            period = self.periods[section - 1]
            due = fmt(QCoreApplication.translate("Dashboard", "due %1"), format_date(period.due))
            lines = totals_lines(self.column_totals[section - 1])
            # The due date on a line of its own keeps the columns narrow enough for 1366 px.
            return "\n".join([period.id, due, *(line for line in lines if line)])
        if role == Qt.ItemDataRole.FontRole and section == len(self.periods):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.matching[index.row()]
        if index.column() == 0:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row.code} — {row.name}"
            return None
        cell = row.cells[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(DASHBOARD_COLOURS[cell.status].background)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(DASHBOARD_COLOURS[cell.status].text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell, row.name, self.periods[index.column() - 1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == STATUS_ROLE:
            return cell.status
        return None
