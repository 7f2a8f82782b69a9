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
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.models import Duty, Plan
from app.services.catalogue import periods
from app.services.consolidation import consolidated
from app.services.consolidation.consolidated_document import percent
from app.services.core.files import replacing
from app.services.dashboard import dashboard, reminders
from app.services.reports.report_pdf import STATUS_LABELS_VI, period_label
from app.services.reports.signoff import VIETNAM

MATRIX_SHEET, ENTRIES_SHEET = "Tổng hợp", "Nội dung"
STATUS_WORDS_VI = {
    "not_due": "Chưa đến hạn",
    "not_tracked": "Không theo dõi",
    "missing": "Chưa báo cáo",
    "on_time": "Đúng hạn",
    "late": "Chậm",
    "returned": "Trả lại",
    "conflict": "Xung đột",
}
STATUS_FILLS = {"missing": "F8D7DA", "late": "FFF3CD", "on_time": "D4EDDA", "returned": "E2E3E5"}
CHANNEL_WORDS_VI = {"bundle": "Tệp điện tử", "paper": "Văn bản giấy", "local": "Lập tại Sở"}
ENTRY_COLUMNS = (  # header, width, wrapped
    ("Mã cơ quan", 12, False),
    ("Cơ quan, đơn vị", 30, True),
    ("Kỳ báo cáo", 18, False),
    ("Mã nhiệm vụ", 12, False),
    ("Nội dung nhiệm vụ", 60, True),
    ("Tình trạng", 20, False),
    ("Tiến độ (%)", 11, False),
    ("Kết quả đạt được", 60, True),
    ("Khó khăn, vướng mắc", 40, True),
    ("Đề xuất, kiến nghị", 40, True),
    ("Thời điểm ký", 17, False),
    ("Hình thức nhận", 15, False),
)
TOP = Alignment(vertical="top")
WRAP = Alignment(vertical="top", wrap_text=True)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _header(sheet, titles: list[str], widths: list[int]) -> None:
    sheet.append(titles)
    for number, width in enumerate(widths, start=1):
        cell = sheet.cell(row=1, column=number)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(number)].width = width


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
    _header(sheet, ["Mã", "Cơ quan, đơn vị", *labels, reminded], [12, 42, *[16] * len(labels), 18])
    rows = dashboard.matrix(plan, shown, today)
    names = {a.code: a.name_vi for a in dashboard.expected_agencies(plan)}
    last_sent = reminders.last_sent(plan, period_id)
    for row in rows:
        code = row[0].agency
        sent = last_sent.get(code)
        when = datetime.fromisoformat(sent.sent_at).strftime("%d/%m/%Y") if sent else ""
        sheet.append([code, names[code], *[STATUS_WORDS_VI[c.status] for c in row], when])
        for offset, cell in enumerate(row, start=3):
            if cell.status in STATUS_FILLS:
                fill = PatternFill("solid", start_color=STATUS_FILLS[cell.status])
                sheet.cell(row=sheet.max_row, column=offset).fill = fill
    last_row = sheet.max_row
    sheet.freeze_panes = "C2"  # the header row and the agency columns stay in view
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(labels) + 3)}{last_row}"
    columns = [[row[i] for row in rows] for i in range(len(shown))] if rows else []
    totals = [dashboard.totals(column) for column in columns]
    sheet.append([])
    for title, value in (
        ("Phải báo cáo", lambda t: t.expected),
        ("Đã báo cáo", lambda t: t.received),
        ("Đúng hạn", lambda t: t.on_time),
        ("Tỷ lệ báo cáo (%)", lambda t: percent(t.rate)),
    ):
        sheet.append(["", title, *[value(t) for t in totals]])
        sheet.cell(row=sheet.max_row, column=2).font = Font(bold=True)


def _signed_cell(signed_at: str | None):
    """Excel has no time zones: the Vietnam time of the sign-off, as a date and time."""
    if not signed_at:
        return None
    return datetime.fromisoformat(signed_at).astimezone(VIETNAM).replace(tzinfo=None)


def _entries_sheet(sheet, plan: Plan, period_id: str, today: date | None) -> None:
    _header(sheet, [c[0] for c in ENTRY_COLUMNS], [c[1] for c in ENTRY_COLUMNS])
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
                STATUS_LABELS_VI.get(passage["status"], passage["status"]),
                passage["progress"],
                passage["results"],
                passage["difficulties"],
                passage["proposals"],
                _signed_cell(agency["signed_at"]),
                CHANNEL_WORDS_VI.get(agency["channel"], agency["channel"]),
            ]
        )
    for row in sheet.iter_rows(min_row=2):
        for cell, (_title, _width, wrapped) in zip(row, ENTRY_COLUMNS, strict=True):
            cell.alignment = WRAP if wrapped else TOP
        row[10].number_format = "dd/mm/yyyy hh:mm"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(ENTRY_COLUMNS))}{max(sheet.max_row, 2)}"


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
