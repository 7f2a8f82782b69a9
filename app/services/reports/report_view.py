"""An agency's report as its screens see it: frozen facts, and the actions they take.

The report editor, the sign-off dialog and the report's commands name a report by plan,
agency and period (and revision, where an older one is shown) and get back plain objects; no
peewee row leaves the services. Only the latest revision is ever edited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import Attachment, Report
from app.services.catalogue import register
from app.services.catalogue.catalogue import DutyInfo
from app.services.catalogue.plan_info import PlanInfo, plan_of
from app.services.catalogue.register import message_names
from app.services.core.errors import UserError
from app.services.core.wire.register import RegisterAgency
from app.services.esign.token_device import TokenRequest
from app.services.outgoing.register import Issued
from app.services.reports import issuing, report_pdf, reports, signoff, token_signoff
from app.services.reports.signed_view import EntryValues, SignedRevision, read_signed
from app.services.reports.token_signoff import PdfSignatureCheck

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class ReportState:
    """One revision of the report: where it stands and what its signature says."""

    agency: RegisterAgency
    period_id: str
    revision: int
    status: str
    latest: bool  # the period's latest revision (only it can be edited or amended)
    amend_reason: str | None
    signed: bool  # it has signed content
    signature_valid: bool | None  # None while unsigned
    signature_problem: str  # the verdict's words when not valid, in English
    signer_name: str | None
    signer_position: str | None
    signed_at: datetime | None
    received_at: str | None
    returned_at: str | None
    return_comment: str | None
    issue: Issued | None
    pdf_signature: PdfSignatureCheck | None  # checked when read; None: signed without a token
    signature_problem_vi: str = ""  # the same in Vietnamese

    @property
    def editable(self) -> bool:
        return self.latest and self.status in reports.EDITABLE


@dataclass(frozen=True)
class DraftAttachment:
    id: int
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class EntryRow:
    """One duty's entry with its duty and evidence: a draft's rows, or what was signed."""

    duty: DutyInfo
    entry: EntryValues
    attachments: tuple[DraftAttachment, ...]


@dataclass(frozen=True)
class RevisionContent:
    """What the editor shows of a revision: a draft's rows, or a signed revision's verified
    content (with what is wrong with it, see signed_view)."""

    entries: tuple
    impl_number: str
    impl_date: date | None
    impl_title: str
    signed: SignedRevision | None = None  # None for a draft


def _report(plan: PlanInfo, agency_code: str, period_id: str, revision: int | None = None):
    agency, row = register.get(agency_code), plan_of(plan)
    if revision is None:
        return reports.require(agency, row, period_id)
    for report in reports.revisions(agency, row, period_id):
        if report.revision == revision:
            return report
    raise UserError(
        "{agency} has no report for {period} yet",
        **message_names(agency, "agency"),
        period=period_id,
    )


def _state(
    station: Workstation, report: Report, latest_id: int, agency: RegisterAgency
) -> ReportState:
    signed = bool(report.content_json)
    ok, problem = signoff.verdict(report) if signed else (None, None)
    return ReportState(
        agency=agency,
        period_id=report.period_id,
        revision=report.revision,
        status=report.status,
        latest=report.id == latest_id,
        amend_reason=report.amend_reason,
        signed=signed,
        signature_valid=ok,
        signature_problem=str(problem) if problem and not ok else "",
        signature_problem_vi=problem.message("vi") if problem and not ok else "",
        signer_name=report.signer_name,
        signer_position=report.signer_position,
        signed_at=datetime.fromisoformat(report.signed_at) if report.signed_at else None,
        received_at=report.received_at,
        returned_at=report.returned_at,
        return_comment=report.return_comment,
        issue=issuing.issue_of(report) if signed else None,
        pdf_signature=(
            token_signoff.checked_pdf_signature(station.folder, report)
            if report.pdf_sha256
            else None
        ),
    )


def revisions(
    station: Workstation, plan: PlanInfo, agency_code: str, period_id: str
) -> tuple[ReportState, ...]:
    """Every revision of the agency's report for the period, oldest first (none yet: ()); a
    token-signed revision's PDF is checked from the workstation's evidence store."""
    rows = reports.revisions(register.get(agency_code), plan_of(plan), period_id)
    agency = register.entry(agency_code)
    return tuple(_state(station, r, rows[-1].id, agency) for r in rows)


def state(
    station: Workstation,
    plan: PlanInfo,
    agency_code: str,
    period_id: str,
    revision: int | None = None,
) -> ReportState:
    """One revision (the latest by default); refused when the period has no report."""
    report = _report(plan, agency_code, period_id, revision)
    latest = reports.latest(report.agency, report.plan, period_id)
    return _state(station, report, latest.id, register.entry(agency_code))


def _draft_rows(report: Report) -> tuple[EntryRow, ...]:
    return tuple(
        EntryRow(
            view.duty,
            values(view.entry),
            tuple(DraftAttachment(a.id, a.name, a.sha256, a.size) for a in view.attachments),
        )
        for view in reports.entry_views(report)
    )


def values(entry) -> EntryValues:
    return EntryValues(entry.status, entry.progress, entry.results or "",
                       entry.difficulties or "", entry.proposals or "")  # fmt: skip


def content(plan: PlanInfo, agency_code: str, period_id: str, revision: int) -> RevisionContent:
    """A draft shows its editable rows; a signed (or later) revision its verified signed
    content, never the rows beside it, which anyone holding the database file can change."""
    report = _report(plan, agency_code, period_id, revision)
    if not report.content_json:
        return RevisionContent(
            _draft_rows(report), report.impl_number or "", report.impl_date,
            report.impl_title or "",
        )  # fmt: skip
    signed = read_signed(report)
    return RevisionContent(tuple(signed.entries), signed.impl_number, signed.impl_date,
                           signed.impl_title, signed)  # fmt: skip


# --- what the editor does ---------------------------------------------------------------------


def start(
    station: Workstation,
    plan: PlanInfo,
    agency_code: str,
    period_id: str,
    from_previous: bool,
    actor: str | None,
) -> ReportState:
    """A new draft for the period: empty, or starting from the previous period's report."""
    how = reports.start_from_previous if from_previous else reports.open_draft
    how(station, register.get(agency_code), plan_of(plan), period_id, actor)
    return state(station, plan, agency_code, period_id)


