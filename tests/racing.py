"""Another officer's write, started in the middle of this one's work.

The other officer runs on a thread of its own, so on its own database connection (peewee keeps
one per thread): on SQLite a second writer of the profile, on PostgreSQL a second session of
the office's server — as another window, program or PC would be. A test starts it at the
moment it wants to race (from inside a wrapped step) and learns whether it got through while
that step waited for it, or only afterwards.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import peewee

from app.services.core.errors import UserError

PATIENCE_SECONDS = 120  # SQLite gives up after its busy timeout; a person would try again


class OtherOfficer:
    def __init__(self, station, write: Callable[[], object]):
        self.station, self.write = station, write
        self.outcome: str | None = None  # "done", or the refusal's text
        self.done_while_waited_for: bool | None = None
        self._thread = threading.Thread(target=self._run)

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    def start_and_wait(self, seconds: float = 2.0) -> None:
        """Start the write and give it `seconds` to finish (it cannot while this thread's
        transaction holds the database)."""
        self._thread.start()
        self._thread.join(timeout=seconds)
        self.done_while_waited_for = self.outcome is not None

    def finish(self) -> str:
        self._thread.join()
        assert self.outcome is not None, "the other officer's write never ended"
        return self.outcome

    def _run(self) -> None:
        deadline = time.monotonic() + PATIENCE_SECONDS
        try:
            while True:
                try:
                    self.write()
                    self.outcome = "done"
                    return
                except UserError as refused:
                    self.outcome = str(refused)
                    return
                except peewee.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() > deadline:
                        self.outcome = f"failed: {exc}"
                        return
                    time.sleep(0.1)
        finally:
            self.station.session.database.close()  # this thread's own connection
