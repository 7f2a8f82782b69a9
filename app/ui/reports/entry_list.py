"""The report editor's list of entries: reference, duty and status, a missing status in bold
red."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView

from app.services.core.vocabulary import EntryStatus
from app.services.reports.report_view import EntryRow
from app.ui.kit.labels import entry_status_label, pick
from app.ui.kit.row_height import keep_capital_marks

REF_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_COLOUR = QColor("#b00020")


class EntryListModel(QStandardItemModel):
    """The entries of one report: reference, duty, status (a missing status in bold red)."""

    def __init__(self, parent=None):
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Ref."), self.tr("Duty"), self.tr("Status")])

    def set_views(self, views: list[EntryRow]) -> None:
        self.removeRows(0, self.rowCount())
        for view in views:
            text = " ".join(pick(view.duty.text_vi, view.duty.text_en).split())
            ref_item, duty_item, status_item = (
                QStandardItem(view.duty.ref),
                QStandardItem(text),
                QStandardItem(),
            )
            ref_item.setData(view.duty.ref, REF_ROLE)
            duty_item.setToolTip(text)
            for item in (ref_item, duty_item, status_item):
                item.setEditable(False)
            self.appendRow([ref_item, duty_item, status_item])
            self.update_view(view)

    def update_view(self, view: EntryRow) -> None:
        row = self.row_of(view.duty.ref)
        if row < 0:
            return
        status = view.entry.status
        item = self.item(row, 2)
        item.setText(entry_status_label(status))
        font = QFont()
        font.setBold(not status)
        item.setFont(font)
        item.setForeground(QBrush(MISSING_COLOUR) if not status else QBrush())
        self.item(row, 0).setFont(font)

    def row_of(self, ref: str) -> int:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(REF_ROLE) == ref:
                return row
        return -1

    def ref_at(self, row: int) -> str | None:
        return self.item(row, 0).data(REF_ROLE) if 0 <= row < self.rowCount() else None


def entry_list_view(model: EntryListModel) -> QTreeView:
    """A flat, row-selecting view of the entries: the reference and status sized to fit."""
    view = QTreeView()
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setUniformRowHeights(True)
    keep_capital_marks(view)  # uniform rows take the first row's height: make it tall enough
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = view.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
    header.resizeSection(2, status_column_width(view))
    return view


def status_column_width(view: QTreeView) -> int:
    """Room for the longest status label, in bold (a missing status is bold): sized to the
    statuses shown, the column cut the last letter of "Thực hiện thường xuyên"."""
    bold = QFont(view.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    widest = max(metrics.horizontalAdvance(entry_status_label(s)) for s in (None, *EntryStatus))
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return widest + 2 * margin + 8
