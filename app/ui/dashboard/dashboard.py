"""DoFA's dashboard: who reported, agencies × periods, with totals and filters.

The chosen period is the last column, with the three before it; the status filter looks at
that column. A cell opens the agency's report read-only (double-click or Enter); "Record a
paper report…" counts a report that came on paper or by plain email.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue.plan_info import PlanInfo
from app.services.core import audit
from app.services.core.vocabulary import AgencyKind, DashboardStatus
from app.services.dashboard import dashboard_view
from app.services.dashboard.dashboard_view import AgencyName, AgencyReport, Matrix
from app.services.workstation.profile import Workstation
from app.ui.dashboard.dashboard_model import (
    ALL,
    AgencyRow,
    MatrixModel,
    status_label,
    totals_text,
)
from app.ui.exchange.paper_report_dialog import PaperReportDialog
from app.ui.kit.errors import user_message
from app.ui.kit.labels import capitalised, fmt, format_date, kind_label, period_label
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.tasks import run_task
from app.ui.kit.texts import name_of

if TYPE_CHECKING:
    from app.ui.dashboard.agency_report_dialog import AgencyReportDialog

_ALL_KINDS = QT_TRANSLATE_NOOP("DashboardView", "All kinds")


class DashboardView(QWidget):
    """The "Dashboard" tab of the consolidating workstation."""

    paper_recorded = Signal(object)  # what the paper report dialog recorded

    def __init__(
        self,
        station: Workstation,
        plan: PlanInfo,
        actor: str | None = None,
        today: date | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self.station, self.plan, self.actor, self.today = station, plan, actor, today
        self.report_dialog: AgencyReportDialog | None = None
        self.paper_dialog: PaperReportDialog | None = None
        self.agencies: dict[str, AgencyName] = {}
        self.every: list = []
        self.reads = LatestRead(self)  # the matrix, read in a task
        self.model = MatrixModel(self)
        self.period_combo = QComboBox()
        # Filled when the matrix is read, after the first show: sized to its periods then.
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr(_ALL_KINDS), ALL)
        for kind in AgencyKind:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), ALL)
        for status in DashboardStatus:
            self.status_combo.addItem(status_label(status), status)
        self.status_combo.setToolTip(self.tr("The status in the chosen period (the last column)"))
        self.paper_button = QPushButton(self.tr("Record a &paper report…"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.summary = QLabel()
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(120)

        # Long kind names would widen the window past a small screen at 125 %: the lists
        # open wide, the boxes stay narrow.
        for combo in (self.kind_combo, self.status_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.summary.setWordWrap(True)
        filters = QHBoxLayout()
        for text, combo in (
            (self.tr("Peri&od:"), self.period_combo),
            (self.tr("&Kind:"), self.kind_combo),
            (self.tr("&Status:"), self.status_combo),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        # The buttons sit beside the totals, not after the filters: in one row the three
        # filters and the two buttons asked for more than a 1280-pixel screen at 125 % gives
        # (1024 logical pixels), and the window grew past the screen once the tab was built.
        totals = QHBoxLayout()
        totals.addWidget(self.summary, 1)
        totals.addWidget(self.paper_button)
        totals.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(totals)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._connect()
        self.reload()

    def _connect(self) -> None:
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        self.table.activated.connect(self._on_table_activated)
        self.paper_button.clicked.connect(self._on_paper_button_clicked)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)

    # Public

    def reload(self, focus: str | None = None) -> None:
        """Re-read the matrix (after an import, a paper report, a new period) in a task: at
        province scale it reads every agency's standing in four periods."""
        today = self.today or audit.today()
        focus = focus or self.period_combo.currentData()
        plan = self.plan
        self.summary.setText(self.tr("Loading…"))
        self.reads.run(
            lambda _progress: dashboard_view.matrix(plan, today, focus),
            self._on_loaded,
            self._on_load_failed,
        )

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def _on_load_failed(self, error: BaseException) -> None:
        self.summary.clear()
        self.message.setText(user_message(error))

    def _on_loaded(self, matrix: Matrix) -> None:
        self.every = list(matrix.every)
        chosen = list(matrix.shown)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in reversed(self.every):
            self.period_combo.addItem(capitalised(period_label(period.id)), period.id)
        self.period_combo.setCurrentIndex(self.period_combo.findData(chosen[-1].id))
        self.period_combo.blockSignals(False)
        self.agencies = {a.code: a for a in matrix.agencies}
        rows = [
            AgencyRow(a.code, a.name_vi, a.name_en, a.kind, list(cells))
            for a, cells in zip(matrix.agencies, matrix.rows, strict=True)
        ]
        self.model.load(chosen, rows)
        self.model.set_filter(self.kind_combo.currentData(), self.status_combo.currentData())
        self._after_filter()

    def set_filters(self, kind: str = ALL, status: str = ALL) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.status_combo.setCurrentIndex(self.status_combo.findData(status))

    def shown_rows(self) -> list[tuple[str, list[str]]]:
        """(agency code, cell statuses) of every row the filters let through."""
        return [(r.code, [c.status for c in r.cells]) for r in self.model.matching]

    def open_cell(self, agency_code: str, period_id: str) -> None:
        """The agency's report for the period, read-only, as `report_dialog` once read (in a
        task); a message instead if there is none."""
        self.message.clear()
        column = next(i for i, p in enumerate(self.model.periods) if p.id == period_id)
        row = next(r for r in self.model.rows if r.code == agency_code)
        plan, cell = self.plan, row.cells[column]
        run_task(
            lambda _progress: dashboard_view.agency_report(plan, agency_code, period_id),
            lambda held, error: self._on_cell_read(held, error, self.model.periods[column], cell),
            parent=self,
        )

    def _on_cell_read(self, held: AgencyReport | None, error, period, cell) -> None:
        if error is not None:
            self.message.setText(user_message(error))
            return
        agency, period_id = held.agency, period.id
        if not held.revisions and not held.papers:
            self.message.setText(
                fmt(
                    self.tr("%1 has no report for %2 on record (%3)."),
                    name_of(agency),
                    period_label(period_id),
                    status_label(cell.status).lower(),
                )
            )
            return
        # Loaded at the first click: the dialog brings the received report's pane and with it
        # the signature and PDF checks, which the first painted screen does not need.
        from app.ui.dashboard.agency_report_dialog import AgencyReportDialog

        dialog = AgencyReportDialog(
            self.station, agency, period, cell, held.revisions, held.papers, self
        )
        self.report_dialog = dialog
        dialog.finished.connect(self._on_report_dialog_finished)  # it may have returned it
        dialog.open()

    # Internals

    def _after_filter(self) -> None:
        focus = self.model.periods[-1]
        total = self.model.column_totals[-1]
        self.summary.setText(
            f"{capitalised(period_label(focus.id))}: {totals_text(total)} · "
            + fmt(self.tr("%1 agencies shown"), len(self.model.matching))
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 320)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _on_filter_changed(self, _index: int) -> None:
        self.model.set_filter(self.kind_combo.currentData(), self.status_combo.currentData())
        self._after_filter()

    def _on_period_combo_changed(self, _index: int) -> None:
        self.reload(self.period_combo.currentData())

    def _on_table_activated(self, index) -> None:
        found = self.model.cell_at(index)
        if found is None:
            return
        row, _cell, period = found
        self.open_cell(row.code, period.id)

    def open_paper_dialog(self) -> PaperReportDialog:
        """The "Record a paper report…" dialog, for the current cell's agency and period."""
        found = self.model.cell_at(self.table.currentIndex())
        code = found[0].code if found else None
        period_id = found[2].id if found else self.model.periods[-1].id
        begun = [p for p in self.every if p.start <= (self.today or audit.today())]
        dialog = PaperReportDialog(
            self.station, list(self.agencies.values()), begun, code, period_id, self.actor, self
        )
        dialog.accepted.connect(self._on_paper_dialog_accepted)
        self.paper_dialog = dialog
        dialog.open()
        return dialog

    def _on_report_dialog_finished(self, _result: int) -> None:
        self.reload()

    def _on_paper_button_clicked(self) -> None:
        self.open_paper_dialog()

    def _on_paper_dialog_accepted(self) -> None:
        recorded = self.paper_dialog.recorded
        agency = self.agencies[self.paper_dialog.agency_combo.currentData()]
        self.reload()
        self.message.setText(
            fmt(
                self.tr("Recorded: the paper report of %1 for %2, received %3."),
                name_of(agency),
                period_label(recorded.period_id),
                format_date(recorded.received_on),
            )
        )
        self.paper_recorded.emit(recorded)

    def _on_refresh_button_clicked(self) -> None:
        self.reload()
