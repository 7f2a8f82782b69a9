"""DoFA's duty view: one duty across its agencies, progress by section, reporting rates.

Top: a duty and a period; each responsible agency's latest accepted entry side by side.
Below: per plan section and item, how many duties are done, in progress, stalled or not
reported (table and chart), and the reporting rate of every period so far (chart).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import groupby

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

from app.services.catalogue.plan_info import PlanInfo
from app.services.core import audit
from app.services.core.status_colours import RATE_COLOURS
from app.services.dashboard import dashboard_view
from app.services.dashboard.dashboard_view import DutyFrame, Rates
from app.services.dashboard.duty_view import BUCKETS, DutyHeading, SectionProgress, SideEntry
from app.ui.dashboard.charts import LineChart, Series, StackedBarChart
from app.ui.dashboard.duty_view_models import (
    BUCKET_COLOURS,
    ProgressModel,
    SideBySideModel,
    bucket_label,
)
from app.ui.kit.errors import user_message
from app.ui.kit.labels import capitalised, fmt, format_date, period_label, pick
from app.ui.kit.row_height import row_height_for
from app.ui.kit.screen_fit import scrolling
from app.ui.kit.tasks import run_task
from app.ui.kit.texts import elided

DUTY_CHARS = 110
DUTY_BOX_CHARS = 40  # what the duty box shows at least, its list showing DUTY_CHARS
COUNT_WIDTH = 84
TITLE_CHARS = 60
NAME_MIN_WIDTH = 220  # most item names ("Sở Kế hoạch và Đầu tư") whole


def with_section_totals(items: list[SectionProgress]) -> list[SectionProgress]:
    """Each section's row (the sum of its items: a few dozen rows) before its items."""
    result: list[SectionProgress] = []
    for section, group in groupby(items, key=lambda item: item.section):
        members = list(group)
        sums = {name: sum(getattr(m, name) for m in members) for name in ("duties", *BUCKETS)}
        result += [SectionProgress(section, None, "", "", **sums), *members]
    return result


