"""DoFA's duty view: one duty across its agencies, progress by section, reporting rates.

Top: a duty and a period; each responsible agency's latest accepted entry side by side.
Below: per plan section and item, how many duties are done, in progress, stalled or not
reported (table and chart), and the reporting rate of every period so far (chart).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import Plan
from app.services.dashboard import duty_view
from app.services.dashboard.duty_view import BUCKETS, SectionProgress
from app.ui.dashboard.charts import LineChart, Series, StackedBarChart
from app.ui.dashboard.duty_view_models import (
    BUCKET_COLOURS,
    ProgressModel,
    SideBySideModel,
    bucket_label,
)
from app.ui.exchange.exchange_common import elided
from app.ui.kit.labels import capitalised, fmt, format_date, period_label, pick
from app.ui.kit.row_height import row_height_for
from app.ui.kit.screen_fit import scrolling

DUTY_CHARS = 110
COUNT_WIDTH = 84
TITLE_CHARS = 60
NAME_MIN_WIDTH = 220  # most item names ("Sở Kế hoạch và Đầu tư") whole


def with_section_totals(items: list[SectionProgress]) -> list[SectionProgress]:
    """Each section's row (the sum of its items: a few dozen rows) before its items."""
    result: list[SectionProgress] = []
    total: SectionProgress | None = None
    for item in items:
        if total is None or total.section != item.section:
            total = SectionProgress(item.section, None, "", "", 0, 0, 0, 0, 0, 0)
            result.append(total)
        for name in ("duties", *BUCKETS):
            setattr(total, name, getattr(total, name) + getattr(item, name))
        result.append(item)
    return result


