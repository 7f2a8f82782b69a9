"""Evidence files (and token-signed PDFs): kept once, named by their SHA-256.

The one way in and out of the evidence store; nothing else reads it. Where the data lives in
the profile's SQLite file the store is the profile's `evidence/` folder; where it lives in the
office's PostgreSQL database, several officers' PCs must all reach it, so it is a table of the
database (`evidence_blob`), written in the same transaction as the import or sign-off that
brings it. Why the database rather than a shared folder: docs/architecture.md.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from app.models import EvidenceBlob
from app.models.dialect import is_postgresql
from app.services.core import storage_errors
from app.services.core.errors import UserError
from app.services.core.strict_input import require_input_file
from app.services.core.wire import is_safe_file_name
from app.services.core.wire.fields import clean_file_name

EVIDENCE_DIR = "evidence"
MAX_BYTES = 20 * 1024 * 1024  # fits an email with room to spare
CHUNK = 1024 * 1024
TEMPORARY_PREFIX = ".incoming-"  # a copy under way; see workstation/leftovers.py
SYNC_BATCH = 32  # received files written, open and synced together


def in_database() -> bool:
    """Whether evidence is kept in the database (the office's server) rather than files."""
    return is_postgresql()


def stored_path(profile_folder: Path, sha256: str) -> Path:
    """Where the profile's folder store keeps a file (the SQLite profiles' store)."""
    return profile_folder / EVIDENCE_DIR / sha256[:2] / sha256


def _in_folder(profile_folder: Path, sha256: str) -> Path | None:
    """The file in the profile's folder store, if this store is one and holds it."""
    if in_database():
        return None
    path = stored_path(profile_folder, sha256)
    return path if path.is_file() else None


def _row(sha256: str) -> EvidenceBlob | None:
    # Also on SQLite: a workstation restored from a backup of the office's server holds the
    # office's evidence as rows of its own file.
    return EvidenceBlob.get_or_none(EvidenceBlob.sha256 == sha256)


def is_stored(profile_folder: Path, sha256: str) -> bool:
    if _in_folder(profile_folder, sha256) is not None:
        return True
    return EvidenceBlob.select().where(EvidenceBlob.sha256 == sha256).exists()


def read_bytes(profile_folder: Path, sha256: str) -> bytes:
    """The stored file's bytes; FileNotFoundError when this store does not hold it."""
    path = _in_folder(profile_folder, sha256)
    if path is not None:
        return path.read_bytes()
    row = _row(sha256)
    if row is None:
        raise FileNotFoundError(2, "not in the evidence store", sha256)
    return bytes(row.data)  # PostgreSQL hands back a memoryview


def for_bundle(profile_folder: Path, sha256: str) -> Path | bytes:
    """What a bundle packs for a stored file: the file itself, read only when packed, or the
    bytes from the database. FileNotFoundError when the store does not hold it."""
    path = _in_folder(profile_folder, sha256)
    return path if path is not None else read_bytes(profile_folder, sha256)


def stored_files(profile_folder: Path) -> list[Path]:
    """The folder store's files, relative to the profile (a backup copies them): whole files
    only, never a copy under way. Evidence kept in the database travels with the database."""
    store = profile_folder / EVIDENCE_DIR
    if not store.is_dir():
        return []
    return sorted(
        path.relative_to(profile_folder)
        for path in store.rglob("*")
        if path.is_file() and not path.name.startswith(TEMPORARY_PREFIX)
    )


def _keep_in_database(data: bytes) -> str:
    """Insert once (a second officer storing the same file at the same moment is no error);
    inside the caller's transaction when there is one, so it commits or rolls back with it."""
    sha256 = hashlib.sha256(data).hexdigest()
    EvidenceBlob.insert(sha256=sha256, size=len(data), data=data).on_conflict_ignore().execute()
    return sha256


def check_source(source: Path, max_bytes: int = MAX_BYTES) -> int:
    """The size of a file that may be attached: a readable regular file within the limit."""
    size = require_input_file(source).stat().st_size
    if size > max_bytes:
        size_mb, limit_mb = f"{size / 1024 / 1024:.1f}", f"{max_bytes / 1024 / 1024:.0f}"
        raise UserError(
            "{name} is {size} MB; evidence files may be at most {limit} MB. Attach a smaller "
            "file (scan at a lower resolution, or split it).",
            name=source.name,
            size=size_mb,
            size_vi=size_mb.replace(".", ","),  # Vietnamese writes 2,5 MB
            limit=limit_mb,
        )
    return size


def store(profile_folder: Path, source: Path, max_bytes: int = MAX_BYTES) -> tuple[str, int]:
    """Copy source into the store; returns (sha256, size). Refuses files over the limit."""
    size = check_source(source, max_bytes)
    if in_database():
        try:
            data = source.read_bytes()
        except OSError as exc:
            raise UserError(
                "cannot read {file}: {reason}", file=source, reason=exc.strerror
            ) from exc
        return _keep_in_database(data), len(data)
    target_dir = profile_folder / EVIDENCE_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    # Copy to a temporary file while hashing, then rename: a full disk or a crash never
    # leaves a half-written file under a real name.
    handle, temporary = tempfile.mkstemp(dir=target_dir, prefix=TEMPORARY_PREFIX)
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as inp:
            while chunk := inp.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha256 = digest.hexdigest()
        final = stored_path(profile_folder, sha256)
        final.parent.mkdir(exist_ok=True)
        if final.exists():
            os.unlink(temporary)
        else:
            os.replace(temporary, final)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise storage_errors.explain_disk(exc, profile_folder) or UserError(
            "could not copy {name} into the profile: {error}",
            name=source.name,
            error=exc.strerror,
        ) from exc
    return sha256, size


def store_bytes(profile_folder: Path, data: bytes) -> str:
    """Keep received evidence under its hash (written whole, then renamed); returns the hash."""
    if in_database():
        return _keep_in_database(data)
    store_received(profile_folder, [data], [])
    return hashlib.sha256(data).hexdigest()


def store_received(profile_folder: Path, blobs: Iterable[bytes], stored: list[Path]) -> None:
    """Keep a bundle's evidence under its hashes, as store_bytes does, many files at a time.

    Each new file is written to a temporary name in its folder; then a batch of them is
    synced to disk at once, from several threads, and only then renamed into place. One
    after another, each sync waits for its own commit of the file system's journal; made
    together, they share one (the import waited a fifth of its time on these syncs).
    Nothing is under its real name before its bytes are on disk. `stored` gains each file
    as it is placed: the caller removes them if the bundle is refused after all. Where the
    store is the database, each goes in as a row, in the caller's transaction (a refused
    bundle's rows roll back with it).
    """
    if in_database():
        for data in blobs:
            _keep_in_database(data)
        return
    pending: list[tuple[int, str, Path]] = []  # (open handle, temporary name, final path)
    try:
        for data in blobs:
            final = stored_path(profile_folder, hashlib.sha256(data).hexdigest())
            if final.exists() or any(final == p[2] for p in pending):
                continue
            final.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=final.parent, prefix=TEMPORARY_PREFIX)
            pending.append((handle, temporary, final))
            with open(handle, "wb", closefd=False) as out:
                out.write(data)
            if len(pending) == SYNC_BATCH:
                _sync_and_place(pending, stored)
        _sync_and_place(pending, stored)
    except BaseException as exc:  # a full disk, or a damaged file read from the bundle
        for handle, temporary, _ in pending:
            with contextlib.suppress(OSError):
                os.close(handle)
            Path(temporary).unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise
        raise storage_errors.explain_disk(exc, profile_folder) or UserError(
            "could not store received evidence: {reason}", reason=exc.strerror
        ) from exc


