"""The Decree 30 report PDF, checked with poppler's own tools: text, fonts, page size, marks."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from app.services.reports.pdf_report import render_report, vietnamese_date_line
from app.services.reports.report_document import DocumentEntry, DocumentSection, ReportDocument

LONG = (
    "Tổ chức tập huấn cho cán bộ y tế tuyến huyện về kiểm dịch y tế biên giới & phòng, chống "
    "dịch bệnh truyền nhiễm; số học viên đạt yêu cầu < 5% so với kế hoạch được giao nên cần "
    "tiếp tục bồi dưỡng, nâng cao năng lực ngoại ngữ và kỹ năng đàm phán cho đội ngũ cán bộ "
    "làm công tác hợp tác quốc tế trong lĩnh vực y tế."
)


def _entry(ref: str, n: int, **changes: object) -> DocumentEntry:
    entry = DocumentEntry(
        ref=ref,
        duty_text=(
            f"Nhiệm vụ {n}: Nâng cao chất lượng nguồn nhân lực y tế đáp ứng yêu cầu hội nhập "
            "quốc tế; tăng cường hợp tác với các tổ chức quốc tế & các nước trong khu vực."
        ),
        status="Đang thực hiện",
        progress=10 * n % 100,
        results=f"Kết quả mục {n}: đã cử 12 lượt cán bộ đi đào tạo ở nước ngoài. {LONG}",
        difficulties=f"Khó khăn mục {n}: kinh phí hạn chế, thủ tục xuất cảnh kéo dài.",
        proposals=f"Đề xuất mục {n}: UBND tỉnh bố trí kinh phí bổ sung năm 2026.",
    )
    return dataclasses.replace(entry, **changes)


def sample_document(entries: int = 6, **changes: object) -> ReportDocument:
    """A realistic half-year report of Sở Y tế; `entries` split over two sections."""
    first = [_entry(f"III.2.{i + 1}", i + 1) for i in range(entries // 2)]
    second = [_entry(f"IV.{i + 1}", entries // 2 + i + 1) for i in range(entries - len(first))]
    first[0] = dataclasses.replace(
        first[0], attachments=("bao-cao-tap-huan.pdf", "anh-hoi-nghi.jpg")
    )
    second[0] = dataclasses.replace(second[0], difficulties="", progress=None)
    document = ReportDocument(
        parent_body="UBND TỈNH QUẢNG NGÃI",
        agency_name="SỞ Y TẾ",
        number_symbol="Số: 12/BC-SYT",
        place="Quảng Ngãi",
        issued_on=date(2026, 2, 5),
        title="BÁO CÁO",
        subtitle=(
            "Kết quả thực hiện Kế hoạch số 590/QĐ-UBND của UBND tỉnh về hội nhập quốc tế "
            "6 tháng cuối năm 2025"
        ),
        opening=(
            "Thực hiện Quyết định số 590/QĐ-UBND ngày 22/4/2014 của UBND tỉnh Quảng Ngãi, "
            "Sở Y tế báo cáo kết quả thực hiện như sau:"
        ),
        sections=(
            DocumentSection("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỤ THỂ", tuple(first)),
            DocumentSection("II. CÁC NHIỆM VỤ PHỐI HỢP", tuple(second)),
        ),
        closing="Sở Y tế kính báo cáo UBND tỉnh, Sở Ngoại vụ tổng hợp./.",
        signer_capacity="KT. GIÁM ĐỐC",
        signer_position="PHÓ GIÁM ĐỐC",
        signer_name="Nguyễn Văn An",
        recipients=("- UBND tỉnh (b/c);", "- Sở Ngoại vụ;", "- Lưu: VT."),
    )
    return dataclasses.replace(document, **changes)


def _run(*args: str | Path) -> str:
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def _pages(pdf: Path) -> list[str]:
    """Each page's text (pdftotext -layout), NFC, whitespace made single spaces."""
    pages = _run("pdftotext", "-layout", pdf, "-").split("\f")
    return [" ".join(unicodedata.normalize("NFC", p).split()) for p in pages if p.strip()]


def _body_text(pages: list[str]) -> str:
    """The pages joined without the page numbers at their heads, so split paragraphs join up."""
    return " ".join(re.sub(rf"^{n} ", "", p) for n, p in enumerate(pages, start=1))


@pytest.fixture
def final_pdf(tmp_path: Path) -> Path:
    out = tmp_path / "bao-cao.pdf"
    render_report(sample_document(), out)
    return out


def test_every_text_of_the_document_is_in_the_pdf(final_pdf: Path) -> None:
    document = sample_document()
    text = _body_text(_pages(final_pdf))
    expected = [
        "UBND TỈNH QUẢNG NGÃI",
        "SỞ Y TẾ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/BC-SYT",
        "Quảng Ngãi, ngày 05 tháng 02 năm 2026",
        "BÁO CÁO",
        document.subtitle,
        document.opening,
        document.closing,
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
        "Nơi nhận:",
        *document.recipients,
        "Tài liệu kèm theo: bao-cao-tap-huan.pdf, anh-hoi-nghi.jpg",
        "Tình trạng: Đang thực hiện; Tiến độ: 10%",
    ]
    for section in document.sections:
        expected.append(section.heading)
        for entry in section.entries:
            expected += [f"{entry.ref}. {entry.duty_text}", f"Kết quả đạt được: {entry.results}"]
            expected.append(f"Đề xuất, kiến nghị: {entry.proposals}")
            if entry.difficulties:
                expected.append(f"Khó khăn, vướng mắc: {entry.difficulties}")
    missing = [s for s in expected if " ".join(s.split()) not in text]
    assert not missing, missing
    # Labels with nothing to say are left out, not printed empty.
    assert text.count("Khó khăn, vướng mắc:") == 5
    assert text.count("Tài liệu kèm theo:") == 1


