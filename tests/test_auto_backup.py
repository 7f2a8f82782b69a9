"""Automatic backups: when they are due, what they keep, when the user is warned."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.models import Setting
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.workstation import auto_backup, backup

PASSPHRASE = "sao-luu-tu-dong-1"
MORNING = datetime(2026, 12, 4, 8, 0, tzinfo=audit.VIETNAM)


def test_off_until_set_up_and_then_due_on_the_first_start_of_each_day(health, tmp_path):
    assert not auto_backup.due_today(MORNING)
    auto_backup.configure(tmp_path, 10, PASSPHRASE)
    assert auto_backup.due_today(MORNING)
    made = auto_backup.run(health, MORNING)
    assert made.name == "SYT-20261204-080000.ptbackup" and made.is_file()
    Setting.update(value=MORNING.isoformat()).where(Setting.key == "backup.last_at").execute()
    assert not auto_backup.due_today(MORNING + timedelta(hours=9))
    assert auto_backup.due_today(MORNING + timedelta(days=1))


def test_a_backup_made_automatically_restores(health, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    auto_backup.configure(usb, 10, PASSPHRASE)
    made = auto_backup.run(health)
    health.close()
    restored = backup.restore_backup(tmp_path / "restored", made, PASSPHRASE)
    assert restored.agency_code == "SYT"


def test_old_backups_go_after_their_days_but_the_newest_stays(health, tmp_path):
    auto_backup.configure(tmp_path, 7, PASSPHRASE)
    for days_ago in (30, 8, 6, 0):
        (tmp_path / f"SYT-{MORNING - timedelta(days=days_ago):%Y%m%d-%H%M%S}.ptbackup").touch()
    (tmp_path / "SCT-20261101-080000.ptbackup").touch()  # another workstation's: not ours
    (tmp_path / "ghi-chu.txt").touch()
    removed = auto_backup.prune(health, tmp_path, 7, MORNING)
    assert sorted(p.name for p in removed) == [
        "SYT-20261104-080000.ptbackup",
        "SYT-20261126-080000.ptbackup",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "SCT-20261101-080000.ptbackup",
        "SYT-20261128-080000.ptbackup",
        "SYT-20261204-080000.ptbackup",
        "ghi-chu.txt",
        "keyring.json",
        "syt",
    ]
    only_old = tmp_path / "old"
    only_old.mkdir()
    (only_old / "SYT-20250101-080000.ptbackup").touch()
    assert auto_backup.prune(health, only_old, 7, MORNING) == []  # the newest is kept


def test_the_user_is_warned_after_seven_days_without_a_backup(health, tmp_path):
    assert auto_backup.overdue(MORNING)  # never backed up
    backup.create_backup(health, tmp_path / "tay.ptbackup", PASSPHRASE)
    last = datetime.fromisoformat(backup.last_backup_at())
    assert not auto_backup.overdue(last + timedelta(days=7))
    assert auto_backup.overdue(last + timedelta(days=7, minutes=1))


@pytest.mark.parametrize(
    ("folder", "days", "passphrase", "expected"),
    [
        ("missing", 10, PASSPHRASE, "does not exist"),
        (".", 0, PASSPHRASE, "1 to 3650"),
        (".", 10, "ngan", "at least 10"),
        (".", 10, None, "need a passphrase"),
    ],
)
def test_bad_settings_are_refused_and_nothing_changes(health, tmp_path, folder, days,
                                                      passphrase, expected):  # fmt: skip
    with pytest.raises(UserError, match=expected):
        auto_backup.configure(tmp_path / folder, days, passphrase)
    assert not auto_backup.settings().enabled
