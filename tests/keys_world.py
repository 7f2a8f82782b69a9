"""The world of the key crash tests and bench: DoFA, and an agency whose keys are in files.

Built once and copied per run: a DoFA workstation, and Sở Y tế set up from DoFA's kit on a
computer without a secret store (keys in passphrase files), enrolled, with one report signed,
exported and imported by DoFA, and a good key backup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from app.models.session import close_open_session
from app.services.exchange import bundle_export, bundle_import, trust
from app.services.keys import age_passphrase, key_lifecycle, keys
from app.services.reports import signoff
from app.services.workstation import profile
from app.services.workstation.profile import Workstation
from tests.exchange_support import _signer, copy_profile, integrity, make_dofa, use
from tests.keys_crash_driver import PASSPHRASE
from tests.reporting import PASSWORD, approver, complete_draft


@dataclass
class KeysWorld:
    root: Path
    keyring: str
    agency: Path  # closed SYT folder, keys in files, one report sent and imported by DoFA
    dofa: Path
    old_fingerprint: str
    good_backup: Path
    storage: str  # where the agency keeps its keys: "file" or "keyring"


def sign_and_export(station, period: str, out: Path) -> Path:
    use(station)
    report = complete_draft(station, period, f"Kết quả {period}")
    signoff.sign(report, _signer().login, PASSWORD, station, PASSPHRASE)
    _, path = bundle_export.export_bundle(station, out, PASSPHRASE)
    return path


def build_keys_world(root: Path, keyring: str, storage: str = "file") -> KeysWorld:
    """Build in `root` (the test keyring already set to `keyring`); closed copies returned.

    storage "file": the agency's computer has no secret store; "keyring": it has one.
    """
    dofa = make_dofa(root / "dofa")
    kit = root / "SYT.ptkit"
    made = trust.export_kit(dofa, "SYT", kit)
    fingerprint = made["dofa"]["fingerprint"]  # as DoFA reads it aloud
    dofa.close()
    with mock.patch.object(keys.secrets, "available", lambda: storage == "keyring"):
        station = trust.setup_from_kit(root / "syt", kit, fingerprint, PASSPHRASE)
    approver(station)
    assert keys.storage() == storage
    old_fingerprint = keys.current_key(station.agency).fingerprint
    body = trust.export_enrolment(station, root / "syt.ptenroll", PASSPHRASE)
    trust.import_enrolment(use(dofa), root / "syt.ptenroll", body["fingerprint"])
    bundle = sign_and_export(station, "2026-H1", root / "out")
    use(dofa)
    (result,) = bundle_import.import_bundles(dofa, [bundle])
    assert result.status == "imported", result
    use(station)
    key_lifecycle.backup(station, root / "good.backup", PASSPHRASE, PASSPHRASE)
    close_open_session()
    return KeysWorld(
        root,
        keyring,
        copy_profile(station.folder, root / "syt-pristine"),
        copy_profile(dofa.folder, root / "dofa-pristine"),
        old_fingerprint,
        root / "good.backup",
        storage,
    )


def signing_key_files(folder: Path) -> list[Path]:
    return sorted(p for p in (folder / keys.KEY_FOLDER).glob("signing*"))


def signing_secrets(keyring: Path, profile_id: str) -> list[str]:
    """The signing keys of one profile in the test secret store (tests/keyring_backend.py)."""
    names = json.loads(keyring.read_text()) if keyring.exists() else {}
    prefix = f"{profile_id}/signing-key"
    return sorted(name.split("/", 1)[1] for name in names if prefix in name)


def state_after_kill(world: KeysWorld, agency: Path) -> tuple[Workstation, str]:
    """Start the agency's profile after a killed rotation: "old" or "new" key in use.

    AssertionError when the rotation is half done (the key and the records disagree), lost
    (a key file empty or missing, the database damaged) or left something behind.
    """
    assert integrity(agency / profile.DB_NAME) == "ok", "database damaged"
    assert all(p.stat().st_size > 0 for p in (agency / keys.KEY_FOLDER).glob("*")), "empty file"
    station = use(agency)  # the next start
    current = keys.current_key(station.agency).fingerprint
    # What the kill left (a temporary file, the key the database does not name) is gone.
    expected_files = [f"signing-key-{current}.age"] if world.storage == "file" else []
    assert [p.name for p in signing_key_files(agency)] == expected_files, "leftover key files"
    assert not list((agency / keys.KEY_FOLDER).glob("*.part")), "leftover temporary file"
    loaded = keys.load_signing_key(agency, PASSPHRASE)
    assert keys.fingerprint(loaded.public_key()) == current, "key and record differ"
    statement = key_lifecycle.rotation_statement()
    if current == world.old_fingerprint:
        assert statement is None, "a rotation statement without its key"
        return station, "old"
    assert statement is not None, "a new key without its rotation statement"
    assert (statement["old_fingerprint"], statement["new_fingerprint"]) == (
        world.old_fingerprint,
        current,
    ), "the rotation statement names other keys"
    return station, "new"


def backup_state_after_kill(out: Path, good: bytes) -> str:
    """ "old" (the earlier good backup, untouched) or "new" (a whole new one) at `out`."""
    assert out.stat().st_size > 0, "the backup became empty"
    content = json.loads(age_passphrase.decrypt(out.read_bytes(), PASSPHRASE))
    assert content["kind"] == "key-backup" and content["agency"] == "SYT", "not a key backup"
    return "old" if out.read_bytes() == good else "new"
