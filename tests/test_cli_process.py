"""The scripting interface as a real process: what in-process tests cannot see (the entry
point, exit codes through the interpreter, UTF-8 on a pipe, stderr without a traceback)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import run_cli


def test_version_and_the_catalogue_from_a_process():
    version = run_cli("--version", process=True)
    assert version.returncode == 0 and version.stdout.decode().startswith("plantracker ")
    listed = run_cli("agencies", "--json", process=True)
    assert listed.returncode == 0
    agencies = json.loads(listed.stdout.decode("utf-8"))
    assert any(a["name_vi"] == "Sở Ngoại vụ" for a in agencies)
    assert b"\\u" not in listed.stdout  # UTF-8 as written, no escapes


def test_a_refusal_and_a_usage_error_exit_as_documented(tmp_path):
    refused = run_cli("--profile", str(tmp_path / "none"), "report", "show", "--period",
                      "2026-H1", "--json", process=True)  # fmt: skip
    assert refused.returncode in (1, 2)
    assert refused.stderr and b"Traceback" not in refused.stderr
    usage = run_cli("report", "edit", "--no-such-option", process=True)
    assert usage.returncode == 2 and b"Traceback" not in usage.stderr


def test_the_installed_command_is_the_same_program():
    """`plantracker`, as pyproject.toml installs it beside the interpreter, runs this code."""
    command = Path(sys.executable).parent / "plantracker"
    assert command.is_file(), "the plantracker command is not installed in this environment"
    installed = subprocess.run([str(command), "--version"], capture_output=True, timeout=60)
    module = run_cli("--version", process=True)
    assert installed.returncode == 0 and installed.stdout == module.stdout


def test_a_reader_that_stops_early_is_not_a_storage_failure(tmp_path):
    """`plantracker duties --json | head -1`: the closed pipe is the reader's choice, not a
    fault of the profile's folder, so nothing is said and the exit status is 0."""
    command = [sys.executable, "-m", "app", "--profile", str(tmp_path / "ws"), "duties", "--json"]
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # before the command writes: its first write meets a closed pipe
    _, stderr = child.communicate(timeout=120)
    assert stderr.decode("utf-8") == ""
    assert child.returncode == 0


def test_without_a_display_the_app_says_so_in_the_chosen_language(tmp_path):
    """No command and no graphical session: plain words, Vietnamese unless --lang en."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}  # fmt: skip
    said = {}
    for language in ("vi", "en"):
        command = [sys.executable, "-m", "app", "--profile", str(tmp_path), "--lang", language]
        done = subprocess.run(command, capture_output=True, env=env, timeout=120)
        assert done.returncode == 2
        said[language] = done.stderr.decode("utf-8")
    assert "không tìm thấy màn hình đồ họa" in said["vi"]
    assert "no graphical display" in said["en"]
