"""Time DoFA's dashboard on a large profile (made by bench/make_province.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/dashboard_bench.py PROFILE_DIR [LARGER_DIR]

Prints five lines:
  first_screen_ms  from constructing the dashboard widget to its first fully painted matrix
                   (the current period and the three before it), warm: median of 5 runs
                   after one untimed run
  filter_ms        a filter change (agency kind or status) to the repainted matrix: median
  sql_ms           the same first-screen queries alone (periods, expected agencies, matrix,
                   totals), no Qt: median
  ui_block_ms      the longest the window could not answer (no 5 ms timer tick) during a
                   first screen: median (the matrix is read in a task, so only building
                   the widget and filling the model count)
  rss_mb           the process's peak resident memory
With a second, larger profile (make_province.py --years 20: 1,800,000 entries, the same
agencies and the same current periods) it also prints that profile's first screen and
  first_screen_ratio   its first screen ÷ the first one's   (goal ≤ 1.1: the cost follows
                       what is shown, not what is stored)
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.services.catalogue.plan_info import active_plan_info, plan_of  # noqa: E402
from app.services.dashboard import dashboard  # noqa: E402
from app.services.dashboard.dashboard_view import shown_periods  # noqa: E402
from app.services.workstation import profile  # noqa: E402
from app.ui.dashboard.dashboard import DashboardView  # noqa: E402
from app.ui.kit import i18n  # noqa: E402

RUNS = 5
FILTERS = [
    ("commune", ""),
    ("", "not_due"),
    ("department", "on_time"),
    ("", "missing"),
    ("district", ""),
    ("", ""),
]


class PaintCounter(QObject):
    """Counts paint events of the matrix's viewport (the cells, not just the frame)."""

    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _until_painted(app: QApplication, counter: PaintCounter, seen: int) -> None:
    """Process events until the viewport has painted again (the paint ends inside the call)."""
    deadline = time.perf_counter() + 10
    while counter.count <= seen:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the matrix never painted")


class StallMeter(QObject):
    """Ticks every 5 ms on the UI thread and keeps the longest gap between ticks."""

    def __init__(self):
        super().__init__()
        self.worst = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start(5)

    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self._last) * 1000)
        self._last = now

    def stop(self) -> float:
        self._on_timer_timeout()  # the gap up to now counts too
        self._timer.stop()
        return self.worst


def first_screen(app: QApplication, station, plan) -> tuple[float, DashboardView]:
    meter = StallMeter()
    started = time.perf_counter()
    view = DashboardView(station, plan)
    counter = PaintCounter(view.table.viewport())
    view.resize(1280, 800)
    view.show()
    deadline = time.perf_counter() + 60
    while view.loading:  # the matrix is read in a task; the first paint may show it empty
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the matrix never loaded")
    _until_painted(app, counter, counter.count)
    elapsed = (time.perf_counter() - started) * 1000
    view.stall_ms = meter.stop()
    assert view.model.rowCount() > 0, "an empty matrix"
    view.counter = counter
    return elapsed, view


def filter_change(app: QApplication, view: DashboardView, kind: str, status: str) -> float:
    seen = view.counter.count
    started = time.perf_counter()
    view.set_filters(kind, status)
    _until_painted(app, view.counter, seen)
    return (time.perf_counter() - started) * 1000


def sql_alone(plan) -> float:
    started = time.perf_counter()
    _every, chosen = shown_periods(plan, date.today())
    row = plan_of(plan)
    agencies = dashboard.expected_agencies(row)
    rows = dashboard.matrix(row, chosen, date.today(), expected=agencies)
    for column in zip(*rows, strict=True):
        dashboard.totals(list(column))
    return (time.perf_counter() - started) * 1000


def measure(app: QApplication, folder: Path) -> tuple[list[float], ...]:
    """First screens, filter changes and SQL alone on one profile: RUNS of each, warm."""
    with profile.open_profile(folder) as station:
        return _measure_open(app, station)


def _measure_open(app: QApplication, station) -> tuple[list[float], ...]:
    plan = active_plan_info()
    _, warm = first_screen(app, station, plan)  # untimed: imports, fonts, SQLite's page cache
    warm.close()
    warm.deleteLater()
    app.processEvents()
    screens, filters, sqls, stalls = [], [], [], []
    for _run in range(RUNS):
        elapsed, view = first_screen(app, station, plan)
        screens.append(elapsed)
        stalls.append(view.stall_ms)
        for kind, status in FILTERS:
            filters.append(filter_change(app, view, kind, status))
        view.close()
        view.deleteLater()
        app.processEvents()
        sqls.append(sql_alone(plan))
    return screens, filters, sqls, stalls


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    app = QApplication([])
    i18n.install("vi")
    screens, filters, sqls, stalls = measure(app, Path(sys.argv[1]))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"first_screen_ms: {statistics.median(screens):.1f}")
    print(f"filter_ms: {statistics.median(filters):.1f}")
    print(f"sql_ms: {statistics.median(sqls):.1f}")
    print(f"ui_block_ms: {statistics.median(stalls):.1f}")
    print(f"rss_mb: {peak_kb / 1024:.1f}")
    if len(sys.argv) == 3:
        smaller, larger = paired_first_screens(app, Path(sys.argv[1]), Path(sys.argv[2]))
        print(f"larger_first_screen_ms: {statistics.median(larger):.1f}")
        print(f"first_screen_ratio: {statistics.median(larger) / statistics.median(smaller):.2f}")
    return 0


def paired_first_screens(app: QApplication, smaller: Path, larger: Path, runs: int = 9):
    """First screens on the two profiles in turn (warm), so that a busy machine weighs on
    both alike; returns the two lists of times."""
    times: dict[Path, list[float]] = {smaller: [], larger: []}
    for run in range(runs + 1):
        for folder in (smaller, larger):
            with profile.open_profile(folder) as station:
                elapsed, view = first_screen(app, station, active_plan_info())
                if run:  # the first round warms SQLite's cache and Qt
                    times[folder].append(elapsed)
                view.close()
                view.deleteLater()
                app.processEvents()
    return times[smaller], times[larger]


if __name__ == "__main__":
    raise SystemExit(main())
