"""The agency register: reporting units by code, active or retired, with their successor."""

import peewee

from app.models.base import BaseModel, FlagField

# format: the stored values (models import no service; test_vocabulary ties them to the enums)
AGENCY_KINDS = ("department", "district", "commune", "armed_force", "mass_organisation", "other")


class Agency(BaseModel):
    """A reporting unit of the register. Retired agencies stay, so their history stays readable."""

    code = peewee.CharField(unique=True)
    name_vi = peewee.CharField()
    name_en = peewee.CharField()
    kind = peewee.CharField()
    active = FlagField(default=True)
    retired_on = peewee.DateField(null=True)
    # The agency that took over this one's duties and history (2025 reform: merges, removals).
    successor = peewee.ForeignKeyField(
        "self", null=True, backref="predecessors", on_delete="SET NULL"
    )
