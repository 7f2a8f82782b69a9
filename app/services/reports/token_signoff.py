"""The approver's token signature at sign-off: the report PDF, made from the signed content,
signed (PAdES) in its signature block with the visible signature Decree 30 Appendix I shows
(signer, agency, time). The signed PDF is kept byte for byte: it is what travels to DoFA and
what `report pdf` writes on either side.
"""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

from app.models import Report
from app.services.core.errors import UserError
from app.services.esign import pades
from app.services.esign.pades import PdfSignature, SignaturePlace
from app.services.esign.token_device import TokenCertificate
from app.services.reports import evidence, report_pdf

STAMP_COLOUR = (0.05, 0.15, 0.55)  # the blue of ink signatures, readable in grey print
STAMP_SIZE = 10


def signature_appearance(
    lines: list[str], width: float, height: float, size: float = STAMP_SIZE
) -> bytes:
    """A one-page PDF the size of the signature box with these lines (the first in bold), on
    white, so that it covers what lies under it (the blank number at issue)."""
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

    from app.services.core.pdf_fonts import FONT, FONT_BOLD, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=FONT)
    colour = Color(*STAMP_COLOUR)
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    canvas.setLineWidth(0.8)
    canvas.setFillColor(Color(1, 1, 1))
    canvas.roundRect(2, 2, width - 4, height - 4, 4, stroke=1, fill=1)
    canvas.setFillColor(colour)
    leading = size * 1.25
    y = height / 2 + leading * (len(lines) - 1) / 2 - size / 3
    for index, text in enumerate(lines):
        canvas.setFont(FONT_BOLD if index == 0 else FONT, size)
        canvas.drawCentredString(width / 2, y, text)
        y -= leading
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def sign_report_pdf(report: Report, chosen: TokenCertificate, pin) -> bytes:
    """The PDF of a report whose content is stamped (signed off), signed on the token in the
    signature block: signer, agency, time. The agency's place over the number and date is
    declared as an empty field, for the agency's signature at issue (sign_at_issue)."""
    from app.services.reports.pdf_report import AGENCY_PLACE, APPROVER_PLACE, render_report

    document = report_pdf.build_document(report)
    with tempfile.TemporaryDirectory(prefix="plantracker-pdf-") as folder:
        path = Path(folder) / "report.pdf"
        places = {
            name: SignaturePlace(*where) for name, where in render_report(document, path).items()
        }
        pdf = path.read_bytes()
    place = places[APPROVER_PLACE]
    content = json.loads(report.content_json)
    when = pades.signing_time_label(datetime.fromisoformat(report.signed_at))
    lines = [
        f"Ký bởi: {chosen.common_name}",
        f"Cơ quan: {content['agency']['name_vi']}",
        f"Thời gian ký: {when}",
    ]
    appearance = signature_appearance(lines, *_size(place))
    return pades.sign_pdf(
        pdf,
        chosen,
        pin,
        pades.APPROVER_FIELD,
        place,
        appearance,
        reserve={pades.AGENCY_FIELD: places[AGENCY_PLACE]},
    )


def sign_at_issue(
    pdf: bytes, chosen: TokenCertificate, pin, number_symbol: str, issued_on: date
) -> bytes:
    """The agency's signature (its own certificate, held by the clerk) added at issue over
    the number and date, in the field the approver's PDF declared: the visible signature
    shows the number and the date the document was issued. The approver's signature stays
    valid: only the declared field is filled."""
    from io import BytesIO

    from pyhanko.pdf_utils.reader import PdfFileReader

    reader = PdfFileReader(BytesIO(pdf), strict=False)
    form = reader.root.get("/AcroForm")
    declared = [f.get_object() for f in (form.get_object().get("/Fields", []) if form else [])]
    field = next((f for f in declared if f.get("/T") == pades.AGENCY_FIELD), None)
    if field is None:
        raise UserError("this PDF has no place for the agency's signature")
    x1, y1, x2, y2 = (float(v) for v in field["/Rect"])
    lines = [
        chosen.common_name,
        f"Số: {number_symbol}",
        f"Ngày ban hành: {issued_on:%d/%m/%Y}",
    ]
    appearance = signature_appearance(lines, x2 - x1, y2 - y1, size=8.5)
    return pades.sign_pdf(pdf, chosen, pin, pades.AGENCY_FIELD, None, appearance)


def _size(place: SignaturePlace) -> tuple[float, float]:
    x1, y1, x2, y2 = place.box
    return x2 - x1, y2 - y1


def keep(profile_folder: Path, report: Report, pdf: bytes) -> None:
    """Store the signed PDF in the profile and note it on the report (the caller saves)."""
    report.pdf_sha256 = evidence.store_bytes(profile_folder, pdf)


def pdf_signature(profile_folder: Path, report: Report) -> PdfSignature | None:
    """The approver's token signature on the report's PDF (kept in the profile in
    `profile_folder`), checked now; None without one."""
    if not report.pdf_sha256:
        return None
    return pades.approver_signature(report_pdf.signed_pdf_bytes(profile_folder, report))


@dataclass(frozen=True)
class PdfSignatureCheck:
    """A report's token signature as screens show it, checked once where the work runs:
    `signature` (None: not valid) or the `problem` that stopped the check."""

    signature: PdfSignature | None
    problem: UserError | OSError | None = None


def checked_pdf_signature(profile_folder: Path, report: Report) -> PdfSignatureCheck | None:
    """The PDF signature checked now; None for a report signed off without a token."""
    if not report.pdf_sha256:
        return None
    try:
        return PdfSignatureCheck(pdf_signature(profile_folder, report))
    except (UserError, OSError) as exc:
        return PdfSignatureCheck(None, exc)


def stated_content_sha256(pdf: bytes) -> str | None:
    """The content hash a report PDF states in its keywords (None when it states none)."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        info = PdfFileReader(BytesIO(pdf), strict=False).trailer_view.get("/Info")
        info = info.get_object() if info is not None else {}
        keywords = str(info.get("/Keywords", ""))
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError):
        return None
    prefix = "content-sha256:"
    return keywords[len(prefix) :] if keywords.startswith(prefix) else None


def received_pdf_problem(pdf: bytes, content_sha256: str) -> str | None:
    """Why a PDF that came with a report cannot be accepted, or None: "other_content" (it does
    not state this report's content hash), "unsigned" (no approver's signature) or "invalid"
    (a signature does not cover the whole PDF as it is). An untrusted chain is no reason to
    refuse: the report is imported and shown as untrusted."""
    if stated_content_sha256(pdf) != content_sha256:
        return "other_content"
    try:
        found = pades.signatures(pdf)
    except UserError:
        return "invalid"
    if not any(s.field == pades.APPROVER_FIELD for s in found):
        return "unsigned"
    # Every signature counts: the approver's, and the agency's once the report was issued.
    return None if all(s.valid for s in found) else "invalid"
