"""DoFA's keys kept in a consolidating office's PostgreSQL database (keys.py "database"
storage): each sealed with age's passphrase encryption under DoFA's passphrase, as a setting
`sealed_key.<name>` holding the age file in base64 (`base64 -d | age -d` opens it).

Every PC of the office signs and decrypts with the same keys and none keeps them in clear.
They are opened once per session (a command, a run of the desktop app) and kept in memory
only until the profile is closed (`lock`).
"""

from __future__ import annotations

import base64

from app.models import Setting
from app.services.core.errors import UserError

# age_passphrase (and with it the cryptography library) is imported where a key is sealed or
# opened: opening a profile calls lock(), and a desktop start paints sooner without it.

PREFIX = "sealed_key."
MIN_PASSPHRASE_LENGTH = 10
_unlocked: dict[str, bytes] = {}  # this session's opened keys, by name
# The passphrase that opened them: a key this session seals anew (a rotation, a restore) is
# sealed with the same one, so every PC of the office opens it with the passphrase it knows.
_passphrase: str | None = None


class PassphraseNeededError(UserError):
    """A key is protected by a passphrase and no (or a wrong) passphrase was given."""


def lock() -> None:
    """Forget the keys this session opened (another profile or session starts)."""
    global _passphrase
    _unlocked.clear()
    _passphrase = None


def is_unlocked() -> bool:
    return bool(_unlocked)


def require_passphrase(passphrase: str | None) -> str:
    """A passphrase long enough to seal DoFA's keys with."""
    if not passphrase or len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseNeededError(
            "the office's keys are kept in its database protected by DoFA's passphrase of at "
            "least {count} characters; give it (PLANTRACKER_PASSPHRASE for scripts)",
            count=MIN_PASSPHRASE_LENGTH,
        )
    return passphrase


def seal(name: str, plain: bytes, passphrase: str | None) -> None:
    global _passphrase
    passphrase = require_passphrase(_passphrase or passphrase)
    from app.services.keys import age_passphrase

    stored = age_passphrase.encrypt(plain, passphrase)
    Setting.put(PREFIX + name, base64.b64encode(stored).decode("ascii"))
    _unlocked[name] = plain
    _passphrase = passphrase


def unseal(name: str, passphrase: str | None, key: str, key_vi: str) -> bytes:
    """The key sealed as `name`; `key` / `key_vi`: how a refusal names it ("decryption",
    "khóa giải mã"), not by its slot."""
    global _passphrase
    if name in _unlocked:
        return _unlocked[name]
    row = Setting.get_or_none(Setting.key == PREFIX + name)
    if row is None:
        raise UserError(
            "the {key} key is missing from the office database; restore it from a key backup",
            key=key,
            key_vi=key_vi,
        )
    passphrase = passphrase or _passphrase  # the one that opened this session's other keys
    if not passphrase:
        raise PassphraseNeededError(
            "DoFA's keys in the office database are locked; give DoFA's passphrase "
            "(PLANTRACKER_PASSPHRASE for scripts)"
        )
    from app.services.keys import age_passphrase

    try:
        plain = age_passphrase.decrypt(base64.b64decode(row.value), passphrase)
    except age_passphrase.AgePassphraseError as exc:
        raise PassphraseNeededError("wrong passphrase for DoFA's keys") from exc
    _unlocked[name] = plain
    _passphrase = passphrase
    return plain


def discard(name: str) -> None:
    Setting.delete().where(Setting.key == PREFIX + name).execute()
    _unlocked.pop(name, None)


def discard_others(prefix: str, keep: str) -> None:
    """Remove the sealed keys named prefix… other than `keep` (older signing keys)."""
    Setting.delete().where(
        Setting.key.startswith(PREFIX + prefix) & (Setting.key != PREFIX + keep)
    ).execute()
    for name in [n for n in _unlocked if n.startswith(prefix) and n != keep]:
        del _unlocked[name]
