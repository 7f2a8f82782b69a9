"""Received report revisions on the consolidating workstation: store, compare, conflicts.

The merge rules make the end state independent of arrival order: every validly signed revision
is kept; the highest revision is the one on record; two different contents for the same
revision are a conflict, and the report table holds the one with the smaller hash while the
other waits in the conflict inbox for a person to decide. Which revision counts (the latest
accepted one) is defined once, in accepted.py.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import repeat

from app.models import (
    Agency,
    Attachment,
    Plan,
    Report,
    ReportConflict,
    ReportEntry,
)
from app.models.dialect import execute, executemany, is_postgresql
from app.services.catalogue import catalogue
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction, Channel, ReportOutcome, ReportStatus
from app.services.core.wire import ReportContent, WireError
from app.services.exchange.field_changes import FieldChange, changes_between
from app.services.exchange.issue_wire import ReceivedIssue
from app.services.exchange.issue_wire import keep as keep_issue


@dataclass
class Incoming:
    """One signed revision from a bundle, already verified and parsed."""

    agency: Agency
    plan: Plan
    content: ReportContent
    content_json: str  # the signed bytes, as text
    content_sha256: str
    signature: bytes
    key_fingerprint: str
    pdf: bytes | None = None  # the PDF the approver signed with their token, if any
    issue: ReceivedIssue | None = None  # its number and date, when the clerk issued it
    duty_ids: dict[str, int] | None = None  # the plan's, by reference, if already read

    @property
    def period_id(self) -> str:
        return self.content.period.id

    @property
    def revision(self) -> int:
        return self.content.revision


def stored_content(content_json: str) -> ReportContent:
    """A content kept on record; it was parsed when it arrived, so this is a re-reading. One
    kept before contents were read strictly may fail it: that is said as the record's fault,
    not as the fault of a file being imported."""
    try:
        return ReportContent.parse_text(content_json)
    except WireError as exc:
        raise UserError(
            "a report kept on this workstation cannot be read again: {detail}",
            detail=str(exc),
            detail_vi=exc.message("vi"),
        ) from exc


@dataclass(frozen=True)
class Outcome:
    period: str
    revision: int
    outcome: str  # new | updated | superseded | unchanged | conflict
    # (content on record as JSON text or None, incoming content): the changes are worked out
    # only when someone reads them — a whole new report's list is as long as the report.
    compared: tuple[str | None, ReportContent] | None = field(
        default=None, repr=False, compare=False
    )
    # Decided when its agency held no revision of the period at all (in the transaction that
    # writes it, and a manifest names a revision once): no row of its number to give way.
    first_of_period: bool = field(default=False, repr=False, compare=False)

    @cached_property
    def changes(self) -> tuple[FieldChange, ...]:
        if self.compared is None:
            return ()
        old, new = self.compared
        return changes_between(stored_content(old) if old else None, new)

    def as_json(self, with_changes: bool = True) -> dict:
        return {
            "period": self.period,
            "revision": self.revision,
            "outcome": self.outcome,
            "changes": [c.as_json() for c in self.changes] if with_changes else [],
        }


def _versions(incoming: Incoming):
    return Report.select().where(
        (Report.agency == incoming.agency)
        & (Report.plan == incoming.plan)
        & (Report.period_id == incoming.period_id)
    )


def _highest_signed(incoming: Incoming) -> Report | None:
    """The highest revision held, returned or in conflict alike: what a new one is compared to
    (which revision counts is app/services/exchange/accepted.py's business)."""
    return (
        _versions(incoming)
        .where(Report.content_json.is_null(False))
        .order_by(Report.revision.desc())
        .first()
    )


def outcomes_of(revisions: list[Incoming]) -> list[Outcome]:
    """outcome_of of each revision a bundle brings, asking once which periods its agency
    holds any revision of (most reports a bundle brings are the first of their period)."""
    agencies = {incoming.agency.id for incoming in revisions}
    held = set(
        Report.select(Report.agency, Report.plan, Report.period_id)
        .where(Report.agency.in_(list(agencies)))
        .tuples()
    )
    return [
        outcome_of(incoming, (incoming.agency.id, incoming.plan.id, incoming.period_id) in held)
        for incoming in revisions
    ]


def outcome_of(incoming: Incoming, held: bool | None = None) -> Outcome:
    """What importing this revision would do, without writing anything. `held`: whether the
    agency holds any revision of the period (None: asked here)."""
    period, revision = incoming.period_id, incoming.revision
    # Most reports a bundle brings are the first of their period: one cheap query says so
    # without reading whole rows (and their signed content) to compare with.
    if not (_versions(incoming).exists() if held is None else held):
        return Outcome(period, revision, ReportOutcome.NEW, (None, incoming.content), True)
    # A row of this revision without content (a paper receipt, in profiles from before paper
    # receipts had their own table) holds nothing to compare.
    same = (
        _versions(incoming)
        .where((Report.revision == incoming.revision) & Report.content_json.is_null(False))
        .first()
    )
    if same is not None:
        if same.content_sha256 == incoming.content_sha256:
            return Outcome(period, revision, ReportOutcome.UNCHANGED)
        known = ReportConflict.get_or_none(
            (ReportConflict.agency == incoming.agency)
            & (ReportConflict.plan == incoming.plan)
            & (ReportConflict.period_id == period)
            & (ReportConflict.revision == revision)
            & (ReportConflict.content_sha256 == incoming.content_sha256)
        )
        if known is not None:
            return Outcome(period, revision, ReportOutcome.UNCHANGED)
        compared = (same.content_json, incoming.content)
        return Outcome(period, revision, ReportOutcome.CONFLICT, compared)
    current = _highest_signed(incoming)
    if current is None:
        return Outcome(period, revision, ReportOutcome.NEW, (None, incoming.content))
    if current.revision < revision:
        return Outcome(
            period, revision, ReportOutcome.UPDATED, (current.content_json, incoming.content)
        )
    return Outcome(period, revision, ReportOutcome.SUPERSEDED)


def store(incoming: Incoming, outcome: Outcome, received_at: str) -> None:
    """Write one revision as its outcome says; call inside the bundle's transaction."""
    if incoming.issue is not None and outcome.outcome != ReportOutcome.CONFLICT:
        keep_issue(incoming.agency, incoming.plan, incoming.content, incoming.issue)
    if outcome.outcome == ReportOutcome.UNCHANGED:
        return
    if outcome.outcome != ReportOutcome.CONFLICT:
        # Such a contentless row under this revision number gives way to the signed copy.
        paper = (
            None
            if outcome.first_of_period
            else _versions(incoming)
            .select(Report.id)
            .where(Report.revision == incoming.revision)
            .scalar()
        )  # only the id: a new report, the usual case, has none to read
        write_report(Report.get_by_id(paper) if paper else Report(), incoming, received_at)
        return
    existing = _versions(incoming).where(Report.revision == incoming.revision).get()
    if incoming.content_sha256 < existing.content_sha256:
        # Keep the smaller hash in the report table whatever the arrival order.
        _park(
            existing.agency,
            existing.plan,
            existing.content_json,
            existing.content_sha256,
            existing.signature,
            existing.key_fingerprint,
            existing.period_id,
            existing.revision,
        )
        ReportEntry.delete().where(ReportEntry.report == existing).execute()
        write_report(existing, incoming, received_at)
    else:
        _park(
            incoming.agency,
            incoming.plan,
            incoming.content_json,
            incoming.content_sha256,
            base64.b64encode(incoming.signature).decode("ascii"),
            incoming.key_fingerprint,
            incoming.period_id,
            incoming.revision,
        )
    audit.record(
        AuditAction.REPORT_CONFLICT,
        agency=incoming.agency.code,
        period=incoming.period_id,
        revision=incoming.revision,
    )


def _park(agency, plan, content_json, sha, signature, fingerprint, period_id, revision):
    ReportConflict.create(
        agency=agency,
        plan=plan,
        period_id=period_id,
        revision=revision,
        content_json=content_json,
        content_sha256=sha,
        signature=signature,
        key_fingerprint=fingerprint,
        detected_at=audit.now_iso(),
    )


def write_report(report: Report, incoming: Incoming, received_at: str) -> None:
    content = incoming.content
    number = (content.document.number or "").split("/")[0]
    report.agency, report.plan = incoming.agency, incoming.plan
    report.period_id, report.revision = incoming.period_id, incoming.revision
    report.status = ReportStatus.RECEIVED
    report.amend_reason = content.amendment_reason
    report.impl_number = content.impl_number or ""
    report.impl_date = content.impl_date
    report.impl_title = content.impl_title or ""
    report.created_at = report.updated_at = content.signed_at
    report.number = int(number) if number.isdigit() and len(number) < 10 else None
    report.signed_at = content.signed_at
    report.signer_login = content.signer.login
    report.signer_name = content.signer.name
    report.signer_position = content.signer.position
    report.content_json = incoming.content_json
    report.content_sha256 = incoming.content_sha256
    report.signature = base64.b64encode(incoming.signature).decode("ascii")
    report.key_fingerprint = incoming.key_fingerprint
    report.pdf_sha256 = hashlib.sha256(incoming.pdf).hexdigest() if incoming.pdf else None
    report.received_at = received_at
    report.channel = Channel.BUNDLE
    _save(report)
    _insert_entries(report, incoming)


def _save(report: Report) -> None:
    """report.save(); on SQLite a new row by a prepared INSERT of its values as peewee would
    convert them (peewee took longer to build the statement of a received report than SQLite
    to store the row)."""
    if report.id is not None or is_postgresql():  # a server numbers rows by RETURNING
        report.save()
        return
    data, fields = report.__data__, Report._meta.fields
    names = tuple(name for name in data if name != "id")
    values = [fields[name].db_value(data[name]) for name in names]
    report.id = execute(_insert_sql(Report, names), values).lastrowid


def _insert_entries(report: Report, incoming: Incoming) -> None:
    """All of a report's entries in one executemany, inside the caller's transaction.

    One peewee create per entry spent most of an import building INSERT text; the rows and
    the checks SQLite makes on them (foreign keys, the unique (report, duty)) are the same.
    """
    duty_ids = incoming.duty_ids or catalogue.duty_ids(incoming.plan)
    columns = incoming.content.entry_columns
    executemany(
        _ENTRY_INSERT,
        zip(
            repeat(report.id),
            map(duty_ids.__getitem__, columns.ref),
            columns.status,
            columns.progress,
            columns.results,
            columns.difficulties,
            columns.proposals,
        ),
    )
    with_files = [
        (ref, a)
        for ref, listed in zip(columns.ref, columns.attachments, strict=True)
        for a in listed
    ]
    if not with_files:
        return
    entry_ids = dict(
        execute("SELECT duty_id, id FROM report_entry WHERE report_id = ?", (report.id,)).fetchall()
    )
    executemany(
        _ATTACHMENT_INSERT,
        [(entry_ids[duty_ids[ref]], a.name, a.sha256, a.size) for ref, a in with_files],
    )


@cache
def _insert_sql(model, names: tuple[str, ...]) -> str:
    columns = ", ".join(f'"{model._meta.fields[n].column_name}"' for n in names)
    marks = ", ".join("?" * len(names))
    return f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'


# format: column names
_ENTRY_INSERT = _insert_sql(
    ReportEntry, ("report", "duty", "status", "progress", "results", "difficulties", "proposals")
)
_ATTACHMENT_INSERT = _insert_sql(Attachment, ("entry", "name", "sha256", "size"))


def open_conflicts() -> list[ReportConflict]:
    return list(
        ReportConflict.select()
        .where(ReportConflict.resolved_at.is_null())
        .order_by(ReportConflict.id)
    )


def received_reports() -> list[Report]:
    """Every revision that came in a bundle, by agency, period (newest first) and revision."""
    return list(
        Report.select(Report, Agency)
        .join(Agency)
        .where(Report.channel == Channel.BUNDLE)
        .order_by(Agency.code, Report.period_id.desc(), Report.revision.desc())
    )


def in_open_conflict() -> set[tuple[int, int, str, int]]:
    """(agency id, plan id, period, revision) of every revision with an undecided conflict."""
    conflict = ReportConflict
    rows = conflict.select(
        conflict.agency, conflict.plan, conflict.period_id, conflict.revision
    ).where(conflict.resolved_at.is_null())
    return {(r.agency_id, r.plan_id, r.period_id, r.revision) for r in rows}


def report_on_record(conflict: ReportConflict) -> Report:
    """The revision the report table holds for the conflict's agency, period and number."""
    return Report.get(
        (Report.agency == conflict.agency)
        & (Report.plan == conflict.plan)
        & (Report.period_id == conflict.period_id)
        & (Report.revision == conflict.revision)
    )
