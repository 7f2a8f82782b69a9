"""Key files and key backups in age's passphrase format, checked against the stock `age` tool.

Both directions: what we write, `age -d` opens with the passphrase; what `age -p` writes, we
open. The work factor is fixed (age_passphrase.WORK_FACTOR) whatever the machine.
"""

from __future__ import annotations

import io
import json
import shutil
import sys

import pyrage
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.models import Setting
from app.services.core import event_log
from app.services.keys import age_passphrase, key_files, key_lifecycle, keys
from tests import age_tool, workstations

PASSPHRASE = "mật khẩu đủ dài 2026"
needs_age = pytest.mark.skipif(
    shutil.which("age") is None or sys.platform == "win32", reason="the age tool and a pty"
)


def _factor(data: bytes) -> int:
    return age_passphrase.work_factor_of(io.BytesIO(data))


# --- the format ----------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 3 * 64 * 1024])
def test_round_trip_at_chunk_edges(size):
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    sealed = age_passphrase.encrypt(data, PASSPHRASE, work_factor=10)
    assert age_passphrase.decrypt(sealed, PASSPHRASE) == data
    # 16-byte nonce plus one tag per chunk (an empty plaintext is one empty chunk).
    chunks = max(1, -(-size // age_passphrase.CHUNK))
    body = sealed[sealed.index(b"\n", sealed.index(b"\n---") + 1) + 1 :]
    assert len(body) == 16 + size + 16 * chunks


def test_written_files_use_the_fixed_work_factor():
    sealed = age_passphrase.encrypt(b"secret", PASSPHRASE)
    assert _factor(sealed) == age_passphrase.WORK_FACTOR == 17
    assert sealed.startswith(b"age-encryption.org/v1\n-> scrypt ")


def test_wrong_passphrase_damage_and_excess_are_refused():
    sealed = age_passphrase.encrypt(b"a" * 70_000, PASSPHRASE, work_factor=10)
    with pytest.raises(age_passphrase.AgePassphraseError, match="wrong passphrase"):
        age_passphrase.decrypt(sealed, "not the passphrase")
    with pytest.raises(age_passphrase.AgePassphraseError):
        age_passphrase.decrypt(sealed[:-1], PASSPHRASE)  # cut short
    with pytest.raises(age_passphrase.AgePassphraseError):
        age_passphrase.decrypt(sealed[: -16 - 4464], PASSPHRASE)  # the last chunk dropped
    flipped = bytearray(sealed)
    flipped[-30] ^= 1
    with pytest.raises(age_passphrase.AgePassphraseError):
        age_passphrase.decrypt(bytes(flipped), PASSPHRASE)
    relabelled = sealed.replace(b" 10\n", b" 11\n", 1)
    with pytest.raises(age_passphrase.AgePassphraseError):
        age_passphrase.decrypt(relabelled, PASSPHRASE)
    with pytest.raises(age_passphrase.AgePassphraseError, match="work factor"):
        age_passphrase.decrypt(sealed, PASSPHRASE, max_work_factor=9)
    with pytest.raises(age_passphrase.AgePassphraseError, match="not an age file"):
        age_passphrase.decrypt(b"-----BEGIN PRIVATE KEY-----\n", PASSPHRASE)
    recipient_file = pyrage.encrypt(b"x", [pyrage.x25519.Identity.generate().to_public()])
    with pytest.raises(age_passphrase.AgePassphraseError, match="passphrase"):
        age_passphrase.decrypt(recipient_file, PASSPHRASE)


def test_files_pyrage_wrote_still_open():
    sealed = pyrage.passphrase.encrypt(b"old identity", PASSPHRASE)
    assert age_passphrase.decrypt(sealed, PASSPHRASE) == b"old identity"


@needs_age
@pytest.mark.parametrize("size", [2, 70_000])  # age creates no output file for no bytes
def test_age_opens_what_we_write(tmp_path, size):
    data = b"\xc3\xa1" * (size // 2)
    (tmp_path / "sealed.age").write_bytes(age_passphrase.encrypt(data, PASSPHRASE))
    code, said = age_tool.decrypt(tmp_path / "sealed.age", tmp_path / "plain", PASSPHRASE)
    assert code == 0, said
    assert (tmp_path / "plain").read_bytes() == data
    code, said = age_tool.decrypt(tmp_path / "sealed.age", tmp_path / "wrong", "sai mat khau 1")
    assert code != 0 and "incorrect passphrase" in said


@needs_age
def test_we_open_what_age_writes(tmp_path):
    data = b"bao cao " * 20_000
    (tmp_path / "plain").write_bytes(data)
    code, said = age_tool.encrypt(tmp_path / "plain", tmp_path / "sealed.age", PASSPHRASE)
    assert code == 0, said
    sealed = (tmp_path / "sealed.age").read_bytes()
    assert age_passphrase.decrypt(sealed, PASSPHRASE) == data
    with pytest.raises(age_passphrase.AgePassphraseError):
        age_passphrase.decrypt(sealed, "sai mat khau 1")


# --- the workstation's key files -----------------------------------------------------------


@pytest.fixture
def bare(tmp_path, monkeypatch):
    """A DoFA workstation on a computer without a secret store: keys in files."""
    monkeypatch.setattr(keys.secrets, "available", lambda: False)
    return workstations.create(tmp_path / "dofa", "SNGV", True, PASSPHRASE)


@needs_age
def test_age_opens_every_key_file_with_the_passphrase(bare, tmp_path):
    signing = keys.signing_key_file(bare.folder)
    code, said = age_tool.decrypt(signing, tmp_path / "signing.pem", PASSPHRASE)
    assert code == 0, said
    pem = (tmp_path / "signing.pem").read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----")  # PKCS#8, unencrypted inside
    private = serialization.load_pem_private_key(pem, None)
    assert keys.fingerprint(private.public_key()) == keys.current_key(bare.agency).fingerprint
    for name in (keys.DECRYPTION, keys.ESCROW):
        identity_file = keys._identity_file(bare.folder, name)
        assert _factor(identity_file.read_bytes()) == age_passphrase.WORK_FACTOR
        code, said = age_tool.decrypt(identity_file, tmp_path / name, PASSPHRASE)
        assert code == 0, said
        secret = (tmp_path / name).read_text()
        assert secret.startswith("AGE-SECRET-KEY-1")
        assert str(pyrage.x25519.Identity.from_str(secret).to_public()) == keys.age_recipient(name)


def test_older_key_files_are_rewritten_on_first_unlock(bare):
    # Make the profile look as an earlier release left it: PBKDF2 PKCS#8 under the old name,
    # identities at a work factor pyrage chose for another machine.
    private = keys.load_signing_key(bare.folder, PASSPHRASE)
    keys.signing_key_file(bare.folder).unlink()
    Setting.delete().where(Setting.key == keys.SLOT_SETTING).execute()
    legacy = bare.folder / keys.KEY_FILE
    legacy.write_bytes(
        private.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(PASSPHRASE.encode()),
        )
    )
    identity_file = keys._identity_file(bare.folder, keys.DECRYPTION)
    identity = keys.load_age_identity(bare.folder, keys.DECRYPTION, PASSPHRASE)
    identity_file.write_bytes(age_passphrase.encrypt(str(identity).encode(), PASSPHRASE, 15))

    with pytest.raises(keys.PassphraseNeededError, match="wrong passphrase"):
        keys.load_signing_key(bare.folder, "sai cum mat khau")
    assert b"ENCRYPTED PRIVATE KEY" in legacy.read_bytes()  # a wrong guess rewrites nothing

    event_log.start(bare.folder)
    try:
        again = keys.load_signing_key(bare.folder, PASSPHRASE)
    finally:
        event_log.stop()
    assert _raw(again) == _raw(private)
    logged = event_log.log_path(bare.folder).read_text(encoding="utf-8")
    assert "key_file_rewritten file=signing-key.pem work_factor=17" in logged
    assert PASSPHRASE not in logged
    assert _factor(legacy.read_bytes()) == age_passphrase.WORK_FACTOR
    assert keys.load_age_identity(bare.folder, keys.DECRYPTION, PASSPHRASE)
    assert _factor(identity_file.read_bytes()) == age_passphrase.WORK_FACTOR
    assert str(keys.load_age_identity(bare.folder, keys.DECRYPTION, PASSPHRASE)) == str(identity)
    assert (legacy.stat().st_mode & 0o777) == 0o600


def _raw(private: Ed25519PrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


@needs_age
def test_a_key_backup_opens_with_age_and_restores(bare, tmp_path):
    out = tmp_path / "keys.backup"
    key_lifecycle.backup(bare, out, PASSPHRASE, PASSPHRASE)
    assert _factor(out.read_bytes()) == age_passphrase.WORK_FACTOR
    assert (out.stat().st_mode & 0o777) == 0o600
    code, said = age_tool.decrypt(out, tmp_path / "backup.json", PASSPHRASE)
    assert code == 0, said
    content = json.loads((tmp_path / "backup.json").read_text())
    assert content["kind"] == "key-backup" and content["agency"] == "SNGV"
    restored = key_lifecycle.restore(bare, out, PASSPHRASE, PASSPHRASE)
    assert restored["signing_fingerprint"] == keys.current_key(bare.agency).fingerprint
    with pytest.raises(Exception, match="passphrase is wrong"):
        key_lifecycle.restore(bare, out, "sai cum mat khau", PASSPHRASE)


def test_cli_wrong_passphrase_is_a_plain_refusal(tmp_path):
    from tests.conftest import run_cli

    # A real process: the keyring backend is chosen when keyring is first imported.
    env = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    folder = str(tmp_path / "dofa")
    made = run_cli(
        "--profile", folder, "setup", "--agency", "SNGV", "--dofa",
        env={**env, "PLANTRACKER_PASSPHRASE": PASSPHRASE}, process=True,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr.decode()
    out = tmp_path / "identity.age"
    wrong = run_cli(
        "--profile", folder, "keys", "export-identity", "--out", str(out),
        env={**env, "PLANTRACKER_PASSPHRASE": "sai cum mat khau"}, process=True,
    )  # fmt: skip
    said = wrong.stderr.decode()
    assert wrong.returncode == 1 and "Sai cụm mật khẩu" in said and "Traceback" not in said
    assert not out.exists()
    right = run_cli(
        "--profile", folder, "keys", "export-identity", "--out", str(out),
        env={**env, "PLANTRACKER_PASSPHRASE": PASSPHRASE}, process=True,
    )  # fmt: skip
    assert right.returncode == 0, right.stderr.decode()
    assert b"AGE-SECRET-KEY-1" in age_passphrase.decrypt(out.read_bytes(), PASSPHRASE)


def test_an_identity_the_records_do_not_name_is_refused_in_words(bare):
    """What a key restore killed between writing an identity and committing leaves behind."""
    stranger = str(pyrage.x25519.Identity.generate())
    keys._identity_file(bare.folder, keys.DECRYPTION).write_bytes(
        age_passphrase.encrypt(stranger.encode(), PASSPHRASE, work_factor=10)
    )
    with pytest.raises(keys.UserError, match="run the key restore again") as refused:
        keys.load_age_identity(bare.folder, keys.DECRYPTION, PASSPHRASE)
    assert "khôi phục khóa lại" in refused.value.message("vi")


def test_the_keys_folder_is_the_owners_alone(tmp_path):
    folder = tmp_path / "keys"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    key_files.write_private_file(folder / "signing-key.age", b"age file")
    assert (folder.stat().st_mode & 0o777) == 0o700
    assert ((folder / "signing-key.age").stat().st_mode & 0o777) == 0o600
