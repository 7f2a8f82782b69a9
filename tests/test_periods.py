"""Decree 09 periods and holiday-aware due dates."""

from __future__ import annotations

import json
import sys
from datetime import date

import pytest

from app.paths import PLANS_DIR
from app.services.catalogue import catalogue, periods
from app.services.core.errors import UserError


def test_bounds_follow_decree_09():
    assert periods.bounds("2026-H1") == ("half_year", date(2025, 12, 15), date(2026, 6, 14))
    assert periods.bounds("2026-Y") == ("year", date(2025, 12, 15), date(2026, 12, 14))
    with pytest.raises(UserError, match="2026-H1"):
        periods.bounds("2026-H2")


def test_working_days_skip_weekends_and_tet_2027(health):
    holidays = periods.public_holidays(catalogue.active_plan())
    # Tết Đinh Mùi: 04/02–10/02/2027 are holidays, 06–07/02 also a weekend.
    assert periods.add_working_days(date(2027, 2, 3), 1, holidays) == date(2027, 2, 11)
    assert periods.add_working_days(date(2027, 2, 3), 5, holidays) == date(2027, 2, 17)
    # National Day 2026: 01–02/09 (Tue, Wed); 31/08 is a day off in lieu.
    assert periods.add_working_days(date(2026, 8, 28), 1, holidays) == date(2026, 9, 3)


def test_the_holidays_are_the_plans_data_not_a_librarys(health):
    """Due dates go into signed content: they come from the plan file, so two machines with
    different libraries compute the same ones; a plan stored without a list takes the bundled
    file's."""
    plan = catalogue.active_plan()
    assert "holidays" not in sys.modules  # the app never consults the holidays package
    listed = json.loads((PLANS_DIR / f"{plan.code}.json").read_text(encoding="utf-8"))["holidays"]
    assert periods.public_holidays(plan) == {date.fromisoformat(d) for d in listed}
    assert date(2030, 9, 2) in periods.public_holidays(plan)

    stored = json.loads(plan.source_json)
    stored["holidays"] = ["2026-06-15"]  # as a later plan version could say
    plan.source_json = json.dumps(stored)
    plan.version += 100
    assert periods.public_holidays(plan) == {date(2026, 6, 15)}
    assert periods.add_working_days(date(2026, 6, 12), 1, periods.public_holidays(plan)) == date(
        2026, 6, 16
    )
    del stored["holidays"]  # a plan stored by an earlier release
    plan.source_json = json.dumps(stored)
    plan.version += 1
    assert periods.public_holidays(plan) == {date.fromisoformat(d) for d in listed}


def test_default_due_dates(health):
    plan = catalogue.active_plan()
    assert periods.get(plan, "2026-H1").due == date(2026, 6, 19)  # 14/06 is a Sunday
    assert periods.get(plan, "2026-Y").due == date(2026, 12, 21)


def test_due_days_setting_carries_the_annual_due_date_across_tet(dofa):
    plan = catalogue.active_plan()
    periods.set_due_working_days(dofa, 40)
    assert periods.get(plan, "2026-Y").due == date(2027, 2, 16)
    with pytest.raises(UserError):
        periods.set_due_working_days(dofa, -1)


def test_one_period_override_and_reset(dofa):
    plan = catalogue.active_plan()
    periods.set_due(dofa, plan, "2026-H1", date(2026, 7, 1))
    assert periods.get(plan, "2026-H1").due == date(2026, 7, 1)
    periods.set_due(dofa, plan, "2026-H1", None)
    assert periods.get(plan, "2026-H1").due == date(2026, 6, 19)
    with pytest.raises(UserError, match="14/06/2026"):
        periods.set_due(dofa, plan, "2026-H1", date(2026, 6, 1))


def test_current_and_next_period(health):
    plan = catalogue.active_plan()
    current, upcoming = periods.current_and_next(plan, today=date(2026, 11, 26))
    assert (current.id, upcoming.id) == ("2026-Y", "2027-H1")
    current, upcoming = periods.current_and_next(plan, today=date(2026, 6, 19))
    assert (current.id, upcoming.id) == ("2026-H1", "2026-Y")
    listed = [p.id for p in periods.all_periods(plan, today=date(2026, 11, 26))]
    assert listed[:2] == ["2014-H1", "2014-Y"]
    assert listed[-2:] == ["2026-Y", "2027-H1"]
