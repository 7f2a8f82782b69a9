"""DoFA's answers to an agency: receipts, returns for revision, plan and register updates.

A reply travels in the bundle format (docs/bundle-format.md) with manifest kind "reply" and one
file, reply.json; it is signed with DoFA's key and encrypted to the one agency. The agency
imports it with the same rules as DoFA imports bundles: verified first, idempotent, applied in
one transaction, refused with a named reason and nothing written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from app.models import AgencyKey, BundleReceived, Plan, ReplySent, Report
from app.services.catalogue import catalogue, register
from app.services.catalogue.register import message_names
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.stored_messages import refusal_detail
from app.services.core.vocabulary import (
    AuditAction,
    Channel,
    ImportStatus,
    ReportOutcome,
    ReportStatus,
)
from app.services.core.wire import Reply, WireError, canonical_bytes
from app.services.exchange import trust
from app.services.exchange.accepted import latest_accepted
from app.services.exchange.bundle_format import (
    BundleRejectedError,
    as_refusal,
    open_bundle,
    pack,
    verify_manifest,
)
from app.services.exchange.import_result import ImportResult
from app.services.exchange.received import Outcome
from app.services.keys import keys
from app.services.workstation import changes
from app.services.workstation.profile import Workstation

REPLY_SUFFIX = ".ptbundle"  # the same format as a bundle


# --- on DoFA -------------------------------------------------------------------------------


def return_report(
    station: Workstation, agency_code: str, period_id: str, comment: str, actor: str | None = None
):
    """Send the latest accepted revision back for revision, with what to address."""
    if not comment or not comment.strip():
        raise UserError("returning a report needs a comment saying what to change")
    agency = register.get(agency_code)
    report = latest_accepted(agency, catalogue.active_plan(), period_id)
    if report is None or report.channel != Channel.BUNDLE:
        raise UserError(
            "no report of {name} for {period} has been received",
            **message_names(agency),
            period=period_id,
        )
    with station.session.atomic():
        report.status = ReportStatus.RETURNED
        report.returned_at = audit.now_iso()
        report.return_comment = comment.strip()
        report.save()
        changes.bump(changes.RECEIPTS)
        audit.record(
            AuditAction.REPORT_RETURN,
            actor,
            agency=agency.code,
            period=period_id,
            revision=report.revision,
        )
    return report


def export_reply(
    station: Workstation, agency_code: str, out: Path, passphrase: str | None = None
) -> tuple[ReplySent, Path]:
    agency = register.get(agency_code)
    enrolled = trust.enrolled_key(agency)
    if enrolled is None or not enrolled.age_recipient:
        raise UserError(
            "{name} is not enrolled; import its enrolment file first",
            **message_names(agency),
        )
    received = Report.select().where((Report.agency == agency) & (Report.channel == Channel.BUNDLE))
    receipts = [
        {
            "period": r.period_id,
            "revision": r.revision,
            "content_sha256": r.content_sha256,
            "received_at": r.received_at,
        }
        for r in received
        if r.status == ReportStatus.RECEIVED
    ]
    returns = [
        {
            "period": r.period_id,
            "revision": r.revision,
            "content_sha256": r.content_sha256,
            "comment": r.return_comment,
            "returned_at": r.returned_at,
        }
        for r in received
        if r.status == ReportStatus.RETURNED
    ]
    last = (
        ReplySent.select()
        .where(ReplySent.agency == agency)
        .order_by(ReplySent.sequence.desc())
        .first()
    )
    sequence = last.sequence + 1 if last else 1
    plan = catalogue.active_plan()
    reply = {
        "format": 1,
        "kind": "reply",
        "agency": agency.code,
        "dofa": station.agency_code,
        "sequence": sequence,
        "created_at": audit.now_iso(),
        "receipts": receipts,
        "returns": returns,
        "plan": json.loads(plan.source_json),
        "register": register.snapshot(),
    }
    if out.is_dir():
        out = out / f"{station.agency_code}-{agency.code}-reply-{sequence:04d}{REPLY_SUFFIX}"
    key = keys.current_key(station.agency)
    manifest_fields = {
        "kind": "reply",
        "agency": agency.code,
        "dofa": station.agency_code,
        "sequence": sequence,
        "created_at": reply["created_at"],
        "signing_key": key.fingerprint,
    }
    signing_key = keys.load_signing_key(station.folder, passphrase)
    try:
        _, manifest_sha = pack(
            out,
            manifest_fields,
            {"reply.json": canonical_bytes(reply)},
            signing_key,
            [enrolled.age_recipient],
        )
    except OSError as exc:
        raise UserError("could not write {file}: {reason}", file=out, reason=exc.strerror) from exc
    summary = {
        "receipts": len(receipts),
        "returns": len(returns),
        "plan_version": plan.version,
        "register_version": register.version(),
    }
    with station.session.atomic():
        sent = ReplySent.create(
            agency=agency,
            sequence=sequence,
            manifest_sha256=manifest_sha,
            created_at=reply["created_at"],
            file_name=out.name,
            summary=json.dumps(summary),
        )
        audit.record(AuditAction.REPLY_EXPORT, agency=agency.code, sequence=sequence, **summary)
    return sent, out


# --- on the agency -------------------------------------------------------------------------


def _verified_reply(station: Workstation, path: Path, identities: list) -> tuple[Reply, str]:
    opened = open_bundle(path, identities, station.folder)
    if opened.claimed("kind") != "reply" or "reply.json" not in opened.files:
        raise BundleRejectedError(
            "{file} is not a reply from DoFA", code="not_a_bundle", file=path.name
        )
    dofa = trust.require_dofa()
    claimed_key = opened.claimed("signing_key")
    record = AgencyKey.get_or_none(AgencyKey.fingerprint == dofa["dofa_fingerprint"])
    if claimed_key != dofa["dofa_fingerprint"] or record is None:
        raise BundleRejectedError(
            "{file} is not signed by DoFA's key", code="not_dofa", file=path.name
        )
    public_key = serialization.load_pem_public_key(record.public_key_pem.encode("ascii"))
    manifest = verify_manifest(opened, public_key, {"sender": dofa["dofa_agency"]}, path.name)
    try:
        reply = Reply.parse(opened.files["reply.json"])
    except WireError as exc:
        raise BundleRejectedError(
            "{file}: DoFA's reply cannot be read: {detail}",
            code=exc.code,
            file=path.name,
            detail=str(exc),
            detail_vi=exc.message("vi"),
        ) from exc
    if (
        manifest.kind != "reply"
        or reply.agency != station.agency_code
        or manifest.agency != reply.agency
    ):
        raise BundleRejectedError(
            "{file} is a reply for another agency ({agency})",
            code="other_agency",
            file=path.name,
            agency=reply.agency,
        )
    plan = Plan.get_or_none(Plan.code == reply.plan.code)
    if plan is not None and reply.plan.version < plan.version:
        raise BundleRejectedError(
            "{file} carries plan version {incoming}, older than version {current} here; ask "
            "DoFA for a current reply",
            code="older_plan",
            file=path.name,
            incoming=reply.plan.version,
            current=plan.version,
        )
    if reply.register.version < register.version():
        raise BundleRejectedError(
            "{file} carries an older agency register than this workstation has; ask DoFA for a "
            "current reply",
            code="older_register",
            file=path.name,
        )
    return reply, opened.manifest_sha256


def import_reply(
    station: Workstation, path: Path, passphrase: str | None = None, dry_run: bool = False
) -> ImportResult:
    identities = [keys.load_age_identity(station.folder, keys.DECRYPTION, passphrase)]
    return import_one_reply(station, path, identities, dry_run)


def import_one_reply(
    station: Workstation, path: Path, identities: list, dry_run: bool = False
) -> ImportResult:
    """One reply file; never raises: whatever goes wrong is the file's named refusal."""
    try:
        return _import_reply(station, path, identities, dry_run)
    except Exception as exc:
        refused = as_refusal(path.name, exc)
    if not dry_run:
        audit.record(
            AuditAction.REPLY_REJECTED,
            file=path.name,
            reason=refused.reason,
            **refusal_detail(refused),
        )
    return ImportResult.rejected(path.name, refused)


