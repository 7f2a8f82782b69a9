"""The database proxy and the base model every table derives from."""

import peewee

db = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = db
        legacy_table_names = False
