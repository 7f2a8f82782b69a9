"""Bundles sent and received, conflicts kept aside for a person, and replies sent."""

import peewee

from app.models.agency import Agency
from app.models.base import BaseModel
from app.models.plan import Plan


class BundleSent(BaseModel):
    """A bundle this agency exported: its place in the agency's sequence and what it held."""

    sequence = peewee.IntegerField(unique=True)
    manifest_sha256 = peewee.CharField()
    previous_manifest_sha256 = peewee.CharField(null=True)
    created_at = peewee.CharField()
    file_name = peewee.CharField()
    size = peewee.IntegerField()
    reports = peewee.TextField()  # JSON [{period, revision}]


class BundleReceived(BaseModel):
    """A bundle the consolidating workstation imported (rejected ones are in the audit log)."""

    agency = peewee.ForeignKeyField(Agency, on_delete="RESTRICT")
    sequence = peewee.IntegerField()
    manifest_sha256 = peewee.CharField(unique=True)
    previous_manifest_sha256 = peewee.CharField(null=True)
    created_at = peewee.CharField()  # as the agency's manifest says
    received_at = peewee.CharField()
    file_name = peewee.CharField()
    verdict = peewee.CharField()  # imported | conflict
    summary = peewee.TextField()  # JSON of the per-report outcomes
    # Sequences restart with a new key (a re-enrolled machine): gaps are counted per key.
    signing_key = peewee.CharField(null=True)

    class Meta:
        indexes = ((("agency", "sequence"), False),)


class ReportConflict(BaseModel):
    """A second, different signed content for a revision DoFA already holds.

    Both versions are validly signed; a person decides which one counts. Which one waits here
    does not depend on arrival order: the report table keeps the content with the smaller hash.
    """

    agency = peewee.ForeignKeyField(Agency, on_delete="RESTRICT")
    plan = peewee.ForeignKeyField(Plan, on_delete="RESTRICT")
    period_id = peewee.CharField()
    revision = peewee.IntegerField()
    content_json = peewee.TextField()
    content_sha256 = peewee.CharField()
    signature = peewee.CharField()
    key_fingerprint = peewee.CharField()
    detected_at = peewee.CharField()
    resolved_at = peewee.CharField(null=True)
    resolved_by = peewee.CharField(null=True)
    kept_sha256 = peewee.CharField(null=True)

    class Meta:
        indexes = ((("agency", "plan", "period_id", "revision", "content_sha256"), True),)


class ReplySent(BaseModel):
    """A reply file DoFA wrote for an agency: receipts, returns, plan and register updates."""

    agency = peewee.ForeignKeyField(Agency, on_delete="RESTRICT")
    sequence = peewee.IntegerField()
    manifest_sha256 = peewee.CharField()
    created_at = peewee.CharField()
    file_name = peewee.CharField()
    summary = peewee.TextField()  # JSON: counts of receipts and returns, versions sent

    class Meta:
        indexes = ((("agency", "sequence"), True),)
