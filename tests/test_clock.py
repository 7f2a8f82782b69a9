"""Sign-off times DoFA cannot believe are flagged "needs review", never counted on time.

The agency's clock is really moved (`faketime`, an LD_PRELOAD library, around a real
`plantracker report sign` process); DoFA imports with the true clock.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta

import pytest

from app.models.session import close_open_session
from app.services.catalogue import catalogue, periods
from app.services.dashboard import dashboard
from app.services.reports import reports, signoff
from tests.exchange_support import enrol_agency, export, make_dofa, sign_period, use
from tests.reporting import PASSWORD, complete_draft

pytestmark = pytest.mark.skipif(
    shutil.which("faketime") is None, reason="faketime is not installed (scripts/setup.sh --test)"
)

SIGNER = "nguyen.van.an"
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _sign_at(folder, period_id: str, when: str) -> None:
    """`report sign` run by a process whose clock says `when` (faketime syntax)."""
    _run_at(folder, when, "report", "sign", "--period", period_id, "--user", SIGNER)


def _run_at(folder, when: str, *argv: str) -> None:
    """A `plantracker` command run by a process whose clock says `when`."""
    close_open_session()
    done = subprocess.run(
        ["faketime", when, sys.executable, "-m", "app", "--profile", str(folder), *argv],
        cwd=REPO,
        env={**os.environ, "PLANTRACKER_PASSWORD": PASSWORD},
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()


def _status(dofa, agency_code: str, period_id: str) -> tuple[str, dict]:
    use(dofa)
    shown = dashboard.status(catalogue.active_plan(), period_id, date.today())
    (cell,) = [a for a in shown["agencies"] if a["code"] == agency_code]
    return cell["status"], shown


@pytest.fixture
def pair(tmp_path):
    dofa = make_dofa(tmp_path / "dofa")
    health = enrol_agency(dofa.folder, tmp_path / "syt", "SYT")
    return dofa, health


def _deliver(dofa, health, tmp_path, name: str) -> None:
    from app.services.exchange import bundle_import

    bundle = export(use(health), tmp_path / name)
    (result,) = bundle_import.import_bundles(use(dofa), [bundle])
    assert result.status == "imported", result


def test_signed_before_the_period_starts(pair, tmp_path):
    dofa, health = pair
    use(health)
    complete_draft(health, "2026-H1")
    _sign_at(health.folder, "2026-H1", "2025-03-01 09:00:00")  # a clock a year and more back
    _deliver(dofa, health, tmp_path, "b1.ptbundle")
    status, shown = _status(dofa, "SYT", "2026-H1")
    assert status == "needs_review"
    assert shown["on_time"] == 0 and shown["received"] >= 1


def test_signed_after_dofa_received_it(pair, tmp_path):
    dofa, health = pair
    use(health)
    complete_draft(health, "2026-Y")
    ahead = (date.today() + timedelta(days=365)).isoformat() + " 09:00:00"
    _sign_at(health.folder, "2026-Y", ahead)  # a clock a year ahead
    _deliver(dofa, health, tmp_path, "b1.ptbundle")
    assert _status(dofa, "SYT", "2026-Y")[0] == "needs_review"


def test_a_revision_signed_before_the_one_it_replaces(pair, tmp_path):
    """The first revision is signed now; the second, with the clock put back a month, would
    otherwise look earlier — and so perhaps on time — than the first."""
    dofa, health = pair
    use(health)
    complete_draft(health, "2026-Y")
    _sign_at(health.folder, "2026-Y", "now")
    _deliver(dofa, health, tmp_path, "b1.ptbundle")
    ordinary = _status(dofa, "SYT", "2026-Y")[0]
    assert ordinary in ("on_time", "late")  # a believable time is judged as always
    use(health)
    plan = catalogue.active_plan()
    signoff.amend(health, reports.latest(health.agency, plan, "2026-Y"), "Bổ sung số liệu")
    _sign_at(health.folder, "2026-Y", "30 days ago")
    _deliver(dofa, health, tmp_path, "b2.ptbundle")
    assert _status(dofa, "SYT", "2026-Y")[0] == "needs_review"


def test_each_rule_alone():
    kind, start, end = periods.bounds("2026-H1")
    period = periods.Period("2026-H1", kind, start, end, end + timedelta(days=7))
    doubtful = dashboard.unbelievable_sign_off
    at = "2026-06-10T09:00:00+07:00"
    assert not doubtful(period, at, "2026-06-11T08:00:00+07:00", "2026-06-01T08:00:00+07:00")
    assert doubtful(period, "2025-12-14T23:59:00+07:00", None, None)  # before 15/12/2025
    assert doubtful(period, at, "2026-06-10T08:59:59+07:00", None)  # after DoFA received it
    assert doubtful(period, at, None, "2026-06-10T09:00:01+07:00")  # before the earlier one
    received = "2026-06-12T08:00:00+07:00"
    assert not doubtful(period, at, received, None, "2026-06-11")  # issued between: believable
    assert doubtful(period, at, received, None, "2025-12-01")  # issued before the period
    assert doubtful(period, at, received, None, "2026-06-13")  # issued after DoFA received it
    assert doubtful(period, at, received, None, "2026-06-09")  # issued before it was signed


def test_issued_after_dofa_received_it(pair, tmp_path):
    """Signed at a believable time; numbered by a clerk whose clock is a year ahead."""
    dofa, health = pair
    sign_period(health, "2026-Y", "Cả năm")
    ahead = (date.today() + timedelta(days=365)).isoformat() + " 09:00:00"
    _run_at(health.folder, ahead, "report", "issue", "--period", "2026-Y", "--user", SIGNER)
    _deliver(dofa, health, tmp_path, "b1.ptbundle")
    assert _status(dofa, "SYT", "2026-Y")[0] == "needs_review"
