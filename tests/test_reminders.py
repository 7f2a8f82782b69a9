"""Reminder letters (công văn đôn đốc) to the late and missing agencies of a period."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import unicodedata
from datetime import date, datetime

import pytest

from app.models import IssuedDocument, Reminder
from app.models.session import close_open_session
from app.services.catalogue import catalogue, periods
from app.services.core import audit
from app.services.core.audit import VIETNAM
from app.services.core.errors import UserError
from app.services.dashboard import dashboard, paper, reminder_letters, reminders
from app.services.reports import doc_settings, issuing
from tests.conftest import run_cli
from tests.pg_cluster import profile_query
from tests.racing import OtherOfficer
from tests.reporting import PASSWORD, approver
from tests.test_pdf_report import _marks, _pages

PERIOD = "2026-H1"  # due in June 2026: long past


@pytest.fixture
def station(dofa):
    """DoFA with Sở Tài chính's report on paper in time and Sở Công Thương's late."""
    paper.receive_paper(dofa, "STC", PERIOD, date(2026, 6, 1))
    paper.receive_paper(dofa, "SCT", PERIOD, date(2026, 7, 15))
    approver(dofa, "Lê Văn Bình", "Phó Giám đốc")
    return dofa


def _issue(station, out, codes=None, **options):
    plan = catalogue.active_plan()
    return reminder_letters.issue_letter(
        plan, PERIOD, out, "le.van.binh", PASSWORD, station, codes, **options
    )


def _text(pdf) -> str:
    return " ".join(_pages(pdf))


def test_late_and_missing_agencies_are_chosen_by_default(station):
    plan = catalogue.active_plan()
    found = {c.agency.code: c for c in reminders.candidates(plan, PERIOD)}
    assert found["SCT"].status == "late" and found["SYT"].status == "missing"
    assert "STC" not in found  # on time
    assert "SNGV" not in found  # DoFA writes no letter to itself
    chosen = [c.agency.code for c in reminders.choose(plan, PERIOD)]
    expected = [a.code for a in dashboard.expected_agencies(plan) if a.code not in ("STC", "SNGV")]
    assert chosen == expected
    assert all(c.by_default for c in found.values())


def test_the_letter_names_the_agencies_the_plan_and_the_due_date(station, tmp_path):
    plan = catalogue.active_plan()
    due = periods.get(plan, PERIOD).due
    out = tmp_path / "don-doc.pdf"
    draft = tmp_path / "du-thao.pdf"
    reminder_letters.write_draft(plan, PERIOD, draft, ["syt", "SCT"])
    drafted = _text(draft)
    assert "Số: /SNGV" in drafted and "Quảng Ngãi, ngày tháng năm" in drafted
    assert all(_marks(draft)) and "Lê Văn Bình" not in drafted
    assert Reminder.select().count() == 0 and not IssuedDocument.select().exists()
    with pytest.raises(UserError, match="wrong password"):
        reminder_letters.issue_letter(
            plan, PERIOD, out, "le.van.binh", "sai-mat-khau", station, ["SYT"]
        )
    assert not out.exists() and Reminder.select().count() == 0
    document, rows, issued = _issue(station, out, ["syt", "SCT"])
    assert issued.symbol == "1/SNGV" and issued.kind == "reminder"
    assert issuing.verify(issued)[0]
    assert issued.content_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    text = _text(out)
    for expected in (
        "UBND TỈNH QUẢNG NGÃI",
        "SỞ NGOẠI VỤ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 1/SNGV",
        "KT. GIÁM ĐỐC",
        "Lê Văn Bình",
        "V/v đôn đốc báo cáo kết quả thực hiện Kế hoạch",
        "Kính gửi:",
        "- Sở Y tế;",
        "- Sở Công Thương.",
        "Quyết định số 590/QĐ-UBND ngày 22/04/2014",
        f"là ngày {due:%d/%m/%Y}",
        "chưa nhận được báo cáo của Sở Y tế.",
        "đề nghị Sở Y tế khẩn trương hoàn thành và gửi báo cáo về Sở Ngoại vụ",
        "Sở Công Thương đã gửi báo cáo nhưng chậm so với thời hạn quy định.",
        "Nơi nhận:",
        "- Như trên;",
        f"Quảng Ngãi, ngày {datetime.now(VIETNAM):%d}",
    ):
        assert expected in text, expected
    assert "BÁO CÁO" not in text  # a letter has no title
    assert not any(_marks(out))
    assert unicodedata.is_normalized("NFC", text)
    assert document.addressees == ("- Sở Y tế;", "- Sở Công Thương.")

    assert [(r.agency.code, r.number, r.file_name) for r in rows] == [
        ("SYT", 1, "don-doc.pdf"),
        ("SCT", 1, "don-doc.pdf"),
    ]
    assert Reminder.select().count() == 2
    sent = reminders.last_sent(plan, PERIOD)
    assert set(sent) == {"SYT", "SCT"}
    logged = audit.entries(limit=1)[0]
    assert logged.action == "reminder.issue" and '"1/SNGV"' in logged.detail

    # The drafting unit's code is a document setting; the register number is typed here.
    settings = doc_settings.load(station.agency)
    doc_settings.save(station, dataclasses.replace(settings, drafting_unit="VP"))
    again = tmp_path / "lan-2.pdf"
    with pytest.raises(UserError, match="number 1 is already used"):
        _issue(station, again, ["SYT"], number=1)
    _, second, issued = _issue(station, again, ["SYT"], number=12)
    assert second[0].number == 12 and issued.symbol == "12/SNGV-VP"
    assert "Số: 12/SNGV-VP" in _text(again)
    assert "Kính gửi: Sở Y tế" in _text(again)
    assert reminders.last_sent(plan, PERIOD)["SYT"].file_name == "lan-2.pdf"
    found = {c.agency.code: c for c in reminders.candidates(plan, PERIOD)}
    assert found["SYT"].last_sent.number == 12
    assert found["SXD"].last_sent is None


def test_named_agencies_must_owe_a_report(station, tmp_path):
    plan = catalogue.active_plan()
    with pytest.raises(UserError) as caught:
        reminders.choose(plan, PERIOD, ["STC"])
    assert caught.value.message("vi") == "Sở Tài chính đã gửi báo cáo kỳ 2026-H1; không cần đôn đốc"
    with pytest.raises(UserError, match="writes no reminder to itself"):
        reminders.choose(plan, PERIOD, ["SNGV"])
    upcoming = periods.current_and_next(plan)[1].id
    with pytest.raises(UserError, match="nothing to remind"):
        reminder_letters.write_draft(plan, upcoming, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
    # Refused while choosing, inside the issue's transaction: a file already at the path the
    # letter would take stays as it was.
    kept = tmp_path / "da-co.pdf"
    kept.write_bytes(b"%PDF-1.4 a file of the officer's\n")
    with pytest.raises(UserError) as caught:
        _issue(station, kept, ["STC"])
    assert "không cần đôn đốc" in caught.value.message("vi")
    assert kept.read_bytes() == b"%PDF-1.4 a file of the officer's\n"
    assert Reminder.select().count() == 0


def test_cli_remind_pdf_is_a_draft_and_remind_issue_records(station, health, tmp_path):
    plan = catalogue.active_plan()
    upcoming = periods.current_and_next(plan)[1].id
    owed = len(dashboard.expected_agencies(plan)) - 2  # all but STC (on time) and DoFA
    close_open_session()
    env = {"PYTHONIOENCODING": "utf-8"}
    dofa_folder = str(station.folder)
    out = tmp_path / "nhac.pdf"
    result = run_cli(
        "--profile", dofa_folder, "remind", "pdf", "--period", PERIOD, "--out", str(out),
        env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr.decode()
    pages = _pages(out)
    text = " ".join(pages)
    assert all(_marks(out)) and "Số: /SNGV" in text
    # Many addressees go to "Nơi nhận", grouped, not a page of names under "Kính gửi".
    assert "Kính gửi: Các cơ quan, đơn vị có tên tại Nơi nhận" in text
    assert "- Các sở, ban, ngành: " in text and "UBND các huyện, thị xã, thành phố: " in text
    assert "Sở Công Thương" in text and "Sở Y tế" in text and "Sở Tài chính" not in text
    assert len(pages) <= 2, len(pages)
    recorded = profile_query(station.folder, "SELECT count(*) FROM reminder")
    assert recorded == [(0,)]  # a draft records nothing

    issued = tmp_path / "ban-hanh.pdf"
    issue = ("--profile", dofa_folder, "remind", "issue", "--period", PERIOD, "--out", str(issued))
    wrong = run_cli(*issue, "--user", "le.van.binh", env={**env, "PLANTRACKER_PASSWORD": "sai!"})
    assert wrong.returncode == 1 and not issued.exists()
    done = run_cli(*issue, "--user", "le.van.binh", env={**env, "PLANTRACKER_PASSWORD": PASSWORD})
    assert done.returncode == 0, done.stderr.decode()
    assert "Số 1/SNGV" in done.stdout.decode() and "SCT" in done.stdout.decode()
    assert not any(_marks(issued))
    text = " ".join(_pages(issued))  # the draft's DỰ THẢO mark would cut into the text
    assert "Số: 1/SNGV" in text and "Lê Văn Bình" in text
    assert (
        "chưa nhận được báo cáo của các cơ quan, đơn vị có tên tại Nơi nhận, trừ Sở Công Thương."
        in text
    )
    assert "đề nghị các cơ quan, đơn vị chưa gửi báo cáo khẩn trương hoàn thành" in text
    counting = "SELECT count(*), count(DISTINCT number) FROM reminder"
    recorded = profile_query(station.folder, counting)
    assert recorded == [(owed, 1)]
    listed = json.loads(run_cli("--profile", dofa_folder, "outgoing", "--json").stdout)
    assert [(e["symbol"], e["kind"], e["signer"]) for e in listed] == [
        ("1/SNGV", "reminder", "Lê Văn Bình")
    ]

    chosen = tmp_path / "mot.pdf"
    one = run_cli(
        "--profile", dofa_folder, "remind", "pdf", "--period", PERIOD, "--out", str(chosen),
        "--agency", "syt", env=env,
    )  # fmt: skip
    assert one.returncode == 0, one.stderr.decode()
    assert "Kính gửi: Sở Y tế" in _text(chosen)

    nothing = run_cli(
        "--profile", dofa_folder, "remind", "pdf", "--period", upcoming, "--out",
        str(tmp_path / "khong.pdf"), env=env,
    )  # fmt: skip
    assert nothing.returncode == 1
    assert nothing.stderr.decode().startswith("plantracker: Không có đơn vị nào cần đôn đốc")
    assert b"Traceback" not in nothing.stderr

    agency = run_cli(
        "--profile", str(health.folder), "remind", "pdf", "--period", PERIOD, "--out",
        str(tmp_path / "syt.pdf"), env=env,
    )  # fmt: skip
    assert agency.returncode == 2
    assert not (tmp_path / "syt.pdf").exists()


def test_the_dashboard_shows_who_was_reminded(station, tmp_path):
    from app.ui.dashboard.dashboard_model import cell_text, cell_tooltip, tr

    plan = catalogue.active_plan()
    period = periods.get(plan, PERIOD)
    _issue(station, tmp_path / "don-doc.pdf", ["SYT"])
    cells = {row[0].agency: row[0] for row in dashboard.matrix(plan, [period])}
    assert cells["SYT"].reminded_at is not None and cells["SCT"].reminded_at is None
    assert cells["SYT"].status == "missing"
    assert cell_text(cells["SYT"]).endswith(tr("reminded"))  # in the language installed
    sent_on = datetime.fromisoformat(cells["SYT"].reminded_at).strftime("%d/%m/%Y")
    assert sent_on in cell_tooltip(cells["SYT"], "Sở Y tế", period)
    # status --json keeps exactly its documented keys
    assert "reminded_at" not in dashboard.status(plan, PERIOD)["agencies"][0]


def test_a_report_recorded_while_a_letter_is_issued_is_on_record_before_or_after_it(
    station, tmp_path, monkeypatch
):
    """Another officer records Sở Y tế's paper report while the letter is being issued: the
    agencies are chosen in the transaction that numbers and records the letter, so the report
    waits for it (Sở Y tế, missing when chosen, is reminded, and its report is recorded after
    the letter), never slipping in between the choice and the record."""
    officer = OtherOfficer(
        station, lambda: paper.receive_paper(station, "SYT", PERIOD, date(2026, 7, 20))
    )
    original = reminders.choose

    def choose_while_the_officer_records(*args, **kwargs):
        chosen = original(*args, **kwargs)
        if not officer.started:
            officer.start_and_wait()
        return chosen

    monkeypatch.setattr(reminders, "choose", choose_while_the_officer_records)
    _, rows, _ = _issue(station, tmp_path / "don-doc.pdf")
    assert officer.finish() == "done"
    assert officer.done_while_waited_for is False  # it waited for the letter
    assert "SYT" in {r.agency.code for r in rows}
    logged = [e.action for e in reversed(audit.entries(limit=2))]
    assert logged == ["reminder.issue", "report.paper"]
