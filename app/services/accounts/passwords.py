"""Password hashing with scrypt (memory-hard), in a self-describing string."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
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
