"""A scripted province for the dashboard tests, built through the real services.

DoFA (SNGV) and six agencies set up from DoFA's kits and enrolled; each signs its reports at
a fixed sign-off time (the signing clock is pinned, nothing else is) and sends them as real
bundles, which DoFA imports. DoFA returns one report, records two paper reports and signs its
own. Due date of 2026-H1: Friday 19/06/2026 (five working days after 14/06); the tests look at
the world on TODAY = 01/07/2026, when 2026-H1 is overdue and 2026-Y (due 21/12/2026) is not.

2026-H1, as worked out by hand (cell: status, channel, revision):
  SYT      signed 10/06            on_time  bundle 1
  SCT      signed 25/06            late     bundle 1
  STC      signed 12/06            on_time  bundle 1
  SXD      revision 1 signed twice, different contents: conflict, bundle 1
  SGDDT    r1 15/06, r2 22/06, r2 returned by DoFA: returned, bundle 2
  SKHDT    r1 10/06, r2 24/06 (r2 imported first): late, bundle 2
  SNGV     DoFA's own, signed 16/06: on_time, local 1
  SNNPTNT  on paper, received 18/06: on_time, paper (no revision)
  STP      on paper, received 30/06: late, paper (no revision)
  the 32 other agencies of the register: missing
2026-Y: SYT and STC signed 30/06: on_time; the 39 others: not_due.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

from app.models import UserAccount
from app.models.session import close_open_session
from app.services.catalogue import catalogue
from app.services.core.audit import VIETNAM
from app.services.dashboard import paper
from app.services.exchange import bundle_import, replies
from app.services.reports import document_signoff, reports, signoff
from app.services.workstation import profile
from tests.exchange_support import (
    copy_profile,
    enrol_agency,
    export,
    make_dofa,
    shared_keyring,
    use,
)
from tests.reporting import PASSWORD, approver

TODAY = date(2026, 7, 1)
H1, YEAR = "2026-H1", "2026-Y"
DUE_H1 = date(2026, 6, 19)
EVIDENCE = "biên bản kiểm tra.pdf"  # attached by SYT to III.13.1 in 2026-H1

# What each signed revision says, duty by duty (duties not named: "done").
SYT_H1 = {"III.13.1": "stalled"}
SCT_H1 = {"III.1.1": "in_progress", "III.4.3": "ongoing", "III.4.4": "not_started"}
STC_H1 = {"III.3.3": "stalled"}  # coordinating on III.3.3: the lead (SKHDT) decides
SXD_H1 = {"III.1.1": "stalled", "III.15.1": "stalled", "IV.1.1": "stalled"}
SGDDT_H1_R1 = {"III.14.2": "in_progress"}
SGDDT_H1_R2 = {"III.14.1": "stalled"}  # returned: the view falls back to revision 1
SKHDT_H1_R1 = {"III.1.1": "in_progress", "III.3.1": "in_progress", "III.3.3": "in_progress"}
SKHDT_H1_R2 = {"III.3.2": "stalled", "III.3.4": "not_started", "IV.1.1": "in_progress"}
SNGV_H1 = {"III.2.7": "ongoing", "IV.2.2": "stalled"}
STC_Y = {"III.1.1": "in_progress", "III.3.3": "stalled"}  # no lead entry: STC decides


@dataclass
class Scenario:
    root: Path
    dofa: Path  # a closed DoFA profile folder with everything imported
    keyring: str


class _Clock(datetime):
    """datetime whose now() is the sign-off moment a step asks for."""

    moment: datetime

    @classmethod
    def now(cls, tz=None):
        return cls.moment.astimezone(tz) if tz else cls.moment


def signed_on(
    station,
    period_id: str,
    statuses: dict[str, str],
    day: date,
    hour: int = 9,
    evidence: tuple[str, str] | None = None,
):
    """Fill the period's draft (amended or new) and sign it off at day, hour (Vietnam time);
    evidence (duty ref, file name): attach a small file to that duty's entry."""
    use(station)
    plan = catalogue.active_plan()
    report = reports.open_draft(station, station.agency, plan, period_id)
    if evidence is not None:
        source = station.folder.parent / evidence[1]
        source.write_bytes(b"%PDF-1.4 bien ban " + station.agency_code.encode())
        reports.attach(station, report, evidence[0], source)
    for view in reports.entry_views(report):
        ref = view.duty.ref
        status = statuses.get(ref, "done")
        reports.update_entry(
            station,
            report,
            ref,
            None,
            status=status,
            progress=100 if status == "done" else 40,
            results=f"{station.agency_code} {period_id} r{report.revision}: {ref}",
        )
    signer = UserAccount.select().where(UserAccount.role == "approver").get()
    _Clock.moment = datetime.combine(day, datetime.min.time(), VIETNAM).replace(hour=hour)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(document_signoff, "datetime", _Clock)
        return signoff.sign(report, signer.login, PASSWORD, station)


