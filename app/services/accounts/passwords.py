"""Password hashing with scrypt (memory-hard), in a self-describing string."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading
import unicodedata

# 2^15 × 8 × 128 bytes = 32 MiB per hash: slow to brute-force, quick enough to sign in.
N, R, P = 2**15, 8, 1
MAXMEM = 64 * 1024 * 1024


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    secret = unicodedata.normalize("NFC", password).encode("utf-8")
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, maxmem=MAXMEM, dklen=32)


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = _derive(password, salt, N, R, P)
    encoded = [base64.b64encode(x).decode() for x in (salt, digest)]
    return f"scrypt${N}${R}${P}${encoded[0]}${encoded[1]}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    actual = _derive(password, base64.b64decode(salt), int(n), int(r), int(p))
    return hmac.compare_digest(actual, base64.b64decode(digest))


class PendingCheck:
    """verify_password running on another thread; `result()` waits for its answer.

    The key derivation is most of signing in and holds no Python lock while it runs, so a
    caller can get ready meanwhile what it will show once the password is right (and show
    nothing before). The password is checked with the same strength either way.
    """

    def __init__(self, password: str, stored: str):
        self._outcome: list = []
        self._thread = threading.Thread(
            target=self._check, args=(password, stored), name="password-check"
        )
        self._thread.start()

    def _check(self, password: str, stored: str) -> None:
        try:
            self._outcome.append(verify_password(password, stored))
        except BaseException as exc:  # handed back to the caller's thread
            self._outcome.append(exc)

    def result(self) -> bool:
        self._thread.join()
        if isinstance(self._outcome[0], BaseException):
            raise self._outcome[0]
        return self._outcome[0]
