"""A report numbered after DoFA acknowledged it: its issue statement travels in the next bundle.

End to end through the scripting interface: Sở Y tế's signed report is exported, imported on
DoFA and acknowledged by DoFA's reply; only then does the clerk (here the approver, as an
office without a clerk account does) issue it. The next `bundle export` carries the revision
again with its statement; DoFA keeps the content (`unchanged`) and takes the number.
"""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from tests.conftest import run_cli
from tests.exchange_cli_helpers import (
    APPROVER_LOGIN,
    APPROVER_NAME,
    APPROVER_PASSWORD,
    APPROVER_POSITION,
    PERIOD,
    audit_actions,
    db_rows,
    ok,
    refused,
)

NOTHING = "nothing to export"


@pytest.fixture(scope="module")
def acknowledged(tmp_path_factory, standard_exchange_base):
    """The standard exchange once DoFA has imported revision 1 and the agency its reply."""
    ex = standard_exchange_base.clone(tmp_path_factory.mktemp("late-issue") / "ex")
    rc, [result] = ex.import_bundles(ex.export_bundle("syt"))
    assert rc == 0 and result["status"] == "imported", result
    folder = ex.root / "replies"
    folder.mkdir()
    reply = ok(ex.cli("dofa", "reply", "export", "--agency", "SYT", "--out", str(folder)))
    ok(ex.cli("syt", "bundle", "import", reply.strip(), "--json"))
    return ex


@pytest.fixture
def ex(acknowledged, tmp_path):
    return acknowledged.clone(tmp_path / "ex")


def _issue(ex, name: str, number: int) -> None:
    ok(
        ex.cli(
            name, "report", "issue", "--period", PERIOD, "--user", APPROVER_LOGIN,
            "--number", str(number), env={"PLANTRACKER_PASSWORD": APPROVER_PASSWORD},
        )
    )  # fmt: skip


def _issued_at_dofa(ex):
    return json.loads(ok(ex.show("dofa", agency="SYT")))["issued"]


def _export_refused(ex, name: str = "syt") -> str:
    folder = ex.root / "out" / name
    folder.mkdir(parents=True, exist_ok=True)
    return refused(ex.cli(name, "bundle", "export", "--out", str(folder)))


def test_a_number_given_after_acknowledgement_reaches_dofa(ex):
    assert NOTHING in _export_refused(ex)  # acknowledged, not issued: truly nothing new
    assert _issued_at_dofa(ex) is None
    _issue(ex, "syt", 45)
    bundle = ex.export_bundle("syt")
    rc, [result] = ex.import_bundles(bundle)
    assert rc == 0 and result["status"] == "imported", result
    assert [(r["period"], r["revision"], r["outcome"]) for r in result["reports"]] == [
        (PERIOD, 1, "unchanged")
    ]
    issued = _issued_at_dofa(ex)
    assert issued["number"] == 45 and issued["symbol"] == "45/BC-SYT", issued
    assert issued["by"] == {"name": APPROVER_NAME, "position": APPROVER_POSITION}
    assert issued == json.loads(ok(ex.show("syt")))["issued"]  # the agency's own line
    # The statement has travelled: nothing waits any more.
    assert NOTHING in _export_refused(ex)
    # The same bundle twice changes nothing the second time.
    before = db_rows(ex.dofa)
    rc, [again] = ex.import_bundles(bundle)
    assert rc == 0 and again["status"] == "already_imported", again
    assert db_rows(ex.dofa) == before
    assert _issued_at_dofa(ex) == issued


def test_a_second_statement_for_an_issued_revision_is_refused_by_name(ex):
    ex.copy_profile("syt", "syt-restored")  # as restored from a backup made before issue
    _issue(ex, "syt", 45)
    rc, [result] = ex.import_bundles(ex.export_bundle("syt"))
    assert rc == 0 and result["status"] == "imported", result
    _issue(ex, "syt-restored", 46)  # the same revision numbered again from the old register
    other = ex.export_bundle("syt-restored")
    before = db_rows(ex.dofa)
    rc, [result] = ex.import_bundles(other)
    assert rc == 1 and result["status"] == "rejected", result
    rejected = [d for action, d in audit_actions(ex.dofa) if action == "bundle.rejected"]
    assert rejected[-1]["reason"] == "issue_conflict", rejected
    assert "was issued as No. 45/BC-SYT" in result["reason"]
    assert "46/BC-SYT" in result["reason"]
    assert db_rows(ex.dofa) == before  # never silently replaced
    assert _issued_at_dofa(ex)["symbol"] == "45/BC-SYT"
    in_vietnamese = run_cli("--profile", str(ex.dofa), "bundle", "import", str(other), env=ex.env)
    assert in_vietnamese.returncode == 1  # each file's outcome is listed on stdout
    assert "đã được ban hành với số 45/BC-SYT" in in_vietnamese.stdout.decode("utf-8")


def test_a_statement_issued_while_the_revision_waits_travels_with_it_once(
    standard_exchange_base, tmp_path
):
    ex = standard_exchange_base.clone(tmp_path / "ex")  # signed, never exported
    _issue(ex, "syt", 7)
    time.sleep(1.1)  # the bundle is recorded in a later second than the statement
    rc, [result] = ex.import_bundles(ex.export_bundle("syt"))
    assert rc == 0 and result["status"] == "imported", result
    assert _issued_at_dofa(ex)["symbol"] == "7/BC-SYT"
    folder = ex.root / "replies"
    folder.mkdir()
    reply = ok(ex.cli("dofa", "reply", "export", "--agency", "SYT", "--out", str(folder)))
    ok(ex.cli("syt", "bundle", "import", reply.strip(), "--json"))
    # Acknowledged and its statement already carried: not sent a second time.
    assert NOTHING in _export_refused(ex)
    # So too for a bundle recorded before the carried statements were listed by symbol.
    with sqlite3.connect(ex.profile("syt") / "plantracker.sqlite") as connection:
        for sequence, listed in connection.execute("SELECT sequence, reports FROM bundle_sent"):
            plain = [{"period": i["period"], "revision": i["revision"]} for i in json.loads(listed)]
            connection.execute(
                "UPDATE bundle_sent SET reports = ? WHERE sequence = ?",
                (json.dumps(plain), sequence),
            )
    assert NOTHING in _export_refused(ex)
