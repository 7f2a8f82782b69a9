"""Local accounts: login, name, position, role and password hash."""

import peewee

from app.models.base import BaseModel, FlagField

# format: the stored values (models import no service; test_vocabulary ties them to the enums)
ROLES = ("drafter", "approver", "clerk")


class UserAccount(BaseModel):
    """A local account; approvers (head of agency or deputy) sign reports off, the clerk
    (văn thư) gives outgoing documents their number and date."""

    login = peewee.CharField(unique=True)
    full_name = peewee.CharField()
    position = peewee.CharField()
    role = peewee.CharField()
    password_hash = peewee.CharField()  # scrypt, see services/accounts/passwords.py
    active = FlagField(default=True)
    created_at = peewee.CharField()
