"""The writes the editors still make on the UI thread, timed on a real SQLite profile.

    python bench/ui_thread_writes.py [ROUNDS]

The report editor's autosave writes one entry (or the implementing plan) of the draft, the
consolidated editor's one text of DoFA's report; every other save runs in a task. Each is
timed ROUNDS times (default 200) with a changed value each round, as typing would, and the
median, 95th percentile and worst times are printed in milliseconds. They stay on the UI
thread while they stay under a few milliseconds: a task's round trip would cost about as much.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")


def timed(write, rounds: int) -> list[float]:
    seconds = []
    for n in range(rounds):
        started = time.perf_counter()
        write(n)
        seconds.append((time.perf_counter() - started) * 1000)
    return seconds


def report(name: str, ms: list[float]) -> None:
    ordered = sorted(ms)
    p95 = ordered[int(len(ordered) * 0.95) - 1]
    print(
        f"{name:<34} median {statistics.median(ms):6.2f} ms   p95 {p95:6.2f} ms   "
        f"worst {ordered[-1]:6.2f} ms   ({len(ms)} writes)"
    )


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    folder = Path(tempfile.mkdtemp(prefix="ui-writes-"))
    os.environ["PLANTRACKER_TEST_KEYRING"] = str(folder / "keyring.json")

    from app.services.catalogue import catalogue
    from app.services.catalogue.plan_info import active_plan_info
    from app.services.consolidation import consolidated_view
    from app.services.reports import report_view, reports
    from app.services.workstation import profile

    station = profile.create_profile(folder / "syt", "SYT", consolidating=False)
    plan = active_plan_info()
    period = "2026-Y"
    reports.open_draft(station, station.agency, catalogue.active_plan(), period)
    ref = report_view.content(plan, "SYT", period, 1).entries[0].duty.ref
    report(
        "report entry (autosave)",
        timed(
            lambda n: report_view.update_entry(
                station, plan, "SYT", period, ref, "bench", results=f"Đã triển khai, lần {n}"
            ),
            rounds,
        ),
    )
    report(
        "implementing plan (autosave)",
        timed(
            lambda n: report_view.set_implementation_plan(
                station, plan, "SYT", period, (f"{n}/KH-SYT", None, "Kế hoạch thực hiện"), "bench"
            ),
            rounds,
        ),
    )

    station.close()  # one workstation is open at a time
    dofa = profile.create_profile(folder / "dofa", "SNGV", consolidating=True)
    plan = active_plan_info()
    seen = {"assessment": ""}

    def save_text(n: int) -> None:
        text = f"Đánh giá chung, lần {n}"
        consolidated_view.save_own_texts(dofa, plan, period, {"assessment": text}, "bench", seen)
        seen["assessment"] = text

    report("consolidated text (autosave)", timed(save_text, rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
