"""The outgoing register as an Excel workbook in the form of Decree 30/2020/NĐ-CP, Appendix IV
(sổ đăng ký văn bản đi): one line per document, in number order, ready to print on A4."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from app.services.catalogue.register import AgencyInfo
from app.services.core import xlsx_layout
from app.services.core.files import replacing
from app.services.outgoing import register

COLUMNS = register.FORM_COLUMNS


def write_workbook(agency: AgencyInfo, year: int, out: Path, made_on: date | None = None) -> int:
    """The register of the year; returns how many lines it holds."""
    rows = register.entries(agency, year)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"Sổ văn bản đi {year}"
    widths = [c[1] for c in COLUMNS]
    header = xlsx_layout.title_block(
        sheet,
        "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
        [agency.name_vi, f"Năm {year}"],
        made_on or register.today(),
        len(COLUMNS),
    )
    xlsx_layout.header_row(sheet, header, [c[0] for c in COLUMNS], widths)
    for row in rows:
        sheet.append(register.form_line(row))
        sheet.cell(row=sheet.max_row, column=3).number_format = xlsx_layout.DATE_FORMAT
    wrapped = {n for n, column in enumerate(COLUMNS) if column[2]}
    xlsx_layout.body_rows(sheet, header + 1, widths, wrapped)
    xlsx_layout.print_setup(sheet, header, len(COLUMNS))
    workbook.properties.title = f"Sổ đăng ký văn bản đi năm {year}"
    workbook.properties.language = "vi-VN"
    with replacing(out) as path:
        workbook.save(str(path))
    return len(rows)
