"""The outgoing register printed in the form of Decree 30/2020/NĐ-CP, Appendix IV: A4 landscape,
the column headings repeated on every page, every line whole (a long line wraps in its cell)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.catalogue.register import AgencyInfo
from app.services.core.files import replacing
from app.services.core.pdf_fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts, safe_markup
from app.services.outgoing import register

PAGE = landscape(A4)
MARGIN = 12 * mm


def _styles() -> dict[str, ParagraphStyle]:
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11)
    centred = ParagraphStyle("centred", cell, alignment=TA_CENTER)
    return {
        "title": ParagraphStyle("title", centred, fontName=FONT_BOLD, fontSize=14, leading=18),
        "sub": ParagraphStyle("sub", centred, fontName=FONT_ITALIC, fontSize=11, leading=14),
        "head": ParagraphStyle("head", centred, fontName=FONT_BOLD),
        "cell": cell,
        "centred": centred,
    }


def _text(value) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)


def write_pdf(agency: AgencyInfo, year: int, out: Path, made_on: date | None = None) -> int:
    """The register of the year as a PDF; returns how many lines it holds."""
    register_fonts()
    st = _styles()
    rows = register.entries(agency, year)
    columns = register.FORM_COLUMNS
    usable = PAGE[0] - 2 * MARGIN
    total = sum(c[1] for c in columns)
    widths = [usable * c[1] / total for c in columns]
    header = [Paragraph(safe_markup(c[0]), st["head"]) for c in columns]
    body = []
    for row in rows:
        cells = register.form_line(row)
        body.append(
            [
                Paragraph(
                    safe_markup(_text(v)).replace("\n", "<br/>"), st["cell" if wrap else "centred"]
                )
                for v, (_t, _w, wrap) in zip(cells, columns, strict=True)
            ]
        )
    table = Table([header, *body], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
                ("FONT", (0, 0), (-1, -1), FONT, 9),
            ]
        )
    )
    made = made_on or register.today()
    story = [
        Paragraph("SỔ ĐĂNG KÝ VĂN BẢN ĐI", st["title"]),
        Paragraph(safe_markup(f"{agency.name_vi} – Năm {year}"), st["sub"]),
        Paragraph(f"Ngày lập: {made:%d/%m/%Y}", st["sub"]),
        Spacer(1, 4 * mm),
        table,
    ]

    def number_pages(canvas, _doc) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 9)
        canvas.drawCentredString(PAGE[0] / 2, 6 * mm, f"Trang {canvas.getPageNumber()}")
        canvas.restoreState()

    with replacing(out) as path:
        pdf = SimpleDocTemplate(
            str(path),
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"Sổ đăng ký văn bản đi năm {year}",
            author=agency.name_vi,
            initialFontName=FONT,
        )
        pdf.build(story, onFirstPage=number_pages, onLaterPages=number_pages)
    return len(rows)
