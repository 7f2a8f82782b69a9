"""Reports by agency and period, their entries and attachments, due dates, paper receipts."""

import peewee

from app.models.agency import Agency
from app.models.base import BaseModel
from app.models.plan import Duty, Plan

# format: the stored values (models import no service; test_vocabulary ties them to the enums)
REPORT_STATUSES = ("draft", "submitted", "signed", "sent", "received", "returned")
# format: the stored values (models import no service; test_vocabulary ties them to the enums)
ENTRY_STATUSES = ("not_started", "in_progress", "done", "ongoing", "stalled")


class PeriodDue(BaseModel):
    """A due date set by the consolidating workstation, overriding the computed default."""

    plan = peewee.ForeignKeyField(Plan, on_delete="CASCADE")
    period_id = peewee.CharField()
    due = peewee.DateField()

    class Meta:
        indexes = ((("plan", "period_id"), True),)


class Report(BaseModel):
    """One revision of an agency's report for a period. Signed revisions never change."""

    agency = peewee.ForeignKeyField(Agency, backref="reports", on_delete="RESTRICT")
    plan = peewee.ForeignKeyField(Plan, on_delete="RESTRICT")
    period_id = peewee.CharField()
    revision = peewee.IntegerField()
    # format: the stored value of ReportStatus.DRAFT
    status = peewee.CharField(default="draft")
    amend_reason = peewee.TextField(null=True)
    # The agency's own implementing plan, as IV.1 of Decision 590 requires.
    impl_number = peewee.CharField(default="")
    impl_date = peewee.DateField(null=True)
    impl_title = peewee.TextField(default="")
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
    received_at = peewee.CharField(null=True)
    # How DoFA has it: "local" (written here) or "bundle" (imported); paper copies are
    # PaperReceipt rows, never revisions.
    # format: the stored value of Channel.LOCAL
    channel = peewee.CharField(default="local")
    # DoFA's decision to send the revision back, with what to address.
    returned_at = peewee.CharField(null=True)
    return_comment = peewee.TextField(null=True)
    # The report PDF the approver signed with their token (PAdES), kept under its SHA-256 in
    # the profile's evidence store; None when signed off without a token.
    pdf_sha256 = peewee.CharField(null=True)

    class Meta:
        # The second: the dashboard's queries by period read only the periods shown.
        indexes = (
            (("agency", "plan", "period_id", "revision"), True),
            (("plan", "period_id"), False),
        )


class ReportEntry(BaseModel):
    """What an agency reports on one duty in one report revision."""

    report = peewee.ForeignKeyField(Report, backref="entries", on_delete="CASCADE")
    duty = peewee.ForeignKeyField(Duty, on_delete="RESTRICT")
    status = peewee.CharField(null=True)
    progress = peewee.IntegerField(null=True)
    results = peewee.TextField(default="")
    difficulties = peewee.TextField(default="")
    proposals = peewee.TextField(default="")

    class Meta:
        # format: column names
        indexes = ((("report", "duty"), True),)


class Attachment(BaseModel):
    """An evidence file, stored once in the profile under its SHA-256."""

    entry = peewee.ForeignKeyField(ReportEntry, backref="attachments", on_delete="CASCADE")
    name = peewee.CharField()
    sha256 = peewee.CharField()
    size = peewee.IntegerField()


class PaperReceipt(BaseModel):
    """A report that reached DoFA on paper or by plain email, recorded by hand.

    Not a revision: it carries no signed content, so it never takes a revision number and a
    bundle of any revision of the same report still imports. It counts for the dashboard only
    (received, and on time when the paper copy was signed by the due date).
    """

    agency = peewee.ForeignKeyField(Agency, on_delete="RESTRICT")
    plan = peewee.ForeignKeyField(Plan, on_delete="RESTRICT")
    period_id = peewee.CharField()
    received_on = peewee.DateField()
    signed_on = peewee.DateField()  # the date on the paper copy
    recorded_at = peewee.CharField()
    recorded_by = peewee.CharField(null=True)

    class Meta:
        indexes = ((("plan", "period_id", "agency"), False),)
