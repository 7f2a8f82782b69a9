"""Change counters: how another officer's screens learn that the office's data changed.

Every write other officers should see at once (an import, a paper receipt, a return) bumps a
counter inside its own transaction, so the new number is visible exactly when the change is.
A screen reads `generation()` every few seconds — one indexed read of a handful of rows, the
same on SQLite and PostgreSQL — and reloads when the number moved. (PostgreSQL's
LISTEN/NOTIFY would need a connection held open per screen and does nothing on SQLite; a poll
of this size costs nothing either side.)
"""

from __future__ import annotations

import peewee

from app.models import ChangeCounter

IMPORTS = "imports"  # bundles imported
RECEIPTS = "receipts"  # paper receipts recorded, reports returned, conflicts decided


def bump(name: str) -> None:
    """Count one more change of this kind; call inside the change's transaction."""
    ChangeCounter.insert(name=name, value=1).on_conflict(
        conflict_target=[ChangeCounter.name],
        update={ChangeCounter.value: ChangeCounter.value + 1},
    ).execute()


def generation() -> int:
    """A number that grows whenever any counted change commits."""
    total = ChangeCounter.select(peewee.fn.SUM(ChangeCounter.value)).scalar()
    return int(total or 0)
