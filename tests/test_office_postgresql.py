"""A consolidating office on PostgreSQL: set-up, joining from a second PC, DoFA's keys sealed
in the database, the server's writer lock, and a server that cannot be reached."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import time

import pytest

from app.models import Setting
from app.models.connection import WRITER_LOCK
from app.models.session import close_open_session
from app.services.core import writer_lock
from app.services.core.vocabulary import KeyStorage
from app.services.keys import keys, sealed
from app.services.workstation import office_server, profile
from tests import workstations
from tests.age_tool import decrypt
from tests.conftest import REPO, run_cli

PASSPHRASE = "office-passphrase-2026"
ENV = {"PLANTRACKER_PASSPHRASE": PASSPHRASE}


def _setup(folder, url, *extra, env=ENV):
    return run_cli(
        "--profile", str(folder), "--lang", "en", "setup", *extra, "--database", url, env=env
    )  # fmt: skip


def test_the_first_officer_creates_the_office_and_another_joins_it(pg_server, tmp_path):
    url = pg_server.new_database()
    first = _setup(tmp_path / "pc1", url, "--agency", "SNGV", "--dofa")
    assert first.returncode == 0, first.stderr.decode()
    assert "other officers join it" in first.stdout.decode()
    # The profile holds the address only: no SQLite file, no key file, no password.
    assert sorted(p.name for p in (tmp_path / "pc1").iterdir()) == [".writer.lock", "server.ini"]
    assert url in (tmp_path / "pc1" / "server.ini").read_text()

    joined = _setup(tmp_path / "pc2", url)
    assert joined.returncode == 0, joined.stderr.decode()
    shown = [
        run_cli("--profile", str(tmp_path / pc), "keys", "show", "--json").stdout
        for pc in ("pc1", "pc2")
    ]
    assert shown[0] == shown[1] and b"fingerprint" in shown[0]
    statuses = [
        run_cli("--profile", str(tmp_path / pc), "status", "--period", "2026-H1", "--json")
        for pc in ("pc1", "pc2")
    ]
    assert statuses[0].returncode == 0 and statuses[0].stdout == statuses[1].stdout


def test_a_database_that_holds_an_office_is_not_set_up_twice(pg_server, tmp_path):
    url = pg_server.new_database()
    assert _setup(tmp_path / "pc1", url, "--agency", "SNGV", "--dofa").returncode == 0
    again = _setup(tmp_path / "pc2", url, "--agency", "SNGV", "--dofa")
    assert again.returncode == 1
    assert "already holds an office's data" in again.stderr.decode()
    assert "Traceback" not in again.stderr.decode()
    assert not (tmp_path / "pc2").exists()


def test_joining_needs_the_right_passphrase_and_an_office(pg_server, tmp_path):
    url = pg_server.new_database()
    empty = _setup(tmp_path / "early", url)
    assert empty.returncode == 1 and "holds no consolidating office" in empty.stderr.decode()
    assert _setup(tmp_path / "pc1", url, "--agency", "SNGV", "--dofa").returncode == 0
    wrong = _setup(tmp_path / "pc2", url, env={"PLANTRACKER_PASSPHRASE": "not-the-passphrase"})
    assert wrong.returncode == 1
    assert "wrong passphrase for DoFA's keys" in wrong.stderr.decode()
    assert not (tmp_path / "pc2").exists()
    vietnamese = run_cli(
        "--profile", str(tmp_path / "pc3"), "setup", "--database", url,
        env={"PLANTRACKER_PASSPHRASE": "not-the-passphrase"},
    )  # fmt: skip
    assert "Sai cụm mật khẩu khóa của Sở Ngoại vụ" in vietnamese.stderr.decode()


@pytest.mark.parametrize(
    ("extra", "url", "said"),
    [
        (("--agency", "SYT"), "postgresql://u@h/db", "only the consolidating (DoFA) workstation"),
        (("--agency", "SNGV", "--dofa"), "postgresql://u:secret@h/db", "must not hold a password"),
        (("--agency", "SNGV", "--dofa"), "postgresql://u@h/db?password=x", "must not hold a"),
        (("--agency", "SNGV", "--dofa"), "mysql://u@h/db", "is not a PostgreSQL address"),
        (("--agency", "SNGV", "--dofa"), "postgresql://u@h", "names no database"),
    ],
)
def test_bad_database_addresses_are_refused_plainly(tmp_path, extra, url, said):
    result = _setup(tmp_path / "pc", url, *extra)
    assert result.returncode in (1, 2)
    assert said in result.stderr.decode()
    assert not (tmp_path / "pc").exists()


def test_a_server_that_cannot_be_reached_is_said_plainly(tmp_path):
    url = "postgresql://nobody@%2Ftmp%2Fno-such-server-here/office"
    result = _setup(tmp_path / "pc", url, "--agency", "SNGV", "--dofa")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "the connection to the office's database server" in err and "Traceback" not in err
    assert not (tmp_path / "pc").exists()
    vietnamese = run_cli(
        "--profile", str(tmp_path / "pc"), "setup", "--agency", "SNGV", "--dofa",
        "--database", url, env=ENV,
    )  # fmt: skip
    assert "Kết nối tới máy chủ cơ sở dữ liệu của văn phòng" in vietnamese.stderr.decode()


def test_dofa_keys_are_sealed_in_the_database_and_age_opens_them(pg_server, tmp_path):
    url = pg_server.new_database()
    station = workstations.create(tmp_path / "pc1", "SNGV", True, PASSPHRASE, database_url=url)
    assert keys.storage() == KeyStorage.DATABASE
    stored = {
        row.key: row.value for row in Setting.select().where(Setting.key.startswith("sealed_key."))
    }
    assert len(stored) == 3  # signing key, decryption and escrow identities
    for value in stored.values():
        assert b"PRIVATE KEY" not in base64.b64decode(value)
        assert b"AGE-SECRET-KEY" not in base64.b64decode(value)
    slot = keys.signing_slot()
    sealed_file = tmp_path / "signing.age"
    sealed_file.write_bytes(base64.b64decode(stored[sealed.PREFIX + slot]))
    status, said = decrypt(sealed_file, tmp_path / "signing.pem", PASSPHRASE)
    assert status == 0, said
    assert (tmp_path / "signing.pem").read_bytes().startswith(b"-----BEGIN PRIVATE KEY")
    # A new session starts locked, and opens with the passphrase only.
    workstations.use(station)
    assert keys.asks_passphrase()
    with pytest.raises(keys.PassphraseNeededError):
        keys.load_signing_key(station.folder)
    with pytest.raises(keys.PassphraseNeededError):
        keys.load_signing_key(station.folder, "wrong passphrase")
    assert keys.load_signing_key(station.folder, PASSPHRASE) is not None
    assert not keys.asks_passphrase()
    # The session's passphrase opens the other keys too, without asking again.
    assert keys.load_age_identity(station.folder, keys.DECRYPTION) is not None
    # A restored or replaced signing key leaves no older one sealed beside it.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.models import db

    with db.atomic():
        keys.store_signing_key(station.folder, Ed25519PrivateKey.generate(), PASSPHRASE)
    keys.discard_other_signing_keys(station.folder)
    signing = Setting.select().where(Setting.key.startswith(sealed.PREFIX + keys.KEY_NAME))
    assert [row.key for row in signing] == [sealed.PREFIX + keys.signing_slot()]
    assert Setting.select().where(Setting.key.startswith(sealed.PREFIX)).count() == 3


def test_a_writer_waits_for_another_pcs_writer_on_the_server(pg_server, tmp_path):
    url = pg_server.new_database()
    station = workstations.create(tmp_path / "pc1", "SNGV", True, PASSPHRASE, database_url=url)
    close_open_session()
    other_pc = subprocess.Popen(
        [
            sys.executable, "-c",
            "import sys, time, psycopg2\n"
            "c = psycopg2.connect(sys.argv[1]); c.autocommit = True\n"
            f"c.cursor().execute('SELECT pg_advisory_lock({WRITER_LOCK})')\n"
            "print('held', flush=True); time.sleep(1.5)\n",
            url,
        ],
        stdout=subprocess.PIPE, cwd=REPO, env={**os.environ},
    )  # fmt: skip
    assert other_pc.stdout.readline().strip() == b"held"
    workstations.use(station)
    notices = []
    writer_lock.set_wait_notice(lambda: notices.append(time.monotonic()))
    try:
        started = time.monotonic()
        with writer_lock.exclusive(station.session, station.folder) as held:
            waited = time.monotonic() - started
            assert held
        with writer_lock.exclusive(station.session, station.folder, wait=False) as again:
            assert again  # released at the end of the first
    finally:
        writer_lock.set_wait_notice(None)
        other_pc.wait(timeout=30)
    assert len(notices) == 1 and waited > 0.5


def test_the_server_password_comes_from_the_secret_store_or_pgpassword(pg_server, tmp_path):
    """The role `officer` must give a password (the test cluster trusts every other role)."""
    connection = pg_server.connect()
    connection.cursor().execute(
        f"CREATE ROLE {pg_server.PASSWORD_ROLE} LOGIN PASSWORD 'server-secret'"
    )
    connection.close()
    url = pg_server.new_database().replace("postgres@", f"{pg_server.PASSWORD_ROLE}@")
    connection = pg_server.connect()
    connection.cursor().execute(
        f'ALTER DATABASE "{url.rsplit("/", 1)[1]}" OWNER TO {pg_server.PASSWORD_ROLE}'
    )
    connection.close()
    without = _setup(tmp_path / "pc1", url, "--agency", "SNGV", "--dofa")
    assert without.returncode == 1
    # The refusal says where this PC looks for the password, whether none or a wrong one.
    assert "did not accept the password" in without.stderr.decode()
    assert "PGPASSWORD or in ~/.pgpass" in without.stderr.decode()
    wrong = _setup(
        tmp_path / "pc1",
        url,
        "--agency",
        "SNGV",
        "--dofa",
        env={**ENV, "PGPASSWORD": "not-the-secret"},
    )
    assert wrong.returncode == 1 and "did not accept the password" in wrong.stderr.decode()
    assert not (tmp_path / "pc1" / "server.ini").exists()
    office_server.store_password(url, "server-secret")
    assert _setup(tmp_path / "pc1", url, "--agency", "SNGV", "--dofa").returncode == 0
    from_env = {**ENV, "PGPASSWORD": "server-secret", "PLANTRACKER_TEST_KEYRING": "/nonexistent"}
    joined = _setup(tmp_path / "pc2", url, env=from_env)
    assert joined.returncode == 0, joined.stderr.decode()
    assert "server-secret" not in (tmp_path / "pc1" / "server.ini").read_text()


def test_the_postgresql_pass_keeps_dofa_on_the_server(dofa, tmp_path):
    """The second pass of .ci/run (PLANTRACKER_TEST_BACKEND=postgresql) runs the DoFA suites
    against the test server; the first keeps them on SQLite."""
    from tests.pg_cluster import on_postgresql

    assert office_server.is_office_profile(dofa.folder) == on_postgresql()
    assert profile.db_path(dofa.folder).exists() != on_postgresql()
    ran = run_cli("--profile", str(dofa.folder), "status", "--period", "2026-H1", "--json")
    assert ran.returncode == 0, ran.stderr.decode()


def _drop_connections(pg_server, url: str) -> None:
    """What a server restart or a network cut does to the office's PCs."""
    admin = pg_server.connect()
    admin.cursor().execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
        " WHERE datname = %s AND pid <> pg_backend_pid()",
        (url.rsplit("/", 1)[1],),
    )
    admin.close()


