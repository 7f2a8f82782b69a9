"""Bundles made by hand with the committed TEST keys (tests/corpus/keys.json).

bundle_format.pack cannot make a defect, so the corpus and the malformed-manifest tests put the
zip together themselves and encrypt it with pyrage, as pack does.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pyrage
from pyrage import x25519

from app.services.core.wire import canonical_bytes
from tests.corpus_station import CORPUS, load_keys, recipient, signing_key

ZIP_TIME = (2026, 12, 20, 9, 0, 0)  # fixed, so that the same entries give the same zip


def dofa_recipients() -> list[str]:
    committed = load_keys()["dofa"]
    return [recipient(committed["decryption_identity"]), recipient(committed["escrow_identity"])]


def encrypt_bytes(out: Path, data: bytes, recipients: list[str]) -> None:
    parsed = [x25519.Recipient.from_str(r) for r in recipients]
    out.write_bytes(pyrage.encrypt(data, parsed))


def zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    """The entries in this order; the signature stored, the rest deflated (as pack does)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            method = zipfile.ZIP_STORED if name == "manifest.sig" else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name, ZIP_TIME), data, method)
    return buffer.getvalue()


def encrypt_zip(out: Path, entries: list[tuple[str, bytes]], recipients: list[str]) -> None:
    encrypt_bytes(out, zip_bytes(entries), recipients)


def listed(files: dict[str, bytes]) -> list[dict]:
    """The manifest's `files`: every path with its size and SHA-256."""
    return [
        {"path": p, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
        for p, d in sorted(files.items())
    ]


def signed_manifest(manifest: dict, b64_key: str) -> list[tuple[str, bytes]]:
    data = canonical_bytes(manifest)
    return [("manifest.json", data), ("manifest.sig", signing_key(b64_key).sign(data))]


def valid_contents() -> dict[str, bytes]:
    """What the corpus's valid bundle holds (manifest.json, manifest.sig, reports, evidence)."""
    identity = x25519.Identity.from_str(load_keys()["dofa"]["decryption_identity"])
    plain = pyrage.decrypt((CORPUS / "valid.ptbundle").read_bytes(), [identity])
    archive = zipfile.ZipFile(io.BytesIO(plain))
    return {info.filename: archive.read(info) for info in archive.infolist()}


def forge(out: Path, manifest: dict, files: dict[str, bytes], signature: bytes | None) -> Path:
    """A bundle for DoFA holding this manifest and these files.

    signature None: the manifest is signed with SYT's (enrolled) test key, as a sender's own
    faulty software would; otherwise the given bytes are used as manifest.sig.
    """
    if signature is None:
        entries = signed_manifest(manifest, load_keys()["syt"]["signing_key"])
    else:
        entries = [("manifest.json", canonical_bytes(manifest)), ("manifest.sig", signature)]
    others = [(n, d) for n, d in files.items() if n not in ("manifest.json", "manifest.sig")]
    encrypt_zip(out, entries + others, dofa_recipients())
    return out


def _paths(node, prefix=()):
    """Every place in a JSON tree (dict keys and list indexes), the root excluded."""
    if not isinstance(node, dict | list):
        return []
    children = node.items() if isinstance(node, dict) else enumerate(node)
    found = []
    for key, child in children:
        found.append((*prefix, key))
        found += _paths(child, (*prefix, key))
    return found


def apply_edits(manifest: dict, edits) -> dict:
    """Each (selector, delete, value) picks a place of the tree, then drops or replaces it."""
    for selector, delete, value in edits:
        places = _paths(manifest)
        if not places:
            break
        *parents, last = places[selector % len(places)]
        parent = manifest
        for key in parents:
            parent = parent[key]
        if delete:
            del parent[last]
        else:
            parent[last] = value
    return manifest
