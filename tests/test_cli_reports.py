"""The scripting interface for accounts, periods and reports, as IT staff would run it."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.conftest import run_cli

ADMIN = "quan-tri-vien-1"


@pytest.fixture
def ws(tmp_path):
    """An agency workstation of Sở Y tế with one approver, driven through the CLI only."""
    folder = tmp_path / "syt"
    assert run_cli("--profile", str(folder), "setup", "--agency", "SYT").returncode == 0
    first = run_cli(
        "--profile",
        str(folder),
        "user",
        "add",
        "--name",
        "Nguyễn Văn An",
        "--position",
        "Phó Giám đốc",
        "--role",
        "approver",
        env={"PLANTRACKER_PASSWORD": ADMIN},
    )
    assert first.returncode == 0, first.stderr.decode()
    return folder


def cli(folder, *args, env=None):
    return run_cli("--profile", str(folder), *args, env=env)


def _json(result):
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout.decode("utf-8"))


def test_first_account_must_be_an_approver(tmp_path):
    folder = tmp_path / "ws"
    cli(folder, "setup", "--agency", "SYT")
    result = cli(
        folder,
        "--lang",
        "en",
        "user",
        "add",
        "--name",
        "Lê Văn C",
        "--position",
        "Chuyên viên",
        "--role",
        "drafter",
        env={"PLANTRACKER_PASSWORD": "password-1"},
    )
    assert result.returncode == 1
    assert "first account must be an approver" in result.stderr.decode()


def test_later_accounts_need_an_approver_password(ws):
    args = (
        "user",
        "add",
        "--name",
        "Trần Thị Bình",
        "--position",
        "Chuyên viên",
        "--role",
        "drafter",
        "--login",
        "binh",
    )
    refused = cli(
        ws,
        *args,
        env={"PLANTRACKER_PASSWORD": "binh-12345", "PLANTRACKER_ADMIN_PASSWORD": "wrong-pass"},
    )
    assert refused.returncode == 1
    added = cli(
        ws, *args, env={"PLANTRACKER_PASSWORD": "binh-12345", "PLANTRACKER_ADMIN_PASSWORD": ADMIN}
    )
    assert added.returncode == 0, added.stderr.decode()
    assert "binh" in added.stdout.decode()


def test_periods_json(ws):
    rows = _json(cli(ws, "periods", "--json"))
    assert set(rows[0]) == {"id", "kind", "start", "end", "due", "tracked"}
    by_id = {r["id"]: r for r in rows}
    assert by_id["2026-H1"] == {
        "id": "2026-H1",
        "kind": "half_year",
        "start": "2025-12-15",
        "end": "2026-06-14",
        "due": "2026-06-19",
        "tracked": True,  # an agency follows every period; DoFA chooses with `track`
    }
    assert by_id["2026-Y"]["kind"] == "year"


def test_edit_sign_amend_show_and_pdf(ws, tmp_path):
    evidence = tmp_path / "biên bản.pdf"
    evidence.write_bytes(b"%PDF-1.4 minutes of the meeting")
    edits = [
        ("III.1.1", "--status", "done", "--results", "Đã quán triệt tới 100% cán bộ"),
        (
            "III.13.1",
            "--status",
            "in_progress",
            "--progress",
            "60",
            "--results",
            "Ký 2 thỏa thuận hợp tác y tế",
            "--attach",
            str(evidence),
        ),
    ]
    for ref, *args in edits:
        result = cli(ws, "report", "edit", "--period", "2026-Y", "--duty", ref, *args)
        assert result.returncode == 0, result.stderr.decode()
    refused = cli(ws, "report", "submit", "--period", "2026-Y")
    assert refused.returncode == 1 and "IV.1.1" in refused.stderr.decode()
    cli(ws, "report", "edit", "--period", "2026-Y", "--duty", "IV.1.1", "--status", "ongoing")
    assert cli(ws, "report", "submit", "--period", "2026-Y").returncode == 0

    wrong = cli(
        ws,
        "report",
        "sign",
        "--period",
        "2026-Y",
        "--user",
        "nguyen.van.an",
        env={"PLANTRACKER_PASSWORD": "wrong-pass"},
    )
    assert wrong.returncode == 1 and b"Traceback" not in wrong.stderr
    signed = cli(
        ws,
        "report",
        "sign",
        "--period",
        "2026-Y",
        "--user",
        "Nguyễn Văn An",
        env={"PLANTRACKER_PASSWORD": ADMIN},
    )
    assert signed.returncode == 0, signed.stderr.decode()

    shown = _json(cli(ws, "report", "show", "--period", "2026-Y", "--json"))
    assert set(shown) == {
        "agency",
        "period",
        "revision",
        "status",
        "signed_by",
        "signed_at",
        "content_sha256",
        "received_at",
        "pdf_signature",
        "issued",
        "entries",
    }
    assert (shown["agency"], shown["period"], shown["revision"], shown["status"]) == (
        "SYT",
        "2026-Y",
        1,
        "signed",
    )
    assert shown["signed_by"] == {"name": "Nguyễn Văn An", "position": "Phó Giám đốc"}
    assert shown["received_at"] is None and len(shown["content_sha256"]) == 64
    assert shown["pdf_signature"] is None  # signed off without a token
    entry = next(e for e in shown["entries"] if e["ref"] == "III.13.1")
    assert set(entry) == {
        "ref",
        "status",
        "progress",
        "results",
        "difficulties",
        "proposals",
        "attachments",
    }
    assert entry["progress"] == 60
    assert entry["attachments"][0]["name"] == "biên bản.pdf"
    assert entry["attachments"][0]["size"] == evidence.stat().st_size

    locked = cli(
        ws,
        "--lang",
        "en",
        "report",
        "edit",
        "--period",
        "2026-Y",
        "--duty",
        "IV.1.1",
        "--status",
        "done",
    )
    assert locked.returncode == 1 and "amend" in locked.stderr.decode()
    assert (
        cli(ws, "report", "amend", "--period", "2026-Y", "--reason", "Bổ sung số liệu").returncode
        == 0
    )
    again = _json(cli(ws, "report", "show", "--period", "2026-Y", "--json"))
    assert (again["revision"], again["status"], again["signed_by"]) == (2, "draft", None)

    out = tmp_path / "bao-cao.pdf"
    assert cli(ws, "report", "pdf", "--period", "2026-Y", "--out", str(out)).returncode == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout
    flat = " ".join(text.decode("utf-8").split())
    assert "Ký 2 thỏa thuận hợp tác y tế" in flat
    assert "UBND TỈNH QUẢNG NGÃI" in flat and "SỞ Y TẾ" in flat


def test_report_commands_refuse_what_this_workstation_cannot_do(ws):
    other = cli(ws, "report", "show", "--period", "2026-Y", "--agency", "SNGV", "--json")
    assert other.returncode == 2
    nothing = cli(ws, "--lang", "en", "report", "show", "--period", "2025-Y", "--json")
    assert nothing.returncode == 1 and "no report" in nothing.stderr.decode()
    bad = cli(ws, "report", "edit", "--period", "2026-Q3", "--duty", "III.1.1", "--status", "done")
    assert bad.returncode == 1 and "2026-H1" in bad.stderr.decode()
    not_mine = cli(
        ws, "report", "edit", "--period", "2026-Y", "--duty", "III.2.1", "--status", "done"
    )
    assert not_mine.returncode == 1 and "III.2.1" in not_mine.stderr.decode()


def test_no_profile_is_a_usage_error(tmp_path):
    result = run_cli("--profile", str(tmp_path / "none"), "periods", "--json")
    assert result.returncode == 2
    assert "setup" in result.stderr.decode()
