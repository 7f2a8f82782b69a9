"""The certificates a workstation trusts for token signatures, and the CRLs it holds.

DoFA (and any agency that wants to check PDFs) imports the certification authority's root and
intermediate certificates once, from PEM or DER files, and may import CRL files for offline
revocation checks. Nothing is fetched from the network.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.models import RevocationList, TrustedCertificate
from app.services.core import audit, strict_input
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

MAX_FILE_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class AddedCertificate:
    subject: str
    self_signed: bool
    new: bool


def _read(path: Path) -> bytes:
    strict_input.require_input_file(path)  # a pipe or a device would block or never end
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise UserError("{path} is too large to be a certificate or CRL file", path=path)
        return path.read_bytes()
    except OSError as exc:
        raise UserError("cannot read {path}: {error}", path=path, error=exc.strerror) from exc


def _certificates(data: bytes, path: Path) -> list[x509.Certificate]:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError as exc:
        raise UserError(
            "{path} holds no certificate (PEM or DER) the app can read", path=path
        ) from exc


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def add_certificates(station: Workstation, path: Path) -> list[AddedCertificate]:
    """Trust the CA certificates in the file (roots and intermediates); end-entity
    certificates are refused, since trusting one signer is not what a root is for."""
    certificates = _certificates(_read(path), path)
    for cert in certificates:
        if not _is_ca(cert):
            raise UserError(
                "{subject} is not a certification authority's certificate; import the "
                "authority's root or intermediate certificate",
                subject=cert.subject.rfc4514_string(),
            )
    added = []
    now = audit.now_iso()
    with station.session.atomic():
        for cert in certificates:
            der = cert.public_bytes(serialization.Encoding.DER)
            sha = hashlib.sha256(der).hexdigest()
            self_signed = cert.subject == cert.issuer
            new = TrustedCertificate.get_or_none(TrustedCertificate.sha256 == sha) is None
            if new:
                TrustedCertificate.create(
                    sha256=sha,
                    der=der,
                    subject=cert.subject.rfc4514_string(),
                    issuer=cert.issuer.rfc4514_string(),
                    serial=format(cert.serial_number, "x"),
                    not_after=cert.not_valid_after_utc.isoformat(),
                    self_signed=self_signed,
                    added_at=now,
                )
                audit.record(
                    AuditAction.TRUST_ADD_CERTIFICATE, subject=cert.subject.rfc4514_string()
                )
            added.append(AddedCertificate(cert.subject.rfc4514_string(), self_signed, new))
    return added


def add_crl(station: Workstation, path: Path) -> RevocationList:
    """Keep a CRL whose signature a trusted certificate vouches for."""
    data = _read(path)
    try:
        crl = (
            x509.load_pem_x509_crl(data) if b"-----BEGIN" in data else x509.load_der_x509_crl(data)
        )
    except ValueError as exc:
        raise UserError(
            "{path} holds no certificate revocation list the app can read", path=path
        ) from exc
    issuers = [
        x509.load_der_x509_certificate(bytes(c.der))
        for c in TrustedCertificate.select()
        if c.subject == crl.issuer.rfc4514_string()
    ]
    if not any(crl.is_signature_valid(i.public_key()) for i in issuers):
        raise UserError(
            "the revocation list from {issuer} is not signed by a trusted certificate; import "
            "that authority's certificate first",
            issuer=crl.issuer.rfc4514_string(),
        )
    der = crl.public_bytes(serialization.Encoding.DER)
    sha = hashlib.sha256(der).hexdigest()
    existing = RevocationList.get_or_none(RevocationList.sha256 == sha)
    if existing is not None:
        return existing
    with station.session.atomic():
        record = RevocationList.create(
            sha256=sha,
            der=der,
            issuer=crl.issuer.rfc4514_string(),
            this_update=crl.last_update_utc.isoformat(),
            next_update=crl.next_update_utc.isoformat() if crl.next_update_utc else None,
            added_at=audit.now_iso(),
        )
        audit.record(
            AuditAction.TRUST_ADD_CRL, issuer=record.issuer, this_update=record.this_update
        )
    return record


def trusted() -> list[TrustedCertificate]:
    return list(TrustedCertificate.select().order_by(TrustedCertificate.id))


def as_json(record: TrustedCertificate) -> dict:
    return {
        "subject": record.subject,
        "issuer": record.issuer,
        "serial": record.serial,
        "not_after": record.not_after,
        "kind": "root" if record.self_signed else "intermediate",
        "sha256": record.sha256,
    }


def validation_context(moment: datetime | None):
    """A pyHanko validation context of the trusted roots, intermediates and CRLs, offline."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko_certvalidator import ValidationContext

    roots, others = [], []
    for record in TrustedCertificate.select():
        cert = asn1_x509.Certificate.load(bytes(record.der))
        (roots if record.self_signed else others).append(cert)
    crls = [bytes(r.der) for r in RevocationList.select()]
    return ValidationContext(
        trust_roots=roots,
        other_certs=others,
        crls=crls,
        allow_fetching=False,
        # Without a CRL for a certificate there is nothing to say it was revoked; with one,
        # a listed certificate fails.
        revocation_mode="soft-fail",
        moment=moment,
    )


@dataclass(frozen=True)
class TrustedAuthority:
    """A trusted CA certificate as the digital signatures dialog lists it."""

    subject: str
    self_signed: bool  # a root; else an intermediate
    not_after: str  # ISO 8601


def authorities() -> list[TrustedAuthority]:
    """The trusted certificates, first added first."""
    return [TrustedAuthority(r.subject, r.self_signed, r.not_after) for r in trusted()]


def keep_crl(station: Workstation, path: Path) -> str:
    """add_crl for screens: the issuer of the kept revocation list."""
    return add_crl(station, path).issuer
