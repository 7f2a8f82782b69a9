"""Local accounts: drafters write reports, approvers (head of agency or deputy) sign them."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models import UserAccount
from app.models.user import ROLES
from app.services.accounts import throttle
from app.services.accounts.passwords import PendingCheck, hash_password, verify_password
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.text import fold, nfc
from app.services.core.vocabulary import AuditAction, UserRole

if TYPE_CHECKING:
    from app.services.workstation.profile import Workstation

MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class Account:
    """An account as screens show it: who, in what role; never the password hash."""

    login: str
    full_name: str
    position: str
    role: str
    active: bool

    @classmethod
    def of(cls, row: UserAccount) -> Account:
        return cls(row.login, row.full_name, row.position, row.role, row.active)


def _login_from_name(full_name: str) -> str:
    """ "Nguyễn Văn An" → "nguyen.van.an", made unique with a number when taken."""
    base = re.sub(r"[^a-z0-9]+", ".", fold(full_name)).strip(".") or "user"
    login, number = base, 1
    while UserAccount.get_or_none(UserAccount.login == login):
        number += 1
        login = f"{base}{number}"
    return login


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(
            "the password must have at least {count} characters", count=MIN_PASSWORD_LENGTH
        )


def has_accounts() -> bool:
    return UserAccount.select().exists()


def find(login_or_name: str) -> UserAccount:
    """An active account by login, or by full name (accents and case ignored)."""
    wanted = login_or_name.strip()
    account = UserAccount.get_or_none(UserAccount.login == wanted.lower())
    if account is None:
        by_name = [u for u in UserAccount.select() if fold(u.full_name) == fold(wanted)]
        account = by_name[0] if len(by_name) == 1 else None
    if account is None or not account.active:
        raise UserError("no active account {account}", account=repr(login_or_name))
    return account


class PendingSignIn:
    """A sign-in whose password is being checked on another thread (`begin_sign_in`):
    `finish()` waits for the check and records its outcome as `authenticate` does."""

    def __init__(self, station: Workstation, account: UserAccount, password: str):
        throttle.check(account.login, account.full_name)
        self._station = station
        self._row = account
        self.account = Account.of(account)
        self._check = PendingCheck(password, account.password_hash)

    def abandon(self) -> None:
        """Wait for the check and record nothing (what was done beside it failed)."""
        with contextlib.suppress(Exception):
            self._check.result()

    def finish(self) -> UserAccount:
        if not self._check.result():
            failures = throttle.failed(self._station.session, self._row.login)
            audit.record(AuditAction.USER_LOGIN_REFUSED, self._row.login, failures=failures)
            raise UserError("wrong password for {name}", name=self._row.full_name)
        throttle.succeeded(self._station.session, self._row.login)
        return self._row


def begin_sign_in(station: Workstation, login_or_name: str, password: str) -> PendingSignIn:
    """Start checking the password of an active account (refusals of `find` and the throttle
    at once); the desktop app starts it before loading Qt, which the check then overlaps."""
    return PendingSignIn(station, find(login_or_name), password)


def authenticate(
    station: Workstation,
    login_or_name: str,
    password: str,
    meanwhile: Callable[[Account], object] | None = None,
    begun: PendingSignIn | None = None,
) -> UserAccount:
    """The account, once its password is right. `meanwhile(account)` runs while the password
    is checked on another thread: the caller may get ready what it shows once signed in.
    `begun`: the check `begin_sign_in` already started for these login and password."""
    pending = begun or begin_sign_in(station, login_or_name, password)
    if meanwhile is not None:
        try:
            meanwhile(pending.account)
        except BaseException:
            pending.abandon()
            raise
    return pending.finish()


def require_approver(
    station: Workstation, password: str, login_or_name: str | None = None
) -> UserAccount:
    """The approver whose password this is (any active approver when none is named)."""
    if login_or_name:
        account = authenticate(station, login_or_name, password)
        if account.role != UserRole.APPROVER:
            raise UserError("{name} is not an approver", name=account.full_name)
        return account
    throttle.check(throttle.ANY_APPROVER, "an approver", "người phê duyệt")
    for account in UserAccount.select().where(
        (UserAccount.role == UserRole.APPROVER) & UserAccount.active.is_true()
    ):
        if verify_password(password, account.password_hash):
            throttle.succeeded(station.session, throttle.ANY_APPROVER)
            return account
    failures = throttle.failed(station.session, throttle.ANY_APPROVER)
    audit.record(AuditAction.USER_APPROVAL_REFUSED, None, failures=failures)
    raise UserError("that is not the password of an active approver")


def add(
    station: Workstation,
    full_name: str,
    position: str,
    role: str,
    password: str,
    login: str | None = None,
    approver_password: str | None = None,
) -> UserAccount:
    """The first account must be an approver; later ones need an approver's password."""
    if role not in ROLES:
        raise UserError("role must be one of {roles}", roles=", ".join(ROLES))
    if not full_name.strip() or not position.strip():
        raise UserError("full name and position are required")
    _check_password(password)
    first = not has_accounts()
    if first and role != UserRole.APPROVER:
        raise UserError("the first account must be an approver (head of agency or deputy)")
    approver = None
    if not first:
        if not approver_password:
            raise UserError("adding an account needs an approver's password")
        approver = require_approver(station, approver_password)
    if login and UserAccount.get_or_none(UserAccount.login == login.lower()):
        raise UserError("the login {login} is taken", login=login)
    with station.session.atomic():
        account = UserAccount.create(
            login=(login or _login_from_name(full_name)).lower(),
            full_name=nfc(full_name.strip()),
            position=nfc(position.strip()),
            role=role,
            password_hash=hash_password(password),
            created_at=audit.now_iso(),
        )
        audit.record(
            AuditAction.USER_ADD,
            approver.login if approver else account.login,
            login=account.login,
            role=role,
        )
    return account


