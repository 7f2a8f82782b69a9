"""Errors a user can cause and fix: the message says what happened and what to do."""


class UserError(Exception):
    """Refused or failed because of the input; the CLI exits 1, the UI shows the message."""


class UsageError(UserError):
    """The command cannot run here (wrong workstation kind, missing profile); CLI exit 2."""
