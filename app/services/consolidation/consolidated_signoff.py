"""Sign-off of DoFA's consolidated report, on the path every document is signed by
(reports/document_signoff.py).

An approver's password; the canonical content (the full text: pre-fill, DoFA's writing and the
document heading, see consolidated_document.build_content), built inside the write transaction
from the row as on record, hashed with SHA-256 and signed with DoFA's Ed25519 key; the revision
is then read-only, and a change is a new revision with a stated reason.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import ConsolidatedReport
from app.services.catalogue import register
from app.services.consolidation import consolidated_document
from app.services.consolidation.concurrent_edits import ChangedMeanwhileError
from app.services.consolidation.consolidated import ensure_editable, latest
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction
from app.services.reports import document_signoff
from app.services.reports.signoff import verify as signoff_verify

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

# What the signed content is made of besides the plan (with the live data DoFA accepted into
# it): the approver signs these only as their window read them.
SIGNED_FIELDS = ("summary_vi", "assessment_vi", "accepted_prefill", "edits")

# A signed consolidated report is checked exactly like an agency's report: the same fields.
verify = signoff_verify


def _kind(read: dict, seen_version: int | None) -> document_signoff.Kind:
    """`read`: the report's fields as the approver's window (or the command) read them."""

    def check(report: ConsolidatedReport) -> None:
        ensure_editable(report)  # two approvers signing at once: the second finds it signed
        if not report.assessment_vi.strip():
            raise UserError(
                "write the overall assessment before signing the consolidated report off"
            )
        # An officer who saved text since the approver read it: the approver signs only what
        # they have seen. (A save of anything else, such as a change kept away, is kept.)
        changed = any(getattr(report, name) != read[name] for name in SIGNED_FIELDS)
        if changed or (seen_version is not None and report.version != seen_version):
            raise ChangedMeanwhileError(
                "another officer changed the consolidated report for {period} after you "
                "opened it; it was not signed. Reload it, read it again and sign.",
                period=report.period_id,
            )

    def finish(report: ConsolidatedReport) -> dict:
        report.updated_at = audit.now_iso()
        return {}

    return document_signoff.Kind(
        sign_refused=AuditAction.CONSOLIDATED_SIGN_REFUSED,
        signed=AuditAction.CONSOLIDATED_SIGN,
        amended=AuditAction.CONSOLIDATED_AMEND,
        owner=lambda _report: register.own_agency(),
        check=check,
        # Looked up at each sign-off, so that a test can watch when the content is built.
        content=lambda report, signer, at: consolidated_document.build_content(report, signer, at),
        finish=finish,
    )


def sign(
    report: ConsolidatedReport,
    login_or_name: str,
    password: str,
    station: Workstation,
    passphrase: str | None = None,
    seen_version: int | None = None,
) -> ConsolidatedReport:
    """DoFA's approver signs the draft off with DoFA's key; it becomes read-only.
    `seen_version`: the version of the report the approver's window showed, if not `report`'s
    own; a report saved since is not signed."""
    kind = _kind(dict(report.__data__), seen_version)
    return document_signoff.sign(kind, report, login_or_name, password, station, passphrase)


def amend(
    station: Workstation, report: ConsolidatedReport, reason: str, actor: str | None = None
) -> ConsolidatedReport:
    """A signed consolidated report changes only as a new revision, with a stated reason."""

    def new_revision(signed: ConsolidatedReport, reason: str, now: str) -> ConsolidatedReport:
        return ConsolidatedReport.create(
            plan=signed.plan,
            period_id=signed.period_id,
            revision=signed.revision + 1,
            summary_vi=signed.summary_vi,
            assessment_vi=signed.assessment_vi,
            accepted_prefill=signed.accepted_prefill,
            edits=signed.edits,
            dismissed=signed.dismissed,
            amend_reason=reason,
            created_at=now,
            updated_at=now,
        )

    return document_signoff.amend(
        _kind(dict(report.__data__), None),
        station,
        report,
        reason,
        actor,
        lambda: latest(report.plan, report.period_id),
        new_revision,
    )
