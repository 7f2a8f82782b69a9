"""The approver's USB token, through its vendor's PKCS#11 library.

The library path is a workstation setting (`token set --module PATH`). Certificates are read
without a PIN; the PIN is asked for each signature, used once and never kept. It is never
retried either: a token locks itself after a few wrong PINs, so a second attempt is the
person's decision, not the app's.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.x509.oid import NameOID

from app.models import Setting
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction

MODULE_SETTING = "token_module"
SCHEME_SETTING = "token_signature_scheme"
TSA_SETTING = "token_tsa_url"
SCHEMES = ("pkcs1v15", "pss")

# Where the drivers of the VGCA tokens install their PKCS#11 library on Windows (the tokens are
# SafeNet, driver "TokenManager", or Bit4id, driver "bit4id xpki"); offered, never required.
SUGGESTED_MODULES = (
    r"C:\Windows\System32\eTPKCS11.dll",  # SafeNet eToken (VGCA TokenManager)
    r"C:\Windows\System32\bit4xpki.dll",  # Bit4id (VGCA)
    "/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so",
    "/usr/lib/softhsm/libsofthsm2.so",
)


class TokenError(UserError):
    """A refusal at the token (no token, no certificate, wrong or locked PIN): the PIN field
    is what a dialog clears."""


@dataclass(frozen=True)
class TokenSettings:
    module: str | None
    scheme: str  # "pkcs1v15" or "pss"
    tsa_url: str | None

    @property
    def configured(self) -> bool:
        return bool(self.module)


@dataclass(frozen=True)
class TokenRequest:
    """Sign with the token too: which certificate (None: the only one there is) and how to
    ask for the PIN (called once, only after the certificate was found valid)."""

    cert_id: str | None
    pin: Callable[[], str]


@dataclass(frozen=True)
class TokenCertificate:
    """A signing certificate found on a token."""

    slot: int
    token_label: str
    id: str  # CKA_ID, hexadecimal: what `--cert` names
    certificate: x509.Certificate

    @property
    def subject(self) -> str:
        return self.certificate.subject.rfc4514_string()

    @property
    def issuer(self) -> str:
        return self.certificate.issuer.rfc4514_string()

    @property
    def common_name(self) -> str:
        return common_name(self.certificate.subject)

    @property
    def not_after(self) -> datetime:
        return self.certificate.not_valid_after_utc

    def expired(self, now: datetime | None = None) -> bool:
        now = now or datetime.now(UTC)
        return not self.certificate.not_valid_before_utc <= now <= self.not_after

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "subject": self.subject,
            "issuer": self.issuer,
            "not_after": self.not_after.isoformat(),
        }


def common_name(name: x509.Name) -> str:
    names = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else name.rfc4514_string()


def settings() -> TokenSettings:
    values = dict(
        Setting.select(Setting.key, Setting.value)
        .where(Setting.key.in_((MODULE_SETTING, SCHEME_SETTING, TSA_SETTING)))
        .tuples()
    )
    return TokenSettings(
        values.get(MODULE_SETTING) or None,
        values.get(SCHEME_SETTING) or "pkcs1v15",
        values.get(TSA_SETTING) or None,
    )


def configure(module: str, scheme: str = "pkcs1v15", tsa_url: str | None = None) -> None:
    """Point this workstation at a token driver; it is loaded once to check it is one."""
    if scheme not in SCHEMES:
        raise UserError("unknown signature scheme {scheme}", scheme=scheme)
    if tsa_url is not None and not tsa_url.startswith(("http://", "https://")):
        raise UserError("the time-stamp server must be an http:// or https:// address")
    _load(module)
    for key, value in ((MODULE_SETTING, module), (SCHEME_SETTING, scheme), (TSA_SETTING, tsa_url)):
        if value:
            Setting.put(key, value)
        else:
            Setting.delete().where(Setting.key == key).execute()
    audit.record(AuditAction.TOKEN_CONFIGURE, module=module, scheme=scheme, tsa=tsa_url)


def _load(module: str):
    """The PKCS#11 library, or a plain refusal (missing file, not a token driver)."""
    import pkcs11  # loaded only where tokens are used

    if not Path(module).is_file():
        raise UserError(
            "the token driver {module} does not exist; install the token's software or give "
            "the path of its PKCS#11 library",
            module=module,
        )
    try:
        return pkcs11.lib(os.fspath(module))
    except (pkcs11.PKCS11Error, OSError, RuntimeError) as exc:
        raise UserError(
            "{module} could not be loaded as a PKCS#11 token driver: {error}",
            module=module,
            error=str(exc),
        ) from exc


