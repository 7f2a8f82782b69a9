"""The agency's Ed25519 signing key: made with the profile, private half kept out of the DB.

The private key lives in the OS secret store (keyring) under the profile's id; where there is
none, in keys/signing-key-<fingerprint>.age inside the profile: the PKCS#8 PEM encrypted with
age's passphrase encryption at a fixed work factor (age_passphrase.py), so `age -d` opens it.
The age identities are kept the same way, as age secret keys.

A consolidating office on a PostgreSQL server (several officers' PCs) keeps DoFA's keys in the
database itself ("database" storage), each sealed the same way with DoFA's passphrase (a
setting `sealed_key.<name>`, base64 of the age file), so every PC of the office signs and
decrypts with the same keys and none holds them in clear. They are unlocked once per session
(a command, a run of the desktop app) and kept in memory only until the profile is closed.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pyrage import x25519

from app.models import Agency, AgencyKey, Setting
from app.services.catalogue import register
from app.services.catalogue.register import message_names
from app.services.core import audit, labels
from app.services.core.errors import UserError
from app.services.core.text import mid_sentence
from app.services.core.vocabulary import AgeIdentity, AuditAction, KeyStorage
from app.services.keys import age_passphrase, key_files, sealed, secrets
from app.services.keys.sealed import PassphraseNeededError

KEY_NAME = "signing-key"
KEY_FOLDER = Path("keys")
KEY_FILE = KEY_FOLDER / "signing-key.pem"  # the one name before keys were named by fingerprint
MIN_PASSPHRASE_LENGTH = 10


def _setting(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def _put_setting(key: str, value: str) -> None:
    Setting.put(key, value)


STORAGE_SETTING = "key_storage"
lock = sealed.lock


def asks_passphrase() -> bool:
    """Whether using a key needs a passphrase now: keys in files always, keys in the office
    database until this session has opened them."""
    return storage() == KeyStorage.FILE or (
        storage() == KeyStorage.DATABASE and not sealed.is_unlocked()
    )


def profile_id() -> str:
    """A random id for this profile: the key under which its secrets are kept."""
    existing = _setting("profile_id")
    if existing:
        return existing
    new_id = uuid.uuid4().hex
    _put_setting("profile_id", new_id)
    return new_id


def public_pem(public_key: Ed25519PublicKey) -> str:
    return public_key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """Short and readable aloud: 20 base32 letters of the key's SHA-256, in groups of four."""
    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    letters = base64.b32encode(hashlib.sha256(raw).digest()).decode("ascii")[:20]
    return "-".join(letters[i : i + 4] for i in range(0, 20, 4))


def storage() -> KeyStorage | None:
    """Where this workstation's private keys are kept; None before a key exists."""
    stored = _setting(STORAGE_SETTING)
    if not stored:
        return None
    try:
        return KeyStorage(stored)
    except ValueError:  # a later version's way of keeping keys: guessing would lose them
        raise UserError(
            "this workstation's keys are kept in a way this version does not know ({storage}); "
            "open it with the version that keeps them so",
            storage=stored,
        ) from None


def create_signing_key(folder: Path, agency: Agency, passphrase: str | None = None) -> AgencyKey:
    """Make the key pair; the private half goes to the secret store, else to a locked file."""
    private_key = Ed25519PrivateKey.generate()
    store_signing_key(folder, private_key, passphrase)
    record = record_public_key(agency, private_key.public_key())
    audit.record(
        AuditAction.KEY_CREATE,
        agency=agency.code,
        fingerprint=record.fingerprint,
        storage=storage(),
    )
    return record


# The signing key is kept under a name of its own fingerprint ("slot"), and a setting names the
# current one. A rotation stores the new key under its new name first and switches the setting
# in the database transaction that records the new key, so a crash at any moment leaves a
# setting that names a key that is there. Profiles from before had one fixed name.
SLOT_SETTING = "signing_key.slot"
LEGACY_SLOT = KEY_NAME


def signing_slot() -> str:
    return _setting(SLOT_SETTING) or LEGACY_SLOT


def _slot_file(folder: Path, slot: str) -> Path:
    return folder / KEY_FILE if slot == LEGACY_SLOT else folder / KEY_FOLDER / f"{slot}.age"


def signing_key_file(folder: Path) -> Path:
    """The file that holds the current signing key (where keys are kept in files)."""
    return _slot_file(folder, signing_slot())


