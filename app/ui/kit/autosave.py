"""Saving as the user types, for the editors of reports.

A save follows the last change after DELAY_MS of quiet, and never comes later than MAX_WAIT_MS
after the first unsaved change, so that steady typing is saved too.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

DELAY_MS = 1000
MAX_WAIT_MS = 1500


class AutosaveTimer(QObject):
    """Calls `save` once the changes since the last save have waited long enough."""

    def __init__(self, save: Callable[[], object], parent: QObject):
        super().__init__(parent)
        self._dirty_since: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(save)

    def changed(self) -> None:
        """A change not saved yet: (re)start the wait."""
        now = time.monotonic()
        if self._dirty_since is None:
            self._dirty_since = now
        left_ms = int((self._dirty_since - now) * 1000) + MAX_WAIT_MS
        self._timer.start(max(0, min(DELAY_MS, left_ms)))

    def saving(self) -> None:
        """The editor saves now: nothing waits any more."""
        self._timer.stop()
        self._dirty_since = None