def _import_reply(station, path: Path, identities: list, dry_run: bool) -> ImportResult:
    reply, manifest_sha = _verified_reply(station, path, identities)
    sender = {"agency": reply.dofa, "sequence": reply.sequence}
    if BundleReceived.get_or_none(BundleReceived.manifest_sha256 == manifest_sha):
        return ImportResult(path.name, ImportStatus.ALREADY_IMPORTED, "already imported", **sender)
    own = {
        (r.period_id, r.revision): r
        for r in Report.select().where(Report.agency == station.agency.id)
    }
    decisions = [(item, ReportStatus.RECEIVED) for item in reply.receipts]
    decisions += [(item, ReportStatus.RETURNED) for item in reply.returns]
    outcomes: list[Outcome] = []
    for item, status in decisions:
        report = own.get((item.period, item.revision))
        if report is None or report.content_sha256 != item.content_sha256:
            continue  # not ours as signed here: nothing to mark
        changed = report.status != status
        outcomes.append(
            Outcome(
                item.period,
                item.revision,
                ReportOutcome.UPDATED if changed else ReportOutcome.UNCHANGED,
            )
        )
    if not dry_run:
        _apply_reply(station, reply, manifest_sha, path.name, own, decisions)
    return ImportResult(path.name, ImportStatus.IMPORTED, reports=outcomes, **sender)


