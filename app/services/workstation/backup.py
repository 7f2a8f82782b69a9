"""Whole-workstation backup and restore: one age file, encrypted with a passphrase (scrypt).

Inside (a zip, then age): `manifest.json` (what, whose, when, and every file with its size and
SHA-256), `profile/…` (a consistent copy of the database made with SQLite's online backup, so
it can be taken while the app runs; evidence; settings; key files) and, where the keys live in
the OS secret store, `secrets.json` with them — the backup is as secret as the keys.

Restore goes only into an empty folder (a new machine, a new disk): it never merges into a
live workstation. The restored profile gets a new profile id, so its secrets never share
keyring entries with the profile it came from; where the new computer has no secret store the
keys go to passphrase-protected files, locked with the backup's passphrase.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from base64 import b64decode
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import __version__
from app.models import Setting
from app.models.dialect import is_postgresql
from app.models.session import DatabaseSession
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.files import replacing
from app.services.core.vocabulary import AuditAction, KeyStorage
from app.services.keys import age_passphrase, keys, secrets
from app.services.reports import evidence
from app.services.workstation import profile
from app.services.workstation.profile import Workstation

BACKUP_KIND = "profile-backup"
FORMAT = 1
PROFILE_PREFIX = "profile/"
LAST_BACKUP_SETTING = "backup.last_at"  # format: a setting's key
CHUNK = 1024 * 1024
# Not part of a workstation's state: the live database files (copied through SQLite's online
# backup instead), migration copies, and the automatic backups themselves.
_SKIPPED_SUFFIXES = ("-wal", "-shm", "-journal", ".bak", ".lock", ".part")
_SKIPPED_FOLDERS = {"backups", "logs", evidence.EVIDENCE_DIR}  # evidence: from its store


def secret_names() -> list[str]:
    """The names under which this profile keeps secrets in the OS secret store."""
    return [keys.signing_slot()] + [f"{name}-identity" for name in (keys.DECRYPTION, keys.ESCROW)]


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, as its manifest says."""

    agency: str
    consolidating: bool
    created_at: str
    file_count: int
    size: int


def _profile_files(folder: Path) -> list[Path]:
    """The profile's own files (not the live database), relative to the folder; the evidence
    files as the evidence store lists them (its one way out)."""
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder)
        if not path.is_file() or relative.parts[0] in _SKIPPED_FOLDERS:
            continue
        if relative.name.startswith(profile.DB_NAME) or relative.name.endswith(_SKIPPED_SUFFIXES):
            continue
        found.append(relative)
    return sorted(found + evidence.stored_files(folder))


def _snapshot_database(folder: Path, copy: Path) -> None:
    """A consistent copy of the live database, even while another process writes to it."""
    source = sqlite3.connect(f"file:{profile.db_path(folder)}?mode=ro", uri=True)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def _stored_secrets() -> dict[str, str]:
    if keys.storage() != KeyStorage.KEYRING:
        return {}
    found = {}
    for name in secret_names():
        value = secrets.get(keys.profile_id(), name)
        if value is not None:
            found[name] = value
    return found


def refuse_shared() -> None:
    """A workstation on the office's PostgreSQL server holds none of the office's data in its
    folder: the office backs the server up with pg_dump (README, "The office server"). A copy
    of every agency's reports on each officer's USB stick would be neither whole (another
    officer imports meanwhile) nor restorable as the office's database."""
    if is_postgresql():
        raise UserError(
            "this workstation keeps its data in the office's PostgreSQL database, which is "
            'backed up on the server with pg_dump (see "The office server" in the README); '
            "`backup create` copies only a workstation whose data is in its own folder. Nothing "
            "was written."
        )


def check_passphrase(passphrase: str | None) -> str:
    if len(passphrase or "") < keys.MIN_PASSPHRASE_LENGTH:
        raise UserError(
            "the backup passphrase must have at least {count} characters",
            count=keys.MIN_PASSPHRASE_LENGTH,
        )
    return passphrase or ""


