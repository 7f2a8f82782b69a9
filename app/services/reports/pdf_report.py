"""Draw a ReportDocument as a PDF in the layout of Decree 30/2020/NĐ-CP (Appendix I).

A4 with margins top/bottom 20 mm, left 30 mm, right 15 mm; Liberation Serif (metric-compatible
with Times New Roman, with every Vietnamese letter) embedded; the two-column heading (agency on
the left, national title on the right), title and summary, content, signature block and
"Nơi nhận"; a letter (công văn) has its excerpt ("V/v …") under the number and "Kính gửi:"
in place of the title. Page numbers from page 2 in the top margin; DỰ THẢO across every page
of a draft; the footer note (content hash, signature reference) at the foot of every page, so
that each printed page can be matched to the signed content on its own.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.services.core.files import ensure_replaceable, replacing
from app.services.core.pdf_fonts import (
    FONT,
    FONT_BOLD,
    FONT_BOLD_ITALIC,
    FONT_ITALIC,
    register_fonts,
    safe_markup,
)
from app.services.core.text import nfc
from app.services.reports.report_document import DocumentEntry, ReportDocument

MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20 * mm, 20 * mm, 30 * mm, 15 * mm
TEXT_WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT
BODY_SIZE = 14
HEADING_LEFT_WIDTH = 70 * mm  # the agency column; the national title takes the rest
SIGNATURE_SPACE = 28 * mm  # room for the hand signature and the seal

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DRAFT_MARK = "DỰ THẢO"
BLANK = " " * 6  # room to write a day, month or year by hand

# format: the name of the PDF's signature field
APPROVER_PLACE = "approver"  # the signer's visible token signature, in the signature block
AGENCY_PLACE = "agency"  # the agency's, over the number and date (Decree 30, Appendix I)
AGENCY_BOX_HEIGHT = 12 * mm

# Where signatures go: {place name: (page index from 0, (x1, y1, x2, y2) in points)}.
SignaturePlaces = dict[str, tuple[int, tuple[float, float, float, float]]]


class SignatureSlot(Spacer):
    """Room on the page that remembers where it was drawn, so that a token signature can be
    placed there once the PDF exists."""

    def __init__(self, width: float, height: float, name: str, places: SignaturePlaces) -> None:
        super().__init__(width, height)
        self.name, self.places = name, places

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802, N803 (reportlab's names)
        x1, y1 = canvas.absolutePosition(x, y)
        x2, y2 = canvas.absolutePosition(x + self.width, y + self.height)
        if self.height == 0:  # a mark under a line of text: the box covers that line
            y1, y2 = y1 - 5.5 * mm, y1 + AGENCY_BOX_HEIGHT - 5.5 * mm
        self.places[self.name] = (canvas.getPageNumber() - 1, (x1, y1, x2, y2))
        super().drawOn(canvas, x, y, _sW)


def vietnamese_date_line(place: str, issued_on: date | None) -> str:
    """The place and date line, e.g. "Quảng Ngãi, ngày 05 tháng 02 năm 2026".

    Decree 30 writes days 1–9 and months 1–2 with a leading zero (so a "1" cannot later be
    turned into "11" or "12" by hand). Without a date the day, month and year are left blank
    to fill in by hand at signing."""
    if issued_on is None:
        return nfc(f"{place}, ngày{BLANK}tháng{BLANK}năm{BLANK}")
    month = f"{issued_on.month:02d}" if issued_on.month < 3 else str(issued_on.month)
    return nfc(f"{place}, ngày {issued_on.day:02d} tháng {month} năm {issued_on.year}")


def _keep_spaces(markup: str) -> str:
    # Paragraph collapses runs of spaces; the blanks left for hand-writing must survive.
    return markup.replace("  ", "\u00a0\u00a0")


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in nfc(text).splitlines() if line.strip()]


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.2,
        alignment=TA_JUSTIFY,
        firstLineIndent=12.7 * mm,  # Decree 30: 1 to 1.27 cm
        spaceAfter=6,
    )
    centred = ParagraphStyle("centred", body, alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0)
    return {
        "body": body,
        "keep": ParagraphStyle("keep", body, keepWithNext=1),
        "section": ParagraphStyle("section", body, keepWithNext=1, spaceBefore=6),
        "parent": ParagraphStyle("parent", centred, fontSize=13, leading=15),
        "agency": ParagraphStyle("agency", centred, fontName=FONT_BOLD, fontSize=13, leading=15),
        "nation": ParagraphStyle("nation", centred, fontName=FONT_BOLD, fontSize=12, leading=15),
        "motto": ParagraphStyle("motto", centred, fontName=FONT_BOLD, fontSize=13, leading=15),
        "number": ParagraphStyle("number", centred, fontSize=13, leading=15),
        "date": ParagraphStyle("date", centred, fontName=FONT_ITALIC, fontSize=13, leading=15),
        "title": ParagraphStyle("title", centred, fontName=FONT_BOLD, fontSize=14, leading=17),
        "to": ParagraphStyle("to", fontName=FONT_BOLD_ITALIC, fontSize=12, leading=14),
        "recipient": ParagraphStyle("recipient", fontName=FONT, fontSize=11, leading=13),
        "signer": ParagraphStyle("signer", centred, fontName=FONT_BOLD, fontSize=14, leading=17),
        "footer": ParagraphStyle("footer", centred, fontSize=9, leading=11),
        "excerpt": ParagraphStyle("excerpt", centred, fontSize=12, leading=14),
        "addressee": ParagraphStyle("addressee", body, firstLineIndent=0, spaceAfter=0),
    }


def _rule(width: float, space_before: float = 2.5, space_after: float = 0) -> HRFlowable:
    """A solid centred line, as Decree 30 draws under the agency, the motto and the summary."""
    return HRFlowable(width, 0.6, color=black, spaceBefore=space_before, spaceAfter=space_after)


def _no_padding(*extra: tuple) -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # else the short rules sit at the left
            # A cell sets its font before drawing even when it holds only Paragraphs; the
            # default would be Helvetica, unembedded.
            ("FONT", (0, 0), (-1, -1), FONT, BODY_SIZE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            *extra,
        ]
    )


def _heading(
    document: ReportDocument, st: dict[str, ParagraphStyle], places: SignaturePlaces
) -> Table:
    """Agency, number and symbol on the left; national title, motto, place and date on the
    right. Number and date share a row so they stand level, as in the Decree's sample."""
    agency = nfc(document.agency_name.upper())
    right_width = TEXT_WIDTH - HEADING_LEFT_WIDTH
    # The Decree: the line under the agency is 1/3 to 1/2 of the name; under the motto, as
    # long as the motto.
    agency_text_width = min(pdfmetrics.stringWidth(agency, FONT_BOLD, 13), HEADING_LEFT_WIDTH)
    left = [
        Paragraph(safe_markup(document.parent_body.upper()), st["parent"]),
        Paragraph(escape(agency), st["agency"]),
        _rule(agency_text_width / 2),
    ]
    right = [
        Paragraph(NATIONAL_TITLE, st["nation"]),
        Paragraph(MOTTO, st["motto"]),
        _rule(pdfmetrics.stringWidth(MOTTO, FONT_BOLD, 13)),
    ]
    number: list[Flowable] = [
        Paragraph(_keep_spaces(safe_markup(document.number_symbol)), st["number"]),
        SignatureSlot(HEADING_LEFT_WIDTH, 0, AGENCY_PLACE, places),
    ]
    if document.excerpt:  # a letter's "V/v …", centred under its number (12 pt, upright)
        number += [Spacer(1, 3), Paragraph(safe_markup(document.excerpt), st["excerpt"])]
    when = vietnamese_date_line(document.place, document.issued_on)
    rows = [[left, right], [number, Paragraph(_keep_spaces(safe_markup(when)), st["date"])]]
    table = Table(rows, colWidths=[HEADING_LEFT_WIDTH, right_width])
    table.setStyle(_no_padding(("TOPPADDING", (0, 1), (-1, 1), 8)))
    return table