def test_only_embedded_fonts_and_no_helvetica(final_pdf: Path) -> None:
    rows = _run("pdffonts", final_pdf).splitlines()[2:]  # after the header and the rule
    assert rows
    for row in rows:
        name, *_, emb, _sub, _uni, _obj, _gen = row.split()
        assert emb == "yes", row
        assert "helvetica" not in name.lower(), row
    assert any("LiberationSerif" in row for row in rows)


def test_page_size_is_a4(final_pdf: Path) -> None:
    info = _run("pdfinfo", final_pdf)
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert match, info
    assert (round(float(match[1])), round(float(match[2]))) == (595, 842)
    assert "(A4)" in info


def _marks(pdf: Path) -> list[bool]:
    """Per page: does it carry DỰ THẢO? Poppler splits diagonal text into single letters, so
    read the page in content order (-raw; the mark is drawn first) without whitespace."""
    pages = _run("pdftotext", "-raw", pdf, "-").split("\f")[:-1]  # text ends with a \f
    return ["DỰTHẢO" in "".join(unicodedata.normalize("NFC", p).split()) for p in pages]


def test_draft_mark_on_every_page_and_only_in_the_draft(tmp_path: Path) -> None:
    draft = tmp_path / "du-thao.pdf"
    render_report(sample_document(entries=12, draft=True), draft)
    marks = _marks(draft)
    assert len(marks) > 1
    assert all(marks), marks

    final = tmp_path / "chinh-thuc.pdf"
    render_report(sample_document(entries=12), final)
    marks = _marks(final)
    assert len(marks) > 1
    assert not any(marks), marks


@pytest.mark.parametrize(
    ("issued_on", "expected"),
    [
        (date(2026, 2, 5), "Quảng Ngãi, ngày 05 tháng 02 năm 2026"),
        (date(2026, 6, 15), "Quảng Ngãi, ngày 15 tháng 6 năm 2026"),
        (date(2026, 12, 20), "Quảng Ngãi, ngày 20 tháng 12 năm 2026"),
        (date(2026, 1, 31), "Quảng Ngãi, ngày 31 tháng 01 năm 2026"),
        (date(2026, 3, 1), "Quảng Ngãi, ngày 01 tháng 3 năm 2026"),
        (None, "Quảng Ngãi, ngày      tháng      năm      "),
    ],
)
def test_vietnamese_date_line(issued_on: date | None, expected: str) -> None:
    assert vietnamese_date_line("Quảng Ngãi", issued_on) == expected


def test_long_document_flows_over_pages_numbered_from_page_two(tmp_path: Path) -> None:
    out = tmp_path / "dai.pdf"
    long_results = " ".join([LONG] * 8)  # one entry alone longer than a page
    document = sample_document(entries=30)
    first, *others = document.sections
    entries = list(first.entries)
    entries[1] = dataclasses.replace(entries[1], results=long_results)
    first = dataclasses.replace(first, entries=tuple(entries))
    document = dataclasses.replace(document, sections=(first, *others))
    render_report(document, out)
    pages = _pages(out)
    assert len(pages) >= 5
    assert not pages[0].startswith("1 ")  # page 1 carries no number
    for n, page in enumerate(pages[1:], start=2):
        assert page.startswith(f"{n} "), page[:80]
    assert f"Kết quả đạt được: {long_results}" in _body_text(pages)
    assert pages[-1].count("Nguyễn Văn An") == 1


def test_unsigned_document_leaves_blanks_and_footer_on_every_page(tmp_path: Path) -> None:
    out = tmp_path / "chua-ky.pdf"
    note = "Mã nội dung SHA-256: 3f2a…9c; chữ ký số: SYT-2026-012"
    document = sample_document(
        entries=12,
        number_symbol="Số:      /BC-SYT",
        issued_on=None,
        signer_name=None,
        footer_note=note,
    )
    render_report(document, out)
    raw = unicodedata.normalize("NFC", _run("pdftotext", "-layout", out, "-"))
    assert re.search(r"Số: {2,}/BC-SYT", raw), raw[:600]
    assert re.search(r"Quảng Ngãi, ngày {2,}tháng {2,}năm", raw), raw[:600]
    assert "Nguyễn Văn An" not in raw
    pages = _pages(out)
    assert len(pages) > 1
    assert all(note in page for page in pages)


def test_decomposed_input_is_drawn_precomposed(tmp_path: Path) -> None:
    """Text typed or pasted in NFD (base letter + combining marks) must come out as NFC: drawn
    as is, the marks land beside their letters and the PDF's text no longer matches."""
    out = tmp_path / "nfd.pdf"
    subtitle = "Kết quả thực hiện Kế hoạch hội nhập quốc tế"
    render_report(sample_document(subtitle=unicodedata.normalize("NFD", subtitle)), out)
    raw = _run("pdftotext", "-layout", out, "-")  # deliberately not normalised here
    assert subtitle in " ".join(raw.split())
