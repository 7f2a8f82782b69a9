"""psycopg2 is loaded when a PostgreSQL server is opened, not by every command; peewee then
works with it as if it had imported it itself. Each case runs in a fresh interpreter, since the
import order is what is tested."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str, *args: str, home: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(home)}
    env.pop("PLANTRACKER_PROFILE", None)
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_a_command_on_no_server_loads_neither_psycopg2_nor_the_log_handlers(tmp_path):
    code = (
        "import json, sys\n"
        "from app.cli import main\n"
        "status = main(['agencies', '--json'])\n"
        "import peewee\n"
        "print(json.dumps({'status': status, 'loaded': sorted(m for m in sys.modules\n"
        "    if m.split('.')[0] == 'psycopg2' or m == 'logging.handlers'),\n"
        "    'peewee_driver': peewee.psycopg2 is not None}))\n"
    )
    seen = _run(code, home=tmp_path)
    assert seen == {"status": 0, "loaded": [], "peewee_driver": False}


# On the server: a transaction (the office's advisory lock, autocommit off and on again), a
# bytea parameter (the adapter's Binary), a UUID (the adapter peewee registers) and a json
# value (the adapter's Json type), read back.
_ON_THE_SERVER = (
    "import json, sys, uuid\n"
    "from app.models import db\n"
    "from app.models.session import DatabaseSession\n"
    "before = 'psycopg2' in sys.modules\n"
    "session = DatabaseSession.open_server(sys.argv[1])\n"
    "database = session.database\n"
    "import peewee, psycopg2\n"
    "with database.atomic():\n"
    "    database.execute_sql('CREATE TABLE probe (b bytea, u uuid, j jsonb)')\n"
    "    database.execute_sql('INSERT INTO probe VALUES (%s, %s, %s)',\n"
    "        (database._adapter.get_binary_type()(b'\\x00\\xff'), uuid.UUID(int=7),\n"
    "         database._adapter.json_type({'a': 1})))\n"
    "row = database.execute_sql('SELECT b, u, j FROM probe').fetchone()\n"
    "usable = database.is_connection_usable()\n"
    "session.close()\n"
    "print(json.dumps({'before': before, 'same': peewee.psycopg2 is psycopg2,\n"
    "    'row': [bytes(row[0]).hex(), str(row[1]), row[2]], 'usable': usable}))\n"
)
_EXPECTED_ROW = ["00ff", str(__import__("uuid").UUID(int=7)), {"a": 1}]


def test_opening_a_server_loads_psycopg2_then_and_peewee_works_with_it(pg_server, tmp_path):
    seen = _run(_ON_THE_SERVER, pg_server.new_database(), home=tmp_path)
    assert seen == {"before": False, "same": True, "row": _EXPECTED_ROW, "usable": True}


def test_psycopg2_imported_before_peewee_is_taken_as_usual(pg_server, tmp_path):
    code = "import psycopg2\n" + _ON_THE_SERVER
    seen = _run(code, pg_server.new_database(), home=tmp_path)
    assert seen == {"before": True, "same": True, "row": _EXPECTED_ROW, "usable": True}
