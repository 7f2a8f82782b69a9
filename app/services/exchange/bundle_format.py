"""The .ptbundle file: an age-encrypted zip with a signed manifest (docs/bundle-format.md).

This module packs and opens bundles and checks everything that needs no database: the age
layer, the zip's paths and sizes, the manifest's format, its signature and every file's size
and SHA-256. What the sender may send (enrolment, revocation) is decided by the importer.
"""

from __future__ import annotations

import base64
import errno
import hashlib
import io
import logging
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.services.core.errors import UserError
from app.services.core.files import ensure_replaceable, write_atomically
from app.services.core.wire import Manifest, WireError, canonical_bytes
from app.services.core.wire.fields import load_json
from app.services.core.wire.manifest import BUNDLE_FORMAT, listing
from app.services.exchange.bundle_archive import BundleRejectedError, read_zip

if TYPE_CHECKING:
    from app.services.core.wire import ReportContent

FORMAT_VERSION = BUNDLE_FORMAT
SUFFIX = ".ptbundle"
AGE_HEADER = b"age-encryption.org/v1\n"
MAX_FILE_BYTES = 1024 * 1024 * 1024  # the encrypted file
Progress = Callable[[int, int], None]  # (done, total)
log = logging.getLogger("plantracker.exchange")  # into the profile's log file


def refusal(file_name: str, exc: WireError, what: str = "manifest") -> BundleRejectedError:
    """A parser's refusal, said of the file it was found in."""
    detail = {  # format: JSON keys
        "code": exc.code,
        "file": file_name,
        "detail": str(exc),
        "detail_vi": exc.message("vi"),
    }
    if what == "manifest":
        return BundleRejectedError("{file} has an unreadable manifest: {detail}", **detail)
    return BundleRejectedError(
        "{file}: report {period} cannot be read: {detail}", period=what, **detail
    )


def as_refusal(file_name: str, exc: Exception) -> BundleRejectedError:
    """Whatever stopped the import of one file, as that file's named refusal."""
    if isinstance(exc, BundleRejectedError):
        return exc
    if isinstance(exc, WireError):
        return refusal(file_name, exc)
    if isinstance(exc, UserError):  # e.g. the disk is full: said in the file's own words
        return BundleRejectedError(
            "{file} could not be imported: {detail}",
            code="not_imported",
            file=file_name,
            detail=str(exc),
            detail_vi=exc.message("vi"),
        )
    # A fault of ours must not stop the batch nor hide the files before it; the log keeps it.
    log.error("importing %s failed", file_name, exc_info=exc)
    return BundleRejectedError(
        "{file} could not be imported: {detail}",
        code="not_imported",
        file=file_name,
        detail=type(exc).__name__,
    )


@dataclass
class OpenedBundle:
    """A decrypted bundle whose zip, manifest listing and file hashes have been checked; who
    signed it is not known yet, so its manifest is read only through `claimed`."""

    manifest_bytes: bytes
    manifest_sha256: str
    files: Mapping[str, bytes]  # read from the decrypted bundle's temporary file on demand

    def claimed(self, name: str) -> object:
        """A manifest field as the file claims it, before any signature check: for finding
        the key to check with, never for acting on."""
        try:
            return load_json(self.manifest_bytes, "bad_manifest").get(name)
        except WireError:
            return None


@dataclass(frozen=True)
class CheckedReport:
    """A report whose signature was checked, and which was read, by the process that read the
    bundle ahead (exchange/read_ahead.py): with which key, and what it read."""

    signature_file: str
    public_key_pem: str
    sha256: str
    text: str


@dataclass
class Kept:
    """A bundle as a preview (or the worker reading ahead) decrypted and parsed it, for the
    import that follows.

    The import uses these bytes only while the file on disk is unchanged, and runs again every
    check that depends on this workstation (keys, revocations, plans, signatures): what it
    saves is the decryption, the zip, the file hashes and the parsing of the reports, and the
    signature check of a report the worker checked with the key the import finds.
    """

    stamp: tuple[int, int]  # the file's size and modification time when it was read
    opened: OpenedBundle
    # content SHA-256 → content, parsed after its signature was checked
    parsed: dict[str, ReportContent] = field(default_factory=dict)
    # content file name → what the worker reading ahead checked and read of it
    checked: dict[str, CheckedReport] = field(default_factory=dict)


