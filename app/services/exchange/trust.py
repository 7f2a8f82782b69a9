"""Trust between an agency and DoFA: the signed setup kit and the enrolment file.

DoFA exports a kit for an agency (plan, register, DoFA's public keys, the agency's code), signed
with DoFA's key and holding nothing secret. The agency's workstation is made from it (or an
existing standalone one adopts it), makes its own keys and exports an enrolment file. DoFA
enrols that key only when the fingerprint read out by phone matches.
"""

from __future__ import annotations

import base64
import json
import uuid
from pathlib import Path

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.models import Agency, AgencyKey, Setting
from app.services.catalogue import catalogue, register
from app.services.catalogue.register import message_names
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.files import write_atomically
from app.services.core.vocabulary import AuditAction
from app.services.core.wire import (
    Enrolment,
    SetupKit,
    SignedFile,
    WireError,
    canonical_bytes,
    read_signed_file,
)
from app.services.keys import keys
from app.services.workstation import profile
from app.services.workstation.profile import Workstation

KIT_SUFFIX = ".ptkit"
ENROLMENT_SUFFIX = ".ptenroll"
TRUST = "trust."  # format: the settings' keys of trusted agencies' keys


def _signed_file(body_name: str, body: dict, private_key) -> bytes:
    signature = private_key.sign(canonical_bytes(body))
    document = {body_name: body, "signature": base64.b64encode(signature).decode("ascii")}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


MAX_FILE_BYTES = 64 * 1024 * 1024  # a kit carries the plan and the register: well under this
KIND_VI = {"setup-kit": "bộ cài đặt", "enrollment": "ghi danh"}


