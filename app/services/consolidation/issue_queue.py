"""Signed documents that wait for a number and date from the outgoing register.

The records clerk's screen lists them and issues one: this workstation's own signed report
revisions and, on DoFA's, its signed consolidated revisions. It sits here, above both
`reports/` and `consolidation/`, because it lists both kinds.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models import ConsolidatedReport, Report
from app.services.consolidation import consolidated_issuing
from app.services.core.vocabulary import DocumentKind
from app.services.esign.token_device import TokenRequest
from app.services.outgoing import register
from app.services.reports import issuing
from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class AwaitingIssue:
    """One signed revision without a number yet, as the clerk's screen shows it."""

    kind: DocumentKind  # REPORT or CONSOLIDATED
    record_id: int
    period_id: str
    revision: int
    signer_name: str
    signer_position: str
    signed_at: str
    token_signed: bool  # the PDF carries the approver's token signature

    @property
    def consolidated(self) -> bool:
        return self.kind == DocumentKind.CONSOLIDATED


def _awaiting(kind: DocumentKind, row: Report | ConsolidatedReport) -> AwaitingIssue:
    return AwaitingIssue(
        kind,
        row.id,
        row.period_id,
        row.revision,
        row.signer_name or "",
        row.signer_position or "",
        row.signed_at or "",
        bool(getattr(row, "pdf_sha256", None)),
    )


def awaiting(station: Workstation) -> list[AwaitingIssue]:
    """The station's own signed reports, then (DoFA) its consolidated revisions, oldest first."""
    found = [_awaiting(DocumentKind.REPORT, r) for r in issuing.awaiting_issue(station.agency)]
    if station.consolidating:
        found += [
            _awaiting(DocumentKind.CONSOLIDATED, r) for r in consolidated_issuing.awaiting_issue()
        ]
    return found


def report_awaiting(report_id: int) -> AwaitingIssue:
    """One of this workstation's report revisions, as the clerk's screen takes it."""
    return _awaiting(DocumentKind.REPORT, Report.get_by_id(report_id))


def issue(item: AwaitingIssue, *arguments, token: TokenRequest | None = None) -> register.Issued:
    """Issue the waiting revision. `arguments`: login or name, password, profile folder, then
    optionally number, date and key passphrase, as issuing.issue_report and
    consolidated_issuing.issue take them; a token (reports only) also signs the PDF."""
    if item.consolidated:
        record = ConsolidatedReport.get_by_id(item.record_id)
        return register.as_issued(consolidated_issuing.issue(record, *arguments))
    record = Report.get_by_id(item.record_id)
    return register.as_issued(issuing.issue_report(record, *arguments, token=token))