KeptBundles = dict[Path, Kept]


def file_stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def seal(
    manifest_fields: dict,
    files: dict[str, bytes | Path],
    signing_key: Ed25519PrivateKey,
    recipients: list[str],
    progress: Progress | None = None,
) -> tuple[bytes, dict, str]:
    """The encrypted bundle's bytes, its manifest and the manifest's SHA-256.

    The zip is built in memory and encrypted there: the unencrypted report texts and evidence
    never touch a disk outside the profile (an output folder may be a USB stick).
    """
    listed = []
    for path, content in sorted(files.items()):
        data = content.read_bytes() if isinstance(content, Path) else content
        listed.append({"path": path, "size": len(data), "sha256": sha256_hex(data)})
    manifest = {**manifest_fields, "format": FORMAT_VERSION, "files": listed}
    manifest_bytes = canonical_bytes(manifest)
    signature = signing_key.sign(manifest_bytes)
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("manifest.json", manifest_bytes, zipfile.ZIP_DEFLATED)
        archive.writestr("manifest.sig", signature, zipfile.ZIP_STORED)
        for done, path in enumerate(sorted(files), start=1):
            content = files[path]
            data = content.read_bytes() if isinstance(content, Path) else content
            method = zipfile.ZIP_STORED if path.startswith("evidence/") else zipfile.ZIP_DEFLATED
            archive.writestr(path, data, method)
            if progress:
                progress(done, len(files))
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    sealed = pyrage.encrypt(plain.getvalue(), parsed)
    return sealed, manifest, sha256_hex(manifest_bytes)


def pack(
    out: Path,
    manifest_fields: dict,
    files: dict[str, bytes | Path],
    signing_key: Ed25519PrivateKey,
    recipients: list[str],
    progress: Progress | None = None,
) -> tuple[dict, str]:
    """Write an encrypted bundle; returns (manifest, its SHA-256). Atomic: temp, then rename."""
    ensure_replaceable(out)
    sealed, manifest, manifest_sha = seal(manifest_fields, files, signing_key, recipients, progress)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(out, sealed)
    return manifest, manifest_sha


