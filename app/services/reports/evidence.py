"""Evidence files: copied into the profile once, named by their SHA-256."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from app.services.core import storage_errors
from app.services.core.errors import UserError
from app.services.core.strict_input import require_input_file
from app.services.core.wire import is_safe_file_name
from app.services.core.wire.fields import clean_file_name

EVIDENCE_DIR = "evidence"
MAX_BYTES = 20 * 1024 * 1024  # fits an email with room to spare
CHUNK = 1024 * 1024
TEMPORARY_PREFIX = ".incoming-"  # a copy under way; see workstation/leftovers.py


def stored_path(profile_folder: Path, sha256: str) -> Path:
    return profile_folder / EVIDENCE_DIR / sha256[:2] / sha256


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
    """Copy source into the profile; returns (sha256, size). Refuses files over the limit."""
    size = check_source(source, max_bytes)
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
    sha256 = hashlib.sha256(data).hexdigest()
    final = stored_path(profile_folder, sha256)
    if final.exists():
        return sha256
    final.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=final.parent, prefix=TEMPORARY_PREFIX)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, final)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise storage_errors.explain_disk(exc, profile_folder) or UserError(
            "could not store received evidence: {reason}", reason=exc.strerror
        ) from exc
    return sha256


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
    shutil.copyfile(stored_path(profile_folder, sha256), target)
    return target