def test_a_lost_connection_is_said_plainly_and_the_next_try_reconnects(pg_server, tmp_path):
    import peewee

    from app.models import Agency, db
    from app.services.core import storage_errors

    url = pg_server.new_database()
    station = workstations.create(tmp_path / "pc1", "SNGV", True, PASSPHRASE, database_url=url)
    agencies = Agency.select().count()
    # Mid-transaction: the work under way is rolled back whole, never half-written.
    with pytest.raises((peewee.DatabaseError, peewee.InterfaceError)) as lost, db.atomic():
        Agency.create(code="NEW1", name_vi="Mới", name_en="New", kind="other")
        _drop_connections(pg_server, url)
        Agency.create(code="NEW2", name_vi="Mới 2", name_en="New 2", kind="other")
    refusal = storage_errors.explain(lost.value, station.folder)
    assert isinstance(refusal, storage_errors.ServerUnreachableError)
    assert "the connection to the office's database server" in refusal.message("en")
    assert "Kết nối tới máy chủ" in refusal.message("vi")
    assert Agency.select().count() == agencies  # reconnected; nothing of the lost work
    # Between transactions: the next statement after the refusal reconnects by itself.
    _drop_connections(pg_server, url)
    with pytest.raises(peewee.DatabaseError):
        Agency.select().count()
    assert Agency.select().count() == agencies


