"""The consolidated report as an Excel workbook (consolidated_export.write_xlsx loads this).

Two sheets: "Tổng hợp", the agencies × periods matrix of the dashboard (the period and the two
years before it) in Vietnamese words, with totals and the last reminder sent; "Nội dung", every
entry of the agencies' latest accepted revisions for the period (the revisions the pre-fill
uses), one row each, ready to filter.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from app.models import Duty, Plan
from app.services.catalogue import periods
from app.services.consolidation import consolidated
from app.services.core import labels as words
from app.services.core import xlsx_layout
from app.services.core.audit import VIETNAM
from app.services.core.files import replacing
from app.services.core.status_colours import DASHBOARD_COLOURS, excel
from app.services.core.vocabulary import Channel, DashboardStatus
from app.services.dashboard import dashboard, reminders
from app.services.reports.report_pdf import period_label

MATRIX_SHEET, ENTRIES_SHEET = "Tổng hợp", "Nội dung"
ENTRY_COLUMNS = (  # header, width, wrapped
    ("Mã cơ quan", 12, False),
    ("Cơ quan, đơn vị", 22, True),
    ("Kỳ báo cáo", 14, True),
    ("Mã nhiệm vụ", 12, False),
    ("Nội dung nhiệm vụ", 45, True),
    ("Tình trạng", 16, True),
    ("Tiến độ (%)", 11, False),
    ("Kết quả đạt được", 45, True),
    ("Khó khăn, vướng mắc", 30, True),
    ("Đề xuất, kiến nghị", 30, True),
    ("Thời điểm ký", 17, False),
    ("Hình thức nhận", 15, False),
)


def _colour(cell, status: str) -> None:
    """A status cell in the dashboard's colours (status_colours), so both read alike."""
    colour = DASHBOARD_COLOURS[DashboardStatus(status)]
    cell.fill = PatternFill("solid", start_color=excel(colour.background))
    cell.font = Font(color=excel(colour.text))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _matrix_sheet(sheet, plan: Plan, period_id: str, today: date | None) -> None:
    chosen = periods.get(plan, period_id)
    # The chosen period and those of the two years before it: the recent record, readable.
    shown = [
        p
        for p in periods.all_periods(plan, today)
        if p.end <= chosen.end and p.end.year >= chosen.end.year - 2
    ]
    if chosen not in shown:
        shown.append(chosen)
    labels = [_capital(period_label(p.as_json())) for p in shown]
    reminded = f"Đôn đốc kỳ {period_label(chosen.as_json())}"
    titles = ["Mã", "Cơ quan, đơn vị", *labels, reminded]
    widths = [12, 42, *[16] * len(labels), 18]
    header = _title(sheet, "TỔNG HỢP TÌNH HÌNH BÁO CÁO", plan, chosen, len(titles), today)
    xlsx_layout.header_row(sheet, header, titles, widths)
    rows = dashboard.matrix(plan, shown, today)
    names = {a.code: a.name_vi for a in dashboard.expected_agencies(plan)}
    last_sent = reminders.last_sent(plan, period_id)
    for row in rows:
        code = row[0].agency
        sent = last_sent.get(code)
        when = datetime.fromisoformat(sent.sent_at).date() if sent else None
        sheet.append(
            [code, names[code], *[words.label_of(DashboardStatus, c.status) for c in row], when]
        )
        sheet.cell(row=sheet.max_row, column=len(titles)).number_format = xlsx_layout.DATE_FORMAT
        for offset, cell in enumerate(row, start=3):
            _colour(sheet.cell(row=sheet.max_row, column=offset), cell.status)
    last_row = sheet.max_row
    xlsx_layout.body_rows(sheet, header + 1, widths, {1})
    sheet.auto_filter.ref = f"A{header}:{get_column_letter(len(titles))}{last_row}"
    columns = [[row[i] for row in rows] for i in range(len(shown))] if rows else []
    totals = [dashboard.totals(column) for column in columns]
    sheet.append([])
    for title, value, number_format in (
        ("Phải báo cáo", lambda t: t.expected, "0"),
        ("Đã báo cáo", lambda t: t.received, "0"),
        ("Đúng hạn", lambda t: t.on_time, "0"),
        # A number Excel can compute with, shown as a percentage.
        ("Tỷ lệ báo cáo", lambda t: t.rate / 100, xlsx_layout.PERCENT_FORMAT),
    ):
        # A period before DoFA followed up has no counts: its cells stay empty, not 0 %.
        sheet.append(["", title, *[value(t) if t.tracked else None for t in totals]])
        sheet.cell(row=sheet.max_row, column=2).font = Font(bold=True)
        for column in range(3, 3 + len(totals)):
            sheet.cell(row=sheet.max_row, column=column).number_format = number_format
    xlsx_layout.print_setup(sheet, header, len(titles))
    sheet.freeze_panes = sheet.cell(row=header + 1, column=3)  # and the agency columns


