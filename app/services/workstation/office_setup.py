"""Setting up a consolidating office on a PostgreSQL server: the first officer creates its
database (`setup --agency CODE --dofa --database URL`), the others join it from their own PCs
(`setup --database URL`, with DoFA's passphrase).

Agencies keep one workstation each on SQLite; only the consolidating office shares a server.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.models import Setting
from app.models.migrations import migrate, schema_version
from app.models.session import DatabaseSession
from app.services.core import audit, storage_errors, writer_lock
from app.services.core.errors import UsageError, UserError
from app.services.core.vocabulary import AuditAction
from app.services.keys import keys, sealed
from app.services.workstation import office_server


def check_new_office(url: str, consolidating: bool, passphrase: str | None) -> str:
    """Refuses what cannot make an office database before anything is made; returns the URL."""
    if not consolidating:
        raise UsageError(
            "only the consolidating (DoFA) workstation keeps its data on a database server; "
            "add --dofa, or leave out --database for an agency"
        )
    url = office_server.checked_url(url)
    sealed.require_passphrase(passphrase)
    return url


def _holds_office(session: DatabaseSession) -> bool:
    return (
        schema_version(session.database) > 0
        and Setting.get_or_none(Setting.key == "agency") is not None
    )


def open_new_office(url: str) -> DatabaseSession:
    """A session on the office's empty database, its schema laid out; refuses one that
    already holds an office (or anything else)."""
    session = office_server.connect(url, migrate_schema=False)
    server = storage_errors.server_name(url)
    try:
        if _holds_office(session):
            raise UserError(
                "the database {server} already holds an office's data; to use it from this "
                "computer, join it with `plantracker setup --database URL`",
                server=server,
            )
        if schema_version(session.database) == 0 and session.database.get_tables():
            raise UserError(
                "the database {server} already holds other tables; give Plan Tracker an empty "
                "database of its own",
                server=server,
            )
        migrate(session.database, None)
    except BaseException:
        session.close()
        raise
    return session


def join_office(folder: Path, url: str, passphrase: str | None):
    """Another officer's PC: a profile folder naming the office's database, checked by
    opening DoFA's keys with the passphrase. Refuses a used folder or a wrong passphrase."""
    from app.services.workstation import profile

    if profile.is_set_up(folder):
        raise UserError(
            "{folder} already holds a workstation profile; choose another folder", folder=folder
        )
    url = office_server.checked_url(url)
    keys.lock()
    session = office_server.connect(url, migrate_schema=False)
    try:
        if not _holds_office(session) or Setting.get_by_id("consolidating").value != "1":
            raise UserError(
                "the database {server} holds no consolidating office yet; the first officer "
                "sets it up with `plantracker setup --agency CODE --dofa --database URL`",
                server=storage_errors.server_name(url),
            )
        migrate(session.database, None)  # this PC may run a newer release than the one that made it
        keys.load_signing_key(folder, passphrase)  # a wrong passphrase stops here
        keys.load_age_identity(folder, keys.DECRYPTION, passphrase)
        agency_code = Setting.get_by_id("agency").value
        _make_folder(folder, url)
        audit.record(AuditAction.PROFILE_JOIN, agency=agency_code, folder=str(folder))
    except BaseException:
        keys.lock()
        session.close()
        raise
    return profile.Workstation(folder, agency_code, True, session)


def _make_folder(folder: Path, url: str) -> None:
    from app.services.workstation import profile

    created = profile.first_missing_ancestor(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, profile.FOLDER_MODE)
        office_server.write_url(folder, url)
        writer_lock.create_lock_file(folder)
    except OSError as exc:
        if created is not None:
            shutil.rmtree(created, ignore_errors=True)
        raise UserError(
            "cannot create the profile folder {folder}: {error}",
            folder=folder,
            error=exc.strerror,
        ) from exc
