"""Run one scripting-interface command the moment a start file appears (two officers at once).

    python -m tests.office_race_driver START_FILE ARGS… [;; ARGS…]…

Everything the command needs is imported first; then the process waits for START_FILE and
runs `plantracker ARGS…` in-process (each command separated by `;;` in turn), so two drivers
released by the same file start their commands within a millisecond or so of each other. The
exit status is the first non-zero one, else 0.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from app import cli
from app.services.consolidation import consolidated  # noqa: F401  (imported before the start)
from app.services.dashboard import reminder_letters  # noqa: F401
from app.services.exchange import bundle_import  # noqa: F401

if __name__ == "__main__":
    start = Path(sys.argv[1])
    deadline = time.monotonic() + 120
    while not start.exists() and time.monotonic() < deadline:
        time.sleep(0.001)
    sys.stdout.reconfigure(encoding="utf-8")
    commands: list[list[str]] = [[]]
    for argument in sys.argv[2:]:
        if argument == ";;":
            commands.append([])
        else:
            commands[-1].append(argument)
    codes = [cli.main(command) for command in commands]
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(next((code for code in codes if code), 0))
