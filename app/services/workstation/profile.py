"""Workstation profiles: a folder with one database; selection by flag, environment, default.

The database is the folder's SQLite file, or, for a consolidating office that shares its data
between several officers' PCs, a PostgreSQL database the folder names (office_server.py).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.models import Setting, worker_connections
from app.models.connection import ReadOnlyProfileError
from app.models.migrations import SchemaTooNewError
from app.models.session import DatabaseSession
from app.paths import default_profile_dir
from app.services.catalogue import catalogue, periods, register
from app.services.core import audit, storage_errors, writer_lock
from app.services.core.errors import UsageError, UserError
from app.services.core.vocabulary import AuditAction, KeyStorage
from app.services.keys import sealed
from app.services.workstation import leftovers, office_server

# The key store (and with it the cryptography library) and the office set-up are imported
# where a profile is created: opening one needs neither, and a desktop start paints sooner.

# Password hashes, keys' records and report texts are for this workstation's user alone.
FOLDER_MODE = 0o700
FILE_MODE = 0o600

DB_NAME = "plantracker.sqlite"
ENV_PROFILE = "PLANTRACKER_PROFILE"


def resolve_profile_dir(flag: str | None) -> Path:
    if flag:
        return Path(flag).expanduser()
    if os.environ.get(ENV_PROFILE):
        return Path(os.environ[ENV_PROFILE]).expanduser()
    return default_profile_dir()


@dataclass(frozen=True)
class Workstation:
    """An open profile: its agency, whether it consolidates (DoFA), and the database session
    it owns. Services that write take it (or its `session`) and run their transactions in
    `station.session.atomic()`. Closing the workstation closes its session; it is a context
    manager. One is open per process (see app/models/session.py)."""

    folder: Path
    agency_code: str
    consolidating: bool
    session: DatabaseSession = field(compare=False, repr=False)

    @property
    def agency(self) -> register.AgencyInfo:
        """The agency it serves, as a plain object (read when asked: a rename shows)."""
        return register.info(self.agency_code)

    def close(self) -> None:
        """Close the database: this thread's connection and those pool threads keep between
        tasks (when the app quits, so SQLite folds its write-ahead log back)."""
        self.session.close()

    def __enter__(self) -> Workstation:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def db_path(folder: Path) -> Path:
    return folder / DB_NAME


def is_set_up(folder: Path) -> bool:
    return db_path(folder).is_file() or office_server.is_office_profile(folder)


def _open_database(folder: Path) -> DatabaseSession:
    sealed.lock()  # keys a previous workstation opened stay with it
    if office_server.is_office_profile(folder):
        return office_server.connect(office_server.read_url(folder))
    return DatabaseSession.open_file(db_path(folder))


def open_profile(folder: Path, clean_up: bool = True) -> Workstation:
    """Open a set-up profile, migrating its schema (with a backup) when it is older.

    clean_up=False leaves what interrupted work left (leftovers.py) to the caller: the desktop
    app removes it once its window has painted."""
    if not is_set_up(folder):
        raise UsageError(
            "no workstation profile in {folder}; create one with `plantracker setup`",
            folder=folder,
        )
    session = None
    try:
        session = _open_database(folder)
        settings = dict(Setting.select(Setting.key, Setting.value).tuples())
    except SchemaTooNewError as exc:
        raise UserError(
            "{folder}: {error}. Install the newer Plan Tracker.", folder=folder, error=exc
        ) from exc
    except ReadOnlyProfileError as exc:
        raise UserError(
            "{folder} is read-only and its database was made by an older release, which "
            "must update it first; copy the profile folder to a writable disk and open it "
            "there.",
            folder=folder,
        ) from exc
    except storage_errors.STORAGE_ERRORS as exc:
        explained = storage_errors.explain(exc, folder)  # while the session says what it is
        if session is not None:
            session.close()
        if explained is None:
            raise
        raise explained from exc
    if "agency" not in settings:
        session.close()
        raise UserError(
            "the profile in {folder} was not set up completely; set it up again", folder=folder
        )
    _restrict_permissions(folder)
    if clean_up:
        leftovers.remove_leftovers(session, folder)
    return Workstation(folder, settings["agency"], settings.get("consolidating") == "1", session)


# A pool thread takes its kept connection back before a task and keeps it after (the UI's
# task runner calls these; the connection stays open for the next task, see
# app/models/worker_connections.py).
begin_worker_task = worker_connections.begin_work
end_worker_task = worker_connections.end_work


def _restrict_permissions(folder: Path) -> None:
    """Profiles made by earlier releases were readable by every user of the computer."""
    if os.name != "posix" or not os.access(folder, os.W_OK):
        return
    for path, mode in ((folder, FOLDER_MODE), *((p, FILE_MODE) for p in _database_files(folder))):
        try:
            if os.stat(path).st_uid == os.getuid() and os.stat(path).st_mode & 0o077:
                os.chmod(path, mode)
        except OSError:
            pass  # a file that vanished (the -shm of a closed database) or is not ours


def _database_files(folder: Path) -> list[Path]:
    return [p for p in folder.glob(DB_NAME + "*") if p.is_file()]


def open_bundled_catalogue(with_plans: bool = True) -> DatabaseSession:
    """A throwaway in-memory database holding the bundled register and (unless a command
    lists agencies only, which need no plan) the bundled plans."""
    session = DatabaseSession.open_memory()
    plans = catalogue.bundled_plans() if with_plans else []
    _load_catalogue(session, register.bundled_registers(), plans)
    return session


def _bundled_catalogue() -> tuple[list[dict], list[dict]]:
    return register.bundled_registers(), catalogue.bundled_plans()


def _load_catalogue(session: DatabaseSession, registers: list[dict], plans: list[dict]) -> None:
    """The register and plans into the session being set up."""
    for data in registers:
        register.load_register(session, data)
    for plan in plans:
        catalogue.load_plan(session, plan)


def first_missing_ancestor(folder: Path) -> Path | None:
    """The outermost folder that set-up would create, so a failure can remove it again."""
    if folder.exists():
        return None
    missing = folder
    while not missing.parent.exists():
        missing = missing.parent
    return missing


def create_profile(
    folder: Path,
    agency_code: str,
    consolidating: bool,
    passphrase: str | None = None,
    catalogue_data: tuple[list[dict], list[dict]] | None = None,
    database_url: str | None = None,
    finish: Callable[[Workstation], None] | None = None,
) -> Workstation:
    """Set up a new workstation with its keys; refuses a used folder. All or nothing: when
    any step fails, nothing stays in the folder, and an office's server keeps none of the
    rows (only the schema just laid out, empty, which the next try takes).

    The passphrase is needed only where no OS secret store exists (see services/keys/keys.py).
    catalogue_data (registers, plans) replaces the bundled catalogue, e.g. from a setup kit.
    database_url: the consolidating office's new PostgreSQL database instead of a SQLite file;
    DoFA's keys are then kept in it, sealed with the passphrase (office_setup.py).
    finish: the set-up's last step, in its transaction, given the workstation being made;
    what it raises undoes the whole set-up.
    """
    from app.services.keys import keys
    from app.services.workstation import office_setup

    if is_set_up(folder):
        raise UserError(
            "{folder} already holds a workstation profile; choose another folder", folder=folder
        )
    if database_url is not None:
        database_url = office_setup.check_new_office(database_url, consolidating, passphrase)
    created = first_missing_ancestor(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, FOLDER_MODE)
        if database_url is not None:
            office_server.write_url(folder, database_url)
        else:
            # Created 0600 before SQLite opens it; its -wal and -shm files take the same mode.
            os.close(os.open(db_path(folder), os.O_WRONLY | os.O_CREAT, FILE_MODE))
        writer_lock.create_lock_file(folder)
    except OSError as exc:
        raise UserError(
            "cannot create the profile folder {folder}: {error}",
            folder=folder,
            error=exc.strerror,
        ) from exc
    session = None
    try:
        keys.lock()
        if database_url is not None:
            session = office_setup.open_new_office(database_url)
        else:
            session = DatabaseSession.open_file(db_path(folder))
        with session.atomic():
            if database_url is not None:
                Setting.put(keys.STORAGE_SETTING, KeyStorage.DATABASE)
            _load_catalogue(session, *(catalogue_data or _bundled_catalogue()))
            agency = register.get(agency_code)  # refuses an unknown code before anything is kept
            agency_code = agency.code
            Setting.insert_many(
                [
                    {"key": "agency", "value": agency_code},
                    {"key": "consolidating", "value": "1" if consolidating else "0"},
                ]
            ).execute()
            audit.record(AuditAction.PROFILE_SETUP, agency=agency_code, consolidating=consolidating)
            keys.create_signing_key(folder, agency, passphrase)
            keys.create_age_identity(folder, keys.DECRYPTION, passphrase)
            if consolidating:
                keys.create_age_identity(folder, keys.ESCROW, passphrase)
            if finish is not None:
                finish(Workstation(folder, agency_code, consolidating, session))
    except BaseException:
        if session is not None:
            session.close()
        keys.lock()
        leftovers_of_setup = [folder / writer_lock.LOCK_NAME, office_server.settings_file(folder)]
        for leftover in [*folder.glob(DB_NAME + "*"), *leftovers_of_setup]:
            leftover.unlink(missing_ok=True)
        shutil.rmtree(folder / keys.KEY_FILE.parent, ignore_errors=True)
        if created is not None:
            shutil.rmtree(created, ignore_errors=True)
        raise
    return Workstation(folder, agency_code, consolidating, session)


@dataclass(frozen=True)
class NewOffice:
    """A consolidating workstation just set up: the period it follows up from and the
    escrow identity, to show once."""

    workstation: Workstation
    first_period: str
    escrow_identity: str


def create_consolidating_profile(
    folder: Path,
    agency_code: str,
    passphrase: str | None = None,
    plan_code: str | None = None,
    database_url: str | None = None,
) -> NewOffice:
    """DoFA's workstation (create_profile), following up from the period now under way of
    the active plan (or plan_code's) and with its escrow identity read back; a failure of
    either leaves no profile behind, so set-up can simply be tried again."""
    from app.services.keys import keys

    made: list[tuple[str, str]] = []  # (first period, escrow identity), once followed up

    def follow_up(station: Workstation) -> None:
        plan = catalogue.active_plan(plan_code)
        first = periods.track_from_current(station, plan)  # not earlier periods
        made.append((first, str(keys.load_age_identity(folder, keys.ESCROW, passphrase))))

    station = create_profile(
        folder, agency_code, True, passphrase, database_url=database_url, finish=follow_up
    )
    first, escrow = made[0]
    return NewOffice(station, first, escrow)


def setup_choices() -> list[dict]:
    """The agencies a new workstation can serve, from the bundled registers.

    Each is marked `consolidating` when the register names it as the consolidating agency.
    """
    choices = []
    for data in register.bundled_registers():
        for agency in data["agencies"]:
            if agency.get("active", True):
                choice = dict(agency)
                choice["consolidating"] = agency["code"] == data.get("consolidating_agency")
                choices.append(choice)
    return choices
