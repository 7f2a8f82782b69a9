"""Other officers' work appears on this PC's screens: a cheap poll of the change counter.

Every few seconds a task reads `changes.generation()` (one small read, off the UI thread);
when the number moved — another officer imported bundles, recorded a paper report, returned
a report or decided a conflict — the screen in front reloads (each screen reads its data in a
task of its own), and the others reload when next shown, as they already do; the conflict
inbox always does, since its tab's title counts the open conflicts. The status bar says so.
A failed read (the server out of reach) is tried again at the next tick.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.workstation import changes
from app.ui.kit.tasks import run_task

POLL_MS = 5000


class OfficeWatch(QObject):
    office_changed = Signal()

    def __init__(self, window, interval_ms: int = POLL_MS):
        super().__init__(window)
        self.window = window
        self.known: int | None = None
        self._reading = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.office_changed.connect(self._on_self_office_changed)
        self.timer.start()
        # The number as the window opens (later changes are the others'), read once it has
        # painted: the window is built while the password is checked, before which it reads no
        # data of the office.
        window.after_first_paint(self.poll)

    def poll(self) -> None:
        if self._reading:
            return  # the last read has not come back yet (a slow server)
        self._reading = True
        run_task(lambda _progress: changes.generation(), self._on_read, parent=self)

    def _on_timer_timeout(self) -> None:
        self.poll()

    def _on_read(self, generation: int | None, error: BaseException | None) -> None:
        self._reading = False
        if error is not None or generation is None:
            return
        moved = self.known is not None and generation != self.known
        self.known = generation
        if moved:
            self.office_changed.emit()

    def _on_self_office_changed(self) -> None:
        window = self.window
        current = window.tabs.currentWidget()
        exchange = window.exchange
        overview = window.overview
        for tab in (overview.dashboard_tab, exchange.received_tab, exchange.ledger_tab):
            if tab is not None and current is tab and tab.is_built:
                tab.content.reload()
        exchange.refresh_conflicts()  # its tab's title counts them, shown or not
        consolidation = window.consolidation
        if (
            consolidation is not None
            and current is consolidation.tab
            and consolidation.tab.is_built
        ):
            consolidation.editor.reload()  # its pre-fill and the changes panel, in a task
        window.statusBar().showMessage(
            self.tr("New work of another officer is shown (imports, receipts)"), 10000
        )
