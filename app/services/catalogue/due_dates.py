"""The consolidating workstation's due dates as its dialog reads and saves them: the default
rule, each period's date, and the first period followed up (see periods.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.services.catalogue import periods
from app.services.catalogue.periods import Period
from app.services.catalogue.plan_info import PlanInfo, plan_of

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class DueDates:
    periods: tuple[Period, ...]  # with their due dates as they stand
    working_days: int  # the default: due this many working days after the cut-off
    holidays: frozenset[date]  # the plan's public holidays, skipped when counting
    tracked_from: str  # the first period followed up (the plan's first when none is set)


def read(plan: PlanInfo) -> DueDates:
    row = plan_of(plan)
    every = tuple(periods.all_periods(row))
    first = periods.tracked_from(row) or every[0].id
    return DueDates(every, periods.due_working_days(), periods.public_holidays(row), first)


def save(
    station: Workstation,
    plan: PlanInfo,
    working_days: int | None,
    dues: dict[str, date | None],
    tracked_from: str | None,
    actor: str | None = None,
) -> None:
    """Change what differs: the default rule (None: as it is), the periods' dates (None: back
    to the rule) and the first period followed up (None: as it is)."""
    row = plan_of(plan)
    if working_days is not None:
        periods.set_due_working_days(station, working_days, actor)
    for period_id, due in dues.items():
        periods.set_due(station, row, period_id, due, actor)
    if tracked_from is not None:
        periods.set_tracked_from(station, row, tracked_from, actor)
