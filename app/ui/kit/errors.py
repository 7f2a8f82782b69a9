"""A service's refusal (app.services.core.errors.UserError) in the interface language."""

from __future__ import annotations

from app.ui.kit.labels import is_english


def user_message(exc) -> str:
    """exc.message() in English or Vietnamese, as the interface is; str(exc) for other errors."""
    message = getattr(exc, "message", None)
    if not callable(message):
        return str(exc)
    return message("en" if is_english() else "vi")
