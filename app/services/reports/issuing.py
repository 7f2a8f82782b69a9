"""Issuing a signed document: the clerk gives it a number and date from the outgoing register.

The issue is recorded and signed by the workstation like a sign-off: a small statement (which
document, by its content hash; number, symbol, date; the clerk) in canonical JSON, signed with
the agency's Ed25519 key. It travels in the bundle beside the report, so DoFA can show the
number and date and check that this agency's key vouched for them.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import Agency, ConsolidatedReport, IssuedDocument, Plan, Report, UserAccount
from app.services.catalogue import periods
from app.services.catalogue.register import AgencyInfo
from app.services.core import audit, writer_lock
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction, Channel, DocumentKind
from app.services.core.wire import canonical_bytes
from app.services.core.wire.issue import STATEMENT_FORMAT
from app.services.esign.token_device import TokenRequest
from app.services.keys import keys
from app.services.outgoing import register
from app.services.reports import doc_settings, signoff

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

# What the activity log records when a document of each kind is issued, or its issue refused.
ISSUED = {
    DocumentKind.REPORT: AuditAction.REPORT_ISSUE,
    DocumentKind.CONSOLIDATED: AuditAction.CONSOLIDATED_ISSUE,
    DocumentKind.REMINDER: AuditAction.REMINDER_ISSUE,
}
ISSUE_REFUSED = {
    DocumentKind.REPORT: AuditAction.REPORT_ISSUE_REFUSED,
    DocumentKind.CONSOLIDATED: AuditAction.CONSOLIDATED_ISSUE_REFUSED,
    DocumentKind.REMINDER: AuditAction.REMINDER_ISSUE_REFUSED,
}


@dataclass(frozen=True)
class Subject:
    """What is being issued, as the register and the statement describe it."""

    agency: Agency
    kind: DocumentKind
    plan: Plan
    period_id: str
    revision: int | None
    content_sha256: str
    title: str
    signer_name: str
    signer_position: str
    recipients: list[str]
    signed_on: date | None


def report_symbol(number: int, abbreviation: str) -> str:
    return f"{number}/BC-{abbreviation}"


def statement(subject: Subject, number: int, symbol: str, day: date, clerk: UserAccount) -> dict:
    return {
        "format": STATEMENT_FORMAT,
        "kind": "issue",
        "agency": subject.agency.code,
        "document": {
            "kind": subject.kind,
            "plan": subject.plan.code,
            "period": subject.period_id,
            "revision": subject.revision,
            "content_sha256": subject.content_sha256,
        },
        "number": number,
        "symbol": symbol,
        "date": day.isoformat(),
        # format: a key of the signed statement (the records clerk who issued it)
        "clerk": {"login": clerk.login, "name": clerk.full_name, "position": clerk.position},
        "issued_at": audit.now_iso(),
    }


def record_issue(
    subject: Subject,
    clerk: UserAccount,
    symbol_of,
    station: Workstation,
    number: int | None = None,
    issued_on: date | None = None,
    passphrase: str | None = None,
    before_write: Callable[[str, date], None] | None = None,
) -> IssuedDocument:
    """Number, date, sign and write the register line (one transaction); symbol_of(number).
    before_write(symbol, date) runs once both are chosen and before anything is written (the
    agency's token signature on the PDF); a refusal there leaves everything as it was.

    Two clerks issuing at once (two officers' PCs on the office's server, or two programs) are
    served one after the other: the number is chosen inside the transaction that records it,
    and transactions run one at a time (models/connection.py), so numbers stay distinct and
    consecutive and a revision is never issued twice."""
    private_key = keys.load_signing_key(station.folder, passphrase)
    key_record = keys.current_key(subject.agency)
    with station.session.atomic():
        existing = register.issued(
            subject.agency, subject.kind, subject.plan.id, subject.period_id, subject.revision
        )
        if existing is not None and subject.kind != DocumentKind.REMINDER:
            raise UserError(
                "this revision was already issued as {symbol} on {date}",
                symbol=existing.symbol,
                date=existing.issued_on.strftime("%d/%m/%Y"),
            )
        day = register.choose_date(issued_on, subject.signed_on)
        chosen = register.choose_number(subject.agency, day.year, number)
        symbol = symbol_of(chosen)
        if before_write is not None:
            before_write(symbol, day)
        data = canonical_bytes(statement(subject, chosen, symbol, day, clerk))
        row = IssuedDocument.create(
            agency=subject.agency,
            year=day.year,
            number=chosen,
            symbol=symbol,
            issued_on=day,
            kind=subject.kind,
            plan=subject.plan,
            period_id=subject.period_id,
            revision=subject.revision,
            title=subject.title,
            signer_name=subject.signer_name,
            signer_position=subject.signer_position,
            recipients="\n".join(subject.recipients),
            copies=len(subject.recipients),
            clerk_login=clerk.login,
            clerk_name=clerk.full_name,
            clerk_position=clerk.position,
            content_sha256=subject.content_sha256,
            statement_json=data.decode("utf-8"),
            signature=base64.b64encode(private_key.sign(data)).decode("ascii"),
            key_fingerprint=key_record.fingerprint,
            recorded_at=audit.now_iso(),
        )
        audit.record(
            ISSUED[DocumentKind(subject.kind)],
            clerk.login,
            period=subject.period_id,
            revision=subject.revision,
            number=symbol,
            date=day.isoformat(),
        )
    return row


def verify(row: IssuedDocument) -> tuple[bool, str]:
    """Check an issue statement against its signature by the issuing agency's key."""
    return signoff.check_signature(
        row.statement_json.encode("utf-8"), row.signature, row.key_fingerprint
    )


def plan_report_title(lead: str, plan: Plan, period_id: str) -> str:
    """The excerpt the register writes: "Báo cáo … Quyết định số 590/QĐ-UBND năm 2026"."""
    from app.services.reports.report_pdf import period_label  # report_pdf imports this module

    period = {"id": period_id, "kind": periods.bounds(period_id)[0]}
    return (
        f"{lead} thực hiện Kế hoạch ban hành kèm theo Quyết định số {plan.number_symbol} "
        f"{period_label(period)}"
    )


def issue_signed(
    record: Report | ConsolidatedReport,
    kind: str,
    agency: Agency,
    title: str,
    recipients: list[str],
    login_or_name: str,
    password: str,
    station: Workstation,
    number: int | None = None,
    issued_on: date | None = None,
    passphrase: str | None = None,
    before_write: Callable[[str, date], None] | None = None,
) -> IssuedDocument:
    """The clerk (or, with no clerk, an approver) issues a signed revision (report or
    consolidated report): it gets its number and date, and its PDF shows them from then on."""
    clerk = _issuer(station, login_or_name, password, kind, record.period_id)
    return _record_signed(
        record, kind, agency, title, recipients, clerk, station, number, issued_on, passphrase,
        before_write,
    )  # fmt: skip


def _issuer(
    station: Workstation, login_or_name: str, password: str, kind: str, period_id: str
) -> UserAccount:
    """Who issues, once their password is checked. Called before any write transaction: the
    check (scrypt) takes a while, and a refusal's throttle count and activity-log line are
    kept, which a transaction rolled back by the refusal would undo."""
    try:
        return register.require_issuer(station, login_or_name, password)
    except UserError:
        audit.record(ISSUE_REFUSED[DocumentKind(kind)], login_or_name, period=period_id)
        raise


def _record_signed(
    record, kind, agency, title, recipients, clerk, station, number, issued_on, passphrase,
    before_write,
) -> IssuedDocument:  # fmt: skip
    subject = Subject(
        agency=agency,
        kind=kind,
        plan=record.plan,
        period_id=record.period_id,
        revision=record.revision,
        content_sha256=record.content_sha256,
        title=title,
        signer_name=record.signer_name,
        signer_position=record.signer_position,
        recipients=recipients,
        signed_on=date.fromisoformat(record.signed_at[:10]),
    )
    abbreviation = doc_settings.load(agency).abbreviation

    def symbol_of(chosen: int) -> str:
        return report_symbol(chosen, abbreviation)

    return record_issue(
        subject, clerk, symbol_of, station, number, issued_on, passphrase, before_write
    )


def issue_report(
    report: Report,
    login_or_name: str,
    password: str,
    station: Workstation,
    number: int | None = None,
    issued_on: date | None = None,
    passphrase: str | None = None,
    token: TokenRequest | None = None,
) -> IssuedDocument:
    """Issue a signed revision of this workstation's own agency report. With a token request
    the agency's certificate also signs the report's token-signed PDF over the number and date
    (Decree 30), all or nothing with the issue."""
    if not report.content_json:
        raise UserError(
            "{period} revision {revision} is not signed; sign it off first",
            period=report.period_id,
            revision=report.revision,
        )
    if report.channel != Channel.LOCAL:
        raise UserError("only this workstation's own reports are issued here")
    title = plan_report_title("Báo cáo kết quả", report.plan, report.period_id)
    recipients = doc_settings.load(report.agency).recipients
    if token is None:
        return issue_signed(
            report, DocumentKind.REPORT, report.agency, title, recipients, login_or_name, password,
            station, number, issued_on, passphrase,
        )  # fmt: skip
    clerk = _issuer(station, login_or_name, password, DocumentKind.REPORT, report.period_id)
    sign_pdf = _agency_pdf_signature(report, token, station.folder)
    # The PDF signed over the number is stored in the profile and named on the report in the
    # issue's transaction, under the writer lock as every file written into the profile.
    with writer_lock.exclusive(station.session, station.folder), station.session.atomic():
        row = _record_signed(
            report, DocumentKind.REPORT, report.agency, title, recipients, clerk, station, number,
            issued_on, passphrase, sign_pdf,
        )  # fmt: skip
        report.save()
    return row


def _agency_pdf_signature(report: Report, token: TokenRequest, profile_folder: Path):
    """The before_write step of an issue with the agency's token: the PDF signed over the
    number and date, kept, and named on the report (saved with the issue)."""
    from app.services.esign import token_device
    from app.services.reports import report_pdf, token_signoff

    if not report.pdf_sha256:
        raise UserError(
            "this revision was signed off without a token, so its PDF has no place for the "
            "agency's signature; issue it without --token"
        )
    chosen = token_device.choose_certificate(token.cert_id)

    def sign(symbol: str, day: date) -> None:
        pdf = token_signoff.sign_at_issue(
            report_pdf.signed_pdf_bytes(profile_folder, report), chosen, token.pin, symbol, day
        )
        token_signoff.keep(profile_folder, report, pdf)

    return sign


def issue_of(report: Report) -> register.Issued | None:
    """The revision's number and date, or None while it is unissued."""
    return issue_of_revision(report, report.revision)


def checked_issue(report: Report) -> tuple[register.Issued, bool] | None:
    """The number and date with whether their statement's signature holds (DoFA's view)."""
    row = register.issued(
        report.agency, DocumentKind.REPORT, report.plan_id, report.period_id, report.revision
    )
    if row is None:
        return None
    ok = verify(row)[0] and row.content_sha256 == report.content_sha256
    return register.as_issued(row), ok


def issue_of_revision(report: Report, revision: int) -> register.Issued | None:
    row = register.issued(
        report.agency, DocumentKind.REPORT, report.plan_id, report.period_id, revision
    )
    return register.as_issued(row)


def awaiting_issue(agency: Agency | AgencyInfo) -> list[Report]:
    """This workstation's signed revisions that have no number and date yet, oldest first."""
    issued = {
        (row.period_id, row.revision)
        for row in IssuedDocument.select(IssuedDocument.period_id, IssuedDocument.revision).where(
            (IssuedDocument.agency == agency.id) & (IssuedDocument.kind == DocumentKind.REPORT)
        )
    }
    signed = (
        Report.select()
        .where(
            (Report.agency == agency.id)
            & (Report.channel == Channel.LOCAL)
            & Report.content_json.is_null(False)
        )
        .order_by(Report.period_id, Report.revision)
    )
    return [r for r in signed if (r.period_id, r.revision) not in issued]


def printed_number(issue: register.Issued | None, content: dict) -> tuple[str | None, date | None]:
    """The number and date a PDF prints: the issue's; for a revision signed by an earlier
    release (which numbered at sign-off), the number in its content and its sign-off date;
    else none, and the PDF leaves both blank."""
    if issue is not None:
        return issue.symbol, issue.date
    earlier = content["document"].get("number")
    if earlier and content.get("signed_at"):
        return earlier, date.fromisoformat(content["signed_at"][:10])
    return None, None
