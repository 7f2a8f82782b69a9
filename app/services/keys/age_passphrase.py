"""age passphrase encryption (age-encryption.org/v1, one scrypt stanza) with a fixed work factor.

Every key file and key backup is one of these, so the stock `age -d` opens it with the
passphrase. We write the format ourselves rather than through pyrage because pyrage picks the
scrypt work factor by timing the machine (2^15 to 2^20 seen on one office PC: up to 17 s and
1 GiB per unlock) and its decryptor refuses factors it finds too slow for the machine it runs on,
which under load reads as "wrong passphrase" with the right one.

The file: a text header (version line, one `-> scrypt SALT LOG2N` stanza whose body is the file
key wrapped with ChaCha20-Poly1305 under scrypt(passphrase), a `---` line with an HMAC of the
header), then a 16-byte nonce and the payload in 64 KiB ChaCha20-Poly1305 chunks.
"""

from __future__ import annotations

import base64
import hmac
import io
import os
import re
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

VERSION_LINE = b"age-encryption.org/v1"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
# One guess costs about 0.37 s and 128 MiB here (bench/age_work_factor.py); the same on every
# machine, so a file written on a fast PC opens on a slow one.
WORK_FACTOR = 17
# What we accept when reading: files written by pyrage before went up to 2^20 (1 GiB).
MAX_WORK_FACTOR = 20
CHUNK = 64 * 1024
TAG = 16
_B64 = re.compile(rb"^[A-Za-z0-9+/]*$")
_MAX_HEADER = 4096


class AgePassphraseError(ValueError):
    """Not an age passphrase file, damaged, or the passphrase is wrong (age cannot tell)."""


def _b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _b64decode(text: bytes) -> bytes:
    # age uses unpadded standard base64 and refuses padding or stray characters.
    if not _B64.match(text) or len(text) % 4 == 1:
        raise AgePassphraseError("bad base64 in the header")
    return base64.b64decode(text + b"=" * (-len(text) % 4))


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _scrypt_key(passphrase: str, salt: bytes, log_n: int) -> bytes:
    scrypt = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=2**log_n, r=8, p=1)
    return scrypt.derive(passphrase.encode("utf-8"))


def _header_mac(file_key: bytes, header_to_dashes: bytes) -> bytes:
    return hmac.digest(_hkdf(file_key, b"", b"header"), header_to_dashes, "sha256")


def _chunks(source: BinaryIO, size: int) -> Iterator[tuple[bytes, bytes, int]]:
    """(nonce, chunk, counter) for each chunk of the payload; the last one's nonce is flagged.

    Reads one chunk ahead to know which is last: a full chunk followed by nothing is last, and
    an empty stream is one empty last chunk.
    """
    counter = 0
    chunk = source.read(size)
    while True:
        following = source.read(size) if len(chunk) == size else b""
        last = not following
        yield counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00"), chunk, counter
        if last:
            return
        counter += 1
        chunk = following


def encrypt_stream(
    source: BinaryIO, target: BinaryIO, passphrase: str, work_factor: int = WORK_FACTOR
) -> None:
    """Encrypt everything `source` holds into `target`, 64 KiB at a time."""
    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrapped = ChaCha20Poly1305(_scrypt_key(passphrase, salt, work_factor)).encrypt(
        b"\x00" * 12, file_key, None
    )
    header = (
        VERSION_LINE
        + b"\n-> scrypt "
        + _b64encode(salt)
        + b" "
        + str(work_factor).encode()
        + b"\n"
        + _b64encode(wrapped)  # 43 characters: one body line, shorter than 64 as age requires
        + b"\n---"
    )
    target.write(header + b" " + _b64encode(_header_mac(file_key, header)) + b"\n")
    payload_nonce = os.urandom(16)
    target.write(payload_nonce)
    aead = ChaCha20Poly1305(_hkdf(file_key, payload_nonce, b"payload"))
    for nonce, chunk, _ in _chunks(source, CHUNK):
        target.write(aead.encrypt(nonce, chunk, None))


