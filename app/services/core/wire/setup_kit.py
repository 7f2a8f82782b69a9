"""The setup kit (`.ptkit`) and the enrolment file (`.ptenroll`): signed JSON files.

Each file is `{"<kit|enrollment>": body, "signature": base64}`, the signature made over the
canonical bytes of the body. The file is read strictly (no key twice, no NaN), so the body a
reader sees is the one whose canonical bytes were checked; `signed_bytes` are those bytes.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from app.services.core.wire.canonical import canonical_bytes
from app.services.core.wire.fields import (
    AGE_FORM,
    AGE_RECIPIENT,
    Fields,
    WireError,
    load_json,
)
from app.services.core.wire.register import PlanData, RegisterSnapshot

FILE_FORMAT = 1
PEM_LIMIT = 1000


@dataclass(frozen=True)
class SignedFile:
    body: dict
    signed_bytes: bytes
    signature: bytes


def read_signed_file(data: bytes, body_name: str, code: str) -> SignedFile:
    """The body, the bytes its signature covers and the signature; nothing verified yet."""
    f = Fields(load_json(data, code), "", code)
    body = f.raw(body_name)
    encoded = f.text("signature", 200)
    f.done()
    if not isinstance(body, dict):
        raise WireError(
            "{field} must be {expected}",
            code=code,
            field=body_name,
            expected="an object",
            expected_vi="một đối tượng",
        )
    try:
        signature = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise WireError(
            "{field} must be {expected}",
            code=code,
            field="signature",
            expected="base64",
            expected_vi="base64",
        ) from exc
    return SignedFile(body, canonical_bytes(body), signature)


def _format(f: Fields, kind: str) -> None:
    if f.count("format", 1) > FILE_FORMAT:
        raise WireError(
            "the file was made by a newer Plan Tracker (format {version})",
            code="newer_format",
            version=f.raw("format"),
        )
    f.choice("kind", (kind,))


@dataclass(frozen=True)
class DofaKeys:
    agency: str
    name_vi: str
    signing_public_key_pem: str
    fingerprint: str
    age_recipient: str
    escrow_recipient: str


@dataclass(frozen=True)
class SetupKit:
    kit_id: str
    created_at: str
    agency: str
    dofa: DofaKeys
    plan: PlanData
    register: RegisterSnapshot

    @classmethod
    def read(cls, body: dict) -> SetupKit:
        f = Fields(body, "kit", "bad_kit")
        _format(f, "setup-kit")
        dofa = f.obj("dofa")
        made = cls(
            kit_id=f.text("kit_id", 64),
            created_at=f.time("created_at"),
            agency=f.text("agency", 40),
            dofa=DofaKeys(
                dofa.text("agency", 40),
                dofa.text("name_vi"),
                dofa.text("signing_public_key_pem", PEM_LIMIT, lines=True),
                dofa.fingerprint("fingerprint"),
                dofa.pattern("age_recipient", AGE_RECIPIENT, AGE_FORM),
                dofa.pattern("escrow_recipient", AGE_RECIPIENT, AGE_FORM),
            ),
            plan=PlanData.read(f.obj("plan")),
            register=RegisterSnapshot.read(f.obj("register")),
        )
        dofa.done()
        f.done()
        return made


@dataclass(frozen=True)
class Enrolment:
    kit_id: str
    agency: str
    name_vi: str
    signing_public_key_pem: str
    fingerprint: str
    age_recipient: str
    created_at: str

    @classmethod
    def read(cls, body: dict) -> Enrolment:
        f = Fields(body, "enrollment", "bad_enrolment")
        _format(f, "enrollment")
        made = cls(
            kit_id=f.text("kit_id", 64),
            agency=f.text("agency", 40),
            name_vi=f.text("name_vi"),
            signing_public_key_pem=f.text("signing_public_key_pem", PEM_LIMIT, lines=True),
            fingerprint=f.fingerprint("fingerprint"),
            age_recipient=f.pattern("age_recipient", AGE_RECIPIENT, AGE_FORM),
            created_at=f.time("created_at"),
        )
        f.done()
        return made
