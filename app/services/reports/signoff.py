"""Sign-off: the report's canonical content, hashed and signed with the agency's Ed25519 key.

The signed content is documented in docs/signed-content.md. Canonical bytes are UTF-8 JSON of
NFC-normalised text with sorted keys and no insignificant whitespace, so the same report gives
the same hash wherever and however its text was typed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.models import Attachment, Report, ReportEntry
from app.services.catalogue import catalogue, periods
from app.services.core.errors import UserError
from app.services.core.text import fold
from app.services.core.vocabulary import AuditAction
from app.services.core.wire import ReportContent, WireError, normalise
from app.services.esign import token_device
from app.services.esign.token_device import TokenRequest
from app.services.reports import doc_settings, document_signoff, reports

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


def _check(report: Report) -> None:
    reports.ensure_editable(report)
    missing = reports.missing_statuses(report)
    if missing:
        raise UserError("these duties have no status yet: {duties}", duties=", ".join(missing))


def _accept(data: bytes) -> None:
    try:  # what DoFA will read must be what the format allows, or it would be refused there
        ReportContent.parse(data)
    except WireError as exc:
        raise UserError(
            "this report cannot be signed: {detail}",
            detail=str(exc),
            detail_vi=exc.message("vi"),
        ) from exc


def _kind(station: Workstation, token: TokenRequest | None) -> document_signoff.Kind:
    def finish(report: Report) -> dict:
        if token is not None:
            _token_sign(report, token, station.folder)
        return {"token": report.pdf_sha256 is not None}

    return document_signoff.Kind(
        sign_refused=AuditAction.REPORT_SIGN_REFUSED,
        signed=AuditAction.REPORT_SIGN,
        amended=AuditAction.REPORT_AMEND,
        owner=lambda report: report.agency,
        check=_check,
        content=build_content,
        accept=_accept,
        finish=finish,
    )


def sign(
    report: Report,
    login_or_name: str,
    password: str,
    station: Workstation,
    passphrase: str | None = None,
    token: TokenRequest | None = None,
) -> Report:
    """An approver signs a draft or submitted report; it becomes read-only (see
    document_signoff.sign: what is signed is read inside the transaction that stores it).

    With a token request the approver also signs the report's PDF with their certificate
    (PAdES); any refusal there (no token, wrong PIN, expired certificate) leaves the report as
    it was."""
    return document_signoff.sign(
        _kind(station, token), report, login_or_name, password, station, passphrase
    )


def _token_sign(report: Report, token: TokenRequest, profile_folder: Path) -> None:
    # Loaded only when a token signs: the PDF-signing libraries are large.
    from app.services.reports import token_signoff

    chosen = token_device.choose_certificate(token.cert_id)
    pdf = token_signoff.sign_report_pdf(report, chosen, token.pin)
    token_signoff.keep(profile_folder, report, pdf)


def amend(station: Workstation, report: Report, reason: str, actor: str | None = None) -> Report:
    """A signed report changes only as a new revision (a draft) with a stated reason."""

    def new_revision(signed: Report, reason: str, now: str) -> Report:
        # The new draft starts from what was signed, verified, never from the rows beside
        # it: those may have been changed in the database file since.
        content = verified_content(signed)
        impl_number, impl_date, impl_title = implementation_plan(content)
        duty_ids = catalogue.duty_ids(signed.plan)
        new = Report.create(
            agency=signed.agency,
            plan=signed.plan,
            period_id=signed.period_id,
            revision=signed.revision + 1,
            amend_reason=reason,
            impl_number=impl_number,
            impl_date=impl_date,
            impl_title=impl_title,
            created_at=now,
            updated_at=now,
        )
        for entry in content["entries"]:
            copy = ReportEntry.create(
                report=new,
                duty=duty_ids[entry["ref"]],
                status=entry["status"],
                progress=entry["progress"],
                results=entry["results"],
                difficulties=entry["difficulties"],
                proposals=entry["proposals"],
            )
            rows = [
                {"entry": copy.id, "name": a["name"], "sha256": a["sha256"], "size": a["size"]}
                for a in entry["attachments"]
            ]
            if rows:
                Attachment.insert_many(rows).execute()
        return new

    return document_signoff.amend(
        _kind(station, None),
        station,
        report,
        reason,
        actor,
        lambda: reports.latest(report.agency, report.plan, report.period_id),
        new_revision,
    )
