"""Sign-off: the report's canonical content, hashed and signed with the agency's Ed25519 key.

The signed content is documented in docs/signed-content.md. Canonical bytes are UTF-8 JSON of
NFC-normalised text with sorted keys and no insignificant whitespace, so the same report gives
the same hash wherever and however its text was typed.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import Attachment, Report, ReportEntry
from app.services.accounts import users
from app.services.catalogue import catalogue, periods
from app.services.core import audit, writer_lock
from app.services.core.audit import VIETNAM
from app.services.core.errors import UserError
from app.services.core.text import fold
from app.services.core.vocabulary import AuditAction, ReportStatus
from app.services.core.wire import ReportContent, WireError, canonical_bytes, normalise
from app.services.esign import token_device
from app.services.esign.token_device import TokenRequest
from app.services.keys import keys
from app.services.reports import doc_settings, reports

# Checking a signed content has its own module (reports.py reads it too); the names stay here.
from app.services.reports.signed_content import (
    check_signature as check_signature,
)
from app.services.reports.signed_content import (
    implementation_plan,
    verified_content,
)
from app.services.reports.signed_content import (
    signed_content as signed_content,
)
from app.services.reports.signed_content import (
    verdict as verdict,
)
from app.services.reports.signed_content import (
    verify as verify,
)

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

CONTENT_FORMAT = 1


def signing_capacity(position: str, head_title: str) -> str | None:
    """A deputy signs "KT. <HEAD>" (ký thay) above their own position (Decree 30)."""
    return f"KT. {head_title.upper()}" if fold(position).startswith("pho ") else None


def signer_block(signer, head_title: str) -> dict | None:
    """Who signs, as the signed content records it (None before sign-off)."""
    if signer is None:
        return None
    return {
        "login": signer.login,
        "name": signer.full_name,
        "position": signer.position,
        "capacity": signing_capacity(signer.position, head_title),
    }


def stamp(record, data: bytes, private_key, fingerprint: str, signer, signed_at: str) -> None:
    """Write a sign-off onto a report or consolidated report (the same columns): the canonical
    content, its SHA-256, the Ed25519 signature, the signer; the caller saves it."""
    record.signed_at = signed_at
    record.signer_login = signer.login
    record.signer_name = signer.full_name
    record.signer_position = signer.position
    record.content_json = data.decode("utf-8")
    record.content_sha256 = hashlib.sha256(data).hexdigest()
    record.signature = base64.b64encode(private_key.sign(data)).decode("ascii")
    record.key_fingerprint = fingerprint
    record.status = ReportStatus.SIGNED


def build_content(
    report: Report, signer=None, signed_at: str | None = None, number: str | None = None
) -> dict:
    """The report as a document: what is signed, and what a draft's PDF shows."""
    period = periods.get(report.plan, report.period_id)
    settings = doc_settings.load(report.agency)
    entries = []
    for view in reports.entry_views(report):
        entry = view.entry
        entries.append(
            {
                "ref": view.duty.ref,
                "duty_text": view.duty.text_vi,
                "section": view.duty.section,
                "status": entry.status,
                "progress": entry.progress,
                "results": entry.results,
                "difficulties": entry.difficulties,
                "proposals": entry.proposals,
                "attachments": [
                    {"name": a.name, "sha256": a.sha256, "size": a.size} for a in view.attachments
                ],
            }
        )
    return normalise(
        {
            "format": CONTENT_FORMAT,
            "agency": {"code": report.agency.code, "name_vi": report.agency.name_vi},
            "plan": {
                "code": report.plan.code,
                "number_symbol": report.plan.number_symbol,
                "version": report.plan.version,
            },
            "period": period.as_json(),
            "revision": report.revision,
            "amendment_reason": report.amend_reason,
            "implementation_plan": {
                "number": report.impl_number,
                "date": report.impl_date.isoformat() if report.impl_date else None,
                "title": report.impl_title,
            },
            "entries": entries,
            "document": {
                "number": number,
                "parent_body": settings.parent_body,
                "agency_name": settings.agency_name,
                "abbreviation": settings.abbreviation,
                "place": settings.place,
                "recipients": settings.recipients,
            },
            "signer": signer_block(signer, settings.head_title),
            "signed_at": signed_at,
        }
    )


