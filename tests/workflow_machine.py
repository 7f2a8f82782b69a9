"""The whole exchange workflow as a hypothesis state machine, beside a plain model of it.

Three agencies (enrolled from DoFA's kits, real Ed25519 and age keys, real SQLite files) draft,
sign, amend, export bundles and rotate their signing key; DoFA imports any subset of the files
in any order, with duplicates and losses, records paper receipts, returns reports, and writes
replies that the agencies import. Everything runs in-process through the services, one
workstation open at a time. Sign-off times are pinned to chosen days so timeliness varies.

After every step: no exception the workflow does not expect, `PRAGMA integrity_check` is ok
on DoFA's database, every revision DoFA stores verifies, the dashboard equals the plain `Model`
below (written from docs/receipts-and-timeliness.md, not from the code), and the dashboard,
the duty view, the consolidated pre-fill and the one latest-accepted query agree. At the end of
each example, every agency's database is whole and its signed revisions verify, and the files
DoFA imported are imported again into two fresh DoFA copies, in arrival order and in reverse:
the stored reports, conflicts, evidence and dashboards must be the same.

Each agency rotates its key at most once per example: after a second rotation a bundle whose
vouching key DoFA never saw is refused by design (unknown_sender), which would make acceptance
depend on arrival order; that refusal has its own tests.

Used by tests/test_workflow_machine.py (a CI-sized run) and bench/workflow_fuzz.py (many more).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    precondition,
    rule,
)

from app.models import BundleSent, Report, ReportConflict, UserAccount, db
from app.models.session import close_open_session
from app.services.catalogue import catalogue, periods, register
from app.services.consolidation import consolidated
from app.services.core.audit import VIETNAM
from app.services.core.errors import UserError
from app.services.dashboard import dashboard, duty_view, paper
from app.services.exchange import bundle_export, bundle_import, replies
from app.services.exchange.accepted import latest_accepted
from app.services.keys import key_lifecycle
from app.services.reports import document_signoff, reports, signoff
from app.services.workstation import profile
from tests.exchange_support import (
    KEYRING,
    canonical_dump,
    enrol_agency,
    evidence_state,
    make_dofa,
    shared_keyring,
    use,
)
from tests.reporting import PASSWORD

AGENCIES = ("SYT", "BATO", "HND")
PERIODS = ("2026-H1", "2026-Y")
TODAY = date(2026, 7, 1)  # 2026-H1 is overdue (due 19/06/2026); 2026-Y is not due yet
FIRST_DAY = date(2026, 6, 8)
LAST_DAY = date(2026, 11, 30)
EVERY_DUTY = "IV.1.1"  # every agency answers for it, so the duty view shows them all
STATUSES = ("not_started", "in_progress", "done", "ongoing", "stalled")
RESULTS = ("Đã triển khai", "Ký 2 thỏa thuận hợp tác", "Đón đoàn chuyên gia Nhật Bản", "")
REPORT_TABLES = ("report", "report_entry", "attachment", "report_conflict")

Key = tuple[str, str, int]  # agency code, period, revision


# --- the plain model ---------------------------------------------------------------------


@dataclass
class Model:
    """What DoFA should show, from the facts alone (docs/receipts-and-timeliness.md)."""

    signed_on: dict[Key, date] = field(default_factory=dict)  # every revision signed
    files: dict[str, list[Key]] = field(default_factory=dict)  # bundle file -> its revisions
    arrived: list[str] = field(default_factory=list)  # files DoFA imported, first arrival order
    held: set[Key] = field(default_factory=set)
    returned: set[Key] = field(default_factory=set)
    papers: dict[tuple[str, str], list[tuple[date, date]]] = field(default_factory=dict)
    rotated: set[str] = field(default_factory=set)
    acknowledged: set[Key] = field(default_factory=set)  # by a reply the agency imported

    def pending(self, code: str) -> list[Key]:
        """What the agency's next bundle carries: every signed revision not acknowledged."""
        return sorted(k for k in self.signed_on if k[0] == code and k not in self.acknowledged)

    def on_record(self, code: str, period: str) -> int | None:
        found = [r for c, p, r in self.held if (c, p) == (code, period)]
        return max(found) if found else None

    def accepted(self, code: str, period: str) -> int | None:
        revision = self.on_record(code, period)
        return None if revision is None or (code, period, revision) in self.returned else revision

    def cell(self, code: str, period: str, due: date) -> tuple[str, str | None, int | None]:
        """(status, channel, revision) of the dashboard cell."""
        revision = self.on_record(code, period)
        on_paper = self.papers.get((code, period), [])
        channel = "bundle" if revision is not None else "paper" if on_paper else None
        if revision is not None and (code, period, revision) in self.returned:
            return "returned", channel, revision
        if revision is None and not on_paper:
            return ("missing" if due < TODAY else "not_due"), None, None
        timely = (revision is not None and self.signed_on[(code, period, revision)] <= due) or any(
            signed <= due for _received, signed in on_paper
        )
        return ("on_time" if timely else "late"), channel, revision

    def outcomes(self, name: str) -> list[str]:
        """What importing the file would say of each revision, against what DoFA holds."""
        result = []
        for code, period, revision in self.files[name]:
            highest = self.on_record(code, period)
            if (code, period, revision) in self.held:
                result.append("unchanged")
            elif highest is None:
                result.append("new")
            else:
                result.append("updated" if revision > highest else "superseded")
        return result


