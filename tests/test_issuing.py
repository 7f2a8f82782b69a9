"""Issuing: the clerk gives a signed revision its number and date from the outgoing register."""

from __future__ import annotations

import base64
import json
import subprocess
import unicodedata
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from app.models import IssuedDocument, Report
from app.services.accounts import users
from app.services.catalogue import catalogue
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.wire import canonical_bytes
from app.services.keys import keys
from app.services.outgoing import register
from app.services.reports import document_signoff, issuing, report_pdf, signoff
from app.services.reports.pdf_report import vietnamese_date_line
from tests.conftest import run_cli
from tests.reporting import PASSWORD, approver, complete_draft
from tests.test_pdf_report import _body_text, _pages

CLERK_PASSWORD = "van-thu-12345"


def _clerk(station):
    return users.add(
        station, "Phạm Thị Thu", "Văn thư", "clerk", CLERK_PASSWORD, approver_password=PASSWORD
    )


def _signed(station, period_id="2026-Y"):
    report = complete_draft(station, period_id)
    signoff.sign(report, "nguyen.van.an", PASSWORD, station)
    return report


def test_the_clerk_issues_with_the_next_number_and_a_signed_statement(health, tmp_path):
    approver(health)
    _clerk(health)
    first = _signed(health, "2026-H1")
    second = _signed(health, "2026-Y")
    assert issuing.issue_of(first) is None
    row = issuing.issue_report(first, "pham.thi.thu", CLERK_PASSWORD, health)
    assert (row.number, row.symbol, row.issued_on) == (1, "1/BC-SYT", register.today())
    other = issuing.issue_report(second, "Phạm Thị Thu", CLERK_PASSWORD, health)
    assert other.symbol == "2/BC-SYT"
    statement = json.loads(row.statement_json)
    assert statement["document"] == {
        "kind": "report",
        "plan": "590-2014",
        "period": "2026-H1",
        "revision": 1,
        "content_sha256": first.content_sha256,
    }
    assert statement["clerk"]["name"] == "Phạm Thị Thu" and statement["number"] == 1
    assert canonical_bytes(statement) == row.statement_json.encode("utf-8")
    assert issuing.verify(row) == (True, f"signature valid (key {row.key_fingerprint})")
    assert issuing.issue_of(first).as_json() == {
        "number": 1,
        "symbol": "1/BC-SYT",
        "date": register.today().isoformat(),
        "by": {"name": "Phạm Thị Thu", "position": "Văn thư"},
    }
    assert audit.entries()[0].action == "report.issue"
    # A statement changed after signing no longer verifies.
    row.statement_json = row.statement_json.replace('"number":1', '"number":7')
    assert not issuing.verify(row)[0]
    with pytest.raises(UserError, match="already issued as 1/BC-SYT"):
        issuing.issue_report(first, "pham.thi.thu", CLERK_PASSWORD, health)


def test_a_typed_number_is_refused_when_used_this_year_and_numbers_restart_each_year(health):
    approver(health)
    _clerk(health)
    report = _signed(health)
    this_year = register.today().year
    # Last year's register ended at 80: this year's numbering does not continue it.
    IssuedDocument.create(
        **{
            **_line(health, this_year - 1, 80),
            "statement_json": "{}",
        }
    )
    IssuedDocument.create(**_line(health, this_year, 45))
    with pytest.raises(UserError) as used:
        issuing.issue_report(report, "pham.thi.thu", CLERK_PASSWORD, health, number=45)
    assert used.value.message("vi") == f"Số 45 đã được dùng trong sổ năm {this_year}"
    assert issuing.issue_of(report) is None
    row = issuing.issue_report(report, "pham.thi.thu", CLERK_PASSWORD, health, number=80)
    assert row.symbol == "80/BC-SYT"
    assert register.choose_number(health.agency, this_year, None) == 81
    assert register.choose_number(health.agency, this_year + 1, None) == 1


