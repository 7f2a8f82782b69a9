"""DoFA's consolidated report: pre-fill, DoFA's writing across imports, sign-off, outputs."""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from app.models import ConsolidatedReport
from app.services.catalogue import catalogue
from app.services.consolidation import (
    consolidated,
    consolidated_export,
    consolidated_issuing,
    consolidated_signoff,
    prefill_changes,
)
from app.services.consolidation.consolidated_document import build_document, content_of
from app.services.core.errors import UserError
from app.services.core.labels import entry_status
from app.services.exchange import bundle_import, replies
from app.services.reports.pdf_report import render_report
from tests.calc import needs_calc, page_sizes, page_texts, print_to_pdf
from tests.conftest import run_cli
from tests.consolidated_world import (
    DOFA_APPROVER,
    KEYRING,
    NAMES,
    PERIOD,
    World,
    audit_actions,
    build_world,
    fresh_dofa,
)
from tests.reporting import PASSWORD
from tests.test_pdf_report import _body_text, _marks, _pages

FIELDS = ("status", "progress", "results", "difficulties", "proposals")
SUMMARY = "Các sở, ngành đã chủ động triển khai; kết quả bước đầu khả quan."
ASSESSMENT = "Nhìn chung, các cơ quan, đơn vị đã triển khai nghiêm túc Kế hoạch."


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> World:
    return build_world(tmp_path_factory.mktemp("consolidated"))


@pytest.fixture
def world(built, monkeypatch) -> World:
    monkeypatch.setenv(KEYRING, built.keyring)
    return built


@pytest.fixture
def station(world, tmp_path):
    return fresh_dofa(world, tmp_path / "dofa")


def expected_passages(entries_by_code: dict[str, list[dict]]) -> dict[str, dict]:
    return {
        f"{entry['ref']}|{code}": {name: entry[name] for name in FIELDS}
        for code, entries in entries_by_code.items()
        for entry in entries
    }


def as_reported(passages: dict[str, dict]) -> dict[str, dict]:
    return {key: {name: p[name] for name in FIELDS} for key, p in passages.items()}


def test_prefill_is_exactly_what_was_reported_and_attributed(world, station, tmp_path):
    plan = catalogue.active_plan()
    live = consolidated.prefill(plan, PERIOD)
    used = {code: world.reported[code] for code in ("SYT", "SGDDT")}
    # Returned (SVHTTDL) and conflicting (SCT) revisions are left out; nothing else is in.
    assert as_reported(live["passages"]) == expected_passages(used)
    for key, passage in live["passages"].items():
        code = key.split("|")[1]
        assert (passage["agency"], passage["agency_name"], passage["revision"]) == (
            code,
            NAMES[code],
            1,
        )
    counts = live["counts"]
    assert (counts["received"], counts["on_time"], counts["returned"], counts["conflict"]) == (
        4,
        2,
        1,
        1,
    )
    assert counts["rate"] == round(100 * 4 / counts["expected"], 1)

    report = consolidated.open_draft(station, plan, PERIOD)
    assert consolidated.accepted(report) == live
    # The text as printed, read without the draft mark (its letters break up the lines).
    out = tmp_path / "van-ban.pdf"
    render_report(dataclasses.replace(build_document(report), draft=False), out)
    text = _body_text(_pages(out))
    for code, entries in used.items():
        for entry in entries:
            status = entry_status(entry["status"])
            assert (
                f"- Tình trạng: {status}; tiến độ: {entry['progress']}%. Kết quả đạt được: "
                f"{entry['results']} ({NAMES[code]})."
            ) in text
    for left_out in ("Tổ chức 2 tuần lễ văn hóa", "Phương án A", "Phương án B"):
        assert left_out not in text
    assert f"Báo cáo đã trả lại để hoàn chỉnh, chưa gửi lại (1): {NAMES['SVHTTDL']}." in text
    assert "đang chờ xác định, chưa đưa vào tổng hợp (1): Sở Công Thương." in text
    assert f"trong đó {counts['on_time']} báo cáo đúng hạn" in text


