"""Crash-safe keys: `keys rotate`, `keys backup` and a migration's backup killed at each point.

tests/keys_crash_driver.py runs the real operation on an agency whose keys are in files (no
secret store) and SIGKILLs itself at a named point. Then: the database is intact; the key the
database names is there and opens; the state is the old one or the new one, never between; and
the office carries on: a report is signed and exported, DoFA imports it, the key rotates again.
A key backup being replaced is the earlier good backup or the new one, never a 0-byte file.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

import pytest

from app.models.connection import close_db
from app.services.exchange import bundle_export, bundle_import, trust
from app.services.keys import age_passphrase, key_lifecycle, keys
from app.services.reports import signoff
from app.services.workstation import profile
from tests.exchange_support import (
    KEYRING,
    _signer,
    copy_profile,
    integrity,
    make_dofa,
    run_module,
    shared_keyring,
    use,
)
from tests.keys_crash_driver import BACKUP_POINTS, PASSPHRASE, ROTATE_POINTS
from tests.reporting import PASSWORD, approver, complete_draft
from tests.test_migrations import EARLIER, _profile_from_dump

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

NEW_FROM = ROTATE_POINTS.index("rotate_after_commit")  # the database names the new key


@dataclass
class KeysWorld:
    root: Path
    keyring: str
    agency: Path  # closed SYT folder, keys in files, one report sent and imported by DoFA
    dofa: Path
    old_fingerprint: str
    good_backup: Path


def _sign_and_export(station, period: str, out: Path) -> Path:
    use(station)
    report = complete_draft(station, period, f"Kết quả {period}")
    signoff.sign(report, _signer().login, PASSWORD, station.folder, PASSPHRASE)
    _, path = bundle_export.export_bundle(station, out, PASSPHRASE)
    return path


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> KeysWorld:
    root = tmp_path_factory.mktemp("keys-crash")
    with shared_keyring(root / "keyring.json") as keyring:
        dofa = make_dofa(root / "dofa")
        kit = root / "SYT.ptkit"
        trust.export_kit(dofa, "SYT", kit)
        with mock.patch.object(keys.secrets, "available", lambda: False):
            station = trust.setup_from_kit(root / "syt", kit, PASSPHRASE)
        approver()
        assert keys.storage() == "file"
        old_fingerprint = keys.current_key(station.agency).fingerprint
        body = trust.export_enrolment(station, root / "syt.ptenroll", PASSPHRASE)
        use(dofa)
        trust.import_enrolment(root / "syt.ptenroll", body["fingerprint"])
        bundle = _sign_and_export(station, "2026-H1", root / "out")
        use(dofa)
        (result,) = bundle_import.import_bundles(dofa, [bundle])
        assert result.status == "imported", result
        use(station)
        key_lifecycle.backup(station, root / "good.backup", PASSPHRASE, PASSPHRASE)
        close_db()
        yield KeysWorld(
            root,
            keyring,
            copy_profile(station.folder, root / "syt-pristine"),
            copy_profile(dofa.folder, root / "dofa-pristine"),
            old_fingerprint,
            root / "good.backup",
        )


def run_driver(world: KeysWorld, *args: str) -> subprocess.CompletedProcess:
    return run_module("tests.keys_crash_driver", *args, keyring=world.keyring)


@pytest.fixture
def keys_world(world, monkeypatch) -> KeysWorld:
    monkeypatch.setenv(KEYRING, world.keyring)
    return world


def _key_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / keys.KEY_FOLDER).iterdir() if p.name.startswith("signing"))


@pytest.mark.parametrize("point", ROTATE_POINTS)
def test_a_killed_rotation_leaves_the_old_key_or_the_new_one(point, keys_world, tmp_path):
    world = keys_world
    agency = copy_profile(world.agency, tmp_path / "syt")
    dofa = copy_profile(world.dofa, tmp_path / "dofa")

    done = run_driver(world, "rotate", str(agency), point)
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr.decode())

    assert integrity(agency / profile.DB_NAME) == "ok"
    assert all(p.stat().st_size > 0 for p in (agency / keys.KEY_FOLDER).iterdir())
    station = use(agency)  # the next start
    current = keys.current_key(station.agency).fingerprint
    # What the kill left (a temporary file, the key the database does not name) is gone.
    assert [p.name for p in _key_files(agency)] == [f"signing-key-{current}.age"]
    assert not list((agency / keys.KEY_FOLDER).glob("*.part"))
    loaded = keys.load_signing_key(agency, PASSPHRASE)
    assert keys.fingerprint(loaded.public_key()) == current, f"{point}: key and record differ"
    statement = key_lifecycle.rotation_statement()
    if ROTATE_POINTS.index(point) >= NEW_FROM:
        assert current != world.old_fingerprint
        assert (statement["old_fingerprint"], statement["new_fingerprint"]) == (
            world.old_fingerprint,
            current,
        )
    else:
        assert current == world.old_fingerprint and statement is None

    # The office carries on: signs, exports, and DoFA accepts the bundle.
    bundle = _sign_and_export(station, "2026-Y", tmp_path / "out")
    dofa_station = use(dofa)
    (result,) = bundle_import.import_bundles(dofa_station, [bundle])
    assert result.status == "imported", result
    assert trust.enrolled_key(station.agency).fingerprint == current
    # A later rotation works and leaves one key file: the leftovers of the crash are gone.
    station = use(agency)
    record = key_lifecycle.rotate(station, PASSPHRASE)
    files = _key_files(agency)
    assert [p.name for p in files] == [f"signing-key-{record.fingerprint}.age"]
    close_db()
    shutil.rmtree(tmp_path)


def _backup_content(path: Path) -> dict:
    return json.loads(age_passphrase.decrypt(path.read_bytes(), PASSPHRASE))


@pytest.mark.parametrize("point", BACKUP_POINTS)
def test_a_killed_backup_never_spoils_the_earlier_backup(point, keys_world, tmp_path):
    world = keys_world
    agency = copy_profile(world.agency, tmp_path / "syt")
    out = tmp_path / "usb" / "keys.backup"
    out.parent.mkdir()
    shutil.copyfile(world.good_backup, out)
    good = out.read_bytes()

    done = run_driver(world, "backup", str(agency), point, str(out))
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr.decode())

    assert out.stat().st_size > 0
    content = _backup_content(out)
    assert content["kind"] == "key-backup" and content["agency"] == "SYT"
    if point == "backup_after_rename":
        assert out.read_bytes() != good
    else:
        assert out.read_bytes() == good
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
    close_db()


def test_a_migration_killed_while_backing_up_leaves_no_false_backup(keys_world, tmp_path):
    folder = _profile_from_dump(EARLIER[-1], tmp_path / "old")

    done = run_driver(keys_world, "migrate", str(folder), "migrate_before_rename")
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr.decode())

    assert not list(folder.glob("*.bak"))  # the copy never got a name that says it is whole
    assert [p.name for p in folder.glob(".*.part")]
    profile.open_profile(folder)  # the next start migrates, with a whole backup
    close_db()
    (backup,) = folder.glob("*.bak")
    assert integrity(backup) == "ok"
    assert not list(folder.glob(".*.part"))