def _apply_reply(station, reply: Reply, manifest_sha, file_name, own, decisions) -> None:
    with station.session.atomic():
        for item, status in decisions:
            report = own.get((item.period, item.revision))
            if report is None or report.content_sha256 != item.content_sha256:
                continue
            report.status = status
            if status == ReportStatus.RECEIVED:
                report.received_at = item.at
            else:
                report.returned_at, report.return_comment = item.at, item.comment
            report.save()
        plan_outcome = catalogue.update_plan(station.session, reply.plan.data)
        register.apply_snapshot(station.session, reply.register.as_dict())
        BundleReceived.create(
            agency=register.get(reply.dofa),
            sequence=reply.sequence,
            manifest_sha256=manifest_sha,
            previous_manifest_sha256=None,
            created_at=reply.created_at,
            received_at=audit.now_iso(),
            file_name=file_name,
            verdict=ImportStatus.IMPORTED,
            summary=json.dumps({"plan": plan_outcome}),
            signing_key=trust.trust_setting("dofa_fingerprint"),
        )
        audit.record(
            AuditAction.REPLY_IMPORT, file=file_name, sequence=reply.sequence, plan=plan_outcome
        )


def reply_contents(agency_code: str) -> tuple[int, int]:
    """(receipts, returns) a reply to the agency would carry now, as export_reply counts."""
    agency = register.get(agency_code)
    statuses = [
        r.status
        for r in Report.select(Report.status).where(
            (Report.agency == agency) & (Report.channel == Channel.BUNDLE)
        )
    ]
    return statuses.count(ReportStatus.RECEIVED), statuses.count(ReportStatus.RETURNED)


def own_revision(station: Workstation, period_id: str, revision: int) -> Report | None:
    return Report.get_or_none(
        (Report.agency == station.agency.id)
        & (Report.period_id == period_id)
        & (Report.revision == revision)
    )


@dataclass(frozen=True)
class ReplyDecisions:
    """One imported reply as the agency's screen words it: the import's result, and how many
    of this agency's revisions it marked received and the comments of those it returned."""

    result: ImportResult
    received: int
    return_comments: tuple[str, ...]


@dataclass(frozen=True)
class RepliesImported:
    replies: tuple[ReplyDecisions, ...]
    plan_version_before: int
    plan_version_after: int  # higher when a reply brought a newer plan


def import_replies(
    station: Workstation, paths: list[Path], passphrase: str | None = None
) -> RepliesImported:
    """Import DoFA's reply files in turn, then read what they decided."""
    before = catalogue.active_plan().version
    decided = []
    for path in paths:
        result = import_reply(station, path, passphrase)
        received, comments = 0, []
        for outcome in result.reports:
            if outcome.outcome != ReportOutcome.UPDATED:
                continue
            report = own_revision(station, outcome.period, outcome.revision)
            if report is not None and report.status == ReportStatus.RECEIVED:
                received += 1
            elif report is not None and report.status == ReportStatus.RETURNED:
                comments.append(report.return_comment or "")
        decided.append(ReplyDecisions(result, received, tuple(comments)))
    return RepliesImported(tuple(decided), before, catalogue.active_plan().version)
