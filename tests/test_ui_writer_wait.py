"""The desktop app says so when a long write waits for another program holding the profile."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from app.services.core import writer_lock
from tests.conftest import REPO
from tests.windows import main_window


def test_a_waiting_import_is_shown_in_the_status_bar(qtbot, health):
    window = main_window(health)
    qtbot.addWidget(window)
    window.show()
    # Another process holds the profile's writer lock for a moment, as a running import does.
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, time
                from pathlib import Path
                from app.services.core import writer_lock
                with writer_lock.exclusive(None, Path({str(health.folder)!r})):
                    print("held", flush=True)
                    time.sleep(1.5)
                """
            ),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == b"held"
        started = time.monotonic()
        # This process's write waits its turn.
        with writer_lock.exclusive(health.session, health.folder):
            waited = time.monotonic() - started
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().endswith("…"), timeout=3000)
    finally:
        holder.wait(timeout=30)
    assert waited > 0.5
    writer_lock.set_wait_notice(None)