def _require_module() -> str:
    module = settings().module
    if not module:
        raise UserError(
            "this workstation has no token driver set; run `plantracker token set --module PATH`"
        )
    return module


def _present_tokens(lib) -> list:
    """Initialised tokens in their slots (an empty reader or a blank token is skipped)."""
    from pkcs11 import PKCS11Error, TokenFlag

    found = []
    try:
        slots = lib.get_slots(token_present=True)
        for slot in slots:
            token = slot.get_token()
            if token.flags & TokenFlag.TOKEN_INITIALIZED:
                found.append((slot, token))
    except PKCS11Error as exc:
        raise TokenError("the token could not be read: {error}", error=_explain(exc)) from exc
    return found


def list_certificates(module: str | None = None) -> list[tuple[int, str, list[TokenCertificate]]]:
    """[(slot, token label, certificates)] for every token plugged in; no PIN needed."""
    from pkcs11 import Attribute, ObjectClass, PKCS11Error

    lib = _load(module or _require_module())
    result = []
    for slot, token in _present_tokens(lib):
        certificates = []
        try:
            with token.open() as session:
                for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
                    try:
                        cert = x509.load_der_x509_certificate(bytes(obj[Attribute.VALUE]))
                    except ValueError:
                        continue  # not an X.509 certificate the app can use
                    certificates.append(
                        TokenCertificate(
                            slot.slot_id, token.label.strip(), bytes(obj[Attribute.ID]).hex(), cert
                        )
                    )
        except PKCS11Error as exc:
            raise TokenError("the token could not be read: {error}", error=_explain(exc)) from exc
        result.append((slot.slot_id, token.label.strip(), certificates))
    return result


def choose_certificate(cert_id: str | None = None) -> TokenCertificate:
    """The certificate to sign with: the one named, else the only one there is."""
    tokens = list_certificates()
    if not tokens:
        raise TokenError("no token is plugged in; insert the token and try again")
    found = [c for _, _, certs in tokens for c in certs]
    if cert_id is not None:
        found = [c for c in found if c.id == cert_id.lower()]
        if not found:
            raise TokenError(
                "the token holds no certificate with id {id}; `plantracker token list` shows them",
                id=cert_id,
            )
    if not found:
        raise TokenError("the token holds no certificate to sign with")
    if len(found) > 1:
        raise TokenError(
            "the token holds several certificates; choose one with --cert ({ids})",
            ids=", ".join(c.id for c in found),
        )
    chosen = found[0]
    if chosen.expired():
        raise TokenError(
            "the certificate of {name} is not valid now (valid until {date}); ask the "
            "certification authority to renew it",
            name=chosen.common_name,
            date=chosen.not_after.strftime("%d/%m/%Y"),
        )
    return chosen


def _explain(exc: Exception) -> str:
    return type(exc).__name__


@contextmanager
def signing_session(chosen: TokenCertificate, pin: Callable[[], str]) -> Iterator[object]:
    """A logged-in PKCS#11 session on the chosen certificate's token; PIN tried once."""
    from pkcs11 import PKCS11Error, exceptions

    lib = _load(_require_module())
    tokens = [t for s, t in _present_tokens(lib) if s.slot_id == chosen.slot]
    if not tokens:
        raise TokenError("the token was removed; insert it and try again")
    typed = pin()
    if not typed:
        raise TokenError("no PIN was given; nothing was signed")
    try:
        session = tokens[0].open(user_pin=typed)
    except exceptions.PinIncorrect as exc:
        raise TokenError(
            "wrong PIN for the token; nothing was signed. The token locks itself after a few "
            "wrong PINs: check the PIN before trying again"
        ) from exc
    except exceptions.PinLocked as exc:
        raise TokenError(
            "the token is locked after too many wrong PINs; nothing was signed. Ask the "
            "certification authority to unlock it"
        ) from exc
    except (exceptions.PinLenRange, exceptions.PinInvalid) as exc:
        raise TokenError("that PIN has the wrong length or characters; nothing was signed") from exc
    except (exceptions.TokenNotPresent, exceptions.DeviceRemoved) as exc:
        raise TokenError("the token was removed; insert it and try again") from exc
    except PKCS11Error as exc:
        raise TokenError("the token could not be read: {error}", error=_explain(exc)) from exc
    try:
        yield session
    finally:
        session.close()
