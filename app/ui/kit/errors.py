"""Any error that reaches a screen, in the interface language.

A service's refusal (app.services.core.errors.UserError) carries its own translation; a full
disk, read-only media or a damaged database is put in plain words; anything else is a fault of
the program: its traceback goes to the log and the screen says so in the interface language,
never in the exception's own (English, technical) words.
"""

from __future__ import annotations

from app.services.core import event_log, storage_errors
from app.services.core.errors import UserError
from app.ui.kit.labels import ui_language


def user_message(exc: BaseException) -> str:
    """What to tell the user about `exc`, in English or Vietnamese as the interface is."""
    if isinstance(exc, storage_errors.STORAGE_ERRORS):
        exc = storage_errors.explain(exc, storage_errors.open_profile_folder()) or exc
    if not isinstance(exc, UserError):
        exc = event_log.unexpected(exc)
    return exc.message(ui_language())


def sentence(text: str, keep_case: bool = False) -> str:
    """A message as a sentence: a capital first letter (unless `keep_case`: a file's name
    leads it) and a closing stop."""
    text = text.strip()
    if not keep_case:
        text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."
