"""A service's refusal (app.services.core.errors.UserError) in the interface language."""

from __future__ import annotations

from app.services.core import storage_errors
from app.ui.kit.labels import ui_language


def user_message(exc) -> str:
    """exc.message() in English or Vietnamese, as the interface is; a full disk, read-only
    media or a damaged database in plain words; str(exc) for other errors."""
    if isinstance(exc, storage_errors.STORAGE_ERRORS):
        exc = storage_errors.explain(exc, storage_errors.open_profile_folder()) or exc
    message = getattr(exc, "message", None)
    if not callable(message):
        return str(exc)
    return message(ui_language())
