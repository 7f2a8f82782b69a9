"""DoFA's consolidated report on a plan for a period, to the Provincial People's Committee.

The app pre-fills it duty by duty from each agency's latest accepted revision: the revision the
dashboard counts as received (on time or late), neither returned for revision nor waiting in
the conflict inbox. Each passage is attributed to its agency. DoFA writes a summary per section
and the overall assessment, and may rewrite a passage.

A draft keeps the pre-fill DoFA last accepted (`accepted_prefill`); a later import changes the
live pre-fill only. What the live one says differently, and DoFA taking a change or keeping its
text: prefill_changes.py. Nothing DoFA wrote is ever replaced by an import.

Sign-off and amendments: consolidated_signoff.py; the document: consolidated_document.py.
"""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING

from app.models import ConsolidatedReport, Plan, Report
from app.services.catalogue import periods
from app.services.consolidation.concurrent_edits import Part, check_fields, check_part, locked_row
from app.services.core import audit, storage_errors
from app.services.core.errors import UserError
from app.services.core.text import nfc
from app.services.core.vocabulary import AuditAction, DashboardStatus, ReportStatus
from app.services.dashboard import dashboard
from app.services.exchange.accepted import accepted_report_ids
from app.services.reports import signoff

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

PASSAGE_FIELDS = ("status", "progress", "results", "difficulties", "proposals")
USED = (
    DashboardStatus.ON_TIME,
    DashboardStatus.LATE,
    DashboardStatus.NEEDS_REVIEW,
)  # dashboard statuses whose revision feeds the pre-fill
EDIT = AuditAction.CONSOLIDATED_EDIT


def passage_key(ref: str, agency_code: str) -> str:
    return f"{ref}|{agency_code}"


def plan_order(key: str) -> list:
    ref, _, code = key.partition("|")
    return [[int(p) if p.isdigit() else p for p in ref.split(".")], code]


# --- the live pre-fill -----------------------------------------------------------------------


def prefill(plan: Plan, period_id: str, today: date | None = None) -> dict:
    """What the agencies' latest accepted revisions say, as JSON-ready data.

    {"counts": {expected, received, on_time, late, missing, not_due, returned, conflict, rate},
     "reporting": [{code, name, status, channel, revision, signed_at}] (every expected agency),
     "passages": {"<ref>|<code>": {ref, agency, agency_name, revision, status, progress,
                                    results, difficulties, proposals}}}
    """
    period = periods.get(plan, period_id)
    expected = dashboard.expected_agencies(plan)
    column = [row[0] for row in dashboard.matrix(plan, [period], today, expected=expected)]
    agencies = {a.code: a for a in expected}
    total = dashboard.totals(column)
    # An untracked period has no counts to report; leaving the key out keeps earlier pre-fills
    # (taken before the status existed) equal to the live one.
    counted = [s for s in dashboard.STATUSES if s != dashboard.NOT_TRACKED]
    counts = {status: sum(c.status == status for c in column) for status in counted}
    # format: the keys of the status counts (`status --json`)
    counts |= {"expected": total.expected, "received": total.received, "rate": total.rate}
    reporting = [
        {
            "code": cell.agency,
            "name": agencies[cell.agency].name_vi,
            "status": cell.status,
            "channel": cell.channel,
            "revision": cell.revision,
            "signed_at": cell.signed_at,
        }
        for cell in column
    ]
    by_id = {a.id: a for a in agencies.values()}
    # Each agency's words come from its signed content, verified, never from the entry rows
    # kept beside it (which a hand edit of the database file could change unseen).
    used = [
        report_id
        for agency_id, report_id in accepted_report_ids(plan, period_id).items()
        if agency_id in by_id  # an agency retired since it reported is not expected now
    ]
    signed = Report.select().where(Report.id.in_(used or [0]))
    passages = {}
    for report in signed:
        agency = by_id[report.agency_id]
        for entry in signoff.verified_content(report)["entries"]:
            passages[passage_key(entry["ref"], agency.code)] = {
                "ref": entry["ref"],
                "agency": agency.code,
                "agency_name": agency.name_vi,
                "revision": report.revision,
                **{name: entry[name] for name in PASSAGE_FIELDS},
            }
    return {"counts": counts, "reporting": reporting, "passages": passages}


# --- drafts and DoFA's writing ---------------------------------------------------------------


def latest(plan: Plan, period_id: str) -> ConsolidatedReport | None:
    return (
        ConsolidatedReport.select()
        .where((ConsolidatedReport.plan == plan) & (ConsolidatedReport.period_id == period_id))
        .order_by(ConsolidatedReport.revision.desc())
        .first()
    )


def revisions(plan: Plan, period_id: str) -> list[ConsolidatedReport]:
    return list(
        ConsolidatedReport.select()
        .where((ConsolidatedReport.plan == plan) & (ConsolidatedReport.period_id == period_id))
        .order_by(ConsolidatedReport.revision)
    )


