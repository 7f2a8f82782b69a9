"""Automatic backups: on the first start of a day and on exit, into a folder the user chose
(a USB stick, a shared folder), each kept for a number of days.

The backups are whole-workstation backups (`backup.create_backup`), encrypted with a
passphrase the user chose once; it is kept in the OS secret store, so automatic backups need
one (where there is none, backups are made by hand, with the passphrase typed each time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from app.models import Setting
from app.models.dialect import is_postgresql
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction
from app.services.keys import keys, secrets
from app.services.workstation import backup
from app.services.workstation.profile import Workstation

FOLDER_SETTING = "backup.auto_folder"  # format: a setting's key
KEEP_SETTING = "backup.keep_days"  # format: a setting's key
PASSPHRASE_NAME = "backup-passphrase"
DEFAULT_KEEP_DAYS = 30
WARN_AFTER_DAYS = 7
_NAME = re.compile(r"^(?P<agency>[A-Z0-9]+)-(?P<stamp>\d{8}-\d{6})\.ptbackup$")


@dataclass(frozen=True)
class AutoBackupSettings:
    folder: Path | None
    keep_days: int

    @property
    def enabled(self) -> bool:
        return self.folder is not None


def _setting(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def settings() -> AutoBackupSettings:
    folder = _setting(FOLDER_SETTING)
    return AutoBackupSettings(
        Path(folder) if folder else None, int(_setting(KEEP_SETTING) or DEFAULT_KEEP_DAYS)
    )


def configure(folder: Path | None, keep_days: int, passphrase: str | None = None) -> None:
    """Turn automatic backups on (into `folder`, kept `keep_days`) or off (folder None)."""
    if folder is None:
        Setting.delete().where(Setting.key == FOLDER_SETTING).execute()
        if secrets.available():
            secrets.delete(keys.profile_id(), PASSPHRASE_NAME)
        audit.record(AuditAction.BACKUP_AUTO_OFF)
        return
    if not secrets.available():
        raise UserError(
            "automatic backups keep their passphrase in the computer's secret store, and this "
            "computer has none; make backups by hand instead"
        )
    if not Path(folder).is_dir():
        raise UserError("the folder {folder} does not exist", folder=folder)
    if not 1 <= keep_days <= 3650:
        raise UserError("backups are kept from 1 to 3650 days")
    stored = secrets.get(keys.profile_id(), PASSPHRASE_NAME)
    if passphrase is None and stored is None:
        raise UserError("automatic backups need a passphrase")
    if passphrase is not None:
        backup.check_passphrase(passphrase)
        secrets.set(keys.profile_id(), PASSPHRASE_NAME, passphrase)
    for key, value in ((FOLDER_SETTING, str(folder)), (KEEP_SETTING, str(keep_days))):
        Setting.put(key, value)
    audit.record(AuditAction.BACKUP_AUTO_ON, folder=str(folder), keep_days=keep_days)


def due_today(now: datetime | None = None) -> bool:
    """Automatic backups are on and none was made today (the first start of a day)."""
    now = now or datetime.now(audit.VIETNAM)
    if not settings().enabled or is_postgresql():
        return False
    last = backup.last_backup_at()
    return last is None or datetime.fromisoformat(last).date() < now.date()


def overdue(now: datetime | None = None) -> bool:
    """No backup at all, or none for more than WARN_AFTER_DAYS days: the user is warned.
    Never on the office's server, which is backed up there (see backup.refuse_shared)."""
    if is_postgresql():
        return False
    now = now or datetime.now(audit.VIETNAM)
    last = backup.last_backup_at()
    return last is None or now - datetime.fromisoformat(last) > timedelta(days=WARN_AFTER_DAYS)


def run(station: Workstation, now: datetime | None = None) -> Path:
    """Make an automatic backup now and remove this workstation's ones past their days."""
    now = now or datetime.now(audit.VIETNAM)
    chosen = settings()
    if chosen.folder is None:
        raise UserError("automatic backups are not set up")
    passphrase = secrets.get(keys.profile_id(), PASSPHRASE_NAME)
    if passphrase is None:
        raise UserError("the passphrase of automatic backups is missing; set them up again")
    out = chosen.folder / f"{station.agency_code}-{now:%Y%m%d-%H%M%S}.ptbackup"
    backup.create_backup(station, out, passphrase)
    prune(station, chosen.folder, chosen.keep_days, now)
    return out


def prune(station: Workstation, folder: Path, keep_days: int, now: datetime) -> list[Path]:
    """Remove this workstation's automatic backups older than keep_days (never the newest)."""
    own = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["agency"] == station.agency_code and path.is_file():
            made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=audit.VIETNAM)
            own.append((made, path))
    own.sort()
    removed = []
    for made, path in own[:-1]:
        if now - made > timedelta(days=keep_days):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