def amend(station, period_id: str) -> None:
    use(station)
    plan = catalogue.active_plan()
    signoff.amend(station, reports.latest(station.agency, plan, period_id), "Bổ sung số liệu")


def build(root: Path) -> Scenario:
    dofa = make_dofa(root / "dofa")
    out = root / "bundles"
    out.mkdir()
    agencies = {
        code: enrol_agency(dofa.folder, root / code.lower(), code)
        for code in ("SYT", "SCT", "STC", "SXD", "SGDDT", "SKHDT")
    }
    files = []

    def send(code: str, name: str, chosen=None) -> None:
        files.append(export(agencies[code], out / f"{name}.ptbundle", chosen))

    signed_on(agencies["SYT"], H1, SYT_H1, date(2026, 6, 10), evidence=("III.13.1", EVIDENCE))
    signed_on(agencies["SYT"], YEAR, {}, date(2026, 6, 30))
    send("SYT", "syt")
    signed_on(agencies["SCT"], H1, SCT_H1, date(2026, 6, 25))
    send("SCT", "sct")
    signed_on(agencies["STC"], H1, STC_H1, date(2026, 6, 12))
    signed_on(agencies["STC"], YEAR, STC_Y, date(2026, 6, 30))
    send("STC", "stc")
    # SXD's database restored from a copy taken before sign-off, then signed again.
    sxd = agencies["SXD"]
    close_open_session()
    saved = root / "sxd-before.sqlite"
    shutil.copy(profile.db_path(sxd.folder), saved)
    signed_on(sxd, H1, SXD_H1, date(2026, 6, 11))
    send("SXD", "sxd-a")
    close_open_session()
    for leftover in sxd.folder.glob(profile.DB_NAME + "-*"):
        leftover.unlink()
    shutil.copy(saved, profile.db_path(sxd.folder))
    signed_on(sxd, H1, {}, date(2026, 6, 11), hour=10)
    send("SXD", "sxd-b")
    signed_on(agencies["SGDDT"], H1, SGDDT_H1_R1, date(2026, 6, 15))
    amend(agencies["SGDDT"], H1)
    signed_on(agencies["SGDDT"], H1, SGDDT_H1_R2, date(2026, 6, 22))
    send("SGDDT", "sgddt")
    signed_on(agencies["SKHDT"], H1, SKHDT_H1_R1, date(2026, 6, 10))
    amend(agencies["SKHDT"], H1)
    signed_on(agencies["SKHDT"], H1, SKHDT_H1_R2, date(2026, 6, 24))
    send("SKHDT", "skhdt-2", [(H1, 2)])  # the later revision travels first
    send("SKHDT", "skhdt-1", [(H1, 1)])

    station = use(dofa)
    results = bundle_import.import_bundles(station, files)
    statuses = [r.status for r in results]
    assert statuses.count("conflict") == 1 and statuses.count("imported") == len(files) - 1
    replies.return_report(station, "SGDDT", H1, "Bổ sung kết quả nhiệm vụ III.14.1")
    paper.receive_paper(station, "SNNPTNT", H1, date(2026, 6, 18))
    paper.receive_paper(station, "STP", H1, date(2026, 6, 30))
    approver(station)
    signed_on(station, H1, SNGV_H1, date(2026, 6, 16))
    close_open_session()
    return Scenario(root, dofa.folder, str(root / "keyring.json"))


def scenario(root: Path) -> Scenario:
    """The scenario under root, built once per test session (both test modules share it)."""
    root.mkdir(parents=True, exist_ok=True)
    marker = root / "built"
    if marker.exists():
        return Scenario(root, root / "dofa", str(root / "keyring.json"))
    with shared_keyring(root / "keyring.json"):
        made = build(root)
    marker.write_text("ok")
    return made


def fresh_dofa(made: Scenario, target: Path):
    """A copy of the scenario's DoFA workstation, opened: each test may change its own."""
    close_open_session()
    return use(copy_profile(made.dofa, target))
