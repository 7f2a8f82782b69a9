"""Keys over time: rotation vouched for by the old key, revocation, backup and restore.

A rotation statement ({agency, old and new fingerprint, new public key}) is signed with the old
key and travels in every later bundle's manifest; DoFA enrols the new key only when the
statement verifies with the agency's enrolled key. Backups are one age file encrypted with a
passphrase (scrypt): all private keys, and the public trust this workstation holds, so a
restored DoFA imports the bundles made for the old machine.
"""

from __future__ import annotations

import base64
import glob
import json
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.models import Agency, AgencyKey, Setting
from app.services.catalogue import register
from app.services.catalogue.register import message_names
from app.services.core import audit, event_log, writer_lock
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction
from app.services.core.wire import KeyRotation, canonical_bytes
from app.services.keys import age_passphrase, key_files, keys

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

ROTATION_SETTING = "rotation.statement"
BACKUP_KIND = "key-backup"


def _raw(private_key: Ed25519PrivateKey) -> str:
    data = private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return base64.b64encode(data).decode("ascii")


# --- rotation (agency) ---------------------------------------------------------------------


def rotate(station: Workstation, passphrase: str | None = None) -> AgencyKey:
    """A new signing key, vouched for by the old one in the next bundles."""
    old_private = keys.load_signing_key(station.folder, passphrase)
    old_record = keys.current_key(station.agency)
    new_private = Ed25519PrivateKey.generate()
    new_public = new_private.public_key()
    statement = {
        "kind": "key-rotation",
        "agency": station.agency_code,
        "old_fingerprint": old_record.fingerprint,
        "new_fingerprint": keys.fingerprint(new_public),
        "new_public_key_pem": keys.public_pem(new_public),
        "created_at": audit.now_iso(),
    }
    signature = old_private.sign(canonical_bytes(statement))
    old_slot = keys.signing_slot()
    # The writer lock keeps another process's start-up clean-up away from the new key file
    # while the database does not name it yet.
    with writer_lock.exclusive(station.session, station.folder):
        keys.discard_other_signing_keys(station.folder)  # what an interrupted rotation left
        keys.discard_retired_signing_secrets(station.agency)
        keys.note_pending_slot(keys.slot_of(new_private))
        with station.session.atomic():
            # The new key is on disk (synced) before the database names it; the old one stays
            # until the switch is committed, so a crash leaves a current key that is there.
            keys.store_signing_key(station.folder, new_private, passphrase)
            old_record.retired_at = statement["created_at"]
            old_record.save()
            record = keys.record_public_key(station.agency, new_public)
            vouched = {**statement, "signature": base64.b64encode(signature).decode("ascii")}
            Setting.put(ROTATION_SETTING, json.dumps(vouched))
            audit.record(AuditAction.KEY_ROTATE, old=old_record.fingerprint, new=record.fingerprint)
        keys.discard_signing_slot(station.folder, old_slot)
    event_log.info("key_rotated", old=old_record.fingerprint, new=record.fingerprint)
    return record


def rotation_statement() -> dict | None:
    row = Setting.get_or_none(Setting.key == ROTATION_SETTING)
    return json.loads(row.value) if row else None


def vouched_key(agency: Agency, signing_key: str, statement: KeyRotation) -> AgencyKey | None:
    """On DoFA: the new key a bundle's rotation statement vouches for, unsaved, or None."""
    if statement.agency != agency.code or statement.new_fingerprint != signing_key:
        return None
    old = AgencyKey.get_or_none(
        (AgencyKey.fingerprint == statement.old_fingerprint) & (AgencyKey.agency == agency)
    )
    if old is None or not old.enrolled_at or old.revoked_at:
        return None
    try:
        old_public = serialization.load_pem_public_key(old.public_key_pem.encode("ascii"))
        old_public.verify(statement.signature, statement.signed_bytes())
        new_public = serialization.load_pem_public_key(statement.new_public_key_pem.encode("ascii"))
    except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
        return None
    if not isinstance(new_public, Ed25519PublicKey):
        return None
    if keys.fingerprint(new_public) != statement.new_fingerprint:
        return None
    return AgencyKey(
        agency=agency,
        public_key_pem=statement.new_public_key_pem,
        fingerprint=statement.new_fingerprint,
        created_at=statement.created_at,
        age_recipient=old.age_recipient,
        vouched_by=old.fingerprint,
    )


def enrol_vouched(record: AgencyKey) -> None:
    """Inside the bundle's transaction: trust the new key, retire (not revoke) the old."""
    now = audit.now_iso()
    AgencyKey.update(retired_at=now).where(
        (AgencyKey.agency == record.agency)
        & AgencyKey.enrolled_at.is_null(False)
        & AgencyKey.retired_at.is_null()
        & AgencyKey.revoked_at.is_null()
    ).execute()
    record.enrolled_at = now
    record.save()
    audit.record(
        AuditAction.KEY_ROTATION_ACCEPTED, agency=record.agency.code, new=record.fingerprint
    )


# --- revocation (DoFA) ---------------------------------------------------------------------


def revoke(station: Workstation, agency_code: str, actor: str | None = None) -> list[AgencyKey]:
    agency = register.get(agency_code)
    current = list(
        AgencyKey.select().where(
            (AgencyKey.agency == agency)
            & AgencyKey.enrolled_at.is_null(False)
            & AgencyKey.revoked_at.is_null()
        )
    )
    if not current:
        raise UserError("{name} has no trusted key to revoke", **message_names(agency))
    with station.session.atomic():
        now = audit.now_iso()
        for record in current:
            record.revoked_at = now
            record.save()
        audit.record(
            AuditAction.KEY_REVOKE,
            actor,
            agency=agency.code,
            fingerprints=[r.fingerprint for r in current],
        )
    return current


