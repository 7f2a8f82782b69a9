"""A plan as screens hold it: a frozen summary named by its code.

Screens never keep the peewee row: they pass the PlanInfo to services, which read the plan
again where the work runs (often a pool thread, with its own connection).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models import Plan
from app.services.catalogue import catalogue, periods
from app.services.catalogue.catalogue import SectionOutline
from app.services.catalogue.periods import Period


@dataclass(frozen=True)
class PlanInfo:
    code: str
    number_symbol: str
    date: date
    title_vi: str
    title_en: str


def info_of(plan: Plan) -> PlanInfo:
    return PlanInfo(plan.code, plan.number_symbol, plan.date, plan.title_vi, plan.title_en)


def active_plan_info(code: str | None = None) -> PlanInfo:
    """The active plan (or the one with that code), as screens hold it."""
    return info_of(catalogue.active_plan(code))


def plan_of(info: PlanInfo) -> Plan:
    """The plan's row again, for a service's queries."""
    return catalogue.active_plan(info.code)


def outline(plan: PlanInfo) -> list[SectionOutline]:
    """The plan in order (catalogue.outline), for a screen holding a PlanInfo."""
    return catalogue.outline(plan_of(plan))


def all_periods(plan: PlanInfo, today: date | None = None) -> list[Period]:
    """The plan's reporting periods (periods.all_periods), for a screen holding a PlanInfo."""
    return periods.all_periods(plan_of(plan), today)


def current_and_next(plan: PlanInfo, today: date | None = None) -> tuple[Period, Period]:
    return periods.current_and_next(plan_of(plan), today)
