"""Types into the report editor in a process of its own, for tests/test_autosave_kill.py.

    python -m tests.autosave_driver PROFILE PERIOD MODE TEXT

MODE "burst" types TEXT at once, prints "typed <unix time>" and keeps the event loop running.
MODE "steady" types one character every STEADY_INTERVAL_MS, printing "key <n> <unix time>" after
each (n characters typed), then "typed <unix time>", and keeps running. Either way the process
runs until it is killed: nothing here ever closes the editor or flushes it on purpose.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tests import workstations

STEADY_INTERVAL_MS = 50


def say(*words: object) -> None:
    print(*words, flush=True)


def main(argv: list[str]) -> int:
    folder, period_id, mode, text = Path(argv[1]), argv[2], argv[3], argv[4]

    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.services.catalogue.plan_info import active_plan_info
    from app.ui.reports.report_editor import ReportEditor

    app = QApplication(argv[:1])
    station = workstations.use(folder)
    editor = ReportEditor(station, active_plan_info(), "autosave-driver")
    editor.period_combo.setCurrentIndex(editor.period_combo.findData(period_id))
    editor.resize(1280, 800)
    editor.show()
    deadline = time.monotonic() + 30
    while editor.loading and time.monotonic() < deadline:  # the report is read in a task
        app.processEvents()
        time.sleep(0.005)
    box = editor.form.results
    box.setFocus()
    if not box.isEnabled():
        say("error: the results box is not editable")
        return 1

    if mode == "burst":
        QTest.keyClicks(box, text)
        say("typed", f"{time.time():.3f}")
    else:
        remaining = list(text)
        timer = QTimer()

        def type_one() -> None:
            QTest.keyClicks(box, remaining.pop(0))
            say("key", len(text) - len(remaining), f"{time.time():.3f}")
            if not remaining:
                timer.stop()
                say("typed", f"{time.time():.3f}")

        timer.timeout.connect(type_one)
        timer.start(STEADY_INTERVAL_MS)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
