"""A profile whose data live on the consolidating office's PostgreSQL server.

The profile folder then holds, instead of its SQLite file, `server.ini` naming the database by
a `postgresql://` URL (never a password), beside its per-PC files (interface settings, logs,
evidence and outputs in progress). The password, where the server asks for one, comes from
libpq's own places — PGPASSWORD, ~/.pgpass (%APPDATA%\\postgresql\\pgpass.conf on Windows) —
else from the OS secret store (service "plantracker-postgresql", user: the URL). TLS follows
the URL's `sslmode`; without one libpq's `prefer` uses TLS whenever the server offers it
(`?sslmode=require` or `verify-full` in the URL insists on it).
"""

from __future__ import annotations

import configparser
import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit, urlunsplit

import peewee

from app.models.session import DatabaseSession
from app.services.core import storage_errors
from app.services.core.errors import UserError
from app.services.keys import secrets

SETTINGS_NAME = "server.ini"
SECTION = "database"  # format: the section of server.ini
SCHEMES = ("postgresql", "postgres")


def settings_file(folder: Path) -> Path:
    return folder / SETTINGS_NAME


def is_office_profile(folder: Path) -> bool:
    return settings_file(folder).is_file()


def server_of(folder: Path) -> str | None:
    """The server and database a profile's data is on, as a person reads them; None for a
    profile that keeps its data in its own folder."""
    if not is_office_profile(folder):
        return None
    from app.services.core.storage_errors import server_name

    return server_name(read_url(folder))


def checked_url(url: str) -> str:
    """The URL in the form libpq and peewee read (postgresql://…); refuses a password in it."""
    parts = urlsplit(url.strip())
    if parts.scheme not in SCHEMES:
        raise UserError(
            "{url} is not a PostgreSQL address; write it as postgresql://USER@SERVER/DATABASE",
            url=url,
        )
    if parts.password is not None or "password" in parse_qs(parts.query):
        raise UserError(
            "the database address must not hold a password (it would be kept in the profile); "
            "give the password in PGPASSWORD or ~/.pgpass, or keep it in the OS secret store"
        )
    if not parts.path.strip("/"):
        raise UserError(
            "{url} names no database; write it as postgresql://USER@SERVER/DATABASE", url=url
        )
    return urlunsplit(("postgresql", *parts[1:]))


def read_url(folder: Path) -> str:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(folder), encoding="utf-8")
        return checked_url(parser[SECTION]["url"])
    except (KeyError, configparser.Error, OSError) as exc:
        raise UserError(
            "{file} does not name the office's database; set the workstation up again",
            file=settings_file(folder),
        ) from exc


def write_url(folder: Path, url: str) -> None:
    from app.services.core import files

    text = (
        "# This workstation keeps its data on the office's PostgreSQL server.\n"
        f"[{SECTION}]\nurl = {checked_url(url)}\n"
    )
    files.write_atomically(settings_file(folder), text.encode("utf-8"), 0o600)


def stored_password(url: str) -> str | None:
    """The server password from the OS secret store, when libpq has none of its own."""
    if os.environ.get("PGPASSWORD") or not secrets.available():
        return None
    return secrets.server_password(url)


def store_password(url: str, password: str) -> None:
    """Keep the server password in the OS secret store (the set-up assistant asks for it)."""
    secrets.set_server_password(checked_url(url), password)


def connect(url: str, migrate_schema: bool = True) -> DatabaseSession:
    """A session on the office's database; a refused or failed connection is a plain refusal
    naming the server."""
    try:
        return DatabaseSession.open_server(url, stored_password(url), migrate_schema)
    except peewee.OperationalError as exc:
        raise storage_errors.server_refusal(url, exc) from exc
