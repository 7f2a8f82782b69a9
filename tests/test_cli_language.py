"""The command line speaks the chosen language: Vietnamese by default, English with --lang en."""

from __future__ import annotations

from app.cli import build_parser
from app.commands.language.help_vi import HELP_VI
from app.commands.language.words import (
    ARGPARSE_VI,
    change_line,
    help_texts,
    install_argparse_language,
)
from app.services.exchange.field_changes import FieldChange
from tests.conftest import run_cli


def test_every_help_text_of_every_command_has_its_vietnamese():
    install_argparse_language("en")
    texts = set(help_texts(build_parser()))
    missing = sorted(t for t in texts if t not in HELP_VI and t not in ARGPARSE_VI)
    assert missing == []
    assert sorted(set(HELP_VI) - texts - set(ARGPARSE_VI)) == []  # nothing left over


def test_help_and_usage_are_vietnamese_by_default_and_english_on_request():
    vi = run_cli("--help").stdout.decode()
    assert vi.startswith("cách dùng: plantracker")
    assert "in hướng dẫn này rồi thoát" in vi and "toàn bộ máy trong một tệp" in vi
    assert "show this help" not in vi and "usage:" not in vi
    sub = run_cli("backup", "create", "--help").stdout.decode()
    assert "sao lưu máy này" in sub or "tùy chọn" in sub
    en = run_cli("--lang", "en", "--help").stdout.decode()
    assert en.startswith("usage: plantracker") and "the whole workstation" in en


def test_a_usage_error_is_explained_in_vietnamese(tmp_path):
    result = run_cli("--profile", str(tmp_path / "p"), "backup", "create")
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert "lỗi: thiếu các tham số bắt buộc: --out" in stderr and "error" not in stderr


def test_success_lines_follow_the_language(tmp_path):
    vi = run_cli("--profile", str(tmp_path / "vi"), "setup", "--agency", "SYT")
    assert vi.stdout.decode().startswith("Đã cài đặt ")
    en = run_cli("--lang", "en", "--profile", str(tmp_path / "en"), "setup", "--agency", "SYT")
    assert en.stdout.decode().startswith("Set up ")


def test_dry_run_changes_read_as_words_in_both_languages():
    status = FieldChange("III.1.1", "status", None, "in_progress")
    progress = FieldChange("III.1.1", "progress", 30, 60)
    files = FieldChange("IV.1.1", "attachments", (), ("biên bản.pdf",))
    assert change_line(status, "vi") == "III.1.1 tình trạng: (trống) → Đang triển khai"
    assert change_line(status, "en") == "III.1.1 status: (empty) → In progress"
    assert change_line(progress, "vi") == "III.1.1 tiến độ: 30 % → 60 %"
    assert change_line(files, "vi") == "IV.1.1 tài liệu minh chứng: (trống) → “biên bản.pdf”"