def _read_signed_file(path: Path, body_name: str, kind: str) -> SignedFile:
    """The body of a kit or enrolment file, the bytes its signature covers and the signature."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError(
                "{file} is not a {kind} file", file=path.name, kind=kind, kind_vi=KIND_VI[kind]
            )
        data = path.read_bytes()
    except OSError as exc:
        raise UserError(
            "cannot read {file}: {reason}", file=path.name, reason=exc.strerror
        ) from exc
    code = "bad_kit" if kind == "setup-kit" else "bad_enrolment"
    try:
        signed = read_signed_file(data, body_name, code)
        kind_given = signed.body.get("kind")
    except WireError as exc:
        raise UserError(
            "{file} is not a {kind} file", file=path.name, kind=kind, kind_vi=KIND_VI[kind]
        ) from exc
    if kind_given != kind:
        raise UserError(
            "{file} is not a {kind} file", file=path.name, kind=kind, kind_vi=KIND_VI[kind]
        )
    return signed


def _typed(path: Path, signed: SignedFile, reader):
    """The body read strictly; the refusal names the file and the field at fault."""
    try:
        return reader(signed.body)
    except WireError as exc:
        if exc.code == "newer_format":
            raise UserError(
                "{file} was made by a newer Plan Tracker; update this workstation first",
                file=path.name,
            ) from exc
        raise WireError(
            "{file} cannot be read: {detail}",
            code=exc.code,
            file=path.name,
            detail=str(exc),
            detail_vi=exc.message("vi"),
        ) from exc


def _verify(public_pem: str, signed: SignedFile, path: Path) -> Ed25519PublicKey:
    """Check the signature over the bytes received; the key is the one the file carries."""
    try:
        public_key = serialization.load_pem_public_key(public_pem.encode("ascii"))
        if not isinstance(public_key, Ed25519PublicKey):
            raise ValueError("not an Ed25519 key")
        public_key.verify(signed.signature, signed.signed_bytes)
    except (InvalidSignature, ValueError, UnsupportedAlgorithm) as exc:
        raise UserError("{file} has been changed since it was signed", file=path.name) from exc
    return public_key


def normalise_fingerprint(text: str) -> str:
    letters = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


# --- on DoFA -------------------------------------------------------------------------------


def export_kit(
    station: Workstation, agency_code: str, out: Path, passphrase: str | None = None
) -> dict:
    agency = register.get(agency_code)
    if not agency.active:
        raise UserError(
            "{name} is retired; a kit is made only for an active agency",
            **message_names(agency),
        )
    own_key = keys.current_key(station.agency)
    plan = catalogue.active_plan()
    kit = {
        "format": 1,
        "kind": "setup-kit",
        "kit_id": uuid.uuid4().hex,
        "created_at": audit.now_iso(),
        "agency": agency.code,
        "dofa": {
            "agency": station.agency_code,
            "name_vi": station.agency.name_vi,
            "signing_public_key_pem": own_key.public_key_pem,
            "fingerprint": own_key.fingerprint,
            "age_recipient": keys.age_recipient(keys.DECRYPTION),
            "escrow_recipient": keys.age_recipient(keys.ESCROW),
        },
        "plan": json.loads(plan.source_json),
        "register": register.snapshot(),
    }
    private_key = keys.load_signing_key(station.folder, passphrase)
    _write(out, _signed_file("kit", kit, private_key))
    audit.record(AuditAction.KIT_EXPORT, agency=agency.code, kit_id=kit["kit_id"], file=out.name)
    return kit


def import_enrolment(
    station: Workstation, path: Path, confirmed_fingerprint: str, replace: bool = False
) -> AgencyKey:
    """Trust an agency's key, only when the fingerprint read out by phone matches the file.

    replace: DoFA's explicit approval to replace the agency's trusted key (a lost machine
    enrolled again from a new kit); the old key is revoked and its bundles' sequence ends.
    """
    signed = _read_signed_file(path, "enrollment", "enrollment")
    body = _typed(path, signed, Enrolment.read)
    public_key = _verify(body.signing_public_key_pem, signed, path)
    actual = keys.fingerprint(public_key)
    if normalise_fingerprint(confirmed_fingerprint) != actual:
        audit.record(AuditAction.ENROL_REFUSED, agency=body.agency, file=path.name)
        raise UserError(
            "the fingerprint you entered does not match {file}; ask the agency to read out the "
            "fingerprint its screen shows, and do not enrol until they match",
            file=path.name,
        )
    agency = register.get(body.agency)
    current = enrolled_key(agency)
    if current is not None and current.fingerprint == actual:
        return current
    if current is not None and not replace:
        raise UserError(
            "{name} is already enrolled with key {fingerprint}; revoke that key before "
            "enrolling another",
            **message_names(agency),
            fingerprint=current.fingerprint,
        )
    with station.session.atomic():
        if current is not None:
            current.revoked_at = audit.now_iso()
            current.save()
            audit.record(
                AuditAction.ENROL_REPLACE, agency=agency.code, old=current.fingerprint, new=actual
            )
        record = AgencyKey.get_or_none(AgencyKey.fingerprint == actual)
        if record is None:
            record = AgencyKey.create(
                agency=agency,
                public_key_pem=body.signing_public_key_pem,
                fingerprint=actual,
                created_at=body.created_at,
            )
        record.age_recipient = body.age_recipient
        record.enrolled_at = audit.now_iso()
        record.revoked_at = None
        record.save()
        audit.record(AuditAction.ENROL_IMPORT, agency=agency.code, fingerprint=actual)
    return record


def enrolled_key(agency: Agency | register.AgencyInfo) -> AgencyKey | None:
    return (
        AgencyKey.select()
        .where(
            (AgencyKey.agency == agency.id)
            & AgencyKey.enrolled_at.is_null(False)
            & AgencyKey.revoked_at.is_null()
        )
        .order_by(AgencyKey.id.desc())
        .first()
    )


# --- on the agency -------------------------------------------------------------------------


def read_kit(path: Path) -> SetupKit:
    """The kit, its signature checked over the bytes received with the key it carries (which
    only the fingerprint read aloud by DoFA makes trusted: see setup_from_kit)."""
    signed = _read_signed_file(path, "kit", "setup-kit")
    kit = _typed(path, signed, SetupKit.read)
    public_key = _verify(kit.dofa.signing_public_key_pem, signed, path)
    if keys.fingerprint(public_key) != kit.dofa.fingerprint:
        raise UserError("{file} has been changed since it was signed", file=path.name)
    return kit


def check_kit_fingerprint(kit: SetupKit, confirmed_fingerprint: str | None, path: Path) -> None:
    """Trust goes both ways: a kit is adopted only with DoFA's fingerprint read aloud."""
    if not confirmed_fingerprint or not confirmed_fingerprint.strip():
        raise UserError(
            "adopting a kit needs DoFA's key fingerprint, read out by DoFA (plantracker keys "
            "show); give it with --fingerprint"
        )
    if normalise_fingerprint(confirmed_fingerprint) != kit.dofa.fingerprint:
        raise UserError(
            "the fingerprint you entered does not match DoFA's key in {file}; ask DoFA to read "
            "out the fingerprint its screen shows, and do not adopt the kit until they match",
            file=path.name,
        )