def decrypt(
    path: Path, identities: list, scratch_folder: Path | None = None, in_memory: bool = False
) -> BinaryIO:
    """The zip inside the age layer as an open, unnamed temporary file, or a named refusal.

    Decrypted 64 KiB at a time into a file that has no name (removed by the system when it is
    closed, or when the process dies), so a bundle of up to MAX_FILE_BYTES never sits whole in
    memory and its plain content never outlives the import. `scratch_folder` is the profile
    folder: plain content stays on the profile's disk, never the system's temporary folder.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(len(AGE_HEADER))
    except OSError as exc:
        raise BundleRejectedError(
            "cannot read {file}: {reason}", code="unreadable", file=path.name, reason=exc.strerror
        ) from exc
    if size == 0:
        raise BundleRejectedError("{file} is empty", code="empty", file=path.name)
    if size > MAX_FILE_BYTES:
        raise BundleRejectedError(
            "{file} is larger than any bundle may be", code="too_large", file=path.name
        )
    if head != AGE_HEADER:
        raise BundleRejectedError(
            "{file} is not a Plan Tracker bundle", code="not_a_bundle", file=path.name
        )
    # In memory for a caller that holds the whole content in memory anyway (the worker that
    # reads bundles ahead, for bundles of a bounded size): nothing of it reaches a disk.
    plain = io.BytesIO() if in_memory else _scratch_file(scratch_folder)
    try:
        with path.open("rb") as source:
            try:
                pyrage.decrypt_io(source, plain, identities)
            except OSError as exc:
                if exc.errno is not None:  # the disk, not the bundle: explained by the caller
                    raise
                # A payload chunk that fails its check surfaces from the stream as an
                # OSError without an errno ("decryption error").
                raise pyrage.DecryptError(str(exc)) from exc
        plain.seek(0)
        return plain
    except pyrage.DecryptError as exc:
        plain.close()
        if "No matching keys" in str(exc):
            raise BundleRejectedError(
                "{file} was not encrypted for this workstation (it is meant for someone else)",
                code="wrong_recipient",
                file=path.name,
            ) from exc
        raise BundleRejectedError(
            "{file} is damaged: it was cut short or changed on the way (decryption failed)",
            code="damaged",
            file=path.name,
        ) from exc
    except BaseException:
        plain.close()
        raise


def _scratch_file(folder: Path | None) -> BinaryIO:
    """An unnamed temporary file in `folder`; in memory where the folder is read-only (a
    profile on write-protected media can still preview bundles; plain content never goes to
    another disk)."""
    try:
        # Returned open: the archive reads it; it closes when the opened bundle is dropped.
        return tempfile.TemporaryFile(dir=folder, prefix=".bundle-")  # noqa: SIM115
    except OSError as exc:
        if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        return io.BytesIO()


def open_bundle(
    path: Path, identities: list, scratch_folder: Path | None = None, in_memory: bool = False
) -> OpenedBundle:
    """Decrypt and check the zip and manifest structure (not yet who signed it)."""
    files = read_zip(decrypt(path, identities, scratch_folder, in_memory), path.name)
    manifest_bytes = files.get("manifest.json")
    if manifest_bytes is None or "manifest.sig" not in files:
        raise BundleRejectedError(
            "{file} has no signed manifest", code="no_manifest", file=path.name
        )
    try:
        version, listed = listing(manifest_bytes)
    except WireError as exc:
        raise refusal(path.name, exc) from exc
    declared = {entry.path: entry for entry in listed}
    if version > FORMAT_VERSION:
        raise BundleRejectedError(
            "{file} was made by a newer Plan Tracker (bundle format {version}); update this "
            "workstation first",
            code="newer_format",
            file=path.name,
            version=version,
        )
    for name in files:
        if name not in ("manifest.json", "manifest.sig") and name not in declared:
            raise BundleRejectedError(
                "{file} holds {path}, which its manifest does not list",
                code="unlisted_file",
                file=path.name,
                path=name,
            )
    for name, entry in declared.items():
        if name not in files:
            raise BundleRejectedError(
                "{file} lacks {path}, which its manifest lists",
                code="file_missing",
                file=path.name,
                path=name,
            )
        size, sha256 = files.measure(name, entry.size)
        if size > entry.size:
            raise BundleRejectedError(
                "{path} in {file} is larger than its manifest declares",
                code="larger_than_declared",
                file=path.name,
                path=name,
            )
        if size != entry.size or sha256 != entry.sha256:
            raise BundleRejectedError(
                "{path} in {file} does not match its hash in the manifest",
                code="hash_mismatch",
                file=path.name,
                path=name,
            )
    return OpenedBundle(manifest_bytes, sha256_hex(manifest_bytes), files)


def verify_manifest(
    opened: OpenedBundle, public_key: Ed25519PublicKey, sender: Mapping[str, str], file_name: str
) -> Manifest:
    """Check the signature over the manifest's bytes as received, then read them. `sender`
    names the signer for the refusal: {"sender": …} and, where it differs, {"sender_vi": …}."""
    try:
        public_key.verify(opened.files["manifest.sig"], opened.manifest_bytes)
    except InvalidSignature as exc:
        raise BundleRejectedError(
            "{file}: the signature does not match {sender}'s key",
            code="bad_signature",
            file=file_name,
            **sender,
        ) from exc
    try:
        return Manifest.parse(opened.manifest_bytes)
    except WireError as exc:
        raise refusal(file_name, exc) from exc


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