def previous_revision(plan: PlanInfo, agency_code: str, period_id: str) -> int | None:
    """The revision of the previous period's latest report, or None when there is none."""
    previous_id = reports.previous_period_id(period_id)
    previous = reports.latest(register.get(agency_code), plan_of(plan), previous_id)
    return previous.revision if previous else None


def update_entry(
    station: Workstation,
    plan: PlanInfo,
    agency_code: str,
    period_id: str,
    ref: str,
    actor: str | None,
    **changes,
) -> EntryValues:
    """Change the latest revision's entry for the duty; its values as saved."""
    report = _report(plan, agency_code, period_id)
    return values(reports.update_entry(station, report, ref, actor, **changes))


def set_implementation_plan(
    station: Workstation,
    plan: PlanInfo,
    agency_code: str,
    period_id: str,
    impl: tuple,
    actor: str | None,
) -> None:
    number, issued, title = impl
    report = _report(plan, agency_code, period_id)
    reports.set_implementation_plan(station, report, number, issued, title, actor=actor)


def attach(
    station: Workstation,
    plan: PlanInfo,
    agency_code: str,
    period_id: str,
    ref: str,
    source: Path,
    actor: str | None,
) -> DraftAttachment:
    report = _report(plan, agency_code, period_id)
    added = reports.attach(station, report, ref, source, actor)
    return DraftAttachment(added.id, added.name, added.sha256, added.size)


def remove_attachment(
    station: Workstation,
    plan: PlanInfo,
    agency_code: str,
    period_id: str,
    attachment_id: int,
    actor: str | None,
) -> None:
    report = _report(plan, agency_code, period_id)
    attachment = Attachment.get_or_none(Attachment.id == attachment_id)
    if attachment is None or attachment.entry.report_id != report.id:
        raise UserError("the evidence file is no longer attached to this report")
    reports.remove_attachment(station, report, attachment, actor)


def missing_statuses(plan: PlanInfo, agency_code: str, period_id: str) -> list[str]:
    return reports.missing_statuses(_report(plan, agency_code, period_id))


def submit(
    station: Workstation, plan: PlanInfo, agency_code: str, period_id: str, actor: str | None
) -> ReportState:
    reports.submit(station, _report(plan, agency_code, period_id), actor)
    return state(station, plan, agency_code, period_id)


def amend(
    station: Workstation, plan: PlanInfo, agency_code: str, period_id: str, revision: int,
    reason: str, actor: str | None,
) -> ReportState:  # fmt: skip
    signoff.amend(station, _report(plan, agency_code, period_id, revision), reason, actor)
    return state(station, plan, agency_code, period_id)


def sign(
    plan: PlanInfo,
    agency_code: str,
    period_id: str,
    login_or_name: str,
    password: str,
    station: Workstation,
    passphrase: str | None = None,
    token: TokenRequest | None = None,
) -> ReportState:
    """An approver signs the latest revision off (see signoff.sign)."""
    report = _report(plan, agency_code, period_id)
    signoff.sign(report, login_or_name, password, station, passphrase, token)
    return state(station, plan, agency_code, period_id)


def write_pdf(
    station: Workstation, plan: PlanInfo, agency_code: str, period_id: str, revision: int,
    out: Path,
) -> None:  # fmt: skip
    report_pdf.write_pdf(station.folder, _report(plan, agency_code, period_id, revision), out)


@dataclass(frozen=True)
class PeriodReport:
    """What the editor shows of a period, read in one go: every revision (oldest first), the
    one shown and its content; with no report yet, the previous period's latest revision (None
    when there is none to start from)."""

    revisions: tuple[ReportState, ...]
    shown: ReportState | None
    content: RevisionContent | None
    previous_revision: int | None = None


def period_report(
    station: Workstation,
    plan: PlanInfo,
    agency_code: str,
    period_id: str,
    revision: int | None = None,
) -> PeriodReport:
    """The period's report with the given revision shown (the latest when None or gone)."""
    every = revisions(station, plan, agency_code, period_id)
    if not every:
        return PeriodReport((), None, None, previous_revision(plan, agency_code, period_id))
    shown = next((r for r in every if r.revision == revision), every[-1])
    return PeriodReport(every, shown, content(plan, agency_code, period_id, shown.revision))
