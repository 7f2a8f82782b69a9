"""Excel sheets a records clerk can print: title block, A4 landscape fitted to the page width,
header rows repeated on every page, row heights that show wrapped text, typed cells.

openpyxl writes what Excel and LibreOffice Calc need to lay the page out; it does not measure
text, so row heights are estimated from the characters per line a column holds (a column of
width w shows about w characters of 11 pt text; Vietnamese letters with their marks are no
wider). The estimate errs on the tall side: a cut line is worse than a spare one.
"""

from __future__ import annotations

import math
from datetime import date

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

LINE_HEIGHT = 15.0  # points per line of 11 pt text
CHARS_PER_WIDTH = 1.1  # characters per unit of column width, conservatively
DATE_FORMAT = "dd/mm/yyyy"
DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm"
PERCENT_FORMAT = "0.0%"
THIN = Side(style="thin", color="808080")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOP = Alignment(vertical="top")
WRAP = Alignment(vertical="top", wrap_text=True)


def title_block(sheet, title: str, lines: list[str], made_on: date, columns: int) -> int:
    """The report's name, its period and the date it was made, above the table; returns the
    row the table's header goes on."""
    last = get_column_letter(columns)
    rows = [(title, Font(bold=True, size=14))] + [(line, Font(italic=True)) for line in lines]
    for number, (text, font) in enumerate(rows, start=1):
        cell = sheet.cell(row=number, column=1, value=text)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.merge_cells(f"A{number}:{last}{number}")
        sheet.row_dimensions[number].height = 22 if number == 1 else LINE_HEIGHT + 2
    made = len(rows) + 1
    # A date cell whose format carries the words, so it stays a date and reads as a sentence.
    stamp = sheet.cell(row=made, column=1, value=made_on)
    stamp.number_format = f'"Ngày lập: "{DATE_FORMAT}'
    stamp.font = Font(italic=True)
    stamp.alignment = Alignment(horizontal="center")
    sheet.merge_cells(f"A{made}:{last}{made}")
    return made + 2  # one empty row before the table


def header_row(sheet, row: int, titles: list[str], widths: list[float]) -> None:
    for number, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        cell = sheet.cell(row=row, column=number, value=title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = GRID
        sheet.column_dimensions[get_column_letter(number)].width = width
    sheet.row_dimensions[row].height = lines_needed(titles, widths) * LINE_HEIGHT + 4


def lines_needed(values: list, widths: list[float]) -> int:
    """The most lines any cell of a row wraps to at its column's width."""
    most = 1
    for value, width in zip(values, widths, strict=False):
        if not isinstance(value, str) or not value:
            continue
        per_line = max(1, int(width * CHARS_PER_WIDTH) - 1)
        lines = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
        most = max(most, lines)
    return most


def body_rows(sheet, first: int, widths: list[float], wrapped: set[int]) -> None:
    """Borders, alignment and a row height that shows every wrapped line of each row."""
    for row in sheet.iter_rows(min_row=first, max_col=len(widths)):
        values = []
        for number, cell in enumerate(row):
            cell.border = GRID
            cell.alignment = WRAP if number in wrapped else TOP
            values.append(cell.value if number in wrapped else None)
        sheet.row_dimensions[row[0].row].height = lines_needed(values, widths) * LINE_HEIGHT + 2


def print_setup(sheet, header: int, columns: int) -> None:
    """A4 landscape, one page wide (as many tall as needed), the header on every page, page
    numbers in the footer."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as the rows need
    sheet.print_title_rows = f"{header}:{header}"
    sheet.print_area = f"A1:{get_column_letter(columns)}{sheet.max_row}"
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.print_options.horizontalCentered = True
    sheet.oddFooter.center.text = "Trang &P/&N"
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
