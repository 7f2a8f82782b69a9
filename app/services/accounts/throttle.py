"""Wrong passwords slow down: after FREE_ATTEMPTS failures in a row for one account, each
further attempt must wait a delay that doubles with every failure, up to MAX_DELAY_SECONDS.

Nobody is locked out for good: the longest wait is a quarter of an hour, and the right
password resets the count. The counts live in the profile's database (so every window and
process of the workstation shares them) and each refusal is in the activity log. A clock put
back never stretches a wait beyond the longest one.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from app.models import Setting
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction

if TYPE_CHECKING:
    from app.models.session import DatabaseSession

FREE_ATTEMPTS = 5
FIRST_DELAY_SECONDS = 2
MAX_DELAY_SECONDS = 15 * 60
ANY_APPROVER = "*approver*"  # attempts that name no account ("an approver's password")
_KEY = "login_failures:"


def delay_after(failures: int) -> int:
    """Seconds to wait before the next attempt after this many failures in a row."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS)


def _load(login: str) -> tuple[int, datetime | None]:
    stored = Setting.get_or_none(Setting.key == _KEY + login)
    if stored is None:
        return 0, None
    data = json.loads(stored.value)
    return int(data["count"]), datetime.fromisoformat(data["last"])


def seconds_to_wait(login: str, now: datetime | None = None) -> int:
    count, last = _load(login)
    wait = delay_after(count)
    if not wait or last is None:
        return 0
    now = now or datetime.now(UTC)
    remaining = (last - now).total_seconds() + wait
    return max(0, min(wait, round(remaining + 0.5)))


def check(login: str, name: str, name_vi: str | None = None) -> None:
    """Refuse at once, without looking at the password, while this account must wait."""
    wait = seconds_to_wait(login)
    if wait:
        audit.record(AuditAction.USER_LOGIN_DELAYED, login, seconds=wait)
        raise UserError(
            "too many wrong passwords for {name}; wait {seconds} seconds and try again",
            name=name,
            name_vi=name_vi or name,
            seconds=wait,
        )


def failed(session: DatabaseSession, login: str) -> int:
    """Count one more failure; returns the count (read and written in one transaction, so
    two windows failing at once both count)."""
    with session.atomic():
        count = _load(login)[0] + 1
        value = json.dumps({"count": count, "last": datetime.now(UTC).isoformat()})
        Setting.put(_KEY + login, value)
    return count


def succeeded(session: DatabaseSession, login: str) -> None:
    if Setting.get_or_none(Setting.key == _KEY + login) is not None:
        with session.atomic():
            Setting.delete().where(Setting.key == _KEY + login).execute()