def sign(
    report: Report,
    login_or_name: str,
    password: str,
    station: Workstation,
    passphrase: str | None = None,
    token: TokenRequest | None = None,
) -> Report:
    """An approver signs a draft or submitted report; it becomes read-only.

    With a token request the approver also signs the report's PDF with their certificate
    (PAdES); any refusal there (no token, wrong PIN, expired certificate) leaves the report as
    it was."""
    reports.ensure_editable(report)
    missing = reports.missing_statuses(report)
    if missing:
        raise UserError("these duties have no status yet: {duties}", duties=", ".join(missing))
    try:
        signer = users.require_approver(station, password, login_or_name)
    except UserError:
        audit.record(AuditAction.REPORT_SIGN_REFUSED, login_or_name, period=report.period_id)
        raise
    private_key = keys.load_signing_key(station.folder, passphrase)
    key_record = keys.current_key(report.agency)
    # What is signed is read inside the write transaction that stores the signature: an edit
    # committed by another window or process either lands before (and is signed) or waits
    # and is then refused because the report is signed.
    with writer_lock.exclusive(station.session, station.folder), station.session.atomic():
        _reload(report)
        reports.ensure_editable(report)
        missing = reports.missing_statuses(report)
        if missing:
            raise UserError("these duties have no status yet: {duties}", duties=", ".join(missing))
        now = datetime.now(VIETNAM).replace(microsecond=0)
        # The number and date come later, from the outgoing register (reports.issuing).
        data = canonical_bytes(build_content(report, signer, now.isoformat()))
        try:  # what DoFA will read must be what the format allows, or it would be refused there
            ReportContent.parse(data)
        except WireError as exc:
            raise UserError(
                "this report cannot be signed: {detail}",
                detail=str(exc),
                detail_vi=exc.message("vi"),
            ) from exc
        unsigned = dict(report.__data__)  # to put back should the token refuse
        try:
            stamp(report, data, private_key, key_record.fingerprint, signer, now.isoformat())
            if token is not None:
                _token_sign(report, token, station.folder)
        except BaseException:
            report.__data__ = unsigned
            raise
        report.save()
        audit.record(
            AuditAction.REPORT_SIGN,
            signer.login,
            period=report.period_id,
            revision=report.revision,
            sha256=report.content_sha256,
            token=report.pdf_sha256 is not None,
        )
    return report


def _token_sign(report: Report, token: TokenRequest, profile_folder: Path) -> None:
    # Loaded only when a token signs: the PDF-signing libraries are large.
    from app.services.reports import token_signoff

    chosen = token_device.choose_certificate(token.cert_id)
    pdf = token_signoff.sign_report_pdf(report, chosen, token.pin)
    token_signoff.keep(profile_folder, report, pdf)


def _reload(report: Report) -> None:
    """Refresh a report object from the database in place (callers keep their reference)."""
    fresh = Report.get_by_id(report.id)
    report.__data__.update(fresh.__data__)
    report._dirty.clear()


def amend(station: Workstation, report: Report, reason: str, actor: str | None = None) -> Report:
    """A signed report changes only as a new revision (a draft) with a stated reason."""
    if not reason or not reason.strip():
        raise UserError("an amendment needs a reason")
    if report.status in reports.EDITABLE:
        raise UserError(
            "revision {revision} is still a draft; edit it directly", revision=report.revision
        )
    if reports.latest(report.agency, report.plan, report.period_id).id != report.id:
        raise UserError("only the latest revision can be amended")
    # The new draft starts from what was signed, verified, never from the rows beside it:
    # those may have been changed in the database file since.
    content = verified_content(report)
    impl_number, impl_date, impl_title = implementation_plan(content)
    duty_ids = catalogue.duty_ids(report.plan)
    now = audit.now_iso()
    with station.session.atomic():
        new = Report.create(
            agency=report.agency,
            plan=report.plan,
            period_id=report.period_id,
            revision=report.revision + 1,
            amend_reason=reason.strip(),
            impl_number=impl_number,
            impl_date=impl_date,
            impl_title=impl_title,
            created_at=now,
            updated_at=now,
        )
        for signed in content["entries"]:
            copy = ReportEntry.create(
                report=new,
                duty=duty_ids[signed["ref"]],
                status=signed["status"],
                progress=signed["progress"],
                results=signed["results"],
                difficulties=signed["difficulties"],
                proposals=signed["proposals"],
            )
            rows = [
                {"entry": copy.id, "name": a["name"], "sha256": a["sha256"], "size": a["size"]}
                for a in signed["attachments"]
            ]
            if rows:
                Attachment.insert_many(rows).execute()
        audit.record(
            AuditAction.REPORT_AMEND,
            actor,
            period=report.period_id,
            revision=new.revision,
            reason=new.amend_reason,
        )
    return new
