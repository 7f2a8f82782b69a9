"""The database proxy, the base model every table derives from, and the flag column."""

import peewee

db = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False


class FlagField(peewee.BooleanField):
    """A yes/no column kept as INTEGER 0/1 on both backends.

    The schema's flags are INTEGER (SQLite has no boolean type); PostgreSQL refuses a boolean
    value in an integer column and a bare integer as a condition, so the value goes as 0/1 and
    a condition is written `X.active.is_true()`, never a bare `X.active`.
    """

    field_type = "INTEGER"

    def db_value(self, value):
        return None if value is None else int(bool(value))

    def is_true(self) -> peewee.Expression:
        return self == 1
