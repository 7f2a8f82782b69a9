"""What DoFA's screens show of the reports received in bundles, as plain frozen objects.

The list of every received revision and the one revision chosen in it (its signed content,
signature check, token signature, issue and the other revisions of its period) are read here,
where the work runs (a pool thread when a screen asks), so no peewee row reaches a screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import Report, ReportConflict
from app.services.catalogue import catalogue
from app.services.catalogue.register import AgencyName
from app.services.core.vocabulary import Channel, ReportStatus
from app.services.core.wire import ReportContent
from app.services.exchange import accepted, ledger, received
from app.services.exchange.field_changes import FieldChange, changes_between
from app.services.outgoing.register import Issued
from app.services.workstation.profile import Workstation

if TYPE_CHECKING:
    from app.services.reports.token_signoff import PdfSignatureCheck


@dataclass(frozen=True)
class ReceivedRevision:
    """One row of the received reports: a revision as it came in a bundle."""

    id: int
    agency: AgencyName
    period_id: str
    revision: int
    status: str
    signed_at: str | None
    received_at: str | None
    on_record: bool  # the revision that counts for its agency and period
    in_conflict: bool  # a second, different content of it waits for a decision

    @property
    def period_key(self) -> tuple[str, str]:
        """Which agency and period the revision belongs to (the plan is the active one)."""
        return self.agency.code, self.period_id


def received_revisions() -> list[ReceivedRevision]:
    """Every revision received in a bundle, by agency, period (newest first) and revision."""
    reports = received.received_reports()  # joined with their agency: no query per row
    conflicted = received.in_open_conflict()
    latest = accepted.on_record_ids(reports)
    return [
        ReceivedRevision(
            report.id,
            AgencyName.of(report.agency),
            report.period_id,
            report.revision,
            report.status,
            report.signed_at,
            report.received_at,
            report.id in latest,
            (report.agency_id, report.plan_id, report.period_id, report.revision) in conflicted,
        )
        for report in reports
    ]


@dataclass(frozen=True)
class RevisionStamp:
    """Another revision of the same agency and period, as the pane lists them."""

    id: int
    revision: int
    received_at: str | None


@dataclass(frozen=True)
class ReceivedReport:
    """One received revision as DoFA holds it, checked when read."""

    id: int
    agency: AgencyName
    period_id: str
    revision: int
    status: str
    channel: str
    content: ReportContent
    key_fingerprint: str | None
    signature_valid: bool
    signature_problem: str  # the plain reason when it is not valid
    token_signature: PdfSignatureCheck | None  # None: signed off without a token
    issue: Issued | None
    issue_valid: bool  # the signed issue statement holds (meaningful with an issue)
    signer_name: str
    signer_position: str
    signed_at: str | None
    received_at: str | None
    returned_at: str | None
    return_comment: str
    amend_reason: str
    returnable: bool  # the latest accepted revision of its period: DoFA can return it
    revisions: tuple[RevisionStamp, ...]  # every received revision of its agency and period
    signature_problem_vi: str = ""  # the plain reason in Vietnamese

    @property
    def returned(self) -> bool:
        return self.status == ReportStatus.RETURNED


def _returnable(report: Report) -> bool:
    if report.channel != Channel.BUNDLE:
        return False
    current = accepted.latest_accepted(report.agency, catalogue.active_plan(), report.period_id)
    return current is not None and current.id == report.id


def received_report(station: Workstation, report_id: int) -> ReceivedReport:
    """The revision with this id, its signature and issue checked now (its token-signed PDF
    read from the workstation's evidence store)."""
    # The checks (certificates, PDF signatures) load with the first revision opened, not with
    # the screens that list revisions and conflicts, which DoFA's window builds at start.
    from app.services.reports import issuing, signoff, token_signoff

    report = Report.get_by_id(report_id)
    ok, problem = signoff.verdict(report)
    checked = issuing.checked_issue(report)
    siblings = (
        Report.select(Report.id, Report.revision, Report.received_at)
        .where(
            (Report.agency == report.agency_id)
            & (Report.plan == report.plan_id)
            & (Report.period_id == report.period_id)
            & (Report.channel == report.channel)
            & Report.signed_at.is_null(False)
        )
        .order_by(Report.revision)
    )
    return ReceivedReport(
        report.id,
        AgencyName.of(report.agency),
        report.period_id,
        report.revision,
        report.status,
        report.channel,
        received.stored_content(report.content_json),
        report.key_fingerprint,
        ok,
        "" if ok else str(problem),
        token_signoff.checked_pdf_signature(station.folder, report),
        checked[0] if checked else None,
        bool(checked and checked[1]),
        report.signer_name or "",
        report.signer_position or "",
        report.signed_at,
        report.received_at,
        report.returned_at,
        report.return_comment or "",
        report.amend_reason or "",
        _returnable(report),
        tuple(RevisionStamp(r.id, r.revision, r.received_at) for r in siblings),
        "" if ok else problem.message("vi"),
    )


def write_pdf(station: Workstation, report_id: int, out: Path) -> None:
    """The received revision in the official layout (the agency's token-signed file, where it
    came with one), as the PDF `out`."""
    from app.services.reports import report_pdf  # reportlab: only when a PDF is written

    report_pdf.write_pdf(station.folder, Report.get_by_id(report_id), out)


@dataclass(frozen=True)
class OpenConflict:
    """A revision of which two validly signed contents arrived; a person keeps one."""

    id: int
    agency: AgencyName
    period_id: str
    revision: int
    detected_at: str
    record_sha256: str  # the content the report table holds now
    other_sha256: str  # the content kept aside
    on_record: ReportContent
    other: ReportContent
    changes: tuple[FieldChange, ...]  # on record → other


def open_conflict_count() -> int:
    """How many conflicts wait for a person's decision (the Conflicts tab's title), without
    reading their contents."""
    return ReportConflict.select().where(ReportConflict.resolved_at.is_null()).count()


def open_conflicts() -> list[OpenConflict]:
    """Every undecided conflict, oldest first, with both contents and their differences."""
    found = []
    for conflict in received.open_conflicts():
        record = received.report_on_record(conflict)
        on_record = received.stored_content(record.content_json)
        other = received.stored_content(conflict.content_json)
        found.append(
            OpenConflict(
                conflict.id,
                AgencyName.of(conflict.agency),
                conflict.period_id,
                conflict.revision,
                conflict.detected_at,
                record.content_sha256,
                conflict.content_sha256,
                on_record,
                other,
                changes_between(on_record, other),
            )
        )
    return found


def resolve_conflict(
    station: Workstation, conflict_id: int, keep_sha256: str, actor: str | None
) -> None:
    """Keep one of the two contents (see ledger.resolve_conflict)."""
    ledger.resolve_conflict(station, ReportConflict.get_by_id(conflict_id), keep_sha256, actor)
