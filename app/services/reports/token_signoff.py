"""The approver's token signature at sign-off: the report PDF, made from the signed content,
signed (PAdES) in its signature block with the visible signature Decree 30 Appendix I shows
(signer, agency, time). The signed PDF is kept byte for byte: it is what travels to DoFA and
what `report pdf` writes on either side.
"""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
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


def signature_appearance(signer: str, agency: str, when: datetime, width: float, height: float):
    """A one-page PDF the size of the signature box: who signed, for which agency, when."""
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

    from app.services.reports.pdf_report import FONT, FONT_BOLD, register_fonts

    register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=FONT)
    colour = Color(*STAMP_COLOUR)
    canvas.setStrokeColor(colour)
    canvas.setFillColor(colour)
    canvas.setLineWidth(0.8)
    canvas.roundRect(2, 2, width - 4, height - 4, 4)
    lines = [
        (FONT_BOLD, f"Ký bởi: {signer}"),
        (FONT, f"Cơ quan: {agency}"),
        (FONT, f"Thời gian ký: {pades.signing_time_label(when)}"),
    ]
    leading = STAMP_SIZE * 1.35
    y = height / 2 + leading * (len(lines) - 1) / 2 - STAMP_SIZE / 3
    for font, text in lines:
        canvas.setFont(font, STAMP_SIZE)
        canvas.drawCentredString(width / 2, y, text)
        y -= leading
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def sign_report_pdf(report: Report, chosen: TokenCertificate, pin) -> bytes:
    """The PDF of a report whose content is stamped (signed off), signed on the token."""
    from app.services.reports.pdf_report import APPROVER_PLACE, render_report

    document = report_pdf.build_document(report)
    with tempfile.TemporaryDirectory(prefix="plantracker-pdf-") as folder:
        path = Path(folder) / "report.pdf"
        places = render_report(document, path)
        pdf = path.read_bytes()
    page, box = places[APPROVER_PLACE]
    content = json.loads(report.content_json)
    appearance = signature_appearance(
        chosen.common_name,
        content["agency"]["name_vi"],
        datetime.fromisoformat(report.signed_at),
        box[2] - box[0],
        box[3] - box[1],
    )
    return pades.sign_pdf(
        pdf, chosen, pin, pades.APPROVER_FIELD, SignaturePlace(page, box), appearance
    )


def keep(profile_folder: Path, report: Report, pdf: bytes) -> None:
    """Store the signed PDF in the profile and note it on the report (the caller saves)."""
    report.pdf_sha256 = evidence.store_bytes(profile_folder, pdf)


def pdf_signature(report: Report) -> PdfSignature | None:
    """The approver's token signature on the report's PDF, checked now; None without one."""
    if not report.pdf_sha256:
        return None
    return pades.approver_signature(report_pdf.signed_pdf_bytes(report))


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
    (the signature does not cover the whole PDF as it is). An untrusted chain is no reason to
    refuse: the report is imported and shown as untrusted."""
    if stated_content_sha256(pdf) != content_sha256:
        return "other_content"
    try:
        signature = pades.approver_signature(pdf)
    except UserError:
        return "invalid"
    if signature is None:
        return "unsigned"
    return None if signature.valid else "invalid"