def _line(station, year, number):
    return {
        "agency": station.agency.id,
        "year": year,
        "number": number,
        "symbol": f"{number}/BC-SYT",
        "issued_on": date(year, 1, 2),
        "kind": "report",
        "plan": catalogue.active_plan(),
        "period_id": f"{year}-H1",
        "revision": 9,
        "title": "Giấy",
        "signer_name": "A",
        "signer_position": "B",
        "recipients": "",
        "copies": 1,
        "clerk_login": "x",
        "clerk_name": "X",
        "clerk_position": "Văn thư",
        "content_sha256": "0" * 64,
        "statement_json": "{}",
        "signature": base64.b64encode(b"x").decode(),
        "key_fingerprint": "AAAA",
        "recorded_at": audit.now_iso(),
    }


def test_who_may_issue_and_what(health):
    approver(health)
    users.add(
        health, "Trần Văn Dũng", "Chuyên viên", "drafter", "dung-12345", approver_password=PASSWORD
    )
    draft = complete_draft(health)
    with pytest.raises(UserError, match="not signed"):
        issuing.issue_report(draft, "nguyen.van.an", PASSWORD, health)
    signoff.sign(draft, "nguyen.van.an", PASSWORD, health)
    with pytest.raises(UserError, match="may not issue"):
        issuing.issue_report(draft, "tran.van.dung", "dung-12345", health)
    with pytest.raises(UserError, match="wrong password"):
        issuing.issue_report(draft, "nguyen.van.an", "sai-mat-khau", health)
    _clerk(health)  # from now on the clerk issues, not the approver
    with pytest.raises(UserError) as refused:
        issuing.issue_report(draft, "nguyen.van.an", PASSWORD, health)
    assert "văn thư" in refused.value.message("vi")
    today = register.today()
    with pytest.raises(UserError, match="in the future"):
        issuing.issue_report(
            draft, "pham.thi.thu", CLERK_PASSWORD, health, issued_on=today + timedelta(1)
        )
    with pytest.raises(UserError, match="before the document was signed"):
        issuing.issue_report(
            draft, "pham.thi.thu", CLERK_PASSWORD, health, issued_on=today - timedelta(3)
        )
    assert not IssuedDocument.select().exists()


def test_no_clerk_account_lets_an_approver_issue(health):
    approver(health)
    report = _signed(health)
    row = issuing.issue_report(report, "nguyen.van.an", PASSWORD, health)
    assert (row.symbol, row.clerk_name) == ("1/BC-SYT", "Nguyễn Văn An")