def _sync_and_place(pending: list[tuple[int, str, Path]], stored: list[Path]) -> None:
    """Sync the written files together, then rename each into place; empties `pending`."""
    if len(pending) > 1:
        from concurrent.futures import ThreadPoolExecutor  # not loaded at every start

        with ThreadPoolExecutor(min(len(pending), 8)) as pool:
            list(pool.map(os.fsync, [handle for handle, _, _ in pending]))
    elif pending:
        os.fsync(pending[0][0])
    while pending:
        handle, temporary, final = pending.pop(0)
        try:
            os.close(handle)
            _place(temporary, final)
        except OSError:
            Path(temporary).unlink(missing_ok=True)
            raise
        stored.append(final)


def _place(temporary: str, final: Path) -> None:
    os.replace(temporary, final)


def copy_target(folder: Path, name: str) -> Path:
    """Where a copy of an evidence file goes in `folder`: under its own name when that is a
    bare, safe file name, else under a cleaned one; never anywhere outside `folder` (a name
    that came in a bundle might be "../../x")."""
    target = folder / (name if is_safe_file_name(name) else clean_file_name(name))
    if target.resolve().parent != folder.resolve():
        raise UserError("{name} is not a safe file name", name=name)
    return target


def export_copy(profile_folder: Path, sha256: str, folder: Path, name: str) -> Path:
    """A copy of the stored file in `folder` under its name (see copy_target); returns it."""
    target = copy_target(folder, name)
    path = _in_folder(profile_folder, sha256)
    if path is not None:
        shutil.copyfile(path, target)
    else:
        target.write_bytes(read_bytes(profile_folder, sha256))
    return target
