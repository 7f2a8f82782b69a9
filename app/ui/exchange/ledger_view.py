"""The bundle ledger: every bundle DoFA received or refused, and the bundles that never came."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core import labels as words
from app.services.core.status_colours import DASHBOARD_COLOURS, IMPORT_COLOURS
from app.services.core.vocabulary import DashboardStatus, ImportStatus
from app.services.exchange import ledger
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, ui_language
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.table_model import KeySortedModel, SourceSortedFilter, fit_columns_to_contents
from app.ui.kit.texts import named, when_text

CONTEXT = "BundleLedger"
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("BundleLedger", "Agency"),
    QT_TRANSLATE_NOOP("BundleLedger", "No."),
    QT_TRANSLATE_NOOP("BundleLedger", "File"),
    QT_TRANSLATE_NOOP("BundleLedger", "Received at"),
    QT_TRANSLATE_NOOP("BundleLedger", "Verdict"),
    QT_TRANSLATE_NOOP("BundleLedger", "Reason"),
)
CONFLICT_REASON = QT_TRANSLATE_NOOP(
    "BundleLedger", "a revision arrived with a different content than the one on record"
)
RETURNED_REASON = QT_TRANSLATE_NOOP("BundleLedger", "returned by DoFA for revision: %1")
ALL_AGENCIES = ""
_ROOT = QModelIndex()

MISSING = DASHBOARD_COLOURS[DashboardStatus.MISSING]  # a bundle that never arrived


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def gaps_text(gaps: Mapping[str, tuple[int, ...]], names: Mapping[str, tuple[str, str]]) -> str:
    """ "Bundle 5 from Sở Y tế never arrived; bundles 2, 3 from … never arrived"."""
    parts = []
    for code, numbers in sorted(gaps.items()):
        listed = ", ".join(str(n) for n in numbers)
        template = (
            QCoreApplication.translate("BundleLedger", "Bundle %1 from %2 never arrived")
            if len(numbers) == 1
            else QCoreApplication.translate("BundleLedger", "Bundles %1 from %2 never arrived")
        )
        parts.append(fmt(template, listed, named(names, code)))
    return "; ".join(parts)


class LedgerModel(KeySortedModel):
    """Rows of ledger.ledger(), newest first, as display texts; set by set_page()."""

    CONTEXT = "BundleLedger"
    COLUMN_TITLES = COLUMN_TITLES
    ROW_LISTS = ("rows", "texts")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ledger.LedgerRow] = []
        self.texts: list[tuple[str, ...]] = []
        self.names: Mapping[str, tuple[str, str]] = {}

    def set_page(self, page: ledger.LedgerPage) -> None:
        self.beginResetModel()
        self.rows, self.names = list(page.rows), page.names
        self.texts = [self._texts(r) for r in self.rows]
        self.sort_keys = [
            (*texts[:1], row.sequence or 0, texts[2], row.at, *texts[4:])
            for row, texts in zip(self.rows, self.texts, strict=True)
        ]
        self.keep_sorted()
        self.endResetModel()

    def _texts(self, row: ledger.LedgerRow) -> tuple[str, ...]:
        verdict = words.label_of(ImportStatus, row.verdict, ui_language())
        reason = row.reason_in(ui_language())
        reason = reason or (tr(CONFLICT_REASON) if row.verdict == ImportStatus.CONFLICT else "")
        if row.returned:
            reason = fmt(tr(RETURNED_REASON), ", ".join(row.returned))
        return (
            named(self.names, row.agency)
            if row.agency
            else QCoreApplication.translate("BundleLedger", "(unknown sender)"),
            "" if row.sequence is None else str(row.sequence),
            row.file,
            when_text(row.at),
            verdict,
            reason,
        )

    def agencies(self) -> list[str]:
        return sorted({r.agency for r in self.rows if r.agency})

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts[row][column]
        colour = IMPORT_COLOURS.get(self.rows[row].verdict) if column == 4 else None
        if colour is not None and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colour.text)
        if colour is not None and role == Qt.ItemDataRole.BackgroundRole:
            return QColor(colour.background)
        return None

    def row_count(self) -> int:
        return len(self.rows)


class AgencyFilter(SourceSortedFilter):
    """Keeps the rows of one agency (rejected bundles of unknown senders have none)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.agency = ALL_AGENCIES

    def set_agency(self, code: str) -> None:
        self.beginFilterChange()
        self.agency = code
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        if self.agency == ALL_AGENCIES:
            return True
        return self.sourceModel().rows[source_row].agency == self.agency


class LedgerView(QWidget):
    """The "Bundle ledger" tab: a filterable table and a line naming the missing bundles."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = LedgerModel(self)
        self.reads = LatestRead(self)  # the ledger, read in a task; a later reload wins
        self.proxy = AgencyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.agency_combo = QComboBox()
        self.agency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        agency_label = QLabel(self.tr("&Agency:"))
        agency_label.setBuddy(self.agency_combo)
        self.count_label = QLabel()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.gaps_label = QLabel()
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        fit_columns_to_contents(header)

        bar = QHBoxLayout()
        bar.addWidget(agency_label)
        bar.addWidget(self.agency_combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.gaps_label)
        layout.addWidget(self.table, 1)

        self.agency_combo.currentIndexChanged.connect(self._on_agency_combo_current_index_changed)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.reload()

    def reload(self) -> None:
        """Re-read the ledger (after an import, or when the tab is shown) off the UI thread,
        keeping the filter; the count says it is loading until the rows arrive."""
        self.refresh_button.setEnabled(False)
        self.count_label.setText(self.tr("Loading the bundle ledger…"))
        self.reads.run(lambda _progress: ledger.ledger_page(), self._on_page_read, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.count_label.setText(
            fmt(self.tr("The bundle ledger could not be read: %1"), user_message(error))
        )

    def _on_page_read(self, page: ledger.LedgerPage) -> None:
        self.refresh_button.setEnabled(True)
        chosen = self.agency_combo.currentData() or ALL_AGENCIES
        self.model.set_page(page)
        fit_columns_to_contents(self.table.horizontalHeader())
        self.agency_combo.blockSignals(True)
        self.agency_combo.clear()
        self.agency_combo.addItem(self.tr("All agencies"), ALL_AGENCIES)
        for code in self.model.agencies():
            self.agency_combo.addItem(f"{code} — {named(page.names, code)}", code)
        self.agency_combo.setCurrentIndex(max(0, self.agency_combo.findData(chosen)))
        self.agency_combo.blockSignals(False)
        self.proxy.set_agency(self.agency_combo.currentData() or ALL_AGENCIES)
        gaps = gaps_text(page.gaps, page.names)
        if gaps:
            self.gaps_label.setText(
                f"<span style='color:{MISSING.text}'><b>" + escape(gaps) + "</b></span>"
            )
        else:
            self.gaps_label.setText(self.tr("No bundle is missing: every number has arrived."))
        self._update_count()

    def _on_agency_combo_current_index_changed(self, _index: int) -> None:
        self.proxy.set_agency(self.agency_combo.currentData() or ALL_AGENCIES)
        self._update_count()

    def _on_refresh_button_clicked(self) -> None:
        self.reload()

    def _update_count(self) -> None:
        self.count_label.setText(
            fmt(self.tr("%1 of %2 bundles"), self.proxy.rowCount(), self.model.rowCount())
        )
