"""Reports DoFA received in bundles: a list by agency and period, and the chosen one read-only."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue.register import AgencyName
from app.services.core.status_colours import IMPORT_COLOURS
from app.services.core.vocabulary import ImportStatus
from app.services.exchange import received_views
from app.services.exchange.received_views import ReceivedReport, ReceivedRevision
from app.services.workstation.profile import Workstation
from app.ui.exchange.received_detail import ReceivedReportPane
from app.ui.kit.errors import user_message
from app.ui.kit.labels import capitalised, fmt, period_label, report_status_label
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.table_model import KeySortedModel, SourceSortedFilter, fit_columns_to_contents
from app.ui.kit.texts import choice_of, name_of, when_text

CONTEXT = "ReceivedReports"
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("ReceivedReports", "Agency"),
    QT_TRANSLATE_NOOP("ReceivedReports", "Period"),
    QT_TRANSLATE_NOOP("ReceivedReports", "Revision"),
    QT_TRANSLATE_NOOP("ReceivedReports", "Status"),
    QT_TRANSLATE_NOOP("ReceivedReports", "Signed on"),
    QT_TRANSLATE_NOOP("ReceivedReports", "Received at"),
)
ALL_AGENCIES = ""
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ReceivedModel(KeySortedModel):
    """One row per received revision; the revision on record of each period is marked.
    The rows come from received_views.received_revisions(), read off the UI thread."""

    CONTEXT = CONTEXT
    COLUMN_TITLES = COLUMN_TITLES
    ROW_LISTS = ("reports",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.reports: list[ReceivedRevision] = []

    def set_reports(self, reports: list[ReceivedRevision]) -> None:
        self.beginResetModel()
        self.reports = reports
        self.sort_keys = [
            (
                report.agency.code,
                report.period_id,
                report.revision,
                report.status,
                report.signed_at or "",
                report.received_at or "",
            )
            for report in reports
        ]
        self.keep_sorted()
        self.endResetModel()

    def in_conflict(self, row: int) -> bool:
        return self.reports[row].in_conflict

    def is_latest(self, row: int) -> bool:
        return self.reports[row].on_record

    def row_of(self, report_id: int) -> int:
        return next((i for i, r in enumerate(self.reports) if r.id == report_id), -1)

    def agencies(self) -> list[AgencyName]:
        seen = {report.agency.code: report.agency for report in self.reports}
        return [seen[code] for code in sorted(seen)]

    def text(self, row: int, column: int) -> str:
        report = self.reports[row]
        if column == 0:
            return name_of(report.agency)
        if column == 1:
            return capitalised(period_label(report.period_id))
        if column == 2:
            if self.is_latest(row):
                return fmt(
                    QCoreApplication.translate("ReceivedReports", "%1 (latest)"), report.revision
                )
            return str(report.revision)
        if column == 3:
            if self.in_conflict(row):
                return QCoreApplication.translate(
                    "ReceivedReports", "In conflict: decide in the Conflicts tab"
                )
            return report_status_label(report.status)
        if column == 4:
            return when_text(report.signed_at)
        return when_text(report.received_at)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return choice_of(self.reports[row].agency, self.reports[row].agency.code)
            return self.text(row, column)
        if column == 3 and self.in_conflict(row):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(IMPORT_COLOURS[ImportStatus.CONFLICT].text)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(IMPORT_COLOURS[ImportStatus.CONFLICT].background)
        if role == Qt.ItemDataRole.FontRole and self.is_latest(row):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def row_count(self) -> int:
        return len(self.reports)


class ReceivedFilter(SourceSortedFilter):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.agency = ALL_AGENCIES
        self.latest_only = False

    def set_filter(self, agency: str, latest_only: bool) -> None:
        self.beginFilterChange()
        self.agency, self.latest_only = agency, latest_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if self.latest_only and not model.is_latest(source_row):
            return False
        return self.agency in (ALL_AGENCIES, model.reports[source_row].agency.code)


class ReceivedReportsView(QWidget):
    """The "Received reports" tab: choose a revision on the left, read it on the right."""

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.model = ReceivedModel(self)
        self.reads = LatestRead(self)  # the list, read in a task; a later reload wins
        self.proxy = ReceivedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.agency_combo = QComboBox()
        self.agency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        agency_label = QLabel(self.tr("&Agency:"))
        agency_label.setBuddy(self.agency_combo)
        self.latest_only = QCheckBox(self.tr("Latest re&visions only"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        fit_columns_to_contents(header)
        self.pane = ReceivedReportPane(station)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(agency_label)
        filters.addWidget(self.agency_combo, 1)
        left_layout.addLayout(filters)
        options = QHBoxLayout()
        options.addWidget(self.latest_only)
        options.addStretch(1)
        options.addWidget(self.count_label)
        options.addWidget(self.refresh_button)
        left_layout.addLayout(options)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.pane)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.agency_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.latest_only.toggled.connect(self._on_filter_changed)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.pane.report_returned.connect(self._on_pane_report_returned)
        self.reload()

    # Public

    def reload(self) -> None:
        """Re-read the received reports (after an import) off the UI thread, keeping the
        filter and the choice; the list says it is loading until they arrive."""
        self.refresh_button.setEnabled(False)
        self.count_label.setText(self.tr("Loading the received reports…"))
        if self.pane.shown_id is None:  # not the empty state's "nothing imported yet"
            self.pane.title.setText(self.tr("Loading the received reports…"))
            self.pane.body.clear()
        self.reads.run(
            lambda _progress: received_views.received_revisions(),
            self._on_reports_read,
            self._on_reports_failed,
        )

    def _on_reports_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.count_label.setText(
            fmt(self.tr("The received reports could not be read: %1"), user_message(error))
        )

    def _on_reports_read(self, reports: list[ReceivedRevision]) -> None:
        self.refresh_button.setEnabled(True)
        shown = self.pane.shown_id
        chosen = self.agency_combo.currentData() or ALL_AGENCIES
        self.model.set_reports(reports)
        fit_columns_to_contents(self.table.horizontalHeader())
        self.agency_combo.blockSignals(True)
        self.agency_combo.clear()
        self.agency_combo.addItem(self.tr("All agencies"), ALL_AGENCIES)
        for agency in self.model.agencies():
            self.agency_combo.addItem(choice_of(agency, agency.code), agency.code)
        self.agency_combo.setCurrentIndex(max(0, self.agency_combo.findData(chosen)))
        self.agency_combo.blockSignals(False)
        self._apply_filter()
        if shown is None or not self.select_report(shown):
            self._select_proxy_row(0)

    def select_report(self, report_id: int) -> bool:
        source_row = self.model.row_of(report_id)
        if source_row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self._select_proxy_row(index.row())
        return True

    def shown_report(self) -> ReceivedReport | None:
        return self.pane.report

    # Internals

    def _select_proxy_row(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            flags |= QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.proxy.index(row, 0), flags)
            self._show_current()
        else:
            self.pane.show_report(None)

    def _apply_filter(self) -> None:
        agency = self.agency_combo.currentData() or ALL_AGENCIES
        self.proxy.set_filter(agency, self.latest_only.isChecked())
        self.count_label.setText(
            fmt(self.tr("%1 of %2 revisions"), self.proxy.rowCount(), self.model.rowCount())
        )

    def _show_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.pane.show_report(None)
            return
        self.pane.show_report(self.model.reports[self.proxy.mapToSource(index).row()].id)

    def _on_filter_changed(self, *_args) -> None:
        shown = self.pane.shown_id
        self._apply_filter()
        if shown is None or not self.select_report(shown):
            self._select_proxy_row(0)

    def _on_refresh_button_clicked(self) -> None:
        self.reload()

    def _on_table_current_changed(self, _current, _previous) -> None:
        self._show_current()

    def _on_pane_report_returned(self, _report) -> None:
        self.reload()  # the list and the pane show the new status
