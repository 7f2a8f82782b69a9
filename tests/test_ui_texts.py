"""Times and days on screens are Vietnam's whatever the machine's clock zone (audit.VIETNAM)."""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from app.services.core import audit
from app.services.core.audit import VIETNAM
from app.ui.kit.texts import clock_now, in_vietnam_time, when_text

APP = Path(__file__).resolve().parents[1] / "app"
UI = APP / "ui"


@pytest.fixture
def clock_in_new_york(monkeypatch):
    """The machine's clock zone far from Vietnam's (UTC-5/-4): a local time shows up."""
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _minutes(clock: str) -> int:
    hours, minutes, _seconds = (int(part) for part in clock.split(":"))
    return hours * 60 + minutes


def test_a_stored_time_is_shown_on_vietnams_clock():
    assert when_text("2026-03-12T09:05:00+07:00") == "12/03/2026 09:05"
    assert when_text("2026-03-12T02:05:00+00:00") == "12/03/2026 09:05"
    assert when_text("2026-03-11T21:05:00-05:00") == "12/03/2026 09:05"
    assert when_text("not a time") == "not a time" and when_text(None) == ""
    naive = datetime(2026, 3, 12, 9, 5)
    assert in_vietnam_time(naive) == naive  # recorded without a zone: already Vietnam time


def test_the_time_now_is_vietnams_not_the_machines(clock_in_new_york):
    assert datetime.now().astimezone().utcoffset() != timedelta(hours=7)
    shown = clock_now()
    assert re.fullmatch(r"\d\d:\d\d:\d\d", shown)
    expected = datetime.now(VIETNAM)
    assert abs(_minutes(shown) - (expected.hour * 60 + expected.minute)) % (24 * 60) <= 1


def test_no_screen_reads_the_machines_clock_zone():
    """datetime.now() without a zone is the machine's local clock; screens use Vietnam's."""
    offenders = [
        str(path.relative_to(UI))
        for path in UI.rglob("*.py")
        if "datetime.now()" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


def test_today_is_vietnams_day_where_the_machines_is_another(monkeypatch):
    """At any hour one of UTC-12 and UTC+14 is on another day than Vietnam."""
    seen = []
    for zone in ("Etc/GMT+12", "Etc/GMT-14"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        seen.append((date.today(), audit.today(), datetime.now(VIETNAM).date()))
    monkeypatch.undo()
    time.tzset()
    assert all(ours == vietnam for _machine, ours, vietnam in seen)
    assert any(machine != vietnam for machine, _ours, vietnam in seen)


def test_nothing_counts_days_from_the_machines_date():
    """date.today() is the machine's day; due dates and statuses count from Vietnam's."""
    offenders = [
        str(path.relative_to(APP))
        for path in APP.rglob("*.py")
        if path.name != "audit.py" and "date.today()" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
