"""Write a ReportDocument as a Word document (python-docx), for the final edit offices still do
in Word: the same heading, title, sections, passages, signature block and "Nơi nhận" as the PDF.

Decree 30 layout: A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman, 14 pt
body (13 pt heading lines, 12 pt national title), first-line indent 1.27 cm; page numbers from
page 2 centred in the header; a draft carries DỰ THẢO at the head of every page.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from app.services.core.files import replacing
from app.services.core.text import nfc
from app.services.reports.pdf_report import DRAFT_MARK, MOTTO, NATIONAL_TITLE, vietnamese_date_line
from app.services.reports.report_document import DocumentEntry, ReportDocument

FONT = "Times New Roman"
TEXT_WIDTH_MM = 210 - 30 - 15
LEFT_COLUMN_MM = 62  # Word pads cells: the national title needs the rest on one line
CENTER, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY


def _set_font(style_or_run, size: float | None = None) -> None:
    font = style_or_run.font
    font.name = FONT
    if size:
        font.size = Pt(size)
    # Word picks the face per script; Vietnamese letters must not fall to another font.
    r_pr = style_or_run.element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def _paragraph(container, text: str = "", size: float = 14, align=JUSTIFY, indent: bool = True):
    paragraph = container.add_paragraph()
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Cm(1.27) if indent else None
    fmt.space_after = Pt(6) if indent else Pt(0)
    fmt.space_before = Pt(0)
    if text:
        _run(paragraph, text, size)
    return paragraph


def _run(paragraph, text: str, size: float = 14, bold=False, italic=False):
    run = paragraph.add_run(nfc(text))
    run.bold, run.italic = bold, italic
    _set_font(run, size)
    return run


def _lines(text: str) -> list[str]:
    return [line.strip() for line in nfc(text).splitlines() if line.strip()]


def _rule(cell, width_mm: float, cell_mm: float) -> None:
    """A short solid line, centred in its cell (a bottom border on an empty paragraph)."""
    paragraph = _paragraph(cell, size=4, align=CENTER, indent=False)
    side = Mm(max(0.0, (cell_mm - width_mm) / 2))
    paragraph.paragraph_format.left_indent = side
    paragraph.paragraph_format.right_indent = side
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in {"val": "single", "sz": "6", "space": "1", "color": "000000"}.items():
        bottom.set(qn(f"w:{name}"), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    paragraph.paragraph_format.line_spacing = Pt(4)


def _table(doc, rows: int, widths: tuple[float, ...]):
    """A borderless table of fixed column widths (Word and LibreOffice both keep them)."""
    table = doc.add_table(rows=rows, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Mm(width)
    return table


def _heading(document: ReportDocument, doc) -> None:
    widths = (LEFT_COLUMN_MM, TEXT_WIDTH_MM - LEFT_COLUMN_MM)
    table = _table(doc, 2, widths)
    left, right = table.rows[0].cells
    left.paragraphs[0].alignment = CENTER
    _run(left.paragraphs[0], document.parent_body.upper(), 13)
    _run(_paragraph(left, align=CENTER, indent=False), document.agency_name.upper(), 13, True)
    _rule(left, 25, LEFT_COLUMN_MM)
    right.paragraphs[0].alignment = CENTER
    _run(right.paragraphs[0], NATIONAL_TITLE, 12, bold=True)
    _run(_paragraph(right, align=CENTER, indent=False), MOTTO, 13, bold=True)
    _rule(right, 60, widths[1])
    number, when = table.rows[1].cells
    for cell in (number, when):
        cell.paragraphs[0].alignment = CENTER
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)
    _run(number.paragraphs[0], document.number_symbol, 13)
    if document.excerpt:
        _paragraph(number, document.excerpt, 12, CENTER, indent=False)
    when_text = vietnamese_date_line(document.place, document.issued_on)
    _run(when.paragraphs[0], when_text, 13, italic=True)


def _title(document: ReportDocument, doc) -> None:
    if document.title:
        _paragraph(doc, indent=False)
        title = _paragraph(doc, align=CENTER, indent=False)
        _run(title, document.title.upper(), 14, bold=True)
        subtitle = _paragraph(doc, align=CENTER, indent=False)
        _run(subtitle, document.subtitle, 14, bold=True)
        subtitle.paragraph_format.space_after = Pt(12)
    if len(document.addressees) == 1:
        _paragraph(doc, f"Kính gửi: {document.addressees[0]}", 14, CENTER, indent=False)
    elif document.addressees:
        _paragraph(doc, "Kính gửi:", 14, CENTER, indent=False)
        for name in document.addressees:
            line = _paragraph(doc, name, 14, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
            line.paragraph_format.left_indent = Mm(50)
    if document.addressees:
        _paragraph(doc, indent=False)


def _labelled(doc, label: str, text: str) -> None:
    parts = _lines(text)
    if parts:
        first = _paragraph(doc)
        _run(first, f"{label}: ", italic=True)
        _run(first, parts[0])
        for part in parts[1:]:
            _paragraph(doc, part)


def _entry(doc, entry: DocumentEntry) -> None:
    heading = _paragraph(doc)
    heading.paragraph_format.keep_with_next = True
    _run(heading, f"{entry.ref.strip().rstrip('.')}. ", bold=True)
    _run(heading, entry.duty_text, italic=True)
    state = []
    if entry.status.strip():
        state.append(f"Tình trạng: {entry.status.strip()}")
    if entry.progress is not None:
        state.append(f"Tiến độ: {entry.progress}%")
    if state:
        _paragraph(doc, "; ".join(state))
    _labelled(doc, "Kết quả đạt được", entry.results)
    _labelled(doc, "Khó khăn, vướng mắc", entry.difficulties)
    _labelled(doc, "Đề xuất, kiến nghị", entry.proposals)
    _labelled(doc, "Tài liệu kèm theo", ", ".join(entry.attachments))
    for passage in entry.passages:
        _paragraph(doc, passage)


def _signature(document: ReportDocument, doc) -> None:
    table = _table(doc, 1, (TEXT_WIDTH_MM * 0.45, TEXT_WIDTH_MM * 0.55))
    left, right = table.rows[0].cells
    _run(left.paragraphs[0], "Nơi nhận:", 12, bold=True, italic=True)
    for line in document.recipients:
        _paragraph(left, line, 11, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
    right.paragraphs[0].alignment = CENTER
    lines = [document.signer_capacity or "", document.signer_position]
    _run(right.paragraphs[0], "\n".join(line.upper() for line in lines if line), 14, bold=True)
    for _ in range(4):  # room for the hand signature and the seal
        _paragraph(right, indent=False)
    if document.signer_name:
        _run(_paragraph(right, align=CENTER, indent=False), document.signer_name, 14, bold=True)


def _page_field(paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    paragraph._p.append(field)


def _margins_and_pages(document: ReportDocument, doc) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.different_first_page_header_footer = True
    for header, numbered in ((section.first_page_header, False), (section.header, True)):
        paragraph = header.paragraphs[0]
        paragraph.alignment = CENTER
        if numbered:  # Decree 30: numbered from page 2, centred in the top margin
            _page_field(paragraph)
        if document.draft:
            mark = _run(_paragraph(header, align=CENTER, indent=False), DRAFT_MARK, 14, True)
            mark.font.color.rgb = RGBColor(0x99, 0x99, 0x99)
    for footer in (section.first_page_footer, section.footer):
        if document.footer_note:
            footer.paragraphs[0].alignment = CENTER
            _run(footer.paragraphs[0], document.footer_note, 9)


def render_docx(document: ReportDocument, out_path: Path) -> None:
    """Write the document as .docx to out_path (replaced only once complete)."""
    doc = Document()
    normal = doc.styles["Normal"]
    _set_font(normal, 14)
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.space_after = Pt(0)
    doc.core_properties.title = nfc(f"{document.title} {document.subtitle}".strip())
    doc.core_properties.author = nfc(document.agency_name)
    doc.core_properties.language = "vi-VN"
    _margins_and_pages(document, doc)
    _heading(document, doc)
    _title(document, doc)
    for text in _lines(document.opening):
        _paragraph(doc, text)
    for section in document.sections:
        heading = _paragraph(doc)
        heading.paragraph_format.keep_with_next = True
        _run(heading, section.heading, bold=True)
        for text in _lines(section.summary):
            _paragraph(doc, text)
        for entry in section.entries:
            _entry(doc, entry)
    for text in _lines(document.closing):
        _paragraph(doc, text)
    _signature(document, doc)
    with replacing(out_path) as tmp_path:
        doc.save(str(tmp_path))