def test_the_command_line_says_a_server_gone_away_plainly(pg_server, tmp_path):
    url = pg_server.new_database()
    assert _setup(tmp_path / "pc1", url, "--agency", "SNGV", "--dofa").returncode == 0
    settings = tmp_path / "pc1" / office_server.SETTINGS_NAME
    settings.write_text(settings.read_text().replace(url, url + "_gone"))
    result = run_cli("--profile", str(tmp_path / "pc1"), "status", "--period", "2026-H1")
    assert result.returncode == 1
    err = result.stderr.decode()
    assert "Kết nối tới máy chủ cơ sở dữ liệu của văn phòng" in err and "Traceback" not in err


def test_a_machine_without_postgresql_fails_the_server_tests_with_the_reason(tmp_path):
    """Never a skip: a CI machine that lost its PostgreSQL must not pass quietly."""
    (tmp_path / "test_needs_server.py").write_text(
        "def test_needs_server(pg_server):\n    pass\n", encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.pg_cluster", "-p", "no:cacheprovider",
         "--rootdir", str(tmp_path), str(tmp_path / "test_needs_server.py")],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO), "PLANTRACKER_TEST_PG_BINDIR": str(tmp_path)},
    )  # fmt: skip
    assert done.returncode == 1, done.stdout
    assert "PostgreSQL is not installed" in done.stdout
    assert "skipped" not in done.stdout and "1 error" in done.stdout
