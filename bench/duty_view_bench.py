"""Time the duty view's and the latest-accepted rule's SQL on a large profile (made by
bench/make_province.py), with no Qt.

    .venv/bin/python bench/duty_view_bench.py PROFILE_DIR [--period 2026-H1] [--runs 7]

Prints one line per query, the median of the runs after one untimed run, in milliseconds:
  accepted_ms        exchange/accepted.py accepted_report_ids (agency → latest accepted revision)
  on_record_ms       accepted.on_record for the period and the one before it
  buckets_ms         dashboard/duty_view.py duty_buckets (one bucket per duty)
  by_item_ms         duty_view.progress_by_section, per numbered item
  by_section_ms      duty_view.progress_by_section, per section
  side_by_side_ms    duty_view.side_by_side for the plan's first duty (every agency answers it)
and a last line `rows` with how many agencies were accepted and duties bucketed, so two runs
(before and after a change of the SQL) can be checked to count the same.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services.catalogue import periods  # noqa: E402
from app.services.catalogue.plan_info import active_plan_info, plan_of  # noqa: E402
from app.services.dashboard import duty_view  # noqa: E402
from app.services.exchange import accepted  # noqa: E402
from app.services.workstation import profile  # noqa: E402
from bench.ui_reads_bench import median_ms  # noqa: E402


def warm_median_ms(run: Callable[[], object], runs: int) -> float:
    run()  # warm the page cache and the statement cache
    return median_ms(run, runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("profile", type=Path)
    parser.add_argument("--period", default="2026-H1")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    profile.open_profile(args.profile)
    plan = plan_of(active_plan_info())
    period = args.period
    every = periods.all_periods(plan, date.today())
    before = [p.id for p in every if periods.order_key(p.id) < periods.order_key(period)][-1:]
    first_duty = duty_view.duty_headings(plan)[0].ref
    timed = {
        "accepted_ms": lambda: accepted.accepted_report_ids(plan, period),
        "on_record_ms": lambda: accepted.on_record(plan, [*before, period]),
        "buckets_ms": lambda: duty_view.duty_buckets(plan, period),
        "by_item_ms": lambda: duty_view.progress_by_section(plan, period, "item"),
        "by_section_ms": lambda: duty_view.progress_by_section(plan, period, "section"),
        "side_by_side_ms": lambda: duty_view.side_by_side(plan, first_duty, period),
    }
    for name, run in timed.items():
        print(f"{name:16} {warm_median_ms(run, args.runs):8.1f}")
    buckets = duty_view.duty_buckets(plan, period)
    print(
        f"rows             {len(accepted.accepted_report_ids(plan, period))} accepted, "
        f"{len(buckets)} bucketed, {sorted(set(buckets.values()))}"
    )


if __name__ == "__main__":
    main()