def store_signing_key(
    folder: Path, private_key: Ed25519PrivateKey, passphrase: str | None = None
) -> str:
    """Keep the private key under a new name and make it the current one; returns the name.

    The key is durably stored before the database is told; call inside the transaction that
    records the key, so that the switch and the record commit together.
    """
    slot = slot_of(private_key)
    if storage() == KeyStorage.DATABASE:
        pem = private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        sealed.seal(slot, pem, passphrase)
    elif storage() == KeyStorage.KEYRING or (storage() is None and secrets.available()):
        raw = private_key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        secrets.set(profile_id(), slot, base64.b64encode(raw).decode("ascii"))
        _put_setting(STORAGE_SETTING, KeyStorage.KEYRING)
    else:
        if not passphrase or len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise PassphraseNeededError(
                "this computer has no secure key store (such as GNOME Keyring or Windows "
                "Credential Manager), so the signing key will be kept in a file protected by a "
                "passphrase of at least {count} characters; give one "
                "(PLANTRACKER_PASSPHRASE for scripts)",
                count=MIN_PASSPHRASE_LENGTH,
            )
        key_files.write_key_file(_slot_file(folder, slot), private_key, passphrase)
        _put_setting(STORAGE_SETTING, KeyStorage.FILE)
    _put_setting(SLOT_SETTING, slot)
    return slot


def discard_other_signing_keys(folder: Path, keep: str | None = None) -> None:
    """Remove signing keys other than the current one (after a rotation or restore committed).

    Key files left by a crash between storing a key and committing (or between committing and
    removing the old key) go too, and so do sealed keys in the office database; a key in the
    secret store can only be removed by name.
    """
    keep = keep or signing_slot()
    for path in [folder / KEY_FILE, *(folder / KEY_FOLDER).glob(f"{KEY_NAME}-*.age")]:
        if path != _slot_file(folder, keep):
            path.unlink(missing_ok=True)
    if storage() == KeyStorage.DATABASE:
        sealed.discard_others(KEY_NAME, keep)


PENDING_SETTING = "signing_key.pending"


def slot_of(private_key: Ed25519PrivateKey) -> str:
    return f"{KEY_NAME}-{fingerprint(private_key.public_key())}"


def note_pending_slot(slot: str) -> None:
    """Before a new key goes to the secret store: its name, committed, so that the key can be
    found and removed if the rotation is killed before it records the key."""
    _put_setting(PENDING_SETTING, slot)


def discard_retired_signing_secrets(agency: Agency | register.AgencyInfo) -> None:
    """In the secret store: remove the agency's signing keys other than the current one that a
    killed rotation left (its unrecorded new key, or the old one after the commit). Files are
    handled by discard_other_signing_keys."""
    if storage() != KeyStorage.KEYRING:
        return
    current = signing_slot()
    retired = AgencyKey.select(AgencyKey.fingerprint).where(
        (AgencyKey.agency == agency.id) & AgencyKey.retired_at.is_null(False)
    )
    pending = _setting(PENDING_SETTING)
    for slot in [
        LEGACY_SLOT,
        *([pending] if pending else []),
        *(f"{KEY_NAME}-{record.fingerprint}" for record in retired),
    ]:
        if slot != current:
            secrets.delete(profile_id(), slot)
    Setting.delete().where(Setting.key == PENDING_SETTING).execute()


def discard_signing_slot(folder: Path, slot: str) -> None:
    if slot == signing_slot():
        return
    if storage() == KeyStorage.DATABASE:
        sealed.discard(slot)
    if storage() == KeyStorage.KEYRING:
        secrets.delete(profile_id(), slot)
    _slot_file(folder, slot).unlink(missing_ok=True)


def record_public_key(
    agency: Agency | register.AgencyInfo, public_key: Ed25519PublicKey
) -> AgencyKey:
    return AgencyKey.create(
        agency=agency.id,
        public_key_pem=public_pem(public_key),
        fingerprint=fingerprint(public_key),
        created_at=audit.now_iso(),
    )


def load_signing_key(folder: Path, passphrase: str | None = None) -> Ed25519PrivateKey:
    if storage() == KeyStorage.KEYRING:
        stored = secrets.get(profile_id(), signing_slot())
        if stored is None:
            raise UserError(
                "the signing key is missing from the OS secret store; restore it from a key "
                "backup before signing"
            )
        return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
    if storage() == KeyStorage.DATABASE:
        pem = sealed.unseal(signing_slot(), passphrase, "signing", "khóa ký")
        key = serialization.load_pem_private_key(pem, None)
        assert isinstance(key, Ed25519PrivateKey)
        return key
    if storage() == KeyStorage.FILE:
        if not passphrase:
            raise PassphraseNeededError("the signing key file needs its passphrase")
        try:
            pem = key_files.open_key_file(signing_key_file(folder), passphrase)
        except age_passphrase.AgePassphraseError as exc:
            raise PassphraseNeededError("wrong passphrase for the signing key file") from exc
        except OSError as exc:
            raise UserError(
                "cannot read the signing key file: {error}", error=exc.strerror
            ) from exc
        key = serialization.load_pem_private_key(pem, None)
        if not isinstance(key, Ed25519PrivateKey):
            raise UserError("cannot read the signing key file: {error}", error="not Ed25519")
        return key
    raise UserError("this profile has no signing key")


