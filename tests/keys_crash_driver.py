"""Rotate the signing key, back the keys up or migrate a profile, and SIGKILL at a named point.

    python -m tests.keys_crash_driver rotate PROFILE POINT
    python -m tests.keys_crash_driver backup PROFILE POINT OUT
    python -m tests.keys_crash_driver migrate PROFILE POINT

POINT is one of ROTATE_POINTS, BACKUP_POINTS or MIGRATE_POINTS (or "none": run to the end).
The real code runs; only the calls around the chosen point are wrapped so that the process
kills itself there with SIGKILL (no handler, `finally` or atexit runs), as
tests/import_crash_driver.py does for imports. The key files are kept in files (no secret store),
protected by PASSPHRASE.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app.models import db
from app.services.keys import key_files, key_lifecycle, keys
from tests import workstations
from tests.import_crash_driver import die, wrap

PASSPHRASE = "cụm mật khẩu tệp khóa 2026"

ROTATE_POINTS = (
    "rotate_before_new_key",
    "rotate_during_new_key",  # the new key file written to a temporary name (files only)
    "rotate_after_new_key",  # the new key file in place, the database not yet switched
    "rotate_before_commit",
    "rotate_after_commit",  # the database names the new key; the old file is still there
    "rotate_after_old_removed",
)
BACKUP_POINTS = (
    "backup_before_write",
    "backup_before_rename",  # the new backup complete under a temporary name
    "backup_after_rename",
)
MIGRATE_POINTS = ("migrate_before_rename",)  # the .bak copy complete under a temporary name


def _die_on_replace(target_test) -> None:
    """Die instead of os.replace(source, target) when target_test(target) holds."""
    replace = os.replace

    def replace_or_die(source, target, *args, **kwargs):
        if target_test(Path(target)):
            die()
        return replace(source, target, *args, **kwargs)

    os.replace = replace_or_die


def arm_rotate(chosen: str) -> None:
    # The new key goes to a file, or (where there is one) to the secret store.
    for owner, name in ((key_files, "write_private_file"), (keys.secrets, "set")):
        wrap(owner, name, "rotate_before_new_key", chosen)
        wrap(owner, name, "rotate_after_new_key", chosen, when="after")
    wrap(db.obj, "commit", "rotate_before_commit", chosen)
    wrap(db.obj, "commit", "rotate_after_commit", chosen, when="after")
    wrap(keys, "discard_signing_slot", "rotate_after_old_removed", chosen, when="after")
    if chosen == "rotate_during_new_key":
        _die_on_replace(lambda target: target.name.startswith(keys.KEY_NAME + "-"))


def arm_backup(chosen: str, out: Path) -> None:
    wrap(key_files, "write_private_file", "backup_before_write", chosen)
    wrap(key_files, "write_private_file", "backup_after_rename", chosen, when="after")
    if chosen == "backup_before_rename":
        _die_on_replace(lambda target: target == out)


def main(argv: list[str]) -> int:
    operation, folder, chosen = argv[0], Path(argv[1]), argv[2]
    points = {"rotate": ROTATE_POINTS, "backup": BACKUP_POINTS, "migrate": MIGRATE_POINTS}
    if chosen not in (*points.get(operation, ()), "none"):
        print(f"unknown operation or point: {operation} {chosen}", file=sys.stderr)
        return 2
    if operation == "migrate":
        if chosen != "none":
            _die_on_replace(lambda target: target.name.endswith(".bak"))
        workstations.use(folder)
        return 0
    station = workstations.use(folder)
    print("ready", flush=True)  # for bench/keys_kill_loop.py: the operation starts now
    if operation == "rotate":
        arm_rotate(chosen)
        record = key_lifecycle.rotate(station, PASSPHRASE)
        print(record.fingerprint)
    else:
        out = Path(argv[3])
        arm_backup(chosen, out)
        key_lifecycle.backup(station, out, PASSPHRASE, PASSPHRASE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