def test_dofa_writing_survives_a_later_import_and_changes_are_listed(world, station):
    plan = catalogue.active_plan()
    report = consolidated.open_draft(station, plan, PERIOD)
    consolidated.save_summary(station, report, "III", SUMMARY)
    consolidated.save_summary(station, report, "", "Tình hình chung: đa số chưa đến hạn.")
    consolidated.save_assessment(station, report, ASSESSMENT)
    rewrite_key = "III.14.1|SGDDT"
    consolidated.save_passage(
        station, report, rewrite_key, "Đã đón 3 đoàn chuyên gia giáo dục Nhật Bản"
    )
    assert prefill_changes.changes_since(report) == []

    results = bundle_import.import_bundles(station, [world.later])
    assert [r.status for r in results] == ["imported"]
    report = ConsolidatedReport.get_by_id(report.id)
    assert consolidated.summaries(report) == {
        "III": SUMMARY,
        "": "Tình hình chung: đa số chưa đến hạn.",
    }
    assert report.assessment_vi == ASSESSMENT
    changes = prefill_changes.changes_since(report)
    syt = {e["ref"]: e for e in world.amended}
    assert [(c.key, c.kind) for c in changes] == [
        (f"{ref}|SYT", "changed") for ref in sorted(syt, key=consolidated.plan_order)
    ]
    for change in changes:
        assert change.new["results"] == syt[change.ref]["results"]
        assert change.new["revision"] == 2 and change.old["revision"] == 1
    # Until DoFA decides, the document keeps the accepted text and DoFA's writing.
    text = json.dumps(content_of(report), ensure_ascii=False)
    assert "Sở Y tế đã ký 2 thỏa thuận hợp tác" in text and "bổ sung: ký 3" not in text
    assert SUMMARY in text and "Nhật Bản (Sở Giáo dục và Đào tạo)." in text

    kept, taken = changes[0].key, [c.key for c in changes[1:]]
    assert prefill_changes.keep_changes(station, report, [kept]) == 1
    assert [c.key for c in prefill_changes.changes_since(report)] == taken
    assert prefill_changes.accept_changes(station, report, taken) == len(taken)
    assert prefill_changes.changes_since(report) == []
    passages = consolidated.accepted(report)["passages"]
    assert passages[kept]["revision"] == 1
    assert all(passages[k]["results"] == syt[k.split("|")[0]]["results"] for k in taken)
    assert consolidated.summaries(report)["III"] == SUMMARY
    assert consolidated.edits(report) == {rewrite_key: "Đã đón 3 đoàn chuyên gia giáo dục Nhật Bản"}
    actions = [a for a, _ in audit_actions(station.folder)]
    assert {"consolidated.keep", "consolidated.accept", "consolidated.edit"} <= set(actions)


