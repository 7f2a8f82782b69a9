"""Autosave survives a killed process: at most 2 seconds of typing may be lost (the spec).

The editor saves a change after 1 s without typing, and never later than 1.5 s after the first
unsaved change (app/ui/kit/autosave.py, DELAY_MS and MAX_WAIT_MS). A real process
(tests/autosave_driver.py) types into the results box and is killed with SIGKILL, so no
close handler runs; then this process reads the database.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.services.catalogue import catalogue, periods
from app.services.reports import reports

REPO = Path(__file__).resolve().parent.parent
LOSS_ALLOWED_S = 2.0  # the spec: at most 2 seconds of typing is lost
STARTUP_TIMEOUT_S = 60

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


class Driver:
    """The driver process, its output lines read by a thread so that waiting can time out."""

    def __init__(self, folder: Path, period_id: str, mode: str, text: str):
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHON_KEYRING_BACKEND": os.environ["PYTHON_KEYRING_BACKEND"],
            "PLANTRACKER_TEST_KEYRING": os.environ["PLANTRACKER_TEST_KEYRING"],
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.autosave_driver", str(folder), period_id, mode, text],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for(self, word: str, seen: list[list[str]]) -> list[str]:
        """Collect output lines until one starts with word; returns that line's words."""
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while True:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic())).split()
            except queue.Empty:
                self.kill()
                pytest.fail(f"no {word!r} from the driver; stderr:\n{self.process.stderr.read()}")
            seen.append(line)
            if line and line[0] == word:
                return line
            if line and line[0] == "error":
                pytest.fail(" ".join(line))

    def kill(self) -> float:
        killed_at = time.time()
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)
        return killed_at


@pytest.fixture
def draft(health):
    plan = catalogue.active_plan()
    period_id = periods.current_and_next(plan)[0].id
    return reports.open_draft(health, health.agency, plan, period_id)


def _results_on_disk(report) -> str:
    view = next(v for v in reports.entry_views(report) if v.duty.ref == "III.1.1")
    return view.entry.results


def test_typing_is_on_disk_two_seconds_later_despite_a_kill(health, draft):
    text = "Da to chuc 12 hoi nghi tap huan ve hoi nhap quoc te cho 850 luot can bo"
    driver = Driver(health.folder, draft.period_id, "burst", text)
    typed_at = float(driver.wait_for("typed", [])[1])
    # Watch the database until the kill, to measure when the text arrives.
    arrived_after = None
    while time.time() < typed_at + LOSS_ALLOWED_S:
        if arrived_after is None and _results_on_disk(draft) == text:
            arrived_after = time.time() - typed_at
        time.sleep(0.02)
    assert driver.process.poll() is None, "the driver stopped before it was killed"
    driver.kill()
    assert driver.process.returncode == -signal.SIGKILL
    assert _results_on_disk(draft) == text
    print(f"\nburst: on disk {arrived_after:.2f} s after the last keystroke")
    assert arrived_after is not None and arrived_after < LOSS_ALLOWED_S


def test_steady_typing_loses_at_most_the_last_two_seconds(health, draft):
    """Killed within 0.2 s of the last keystroke of 6 s of steady typing (a key every 50 ms,
    never pausing long enough for the quiet-time save): what is on disk is a prefix of what was
    typed, and it holds every key typed more than 2 s before the kill. The last keys may be
    missing: the spec allows that, so it is not asserted either way."""
    text = (
        "Trien khai dong bo cac nhiem vu hoi nhap quoc te trong linh vuc y te, "
        "ky ket 3 thoa thuan hop tac voi doi tac nuoc ngoai"
    )
    driver = Driver(health.folder, draft.period_id, "steady", text)
    lines: list[list[str]] = []
    driver.wait_for("typed", lines)
    time.sleep(0.1)
    killed_at = driver.kill()
    keys = [(int(n), float(t)) for word, n, t in (line for line in lines if len(line) == 3)
            if word == "key"]  # fmt: skip
    assert len(keys) == len(text)
    assert killed_at - keys[-1][1] < 0.2
    saved = _results_on_disk(draft)
    assert text.startswith(saved)
    must_have = max((n for n, at in keys if at <= killed_at - LOSS_ALLOWED_S), default=0)
    assert must_have >= len(text) // 2  # the check covers most of what was typed
    assert len(saved) >= must_have
    lost = text[len(saved) :]
    lost_span = killed_at - next((at for n, at in keys if n > len(saved)), killed_at)
    print(f"\nsteady: {len(saved)}/{len(text)} characters on disk; lost {lost!r}, typed over "
          f"the last {lost_span:.2f} s before the kill")  # fmt: skip