def set_active(
    station: Workstation, login: str, active: bool, approver_password: str
) -> UserAccount:
    approver = require_approver(station, approver_password)
    account = UserAccount.get_or_none(UserAccount.login == login)
    if account is None:
        raise UserError("no account {login}", login=repr(login))
    if not active and account.role == UserRole.APPROVER:
        others = UserAccount.select().where(
            (UserAccount.role == UserRole.APPROVER)
            & UserAccount.active.is_true()
            & (UserAccount.id != account.id)
        )
        if not others.exists():
            raise UserError("the last active approver cannot be deactivated")
    with station.session.atomic():
        account.active = active
        account.save()
        audit.record(
            AuditAction.USER_ACTIVATE if active else AuditAction.USER_DEACTIVATE,
            approver.login,
            login=login,
        )
    return account


def change_password(station: Workstation, login: str, old_password: str, new_password: str) -> None:
    account = authenticate(station, login, old_password)
    _check_password(new_password)
    with station.session.atomic():
        account.password_hash = hash_password(new_password)
        account.save()
        audit.record(AuditAction.USER_PASSWORD, account.login)


def reset_password(
    station: Workstation, login_or_name: str, new_password: str, approver_password: str
) -> UserAccount:
    """An approver sets a colleague's forgotten password (never their own old one checked)."""
    approver = require_approver(station, approver_password)
    account = find(login_or_name)
    _check_password(new_password)
    with station.session.atomic():
        account.password_hash = hash_password(new_password)
        account.save()
        audit.record(AuditAction.USER_RESET_PASSWORD, approver.login, login=account.login)
    return account


def accounts() -> list[Account]:
    """Every account, oldest first."""
    return [Account.of(row) for row in UserAccount.select().order_by(UserAccount.id)]


def sign_in(
    station: Workstation,
    login_or_name: str,
    password: str,
    meanwhile: Callable[[Account], object] | None = None,
    begun: PendingSignIn | None = None,
) -> Account:
    """Who is working, once their password is right (the throttle and the log as authenticate,
    `meanwhile` and `begun` too)."""
    return Account.of(authenticate(station, login_or_name, password, meanwhile, begun))


def create(station: Workstation, *args, **kwargs) -> Account:
    """`add` (same arguments), for screens: the new account as a plain object."""
    return Account.of(add(station, *args, **kwargs))