class DutyView(QWidget):
    """The "Duty view" tab of the consolidating workstation."""

    def __init__(self, plan: PlanInfo, today: date | None = None, parent=None):
        super().__init__(parent)
        self.plan, self.today = plan, today
        self._pending = 0  # reads under way in tasks
        self._asked_period: str | None = None  # by show_duty before the periods were read
        self._asked_duty: str | None = None  # by show_duty before the duties were read
        # Per kind of read, the number of the latest: an earlier one's answer is dropped.
        self._generations = {"rates": 0, "period": 0, "duty": 0}
        # The plan's duties and section titles come with the first read of the rates.
        self.duties: dict[str, DutyHeading] = {}
        self.section_titles: dict[str, tuple[str, str]] = {}
        self.duty_combo = QComboBox()
        self.duty_combo.setEditable(True)
        self.duty_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.duty_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.duty_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # Sized to its longest duty the box asked for 800 pixels and widened the window past a
        # 1280-pixel screen at 125 %: it takes the row's width, its list opens as wide as the
        # duties need (the chosen duty's whole text is shown below it).
        self.duty_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.duty_combo.setMinimumContentsLength(DUTY_BOX_CHARS)
        self.period_combo = QComboBox()
        # Filled when the rates are read, after the first show: sized to its periods then.
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
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
        progress = self.progress_split = QSplitter(Qt.Orientation.Horizontal)
        progress.addWidget(self.progress_table)
        progress.addWidget(scrolling(self.section_chart))
        progress.setChildrenCollapsible(False)  # sized once the section titles are read
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
        self.progress_split.setSizes([self.progress_table.minimumWidth(), 480])

    # Public

    def reload(self) -> None:
        """Re-read everything (after an import or a new period); keeps the choices. The rates
        read every agency's standing in every period: in a task (the first with the plan's
        duties)."""
        today, plan, framed = self.today or audit.today(), self.plan, bool(self.duties)

        def work(_progress) -> tuple[DutyFrame | None, Rates]:
            frame = None if framed else dashboard_view.duty_frame(plan)
            return frame, dashboard_view.rates(plan, today)

        self._read(("rates",), work, self._on_rates_read)

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def _read(self, kinds: tuple[str, ...], work, done) -> None:
        """Run work in a task, then done(result, kinds still wanted): a kind is no longer
        wanted once a later read of it has begun (the period's read also reads the duty)."""
        for kind in kinds:
            self._generations[kind] += 1
        started = {kind: self._generations[kind] for kind in kinds}
        self._pending += 1
        self.count_label.setText(self.tr("Loading…"))

        def delivered(result, error) -> None:
            self._pending -= 1
            wanted = {kind for kind in kinds if self._generations[kind] == started[kind]}
            if not wanted:
                return
            if error is not None:
                self.count_label.setText(user_message(error))
                return
            done(result, wanted)

        run_task(work, delivered, parent=self)

    def _fill_duties(self, frame: DutyFrame) -> None:
        """The duty box's list (the duty asked for before, else the first, chosen), and the
        progress table as wide as its section titles need."""
        self.duties = {d.ref: d for d in frame.duties}
        self.section_titles = dict(frame.section_titles)
        combo = self.duty_combo
        combo.blockSignals(True)  # the period's read, next, reads the chosen duty too
        for duty in self.duties.values():
            text = elided(pick(duty.text_vi, duty.text_en), DUTY_CHARS)
            combo.addItem(f"{duty.ref} — {text}", duty.ref)
        asked, self._asked_duty = self._asked_duty, None
        combo.setCurrentIndex(max(0, combo.findData(asked)))
        combo.blockSignals(False)
        listed = combo.view()
        listed.setMinimumWidth(
            listed.sizeHintForColumn(0) + listed.verticalScrollBar().sizeHint().width()
        )
        combo.lineEdit().home(False)
        self._keep_names_whole()

    def _on_rates_read(self, read: tuple[DutyFrame | None, Rates], _wanted: set[str]) -> None:
        frame, rates = read
        if frame is not None and not self.duties:
            self._fill_duties(frame)
        shown, totals = rates.periods, rates.totals
        chosen, self._asked_period = self._asked_period or self.period_combo.currentData(), None
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in reversed(shown):
            self.period_combo.addItem(capitalised(period_label(period.id)), period.id)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(chosen)))
        self.period_combo.blockSignals(False)
        self.rate_chart.title = fmt(
            self.tr("Reporting rate per period (%1 is due on %2)"),
            shown[-1].id,
            format_date(shown[-1].due),
        )
        self.rate_chart.set_data(
            [t.period for t in totals],
            [
                Series(self.tr("Reported"), RATE_COLOURS.reported, [t.rate for t in totals]),
                Series(
                    self.tr("On time"),
                    RATE_COLOURS.on_time,
                    [round(100 * t.on_time / t.expected, 1) if t.expected else 0 for t in totals],
                ),
            ],
        )
        self._load_period()

    def show_duty(self, ref: str, period_id: str | None = None) -> None:
        if period_id is not None:
            index = self.period_combo.findData(period_id)
            if index < 0:  # the periods are still being read: chosen when they come
                self._asked_period = period_id
            self.period_combo.setCurrentIndex(index)
        if not self.duties:  # still being read: chosen when they come
            self._asked_duty = ref
        self.duty_combo.setCurrentIndex(self.duty_combo.findData(ref))

    def duty_ref(self) -> str | None:
        return self.duty_combo.currentData()

    def period_id(self) -> str:
        return self.period_combo.currentData()

    # Internals

    def _load_period(self) -> None:
        plan, period_id = self.plan, self.period_id()
        ref, today = self.duty_ref(), self.today

        def work(_progress):
            progress = dashboard_view.progress(plan, period_id)
            side = dashboard_view.side_by_side(plan, ref, period_id, today) if ref else ()
            return progress, side

        self._read(("period", "duty"), work, self._on_period_read)

    def _on_period_read(self, result: tuple, wanted: set[str]) -> None:
        progress, side = result
        if "duty" in wanted:
            self._show_duty(side)
        if "period" not in wanted:
            return
        rows = [self._titled(row) for row in with_section_totals(list(progress))]
        self.progress_model.load(rows)
        items = [r for r in rows if r.item is not None]
        self.section_chart.set_data(
            [r.label for r in items],
            [
                Series(bucket_label(b), BUCKET_COLOURS[b], [r.count(b) for r in items])
                for b in BUCKETS
            ],
        )

    def _titled(self, row: SectionProgress) -> SectionProgress:
        """A section's row with its title; an item without a heading (IV.1) named by its
        first duty's text."""
        if row.item is None:
            title_vi, title_en = self.section_titles[row.section]
            return replace(row, title_vi=title_vi, title_en=title_en)
        if row.title_vi:
            return row
        first = next(d for d in self.duties.values() if d.ref.startswith(row.label + "."))
        return replace(row, title_vi=elided(first.text_vi, TITLE_CHARS),
                       title_en=elided(first.text_en, TITLE_CHARS))  # fmt: skip

    def _load_duty(self) -> None:
        ref = self.duty_ref()
        if ref is None:
            self._show_duty(())
            return
        plan, period_id, today = self.plan, self.period_id(), self.today
        self._read(
            ("duty",),
            lambda _progress: dashboard_view.side_by_side(plan, ref, period_id, today),
            lambda entries, _wanted: self._show_duty(entries),
        )

    def _show_duty(self, entries: tuple[SideEntry, ...]) -> None:
        ref = self.duty_ref()
        if ref is None:
            self.side_model.load([])
            self.count_label.clear()
            return
        duty = self.duties[ref]
        self.duty_text.setText(f"<b>{ref}</b> — {pick(duty.text_vi, duty.text_en)}")
        self.side_model.load(list(entries))
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
        # Most duties are longer than the box: show the reference, not the text's end.
        self.duty_combo.lineEdit().home(False)
        self._load_duty()

    def _on_period_combo_changed(self, _index: int) -> None:
        self._load_period()
