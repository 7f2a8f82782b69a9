"""The issue statement in a bundle: how a report's number and date travel to DoFA.

Beside a report revision go `reports/<period>-r<n>-issue.json` (the canonical statement the
agency's clerk recorded, see reports.issuing) and `…-issue.sig` (its Ed25519 signature by the
agency's key); the manifest's report item names them (`issue`, `issue_signature`,
`issue_signing_key`). DoFA checks the signature, parses the statement strictly
(core.wire.issue) and requires it to name the very revision it travels with; it then keeps it
as DoFA's copy of that agency's register line.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization

from app.models import Agency, AgencyKey, IssuedDocument, Plan, Report
from app.services.core import audit
from app.services.core.vocabulary import AuditAction, DocumentKind
from app.services.core.wire import IssueStatement, ReportContent, WireError
from app.services.exchange.bundle_format import BundleRejectedError
from app.services.outgoing import register

CODE = "bad_issue"


@dataclass(frozen=True)
class ReceivedIssue:
    """A statement read from a bundle: what it says, its exact bytes and who signed them."""

    statement: IssueStatement
    statement_json: str
    signature: bytes
    key_fingerprint: str


def paths(report: Report) -> tuple[str, str]:
    stem = f"reports/{report.period_id}-r{report.revision}-issue"
    return f"{stem}.json", f"{stem}.sig"


def attach(report: Report, files: dict, item: dict) -> IssuedDocument | None:
    """Put the revision's issue statement, if it was issued, into the bundle being made;
    returns its register line."""
    revision = report.revision
    row = register.issued(
        report.agency, DocumentKind.REPORT, report.plan_id, report.period_id, revision
    )
    if row is None:
        return None
    statement_path, signature_path = paths(report)
    files[statement_path] = row.statement_json.encode("utf-8")
    files[signature_path] = base64.b64decode(row.signature)
    item |= {
        "issue": statement_path,
        "issue_signature": signature_path,
        "issue_signing_key": row.key_fingerprint,
    }
    return row


def statement_for(data: bytes, agency: str, item: dict) -> IssueStatement:
    """The statement in these bytes, which must name this agency's report revision of the
    item (period, revision, content hash); WireError(code="bad_issue") otherwise."""
    statement = IssueStatement.parse(data)
    names_it = (
        statement.agency == agency
        and statement.document_kind == DocumentKind.REPORT
        and statement.period == item["period"]
        and statement.revision == item["revision"]
        and statement.content_sha256 == item["content_sha256"]
    )
    if not names_it:
        raise WireError("the issue statement names another report", code=CODE)
    return statement


def read(opened, item: dict, agency: Agency, file_name: str) -> ReceivedIssue | None:
    """The statement a report item names, checked; refuses the bundle when it is not sound."""
    if item.get("issue") is None:
        return None
    refusal = {"file": file_name, "period": item.get("period"), "code": CODE}  # format: keys
    data = opened.files.get(item["issue"])
    signature = opened.files.get(item.get("issue_signature"))
    key = AgencyKey.get_or_none(
        (AgencyKey.fingerprint == str(item.get("issue_signing_key")))
        & (AgencyKey.agency == agency)
        & AgencyKey.enrolled_at.is_null(False)
    )
    try:
        if data is None or signature is None or key is None:
            raise InvalidSignature("no statement, signature or enrolled key")
        public = serialization.load_pem_public_key(key.public_key_pem.encode("ascii"))
        public.verify(signature, data)
    except InvalidSignature as exc:
        raise BundleRejectedError(
            "{file}: the number and date of report {period} are not validly signed", **refusal
        ) from exc
    try:
        statement = statement_for(data, agency.code, item)
    except WireError as exc:
        raise BundleRejectedError(
            "{file}: the number and date of report {period} cannot be read: {reason}",
            reason=exc.message("en"),
            reason_vi=exc.message("vi"),
            **refusal,
        ) from exc
    return ReceivedIssue(statement, data.decode("utf-8"), signature, key.fingerprint)


def refuse_another(agency: Agency, plan: Plan, received: ReceivedIssue, file_name: str) -> None:
    """A revision DoFA holds with a statement is issued once: the same statement again is
    nothing new; a different one refuses the bundle, never replaces the number on record."""
    statement = received.statement
    existing = register.issued(
        agency, DocumentKind.REPORT, plan.id, statement.period, statement.revision
    )
    if existing is None or existing.statement_json == received.statement_json:
        return
    raise BundleRejectedError(
        "{file}: report {period} revision {revision} was issued as No. {symbol}; "
        "this bundle gives it another issue statement ({other})",
        file=file_name,
        period=statement.period,
        revision=statement.revision,
        symbol=existing.symbol,
        other=statement.symbol,
        code="issue_conflict",
    )


def keep(agency: Agency, plan: Plan, content: ReportContent, received: ReceivedIssue) -> None:
    """DoFA's copy of the agency's register line; the same statement twice changes nothing."""
    statement = received.statement
    existing = register.issued(
        agency, DocumentKind.REPORT, plan.id, statement.period, statement.revision
    )
    if existing is not None:
        return  # a revision is issued once; its first statement stands
    clash = IssuedDocument.get_or_none(
        (IssuedDocument.agency == agency)
        & (IssuedDocument.year == statement.date.year)
        & (IssuedDocument.number == statement.number)
    )
    if clash is not None:
        audit.record(AuditAction.REPORT_ISSUE_CLASH, agency=agency.code, number=statement.symbol)
        return
    # issuing brings the token and certificate libraries, which the screens that load this
    # module (through the ledger) do not need; an import that keeps an issue loads it here.
    from app.services.reports import issuing

    recipients = content.document.recipients
    IssuedDocument.create(
        agency=agency,
        year=statement.date.year,
        number=statement.number,
        symbol=statement.symbol,
        issued_on=statement.date,
        kind=DocumentKind.REPORT,
        plan=plan,
        period_id=statement.period,
        revision=statement.revision,
        title=issuing.plan_report_title("Báo cáo kết quả", plan, statement.period),
        signer_name=content.signer.name,
        signer_position=content.signer.position,
        recipients="\n".join(recipients),
        copies=len(recipients),
        clerk_login=statement.clerk_login,
        clerk_name=statement.clerk_name,
        clerk_position=statement.clerk_position,
        content_sha256=statement.content_sha256,
        statement_json=received.statement_json,
        signature=base64.b64encode(received.signature).decode("ascii"),
        key_fingerprint=received.key_fingerprint,
        recorded_at=audit.now_iso(),
    )
