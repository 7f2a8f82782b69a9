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
from collections.abc import Iterable, Iterator
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
    """Keep a bundle's evidence under its hashes, as store_bytes does, many files at a time
    (storing_received with nothing to do while the disk works)."""
    with storing_received(profile_folder, blobs, stored):
        pass


@contextlib.contextmanager
def storing_received(
    profile_folder: Path, blobs: Iterable[bytes], stored: list[Path]
) -> Iterator[None]:
    """Keep a bundle's evidence under its hashes while the caller's block runs.

    Each new file is written to a temporary name in its folder and synced to disk, all of
    them at once from a few threads (one after another, each sync waits for its own commit of
    the file system's journal; made together they share it); the caller's block runs
    meanwhile (the import writes the bundle's rows); then the writes are awaited and each file
    renamed into place, before the caller commits what refers to them. Nothing is
    under its real name before its bytes are on disk, and nothing at all if the block fails.
    `stored` gains each file as it is placed: the caller removes them if the bundle is refused
    after all. Where the store is the database, each goes in as a row, in the caller's
    transaction (a refused bundle's rows roll back with it).
    """
    if in_database():
        for data in blobs:
            _keep_in_database(data)
        yield
        return
    writing = []  # one task per new file: written under a temporary name and synced
    try:
        finals: set[Path] = set()
        for data in blobs:
            final = stored_path(profile_folder, hashlib.sha256(data).hexdigest())
            if final in finals or final.exists():
                continue
            finals.add(final)
            writing.append(_writer_pool().submit(_write_synced, final, data))
    except BaseException as exc:  # a damaged file read from the bundle
        _abandon(writing)
        _raise_explained(exc, profile_folder)
    try:
        yield
    except BaseException:
        _abandon(writing)
        raise
    try:
        written = _finish(writing)
    except BaseException as exc:  # a full disk: what was written is removed by _finish
        _raise_explained(exc, profile_folder)
    try:
        while written:
            temporary, final = written[0]
            _place(temporary, final)
            written.pop(0)
            stored.append(final)
    except BaseException as exc:
        _remove(written)
        _raise_explained(exc, profile_folder)


def _write_synced(final: Path, data: bytes) -> tuple[str, Path]:
    """The file written whole under a temporary name beside `final` and synced to disk; on
    a pool thread, so that the importing thread goes on while the disk works (creating the
    files alone took it 0.4-0.7 s of an import of 350 files while other programs used the
    disk). Nothing of it stays if it fails."""
    final.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=final.parent, prefix=TEMPORARY_PREFIX)
    try:
        with open(handle, "wb") as out:  # open for writing, which Windows needs to flush
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary, final


def _abandon(writing: list) -> None:
    """Let the writes end, then remove what they wrote."""
    try:
        written = _finish(writing)
    except BaseException:  # _finish removed what the others wrote
        return
    _remove(written)


def _remove(written: list[tuple[str, Path]]) -> None:
    for temporary, _ in written:
        Path(temporary).unlink(missing_ok=True)


def _raise_explained(exc: BaseException, profile_folder: Path) -> None:
    if not isinstance(exc, OSError):
        raise exc
    raise storage_errors.explain_disk(exc, profile_folder) or UserError(
        "could not store received evidence: {reason}", reason=exc.strerror
    ) from exc


_WRITER_THREADS = 8
_writer_pool_made = None  # made on first use and kept: an import writes a few files a bundle


def _writer_pool():
    """The threads that write and sync evidence files, several at a time (one after another,
    each sync waits for its own commit of the file system's journal; made together they share
    it). Kept between bundles: starting eight threads for each bundle cost an import of many
    bundles a tenth of its time on a busy machine, each start waiting for a free core."""
    global _writer_pool_made
    if _writer_pool_made is None:
        from concurrent.futures import ThreadPoolExecutor  # not loaded at every start

        _writer_pool_made = ThreadPoolExecutor(_WRITER_THREADS, thread_name_prefix="evidence")
    return _writer_pool_made


def _finish(writing: list) -> list[tuple[str, Path]]:
    """Wait for every write; (temporary, final) of each. When one failed, what the others
    wrote is removed and the first failure raised."""
    written, failed = [], None
    for future in writing:
        try:
            written.append(future.result())
        except BaseException as exc:
            failed = failed or exc
    if failed is not None:
        _remove(written)
        raise failed
    return written


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