def _add_file(archive: zipfile.ZipFile, name: str, source: Path) -> dict:
    """Copy one file into the archive in chunks; its manifest entry."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open(source, "rb") as reading, archive.open(name, "w", force_zip64=True) as writing:
            while chunk := reading.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                writing.write(chunk)
    except OSError as exc:
        raise UserError("cannot read {file}: {reason}", file=source, reason=exc.strerror) from exc
    return {"path": name, "size": size, "sha256": digest.hexdigest()}


def create_backup(station: Workstation, out: Path, passphrase: str) -> BackupSummary:
    """Write the whole workstation to `out` (replaced only once the new file is complete).

    The archive is built in a temporary folder and encrypted in chunks, so a profile of any
    size is backed up without holding it in memory.
    """
    refuse_shared()
    passphrase = check_passphrase(passphrase)
    out = Path(out)
    if not out.parent.is_dir():
        raise UserError("the folder {folder} does not exist", folder=out.parent)
    folder = station.folder
    entries = []
    with tempfile.TemporaryDirectory(prefix="plantracker-backup-") as scratch:
        database_copy = Path(scratch) / profile.DB_NAME
        _snapshot_database(folder, database_copy)
        sources = [(Path(profile.DB_NAME), database_copy)]
        sources += [(relative, folder / relative) for relative in _profile_files(folder)]
        archive_path = Path(scratch) / "backup.zip"
        with zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive:
            for relative, source in sources:
                entries.append(_add_file(archive, PROFILE_PREFIX + relative.as_posix(), source))
            stored = _stored_secrets()
            if stored:
                archive.writestr("secrets.json", json.dumps(stored))
            manifest = {
                "format": FORMAT,
                "kind": BACKUP_KIND,
                "app_version": __version__,
                "agency": station.agency_code,
                "consolidating": station.consolidating,
                "created_at": audit.now_iso(),
                "key_storage": keys.storage(),
                "files": entries,
            }
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        try:
            with (
                replacing(out, 0o600) as temporary,
                open(archive_path, "rb") as plain,
                open(temporary, "wb") as encrypted,
            ):
                age_passphrase.encrypt_stream(plain, encrypted, passphrase)
        except OSError as exc:
            raise UserError(
                "could not write {file}: {reason}", file=out, reason=exc.strerror
            ) from exc
    size = out.stat().st_size
    now = manifest["created_at"]
    Setting.put(LAST_BACKUP_SETTING, now)
    audit.record(AuditAction.PROFILE_BACKUP, file=out.name, size=size)
    return BackupSummary(station.agency_code, station.consolidating, now, len(entries), size)


def last_backup_at() -> str | None:
    """When this workstation was last backed up (ISO time), or None."""
    row = Setting.get_or_none(Setting.key == LAST_BACKUP_SETTING)
    return row.value if row else None


# --- restore ---------------------------------------------------------------------------------


def _unreadable(path: Path) -> UserError:
    return UserError(
        "{file} could not be opened: the passphrase is wrong or the file is not a workstation "
        "backup. A lost passphrase cannot be recovered by anyone.",
        file=path.name,
    )


def _damaged(path: Path) -> UserError:
    return UserError("{file} is damaged or incomplete; nothing was restored", file=path.name)


def _open_backup(path: Path, passphrase: str, scratch: Path) -> zipfile.ZipFile:
    """Decrypt the backup into `scratch` in chunks and open the archive inside."""
    plain_path = scratch / "backup.zip"
    try:
        with open(path, "rb") as encrypted, open(plain_path, "wb") as plain:
            age_passphrase.decrypt_stream(encrypted, plain, passphrase)
    except OSError as exc:
        raise UserError(
            "cannot read {file}: {reason}", file=path.name, reason=exc.strerror
        ) from exc
    except age_passphrase.AgePassphraseError as exc:
        if "damaged" in str(exc) or "cut short" in str(exc):
            raise _damaged(path) from exc
        raise _unreadable(path) from exc
    try:
        return zipfile.ZipFile(plain_path)
    except zipfile.BadZipFile as exc:
        raise _unreadable(path) from exc


def _checked_manifest(path: Path, archive: zipfile.ZipFile) -> dict:
    manifest = json.loads(archive.read("manifest.json"))
    if manifest.get("kind") != BACKUP_KIND:
        raise _unreadable(path)
    if manifest.get("format") != FORMAT:
        raise UserError(
            "{file} was made by a newer Plan Tracker; install it to restore this backup",
            file=path.name,
        )
    names = [str(entry["path"]) for entry in manifest["files"]]
    if PROFILE_PREFIX + profile.DB_NAME not in names:
        raise _damaged(path)
    for name in names:
        relative = PurePosixPath(name[len(PROFILE_PREFIX) :])
        unsafe = relative.is_absolute() or ".." in relative.parts or not relative.parts
        if not name.startswith(PROFILE_PREFIX) or unsafe:
            raise _damaged(path)
    return manifest


def _extract(path: Path, archive: zipfile.ZipFile, manifest: dict, staging: Path) -> dict:
    """Every listed file into `staging`, each checked against its size and SHA-256; the
    secrets, if the backup holds any."""
    for entry in manifest["files"]:
        target = staging / entry["path"][len(PROFILE_PREFIX) :]
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        with archive.open(entry["path"]) as reading, open(target, "wb") as writing:
            while chunk := reading.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                writing.write(chunk)
        if size != entry["size"] or digest.hexdigest() != entry["sha256"]:
            raise _damaged(path)
        if target.parent.name == keys.KEY_FOLDER.name:
            target.chmod(0o600)  # owner-only, as the originals were
    names = set(archive.namelist())
    return json.loads(archive.read("secrets.json")) if "secrets.json" in names else {}


def _require_empty(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError(
            "{folder} is not empty; a backup is restored only into a new, empty folder",
            folder=folder,
        )


def _restore_secrets(folder: Path, stored: dict[str, str], passphrase: str) -> None:
    """Put the keys in this computer's secret store under a new profile id, else in files."""
    Setting.put("profile_id", uuid.uuid4().hex)
    if not stored:
        return  # the keys came as passphrase-protected files, already in place
    if secrets.available():
        for name, value in stored.items():
            secrets.set(keys.profile_id(), name, value)
        return
    # No secret store here: the keys go to files locked with the backup's passphrase.
    signing_key = stored[keys.signing_slot()]
    Setting.put(keys.STORAGE_SETTING, KeyStorage.FILE)
    keys.store_signing_key(
        folder, Ed25519PrivateKey.from_private_bytes(b64decode(signing_key)), passphrase
    )
    for name in (keys.DECRYPTION, keys.ESCROW):
        if f"{name}-identity" in stored:
            keys.store_age_identity(folder, name, stored[f"{name}-identity"], passphrase)


