"""What several officers of one office share when their data lives on the office's server,
beyond the reports themselves: evidence kept in the database and the counters other officers'
screens watch. (Transactions run one at a time on both backends: models/connection.py.)
"""

from __future__ import annotations

import peewee

from app.models.base import BaseModel


class EvidenceBlob(BaseModel):
    """An evidence file (or a token-signed PDF) kept in the database, named by its SHA-256.

    Used where the database is the office's server: every officer's PC reads the same store,
    and an import writes its evidence in its own transaction (all or nothing with the bundle).
    """

    sha256 = peewee.CharField(primary_key=True)
    size = peewee.IntegerField()
    data = peewee.BlobField()


class ChangeCounter(BaseModel):
    """A number that grows with every committed change of a kind (imports, receipts, …), so
    another officer's screens can tell by one cheap read that they should reload."""

    name = peewee.CharField(primary_key=True)
    value = peewee.IntegerField(default=0)
