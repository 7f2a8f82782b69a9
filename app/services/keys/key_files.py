"""Key files in the profile's keys folder, for where no secret store keeps them: readable by
their owner only, each an age passphrase-encrypted file that `age -d` opens. A file in an older
protection is rewritten in age's when it is opened."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services.core import event_log, files
from app.services.core.errors import UserError
from app.services.keys import age_passphrase


def write_key_file(path: Path, private_key: Ed25519PrivateKey, passphrase: str) -> None:
    """PKCS#8 PEM inside age passphrase encryption: `age -d FILE` shows the PEM."""
    pem = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_private_file(path, age_passphrase.encrypt(pem, passphrase))


def write_private_file(path: Path, data: bytes) -> None:
    """Replace a file only its owner may read: the old content until the new one is on disk."""
    try:
        # The keys folder is the owner's alone, like its files (the profile folder is too).
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            path.parent.chmod(0o700)
        files.write_atomically(path, data, 0o600)
    except OSError as exc:
        raise UserError("could not write {file}: {reason}", file=path, reason=exc.strerror) from exc


def open_key_file(path: Path, passphrase: str) -> bytes:
    """The plain content of a key file; a file in an older protection is rewritten in age's.

    Older files: PKCS#8 with PBKDF2 (signing key) and age files whose scrypt work factor
    pyrage chose per machine. Rewriting under the same name keeps the same key, so a crash
    leaves the old protection or the new one, both opening with the same passphrase.
    """
    data = path.read_bytes()
    if age_passphrase.is_age_file(data):
        plain = age_passphrase.decrypt(data, passphrase)
        if age_passphrase.work_factor_of(io.BytesIO(data)) != age_passphrase.WORK_FACTOR:
            _rewrite(path, plain, passphrase)
        return plain
    try:
        key = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except (ValueError, TypeError) as exc:
        raise age_passphrase.AgePassphraseError("wrong passphrase or not a key file") from exc
    plain = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    _rewrite(path, plain, passphrase)
    return plain


def _rewrite(path: Path, plain: bytes, passphrase: str) -> None:
    # Best effort: on a read-only profile the old protection still opens the key next time.
    with contextlib.suppress(UserError):
        write_private_file(path, age_passphrase.encrypt(plain, passphrase))
        event_log.info("key_file_rewritten", file=path.name, work_factor=age_passphrase.WORK_FACTOR)
