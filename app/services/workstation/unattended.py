"""Signing in from PLANTRACKER_USER and PLANTRACKER_PASSWORD (kiosks, the installer's check),
begun before the desktop app loads Qt.

The password's key derivation (scrypt, about 70 ms, strength unchanged) holds no Python lock,
so started here it runs while Qt loads and the main window is built, instead of after Qt has
loaded. Anything unusual (no such variables, a profile not set up, an office's server, which may
need its Retry window, a profile that cannot be opened, an unknown account) begins nothing: the
desktop app then opens the profile and signs in as it always does, and says what is wrong in a
window.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from app.services.accounts import users
from app.services.core import storage_errors
from app.services.core.errors import UserError
from app.services.workstation import office_server, profile

LOGIN_VARIABLE, PASSWORD_VARIABLE = "PLANTRACKER_USER", "PLANTRACKER_PASSWORD"


@dataclass(frozen=True)
class EarlyStart:
    """The profile the desktop app will use, open, and the password check under way."""

    station: profile.Workstation
    login: str
    check: users.PendingSignIn


def credentials() -> tuple[str, str] | None:
    login, password = os.environ.get(LOGIN_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    return (login, password) if login and password else None


def begin(folder: Path) -> EarlyStart | None:
    given = credentials()
    if given is None or not profile.is_set_up(folder) or office_server.is_office_profile(folder):
        return None
    try:
        # What interrupted work left is removed once the window has painted (app/ui/app.py).
        station = profile.open_profile(folder, clean_up=False)
    except (UserError, *storage_errors.STORAGE_ERRORS):
        return None
    try:
        if users.has_accounts():
            return EarlyStart(station, given[0], users.begin_sign_in(station, *given))
    except UserError:
        pass  # an unknown or throttled account: the app's own sign-in says so
    station.close()
    return None
