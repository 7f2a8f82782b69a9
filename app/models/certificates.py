"""Certificates and revocation lists trusted for token (PAdES) signatures."""

import peewee

from app.models.base import BaseModel, FlagField


class TrustedCertificate(BaseModel):
    """A CA certificate this workstation trusts for token (PAdES) signatures: a root (self-
    signed) or an intermediate that links a signer's certificate to a root."""

    sha256 = peewee.CharField(unique=True)  # of the DER bytes
    der = peewee.BlobField()
    subject = peewee.TextField()
    issuer = peewee.TextField()
    serial = peewee.CharField()  # hexadecimal
    not_after = peewee.CharField()  # ISO 8601
    self_signed = FlagField()
    added_at = peewee.CharField()


class RevocationList(BaseModel):
    """A CRL imported from a file, for offline revocation checks of token certificates."""

    sha256 = peewee.CharField(unique=True)
    der = peewee.BlobField()
    issuer = peewee.TextField()
    this_update = peewee.CharField()
    next_update = peewee.CharField(null=True)
    added_at = peewee.CharField()
