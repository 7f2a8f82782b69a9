"""DoFA's consolidated report, by revision, and the reminder letters it sent."""

import peewee

from app.models.agency import Agency
from app.models.base import BaseModel
from app.models.plan import Plan

# format: the stored values (models import no service; test_vocabulary ties them to the enums)
CONSOLIDATED_STATUSES = ("draft", "signed")


class ConsolidatedReport(BaseModel):
    """One revision of DoFA's consolidated report on a plan for a period, to the Provincial
    People's Committee. Signed revisions never change; an amendment is a new revision.

    The text is the pre-fill DoFA last accepted (agencies' passages and the dashboard counts)
    with DoFA's own writing on top; a later import changes the live pre-fill, never these.
    """

    plan = peewee.ForeignKeyField(Plan, on_delete="RESTRICT")
    period_id = peewee.CharField()
    revision = peewee.IntegerField()
    # format: the stored value of ReportStatus.DRAFT
    status = peewee.CharField(default="draft")
    # JSON {section ident: DoFA's summary of that section}; "" is the opening summary.
    summary_vi = peewee.TextField(default="{}")
    assessment_vi = peewee.TextField(default="")  # DoFA's overall assessment
    accepted_prefill = peewee.TextField(default="{}")  # JSON: the pre-fill DoFA last accepted
    edits = peewee.TextField(default="{}")  # JSON {"<ref>|<agency code>": DoFA's rewrite}
    # JSON {"<ref>|<agency code>" or "counts": fingerprint of the live version DoFA chose not
    # to take}, so a change DoFA kept away is not offered again until it changes once more.
    dismissed = peewee.TextField(default="{}")
    amend_reason = peewee.TextField(null=True)
    # One more at every save: a window that signs checks the row is the one it showed.
    version = peewee.IntegerField(default=0)
    created_at = peewee.CharField()
    updated_at = peewee.CharField()
    # Filled at sign-off; content_json is the canonical signed content.
    number = peewee.IntegerField(null=True)
    signed_at = peewee.CharField(null=True)
    signer_login = peewee.CharField(null=True)
    signer_name = peewee.CharField(null=True)
    signer_position = peewee.CharField(null=True)
    content_json = peewee.TextField(null=True)
    content_sha256 = peewee.CharField(null=True)
    signature = peewee.CharField(null=True)  # base64 Ed25519 over the canonical content
    key_fingerprint = peewee.CharField(null=True)

    class Meta:
        indexes = ((("plan", "period_id", "revision"), True),)


class Reminder(BaseModel):
    """A reminder letter (công văn đôn đốc) DoFA wrote to an agency about a period's report.

    One letter addressed to several agencies is one row per agency, sharing number and file.
    """

    plan = peewee.ForeignKeyField(Plan, on_delete="RESTRICT")
    period_id = peewee.CharField()
    agency = peewee.ForeignKeyField(Agency, on_delete="RESTRICT")
    sent_at = peewee.CharField()
    file_name = peewee.CharField()
    number = peewee.IntegerField(null=True)

    class Meta:
        indexes = ((("plan", "period_id", "agency"), False),)
