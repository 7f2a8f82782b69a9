"""Agencies' public signing keys, old ones kept; private keys never enter the database."""

import peewee

from app.models.agency import Agency
from app.models.base import BaseModel


class AgencyKey(BaseModel):
    """An agency's public signing key. Private keys never enter the database.

    Old keys stay so that reports signed with them remain verifiable.
    """

    agency = peewee.ForeignKeyField(Agency, backref="keys", on_delete="RESTRICT")
    public_key_pem = peewee.TextField()
    fingerprint = peewee.CharField(unique=True)
    created_at = peewee.CharField()
    retired_at = peewee.CharField(null=True)
    # On the consolidating workstation: the agency's age recipient (for replies), when the
    # key was enrolled (fingerprint confirmed by phone) and when it stopped being trusted.
    age_recipient = peewee.CharField(null=True)
    enrolled_at = peewee.CharField(null=True)
    revoked_at = peewee.CharField(null=True)
    # The key that vouched for this one in a rotation; bundle numbers carry on across it.
    vouched_by = peewee.CharField(null=True)
