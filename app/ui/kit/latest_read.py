"""Reads a screen runs in tasks, where only the latest one's answer counts.

A screen that reads again (another period chosen, a refresh) before the last read has answered
must not be filled with the older answer when it comes late: `LatestRead.run` delivers an
answer only if no later read began meanwhile. `loading` is true while any read is under way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from app.ui.kit.tasks import Work, run_task


class LatestRead(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._generation = 0
        self._pending = 0

    @property
    def loading(self) -> bool:
        return self._pending > 0

    def run(
        self,
        work: Work,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """work(progress) in a task; then done(result) or failed(error) on the UI thread,
        unless a later read has begun."""
        self._generation += 1
        generation = self._generation
        self._pending += 1

        def delivered(result, error) -> None:
            self._pending -= 1
            if generation != self._generation:
                return
            if error is not None:
                failed(error)
            else:
                done(result)

        run_task(work, delivered, parent=self.parent())