def encrypt(data: bytes, passphrase: str, work_factor: int = WORK_FACTOR) -> bytes:
    out = io.BytesIO()
    encrypt_stream(io.BytesIO(data), out, passphrase, work_factor)
    return out.getvalue()


def _read_line(source: BinaryIO) -> bytes:
    line = source.readline(_MAX_HEADER)
    if not line.endswith(b"\n"):
        raise AgePassphraseError("the header is cut short")
    return line[:-1]


def work_factor_of(source: BinaryIO) -> int:
    """The scrypt work factor (log2 N) a passphrase file was written with; reads the header."""
    return _read_header(source)[1]


def _read_header(source: BinaryIO) -> tuple[bytes, int, bytes, bytes, bytes]:
    """(salt, log2 N, wrapped file key, header up to '---', MAC) of a passphrase file."""
    if _read_line(source) != VERSION_LINE:
        raise AgePassphraseError("not an age file")
    stanza = _read_line(source)
    parts = stanza.split(b" ")
    if parts[:2] != [b"->", b"scrypt"]:
        raise AgePassphraseError("not protected by a passphrase")
    if len(parts) != 4 or not re.fullmatch(rb"[1-9][0-9]?", parts[3]):
        raise AgePassphraseError("bad scrypt stanza")
    salt, log_n = _b64decode(parts[2]), int(parts[3])
    body = _read_line(source)
    wrapped = _b64decode(body)
    if len(salt) != 16 or len(wrapped) != 32:
        raise AgePassphraseError("bad scrypt stanza")
    mac_line = _read_line(source)
    if not mac_line.startswith(b"--- "):
        # A second stanza: age allows only the scrypt one in a passphrase file.
        raise AgePassphraseError("a passphrase file has exactly one stanza")
    header = b"\n".join((VERSION_LINE, stanza, body, b"---"))
    return salt, log_n, wrapped, header, _b64decode(mac_line[4:])


def decrypt_stream(
    source: BinaryIO, target: BinaryIO, passphrase: str, max_work_factor: int = MAX_WORK_FACTOR
) -> None:
    """Decrypt `source` into `target` chunk by chunk; AgePassphraseError on any failure.

    Chunks reach `target` only once authenticated, but a file cut short is noticed only at
    its end: write to a temporary target and use it only when this returns.
    """
    salt, log_n, wrapped, header, mac = _read_header(source)
    if log_n > max_work_factor:
        raise AgePassphraseError("the work factor is larger than this reader accepts")
    try:
        file_key = ChaCha20Poly1305(_scrypt_key(passphrase, salt, log_n)).decrypt(
            b"\x00" * 12, wrapped, None
        )
    except InvalidTag as exc:
        raise AgePassphraseError("wrong passphrase") from exc
    if not hmac.compare_digest(_header_mac(file_key, header), mac):
        raise AgePassphraseError("the header was changed")
    payload_nonce = source.read(16)
    if len(payload_nonce) != 16:
        raise AgePassphraseError("the file is cut short")
    aead = ChaCha20Poly1305(_hkdf(file_key, payload_nonce, b"payload"))
    for nonce, chunk, counter in _chunks(source, CHUNK + TAG):
        try:
            plain = aead.decrypt(nonce, chunk, None)
        except InvalidTag as exc:
            raise AgePassphraseError("the file is damaged or cut short") from exc
        if not plain and counter > 0:
            raise AgePassphraseError("an empty last chunk")  # the spec forbids it
        target.write(plain)


def decrypt(data: bytes, passphrase: str, max_work_factor: int = MAX_WORK_FACTOR) -> bytes:
    out = io.BytesIO()
    decrypt_stream(io.BytesIO(data), out, passphrase, max_work_factor)
    return out.getvalue()


def is_age_file(data: bytes) -> bool:
    return data.startswith(VERSION_LINE + b"\n")
