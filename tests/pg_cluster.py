"""A real PostgreSQL server for the tests: one cluster per test run, in a temporary folder.

How to open a PostgreSQL profile in a test:

    def test_something(pg_server, tmp_path):
        url = pg_server.new_database()            # an empty database of its own
        station = workstations.create(tmp_path / "dofa", "SNGV", consolidating=True,
                                         passphrase=PASSPHRASE, database_url=url)
        ...                                       # services and models now use PostgreSQL
        joined = office_setup.join_office(tmp_path / "pc2", url, PASSPHRASE)  # a second PC

    # or, on the command line:
    run_cli("--profile", str(folder), "setup", "--agency", "SNGV", "--dofa",
            "--database", url, env={"PLANTRACKER_PASSPHRASE": PASSPHRASE})

    # a second process (a second officer's PC) opens the same database through its own
    # profile folder: `setup --database URL` once, then any command with --profile.

`pg_server.connect(url)` gives a psycopg2 connection for looking at the database directly.
With PLANTRACKER_TEST_BACKEND=postgresql (the second pass of .ci/run) the `dofa` fixture and
every consolidating profile the tests set up (also through `setup --dofa` in-process) get a
database of their own on this server (`_consolidating_profiles_on_postgresql` below, in place
before module- and session-scoped fixtures build their worlds); a test helper that reads a
profile's rows directly uses `profile_query` / `office_connection`. A test of that pass that
opens or uses a consolidating profile on SQLite fails, and the run ends with how many tests
used an office database on PostgreSQL.

The cluster: Debian's `postgresql` package (scripts/setup.sh installs it), `initdb` and
`pg_ctl` run as the unprivileged `postgres` user when the tests run as root (PostgreSQL refuses
root), directly otherwise; it listens on a Unix socket in its folder under /tmp only (no TCP
port, so parallel runs never collide), trusts local connections (but PgServer.PASSWORD_ROLE),
and is stopped and removed at the end of the run. A missing PostgreSQL fails the tests that
need it, with the reason.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, closing, contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest

SUPERUSER = "postgres"
MISSING = (
    "PostgreSQL is not installed: the tests of the consolidating office's server need "
    "Debian's `postgresql` package (scripts/setup.sh --test installs it)"
)


BINDIR_ENV = "PLANTRACKER_TEST_PG_BINDIR"  # where initdb and pg_ctl are, if not Debian's place


def _binaries() -> Path | None:
    if os.environ.get(BINDIR_ENV):
        chosen = Path(os.environ[BINDIR_ENV])
        return chosen if (chosen / "initdb").is_file() else None
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


running: PgServer | None = None  # the session's server, once a test has asked for it


class PgServer:
    """A running throwaway cluster; `new_database()` hands out empty databases.

    Every role is trusted except PASSWORD_ROLE, which must give its password (scram)."""

    PASSWORD_ROLE = "officer"

    def __init__(self, bindir: Path, folder: Path) -> None:
        self.bindir = bindir
        self.folder = folder
        self.data = folder / "data"
        self.socket_dir = folder
        self._numbers = itertools.count(1)
        self.made = 0  # databases made so far

    def _run(self, *command: str) -> None:
        as_user = ["runuser", "-u", SUPERUSER, "--"] if os.geteuid() == 0 else []
        done = subprocess.run(
            [*as_user, *command], capture_output=True, text=True, timeout=120, cwd=self.folder
        )
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}\n{done.stderr}")

    def start(self) -> None:
        self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
            "-E", "UTF8", "--locale=C",
        )  # fmt: skip
        (self.data / "pg_hba.conf").write_text(
            f"local all {self.PASSWORD_ROLE} scram-sha-256\nlocal all all trust\n"
        )
        options = f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off"
        options += " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
            "-l", str(self.folder / "server.log"), "-w", "start",
        )  # fmt: skip

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@{quote(str(self.socket_dir), safe='')}/{database}"

    def connect(self, url: str | None = None):
        import psycopg2

        connection = psycopg2.connect(url or self.url())
        connection.autocommit = True
        return connection

    def new_database(self, prefix: str = "office", template: str = "template0") -> str:
        """An empty database of its own (or a copy of the closed database `template`); returns
        its URL (no password: the cluster trusts)."""
        self.made = next(self._numbers)
        name = f"{prefix}_{self.made}"
        connection = self.connect()
        try:
            connection.cursor().execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        finally:
            connection.close()
        return self.url(name)


@contextmanager
def throwaway_server(prefix: str = "pt-pg-") -> Iterator[PgServer]:
    """A cluster started in a new folder under /tmp (owned by the `postgres` user when run as
    root), stopped and removed at the end. RuntimeError when PostgreSQL is not installed or
    does not start."""
    bindir = _binaries()
    if bindir is None:
        raise RuntimeError(MISSING)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir="/tmp"))
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER)
    server = PgServer(bindir, folder)
    try:
        try:
            server.start()
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise RuntimeError(str(exc)) from exc
        try:
            yield server
        finally:
            server.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server():
    if _binaries() is None:
        pytest.fail(MISSING, pytrace=False)
    global running
    with ExitStack() as stack:
        try:
            server = stack.enter_context(throwaway_server())
        except RuntimeError as exc:
            pytest.fail(f"the test PostgreSQL server did not start: {exc}", pytrace=False)
        running = server
        try:
            yield server
        finally:
            running = None
            _tally.databases = server.made


# --- The DoFA suites on PostgreSQL (PLANTRACKER_TEST_BACKEND=postgresql) ---------------------

BACKEND_ENV = "PLANTRACKER_TEST_BACKEND"
TEST_PASSPHRASE = "office-test-passphrase"
_plain_by_sealed: dict[str, bytes] = {}  # a sealed key's text → the key, for later sessions
_given_databases: set[str] = set()  # URLs the pass gave (and their copies): opened unlocked


def on_postgresql() -> bool:
    return os.environ.get(BACKEND_ENV) == "postgresql"


def _url_of(folder: Path) -> str | None:
    from app.services.workstation import office_server

    return office_server.read_url(folder) if office_server.is_office_profile(folder) else None


@pytest.fixture(scope="session", autouse=True)
def _consolidating_profiles_on_postgresql(request):
    """On the PostgreSQL pass every consolidating profile the tests set up (the `dofa` fixture,
    `setup --dofa` run in-process, and the worlds that module- and session-scoped fixtures
    build once) gets a database of its own on the test server, with DoFA's keys sealed in it.
    Session-scoped and autouse, so it is in place before any other fixture builds a world.

    A command opens them again without the passphrase: each key sealed in the test is
    remembered by its sealed text, and handed to a later session that finds that very text in
    its database, as if the officer had typed the passphrase (a command run in a process of its
    own gets PLANTRACKER_PASSPHRASE)."""
    if not on_postgresql():
        yield
        return
    server = request.getfixturevalue("pg_server")
    from app.models import Setting
    from app.models.connection import OfficeDatabase
    from app.services.keys import age_passphrase, sealed
    from app.services.workstation import profile

    original_create, original_open = profile.create_profile, profile._open_database
    original_seal = sealed.seal
    original_office_init = OfficeDatabase.__init__

    def create_profile(folder, agency_code, consolidating, passphrase=None, *args, **kwargs):
        if consolidating and not args and kwargs.get("database_url") is None:
            kwargs["database_url"] = server.new_database()
            _given_databases.add(kwargs["database_url"])
            passphrase = passphrase or TEST_PASSPHRASE
        station = original_create(folder, agency_code, consolidating, passphrase, *args, **kwargs)
        if consolidating:
            _check_bound_database(f"setting up {folder}")
        return station

    def seal(name, plain, passphrase):
        if _bound_to_a_given_database():
            # The pass's own offices seal with a light scrypt: the same age format and code,
            # without 0.4 s of work per key in every office set-up and every command run in a
            # process of its own. Offices tests set up themselves keep the real work factor.
            with pytest.MonkeyPatch.context() as light:
                light.setattr(age_passphrase, "encrypt", _light_encrypt)
                original_seal(name, plain, passphrase)
        else:
            original_seal(name, plain, passphrase)
        _plain_by_sealed[Setting.get_by_id(sealed.PREFIX + name).value] = plain

    def open_database(folder):
        session = original_open(folder)
        _check_bound_database(f"opening {folder}")
        unlock_given_keys(folder)
        return session

    def office_init(self, *args, **kwargs):
        _tally.opened_office = True
        original_office_init(self, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(profile, "create_profile", create_profile)
        patch.setattr(profile, "_open_database", open_database)
        patch.setattr(sealed, "seal", seal)
        patch.setattr(OfficeDatabase, "__init__", office_init)
        yield


def unlock_given_keys(folder: Path) -> None:
    """On the PostgreSQL pass, DoFA's keys sealed in an office the pass gave, as the officer's
    passphrase would unlock them (see _consolidating_profiles_on_postgresql); nothing for a
    test's own office or a SQLite profile."""
    if not on_postgresql() or _url_of(Path(folder)) not in _given_databases:
        return
    from app.models import Setting
    from app.services.keys import sealed

    for row in Setting.select().where(Setting.key.startswith(sealed.PREFIX)):
        if row.value in _plain_by_sealed:
            sealed._unlocked[row.key[len(sealed.PREFIX) :]] = _plain_by_sealed[row.value]
            sealed._passphrase = TEST_PASSPHRASE