def test_sign_off_with_wrong_then_right_password_and_the_signed_pdf(world, station, tmp_path):
    plan = catalogue.active_plan()
    report = consolidated.open_draft(station, plan, PERIOD)
    consolidated.save_summary(station, report, "III", SUMMARY)
    draft_pdf = tmp_path / "du-thao.pdf"
    consolidated_export.write_pdf(report, draft_pdf)
    marks = _marks(draft_pdf)
    assert len(marks) > 1 and all(marks), marks

    with pytest.raises(UserError, match="overall assessment"):
        consolidated_signoff.sign(report, "tran.thi.binh", PASSWORD, station)
    consolidated.save_assessment(station, report, ASSESSMENT)
    with pytest.raises(UserError) as wrong:
        consolidated_signoff.sign(report, "tran.thi.binh", "not-the-password", station)
    assert wrong.value.message("vi") == f"Sai mật khẩu của {DOFA_APPROVER[0]}"
    assert ConsolidatedReport.get_by_id(report.id).status == "draft"
    assert ("consolidated.sign_refused", {"period": PERIOD}) in audit_actions(station.folder)

    consolidated_signoff.sign(report, "tran.thi.binh", PASSWORD, station)
    assert report.status == "signed" and report.number is None
    unissued = tmp_path / "chua-ban-hanh.pdf"
    consolidated_export.write_pdf(report, unissued)
    blank = _body_text(_pages(unissued))
    assert "Số: /BC-SNGV" in blank and "Quảng Ngãi, ngày tháng năm" in blank, blank[:300]
    # No clerk account on this workstation: the approver issues.
    consolidated_issuing.issue(report, "tran.thi.binh", PASSWORD, station)
    assert consolidated_signoff.verify(report)[0]
    content = json.loads(report.content_json)
    assert content["signer"]["capacity"] == "KT. GIÁM ĐỐC"
    assert content["assessment"] == ASSESSMENT
    printed = [line for s in content["sections"] for d in s["duties"] for p in d["passages"]
               for line in p["text"]]  # fmt: skip
    assert any("(Sở Y tế)." in line for line in printed)

    signed_pdf = tmp_path / "chinh-thuc.pdf"
    document = consolidated_export.write_pdf(report, signed_pdf)
    marks = _marks(signed_pdf)
    assert marks and not any(marks), marks
    text = _body_text(_pages(signed_pdf))
    for expected in (
        "Số: 1/BC-SNGV",
        DOFA_APPROVER[0],
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        SUMMARY,
        ASSESSMENT,
        f"SHA-256 {report.content_sha256}",
    ):
        assert expected in text, expected
    assert document.sections[-1].summary == ASSESSMENT

    with pytest.raises(UserError, match="is signed and can no longer be changed"):
        consolidated.save_summary(station, report, "III", "Sửa sau khi ký")
    with pytest.raises(UserError, match="needs a reason"):
        consolidated_signoff.amend(station, report, "  ")
    new = consolidated_signoff.amend(station, report, "Bổ sung số liệu của Sở Y tế")
    assert (new.revision, new.status) == (2, "draft")
    assert consolidated.summaries(new)["III"] == SUMMARY
    assert ConsolidatedReport.get_by_id(report.id).content_sha256 == report.content_sha256
    issued = consolidated_issuing.issue_of(report)
    opening = build_document(new).opening
    # The amendment is its own sentence before "như sau:", worded as in an agency's report.
    assert (
        f". Báo cáo này thay thế Báo cáo số 1/BC-SNGV ngày {issued.date:%d/%m/%Y}; lý do: Bổ "
        "sung số liệu của Sở Y tế. Trên cơ sở báo cáo của các cơ quan, đơn vị," in opening
    )
    assert opening.endswith("như sau:") and "(" + "Báo cáo này" not in opening


def test_word_document_has_the_same_headings_and_passages(world, station, tmp_path):
    plan = catalogue.active_plan()
    report = consolidated.open_draft(station, plan, PERIOD)
    consolidated.save_summary(station, report, "IV", SUMMARY)
    out = tmp_path / "bao-cao.docx"
    document = consolidated_export.write_docx(report, out)
    word = Document(str(out))
    paragraphs = [p.text for p in word.paragraphs if p.text.strip()]
    expected = ["BÁO CÁO", document.subtitle]
    for section in document.sections:
        expected.append(section.heading)
        expected += [line.strip() for line in section.summary.splitlines() if line.strip()]
        for entry in section.entries:
            expected.append(f"{entry.ref}. {entry.duty_text}")
            expected += entry.passages
    found = [p for p in paragraphs if p in expected]
    assert found == expected  # all there, in the same order
    assert all(unicodedata.is_normalized("NFC", p) for p in paragraphs)
    page = word.sections[0]
    assert (round(page.page_width.mm), round(page.page_height.mm)) == (210, 297)
    assert (round(page.left_margin.mm), round(page.right_margin.mm)) == (30, 15)
    assert word.styles["Normal"].font.name == "Times New Roman"
    assert word.styles["Normal"].font.size.pt == 14
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc" in "\n".join(cells)
    assert "DỰ THẢO" in "\n".join(p.text for p in page.header.paragraphs)


def _header_row(sheet) -> int:
    return next(row[0].row for row in sheet.iter_rows() if row[0].value == "Mã" or (
        row[0].value == "Mã cơ quan"))  # fmt: skip