def current_key(agency: Agency | register.AgencyInfo) -> AgencyKey:
    key = (
        AgencyKey.select()
        .where((AgencyKey.agency == agency.id) & AgencyKey.retired_at.is_null())
        .order_by(AgencyKey.id.desc())
        .first()
    )
    if key is None:
        raise UserError("{name} has no signing key", **message_names(agency))
    return key


def current_fingerprint(agency_code: str) -> str:
    """The fingerprint of the agency's current signing key, as it is read out by phone."""
    return current_key(register.get(agency_code)).fingerprint


def public_key_of(fingerprint_text: str) -> Ed25519PublicKey:
    record = AgencyKey.get_or_none(AgencyKey.fingerprint == fingerprint_text)
    if record is None:
        raise UserError("no known key with fingerprint {fingerprint}", fingerprint=fingerprint_text)
    return serialization.load_pem_public_key(record.public_key_pem.encode("ascii"))


# age (X25519) identities (AgeIdentity): decryption, and on the consolidating workstation
# escrow. They follow the signing key's storage: the secret store, else a passphrase-locked file.
DECRYPTION = AgeIdentity.DECRYPTION
ESCROW = AgeIdentity.ESCROW


def _in_vietnamese(name: AgeIdentity) -> str:
    """ "khóa giải mã": the identity named inside a Vietnamese message."""
    return mid_sentence(labels.label(AgeIdentity(name)))


def _identity_file(folder: Path, name: AgeIdentity) -> Path:
    return folder / "keys" / f"{name}-identity.age"


def create_age_identity(folder: Path, name: AgeIdentity, passphrase: str | None = None) -> str:
    """Make an age identity, keep it like the signing key, and return its recipient."""
    recipient = store_age_identity(folder, name, str(x25519.Identity.generate()), passphrase)
    audit.record(AuditAction.KEY_CREATE_IDENTITY, name=name, recipient=recipient)
    return recipient


def store_age_identity(
    folder: Path, name: AgeIdentity, secret_text: str, passphrase: str | None
) -> str:
    identity = x25519.Identity.from_str(secret_text)
    if storage() == KeyStorage.DATABASE:
        sealed.seal(f"{name}-identity", secret_text.encode("ascii"), passphrase)
    elif storage() == KeyStorage.KEYRING:
        secrets.set(profile_id(), f"{name}-identity", secret_text)
    else:
        if not passphrase:
            raise PassphraseNeededError("the key file needs its passphrase")
        encrypted = age_passphrase.encrypt(secret_text.encode("ascii"), passphrase)
        key_files.write_private_file(_identity_file(folder, name), encrypted)
    recipient = str(identity.to_public())
    _put_setting(f"age.{name}", recipient)
    return recipient


def age_recipient(name: AgeIdentity) -> str | None:
    return _setting(f"age.{name}")


def load_age_identity(folder: Path, name: AgeIdentity, passphrase: str | None = None):
    if age_recipient(name) is None:
        raise UserError(
            "this workstation has no {name} key", name=name, name_vi=_in_vietnamese(name)
        )
    if storage() == KeyStorage.KEYRING:
        stored = secrets.get(profile_id(), f"{name}-identity")
        if stored is None:
            raise UserError(
                "the {name} key is missing from the OS secret store; restore it from a key backup",
                name=name,
                name_vi=_in_vietnamese(name),
            )
        return _matching(x25519.Identity.from_str(stored), name)
    if storage() == KeyStorage.DATABASE:
        slot = f"{name}-identity"
        text = sealed.unseal(slot, passphrase, name, _in_vietnamese(name)).decode("ascii")
        return _matching(x25519.Identity.from_str(text), name)
    if not passphrase:
        raise PassphraseNeededError("the key file needs its passphrase")
    try:
        text = key_files.open_key_file(_identity_file(folder, name), passphrase)
    except age_passphrase.AgePassphraseError as exc:
        raise PassphraseNeededError("wrong passphrase for the key file") from exc
    except OSError as exc:
        raise UserError("cannot read the key file: {reason}", reason=exc.strerror) from exc
    return _matching(x25519.Identity.from_str(text.decode("ascii")), name)


def _matching(identity, name: AgeIdentity):
    """The identity, if it is the one the database records (a restore rewrites both; one
    interrupted between the two leaves them apart, and running it again mends it)."""
    if str(identity.to_public()) != age_recipient(name):
        raise UserError(
            "the {name} key kept on this computer is not the one this workstation's records "
            "name (was a key restore interrupted?); run the key restore again from the backup",
            name=name,
            name_vi=_in_vietnamese(name),
        )
    return identity
