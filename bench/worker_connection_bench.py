"""What a pool thread gains by keeping its database connection between tasks.

    .venv/bin/python bench/worker_connection_bench.py PROFILE_DIR [RUNS]

On a profile made by bench/make_province.py, on a thread other than the one that opened it
(as a task runs), prints:
  fresh_connection_ms  a one-row query on a connection opened for it (connect, pragmas, query)
  kept_query_ms        the same query on a connection already open
  fresh_read_ms        the dashboard's first-screen read (dashboard_view.matrix) on a
                       connection opened for it, as every task did when it closed its own
  kept_read_ms         the same read on the connection the thread kept
Medians of RUNS (default 15), fresh and kept alternating, after one untimed read.
"""

from __future__ import annotations

import statistics
import sys
import threading
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.models import Setting, db  # noqa: E402
from app.services.catalogue.plan_info import active_plan_info  # noqa: E402
from app.services.dashboard import dashboard_view  # noqa: E402
from app.services.workstation import profile  # noqa: E402


def timed(call) -> float:
    started = time.perf_counter()
    call()
    return (time.perf_counter() - started) * 1000


def measure(runs: int) -> dict[str, list[float]]:
    plan = active_plan_info()
    times: dict[str, list[float]] = {
        "fresh_connection_ms": [],
        "kept_query_ms": [],
        "fresh_read_ms": [],
        "kept_read_ms": [],
    }

    def one_row() -> None:
        Setting.get(Setting.key == "agency")

    def matrix() -> None:
        dashboard_view.matrix(plan, date.today())

    def work() -> None:
        matrix()  # untimed: the operating system's cache of the file
        for _run in range(runs):
            db.close()
            times["fresh_connection_ms"].append(timed(one_row))
            times["kept_query_ms"].append(timed(one_row))
            db.close()
            times["fresh_read_ms"].append(timed(matrix))
            times["kept_read_ms"].append(timed(matrix))
        db.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    return times


def main() -> int:
    if len(sys.argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    with profile.open_profile(Path(sys.argv[1])):
        times = measure(int(sys.argv[2]) if len(sys.argv) == 3 else 15)
    for name, values in times.items():
        print(f"{name}: {statistics.median(values):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
