"""The outgoing register in the Decree 30 form, as Excel, printed through LibreOffice Calc."""

from __future__ import annotations

import base64
from datetime import date

from openpyxl import load_workbook

from app.models import IssuedDocument
from app.services.catalogue import catalogue
from app.services.core import audit
from app.services.outgoing import register, register_pdf, register_xlsx
from app.services.reports import issuing
from tests.calc import needs_calc, page_sizes, page_texts, print_to_pdf
from tests.reporting import PASSWORD, approver, complete_draft

RECIPIENTS = ["- UBND tỉnh (b/c);", "- Sở Ngoại vụ (t/h);", "- Lưu: VT."]


def _register_of_a_busy_year(station, count: int) -> None:
    """One report really issued, then a year's worth of lines as the clerk would add them."""
    approver(station)
    from app.services.reports import signoff

    report = complete_draft(station, "2026-Y")
    signoff.sign(report, "nguyen.van.an", PASSWORD, station)
    issuing.issue_report(report, "nguyen.van.an", PASSWORD, station, number=1)
    for number in range(2, count + 1):
        IssuedDocument.create(
            agency=station.agency.id,
            year=2026,
            number=number,
            symbol=f"{number}/BC-SYT",
            issued_on=date(2026, 1 + number % 12, 1 + number % 27),
            kind="report",
            plan=catalogue.active_plan(),
            period_id="2026-H1",
            revision=number,
            title="Báo cáo kết quả thực hiện Kế hoạch ban hành kèm theo Quyết định số "
            f"590/QĐ-UBND 6 tháng đầu năm 2026, lần {number}",
            signer_name="Nguyễn Văn An",
            signer_position="Phó Giám đốc",
            recipients="\n".join(RECIPIENTS),
            copies=3,
            clerk_login="pham.thi.thu",
            clerk_name="Phạm Thị Thu",
            clerk_position="Văn thư",
            content_sha256=f"{number:064x}",
            statement_json="{}",
            signature=base64.b64encode(b"-").decode(),
            key_fingerprint="AAAA-BBBB-CCCC-DDDD-EEEE",
            recorded_at=audit.now_iso(),
        )


def test_the_register_workbook_has_the_decree_30_columns_and_typed_cells(health, tmp_path):
    _register_of_a_busy_year(health, 3)
    out = tmp_path / "so-van-ban-di.xlsx"
    assert register_xlsx.write_workbook(health.agency, 2026, out, date(2026, 12, 20)) == 3
    sheet = load_workbook(out).active
    assert sheet["A1"].value == "SỔ ĐĂNG KÝ VĂN BẢN ĐI" and sheet["A2"].value == "Sở Y tế"
    assert sheet["A4"].is_date and sheet["A4"].number_format == '"Ngày lập: "dd/mm/yyyy'
    header = [c.value for c in sheet[6]]
    assert header == [c[0] for c in register_xlsx.COLUMNS]
    first = [c.value for c in sheet[7]]
    assert first[0] == 1 and first[1] == "1/BC-SYT"
    assert sheet["C7"].is_date and sheet["C7"].number_format == "dd/mm/yyyy"
    assert first[2].date() == register.today()
    assert first[4] == "Nguyễn Văn An\nPhó Giám đốc" and first[7] == 3
    assert sheet.print_title_rows == "$6:$6" and sheet.page_setup.orientation == "landscape"
    assert load_workbook(tmp_path / "so-van-ban-di.xlsx").active.max_row == 9


@needs_calc
def test_the_register_prints_on_a4_landscape_with_its_header_on_every_page(health, tmp_path):
    _register_of_a_busy_year(health, 60)
    out = tmp_path / "so-van-ban-di.xlsx"
    register_xlsx.write_workbook(health.agency, 2026, out)
    pdf = print_to_pdf(out, tmp_path)
    sizes = page_sizes(pdf)
    assert 2 <= len(sizes) <= 8, len(sizes)
    assert all(abs(w - 841.9) < 2 and abs(h - 595.3) < 2 for w, h in sizes), sizes
    pages = page_texts(pdf)
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in pages[0] and "Ngày lập: " in pages[0]
    for number, page in enumerate(pages, start=1):
        assert "Tên loại và trích yếu nội dung văn bản" in page, number  # repeated header
        assert f"Trang {number}/{len(pages)}" in page
    text = " ".join(pages)
    # Every line printed whole: the last number, and the wrapped excerpt's end, are there.
    assert "60/BC-SYT" in text and "lần 60" in text
    assert "Ghi chú" in pages[-1]  # the last column is on the page: one page wide


def test_the_register_prints_as_pdf_in_the_same_form(health, tmp_path):
    _register_of_a_busy_year(health, 60)
    out = tmp_path / "so.pdf"
    assert register_pdf.write_pdf(health.agency, 2026, out, date(2026, 12, 20)) == 60
    sizes = page_sizes(out)
    assert len(sizes) >= 2 and all(abs(w - 841.9) < 2 and abs(h - 595.3) < 2 for w, h in sizes)
    pages = page_texts(out)
    assert "SỔ ĐĂNG KÝ VĂN BẢN ĐI" in pages[0] and "Ngày lập: 20/12/2026" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert "Người ký" in page and "Ghi chú" in page and f"Trang {number}" in page
    text = " ".join(pages)
    assert "60/BC-SYT" in text and "lần 60" in text and "Nguyễn Văn An" in text


def test_the_note_names_the_period_in_words():
    """ "2026-Y" wrapped in the narrow note column as "2026-" / "Y"; documents say "năm 2026"."""
    from app.services.core.labels import period_words

    assert period_words("2026-H1") == "6 tháng đầu năm 2026"
    assert period_words("2026-Y") == "năm 2026"