# --- the workstations, built once ---------------------------------------------------------


@dataclass
class Pristine:
    """Closed workstation folders (DoFA and the agencies, enrolled) and their keyring."""

    root: Path
    keyring: Path
    dofa: Path
    agencies: dict[str, Path]


def build_pristine(root: Path) -> Pristine:
    with shared_keyring(root / "keyring.json"):
        dofa = make_dofa(root / "dofa")
        agencies = {
            code: enrol_agency(dofa.folder, root / code.lower(), code).folder for code in AGENCIES
        }
        return Pristine(root, root / "keyring.json", dofa.folder, agencies)


class _Clock(datetime):
    """datetime whose now() is the sign-off moment a step chose."""

    moment: datetime

    @classmethod
    def now(cls, tz=None):
        return cls.moment.astimezone(tz) if tz else cls.moment


def _copy(source: Path, target: Path) -> Path:
    close_open_session()
    shutil.copytree(source, target)
    return target


# --- the machine ---------------------------------------------------------------------------


class Workflow(RuleBasedStateMachine):
    pristine: Pristine  # set by the caller before running
    calls: Counter = Counter()  # rule name -> times run, over every example (for the bench)

    files = Bundle("files")

    def __init__(self):
        super().__init__()
        self.calls["examples"] += 1
        close_open_session()
        self.root = Path(tempfile.mkdtemp(dir=self.pristine.root, prefix="example-"))
        shutil.copy(self.pristine.keyring, self.root / "keyring.json")
        os.environ[KEYRING] = str(self.root / "keyring.json")
        self.dofa = _copy(self.pristine.dofa, self.root / "dofa")
        self.agencies = {
            code: _copy(folder, self.root / folder.name)
            for code, folder in self.pristine.agencies.items()
        }
        self.out = self.root / "out"
        self.out.mkdir()
        self.model = Model()
        self.last_signed: dict[tuple[str, str], date] = {}
        self.exports = self.evidence = 0

    @initialize(target=files, days=st.lists(st.integers(0, 20), min_size=3, max_size=3))
    def every_agency_sends_a_first_report(self, days):
        """Each agency signs 2026-H1 on its day and sends it, so DoFA has files to import."""
        paths = []
        for code, day in zip(AGENCIES, days, strict=True):
            self.write(code, PERIODS[0], "in_progress", 50, RESULTS[0], False, day)
            paths.append(self._export(code))
        return multiple(*paths)

    # Agencies

    @rule(
        code=st.sampled_from(AGENCIES),
        period=st.sampled_from(PERIODS),
        status=st.sampled_from(STATUSES),
        progress=st.integers(0, 100),
        results=st.sampled_from(RESULTS),
        evidence=st.booleans(),
        sign_after=st.one_of(st.none(), st.integers(0, 9)),
    )
    def write(self, code, period, status, progress, results, evidence, sign_after):
        """Edit the period's report (a signed one is amended first: it is read-only), then
        sign it off `sign_after` days after the previous sign-off, or leave it a draft."""
        self.calls["write"] += 1
        station = use(self.agencies[code])
        report = reports.open_draft(station, station.agency, catalogue.active_plan(), period)
        views = reports.entry_views(report)
        if report.status not in reports.EDITABLE:
            try:
                reports.update_entry(station, report, views[0].duty.ref, status=status)
            except UserError:
                report = signoff.amend(station, report, "Bổ sung số liệu")
            else:
                raise AssertionError("a signed report was edited")
        for view in views:
            reports.update_entry(
                station, report, view.duty.ref, status=status, progress=progress, results=results
            )
        if evidence:
            self.evidence += 1  # a new file each time: the same one twice is refused
            source = self.root / f"{code}-bien-ban-{self.evidence}.pdf"
            source.write_bytes(f"%PDF-1.4 {code} {period} {self.evidence}\n".encode())
            reports.attach(station, report, views[0].duty.ref, source)
        if sign_after is None:
            return
        last = self.last_signed.get((code, period), FIRST_DAY)
        day = min(last + timedelta(sign_after), LAST_DAY)
        _Clock.moment = datetime.combine(day, datetime.min.time(), VIETNAM).replace(hour=9)
        signer = UserAccount.select().where(UserAccount.role == "approver").get()
        saved, document_signoff.datetime = document_signoff.datetime, _Clock
        try:
            signoff.sign(report, signer.login, PASSWORD, station)
        finally:
            document_signoff.datetime = saved
        with pytest.raises(UserError):
            signoff.sign(report, signer.login, PASSWORD, station)  # signed once only
        self.calls["signed"] += 1
        self.last_signed[(code, period)] = day
        self.model.signed_on[(code, period, report.revision)] = day

    @precondition(lambda self: any(self.model.pending(code) for code in AGENCIES))
    @rule(target=files, data=st.data())
    def export(self, data):
        """An agency with signed revisions DoFA has not acknowledged sends them all."""
        self.calls["export"] += 1
        return self._export(
            data.draw(st.sampled_from([c for c in AGENCIES if self.model.pending(c)]))
        )

    def _export(self, code: str) -> Path:
        station = use(self.agencies[code])
        self.exports += 1
        sent, path = bundle_export.export_bundle(station, self.out / f"{code}-{self.exports}")
        carried = [(code, r["period"], r["revision"]) for r in json.loads(sent.reports)]
        assert sorted(carried) == sorted(self.model.pending(code))
        assert BundleSent.select().count() == sent.sequence
        self.model.files[path.name] = carried
        return path

    @precondition(lambda self: len(self.model.rotated) < len(AGENCIES))
    @rule(data=st.data())
    def rotate_key(self, data):
        self.calls["rotate_key"] += 1
        code = data.draw(st.sampled_from([c for c in AGENCIES if c not in self.model.rotated]))
        key_lifecycle.rotate(use(self.agencies[code]))
        self.model.rotated.add(code)

    # DoFA

    @rule(first=files, more=st.lists(files, max_size=3))
    def import_bundles(self, first, more):
        """One batch: any of the files exported so far, in any order, repeats allowed."""
        self.calls["import_bundles"] += 1
        chosen = [first, *more]
        station = use(self.dofa)
        results = bundle_import.import_bundles(station, chosen)
        assert [r.file for r in results] == [p.name for p in chosen]
        for path, result in zip(chosen, results, strict=True):
            name = path.name
            if name in self.model.arrived:
                assert result.status == "already_imported", (name, result.status, result.reason)
                assert {o.outcome for o in result.reports} <= {"unchanged"}
                continue
            assert result.status == "imported", (name, result.status, result.reason)
            expected = self.model.outcomes(name)
            assert [o.outcome for o in result.reports] == expected, name
            self.model.arrived.append(name)
            self.calls["files_arrived"] += 1
            self.model.held |= set(self.model.files[name])

    @rule(
        code=st.sampled_from(AGENCIES),
        period=st.sampled_from(PERIODS),
        received=st.integers(0, 40),
        signed_before=st.integers(0, 10),
    )
    def receive_paper(self, code, period, received, signed_before):
        self.calls["receive_paper"] += 1
        station = use(self.dofa)
        received_on = FIRST_DAY + timedelta(received)
        signed_on = received_on - timedelta(signed_before)
        paper.receive_paper(station, code, period, received_on, signed_on)
        self.model.papers.setdefault((code, period), []).append((received_on, signed_on))

    @precondition(lambda self: self.model.held)
    @rule(code=st.sampled_from(AGENCIES), period=st.sampled_from(PERIODS))
    def return_report(self, code, period):
        self.calls["return_report"] += 1
        station = use(self.dofa)
        accepted = self.model.accepted(code, period)
        try:
            returned = replies.return_report(station, code, period, "Đề nghị bổ sung số liệu")
        except UserError:
            assert accepted is None, "the latest accepted revision could not be returned"
            return
        assert returned.revision == accepted
        self.model.returned.add((code, period, accepted))

    @precondition(lambda self: self.model.held)
    @rule(code=st.sampled_from(AGENCIES))
    def reply(self, code):
        """DoFA writes a reply; the agency imports it and sees what DoFA decided."""
        self.calls["reply"] += 1
        dofa = use(self.dofa)
        _sent, path = replies.export_reply(dofa, code, self.out)
        station = use(self.agencies[code])
        result = replies.import_reply(station, path)
        assert result.status == "imported", (result.status, result.reason)
        self.model.acknowledged |= {k for k in self.model.held if k[0] == code}
        for report in Report.select().where(Report.content_json.is_null(False)):
            key = (code, report.period_id, report.revision)
            if key in self.model.returned:
                assert report.status == "returned", key
            elif key in self.model.held:
                assert report.status == "received", key
            else:
                assert report.status in ("signed", "sent"), (key, report.status)

    # After every step

    @invariant()
    def dofa_is_whole_and_verifies(self):
        use(self.dofa)
        assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        for report in Report.select().where(Report.content_json.is_null(False)):
            ok, why = signoff.verify(report)
            assert ok, (report.agency.code, report.period_id, report.revision, why)

    def _agencies_are_whole_and_verify(self):
        for code, folder in self.agencies.items():
            use(folder)
            assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok", code
            for report in Report.select().where(Report.content_json.is_null(False)):
                ok, why = signoff.verify(report)
                assert ok, (code, report.period_id, report.revision, why)

    @invariant()
    def dashboard_matches_the_model(self):
        use(self.dofa)
        plan = catalogue.active_plan()
        chosen = [periods.get(plan, p) for p in PERIODS]
        for row in dashboard.matrix(plan, chosen, TODAY):
            for cell, period in zip(row, chosen, strict=True):
                if cell.agency not in AGENCIES:
                    continue
                expected = self.model.cell(cell.agency, period.id, period.due)
                actual = (cell.status, cell.channel, cell.revision)
                assert actual == expected, (cell.agency, period.id, actual, expected)

    @invariant()
    def every_view_counts_the_same_revision(self):
        use(self.dofa)
        plan = catalogue.active_plan()
        for period in PERIODS:
            expected = {
                code: self.model.accepted(code, period)
                for code in AGENCIES
                if self.model.accepted(code, period) is not None
            }
            query = {}
            for code in AGENCIES:
                report = latest_accepted(register.get(code), plan, period)
                if report is not None:
                    query[code] = report.revision
            side = duty_view.side_by_side(plan, EVERY_DUTY, period, TODAY)
            viewed = {e.agency: e.revision for e in side if e.reported and e.agency in AGENCIES}
            passages = consolidated.prefill(plan, period, TODAY)["passages"].values()
            prefilled = {p["agency"]: p["revision"] for p in passages if p["agency"] in AGENCIES}
            assert query == viewed == prefilled == expected, (period, query, viewed, prefilled)

    # At the end of each example

    def teardown(self):
        try:
            self._agencies_are_whole_and_verify()
            if self.model.arrived:
                self._check_arrival_order_does_not_matter()
        finally:
            close_open_session()
            shutil.rmtree(self.root, ignore_errors=True)

    def _check_arrival_order_does_not_matter(self):
        arrived = [self.out / name for name in self.model.arrived]
        states = []
        for label, order in (("forward", arrived), ("reverse", arrived[::-1])):
            folder = _copy(self.pristine.dofa, self.root / f"replay-{label}")
            station = use(folder)
            results = bundle_import.import_bundles(station, order)
            assert {r.status for r in results} == {"imported"}, [r.reason for r in results]
            plan = catalogue.active_plan()
            chosen = [periods.get(plan, p) for p in PERIODS]
            cells = [
                (c.agency, c.period, c.status, c.revision, c.signed_at)
                for row in dashboard.matrix(plan, chosen, TODAY)
                for c in row
            ]
            conflicts = ReportConflict.select().count()
            close_open_session()
            dump = canonical_dump(profile.db_path(folder))
            states.append(
                (
                    {t: dump[t] for t in REPORT_TABLES},
                    evidence_state(folder),
                    cells,
                    conflicts,
                )
            )
        assert states[0] == states[1], "the end state depends on the arrival order"