PASS_WORK_FACTOR = 10  # scrypt log2 N for the keys of the offices the pass gives


def _light_encrypt(data: bytes, passphrase: str, work_factor: int | None = None) -> bytes:
    import io

    from app.services.keys import age_passphrase

    sealed_bytes = io.BytesIO()
    age_passphrase.encrypt_stream(io.BytesIO(data), sealed_bytes, passphrase, PASS_WORK_FACTOR)
    return sealed_bytes.getvalue()


def _bound_to_a_given_database() -> bool:
    from app.models.base import db
    from app.models.connection import OfficeDatabase

    return isinstance(db.obj, OfficeDatabase) and db.obj.database in _given_databases


class _Tally:
    """What the PostgreSQL pass really ran on: its summary line says how many tests opened or
    used an office database, and lists the consolidating profiles opened on SQLite."""

    def __init__(self) -> None:
        self.opened_office = False
        self.databases = 0  # made on the server in the run
        self.on_postgresql: set[str] = set()
        self.ran: set[str] = set()
        self.on_sqlite: list[str] = []  # what the guard found in the running test


_tally = _Tally()


def _check_bound_database(doing: str) -> None:
    """The guard of the PostgreSQL pass: a consolidating profile bound to a SQLite file means a
    world was built around the hook, and the suite would pass while testing SQLite."""
    import sqlite3

    from app.models.base import db
    from app.models.dialect import is_postgresql

    if db.obj is None or is_postgresql():
        return
    path = db.obj.database
    if not path or path == ":memory:" or not Path(path).is_file():
        return
    try:
        # Closed at once: an open connection would hold the -wal and -shm files that tests
        # remove when they put an older copy of a database back.
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
            row = connection.execute(
                "SELECT value FROM setting WHERE key = 'consolidating'"
            ).fetchone()
    except sqlite3.Error:
        return  # not a profile's database (or not yet set up)
    if row is not None and row[0] == "1":
        _tally.on_sqlite.append(f"{doing}: the consolidating profile's database is {path}")


