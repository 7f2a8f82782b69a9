"""Strict input: every argument is checked before anything is written, and a refusal is a
plain message with exit 1 (or 2 for usage), never a traceback, never a partial write."""

from __future__ import annotations

import os

import pytest

from app.services.catalogue import periods
from app.services.core.errors import UserError
from app.services.core.strict_input import MAX_TEXT_CHARS
from app.services.reports import reports
from tests.cli_inprocess import data_dump, evidence_files, run
from tests.reporting import complete_draft


@pytest.mark.parametrize(
    "period",
    ["0000-Y", "1999-Y", "2101-H1", "2026-H1\n", "٢٠٢٦-H1", "２０２８-Y", " 2026-Y", "2026-h1", ""],
)
def test_malformed_period_ids_are_refused(period):
    with pytest.raises(UserError):
        periods.bounds(period)


def test_each_period_has_one_spelling():
    assert periods.bounds("2000-H1")[0] == "half_year"
    assert periods.bounds("2100-Y")[0] == "year"


@pytest.mark.parametrize("period", ["0000-Y", "2026-H1\n", "٢٠٢٦-H1", "２０２８-Y"])
def test_cli_refuses_bad_period_before_writing(health, capsys, period):
    folder = health.folder
    before = data_dump(folder)
    code, _, err = run(
        capsys, "--profile", str(folder), "report", "edit", "--period", period,
        "--duty", "III.1.1", "--status", "done",
    )  # fmt: skip
    assert code == 1
    assert "Traceback" not in err and ("kỳ báo cáo" in err or "năm phải" in err)
    assert data_dump(folder) == before


def test_edit_with_missing_attachment_saves_nothing(health, capsys, tmp_path):
    folder = health.folder
    missing = tmp_path / "nonexistent"
    before = data_dump(folder)
    code, _, err = run(
        capsys, "--profile", str(folder), "--lang", "en", "report", "edit",
        "--period", "2026-H1", "--duty", "III.1.1", "--results", "X", "--attach", str(missing),
    )  # fmt: skip
    assert code == 1 and f"{missing} does not exist" in err
    assert data_dump(folder) == before


def test_refusal_half_way_keeps_nothing_of_the_command(health, capsys, tmp_path):
    """A duty the agency does not have is found only after the draft would be opened."""
    folder = health.folder
    proof = tmp_path / "bien-ban.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    before = data_dump(folder)
    code, _, err = run(
        capsys, "--profile", str(folder), "report", "edit", "--period", "2026-H1",
        "--duty", "IX.9.9", "--results", "X", "--attach", str(proof),
    )  # fmt: skip
    assert code == 1 and "IX.9.9" in err
    assert data_dump(folder) == before


def test_fifo_is_refused_at_once(health, capsys, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = run(
        capsys, "--profile", str(health.folder), "--lang", "en", "report", "edit",
        "--period", "2026-H1", "--duty", "III.1.1", "--attach", str(fifo),
    )  # fmt: skip
    assert code == 1 and "not a regular file" in err
    assert evidence_files(health.folder) == []


def test_fifo_bundle_is_refused_at_once(dofa, capsys, tmp_path):
    fifo = tmp_path / "pipe.ptbundle"
    os.mkfifo(fifo)
    code, _, err = run(capsys, "--profile", str(dofa.folder), "bundle", "import", str(fifo))
    assert code == 1 and "đường ống" in err


def test_long_text_is_refused_with_the_limit(health, capsys):
    folder = health.folder
    before = data_dump(folder)
    code, _, err = run(
        capsys, "--profile", str(folder), "--lang", "en", "report", "edit",
        "--period", "2026-H1", "--duty", "III.1.1", "--results", "a" * (MAX_TEXT_CHARS + 1),
    )  # fmt: skip
    assert code == 1 and "20,001 characters" in err and "at most 20,000" in err
    assert data_dump(folder) == before


def test_service_limits_text_too(health):
    report = complete_draft(health, "2026-H1")
    with pytest.raises(UserError) as refused:
        reports.update_entry(health, report, "III.1.1", None, results="x" * (MAX_TEXT_CHARS + 1))
    assert "Kết quả dài 20.001 ký tự" in refused.value.message("vi")
    reports.update_entry(health, report, "III.1.1", None, results="x" * MAX_TEXT_CHARS)


def test_non_utf8_argument_is_a_plain_message(health, capsys):
    bad = b"\xff\xfeabc".decode("utf-8", "surrogateescape")  # as Python hands it over
    code, _, err = run(
        capsys, "--profile", str(health.folder), "report", "edit", "--period", "2026-H1",
        "--duty", "III.1.1", "--results", bad,
    )  # fmt: skip
    assert code == 1 and "UTF-8" in err and "Traceback" not in err


def test_garbage_database_is_a_plain_message(tmp_path, capsys):
    folder = tmp_path / "garbage"
    folder.mkdir()
    garbage = os.urandom(8192)
    (folder / "plantracker.sqlite").write_bytes(garbage)
    code, _, err = run(capsys, "--profile", str(folder), "--lang", "en", "periods")
    assert code == 1 and "damaged or is not a Plan Tracker database" in err
    assert str(folder) in err
    assert (folder / "plantracker.sqlite").read_bytes() == garbage


def test_proc_self_as_profile_is_a_plain_message(capsys):
    for argv in (["periods"], ["setup", "--agency", "SYT"]):
        code, _, err = run(capsys, "--profile", "/proc/self", *argv)
        assert code in (1, 2) and "/proc/self" in err and "Traceback" not in err


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_profile_is_private(health):
    folder = health.folder
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "plantracker.sqlite").stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_an_older_open_profile_is_made_private(health, capsys):
    folder = health.folder
    os.chmod(folder, 0o755)
    os.chmod(folder / "plantracker.sqlite", 0o644)
    code, _, _ = run(capsys, "--profile", str(folder), "periods")
    assert code == 0
    assert folder.stat().st_mode & 0o777 == 0o700
    assert (folder / "plantracker.sqlite").stat().st_mode & 0o777 == 0o600


def test_control_characters_and_empty_outputs_are_refused(health, capsys):
    folder = health.folder
    before = data_dump(folder)
    code, _, err = run(
        capsys, "--profile", str(folder), "--lang", "en", "report", "edit", "--period",
        "2026-H1", "--duty", "III.1.1", "--results", "Kết\x0bquả",
    )  # fmt: skip
    assert code == 1 and "invisible control character" in err
    code, _, err = run(
        capsys, "--profile", str(folder), "--lang", "en", "report", "pdf", "--period",
        "2026-H1", "--out", "",
    )  # fmt: skip
    assert code == 1 and "--out needs a file or folder name" in err
    assert data_dump(folder) == before
    report = complete_draft(health, "2026-H1")
    with pytest.raises(UserError, match="control character"):
        reports.update_entry(health, report, "III.1.1", None, proposals="a\x07b")
    reports.update_entry(health, report, "III.1.1", None, proposals="dòng 1\ndòng 2\tcột")
