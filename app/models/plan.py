"""A plan as issued: sections, items, paragraphs, its duties and the agencies they name."""

import peewee

from app.models.agency import Agency
from app.models.base import BaseModel, FlagField


class Plan(BaseModel):
    """A plan (e.g. Decision 590/QĐ-UBND) as loaded from resources/plans."""

    code = peewee.CharField(unique=True)
    version = peewee.IntegerField()
    number_symbol = peewee.CharField()
    date = peewee.DateField()
    place_vi = peewee.CharField()
    issuer_vi = peewee.CharField()
    issuer_en = peewee.CharField()
    signer_name = peewee.CharField()
    signer_title_vi = peewee.CharField()
    signer_title_en = peewee.CharField()
    decision_title_vi = peewee.TextField()
    decision_title_en = peewee.TextField()
    title_vi = peewee.TextField()
    title_en = peewee.TextField()
    preamble_vi = peewee.TextField()
    preamble_en = peewee.TextField()
    active = FlagField(default=True)
    # The plan file exactly as loaded, so it can be shown or passed on unchanged.
    source_json = peewee.TextField()


class PlanSection(BaseModel):
    """A Roman-numbered section; I and II are context, III and IV hold duties."""

    plan = peewee.ForeignKeyField(Plan, backref="sections", on_delete="CASCADE")
    ident = peewee.CharField()
    position = peewee.IntegerField()
    title_vi = peewee.TextField()
    title_en = peewee.TextField()
    reportable = FlagField()


class PlanItem(BaseModel):
    """A numbered item of a section, e.g. III.2 "Sở Ngoại vụ"; the heading may be absent."""

    section = peewee.ForeignKeyField(PlanSection, backref="items", on_delete="CASCADE")
    number = peewee.CharField()
    position = peewee.IntegerField()
    heading_vi = peewee.TextField(null=True)
    heading_en = peewee.TextField(null=True)


class PlanParagraph(BaseModel):
    """A context paragraph of sections I and II: shown, never reported on."""

    item = peewee.ForeignKeyField(PlanItem, backref="paragraphs", on_delete="CASCADE")
    position = peewee.IntegerField()
    text_vi = peewee.TextField()
    text_en = peewee.TextField()
    bullet = FlagField()


class Duty(BaseModel):
    """A reportable item with its stable reference (III.2.3)."""

    plan = peewee.ForeignKeyField(Plan, backref="duties", on_delete="CASCADE")
    item = peewee.ForeignKeyField(PlanItem, backref="duties", on_delete="CASCADE")
    ref = peewee.CharField()
    position = peewee.IntegerField()
    text_vi = peewee.TextField()
    text_en = peewee.TextField()
    bullet = FlagField()
    lead_in_vi = peewee.TextField(null=True)
    lead_in_en = peewee.TextField(null=True)

    class Meta:
        indexes = ((("plan", "ref"), True),)


class DutyAgency(BaseModel):
    """Who answers for a duty: role 'lead' (chủ trì) or 'coordinating' (phối hợp)."""

    duty = peewee.ForeignKeyField(Duty, backref="agencies", on_delete="CASCADE")
    agency = peewee.ForeignKeyField(Agency, backref="duty_links", on_delete="RESTRICT")
    role = peewee.CharField()

    class Meta:
        indexes = ((("duty", "agency"), True), (("agency", "role"), False))