def open_draft(
    station: Workstation, plan: Plan, period_id: str, actor: str | None = None
) -> ConsolidatedReport:
    """The period's latest revision; revision 1, pre-filled from what is received, if none."""
    periods.bounds(period_id)
    report = latest(plan, period_id)
    if report is not None:
        return report
    now = audit.now_iso()
    report = ConsolidatedReport(
        plan=plan,
        period_id=period_id,
        revision=1,
        accepted_prefill=stored_json(prefill(plan, period_id)),
        created_at=now,
        updated_at=now,
    )
    if station.session.is_read_only:  # a profile on read-only media: shown, not kept
        return report
    with station.session.atomic():
        started = latest(plan, period_id)  # another officer may have started it meanwhile
        if started is not None:
            return started
        report.save(force_insert=True)
        audit.record(AuditAction.CONSOLIDATED_CREATE, actor, period=period_id, revision=1)
    return report


def summaries(report: ConsolidatedReport) -> dict[str, str]:
    """DoFA's summary per plan section ident; "" is the summary of the reporting situation."""
    return json.loads(report.summary_vi or "{}")


def edits(report: ConsolidatedReport) -> dict[str, str]:
    return json.loads(report.edits or "{}")


def accepted(report: ConsolidatedReport) -> dict:
    return json.loads(report.accepted_prefill or "{}")


def ensure_editable(report: ConsolidatedReport) -> None:
    if report.status != ReportStatus.DRAFT:
        raise UserError(
            "the consolidated report for {period} (revision {revision}) is signed and can no "
            "longer be changed; amend it to make a new revision",
            period=report.period_id,
            revision=report.revision,
        )


def write_decision(
    station: Workstation,
    report: ConsolidatedReport,
    actor: str | None,
    what: str,
    action: AuditAction = EDIT,
    **fields,
) -> None:
    """Write fields of a draft (a decision over several parts); refused when another officer
    changed any of them meanwhile, or signed (see concurrent_edits)."""
    _save(station, report, actor, (what, action), None, fields)


def _write_part(
    station: Workstation,
    report: ConsolidatedReport,
    part: Part,
    text: str,
    actor: str | None,
    seen: str | None,
) -> None:
    """Write one part of DoFA's text, keeping what other officers saved in other parts."""
    _save(station, report, actor, (part.audit_name, EDIT), (part, text, seen), {})


def _save(station, report, actor, logged, part, fields) -> None:
    if report.id is None:  # the unsaved draft a read-only profile shows
        raise storage_errors.read_only_refusal(station.folder)
    what, action = logged
    with station.session.atomic():
        stored = locked_row(report)
        ensure_editable(stored)  # another window may have signed
        if part is None:
            # A decision is made on the pre-fill, the rewrites and the kept changes as this
            # window read them: all three must still be so.
            check_fields(report, stored, {"accepted_prefill", "edits", "dismissed", *fields})
            kept = dict(fields)
        else:
            check_part(report, stored, *part)
            fields = {part[0].field: part[0].written(stored, part[1])}
            kept = {part[0].field: part[0].written(report, part[1])}
        fields["updated_at"] = kept["updated_at"] = audit.now_iso()
        fields["version"] = kept["version"] = stored.version + 1
        ConsolidatedReport.update(**fields).where(ConsolidatedReport.id == report.id).execute()
        for name, value in kept.items():
            setattr(report, name, value)
        last = audit.entries(limit=1)
        detail = json.loads(last[0].detail) if last else {}
        # Autosave writes every second or so: one log line per run of edits of one part by
        # one officer.
        if not (
            action == EDIT
            and last
            and last[0].action == EDIT
            and detail.get("part") == what
            and last[0].actor == (actor or audit.default_actor())
        ):
            audit.record(action, actor, period=report.period_id, part=what)


def save_summary(
    station: Workstation,
    report: ConsolidatedReport,
    section: str,
    text: str,
    actor: str | None = None,
    seen: str | None = None,
) -> None:
    """DoFA's summary of a section; `seen` is the text the window last showed for it (by
    default the report's own), checked against the one on record (see concurrent_edits)."""
    _write_part(station, report, Part("summary_vi", section), nfc(text.strip()), actor, seen)


def save_assessment(
    station: Workstation,
    report: ConsolidatedReport,
    text: str,
    actor: str | None = None,
    seen: str | None = None,
) -> None:
    _write_part(station, report, Part("assessment_vi"), nfc(text.strip()), actor, seen)


def save_passage(
    station: Workstation,
    report: ConsolidatedReport,
    key: str,
    text: str | None,
    actor: str | None = None,
    seen: str | None = None,
) -> None:
    """DoFA's own wording of an agency's passage; None or "" goes back to what was reported."""
    if key not in accepted(report).get("passages", {}):
        raise UserError("there is no passage {key} in the consolidated report", key=key)
    _write_part(station, report, Part("edits", key), nfc((text or "").strip()), actor, seen)


def stored_json(data: object) -> str:
    """A JSON column's text: sorted keys, Vietnamese kept as it is."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True)
