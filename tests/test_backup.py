"""Whole-workstation backup and restore through the scripting interface, in real processes.

"Another machine" is another profile folder with another keyring file (or with no secret store
at all): what it can do after a restore is what the office needs after a dead disk.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import zipfile
from pathlib import Path

import pyrage
import pytest

from app.services.workstation import backup
from tests import age_tool
from tests.conftest import run_cli
from tests.exchange_cli_helpers import (
    PERIOD,
    audit_actions,
    files_under,
    ok,
    refused,
)

PASSPHRASE = "sao-luu-may-2026"
NO_SECRET_STORE = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


@pytest.fixture(scope="module")
def base(tmp_path_factory, standard_exchange_base):
    return standard_exchange_base.clone(tmp_path_factory.mktemp("exchange") / "ex")


@pytest.fixture
def ex(base, tmp_path):
    return base.clone(tmp_path / "ex")


def _backup(ex, name: str) -> Path:
    out = ex.root / f"{name}.ptbackup"
    ok(
        ex.cli(
            name, "backup", "create", "--out", str(out), env={"PLANTRACKER_PASSPHRASE": PASSPHRASE}
        )
    )
    return out


def _other_machine(ex, env: dict | None = None) -> dict:
    """The environment of another computer: its own (empty) keyring."""
    return {"PLANTRACKER_TEST_KEYRING": str(ex.root / "other-keyring.json"), **(env or {})}


def _restore(ex, backup: Path, name: str, env: dict | None = None):
    return ex.cli(
        name,
        "backup",
        "restore",
        str(backup),
        env={"PLANTRACKER_PASSPHRASE": PASSPHRASE, **_other_machine(ex, env)},
    )


def _show(ex, name: str, env: dict | None = None) -> str:
    return ok(ex.cli(name, "report", "show", "--period", PERIOD, "--json", env=env))


def _amend_and_sign(ex, name: str, env: dict) -> None:
    """A new revision with one changed entry, signed by the approver, on machine `env`."""
    ok(ex.cli(name, "report", "amend", "--period", PERIOD, "--reason", "Bổ sung", env=env))
    duty = ex.own_duties("syt")[0]
    changed = ("--duty", duty, "--results", "Khôi phục xong, báo cáo tiếp")
    ok(ex.cli(name, "report", "edit", "--period", PERIOD, *changed, env=env))
    approver = ("--user", "nguyen.van.an")
    password = {"PLANTRACKER_PASSWORD": "phe-duyet-2026"}
    ok(ex.cli(name, "report", "sign", "--period", PERIOD, *approver, env={**env, **password}))


def test_the_backup_is_age_encrypted_with_the_passphrase_and_holds_the_whole_profile(ex):
    backup = _backup(ex, "syt")
    data = backup.read_bytes()
    assert data.startswith(b"age-encryption.org/v1\n-> scrypt ")
    assert (backup.stat().st_mode & 0o777) == 0o600
    with zipfile.ZipFile(io.BytesIO(pyrage.passphrase.decrypt(data, PASSPHRASE))) as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["kind"] == "profile-backup" and manifest["agency"] == "SYT"
    assert "profile/plantracker.sqlite" in names
    assert any(n.startswith("profile/evidence/") for n in names)
    assert "secrets.json" in names  # the keys are in the (test) secret store
    assert {e["path"] for e in manifest["files"]} == names - {"manifest.json", "secrets.json"}
    assert ("profile.backup", {"file": backup.name, "size": len(data)}) in audit_actions(
        ex.profile("syt")
    )


def test_restored_on_another_machine_the_agency_has_the_same_reports_and_signs_on(ex):
    first_bundle = ex.export_bundle("syt")
    rc, [result] = ex.import_bundles(first_bundle)
    assert rc == 0 and result["sequence"] == 1
    before = _show(ex, "syt")
    backup = _backup(ex, "syt")

    printed = ok(_restore(ex, backup, "syt-new"))
    assert "SYT" in printed
    other = _other_machine(ex)
    assert _show(ex, "syt-new", env=other) == before
    evidence = files_under(ex.profile("syt-new") / "evidence")
    assert evidence and evidence == files_under(ex.profile("syt") / "evidence")
    keys_old = ex.json("syt", "keys", "show", "--json")
    assert ex.json("syt-new", "keys", "show", "--json", env=other) == keys_old

    # The restored machine amends, signs and sends: DoFA takes bundle 2 as the next in line.
    _amend_and_sign(ex, "syt-new", other)
    folder = ex.root / "out" / "syt-new"
    folder.mkdir(parents=True)
    second = Path(
        ok(ex.cli("syt-new", "bundle", "export", "--out", str(folder), env=other)).strip()
    )
    rc, [result] = ex.import_bundles(second)
    assert rc == 0 and result["status"] == "imported", result
    assert result["sequence"] == 2
    outcomes = {r["revision"]: r["outcome"] for r in result["reports"]}
    assert outcomes[2] in ("new", "updated") and outcomes.get(1, "unchanged") == "unchanged"
    # The restored profile has its own id: its keys do not share the old machine's entries.
    assert ex.keyring.read_text() != (ex.root / "other-keyring.json").read_text()


def test_restored_where_there_is_no_secret_store_the_keys_are_locked_with_the_passphrase(ex):
    backup = _backup(ex, "syt")
    ok(_restore(ex, backup, "syt-new", env=NO_SECRET_STORE))
    assert sorted(p.name for p in (ex.profile("syt-new") / "keys").iterdir())
    env = _other_machine(ex, NO_SECRET_STORE)
    _amend_and_sign(ex, "syt-new", {**env, "PLANTRACKER_PASSPHRASE": PASSPHRASE})


def test_a_restored_dofa_opens_the_bundles_made_for_the_old_one(ex):
    bundle = ex.export_bundle("syt")  # encrypted to the old DoFA machine
    backup = _backup(ex, "dofa")
    ok(_restore(ex, backup, "dofa-new"))
    result = ex.cli("dofa-new", "bundle", "import", str(bundle), "--json", env=_other_machine(ex))
    assert '"status": "imported"' in ok(result)


def test_restore_refuses_a_folder_that_is_not_empty_and_changes_nothing(ex):
    backup = _backup(ex, "syt")
    stderr = refused(_restore(ex, backup, "dofa"))
    assert "not empty" in stderr
    assert not (ex.root / "other-keyring.json").exists()


def test_restore_refuses_a_wrong_passphrase_in_plain_words_and_creates_nothing(ex):
    backup = _backup(ex, "syt")
    result = ex.cli(
        "syt-new",
        "backup",
        "restore",
        str(backup),
        env={"PLANTRACKER_PASSPHRASE": "mot-cum-khac-han", **_other_machine(ex)},
    )
    assert "passphrase is wrong" in refused(result)
    assert not ex.profile("syt-new").exists()
    assert [p.name for p in ex.root.iterdir() if "restoring" in p.name] == []


def test_restore_refuses_a_backup_whose_content_was_changed(ex):
    backup = _backup(ex, "syt")
    plain = pyrage.passphrase.decrypt(backup.read_bytes(), PASSPHRASE)
    changed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(plain)) as source,
        zipfile.ZipFile(changed, "w") as target,
    ):
        for name in source.namelist():
            data = source.read(name)
            if name.startswith("profile/evidence/"):
                data = data + b" sua"
            target.writestr(name, data)
        assert json.loads(source.read("manifest.json"))["files"]
    tampered = ex.root / "tampered.ptbackup"
    tampered.write_bytes(pyrage.passphrase.encrypt(changed.getvalue(), PASSPHRASE))
    assert "damaged" in refused(_restore(ex, tampered, "syt-new"))
    assert not ex.profile("syt-new").exists()


def test_the_stock_age_tool_opens_the_backup_with_the_passphrase(ex, tmp_path):
    backup = _backup(ex, "syt")
    status, said = age_tool.decrypt(backup, tmp_path / "backup.zip", PASSPHRASE)
    assert status == 0, said
    with zipfile.ZipFile(tmp_path / "backup.zip") as archive:
        assert json.loads(archive.read("manifest.json"))["agency"] == "SYT"


def test_restore_refuses_a_backup_cut_short(ex):
    backup = _backup(ex, "syt")
    cut = ex.root / "cut.ptbackup"
    cut.write_bytes(backup.read_bytes()[: backup.stat().st_size // 2])
    assert "damaged" in refused(_restore(ex, cut, "syt-new"))
    assert not ex.profile("syt-new").exists()
    assert sorted(p.name for p in ex.root.iterdir() if p.name.startswith(".")) == []


def test_a_short_passphrase_is_refused_before_anything_is_written(ex):
    out = ex.root / "short.ptbackup"
    result = ex.cli(
        "syt", "backup", "create", "--out", str(out), env={"PLANTRACKER_PASSPHRASE": "ngan"}
    )
    assert "at least 10" in refused(result)
    assert not out.exists()


def test_the_database_copy_is_consistent_while_another_program_is_writing(ex, tmp_path):
    """A transaction left open by another writer (the running app) is not in the copy."""
    writer = sqlite3.connect(ex.profile("syt") / "plantracker.sqlite")
    copy = tmp_path / "copy.sqlite"
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE setting SET value = 'half-written' WHERE key = 'agency'")
        backup._snapshot_database(ex.profile("syt"), copy)
    finally:
        writer.rollback()
        writer.close()
    with sqlite3.connect(copy) as reading:
        assert reading.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        agency = reading.execute("SELECT value FROM setting WHERE key = 'agency'").fetchone()
    reading.close()
    assert agency == ("SYT",)


def test_messages_are_vietnamese_by_default(ex):
    backup = _backup(ex, "syt")
    result = ex.cli(
        "syt-new",
        "backup",
        "restore",
        str(backup),
        env={"PLANTRACKER_PASSPHRASE": PASSPHRASE, **_other_machine(ex)},
    )
    assert result.returncode == 0
    again = run_cli(
        "--profile",
        str(ex.profile("syt-new")),
        "backup",
        "restore",
        str(backup),
        env={**ex.env, "PLANTRACKER_PASSPHRASE": PASSPHRASE},
    )
    assert "không trống" in refused(again)


def test_the_vietnamese_summary_groups_thousands_with_dots(ex):
    """ "52.846 byte", as Vietnamese writes numbers (it read "52,846 byte")."""
    out = ex.root / "vi.ptbackup"
    env = {**ex.env, "PLANTRACKER_PASSPHRASE": PASSPHRASE}
    said = ok(run_cli("--profile", str(ex.profile("syt")), "backup", "create", "--out", str(out),
                      env=env))  # fmt: skip
    assert re.search(r"tệp, \d{1,3}(\.\d{3})+ byte\)", said), said
