"""Drafting an agency's periodic report: entries per duty, the implementing plan, evidence."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import Agency, Attachment, Duty, Plan, Report, ReportEntry
from app.models.report import ENTRY_STATUSES
from app.services.catalogue import catalogue, periods
from app.services.catalogue.catalogue import DutyInfo
from app.services.catalogue.register import AgencyInfo, message_names
from app.services.core import audit, labels, writer_lock
from app.services.core.errors import UserError
from app.services.core.strict_input import check_text
from app.services.core.text import nfc
from app.services.core.vocabulary import AuditAction, PeriodKind, ReportStatus
from app.services.core.wire.fields import clean_file_name
from app.services.reports import evidence, signed_content

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

EDITABLE = (ReportStatus.DRAFT, ReportStatus.SUBMITTED)
TEXT_FIELDS = ("results", "difficulties", "proposals")
STARTING_FIELDS = ("status", "progress", *TEXT_FIELDS)  # what a new period copies from the last
# (English, Vietnamese) names of the text fields, for refusals.
FIELD_LABELS = {
    "results": ("Results", "Kết quả"),
    "difficulties": ("Difficulties", "Khó khăn, vướng mắc"),
    "proposals": ("Proposals", "Đề xuất, kiến nghị"),
}


@dataclass
class EntryView:
    """An entry with its duty, for the editor, the CLI and the document."""

    duty: DutyInfo
    entry: ReportEntry
    attachments: list[Attachment]


def latest(agency: Agency | AgencyInfo, plan: Plan, period_id: str) -> Report | None:
    return (
        Report.select()
        .where(
            (Report.agency == agency.id) & (Report.plan == plan) & (Report.period_id == period_id)
        )
        .order_by(Report.revision.desc())
        .first()
    )


def revisions(agency: Agency | AgencyInfo, plan: Plan, period_id: str) -> list[Report]:
    return list(
        Report.select()
        .where(
            (Report.agency == agency.id) & (Report.plan == plan) & (Report.period_id == period_id)
        )
        .order_by(Report.revision)
    )


def require(agency: Agency | AgencyInfo, plan: Plan, period_id: str) -> Report:
    report = latest(agency, plan, period_id)
    if report is None:
        raise UserError(
            "{agency} has no report for {period} yet",
            **message_names(agency, "agency"),
            period=period_id,
        )
    return report


def open_draft(
    station: Workstation,
    agency: Agency | AgencyInfo,
    plan: Plan,
    period_id: str,
    actor: str | None = None,
) -> Report:
    """The latest revision of the period's report, created (revision 1) when there is none."""
    periods.bounds(period_id)  # refuses a malformed period id
    report = latest(agency, plan, period_id)
    if report is not None:
        return report
    now = audit.now_iso()
    with station.session.atomic():
        report = Report.create(
            agency=agency.id,
            plan=plan,
            period_id=period_id,
            revision=1,
            created_at=now,
            updated_at=now,
        )
        duty_ids = catalogue.duty_ids(plan)
        # format: column names
        rows = [
            {"report": report.id, "duty": duty_ids[d.ref]}
            for d in catalogue.duties(plan, agency.code)
        ]
        ReportEntry.insert_many(rows).execute()
        audit.record(
            AuditAction.REPORT_CREATE, actor, agency=agency.code, period=period_id, revision=1
        )
    return report


def previous_period_id(period_id: str) -> str:
    kind, _, _ = periods.bounds(period_id)
    year = int(period_id[:4])
    return f"{year}-H1" if kind == PeriodKind.YEAR else f"{year - 1}-Y"


def start_from_previous(
    station: Workstation,
    agency: Agency | AgencyInfo,
    plan: Plan,
    period_id: str,
    actor: str | None = None,
) -> Report:
    """A new draft whose entries start from the previous period's latest report."""
    if latest(agency, plan, period_id) is not None:
        raise UserError("the report for {period} already exists", period=period_id)
    source = latest(agency, plan, previous_period_id(period_id))
    if source is None:
        raise UserError(
            "there is no report for {period} to start from", period=previous_period_id(period_id)
        )
    before, impl = _starting_values(source)  # checked before anything is written
    report = open_draft(station, agency, plan, period_id, actor)
    with station.session.atomic():
        for view in entry_views(report):
            old = before.get(view.duty.ref)
            if old is not None:
                for name in STARTING_FIELDS:
                    setattr(view.entry, name, old[name])
                view.entry.save()
        report.impl_number, report.impl_date, report.impl_title = impl
        report.save()
        audit.record(
            AuditAction.REPORT_START_FROM_PREVIOUS, actor, period=period_id, source=source.period_id
        )
    return report


def _starting_values(source: Report) -> tuple[dict[str, dict], tuple[str, date | None, str]]:
    """What the next period starts from: each entry's values by duty, and the implementing plan.

    A signed revision gives its verified signed content, never the rows beside it (they may
    have been changed in the database file); a draft gives its rows."""
    if source.content_json:
        content = signed_content.verified_content(source)
        entries = {entry["ref"]: entry for entry in content["entries"]}
        return entries, signed_content.implementation_plan(content)
    entries = {
        view.duty.ref: {name: getattr(view.entry, name) for name in STARTING_FIELDS}
        for view in entry_views(source)
    }
    return entries, (source.impl_number, source.impl_date, source.impl_title)


def ensure_editable(report: Report) -> None:
    if report.status not in EDITABLE:
        raise UserError(
            "the report for {period} (revision {revision}) is {status} and can no longer be "
            "changed; amend it to make a new revision",
            period=report.period_id,
            revision=report.revision,
            status=report.status,
            status_vi=labels.label_of(ReportStatus, report.status),
        )


