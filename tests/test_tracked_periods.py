"""Tracked periods: before DoFA's first followed-up period, no status, no rate, no reminder."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.services.catalogue import catalogue, periods
from app.services.core.errors import UserError
from app.services.dashboard import dashboard, reminders
from app.services.dashboard.paper import receive_paper
from tests.conftest import run_cli


def test_periods_before_the_first_tracked_one_count_in_no_rate_and_get_no_reminder(dofa):
    plan = catalogue.active_plan()
    receive_paper(dofa, "STC", "2026-H1", date(2026, 6, 1))
    before = dashboard.status(plan, "2026-H1")
    assert before["expected"] > 0 and before["received"] == 1
    assert {a["status"] for a in before["agencies"]} == {"missing", "on_time"}
    assert reminders.choose(plan, "2026-H1")  # every period is followed up until DoFA says

    periods.set_tracked_from(dofa, plan, "2026-Y")
    after = dashboard.status(plan, "2026-H1")
    assert (after["expected"], after["received"], after["on_time"]) == (0, 0, 0)
    assert {a["status"] for a in after["agencies"]} == {"not_tracked"}
    paper = next(a for a in after["agencies"] if a["code"] == "STC")
    assert paper["channel"] == "paper" and paper["received_at"].startswith("2026-06-01")
    assert dashboard.totals([row[0] for row in dashboard.matrix(plan, [periods.get(
        plan, "2026-H1")])]).rate == 0.0  # fmt: skip
    column = [row[0] for row in dashboard.matrix(plan, [periods.get(plan, "2026-H1")])]
    assert dashboard.totals(column).tracked is False
    from app.ui.dashboard.dashboard_model import totals_text, tr

    # no "0/0 received (0.0%)": the words, in the language installed
    assert totals_text(dashboard.totals(column)) == tr("Not tracked")
    assert reminders.candidates(plan, "2026-H1") == []
    with pytest.raises(UserError, match="before the first period DoFA follows up"):
        reminders.choose(plan, "2026-H1", ["SYT"])
    tracked = dashboard.status(plan, "2026-Y")
    assert tracked["expected"] == before["expected"]
    assert "not_tracked" not in {a["status"] for a in tracked["agencies"]}
    assert [periods.is_tracked(plan, p) for p in ("2025-Y", "2026-H1", "2026-Y", "2027-H1")] == [
        False,
        False,
        True,
        True,
    ]


def test_a_new_dofa_follows_up_from_the_current_period_and_track_moves_it(tmp_path):
    folder = str(tmp_path / "dofa")

    def cli(*args):
        return run_cli("--profile", folder, "--lang", "en", *args)

    made = cli("setup", "--agency", "SNGV", "--dofa")
    assert made.returncode == 0, made.stderr.decode()
    listed = json.loads(cli("periods", "--json").stdout)
    flags = {p["id"]: p["tracked"] for p in listed}
    due_ahead = [p["id"] for p in listed if date.fromisoformat(p["due"]) >= date.today()]
    current = due_ahead[0]
    assert flags[current] is True
    assert all(not flags[p] for p in flags if periods.order_key(p) < periods.order_key(current))
    assert f"followed up from {current}" in made.stdout.decode()
    earlier = next(p for p in flags if not flags[p])
    status = json.loads(cli("status", "--period", earlier, "--json").stdout)
    assert status["expected"] == 0 and {a["status"] for a in status["agencies"]} == {"not_tracked"}

    moved = cli("track", "--from", listed[0]["id"])
    assert moved.returncode == 0, moved.stderr.decode()
    assert all(p["tracked"] for p in json.loads(cli("periods", "--json").stdout))
    bad = cli("track", "--from", "2026-Q3")
    assert bad.returncode == 1 and "2026-Q3" in bad.stderr.decode()
    assert all(p["tracked"] for p in json.loads(cli("periods", "--json").stdout))


def test_track_runs_on_dofa_only(tmp_path):
    folder = str(tmp_path / "syt")
    assert run_cli("--profile", folder, "setup", "--agency", "SYT").returncode == 0
    refused = run_cli("--profile", folder, "track", "--from", "2026-Y")
    assert refused.returncode == 2
    listed = json.loads(run_cli("--profile", folder, "periods", "--json").stdout)
    assert all(p["tracked"] for p in listed)


@pytest.mark.usefixtures("inline_tasks")  # the dialog reads and saves in tasks
def test_dofa_chooses_the_first_tracked_period_in_the_due_dates_dialog(qtbot, dofa):
    from app.services.catalogue.plan_info import info_of
    from app.ui.reports.settings_dialogs import DueDatesDialog

    plan = catalogue.active_plan()
    dialog = DueDatesDialog(dofa, info_of(plan), "lan.tran")
    qtbot.addWidget(dialog)
    first = dialog.periods[0].id
    assert dialog.tracked_from.currentData() == first  # nothing set yet: every period
    dialog.accept()
    assert periods.tracked_from(plan) is None  # unchanged, so nothing recorded
    again = DueDatesDialog(dofa, info_of(plan), "lan.tran")
    qtbot.addWidget(again)
    again.tracked_from.setCurrentIndex(again.tracked_from.findData("2026-H1"))
    again.accept()
    assert periods.tracked_from(plan) == "2026-H1"
    assert not periods.is_tracked(plan, "2025-Y") and periods.is_tracked(plan, "2026-H1")
