import peewee

from app.models.base import BaseModel


class Setting(BaseModel):
    """A workstation setting (which agency it serves, whether it consolidates), as text."""

    key = peewee.CharField(primary_key=True)
    value = peewee.TextField()
