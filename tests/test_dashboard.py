"""DoFA's dashboard and duty view services, and `status` / `receive paper`, against the
scripted province of tests/dashboard_scenario.py (values worked out by hand there)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from app.models import PaperReceipt
from app.services.catalogue import catalogue, periods, register
from app.services.consolidation import consolidated
from app.services.dashboard import dashboard, duty_view
from app.services.dashboard.dashboard import Totals
from app.services.exchange.accepted import latest_accepted
from app.ui.exchange.received_view import ReceivedReportsView
from tests.conftest import run_cli
from tests.dashboard_scenario import (
    DUE_H1,
    EVIDENCE,
    H1,
    TODAY,
    YEAR,
    fresh_dofa,
    scenario,
)
from tests.exchange_cli_helpers import ok, refused

# 2026-H1 as worked out by hand: code -> (status, channel, revision)
H1_CELLS = {
    "SYT": ("on_time", "bundle", 1),
    "SCT": ("late", "bundle", 1),
    "STC": ("on_time", "bundle", 1),
    "SXD": ("conflict", "bundle", 1),
    "SGDDT": ("returned", "bundle", 2),
    "SKHDT": ("late", "bundle", 2),
    "SNGV": ("on_time", "local", 1),
    "SNNPTNT": ("on_time", "paper", None),
    "STP": ("late", "paper", None),
}
EXPECTED = 41  # every active agency of the 2014 register answers for IV.1.1
DISTRICTS = 14


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    return scenario(tmp_path_factory.getbasetemp() / "dashboard-scenario")


@pytest.fixture
def station(made, tmp_path):
    return fresh_dofa(made, tmp_path / "dofa")


@pytest.fixture
def plan(station):
    return catalogue.active_plan()


def _matrix(plan, today=TODAY, kinds=None):
    chosen = [periods.get(plan, H1), periods.get(plan, YEAR)]
    return chosen, dashboard.matrix(plan, chosen, today, kinds)


def test_the_matrix_matches_the_hand_worked_cells(plan):
    assert periods.get(plan, H1).due == DUE_H1
    _periods, rows = _matrix(plan)
    assert len(rows) == EXPECTED
    h1 = {row[0].agency: row[0] for row in rows}
    year = {row[1].agency: row[1] for row in rows}
    for code, cell in h1.items():
        expected = H1_CELLS.get(code, ("missing", None, None))
        assert (cell.status, cell.channel, cell.revision) == expected, code
    assert {c: cell.status for c, cell in year.items() if cell.status != "not_due"} == {
        "SYT": "on_time",
        "STC": "on_time",
    }
    assert h1["SYT"].signed_at == "2026-06-10T09:00:00+07:00"
    assert h1["SKHDT"].signed_at == "2026-06-24T09:00:00+07:00"  # revision 2's, a late one
    assert h1["STP"].signed_at == h1["STP"].received_at == "2026-06-30T00:00:00+07:00"
    assert h1["SNGV"].received_at is None  # written here, never received
    assert h1["SXD"].signed_at.startswith("2026-06-11")  # the conflict keeps its facts


def test_totals_per_period_match_the_hand_worked_values(plan):
    _periods, rows = _matrix(plan)
    h1, year = (dashboard.totals([row[i] for row in rows]) for i in (0, 1))
    # received: the nine agencies of H1_CELLS (returned and conflict count: they reported)
    assert h1 == Totals(H1, EXPECTED, 9, 4)
    assert h1.rate == 22.0  # 9 / 41
    assert year == Totals(YEAR, EXPECTED, 2, 2)
    assert year.rate == 4.9  # 2 / 41


def test_on_time_is_the_signed_time_not_the_arrival(plan):
    """SYT's bundle arrived long after the due date, yet the report is on time; SKHDT's
    revision 2 arrived before revision 1 and still is the one that counts."""
    _periods, rows = _matrix(plan)
    h1 = {row[0].agency: row[0] for row in rows}
    assert h1["SYT"].received_at[:10] > DUE_H1.isoformat()
    assert h1["SYT"].status == "on_time"
    assert (h1["SKHDT"].revision, h1["SKHDT"].status) == (2, "late")


def test_missing_only_after_the_due_date(plan):
    for today, status in ((DUE_H1, "not_due"), (DUE_H1 + timedelta(days=1), "missing")):
        _periods, rows = _matrix(plan, today)
        assert {row[0].agency: row[0].status for row in rows}["SNV"] == status
        assert {row[0].agency: row[0].status for row in rows}["SYT"] == "on_time"


def test_the_kind_filter_keeps_the_districts_only(plan):
    _periods, rows = _matrix(plan, kinds={"district"})
    assert len(rows) == DISTRICTS
    assert {row[0].status for row in rows} == {"missing"}
    assert {row[1].status for row in rows} == {"not_due"}


# The duty view


def test_side_by_side_takes_the_latest_accepted_entry(plan):
    three = duty_view.side_by_side(plan, "III.3.3", H1, TODAY)
    assert [(e.agency, e.role, e.revision, e.status) for e in three] == [
        ("SKHDT", "lead", 2, "done"),
        ("STC", "coordinating", 1, "stalled"),
    ]
    # Revision 2 was returned and revision 1 is superseded by it: nothing counts until the
    # agency sends a new revision, as the dashboard cell says.
    (education,) = duty_view.side_by_side(plan, "III.14.1", H1, TODAY)
    assert (education.reported, education.cell_status) == (False, "returned")
    # Revision 1 is in an open conflict: nothing counts until a person decides.
    (building,) = duty_view.side_by_side(plan, "III.15.1", H1, TODAY)
    assert (building.reported, building.cell_status) == (False, "conflict")
    (health,) = duty_view.side_by_side(plan, "III.13.1", H1, TODAY)
    assert (health.status, health.progress) == ("stalled", 40)
    assert [a.name for a in health.attachments] == [EVIDENCE]


def test_side_by_side_lists_every_responsible_agency(plan):
    everyone = duty_view.side_by_side(plan, "IV.1.1", H1, TODAY)
    assert len(everyone) == EXPECTED
    by_code = {e.agency: e for e in everyone}
    # Exactly the on time and late cells that are not on paper (SGDDT's is returned).
    assert sorted(c for c, e in by_code.items() if e.reported) == sorted(
        ["SYT", "SCT", "STC", "SKHDT", "SNGV"]
    )
    paper = by_code["SNNPTNT"]
    assert (paper.reported, paper.cell_status) == (False, "on_time")  # on paper: no entries
    assert by_code["SNV"].cell_status == "missing"


def _buckets(rows) -> dict[str, tuple[int, int, int, int, int]]:
    return {
        r.label: (r.done, r.in_progress, r.not_started, r.stalled, r.not_reported)
        for r in rows
        if r.not_reported != r.duties
    }


def test_progress_by_section_matches_the_hand_worked_rule(plan):
    items = duty_view.progress_by_section(plan, H1)
    assert [r.label for r in items][:3] == ["III.1", "III.2", "III.3"]
    assert len(items) == 21 and sum(r.duties for r in items) == 49
    assert _buckets(items) == {
        "III.1": (0, 1, 0, 0, 0),  # SCT in progress; SXD's stalled entry is in a conflict
        "III.2": (6, 1, 0, 0, 0),  # DoFA's own: III.2.7 ongoing
        "III.3": (2, 0, 1, 1, 0),  # III.3.3: the lead's "done" decides over STC's "stalled";
        # SKHDT's revision 2: III.3.2 stalled, III.3.4 not started
        "III.4": (2, 1, 1, 0, 0),  # ongoing is "in progress", not started is its own
        "III.13": (0, 0, 0, 1, 0),
        # III.14: nothing, SGDDT's revision 2 was returned and revision 1 is superseded
        "IV.1": (0, 1, 0, 0, 0),
        "IV.2": (1, 0, 0, 1, 0),
    }
    sections = duty_view.progress_by_section(plan, H1, level="section")
    counts = [
        (r.label, r.duties, r.done, r.in_progress, r.not_started, r.stalled, r.not_reported)
        for r in sections
    ]
    assert counts == [("III", 46, 10, 3, 2, 2, 29), ("IV", 3, 1, 1, 0, 1, 0)]


def test_without_a_lead_entry_the_coordinating_agencies_decide(plan):
    items = duty_view.progress_by_section(plan, YEAR)
    assert _buckets(items) == {
        "III.1": (0, 1, 0, 0, 0),
        "III.3": (0, 0, 0, 1, 3),  # only STC (coordinating) reported III.3.3: stalled
        "III.13": (1, 0, 0, 0, 0),
        "IV.1": (1, 0, 0, 0, 0),
    }
    assert duty_view.duty_buckets(plan, YEAR) == {
        "III.1.1": "in_progress",
        "III.3.3": "stalled",
        "III.13.1": "done",
        "IV.1.1": "done",
    }


def test_reporting_rates_over_periods(plan):
    rates = duty_view.reporting_rates(plan, TODAY)
    assert rates[0].period == "2014-H1" and rates[-1].period == YEAR
    assert [(t.period, t.expected, t.received, t.on_time) for t in rates[-2:]] == [
        (H1, EXPECTED, 9, 4),
        (YEAR, EXPECTED, 2, 2),
    ]
    assert [t.rate for t in rates[-3:]] == [0.0, 22.0, 4.9]


# The scripting interface: `status --json` keeps its keys and words (scripts depend on them)


def test_status_json_has_exactly_the_documented_keys(station):
    data = json.loads(ok(run_cli("--profile", str(station.folder), "status", "--period", H1,
                                 "--json")))  # fmt: skip
    assert set(data) == {"period", "expected", "received", "on_time", "agencies"}
    assert (data["period"], data["expected"], data["received"], data["on_time"]) == (
        H1,
        EXPECTED,
        9,
        4,
    )
    keys = {"code", "status", "channel", "revision", "signed_at", "received_at"}
    assert all(set(row) == keys for row in data["agencies"])
    rows = {row["code"]: row for row in data["agencies"]}
    assert len(rows) == EXPECTED
    for code, (status, channel, revision) in H1_CELLS.items():
        # `status --json` gives channel bundle|paper: DoFA's own report, signed here, is
        # electronic.
        channel = "bundle" if channel == "local" else channel
        assert (rows[code]["status"], rows[code]["channel"], rows[code]["revision"]) == (
            status,
            channel,
            revision,
        )
    assert rows["SNV"] == {
        "code": "SNV",
        "status": "missing",
        "channel": None,
        "revision": None,
        "signed_at": None,
        "received_at": None,
    }
    assert rows["SNNPTNT"]["received_at"] == "2026-06-18T00:00:00+07:00"


def test_status_in_words(station):
    out = ok(run_cli("--profile", str(station.folder), "--lang", "en", "status", "--period", H1))
    assert out.splitlines()[0] == f"{H1}: 9 of {EXPECTED} received, 4 on time"


def test_receive_paper_counts_the_report(station):
    folder = str(station.folder)
    args = ("--profile", folder, "--lang", "en", "receive", "paper", "--agency", "snv")
    printed = ok(run_cli(*args, "--period", H1, "--date", "2026-06-19"))
    assert "SNV" in printed and "19/06/2026" in printed
    data = json.loads(ok(run_cli("--profile", folder, "status", "--period", H1, "--json")))
    row = next(r for r in data["agencies"] if r["code"] == "SNV")
    assert (row["status"], row["channel"], row["revision"]) == ("on_time", "paper", None)
    assert (data["received"], data["on_time"]) == (10, 5)


def test_receive_paper_signed_by_the_due_date_is_on_time_though_it_came_later(station):
    folder = str(station.folder)
    args = ("--profile", folder, "--lang", "en", "receive", "paper", "--agency", "SNV")
    printed = ok(run_cli(*args, "--period", H1, "--date", "2026-06-25", "--signed", "2026-06-18"))
    assert "signed 18/06/2026" in printed
    data = json.loads(ok(run_cli("--profile", folder, "status", "--period", H1, "--json")))
    row = next(r for r in data["agencies"] if r["code"] == "SNV")
    assert (row["status"], row["signed_at"], row["received_at"]) == (
        "on_time",
        "2026-06-18T00:00:00+07:00",
        "2026-06-25T00:00:00+07:00",
    )


def test_receive_paper_refuses_a_copy_signed_after_it_arrived(station):
    before = PaperReceipt.select().count()
    result = run_cli("--profile", str(station.folder), "--lang", "en", "receive", "paper",
                     "--agency", "SNV", "--period", H1, "--date", "2026-06-19",
                     "--signed", "2026-06-20")  # fmt: skip
    assert "signed after" in refused(result, 1)
    vi = run_cli("--profile", str(station.folder), "receive", "paper", "--agency", "SNV",
                 "--period", H1, "--date", "2026-06-19", "--signed", "2026-06-20")  # fmt: skip
    assert "Ngày ký báo cáo giấy" in refused(vi, 1)
    assert PaperReceipt.select().count() == before


@pytest.mark.parametrize(
    ("date_args", "code", "words"),
    [
        (("--date", "19/06/2026"), 2, "YYYY-MM-DD"),
        (("--date", "2026-02-30"), 2, "YYYY-MM-DD"),
        ((), 2, "--date"),
        (("--date", (date.today() + timedelta(days=2)).isoformat()), 1, "future"),
    ],
)
def test_receive_paper_needs_a_real_past_date(station, date_args, code, words):
    result = run_cli("--profile", str(station.folder), "--lang", "en", "receive", "paper",
                     "--agency", "SNV", "--period", H1, *date_args)  # fmt: skip
    assert words in refused(result, code)


def test_receive_paper_refuses_an_unknown_agency(station):
    result = run_cli("--profile", str(station.folder), "--lang", "en", "receive", "paper",
                     "--agency", "NOPE", "--period", H1, "--date", "2026-06-19")  # fmt: skip
    assert "NOPE" in refused(result, 1)


@pytest.mark.parametrize(
    "args",
    [
        ("status", "--period", H1, "--json"),
        ("receive", "paper", "--agency", "SYT", "--period", H1, "--date", "2026-06-19"),
    ],
)
def test_agency_workstations_cannot_run_the_dofa_commands(health, args):
    stderr = refused(run_cli("--profile", str(health.folder), "--lang", "en", *args), 2)
    assert "consolidating" in stderr


# One definition of the latest accepted revision


def test_every_view_counts_the_same_latest_accepted_revision(plan, station, qtbot):
    """Dashboard, duty view, consolidated pre-fill, received view and the one query agree,
    over returned, conflicting, superseded, out-of-order, own and paper reports."""
    period = periods.get(plan, H1)
    cells = {row[0].agency: row[0] for row in dashboard.matrix(plan, [period], TODAY)}
    the_query = {}
    for code in cells:
        report = latest_accepted(register.get(code), plan, H1)
        if report is not None:
            the_query[code] = report.revision
    assert the_query == {"SYT": 1, "SCT": 1, "STC": 1, "SKHDT": 2, "SNGV": 1}
    from_dashboard = {
        code: cell.revision
        for code, cell in cells.items()
        if cell.status in ("on_time", "late") and cell.channel != "paper"
    }
    side = duty_view.side_by_side(plan, "IV.1.1", H1, TODAY)  # every agency answers for it
    from_duty_view = {e.agency: e.revision for e in side if e.reported}
    passages = consolidated.prefill(plan, H1, TODAY)["passages"].values()
    from_prefill = {p["agency"]: p["revision"] for p in passages}
    assert from_dashboard == from_duty_view == from_prefill == the_query

    view = ReceivedReportsView(station)
    qtbot.addWidget(view)
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() > 0)  # read off the UI thread
    marked = {
        (r.agency.code, r.revision) for row, r in enumerate(model.reports) if model.is_latest(row)
    }
    received = {(c, r) for c, r in the_query.items() if c != "SNGV"}  # DoFA's own: not received
    assert received <= marked
    # What is marked but not accepted is exactly the returned and the conflicting revision.
    assert marked - received == {("SGDDT", 2), ("SXD", 1)}
    for row, report in enumerate(model.reports):
        view.pane.show_report(report.id)
        qtbot.waitUntil(lambda: view.pane.report is not None)
        accepted = (report.agency.code, report.revision) in received
        assert view.pane.return_button.isEnabled() == accepted, (report.agency.code, row)
