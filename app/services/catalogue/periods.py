"""Reporting periods of Decree 09/2019/NĐ-CP and their due dates.

`YYYY-H1` (6-month report) covers 15 December of the previous year to 14 June; `YYYY-Y` (annual
report) covers 15 December of the previous year to 14 December. The due date defaults to a few
working days after the cut-off, skipping weekends and Vietnamese public holidays; the
consolidating workstation can change the number of days, or set one period's date outright.

The public holidays are data of the plan (its `holidays` list, made by
scripts/make_holiday_calendar.py), not of a library: due dates go into signed content, so every
workstation must compute the same ones whatever it has installed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.models import PeriodDue, Plan, Setting
from app.paths import PLANS_DIR
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction, PeriodKind

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

DEFAULT_DUE_WORKING_DAYS = 5
DUE_DAYS_SETTING = "due_working_days"
TRACKED_FROM_SETTING = "tracked_from."  # + plan code: the first period DoFA follows up
# ASCII digits only (re.ASCII: "٢٠٢٦" and "２０２６" are not years here) and matched whole
# (fullmatch: "2026-H1\n" is not "2026-H1"), so one period has exactly one spelling.
_PERIOD_ID = re.compile(r"(\d{4})-(H1|Y)", re.ASCII)
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class Period:
    id: str
    kind: PeriodKind
    start: date
    end: date
    due: date

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "due": self.due.isoformat(),
        }


_CALENDARS: dict[tuple[str, int], frozenset[date]] = {}


def public_holidays(plan: Plan) -> frozenset[date]:
    """The plan's public holidays; a plan stored before plans carried them takes the list of
    the bundled plan file with the same code (none when there is no such file)."""
    key = (plan.code, plan.version)
    if key not in _CALENDARS:
        listed = json.loads(plan.source_json).get("holidays")
        if listed is None:
            bundled = PLANS_DIR / f"{plan.code}.json"
            if bundled.is_file():
                listed = json.loads(bundled.read_text(encoding="utf-8")).get("holidays")
        _CALENDARS[key] = frozenset(date.fromisoformat(day) for day in listed or [])
    return _CALENDARS[key]


def is_working_day(day: date, holidays: frozenset[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, count: int, holidays: frozenset[date]) -> date:
    """The count-th working day after start (start itself does not count)."""
    day = start
    remaining = count
    while remaining > 0:
        day += timedelta(days=1)
        if is_working_day(day, holidays):
            remaining -= 1
    return day


def bounds(period_id: str) -> tuple[PeriodKind, date, date]:
    match = _PERIOD_ID.fullmatch(period_id) if isinstance(period_id, str) else None
    if not match:
        raise UserError(
            "{period} is not a period; write it like 2026-H1 or 2026-Y", period=repr(period_id)
        )
    year, part = int(match.group(1)), match.group(2)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise UserError(
            "{period}: the year must be between {first} and {last}",
            period=period_id,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    start = date(year - 1, 12, 15)
    if part == "H1":
        return PeriodKind.HALF_YEAR, start, date(year, 6, 14)
    return PeriodKind.YEAR, start, date(year, 12, 14)


def due_working_days() -> int:
    stored = Setting.get_or_none(Setting.key == DUE_DAYS_SETTING)
    return int(stored.value) if stored else DEFAULT_DUE_WORKING_DAYS


def get(plan: Plan, period_id: str) -> Period:
    override = PeriodDue.get_or_none((PeriodDue.plan == plan) & (PeriodDue.period_id == period_id))
    overrides = {period_id: override.due} if override else {}
    return _period(period_id, overrides, due_working_days(), public_holidays(plan))


def _period(
    period_id: str, overrides: dict[str, date], working_days: int, holidays: frozenset[date]
) -> Period:
    kind, start, end = bounds(period_id)
    due = overrides.get(period_id) or add_working_days(end, working_days, holidays)
    return Period(period_id, kind, start, end, due)


def all_periods(plan: Plan, today: date | None = None) -> list[Period]:
    """From the plan's first period to the one after the current one, in order."""
    today = today or audit.today()
    # Two queries for the whole list, not two per period.
    overrides = dict(
        PeriodDue.select(PeriodDue.period_id, PeriodDue.due).where(PeriodDue.plan == plan).tuples()
    )
    working_days = due_working_days()
    holidays = public_holidays(plan)
    result = []
    for year in range(plan.date.year, today.year + 2):
        for part in ("H1", "Y"):
            period = _period(f"{year}-{part}", overrides, working_days, holidays)
            if period.end >= plan.date:
                result.append(period)
    upcoming = [p for p in result if p.due >= today]
    if len(upcoming) > 2:  # keep the current and the next, no further
        result = result[: result.index(upcoming[1]) + 1]
    return result


def current_and_next(plan: Plan, today: date | None = None) -> tuple[Period, Period]:
    """The period whose report is due next (on or after today) and the one after it."""
    today = today or audit.today()
    upcoming = [p for p in all_periods(plan, today) if p.due >= today]
    return upcoming[0], upcoming[1]


def set_due_working_days(station: Workstation, days: int, actor: str | None = None) -> None:
    if not 0 <= days <= 60:
        raise UserError("the number of working days must be between 0 and 60")
    with station.session.atomic():
        Setting.put(DUE_DAYS_SETTING, str(days))
        audit.record(AuditAction.PERIOD_DUE_DAYS, actor, days=days)


def set_due(
    station: Workstation, plan: Plan, period_id: str, due: date | None, actor: str | None = None
) -> None:
    """Set one period's due date (None goes back to the computed default)."""
    _, _, end = bounds(period_id)
    if due is not None and due < end:
        raise UserError(
            "the due date cannot be before the cut-off ({date})", date=format(end, "%d/%m/%Y")
        )
    with station.session.atomic():
        PeriodDue.delete().where(
            (PeriodDue.plan == plan) & (PeriodDue.period_id == period_id)
        ).execute()
        if due is not None:
            PeriodDue.create(plan=plan, period_id=period_id, due=due)
        audit.record(AuditAction.PERIOD_DUE, actor, period=period_id, due=due and due.isoformat())


def order_key(period_id: str) -> tuple[int, int]:
    """Periods in order: 2025-Y, 2026-H1, 2026-Y, … (a year's H1 before its Y)."""
    kind, _, end = bounds(period_id)
    return end.year, 0 if kind == PeriodKind.HALF_YEAR else 1


def tracked_from(plan: Plan) -> str | None:
    """The first period the consolidating workstation follows up; None: every period."""
    stored = Setting.get_or_none(Setting.key == TRACKED_FROM_SETTING + plan.code)
    return stored.value if stored else None


def tracked_test(plan: Plan):
    """A predicate period id → tracked, reading the setting once."""
    first = tracked_from(plan)
    if first is None:
        return lambda period_id: True
    first_key = order_key(first)
    return lambda period_id: order_key(period_id) >= first_key


def is_tracked(plan: Plan, period_id: str) -> bool:
    return tracked_test(plan)(period_id)


def set_tracked_from(
    station: Workstation, plan: Plan, period_id: str, actor: str | None = None
) -> None:
    """Earlier periods (before the office used the app) count in no rate, get no reminder."""
    bounds(period_id)
    with station.session.atomic():
        Setting.put(TRACKED_FROM_SETTING + plan.code, period_id)
        audit.record(AuditAction.PERIOD_TRACK, actor, period=period_id, plan=plan.code)


def track_from_current(station: Workstation, plan: Plan, today: date | None = None) -> str:
    """A new consolidating workstation follows up from the period now under way."""
    current = current_and_next(plan, today)[0].id
    set_tracked_from(station, plan, current)
    return current