# --- backup and restore (any workstation) --------------------------------------------------


def backup(
    station: Workstation, out: Path, backup_passphrase: str, key_passphrase: str | None = None
) -> dict:
    if len(backup_passphrase or "") < keys.MIN_PASSPHRASE_LENGTH:
        raise UserError(
            "the backup passphrase must have at least {count} characters",
            count=keys.MIN_PASSPHRASE_LENGTH,
        )
    identities = {}
    for name in (keys.DECRYPTION, keys.ESCROW):
        if keys.age_recipient(name):
            identities[name] = str(keys.load_age_identity(station.folder, name, key_passphrase))
    current = keys.current_key(station.agency)
    content = {
        "format": 1,
        "kind": BACKUP_KIND,
        "agency": station.agency_code,
        "created_at": audit.now_iso(),
        "signing_key": _raw(keys.load_signing_key(station.folder, key_passphrase)),
        "signing_fingerprint": current.fingerprint,
        "identities": identities,
        # Public trust: the keys this workstation knows (enrolled agencies, DoFA's key).
        "known_keys": [
            {
                "agency": k.agency.code,
                "public_key_pem": k.public_key_pem,
                "fingerprint": k.fingerprint,
                "created_at": k.created_at,
                "retired_at": k.retired_at,
                "age_recipient": k.age_recipient,
                "enrolled_at": k.enrolled_at,
                "revoked_at": k.revoked_at,
                "vouched_by": k.vouched_by,
            }
            for k in AgencyKey.select(AgencyKey, Agency).join(Agency)
        ],
        "settings": {
            s.key: s.value
            for s in Setting.select().where(
                # format: the settings' keys of trusted agencies' keys (exchange.trust.TRUST)
                Setting.key.startswith("trust.") | (Setting.key == ROTATION_SETTING)
            )
        },
    }
    data = json.dumps(content, ensure_ascii=False).encode("utf-8")
    # Replaced atomically: an earlier good backup at `out` stays whole until this one is. A
    # temporary file an interrupted backup to the same name left beside it goes now.
    for leftover in out.parent.glob(f".{glob.escape(out.name)}.*.part"):
        leftover.unlink(missing_ok=True)
    key_files.write_private_file(out, age_passphrase.encrypt(data, backup_passphrase))
    audit.record(AuditAction.KEY_BACKUP, file=out.name)
    event_log.info("key_backup_written", file=out.name)
    return content


def restore(
    station: Workstation, path: Path, backup_passphrase: str, key_passphrase: str | None = None
) -> dict:
    try:
        content = json.loads(age_passphrase.decrypt(path.read_bytes(), backup_passphrase))
        if content["kind"] != BACKUP_KIND:
            raise KeyError("kind")
    except OSError as exc:
        raise UserError(
            "cannot read {file}: {reason}", file=path.name, reason=exc.strerror
        ) from exc
    except (ValueError, KeyError, TypeError) as exc:  # AgePassphraseError is a ValueError
        raise UserError(
            "{file} could not be opened: the passphrase is wrong or the file is not a key "
            "backup. A lost passphrase cannot be recovered by anyone.",
            file=path.name,
        ) from exc
    if content["agency"] != station.agency_code:
        raise UserError(
            "this backup holds the keys of {backup}, but this workstation serves {agency}",
            backup=content["agency"],
            agency=station.agency_code,
        )
    private_key = Ed25519PrivateKey.from_private_bytes(base64.b64decode(content["signing_key"]))
    old_slot = keys.signing_slot()
    with writer_lock.exclusive(station.session, station.folder), station.session.atomic():
        keys.store_signing_key(station.folder, private_key, key_passphrase)
        for name, secret_text in content["identities"].items():
            keys.store_age_identity(station.folder, name, secret_text, key_passphrase)
        _restore_known_keys(station, content)
        for name, value in content["settings"].items():
            Setting.put(name, value)
        audit.record(
            AuditAction.KEY_RESTORE, file=path.name, fingerprint=content["signing_fingerprint"]
        )
    keys.discard_signing_slot(station.folder, old_slot)
    keys.discard_other_signing_keys(station.folder)
    return content


def _restore_known_keys(station: Workstation, content: dict) -> None:
    for item in content["known_keys"]:
        agency = Agency.get_or_none(Agency.code == item["agency"])
        if agency is None:
            continue
        record = AgencyKey.get_or_none(AgencyKey.fingerprint == item["fingerprint"])
        if record is None:
            record = AgencyKey(agency=agency, fingerprint=item["fingerprint"])
        for name in (
            "public_key_pem",
            "created_at",
            "retired_at",
            "age_recipient",
            "enrolled_at",
            "revoked_at",
            "vouched_by",
        ):
            setattr(record, name, item.get(name))
        record.save()
    # The restored key signs from now on; a key made on this machine before is retired.
    AgencyKey.update(retired_at=audit.now_iso()).where(
        (AgencyKey.agency == station.agency.id)
        & AgencyKey.retired_at.is_null()
        & (AgencyKey.fingerprint != content["signing_fingerprint"])
    ).execute()
