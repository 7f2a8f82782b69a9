"""One thin wrapper over the OS secret store (keyring), keyed by profile.

Where no secure store exists (a bare Linux box has only keyring's "fail" backend) callers fall
back to a passphrase-protected file; nothing ever falls back to plain text silently.
"""

from __future__ import annotations

import keyring
import keyring.errors
from keyring.backends import fail, null

from app.services.core.errors import UserError

SERVICE = "plantracker"


class SecretStoreError(UserError):
    """The OS secret store is missing, locked or refused the request."""


def _backends(backend) -> list:
    children = getattr(backend, "backends", None)
    return list(children) if children is not None else [backend]


def available() -> bool:
    """True when keyring has a real store (not the fail or null placeholder)."""
    usable = [
        b
        for b in _backends(keyring.get_keyring())
        if not isinstance(b, fail.Keyring | null.Keyring)
    ]
    return bool(usable)


def backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def get(profile_id: str, name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, f"{profile_id}/{name}")
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError("the OS secret store could not be read: {error}", error=exc) from exc


def set(profile_id: str, name: str, value: str) -> None:  # noqa: A001 - mirrors keyring's API
    try:
        keyring.set_password(SERVICE, f"{profile_id}/{name}", value)
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(
            "the OS secret store refused to save the key: {error}", error=exc
        ) from exc


def delete(profile_id: str, name: str) -> None:
    try:
        keyring.delete_password(SERVICE, f"{profile_id}/{name}")
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise SecretStoreError(
            "the OS secret store could not delete the key: {error}", error=exc
        ) from exc
