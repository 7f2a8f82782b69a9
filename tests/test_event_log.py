"""The profile's log file and the exception hooks of the scripting interface and the desktop app.

A fault of ours shows a plain Vietnamese (or English) message naming the log file, never a
traceback; the traceback is in that file. The log holds no password and no report text.
"""

from __future__ import annotations

import sys
import tempfile
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from app.commands import reports as report_commands
from app.services.catalogue import periods
from app.services.core import event_log
from tests.conftest import run_cli

PASSWORD = "mat-khau-rat-rieng-123"
SECRET_RESULTS = "Nội dung báo cáo không được vào nhật ký"


def _boom(*_args, **_kwargs):
    raise RuntimeError("a fault of the program")


@pytest.fixture
def ws(tmp_path):
    folder = tmp_path / "syt"
    assert run_cli("--profile", str(folder), "setup", "--agency", "SYT").returncode == 0
    return folder


def test_cli_fault_is_told_plainly_and_logged_with_its_traceback(ws, monkeypatch):
    monkeypatch.setattr(periods, "all_periods", _boom)

    done = run_cli("--profile", str(ws), "periods", "--json")

    said = done.stderr.decode()
    log = event_log.log_path(ws)
    assert done.returncode == 1
    assert "Traceback" not in said and "RuntimeError" not in said
    assert "Đã xảy ra lỗi ngoài dự kiến" in said and str(log) in said
    written = log.read_text(encoding="utf-8")
    assert "Traceback" in written and "RuntimeError: a fault of the program" in written
    assert "command name=periods" in written
    assert (log.stat().st_mode & 0o777) == 0o600

    english = run_cli("--profile", str(ws), "--lang", "en", "periods", "--json")
    assert "an unexpected error occurred" in english.stderr.decode()
    assert english.returncode == 1


def test_a_fault_before_any_profile_goes_to_a_file_in_the_temporary_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(report_commands, "cmd_periods", _boom)  # fails before opening a profile

    done = run_cli("--profile", str(tmp_path / "none"), "periods", "--json")

    said = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in said
    (fallback,) = tmp_path.glob("plantracker-*.log")
    assert str(fallback) in said
    assert "RuntimeError" in fallback.read_text(encoding="utf-8")
    assert not (tmp_path / "none").exists()  # no log folder made where no profile is


def test_the_log_holds_no_password_and_no_report_text(ws):
    user = run_cli(
        "--profile", str(ws), "user", "add", "--name", "Nguyễn Văn An",
        "--position", "Phó Giám đốc", "--role", "approver",
        env={"PLANTRACKER_PASSWORD": PASSWORD},
    )  # fmt: skip
    assert user.returncode == 0, user.stderr.decode()
    duties = run_cli("--profile", str(ws), "duties", "--json", "--agency", "SYT")
    ref = __import__("json").loads(duties.stdout)[0]["ref"]
    edit = run_cli(
        "--profile", str(ws), "report", "edit", "--period", "2026-Y", "--duty", ref,
        "--status", "done", "--results", SECRET_RESULTS,
    )  # fmt: skip
    assert edit.returncode == 0, edit.stderr.decode()
    refused = run_cli(
        "--profile", str(ws), "report", "sign", "--period", "2026-Y", "--user", "nguyen.van.an",
        env={"PLANTRACKER_PASSWORD": "sai-mat-khau-" + PASSWORD},
    )  # fmt: skip
    assert refused.returncode == 1

    written = event_log.log_path(ws).read_text(encoding="utf-8")
    assert "command name=report_edit" in written and "refused" in written
    assert PASSWORD not in written and SECRET_RESULTS not in written
    assert "Nội dung" not in written


def test_the_log_rotates_and_keeps_five_old_files(tmp_path):
    (tmp_path / "plantracker.sqlite").write_bytes(b"")
    try:
        path = event_log.start(tmp_path)
        line = "x" * 1000
        for _ in range(7 * event_log.MAX_BYTES // 1000):
            event_log.info("filler", text=line)
    finally:
        event_log.stop()
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["plantracker.log", *(f"plantracker.log.{n}" for n in range(1, 6))]
    assert all((p.stat().st_mode & 0o777) == 0o600 for p in path.parent.iterdir())
    assert all(p.stat().st_size <= event_log.MAX_BYTES for p in path.parent.iterdir())


@pytest.fixture
def gui_hook(ws, monkeypatch):
    """The desktop app's hook installed (and sys's own hooks restored afterwards)."""
    from app.ui import app as desktop
    from app.ui.kit import i18n

    i18n.install("vi")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    event_log.start(ws)
    desktop.install_exception_hook()
    yield shown
    event_log.stop()
    i18n.install("vi")


@pytest.mark.qt_no_exception_capture
def test_gui_fault_in_a_slot_shows_a_message_and_logs_the_traceback(qtbot, ws, gui_hook):
    QTimer.singleShot(0, lambda: _boom())
    qtbot.waitUntil(lambda: bool(gui_hook))

    (message,) = gui_hook
    assert "lỗi ngoài dự kiến" in message and str(event_log.log_path(ws)) in message
    written = event_log.log_path(ws).read_text(encoding="utf-8")
    assert "Traceback" in written and "RuntimeError: a fault of the program" in written


def test_gui_fault_in_a_worker_thread_is_caught_the_same_way(ws, gui_hook):
    from app.ui.kit import i18n

    i18n.install("en")
    worker = threading.Thread(target=_boom)
    worker.start()
    worker.join()

    (message,) = gui_hook
    assert "an unexpected error occurred" in message and str(event_log.log_path(ws)) in message
    assert "RuntimeError" in event_log.log_path(ws).read_text(encoding="utf-8")


def test_a_fault_in_background_work_reaches_the_screen_as_plain_words(ws, qtbot):
    from app.ui.kit import i18n, tasks

    i18n.install("vi")
    event_log.start(ws)
    delivered = []
    try:
        for work in (_boom, lambda _progress: 7):
            tasks.run_task(work, lambda *done: delivered.append(done), synchronous=True)
    finally:
        event_log.stop()

    (_, error), (result, no_error) = delivered
    assert isinstance(error, event_log.UnexpectedError)
    assert "lỗi ngoài dự kiến" in error.message("vi")
    assert (result, no_error) == (7, None)
    assert "RuntimeError: a fault of the program" in event_log.log_path(ws).read_text("utf-8")