def _signed_cell(signed_at: str | None):
    """Excel has no time zones: the Vietnam time of the sign-off, as a date and time."""
    if not signed_at:
        return None
    return datetime.fromisoformat(signed_at).astimezone(VIETNAM).replace(tzinfo=None)


def _title(sheet, title: str, plan: Plan, period, columns: int, today: date | None) -> int:
    """The title block: what, which plan and period, when made (Vietnam date)."""
    label = period_label(period.as_json())
    lines = [
        f"Kết quả thực hiện Kế hoạch ban hành kèm theo Quyết định số {plan.number_symbol} – "
        f"{label} (từ ngày {period.start:%d/%m/%Y} đến ngày {period.end:%d/%m/%Y})"
    ]
    made = today or datetime.now(VIETNAM).date()
    return xlsx_layout.title_block(sheet, title, lines, made, columns)


def _entries_sheet(sheet, plan: Plan, period_id: str, today: date | None) -> None:
    titles, widths = [c[0] for c in ENTRY_COLUMNS], [c[1] for c in ENTRY_COLUMNS]
    period = periods.get(plan, period_id)
    header = _title(
        sheet, "NỘI DUNG BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ", plan, period, len(titles), today
    )
    xlsx_layout.header_row(sheet, header, titles, widths)
    live = consolidated.prefill(plan, period_id, today)
    reporting = {r["code"]: r for r in live["reporting"]}
    texts = dict(Duty.select(Duty.ref, Duty.text_vi).where(Duty.plan == plan).tuples())
    order = {code: n for n, code in enumerate(reporting)}
    label = _capital(period_label(periods.get(plan, period_id).as_json()))
    ordered = sorted(
        live["passages"].values(),
        key=lambda p: (consolidated.plan_order(p["ref"]), order[p["agency"]]),
    )
    for passage in ordered:
        agency = reporting[passage["agency"]]
        sheet.append(
            [
                passage["agency"],
                passage["agency_name"],
                label,
                passage["ref"],
                texts[passage["ref"]],
                words.entry_status(passage["status"]),
                passage["progress"],
                passage["results"],
                passage["difficulties"],
                passage["proposals"],
                _signed_cell(agency["signed_at"]),
                words.label_of(Channel, agency["channel"]),
            ]
        )
    xlsx_layout.body_rows(
        sheet, header + 1, widths, {n for n, c in enumerate(ENTRY_COLUMNS) if c[2]}
    )
    for row in sheet.iter_rows(min_row=header + 1):
        row[6].number_format = "0"  # progress, a whole percent
        row[10].number_format = xlsx_layout.DATE_TIME_FORMAT
    last = get_column_letter(len(ENTRY_COLUMNS))
    sheet.auto_filter.ref = f"A{header}:{last}{max(sheet.max_row, header + 1)}"
    xlsx_layout.print_setup(sheet, header, len(ENTRY_COLUMNS))


def write_workbook(plan: Plan, period_id: str, out: Path, today: date | None = None) -> None:
    """The workbook of the period: the matrix and every entry used by the pre-fill."""
    workbook = Workbook()
    matrix = workbook.active
    matrix.title = MATRIX_SHEET
    _matrix_sheet(matrix, plan, period_id, today)
    _entries_sheet(workbook.create_sheet(ENTRIES_SHEET), plan, period_id, today)
    label = period_label(periods.get(plan, period_id).as_json())
    workbook.properties.title = f"Tổng hợp báo cáo {label}"
    workbook.properties.language = "vi-VN"
    with replacing(out) as path:
        workbook.save(str(path))