def _addressees(document: ReportDocument, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """ "Kính gửi:" with one addressee on its line, or several as a list beside it."""
    names = [nfc(a) for a in document.addressees]
    if not names:
        return []
    if len(names) == 1:
        text = f"Kính gửi: {safe_markup(names[0])}"
        return [
            Spacer(1, 6 * mm),
            Paragraph(text, ParagraphStyle("to1", st["title"], fontName=FONT)),
        ]
    label = ParagraphStyle("to-label", st["addressee"], alignment=TA_RIGHT)
    # A row per addressee, so that a long list flows on to the next page.
    rows = [["", Paragraph(safe_markup(name), st["addressee"])] for name in names]
    rows[0][0] = Paragraph("Kính gửi:", label)
    table = Table(rows, colWidths=[45 * mm, TEXT_WIDTH - 45 * mm])
    table.setStyle(
        _no_padding(("ALIGN", (0, 0), (-1, -1), "LEFT"), ("RIGHTPADDING", (0, 0), (0, 0), 6))
    )
    return [Spacer(1, 6 * mm), table]


def _title(document: ReportDocument, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not document.title:  # a letter: the addressees take the title's place
        return [*_addressees(document, st), Spacer(1, 6 * mm)]
    subtitle = nfc(document.subtitle)
    summary = ParagraphStyle("summary", st["title"], leftIndent=10 * mm, rightIndent=10 * mm)
    line = min(pdfmetrics.stringWidth(subtitle, FONT_BOLD, 14), TEXT_WIDTH) / 3
    return [
        Spacer(1, 10 * mm),
        Paragraph(safe_markup(document.title.upper()), st["title"]),
        Paragraph(escape(subtitle), summary),
        _rule(line, space_before=3, space_after=14),
        *_addressees(document, st),
    ]


def _labelled(label: str, text: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Label: text. The label on the first paragraph only; nothing when the text is empty."""
    parts = _paragraphs(text)
    if not parts:
        return []
    first = f"<i>{escape(label)}:</i> {escape(parts[0])}"
    return [Paragraph(p, st["body"]) for p in [first, *map(escape, parts[1:])]]


def _entry(entry: DocumentEntry, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    ref = safe_markup(entry.ref.strip().rstrip("."))
    # keepWithNext: a duty's heading never ends a page without its first line of content.
    story: list[Flowable] = [
        Paragraph(f"<b>{ref}.</b> <i>{safe_markup(entry.duty_text)}</i>", st["keep"])
    ]
    state = []
    if entry.status.strip():
        state.append(f"<i>Tình trạng:</i> {safe_markup(entry.status.strip())}")
    if entry.progress is not None:
        state.append(f"<i>Tiến độ:</i> {entry.progress}%")
    if state:
        story.append(Paragraph("; ".join(state), st["body"]))
    story += _labelled("Kết quả đạt được", entry.results, st)
    story += _labelled("Khó khăn, vướng mắc", entry.difficulties, st)
    story += _labelled("Đề xuất, kiến nghị", entry.proposals, st)
    story += _labelled("Tài liệu kèm theo", ", ".join(entry.attachments), st)
    story += [Paragraph(safe_markup(p), st["body"]) for p in entry.passages]
    return story


def _signature(
    document: ReportDocument, st: dict[str, ParagraphStyle], places: SignaturePlaces
) -> Table:
    """Nơi nhận on the left, level with the signer's capacity on the right."""
    left: list[Flowable] = [Paragraph("Nơi nhận:", st["to"])]
    left += [Paragraph(safe_markup(line), st["recipient"]) for line in document.recipients]
    right: list[Flowable] = []
    if document.signer_capacity:
        right.append(Paragraph(safe_markup(document.signer_capacity.upper()), st["signer"]))
    right.append(Paragraph(safe_markup(document.signer_position.upper()), st["signer"]))
    right.append(SignatureSlot(TEXT_WIDTH * 0.5, SIGNATURE_SPACE, APPROVER_PLACE, places))
    if document.signer_name:
        right.append(Paragraph(safe_markup(document.signer_name), st["signer"]))
    table = Table([[left, right]], colWidths=[TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55])
    table.setStyle(_no_padding())
    return table


def _story(
    document: ReportDocument, st: dict[str, ParagraphStyle], places: SignaturePlaces
) -> list[Flowable]:
    story: list[Flowable] = [_heading(document, st, places), *_title(document, st)]
    story += [Paragraph(escape(p), st["body"]) for p in _paragraphs(document.opening)]
    for section in document.sections:
        story.append(Paragraph(f"<b>{safe_markup(section.heading)}</b>", st["section"]))
        story += [Paragraph(escape(p), st["body"]) for p in _paragraphs(section.summary)]
        for entry in section.entries:
            story += _entry(entry, st)
    closing = [Paragraph(escape(p), st["body"]) for p in _paragraphs(document.closing)]
    # The signature block never stands alone on a page: it keeps the last paragraph with it.
    story += closing[:-1]
    story.append(KeepTogether([*closing[-1:], Spacer(1, 4 * mm), _signature(document, st, places)]))
    return story


def _page_decorator(document: ReportDocument, st: dict[str, ParagraphStyle]):
    footer = (
        Paragraph(safe_markup(document.footer_note), st["footer"]) if document.footer_note else None
    )

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        # Called before the page's content is drawn, so the draft mark lies under the text.
        canvas.saveState()
        page = canvas.getPageNumber()
        if document.draft:
            canvas.saveState()
            canvas.setFillColor(Color(0.85, 0.85, 0.85))
            canvas.setFont(FONT_BOLD, 110)
            canvas.translate(A4[0] / 2, A4[1] / 2)
            canvas.rotate(55)  # along the page's diagonal
            canvas.drawCentredString(0, -38, DRAFT_MARK)
            canvas.restoreState()
        if page > 1:  # Decree 30: numbered from page 2, centred in the top margin
            canvas.setFont(FONT, 13)
            canvas.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, A4[1] - 12 * mm, str(page))
        if footer is not None:
            _, height = footer.wrap(TEXT_WIDTH, MARGIN_BOTTOM)
            footer.drawOn(canvas, MARGIN_LEFT, max(4 * mm, (MARGIN_BOTTOM - height) / 2))
        canvas.restoreState()

    return decorate


def render_report(document: ReportDocument, out_path: Path) -> SignaturePlaces:
    """Write the document as a PDF to out_path (replaced only once the PDF is complete);
    returns where the signatures go."""
    register_fonts()
    st = _styles()
    ensure_replaceable(out_path)  # before the work, not only before the rename
    title = nfc(f"{document.title} {document.subtitle}".strip())
    with replacing(out_path) as tmp_path:
        return _build(document, st, tmp_path, title)


def _build(document: ReportDocument, st: dict, tmp_path: Path, title: str) -> SignaturePlaces:
    pdf = SimpleDocTemplate(
        str(tmp_path),
        pagesize=A4,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        title=title,
        author=nfc(document.agency_name),
        creator="Plan Tracker",
        # Ties the PDF to the signed content it was made from (checked on import).
        keywords=f"content-sha256:{document.content_sha256}" if document.content_sha256 else "",
        lang="vi-VN",
        # The canvas opens each page with a default font; unless it is ours, reportlab names
        # Helvetica there, unembedded. Per document rather than through rl_config, so nothing
        # else in the process changes.
        initialFontName=FONT,
        initialFontSize=BODY_SIZE,
    )
    decorate = _page_decorator(document, st)
    places: SignaturePlaces = {}
    pdf.build(_story(document, st, places), onFirstPage=decorate, onLaterPages=decorate)
    return places
