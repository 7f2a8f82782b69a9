"""Settings of the workstation (of the office, on its server): a key and its text per row."""

import peewee

from app.models.base import BaseModel
from app.models.dialect import upsert


class Setting(BaseModel):
    """A workstation setting (which agency it serves, whether it consolidates), as text.

    On a consolidating office's PostgreSQL server these are the office's settings, shared by
    its PCs; what belongs to one PC stays in its profile folder."""

    key = peewee.CharField(primary_key=True)
    value = peewee.TextField()

    @classmethod
    def put(cls, key: str, value: str) -> None:
        """Set one setting, replacing its value if it has one."""
        upsert(cls, {"key": key, "value": value})

    @classmethod
    def put_many(cls, values: dict[str, str]) -> None:
        upsert(cls, [{"key": k, "value": v} for k, v in values.items()])
