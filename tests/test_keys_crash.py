"""Crash-safe keys: `keys rotate`, `keys backup` and a migration's backup killed at each point.

tests/keys_crash_driver.py runs the real operation on an agency whose keys are in files (no
secret store) and SIGKILLs itself at a named point. Then: the database is intact; the key the
database names is there and opens; the state is the old one or the new one, never between; and
the office carries on: a report is signed and exported, DoFA imports it, the key rotates again.
A key backup being replaced is the earlier good backup or the new one, never a 0-byte file.
"""

from __future__ import annotations

import dataclasses
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.session import close_open_session
from app.services.exchange import bundle_import, trust
from app.services.keys import key_lifecycle, keys
from tests import workstations
from tests.exchange_support import (
    KEYRING,
    copy_profile,
    integrity,
    run_module,
    shared_keyring,
    use,
)
from tests.keys_crash_driver import BACKUP_POINTS, PASSPHRASE, ROTATE_POINTS
from tests.keys_world import (
    KeysWorld,
    backup_state_after_kill,
    build_keys_world,
    sign_and_export,
    signing_key_files,
    signing_secrets,
    state_after_kill,
)
from tests.test_migrations import EARLIER, _profile_from_dump

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

NEW_FROM = ROTATE_POINTS.index("rotate_after_commit")  # the database names the new key


@pytest.fixture(scope="module")
def worlds(tmp_path_factory):
    """The world with keys in passphrase files (no secret store) or in the secret store, each
    built when first asked for."""
    built: dict[str, KeysWorld] = {}

    def world_for(storage: str) -> KeysWorld:
        if storage not in built:
            root = tmp_path_factory.mktemp(f"keys-crash-{storage}")
            with shared_keyring(root / "keyring.json") as keyring:
                built[storage] = build_keys_world(root, keyring, storage)
        return built[storage]

    return world_for


def run_driver(world: KeysWorld, *args: str) -> subprocess.CompletedProcess:
    return run_module("tests.keys_crash_driver", *args, keyring=world.keyring)


def fresh(worlds, storage: str, tmp_path: Path, monkeypatch) -> KeysWorld:
    """The world, with a copy of its secret store of its own (a rotation changes it)."""
    world = worlds(storage)
    keyring = tmp_path / "keyring.json"
    shutil.copyfile(world.keyring, keyring)
    monkeypatch.setenv(KEYRING, str(keyring))
    return dataclasses.replace(world, keyring=str(keyring))


ROTATIONS = [
    (storage, point)
    for storage in ("file", "keyring")
    for point in ROTATE_POINTS
    if storage == "file" or point != "rotate_during_new_key"  # no temporary file there
]


@pytest.mark.parametrize(("storage", "point"), ROTATIONS)
def test_a_killed_rotation_leaves_the_old_key_or_the_new_one(
    storage, point, worlds, tmp_path, monkeypatch
):
    world = fresh(worlds, storage, tmp_path, monkeypatch)
    agency = copy_profile(world.agency, tmp_path / "syt")
    dofa = copy_profile(world.dofa, tmp_path / "dofa")

    done = run_driver(world, "rotate", str(agency), point)
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr.decode())

    station, state = state_after_kill(world, agency)  # raises when half done or lost
    assert state == ("new" if ROTATE_POINTS.index(point) >= NEW_FROM else "old"), point
    current = keys.current_key(station.agency).fingerprint

    # The office carries on: signs, exports, and DoFA accepts the bundle.
    bundle = sign_and_export(station, "2026-Y", tmp_path / "out")
    dofa_station = use(dofa)
    (result,) = bundle_import.import_bundles(dofa_station, [bundle])
    assert result.status == "imported", result
    assert trust.enrolled_key(station.agency).fingerprint == current
    # A later rotation works and leaves one key: the leftovers of the crash are gone.
    station = use(agency)
    record = key_lifecycle.rotate(station, PASSPHRASE)
    slot = f"signing-key-{record.fingerprint}"
    if storage == "file":
        assert [p.name for p in signing_key_files(agency)] == [f"{slot}.age"]
    else:
        assert signing_key_files(agency) == []
        assert signing_secrets(Path(world.keyring), keys.profile_id()) == [slot]
    close_open_session()
    shutil.rmtree(tmp_path)


@pytest.mark.parametrize("point", BACKUP_POINTS)
def test_a_killed_backup_never_spoils_the_earlier_backup(point, worlds, tmp_path, monkeypatch):
    world = fresh(worlds, "file", tmp_path, monkeypatch)
    agency = copy_profile(world.agency, tmp_path / "syt")
    out = tmp_path / "usb" / "keys.backup"
    out.parent.mkdir()
    shutil.copyfile(world.good_backup, out)

    done = run_driver(world, "backup", str(agency), point, str(out))
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr.decode())

    state = backup_state_after_kill(out, world.good_backup.read_bytes())
    assert state == ("new" if point == "backup_after_rename" else "old"), point
    station = use(agency)
    left = list(out.parent.glob(".keys.backup.*.part"))
    assert len(left) == (1 if point == "backup_before_rename" else 0)
    key_lifecycle.backup(station, out, PASSPHRASE, PASSPHRASE)  # done again: whole, no leftover
    assert [p.name for p in out.parent.iterdir()] == ["keys.backup"]
    restored = key_lifecycle.restore(station, out, PASSPHRASE, PASSPHRASE)
    assert restored["signing_fingerprint"] == world.old_fingerprint
    assert keys.fingerprint(keys.load_signing_key(agency, PASSPHRASE).public_key()) == (
        world.old_fingerprint
    )
    close_open_session()


def test_a_migration_killed_while_backing_up_leaves_no_false_backup(worlds, tmp_path, monkeypatch):
    world = fresh(worlds, "file", tmp_path, monkeypatch)
    folder = _profile_from_dump(EARLIER[-1], tmp_path / "old")

    done = run_driver(world, "migrate", str(folder), "migrate_before_rename")
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr.decode())

    assert not list(folder.glob("*.bak"))  # the copy never got a name that says it is whole
    assert [p.name for p in folder.glob(".*.part")]
    workstations.use(folder)  # the next start migrates, with a whole backup
    close_open_session()
    (backup,) = folder.glob("*.bak")
    assert integrity(backup) == "ok"
    assert not list(folder.glob(".*.part"))
