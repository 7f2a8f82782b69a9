"""Issuing DoFA's signed consolidated report: number and date from DoFA's outgoing register,
recorded and signed like an agency's issue (reports.issuing)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.models import ConsolidatedReport, IssuedDocument
from app.services.catalogue.register import own_agency
from app.services.core.errors import UserError
from app.services.core.vocabulary import DocumentKind
from app.services.outgoing import register
from app.services.reports import issuing, signoff

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation


def issue(
    report: ConsolidatedReport,
    login_or_name: str,
    password: str,
    station: Workstation,
    number: int | None = None,
    issued_on: date | None = None,
    passphrase: str | None = None,
) -> IssuedDocument:
    """DoFA's clerk (or, with no clerk, an approver) issues a signed consolidated revision."""
    if not report.content_json:
        raise UserError(
            "revision {revision} of the consolidated report is not signed; sign it off first",
            revision=report.revision,
        )
    title = issuing.plan_report_title("Báo cáo tổng hợp kết quả", report.plan, report.period_id)
    recipients = signoff.signed_content(report)["document"]["recipients"]
    return issuing.issue_signed(
        report, DocumentKind.CONSOLIDATED, own_agency(), title, recipients, login_or_name, password,
        station, number, issued_on, passphrase,
    )  # fmt: skip


def issue_of(report: ConsolidatedReport, revision: int | None = None) -> register.Issued | None:
    """A consolidated revision's number and date (this one by default), or None."""
    row = register.issued(
        own_agency(),
        DocumentKind.CONSOLIDATED,
        report.plan_id,
        report.period_id,
        report.revision if revision is None else revision,
    )
    return register.as_issued(row)


def awaiting_issue() -> list[ConsolidatedReport]:
    """DoFA's signed consolidated revisions that have no number and date yet."""
    signed = ConsolidatedReport.select().where(ConsolidatedReport.content_json.is_null(False))
    return [r for r in signed.order_by(ConsolidatedReport.id) if issue_of(r) is None]