def setup_from_kit(
    folder: Path, path: Path, confirmed_fingerprint: str | None, passphrase: str | None = None
) -> Workstation:
    """A workstation bound to the DoFA that signed the kit, left open; an existing one keeps
    its reports."""
    kit = read_kit(path)
    check_kit_fingerprint(kit, confirmed_fingerprint, path)
    if profile.is_set_up(folder):
        station = profile.open_profile(folder)
        try:
            _adopt_into(station, kit, passphrase)
        except BaseException:
            station.close()
            raise
        return station
    registers = [kit.register.as_dict()]
    station = profile.create_profile(
        folder, kit.agency, False, passphrase, catalogue_data=(registers, [kit.plan.data])
    )
    _adopt(station, kit)
    return station


def adopt_kit(
    station: Workstation, path: Path, confirmed_fingerprint: str, passphrase: str | None = None
) -> None:
    """The open agency workstation binds itself to the DoFA that signed the kit."""
    kit = read_kit(path)
    check_kit_fingerprint(kit, confirmed_fingerprint, path)
    _adopt_into(station, kit, passphrase)


def _adopt_into(station: Workstation, kit: SetupKit, passphrase: str | None) -> None:
    """A set-up workstation takes the kit of its own agency from the DoFA it reports to."""
    if station.agency_code != kit.agency:
        raise UserError(
            "this kit is for {kit_agency}, but this workstation serves {agency}",
            kit_agency=kit.agency,
            agency=station.agency_code,
        )
    bound_to = trust_setting("dofa_fingerprint")
    if bound_to is not None and bound_to != kit.dofa.fingerprint:
        raise UserError(
            "this workstation already reports to the DoFA with key {current}; a kit signed "
            "with key {other} is refused",
            current=bound_to,
            other=kit.dofa.fingerprint,
        )
    if keys.age_recipient(keys.DECRYPTION) is None:
        keys.create_age_identity(station.folder, keys.DECRYPTION, passphrase)
    _adopt(station, kit)


def _adopt(station: Workstation, kit: SetupKit) -> None:
    dofa = kit.dofa
    with station.session.atomic():
        register.load_register(station.session, kit.register.as_dict())
        dofa_agency = register.get(dofa.agency)
        if AgencyKey.get_or_none(AgencyKey.fingerprint == dofa.fingerprint) is None:
            AgencyKey.create(
                agency=dofa_agency,
                public_key_pem=dofa.signing_public_key_pem,
                fingerprint=dofa.fingerprint,
                created_at=kit.created_at,
                enrolled_at=audit.now_iso(),
                age_recipient=dofa.age_recipient,
            )
        values = {
            "dofa_agency": dofa.agency,
            "dofa_fingerprint": dofa.fingerprint,
            "dofa_recipient": dofa.age_recipient,
            "escrow_recipient": dofa.escrow_recipient,
            "kit_id": kit.kit_id,
        }
        Setting.put_many({TRUST + k: v for k, v in values.items()})
        audit.record(
            AuditAction.KIT_ADOPT, kit_id=kit.kit_id, dofa=dofa.agency, fingerprint=dofa.fingerprint
        )


def trust_setting(name: str) -> str | None:
    row = Setting.get_or_none(Setting.key == TRUST + name)
    return row.value if row else None


def require_dofa() -> dict:
    """DoFA's public keys as adopted from the kit."""
    if trust_setting("kit_id") is None:
        raise UserError(
            "this workstation was not set up from DoFA's kit; adopt a kit first "
            "(plantracker setup --kit FILE)"
        )
    return {
        name: trust_setting(name)
        for name in (
            "dofa_agency",
            "dofa_fingerprint",
            "dofa_recipient",
            "escrow_recipient",
            "kit_id",
        )
    }


def export_enrolment(station: Workstation, out: Path, passphrase: str | None = None) -> dict:
    dofa = require_dofa()
    key = keys.current_key(station.agency)
    body = {
        "format": 1,
        "kind": "enrollment",
        "kit_id": dofa["kit_id"],
        "agency": station.agency_code,
        "name_vi": station.agency.name_vi,
        "signing_public_key_pem": key.public_key_pem,
        "fingerprint": key.fingerprint,
        "age_recipient": keys.age_recipient(keys.DECRYPTION),
        "created_at": audit.now_iso(),
    }
    private_key = keys.load_signing_key(station.folder, passphrase)
    _write(out, _signed_file("enrollment", body, private_key))
    audit.record(AuditAction.ENROL_EXPORT, fingerprint=key.fingerprint, file=out.name)
    return body


def _write(out: Path, data: bytes) -> None:
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise UserError("could not write {file}: {reason}", file=out, reason=exc.strerror) from exc