def test_workbook_has_the_matrix_and_every_entry(world, station, tmp_path):
    plan = catalogue.active_plan()
    out = tmp_path / "tong-hop.xlsx"
    consolidated_export.write_xlsx(plan, PERIOD, out)
    book = load_workbook(out)
    assert book.sheetnames == ["Tổng hợp", "Nội dung"]
    matrix, entries = book["Tổng hợp"], book["Nội dung"]

    top = _header_row(matrix)
    header = [c.value for c in matrix[top]]
    assert header[:2] == ["Mã", "Cơ quan, đơn vị"] and "Năm 2026" in header
    assert matrix["A1"].value == "TỔNG HỢP TÌNH HÌNH BÁO CÁO"
    assert "năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)" in matrix["A2"].value
    assert matrix["A3"].is_date and matrix["A3"].number_format.endswith("dd/mm/yyyy")
    column = header.index("Năm 2026") + 1
    by_code = {row[0].value: row for row in matrix.iter_rows(min_row=top + 1) if row[0].value}
    assert by_code["SYT"][column - 1].value == "Đúng hạn"
    assert by_code["SVHTTDL"][column - 1].value == "Trả lại"
    assert by_code["SCT"][column - 1].value == "Xung đột"
    assert by_code["SNGV"][1].value == "Sở Ngoại vụ"
    totals = {row[1].value: row[column - 1] for row in matrix.iter_rows(min_row=top + 1)}
    assert totals["Đã báo cáo"].value == 4 and totals["Đúng hạn"].value == 2
    rate = totals["Tỷ lệ báo cáo"]
    expected = totals["Phải báo cáo"].value
    assert rate.value == pytest.approx(round(100 * 4 / expected, 1) / 100)
    assert rate.number_format == "0.0%"
    assert matrix.freeze_panes == f"C{top + 1}"

    first = _header_row(entries)
    assert entries.freeze_panes == f"A{first + 1}"
    assert entries.auto_filter.ref == f"A{first}:L{entries.max_row}"
    assert matrix.auto_filter.ref
    for sheet, row in ((matrix, top), (entries, first)):
        assert all(cell.font.bold for cell in sheet[row])
        assert sheet.column_dimensions["B"].width >= 20
        assert sheet.print_title_rows == f"${row}:${row}"
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert entries.column_dimensions["H"].width == 45
    assert entries.cell(row=first + 1, column=8).alignment.wrap_text
    # A row is as tall as its longest wrapped text needs.
    for row in entries.iter_rows(min_row=first + 1):
        longest = max(len(str(c.value or "")) for c in row[7:10])
        assert entries.row_dimensions[row[0].row].height >= 15 * (longest // 50 + 1)
    rows = [[c.value for c in row] for row in entries.iter_rows(min_row=first + 1)]
    got = {f"{r[3]}|{r[0]}": {"status": r[5], "progress": r[6], "results": r[7]} for r in rows}
    want = {
        key: {
            "status": entry_status(p["status"]),
            "progress": p["progress"],
            "results": p["results"],
        }
        for key, p in expected_passages({c: world.reported[c] for c in ("SYT", "SGDDT")}).items()
    }
    assert got == want
    assert {r[1] for r in rows} == {NAMES["SYT"], NAMES["SGDDT"]}
    assert all(unicodedata.is_normalized("NFC", v) for r in rows for v in r if isinstance(v, str))
    assert rows[0][10].year == 2026 and rows[0][11] == "Tệp điện tử"


def test_cli_sign_and_files(world, station, tmp_path):
    from app.models.session import close_open_session

    close_open_session()
    folder = str(station.folder)
    env = {"PYTHONIOENCODING": "utf-8"}

    def cli(*args, extra=None):
        return run_cli("--profile", folder, *args, env={**env, **(extra or {})})

    for kind in ("pdf", "docx", "xlsx"):
        out = tmp_path / f"bao-cao.{kind}"
        result = cli("consolidated", kind, "--period", PERIOD, "--out", str(out))
        assert result.returncode == 0, result.stderr.decode()
        assert out.stat().st_size > 1000
    assert all(_marks(tmp_path / "bao-cao.pdf"))

    ok = cli("consolidated", "edit", "--period", PERIOD, "--assessment", ASSESSMENT)
    assert ok.returncode == 0, ok.stderr.decode()
    wrong = cli(
        "consolidated", "sign", "--period", PERIOD, "--user", DOFA_APPROVER[0],
        extra={"PLANTRACKER_PASSWORD": "sai-mat-khau"},
    )  # fmt: skip
    assert wrong.returncode == 1 and "Sai mật khẩu" in wrong.stderr.decode()
    signed = cli(
        "consolidated", "sign", "--period", PERIOD, "--user", "tran.thi.binh",
        extra={"PLANTRACKER_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr.decode()
    out = tmp_path / "chinh-thuc.pdf"
    assert cli("consolidated", "pdf", "--period", PERIOD, "--out", str(out)).returncode == 0
    assert not any(_marks(out))
    shown = json.loads(cli("consolidated", "show", "--period", PERIOD, "--json").stdout)
    assert shown["status"] == "signed" and shown["signed_by"]["name"] == DOFA_APPROVER[0]
    again = cli("consolidated", "edit", "--period", PERIOD, "--summary", "x")
    assert again.returncode == 1
    amend = cli("consolidated", "amend", "--period", PERIOD, "--reason", "Bổ sung")
    assert amend.returncode == 0, amend.stderr.decode()


def test_cli_refuses_on_an_agency_workstation(health, tmp_path):
    from app.models.session import close_open_session

    close_open_session()
    out = tmp_path / "x.pdf"
    result = run_cli(
        "--profile", str(health.folder), "consolidated", "pdf", "--period", PERIOD,
        "--out", str(out),
    )  # fmt: skip
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert not out.exists()


def test_a_report_returned_after_acceptance_is_offered_for_removal(world, station):
    plan = catalogue.active_plan()
    report = consolidated.open_draft(station, plan, PERIOD)
    replies.return_report(station, "SGDDT", PERIOD, "Thiếu số liệu")
    changes = prefill_changes.changes_since(report)
    removed = sorted(f"{e['ref']}|SGDDT" for e in world.reported["SGDDT"])
    assert sorted(c.key for c in changes if c.kind == "removed") == removed
    counts = next(c for c in changes if c.key == prefill_changes.COUNTS)
    assert (counts.old["counts"]["returned"], counts.new["counts"]["returned"]) == (1, 2)
    assert prefill_changes.accept_changes(station, report) == len(removed) + 1
    base = consolidated.accepted(report)
    assert not any(key.endswith("|SGDDT") for key in base["passages"])
    assert base["counts"]["on_time"] == 1
    assert "(Sở Giáo dục và Đào tạo)" not in json.dumps(content_of(report), ensure_ascii=False)


def test_a_failed_write_leaves_no_file(world, station, tmp_path):
    """A failed write leaves no half-written file under the chosen name."""
    plan = catalogue.active_plan()
    missing = tmp_path / "no-such-folder" / "out.xlsx"
    with pytest.raises(OSError):
        consolidated_export.write_xlsx(plan, PERIOD, missing)
    assert not Path(str(missing) + ".part").exists() and not missing.exists()


@needs_calc
def test_workbook_prints_one_page_wide_with_the_header_on_every_page(world, station, tmp_path):
    plan = catalogue.active_plan()
    out = tmp_path / "tong-hop.xlsx"
    consolidated_export.write_xlsx(plan, PERIOD, out)
    pdf = print_to_pdf(out, tmp_path)
    sizes = page_sizes(pdf)
    assert all(w > h for w, h in sizes), sizes  # landscape
    pages = page_texts(pdf)
    matrix = [p for p in pages if "Cơ quan, đơn vị" in p and "Mã cơ quan" not in p]
    entries = [p for p in pages if "Mã cơ quan" in p]
    assert len(matrix) + len(entries) == len(pages)  # every page repeats its sheet's header
    assert 1 <= len(matrix) <= 2, len(matrix)  # 41 agencies, one page wide
    assert "TỔNG HỢP TÌNH HÌNH BÁO CÁO" in matrix[0] and "Ngày lập: " in matrix[0]
    assert "Tỷ lệ báo cáo" in matrix[-1] and "%" in matrix[-1].split("Tỷ lệ báo cáo")[1]
    assert all("Đề xuất, kiến nghị" in p for p in entries)  # the last columns fit the width
