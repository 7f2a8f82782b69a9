"""The audit log: every state change, with who and when."""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from app.models import AuditEntry
from app.services.core.vocabulary import AuditAction

# Every time the app records is Vietnam time (no daylight saving), whatever the machine's
# clock zone, so times from different workstations compare and display alike.
VIETNAM = timezone(timedelta(hours=7), "ICT")


def now_iso() -> str:
    return datetime.now(VIETNAM).isoformat(timespec="seconds")


def today() -> date:
    """Today on Vietnam's clock: what due dates, statuses and "days left" count from, whatever
    the machine's clock zone (date.today() is the machine's)."""
    return datetime.now(VIETNAM).date()


# The account acting in this process: the signed-in user of the desktop app, or the account a
# command runs as (PLANTRACKER_USER). Without one, the operating system's login name is kept.
_acting_account: str | None = None


def act_as(login: str | None) -> None:
    """Record later actions under this account (None: back to the OS login)."""
    global _acting_account
    _acting_account = login


def default_actor() -> str:
    if _acting_account:
        return _acting_account
    try:
        return getpass.getuser()
    except OSError:  # no login name on some service accounts
        return "?"


def record(action: AuditAction, actor: str | None = None, **detail: object) -> AuditEntry:
    return AuditEntry.create(
        at=now_iso(),
        actor=actor or default_actor(),
        action=action,
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
    )


@dataclass(frozen=True)
class LogEntry:
    """One line of the activity log as screens and checks read it."""

    id: int
    at: str
    actor: str
    action: str
    detail: str  # JSON


def entries(limit: int = 500) -> list[LogEntry]:
    """The latest entries, newest first."""
    query = AuditEntry.select().order_by(AuditEntry.id.desc()).limit(limit)
    return [LogEntry(e.id, e.at, e.actor, e.action, e.detail) for e in query]
