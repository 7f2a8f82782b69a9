"""Paper receipts are their own records: a later bundle of any revision imports normally, and
the report is on time when the paper copy or the accepted revision was signed by the due date.

Health signs 2026-H1 revision 1 on 10/06/2026 (due Friday 19/06) and revision 2, amended, on
25/06 (late); each goes in its own bundle. Every test starts from a copy of DoFA with nothing
imported.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from app.models import PaperReceipt, Report
from app.models.session import close_open_session
from app.services.catalogue import catalogue, periods
from app.services.core.errors import UserError
from app.services.dashboard import dashboard, paper
from app.services.exchange import bundle_import
from app.services.workstation import profile
from tests import workstations
from tests.conftest import run_cli
from tests.dashboard_scenario import amend, signed_on
from tests.exchange_cli_helpers import ok
from tests.exchange_support import (
    KEYRING,
    copy_profile,
    enrol_agency,
    export,
    make_dofa,
    shared_keyring,
    use,
)
from tests.test_migrations import FIXTURES, _profile_from_dump

H1 = "2026-H1"
DUE = date(2026, 6, 19)
TODAY = date(2026, 7, 1)


@dataclass
class World:
    keyring: str
    pristine: Path
    first: Path  # revision 1, signed 10/06
    second: Path  # revision 2, signed 25/06


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    root = tmp_path_factory.mktemp("paper")
    with shared_keyring(root / "keyring.json"):
        dofa = make_dofa(root / "dofa")
        health = enrol_agency(dofa.folder, root / "syt", "SYT")
        out = root / "bundles"
        out.mkdir()
        signed_on(health, H1, {}, date(2026, 6, 10))
        first = export(health, out / "syt-1.ptbundle", [(H1, 1)])
        amend(health, H1)
        signed_on(health, H1, {}, date(2026, 6, 25))
        second = export(health, out / "syt-2.ptbundle", [(H1, 2)])
        pristine = copy_profile(dofa.folder, root / "dofa-pristine")
        return World(str(root / "keyring.json"), pristine, first, second)


@pytest.fixture
def station(world, tmp_path, monkeypatch):
    monkeypatch.setenv(KEYRING, world.keyring)
    return use(copy_profile(world.pristine, tmp_path / "dofa"))


def _cell(today: date = TODAY) -> dashboard.Cell:
    plan = catalogue.active_plan()
    column = [row[0] for row in dashboard.matrix(plan, [periods.get(plan, H1)], today)]
    return next(c for c in column if c.agency == "SYT")


def _import(station, *files: Path) -> list[tuple[str, list[str]]]:
    results = bundle_import.import_bundles(station, list(files))
    return [(r.status, [o.outcome for o in r.reports]) for r in results]


def test_a_bundle_of_the_same_revision_imports_after_a_paper_receipt(station, world):
    paper.receive_paper(station, "SYT", H1, date(2026, 6, 18))
    assert Report.select().count() == 0, "a paper receipt is no report revision"
    cell = _cell()
    assert (cell.status, cell.channel, cell.revision) == ("on_time", "paper", None)

    assert _import(station, world.first) == [("imported", ["new"])]
    cell = _cell()
    assert (cell.status, cell.channel, cell.revision) == ("on_time", "bundle", 1)
    assert (cell.paper_received_on, cell.paper_signed_on) == (date(2026, 6, 18),) * 2
    assert cell.signed_at == "2026-06-10T09:00:00+07:00"


def test_paper_then_both_revisions_import_normally(station, world):
    paper.receive_paper(station, "SYT", H1, date(2026, 6, 18))
    assert _import(station, world.first, world.second) == [
        ("imported", ["new"]),
        ("imported", ["updated"]),
    ]
    assert sorted(r.revision for r in Report.select()) == [1, 2]
    cell = _cell()
    # Revision 2 was signed late, but the paper copy was signed by the due date.
    assert (cell.status, cell.channel, cell.revision) == ("on_time", "bundle", 2)
    assert cell.signed_at == "2026-06-25T09:00:00+07:00"


def test_without_the_paper_copy_the_late_amendment_decides(station, world):
    _import(station, world.first, world.second)
    assert (_cell().status, _cell().paper_received_on) == ("late", None)


def test_a_paper_copy_signed_late_does_not_make_an_on_time_bundle_late(station, world):
    paper.receive_paper(station, "SYT", H1, date(2026, 6, 30))
    assert _cell().status == "late"  # on paper only, signed (at the latest) on 30/06
    _import(station, world.first)
    assert (_cell().status, _cell().revision) == ("on_time", 1)


def test_a_paper_copy_signed_late_and_a_late_bundle_are_late(station, world):
    paper.receive_paper(station, "SYT", H1, date(2026, 6, 30), date(2026, 6, 22))
    _import(station, world.second)
    assert (_cell().status, _cell().revision) == ("late", 2)


def test_a_copy_signed_by_the_due_date_but_received_later_is_on_time(station):
    paper.receive_paper(station, "SYT", H1, date(2026, 6, 26), date(2026, 6, 19))
    cell = _cell()
    assert (cell.status, cell.received_at) == ("on_time", "2026-06-26T00:00:00+07:00")


def test_paper_before_or_after_the_bundles_ends_the_same(station, world, tmp_path):
    paper.receive_paper(station, "SYT", H1, date(2026, 6, 18))
    _import(station, world.second, world.first)
    paper_first = _facts(_cell())
    other = use(copy_profile(world.pristine, tmp_path / "other"))
    _import(other, world.first, world.second)
    paper.receive_paper(other, "SYT", H1, date(2026, 6, 18))
    assert _facts(_cell()) == paper_first


def _facts(cell: dashboard.Cell) -> tuple:
    """What a cell says, without the time of the import (which says when the test ran)."""
    return (cell.status, cell.channel, cell.revision, cell.signed_at, cell.paper_received_on,
            cell.paper_signed_on)  # fmt: skip


def test_paper_refusals_write_nothing(station):
    with pytest.raises(UserError, match="signed after"):
        paper.receive_paper(station, "SYT", H1, date(2026, 6, 18), date(2026, 6, 19))
    with pytest.raises(UserError, match="future"):
        paper.receive_paper(station, "SYT", H1, date(2999, 1, 1))
    assert PaperReceipt.select().count() == 0


def test_paper_revisions_of_schema_9_become_paper_receipts(tmp_path):
    folder = _profile_from_dump(FIXTURES / "schema_v9.sql", tmp_path / "ws")
    with sqlite3.connect(profile.db_path(folder)) as connection:
        connection.execute(
            "INSERT INTO report (id, agency_id, plan_id, period_id, revision, status,"
            " impl_number, impl_title, created_at, updated_at, signed_at, received_at, channel)"
            " VALUES (7, 14, 1, '2026-Y', 2, 'received', '', '', '2026-12-20T10:00:00+07:00',"
            " '2026-12-20T10:00:00+07:00', '2026-12-18T00:00:00+07:00',"
            " '2026-12-18T00:00:00+07:00', 'paper')"
        )
    close_open_session()
    workstations.use(folder)
    (receipt,) = PaperReceipt.select()
    assert (receipt.agency.code, receipt.period_id) == ("SYT", "2026-Y")
    assert (receipt.received_on, receipt.signed_on) == (date(2026, 12, 18),) * 2
    assert receipt.recorded_at == "2026-12-20T10:00:00+07:00"
    assert [(r.id, r.channel) for r in Report.select()] == [(1, "local")]


def test_the_command_line_imports_a_bundle_after_a_paper_receipt(station, world):
    """The first release stopped here with a TypeError: the paper report had taken revision 1."""
    folder = str(station.folder)
    close_open_session()
    ok(run_cli("--profile", folder, "receive", "paper", "--agency", "SYT", "--period", H1,
               "--date", "2026-06-18"))  # fmt: skip
    printed = ok(run_cli("--profile", folder, "bundle", "import", str(world.first),
                         str(world.second), "--json"))  # fmt: skip
    results = json.loads(printed)
    assert [(r["status"], [o["outcome"] for o in r["reports"]]) for r in results] == [
        ("imported", ["new"]),
        ("imported", ["updated"]),
    ]
    status = json.loads(ok(run_cli("--profile", folder, "status", "--period", H1, "--json")))
    row = next(a for a in status["agencies"] if a["code"] == "SYT")
    assert (row["status"], row["channel"], row["revision"]) == ("on_time", "bundle", 2)