class DutyView(QWidget):
    """The "Duty view" tab of the consolidating workstation."""

    def __init__(self, plan: Plan, today: date | None = None, parent=None):
        super().__init__(parent)
        self.plan, self.today = plan, today
        self.duties = {d.ref: d for d in duty_view.duty_headings(plan)}
        self.section_titles = duty_view.section_titles(plan)
        self.duty_combo = QComboBox()
        self.duty_combo.setEditable(True)
        self.duty_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.duty_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.duty_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for duty in self.duties.values():
            self.duty_combo.addItem(
                f"{duty.ref} — {elided(pick(duty.text_vi, duty.text_en), DUTY_CHARS)}", duty.ref
            )
        self.period_combo = QComboBox()
        self.duty_text = QLabel()
        self.duty_text.setWordWrap(True)
        self.duty_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.count_label = QLabel()

        self.side_model = SideBySideModel(self)
        self.side_table = self._table(self.side_model)
        side_header = self.side_table.horizontalHeader()
        for column, width in enumerate((240, 90, 170, 70, 300, 200, 200, 140, 150)):
            side_header.resizeSection(column, width)
        self.progress_model = ProgressModel(self)
        self.progress_table = self._table(self.progress_model)
        progress_header = self.progress_table.horizontalHeader()
        progress_header.setStretchLastSection(False)
        progress_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        progress_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        progress_header.resizeSection(0, 56)
        for column in range(2, self.progress_model.columnCount()):
            progress_header.resizeSection(column, COUNT_WIDTH)
        # Long bucket names ("Đình trệ, vướng mắc") wrap onto two header lines.
        progress_header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap  # type: ignore[operator]
        )
        progress_header.setMinimumHeight(2 * progress_header.fontMetrics().height() + 8)
        self._keep_names_whole()
        self.section_chart = StackedBarChart(self.tr("Duties by status, per item of the plan"))
        self.rate_chart = LineChart(self.tr("Reporting rate per period"))

        pickers = QHBoxLayout()
        for text, combo, stretch in (
            (self.tr("&Duty:"), self.duty_combo, 1),
            (self.tr("&Period:"), self.period_combo, 0),
        ):
            label = QLabel(text)
            label.setBuddy(combo)
            pickers.addWidget(label)
            pickers.addWidget(combo, stretch)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(pickers)
        top_layout.addWidget(self.duty_text)
        top_layout.addWidget(self.count_label)
        top_layout.addWidget(self.side_table, 1)
        progress = QSplitter(Qt.Orientation.Horizontal)
        progress.addWidget(self.progress_table)
        progress.addWidget(scrolling(self.section_chart))
        progress.setChildrenCollapsible(False)
        progress.setSizes([self.progress_table.minimumWidth(), 480])
        self.bottom = QTabWidget()
        self.bottom.addTab(progress, self.tr("Progress by &section"))
        self.bottom.addTab(self.rate_chart, self.tr("Reporting &rates"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.bottom)
        splitter.setSizes([420, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.duty_combo.currentIndexChanged.connect(self._on_duty_combo_changed)
        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.reload()

    @staticmethod
    def _table(model) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        # Rows as tall as a bold capital's stacked marks need (section rows are bold capitals).
        bold = QFont(table.font())
        bold.setBold(True)
        height = max(table.fontMetrics().height() + 8, row_height_for(bold))
        table.verticalHeader().setDefaultSectionSize(height)
        return table

    def _keep_names_whole(self) -> None:
        """The table at least as wide as its counts plus a name column holding the longest
        section title whole: at 1350 px the chart beside it squeezed "Tên" to "NHIỆM VỤ C…"."""
        bold = QFont(self.progress_table.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        titles = [pick(vi, en) for vi, en in self.section_titles.values()]
        name = max([NAME_MIN_WIDTH, *(metrics.horizontalAdvance(t) + 16 for t in titles)])
        header = self.progress_table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(self.progress_model.columnCount()))
        others -= header.sectionSize(1)
        scrollbar = self.progress_table.verticalScrollBar().sizeHint().width()
        frame = 2 * self.progress_table.frameWidth()
        self.progress_table.setMinimumWidth(others + name + scrollbar + frame)

    # Public

    def reload(self) -> None:
        """Re-read everything (after an import or a new period); keeps the choices."""
        today = self.today or date.today()
        chosen = self.period_combo.currentData()
        shown = duty_view.rate_periods(self.plan, today)
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in reversed(shown):
            self.period_combo.addItem(capitalised(period_label(period.id)), period.id)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(chosen)))
        self.period_combo.blockSignals(False)
        rates = duty_view.reporting_rates(self.plan, today, chosen=shown)
        self.rate_chart.title = fmt(
            self.tr("Reporting rate per period (%1 is due on %2)"),
            shown[-1].id,
            format_date(shown[-1].due),
        )
        self.rate_chart.set_data(
            [t.period for t in rates],
            [
                Series(self.tr("Reported"), "#1565c0", [t.rate for t in rates]),
                Series(
                    self.tr("On time"),
                    "#2e7d32",
                    [round(100 * t.on_time / t.expected, 1) if t.expected else 0 for t in rates],
                ),
            ],
        )
        self._load_period()

    def show_duty(self, ref: str, period_id: str | None = None) -> None:
        if period_id is not None:
            self.period_combo.setCurrentIndex(self.period_combo.findData(period_id))
        self.duty_combo.setCurrentIndex(self.duty_combo.findData(ref))

    def duty_ref(self) -> str | None:
        return self.duty_combo.currentData()

    def period_id(self) -> str:
        return self.period_combo.currentData()

    # Internals

    def _load_period(self) -> None:
        rows = with_section_totals(duty_view.progress_by_section(self.plan, self.period_id()))
        for row in rows:
            if row.item is None:
                row.title_vi, row.title_en = self.section_titles[row.section]
            elif not row.title_vi:  # an item without a heading (IV.1): its first duty's text
                first = next(d for d in self.duties.values() if d.ref.startswith(row.label + "."))
                row.title_vi = elided(first.text_vi, TITLE_CHARS)
                row.title_en = elided(first.text_en, TITLE_CHARS)
        self.progress_model.load(rows)
        items = [r for r in rows if r.item is not None]
        self.section_chart.set_data(
            [r.label for r in items],
            [
                Series(bucket_label(b), BUCKET_COLOURS[b], [r.count(b) for r in items])
                for b in BUCKETS
            ],
        )
        self._load_duty()

    def _load_duty(self) -> None:
        ref = self.duty_ref()
        if ref is None:
            self.side_model.load([])
            return
        duty = self.duties[ref]
        self.duty_text.setText(f"<b>{ref}</b> — {pick(duty.text_vi, duty.text_en)}")
        entries = duty_view.side_by_side(self.plan, ref, self.period_id(), self.today)
        self.side_model.load(entries)
        reported = sum(e.reported for e in entries)
        self.count_label.setText(
            fmt(
                self.tr("%1: %2 of %3 agencies have an accepted entry"),
                capitalised(period_label(self.period_id())),
                reported,
                len(entries),
            )
        )

    def _on_duty_combo_changed(self, _index: int) -> None:
        self._load_duty()

    def _on_period_combo_changed(self, _index: int) -> None:
        self._load_period()
