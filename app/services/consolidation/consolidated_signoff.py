"""Sign-off of DoFA's consolidated report, as an agency report is signed (reports/signoff.py).

An approver's password; the canonical content (the full text: pre-fill, DoFA's writing and the
document heading, see consolidated_document.build_content) hashed with SHA-256 and signed with
DoFA's Ed25519 key; the revision is then read-only, and a change is a new revision with a
stated reason.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from app.models import ConsolidatedReport
from app.services.accounts import users
from app.services.consolidation.concurrent_edits import ChangedMeanwhileError, locked_row
from app.services.consolidation.consolidated import ensure_editable, latest, own_agency
from app.services.consolidation.consolidated_document import build_content
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.text import nfc
from app.services.core.vocabulary import AuditAction, ReportStatus
from app.services.core.wire import canonical_bytes
from app.services.keys import keys
from app.services.reports.signoff import VIETNAM, stamp
from app.services.reports.signoff import verify as signoff_verify

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation


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
    ensure_editable(report)
    if not report.assessment_vi.strip():
        raise UserError("write the overall assessment before signing the consolidated report off")
    try:
        signer = users.require_approver(station, password, login_or_name)
    except UserError:
        audit.record(AuditAction.CONSOLIDATED_SIGN_REFUSED, login_or_name, period=report.period_id)
        raise
    private_key = keys.load_signing_key(station.folder, passphrase)
    key_record = keys.current_key(own_agency())
    now = datetime.now(VIETNAM).replace(microsecond=0)
    # The number and date come later, from the outgoing register (consolidated_issuing).
    data = canonical_bytes(build_content(report, signer, now.isoformat()))
    with station.session.atomic():
        # Two approvers signing at once: the second finds it signed. An officer who saved
        # text since this window read it: the approver signs only what they have seen.
        stored = locked_row(report)
        ensure_editable(stored)
        changed = any(getattr(stored, name) != getattr(report, name) for name in SIGNED_FIELDS)
        if changed or (seen_version is not None and stored.version != seen_version):
            raise ChangedMeanwhileError(
                "another officer changed the consolidated report for {period} after you "
                "opened it; it was not signed. Reload it, read it again and sign.",
                period=report.period_id,
            )
        stamp(report, data, private_key, key_record.fingerprint, signer, now.isoformat())
        report.updated_at = audit.now_iso()
        report.save()
        audit.record(
            AuditAction.CONSOLIDATED_SIGN,
            signer.login,
            period=report.period_id,
            revision=report.revision,
            sha256=report.content_sha256,
        )
    return report


# What the signed content is made of (with the live data DoFA accepted into it).
SIGNED_FIELDS = ("summary_vi", "assessment_vi", "accepted_prefill", "edits")

# A signed consolidated report is checked exactly like an agency's report: the same fields.
verify = signoff_verify


def amend(
    station: Workstation, report: ConsolidatedReport, reason: str, actor: str | None = None
) -> ConsolidatedReport:
    """A signed consolidated report changes only as a new revision, with a stated reason."""
    if not reason or not reason.strip():
        raise UserError("an amendment needs a reason")
    if report.status == ReportStatus.DRAFT:
        raise UserError(
            "revision {revision} is still a draft; edit it directly", revision=report.revision
        )
    now = audit.now_iso()
    with station.session.atomic():
        locked_row(report)  # two officers amending at once: the second finds a newer revision
        if latest(report.plan, report.period_id).id != report.id:
            raise UserError("only the latest revision can be amended")
        new = ConsolidatedReport.create(
            plan=report.plan,
            period_id=report.period_id,
            revision=report.revision + 1,
            summary_vi=report.summary_vi,
            assessment_vi=report.assessment_vi,
            accepted_prefill=report.accepted_prefill,
            edits=report.edits,
            dismissed=report.dismissed,
            amend_reason=nfc(reason.strip()),
            created_at=now,
            updated_at=now,
        )
        audit.record(
            AuditAction.CONSOLIDATED_AMEND,
            actor,
            period=report.period_id,
            revision=new.revision,
            reason=new.amend_reason,
        )
    return new
