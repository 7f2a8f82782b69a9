"""The activity log: every state change, who made it and when."""

import peewee

from app.models.base import BaseModel


class AuditEntry(BaseModel):
    """One state change: who did what, when. Never updated or deleted."""

    at = peewee.CharField()  # ISO 8601 with offset
    actor = peewee.CharField()
    action = peewee.CharField()
    detail = peewee.TextField(default="")
