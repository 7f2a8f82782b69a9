"""A real PostgreSQL server for the tests: one cluster per test run, in a temporary folder.

How to open a PostgreSQL profile in a test:

    def test_something(pg_server, tmp_path):
        url = pg_server.new_database()            # an empty database of its own
        station = profile.create_profile(tmp_path / "dofa", "SNGV", consolidating=True,
                                         passphrase=PASSPHRASE, database_url=url)
        ...                                       # services and models now use PostgreSQL
        joined = profile.join_office(tmp_path / "pc2", url, PASSPHRASE)  # a second PC

    # or, on the command line:
    run_cli("--profile", str(folder), "setup", "--agency", "SNGV", "--dofa",
            "--database", url, env={"PLANTRACKER_PASSPHRASE": PASSPHRASE})

    # a second process (a second officer's PC) opens the same database through its own
    # profile folder: `setup --database URL` once, then any command with --profile.

`pg_server.connect(url)` gives a psycopg2 connection for looking at the database directly.
With PLANTRACKER_TEST_BACKEND=postgresql (the second pass of .ci/run) the `dofa` fixture and
every consolidating profile the tests set up (also through `setup --dofa` in-process) get a
database of their own on this server; see tests/conftest.py.

The cluster: Debian's `postgresql` package (scripts/setup.sh installs it), `initdb` and
`pg_ctl` run as the unprivileged `postgres` user when the tests run as root (PostgreSQL refuses
root), directly otherwise; it listens on a Unix socket in its folder under /tmp only (no TCP
port, so parallel runs never collide), trusts local connections, and is stopped and removed
at the end of the run. A missing PostgreSQL fails the tests that need it, with the reason.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest

SUPERUSER = "postgres"
MISSING = (
    "PostgreSQL is not installed: the tests of the consolidating office's server need "
    "Debian's `postgresql` package (scripts/setup.sh --test installs it)"
)


def _binaries() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4])
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


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

    def new_database(self, prefix: str = "office") -> str:
        """An empty database of its own; returns its URL (no password: the cluster trusts)."""
        name = f"{prefix}_{next(self._numbers)}"
        connection = self.connect()
        try:
            connection.cursor().execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        finally:
            connection.close()
        return self.url(name)


@pytest.fixture(scope="session")
def pg_server():
    bindir = _binaries()
    if bindir is None:
        pytest.fail(MISSING, pytrace=False)
    folder = Path(tempfile.mkdtemp(prefix="pt-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER)
    server = PgServer(bindir, folder)
    try:
        server.start()
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"the test PostgreSQL server did not start: {exc}", pytrace=False)
    try:
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(folder, ignore_errors=True)
