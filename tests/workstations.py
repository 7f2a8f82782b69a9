"""Moving between workstations in a test: one is open per process (app/models/session.py), so
a test that works on several closes the open one before opening the next, here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.models.session import close_open_session, open_session

__all__ = ["close_open_session", "create", "set_aside", "use"]
from app.services.keys import sealed
from app.services.workstation import profile
from app.services.workstation.profile import Workstation
from tests import pg_cluster


def use(station: Workstation | Path) -> Workstation:
    """Close the open workstation, if any, and open this one: a workstation the test holds
    opens its own session again (so what the test passes to services is the open one); a
    folder opens as the app opens it."""
    close_open_session()
    if isinstance(station, Workstation):
        sealed.lock()  # the keys of the workstation closed stay with it, as open_profile does
        station.session.reopen()
        station.session.database.connect()  # at once, as opening the profile does
        pg_cluster.unlock_given_keys(station.folder)
        return station
    return profile.open_profile(station)


def create(folder: Path, agency_code: str, consolidating: bool, *more, **options) -> Workstation:
    """Close the open workstation, if any, and set up a new one (left open)."""
    close_open_session()
    return profile.create_profile(folder, agency_code, consolidating, *more, **options)


@contextmanager
def set_aside() -> Iterator[None]:
    """Close the open workstation for what runs inside (a command run in this process, which
    starts with none open, as its own process would) and open it again after."""
    held = open_session()
    close_open_session()
    try:
        yield
    finally:
        close_open_session()  # what the command left open, if it failed to close it
        if held is not None:
            held.reopen()
