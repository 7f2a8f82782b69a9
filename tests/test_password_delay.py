"""Wrong passwords: an increasing delay after 5 failures per account, logged, never a lock-out
for good; the right password (after the wait) works and resets the count."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from app.models import AuditEntry, Setting
from app.services.accounts import throttle, users
from app.services.core.errors import UserError
from tests.reporting import PASSWORD, approver


def _age_last_failure(login: str, seconds: float) -> None:
    """Move the last failure back in time, as if the user had waited."""
    row = Setting.get(Setting.key == "login_failures:" + login)
    data = json.loads(row.value)
    data["last"] = (datetime.fromisoformat(data["last"]) - timedelta(seconds=seconds)).isoformat()
    Setting.update(value=json.dumps(data)).where(Setting.key == row.key).execute()


def test_delay_grows_then_stops_growing():
    delays = [throttle.delay_after(n) for n in range(12)]
    assert delays[:5] == [0] * 5
    assert delays[5:9] == [2, 4, 8, 16]
    assert throttle.delay_after(1000) == throttle.MAX_DELAY_SECONDS


def test_five_wrong_passwords_then_a_wait(health):
    account = approver(health)
    for _ in range(5):
        with pytest.raises(UserError, match="wrong password"):
            users.authenticate(health, account.login, "sai-mat-khau")
    # The sixth attempt is refused before the password is even looked at, right one or not.
    with pytest.raises(UserError) as refused:
        users.authenticate(health, account.login, PASSWORD)
    assert "wait 2 seconds" in str(refused.value)
    assert "chờ 2 giây" in refused.value.message("vi")
    _age_last_failure(account.login, 3)
    with pytest.raises(UserError, match="wrong password"):
        users.authenticate(health, account.login, "sai-mat-khau")
    with pytest.raises(UserError, match="wait 4 seconds"):
        users.authenticate(health, account.login, PASSWORD)
    _age_last_failure(account.login, 5)
    assert (
        users.authenticate(health, account.login, PASSWORD).login == account.login
    )  # not locked out
    assert throttle.seconds_to_wait(account.login) == 0  # and the count starts again
    actions = [e.action for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions.count("user.login_refused") == 6
    assert actions.count("user.login_delayed") == 2


def test_a_clock_put_back_never_stretches_the_wait(health):
    account = approver(health)
    for _ in range(30):
        throttle.failed(health.session, account.login)
    future = datetime.now(UTC) - timedelta(days=365)  # "now" a year before the last failure
    assert throttle.seconds_to_wait(account.login, future) == throttle.MAX_DELAY_SECONDS


def test_unnamed_approver_password_is_throttled_too(health):
    approver(health)
    for _ in range(5):
        with pytest.raises(UserError, match="not the password"):
            users.require_approver(health, "sai-mat-khau")
    with pytest.raises(UserError, match="too many wrong passwords"):
        users.require_approver(health, PASSWORD)