def _touch(report: Report, **fields) -> None:
    """Inside a transaction: re-read the status (another window or process may have signed
    the report meanwhile) and write only the given fields and the change time."""
    current = Report.get_by_id(report.id)
    ensure_editable(current)
    fields["updated_at"] = audit.now_iso()
    Report.update(**fields).where(Report.id == report.id).execute()
    for name, value in fields.items():
        setattr(report, name, value)
    report.status = current.status


def entry_views(report: Report) -> list[EntryView]:
    by_duty = {e.duty_id: e for e in report.entries}
    attachments: dict[int, list[Attachment]] = {}
    for attachment in Attachment.select().join(ReportEntry).where(ReportEntry.report == report):
        attachments.setdefault(attachment.entry_id, []).append(attachment)
    ids = catalogue.duty_ids(report.plan)
    views = []
    for duty in catalogue.duties(report.plan):
        entry = by_duty.get(ids[duty.ref])
        if entry is not None:
            views.append(EntryView(duty, entry, attachments.get(entry.id, [])))
    return views


def find_entry(report: Report, ref: str) -> ReportEntry:
    entry = (
        ReportEntry.select()
        .join(Duty)
        .where((ReportEntry.report == report) & (Duty.ref == ref))
        .first()
    )
    if entry is None:
        raise UserError("duty {ref} is not one of this agency's duties in the report", ref=ref)
    return entry


def update_entry(
    station: Workstation, report: Report, ref: str, actor: str | None = None, **changes
) -> ReportEntry:
    """Change status, progress, results, difficulties or proposals of one entry."""
    ensure_editable(report)
    entry = find_entry(report, ref)
    if "status" in changes and changes["status"] not in (None, *ENTRY_STATUSES):
        raise UserError("status must be one of {statuses}", statuses=", ".join(ENTRY_STATUSES))
    if changes.get("progress") is not None:
        progress = int(changes["progress"])
        if not 0 <= progress <= 100:
            raise UserError("progress is a percentage from 0 to 100")
        changes["progress"] = progress
    for name in TEXT_FIELDS:
        if name in changes:
            changes[name] = nfc(check_text(changes[name], *FIELD_LABELS[name]) or "")
    changed = [name for name, value in changes.items() if getattr(entry, name) != value]
    if not changed:
        return entry
    with station.session.atomic():
        _touch(report)
        for name in changed:
            setattr(entry, name, changes[name])
        entry.save()
        if not _same_as_last_edit(actor, report.period_id, ref):
            audit.record(
                AuditAction.REPORT_EDIT, actor, period=report.period_id, ref=ref, fields=changed
            )
    return entry


def _same_as_last_edit(actor: str | None, period_id: str, ref: str) -> bool:
    """Autosave writes every second or so; one log line per run of edits to a duty is enough."""
    last = audit.entries(limit=1)
    if (
        not last
        or last[0].action != AuditAction.REPORT_EDIT
        or last[0].actor != (actor or audit.default_actor())
    ):
        return False
    detail = json.loads(last[0].detail)
    return detail.get("period") == period_id and detail.get("ref") == ref


def set_implementation_plan(
    station: Workstation,
    report: Report,
    number: str,
    issued: date | None,
    title: str,
    actor: str | None = None,
) -> None:
    ensure_editable(report)
    with station.session.atomic():
        _touch(
            report, impl_number=nfc(number.strip()), impl_date=issued, impl_title=nfc(title.strip())
        )
        audit.record(AuditAction.REPORT_IMPLEMENTATION_PLAN, actor, period=report.period_id)


def attach(
    station: Workstation, report: Report, ref: str, source: Path, actor: str | None = None
) -> Attachment:
    """Store `source` among the workstation's evidence files and attach it to duty `ref`."""
    ensure_editable(report)
    entry = find_entry(report, ref)
    # Held while the file is copied in: its temporary copy is not a leftover.
    with writer_lock.exclusive(station.session, station.folder):
        sha256, size = evidence.store(station.folder, source)
    duplicate = entry.attachments.where(Attachment.sha256 == sha256).first()
    if duplicate is not None:
        raise UserError(
            "{name} is already attached to {ref} (as {attached})",
            name=source.name,
            ref=ref,
            attached=duplicate.name,
        )
    with station.session.atomic():
        _touch(report)
        # The name travels in the signed content: one any workstation can save a file under.
        name = clean_file_name(source.name)
        attachment = Attachment.create(entry=entry, name=name, sha256=sha256, size=size)
        audit.record(
            AuditAction.REPORT_ATTACH,
            actor,
            period=report.period_id,
            ref=ref,
            name=attachment.name,
            sha256=sha256,
        )
    return attachment


def remove_attachment(
    station: Workstation, report: Report, attachment: Attachment, actor: str | None = None
) -> None:
    ensure_editable(report)
    with station.session.atomic():
        _touch(report)
        attachment.delete_instance()
        audit.record(
            AuditAction.REPORT_DETACH, actor, period=report.period_id, name=attachment.name
        )


def missing_statuses(report: Report) -> list[str]:
    """Refs of duties that have no status yet: the report cannot go to sign-off."""
    return [v.duty.ref for v in entry_views(report) if not v.entry.status]


def submit(station: Workstation, report: Report, actor: str | None = None) -> Report:
    if report.status != ReportStatus.DRAFT:
        raise UserError(
            "only a draft can be submitted; this report is {status}",
            status=report.status,
            status_vi=labels.label_of(ReportStatus, report.status),
        )
    missing = missing_statuses(report)
    if missing:
        raise UserError("these duties have no status yet: {duties}", duties=", ".join(missing))
    with station.session.atomic():
        report.status = ReportStatus.SUBMITTED
        report.save()
        audit.record(
            AuditAction.REPORT_SUBMIT, actor, period=report.period_id, revision=report.revision
        )
    return report
