"""The audit log: every state change, with who and when."""

from __future__ import annotations

import getpass
import json
from datetime import datetime, timedelta, timezone

from app.models import AuditEntry

# Every time the app records is Vietnam time (no daylight saving), whatever the machine's
# clock zone, so times from different workstations compare and display alike.
VIETNAM = timezone(timedelta(hours=7), "ICT")


def now_iso() -> str:
    return datetime.now(VIETNAM).isoformat(timespec="seconds")


def default_actor() -> str:
    try:
        return getpass.getuser()
    except OSError:  # no login name on some service accounts
        return "?"


def record(action: str, actor: str | None = None, **detail: object) -> AuditEntry:
    return AuditEntry.create(
        at=now_iso(),
        actor=actor or default_actor(),
        action=action,
        detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
    )


def entries(limit: int = 500) -> list[AuditEntry]:
    return list(AuditEntry.select().order_by(AuditEntry.id.desc()).limit(limit))