@pytest.fixture(autouse=True)
def _consolidating_profiles_stay_on_postgresql(request):
    """On the PostgreSQL pass a test that opened or used a consolidating profile on SQLite
    fails (after it ran, naming the database), so the pass cannot quietly test SQLite."""
    if not on_postgresql():
        yield
        return
    from app.models.base import db
    from app.models.connection import OfficeDatabase

    _tally.on_sqlite.clear()
    _tally.opened_office = isinstance(db.obj, OfficeDatabase)  # a module's world already bound
    yield
    _check_bound_database("after the test")
    _tally.ran.add(request.node.nodeid)
    if _tally.opened_office or isinstance(db.obj, OfficeDatabase):
        _tally.on_postgresql.add(request.node.nodeid)
    found, _tally.on_sqlite[:] = list(_tally.on_sqlite), []
    if found:
        pytest.fail(
            "the PostgreSQL pass ran a consolidating profile on SQLite:\n" + "\n".join(found),
            pytrace=False,
        )


def pytest_terminal_summary(terminalreporter) -> None:
    if on_postgresql() and _tally.ran:
        terminalreporter.write_line(
            f"PostgreSQL pass: {len(_tally.on_postgresql)} of {len(_tally.ran)} tests "
            "opened or used a consolidating office's database on PostgreSQL "
            f"({_tally.databases} databases made)"
        )


def subprocess_env() -> dict[str, str]:
    """What a command run in a process of its own needs on the PostgreSQL pass."""
    return {"PLANTRACKER_PASSPHRASE": TEST_PASSPHRASE} if on_postgresql() else {}


def clone_office_databases(folder: Path) -> None:
    """After copying profiles (a test's own copy of a prepared exchange): each copied office
    profile gets its own copy of the database, so tests never share one."""
    from app.services.workstation import office_server

    server = running
    for settings in sorted(folder.rglob(office_server.SETTINGS_NAME)):
        assert server is not None
        url = office_server.read_url(settings.parent)
        copy = server.new_database("copy", template=url.rsplit("/", 1)[1])
        office_server.write_url(settings.parent, copy)
        if url in _given_databases:
            _given_databases.add(copy)


def office_connection(folder: Path):
    """A psycopg2 connection to an office profile's database, or None for a SQLite profile."""
    url = _url_of(folder)
    if url is None:
        return None
    import psycopg2

    connection = psycopg2.connect(url)
    connection.autocommit = True
    return connection


def profile_query(folder: Path, query: str) -> list[tuple]:
    """Rows of a read-only query (no parameters) on a profile's database, SQLite or office."""
    import sqlite3

    office = office_connection(folder)
    if office is None:
        uri = f"file:{folder / 'plantracker.sqlite'}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True)) as connection:
            return connection.execute(query).fetchall()
    try:
        cursor = office.cursor()
        cursor.execute(query)
        return cursor.fetchall()
    finally:
        office.close()