def test_the_title_never_breaks_inside_the_period_the_number_or_the_date(health, tmp_path):
    approver(health)
    report = _signed(health, "2026-H1")
    out = tmp_path / "bc.pdf"
    report_pdf.write_pdf(health.folder, report, out)
    layout = subprocess.run(
        ["pdftotext", "-layout", "-l", "1", str(out), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    lines = [" ".join(unicodedata.normalize("NFC", line).split()) for line in layout.splitlines()]
    title = lines[lines.index("BÁO CÁO") + 1 : lines.index("BÁO CÁO") + 3]
    assert " ".join(title) == (
        "Kết quả thực hiện Quyết định số 590/QĐ-UBND ngày 22/04/2014 6 tháng đầu năm 2026"
    )
    # Whatever the width, a line ends only between units.
    for unit in ("6 tháng đầu năm 2026", "số 590/QĐ-UBND", "ngày 22/04/2014"):
        assert any(unit in line for line in title), (unit, title)


def test_pdf_number_and_date_blank_until_issued_and_the_amendment_cites(health, tmp_path):
    approver(health)
    _clerk(health)
    report = _signed(health)
    unissued = tmp_path / "chua.pdf"
    report_pdf.write_pdf(health.folder, report, unissued)
    text = _body_text(_pages(unissued))
    assert "Số: /BC-SYT" in text and "Quảng Ngãi, ngày tháng năm" in text, text[:300]
    issuing.issue_report(report, "pham.thi.thu", CLERK_PASSWORD, health, number=45)
    issued = tmp_path / "da.pdf"
    report_pdf.write_pdf(health.folder, report, issued)
    today = register.today()
    text = _body_text(_pages(issued))
    assert "Số: 45/BC-SYT" in text
    assert vietnamese_date_line("Quảng Ngãi", today) in text
    second = signoff.amend(health, report, "Bổ sung số liệu")
    signoff.sign(second, "nguyen.van.an", PASSWORD, health)
    cited = report_pdf.build_document(Report.get_by_id(second.id)).opening
    assert f"thay thế Báo cáo số 45/BC-SYT ngày {today:%d/%m/%Y}; lý do: Bổ sung số liệu" in cited


def test_cli_issue_show_and_register(tmp_path):
    folder = str(tmp_path / "syt")

    def cli(*args, env=None):
        return run_cli("--profile", folder, *args, env=env)

    assert cli("setup", "--agency", "SYT").returncode == 0
    admin = {"PLANTRACKER_PASSWORD": PASSWORD}
    add = ("user", "add", "--name", "Nguyễn Văn An", "--position", "Giám đốc", "--role")
    assert cli(*add, "approver", env=admin).returncode == 0
    clerk = cli(
        "user", "add", "--name", "Phạm Thị Thu", "--position", "Văn thư", "--role", "clerk",
        env={"PLANTRACKER_PASSWORD": CLERK_PASSWORD, "PLANTRACKER_ADMIN_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert clerk.returncode == 0, clerk.stderr.decode()
    for ref in ("III.1.1", "III.13.1", "IV.1.1"):
        assert cli("report", "edit", "--period", "2026-Y", "--duty", ref, "--status", "done")
    signed = cli("report", "sign", "--period", "2026-Y", "--user", "nguyen.van.an", env=admin)
    assert signed.returncode == 0, signed.stderr.decode()
    shown = json.loads(cli("report", "show", "--period", "2026-Y", "--json").stdout)
    assert shown["issued"] is None
    clerk_env = {"PLANTRACKER_PASSWORD": CLERK_PASSWORD}
    issue = ("report", "issue", "--period", "2026-Y", "--user", "pham.thi.thu")
    bad = cli("--lang", "vi", *issue, "--date", "18/06/2026", env=clerk_env)
    assert bad.returncode == 1
    assert "không phải là ngày" in bad.stderr.decode()
    done = cli(*issue, "--number", "12", env=clerk_env)
    assert done.returncode == 0, done.stderr.decode()
    today = register.today().isoformat()
    shown = json.loads(cli("report", "show", "--period", "2026-Y", "--json").stdout)
    assert shown["issued"] == {
        "number": 12,
        "symbol": "12/BC-SYT",
        "date": today,
        "by": {"name": "Phạm Thị Thu", "position": "Văn thư"},
    }
    again = cli("--lang", "en", *issue, env=clerk_env)
    assert again.returncode == 1 and "already issued as 12/BC-SYT" in again.stderr.decode()
    listed = json.loads(cli("outgoing", "--json").stdout)
    assert listed == [
        {
            "number": 12,
            "symbol": "12/BC-SYT",
            "date": today,
            "kind": "report",
            "title": "Báo cáo kết quả thực hiện Kế hoạch ban hành kèm theo Quyết định số "
            "590/QĐ-UBND năm 2026",
            "period": "2026-Y",
            "signer": "Nguyễn Văn An",
        }
    ]
    assert json.loads(cli("outgoing", "--json", "--year", "2001").stdout) == []
    book = tmp_path / "so.xlsx"
    year = today[:4]
    written = cli("outgoing", "xlsx", "--year", year, "--out", str(book))
    assert written.returncode == 0, written.stderr.decode()
    assert load_workbook(book).active["B7"].value == "12/BC-SYT"
    assert cli("outgoing", "xlsx", "--out", str(book)).returncode == 2  # which year?


def test_a_revision_signed_by_an_earlier_release_keeps_its_printed_number(health):
    """Earlier releases numbered at sign-off and wrote the number into the signed content."""
    signer = approver(health)
    report = complete_draft(health, "2026-Y")
    signed_at = "2026-12-18T09:00:00+07:00"
    data = canonical_bytes(signoff.build_content(report, signer, signed_at, "12/BC-SYT"))
    key = keys.current_key(health.agency)
    private_key = keys.load_signing_key(health.folder)
    document_signoff.stamp(report, data, private_key, key.fingerprint, signer, signed_at)
    report.save()
    content = signoff.signed_content(report)
    document = report_pdf.build_document(report)
    assert document.number_symbol == "Số: 12/BC-SYT"
    assert document.issued_on == date.fromisoformat(content["signed_at"][:10])
    fresh = _signed(health, "2026-H1")  # signed now: nothing printed until issued
    blank = report_pdf.build_document(fresh)
    assert blank.number_symbol.startswith("Số:  ") and blank.issued_on is None