def restore_backup(folder: Path, path: Path, passphrase: str) -> Workstation:
    """Recreate the workstation of backup `path` in the empty `folder`; all or nothing.

    Everything is written to a hidden folder beside `folder` and renamed into place only
    when complete, so a failure (or a crash) leaves no half-restored profile.
    """
    folder = Path(folder)
    path = Path(path)
    _require_empty(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.restoring-", dir=folder.parent))
    try:
        with (
            tempfile.TemporaryDirectory(prefix=".plantracker-restore-", dir=folder.parent) as tmp,
            _open_backup(path, passphrase, Path(tmp)) as archive,
        ):
            try:
                manifest = _checked_manifest(path, archive)
                stored = _extract(path, archive, manifest, staging)
            except (KeyError, ValueError, TypeError, zipfile.BadZipFile) as exc:
                raise _damaged(path) from exc
        # Opening brings an older backup's schema up to date.
        with DatabaseSession.open_file(profile.db_path(staging)):
            _restore_secrets(staging, stored, passphrase)
            audit.record(
                AuditAction.PROFILE_RESTORE,
                file=path.name,
                agency=manifest["agency"],
                backup_created_at=manifest["created_at"],
            )
        if folder.exists():
            folder.rmdir()  # empty, checked above
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return profile.open_profile(folder)
