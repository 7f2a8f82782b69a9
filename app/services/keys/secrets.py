"""One thin wrapper over the OS secret store (keyring), keyed by profile.

Where no secure store exists (a bare Linux box has only keyring's "fail" backend) callers fall
back to a passphrase-protected file; nothing ever falls back to plain text silently.
"""

from __future__ import annotations

from types import ModuleType

from app.services.core.errors import UserError

SERVICE = "plantracker"


class SecretStoreError(UserError):
    """The OS secret store is missing, locked or refused the request."""


def _keyring() -> ModuleType:
    """keyring, imported at first use: it pulls in urllib, ssl and email (40 ms), which a
    command that touches no secret (`--version`, `agencies`) should not pay for."""
    import keyring
    import keyring.errors

    return keyring


def _backends(backend) -> list:
    children = getattr(backend, "backends", None)
    return list(children) if children is not None else [backend]


def available() -> bool:
    """True when keyring has a real store (not the fail or null placeholder)."""
    keyring = _keyring()
    from keyring.backends import fail, null

    usable = [
        b
        for b in _backends(keyring.get_keyring())
        if not isinstance(b, fail.Keyring | null.Keyring)
    ]
    return bool(usable)


def backend_name() -> str:
    keyring = _keyring()
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def get(profile_id: str, name: str) -> str | None:
    keyring = _keyring()
    try:
        return keyring.get_password(SERVICE, f"{profile_id}/{name}")
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError("the OS secret store could not be read: {error}", error=exc) from exc


def set(profile_id: str, name: str, value: str) -> None:  # noqa: A001 - mirrors keyring's API
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, f"{profile_id}/{name}", value)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(
            "the OS secret store refused to save the key: {error}", error=exc
        ) from exc


def delete(profile_id: str, name: str) -> None:
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, f"{profile_id}/{name}")
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(
            "the OS secret store could not delete the key: {error}", error=exc
        ) from exc


# The password of the office's PostgreSQL server, where libpq has none of its own (PGPASSWORD,
# ~/.pgpass): under a service of its own, the user being the database's URL (no password in it).
SERVER_SERVICE = "plantracker-postgresql"


def server_password(url: str) -> str | None:
    keyring = _keyring()
    try:
        return keyring.get_password(SERVER_SERVICE, url)
    except keyring.errors.KeyringError:
        return None  # libpq's own places still apply; the server says if none has it


def set_server_password(url: str, password: str) -> None:
    keyring = _keyring()
    try:
        keyring.set_password(SERVER_SERVICE, url, password)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(
            "the OS secret store refused to save the password: {error}", error=exc
        ) from exc
