"""PAdES signatures on report PDFs: made with a token, checked against the trusted roots.

A signature is PAdES baseline B-B (ETSI.CAdES.detached, SHA-256), B-T when the workstation
has a time-stamp server. Each signature goes into its own field at a named place on the page:
the approver's in the signature block, and (at issue, once numbers exist) the agency's over
the number and date, as Decree 30/2020 Appendix I places them. Signing is incremental, so a
later signature leaves the earlier ones valid.
"""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path

from app.services.core.audit import VIETNAM
from app.services.core.errors import UserError
from app.services.esign import token_device, trust_store
from app.services.esign.token_device import TokenCertificate, TokenError

# pyHanko logs every failed path search with a traceback; the outcome is reported here instead.
logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)

APPROVER_FIELD = "Approver"  # the head of agency (or deputy) at sign-off
AGENCY_FIELD = "Agency"  # the agency's own certificate at issue


@dataclass(frozen=True)
class SignaturePlace:
    """Where a visible signature goes: page index (0-based) and box in PDF points."""

    page: int
    box: tuple[float, float, float, float]  # x1, y1, x2, y2 from the lower left corner


@dataclass(frozen=True)
class PdfSignature:
    """What a PDF's token signature says, as checked here."""

    field: str
    signer: str  # the certificate's common name
    issuer: str
    serial: str  # hexadecimal
    signed_at: str | None  # ISO 8601 in Vietnam time, as the signer's computer stated it
    valid: bool  # intact, and covers the whole PDF (later changes only further signatures)
    trusted: bool  # the certificate chains to a trusted root and is not revoked
    problem: str = ""  # plain words when not valid or not trusted
    problem_vi: str = ""  # the same in Vietnamese

    def as_json(self) -> dict:
        return {
            "signer": self.signer,
            "issuer": self.issuer,
            "serial": self.serial,
            "signed_at": self.signed_at,
            "valid": self.valid,
            "trusted": self.trusted,
        }


def sign_pdf(
    pdf: bytes,
    chosen: TokenCertificate,
    pin,
    field: str,
    place: SignaturePlace | None,
    appearance: bytes | None = None,
    reserve: dict[str, SignaturePlace] | None = None,
) -> bytes:
    """The PDF with one more signature, made on the token; appearance is a one-page PDF drawn
    into the field (the visible signature). place None: the field exists already (reserved by
    an earlier signer). reserve: empty fields to declare for signatures to come, so that they
    can be added later without touching what this signature covers. Raises UserError with
    nothing changed."""
    from pkcs11 import PKCS11Error
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.pkcs11 import PKCS11Signer
    from pyhanko.stamp import StaticStampStyle

    options = token_device.settings()
    timestamper = None
    if options.tsa_url:
        from pyhanko.sign.timestamps import HTTPTimeStamper

        timestamper = HTTPTimeStamper(options.tsa_url)
    with tempfile.TemporaryDirectory(prefix="plantracker-stamp-") as folder:
        stamp_style = None
        if appearance is not None:
            stamp_path = Path(folder) / "stamp.pdf"
            stamp_path.write_bytes(appearance)
            # Drawn at its own size, edge to edge (pyHanko's default shrinks it into margins).
            full_box = layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID,
                y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins.uniform(0),
            )
            stamp_style = StaticStampStyle.from_pdf_file(
                str(stamp_path), border_width=0, background_layout=full_box
            )
        writer = IncrementalPdfFileWriter(BytesIO(pdf))
        declared = dict(reserve or {})
        if place is not None:
            declared[field] = place
        for name, where in declared.items():
            box = tuple(round(v) for v in where.box)
            fields.append_signature_field(
                writer, fields.SigFieldSpec(name, on_page=where.page, box=box)
            )
        with token_device.signing_session(chosen, pin) as session:
            signer = PKCS11Signer(
                session,
                cert_id=bytes.fromhex(chosen.id),
                key_id=bytes.fromhex(chosen.id),
                prefer_pss=options.scheme == "pss",
                embed_roots=False,
            )
            meta = signers.PdfSignatureMetadata(
                field_name=field,
                md_algorithm="sha256",
                subfilter=fields.SigSeedSubFilter.PADES,
                name=chosen.common_name,
            )
            pdf_signer = signers.PdfSigner(
                meta, signer, timestamper=timestamper, stamp_style=stamp_style
            )
            try:
                return pdf_signer.sign_pdf(writer).getvalue()
            except (PKCS11Error, SigningError) as exc:
                raise TokenError(
                    "the token could not sign: {error}", error=type(exc).__name__
                ) from exc
            except OSError as exc:  # the time-stamp server did not answer
                raise UserError(
                    "the time-stamp server could not be reached: {error}", error=str(exc)
                ) from exc


def signatures(pdf: bytes) -> list[PdfSignature]:
    """Every signature in the PDF, each checked; [] for a PDF without any.

    Trust is judged at the time the signature states (a report kept ten years outlives its
    signer's certificate; what matters is that it was valid when the report was signed)."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise UserError("the PDF cannot be read: {error}", error=str(exc)) from exc
    found = []
    for signature in embedded:
        try:
            reported = signature.self_reported_timestamp
            context = trust_store.validation_context(reported)
            status = validate_pdf_signature(signature, context)
        except (SignatureValidationError, PdfReadError, ValueError, KeyError, TypeError) as exc:
            unreadable = UserError("the signature cannot be checked ({error})", error=str(exc))
            found.append(
                PdfSignature(
                    signature.field_name,
                    "",
                    "",
                    "",
                    None,
                    False,
                    False,
                    str(unreadable),
                    unreadable.message("vi"),
                )  # fmt: skip
            )
            continue
        cert = status.signing_cert
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE or (
            status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and bool(status.docmdp_ok)
        )
        valid = bool(status.intact and status.valid and whole)
        problem = None
        if not valid:
            problem = UserError(
                "the signature does not match the PDF, or the PDF was changed after signing"
            )
        elif status.revocation_details is not None:
            revoked = status.revocation_details.revocation_date.astimezone(VIETNAM)
            problem = UserError(
                "the signer's certificate was revoked on {date}", date=f"{revoked:%d/%m/%Y}"
            )
        elif not status.trusted:
            problem = UserError("the signer's certificate does not chain to a trusted root")
        signed_at = status.signer_reported_dt
        found.append(
            PdfSignature(
                field=signature.field_name,
                signer=cert.subject.native.get("common_name", cert.subject.human_friendly),
                issuer=cert.issuer.native.get("common_name", cert.issuer.human_friendly),
                serial=format(cert.serial_number, "x"),
                signed_at=signed_at.astimezone(VIETNAM).isoformat() if signed_at else None,
                valid=valid,
                trusted=bool(valid and status.trusted),
                problem=str(problem or ""),
                problem_vi=problem.message("vi") if problem else "",
            )
        )
    return found


def approver_signature(pdf: bytes) -> PdfSignature | None:
    return next((s for s in signatures(pdf) if s.field == APPROVER_FIELD), None)


def signing_time_label(when: datetime) -> str:
    """The time shown in the visible signature: dd/mm/yyyy HH:MM:SS +07:00."""
    return when.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M:%S %z").replace("+0700", "+07:00")
