"""The outgoing register: documents given a number and date by the records clerk."""

import peewee

from app.models.agency import Agency
from app.models.base import BaseModel
from app.models.plan import Plan

# format: the stored values (models import no service; test_vocabulary ties them to the enums)
OUTGOING_KINDS = ("report", "consolidated", "reminder")


class IssuedDocument(BaseModel):
    """One line of an outgoing register (sổ đăng ký văn bản đi, Decree 30 Appendix IV): a
    document given its number and date by the records clerk.

    Numbers run per issuing agency and calendar year. The issue statement (what was issued, its
    number, date and clerk) is canonical JSON signed with the issuing agency's key, so DoFA can
    hold and verify the statements of the reports it imports beside its own register.
    """

    agency = peewee.ForeignKeyField(Agency, on_delete="RESTRICT")  # the issuing agency
    year = peewee.IntegerField()
    number = peewee.IntegerField()
    symbol = peewee.CharField()  # "45/BC-SYT", "12/SNGV-VP"
    issued_on = peewee.DateField()
    kind = peewee.CharField()  # one of OUTGOING_KINDS
    plan = peewee.ForeignKeyField(Plan, on_delete="RESTRICT")
    period_id = peewee.CharField()
    revision = peewee.IntegerField(null=True)  # the report revision issued; None for a letter
    title = peewee.TextField()  # the excerpt (trích yếu) as the register writes it
    signer_name = peewee.CharField()
    signer_position = peewee.CharField()
    recipients = peewee.TextField()  # "Nơi nhận", one line each
    copies = peewee.IntegerField()
    clerk_login = peewee.CharField()
    clerk_name = peewee.CharField()
    clerk_position = peewee.CharField()
    content_sha256 = peewee.CharField()  # what was issued: the signed content's hash
    statement_json = peewee.TextField()  # canonical issue statement
    signature = peewee.CharField()  # base64 Ed25519 over statement_json
    key_fingerprint = peewee.CharField()
    recorded_at = peewee.CharField()

    class Meta:
        indexes = (
            (("agency", "year", "number"), True),  # format: column names
            (("agency", "kind", "plan", "period_id", "revision"), False),
        )
