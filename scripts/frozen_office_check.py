"""Check for build_installer.sh: the frozen app sets up a consolidating office on a throwaway
PostgreSQL server and reads from it.

psycopg2 is imported only when a server is opened (app/postgresql_driver.py), so nothing else
the build checks shows whether the freezer carried it and its libpq.

Usage: frozen_office_check.py APP WORKDIR (prints what it did; exit 1 on a failure).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.pg_cluster import SUPERUSER, PgServer, _binaries  # noqa: E402


def main(app: str, workdir: Path) -> int:
    bindir = _binaries()
    if bindir is None:
        print("PostgreSQL is not installed (apt install postgresql)")
        return 1
    folder = Path(tempfile.mkdtemp(prefix="pt-frozen-pg-", dir="/tmp"))
    if os.geteuid() == 0:
        shutil.chown(folder, SUPERUSER)
    server = PgServer(bindir, folder)
    try:
        server.start()
        url = server.new_database()
        profile = str(workdir / "office")
        steps = (
            [app, "--profile", profile, "setup", "--agency", "SNGV", "--dofa", "--database", url],
            [app, "--profile", profile, "periods", "--json"],
        )
        for command in steps:
            done = subprocess.run(command, capture_output=True, text=True, timeout=120)
            if done.returncode != 0:
                print(f"{command[3]}: {done.stdout}{done.stderr}"[:2000])
                return 1
        print(f"office set up on {url} and read back")
        return 0
    finally:
        with contextlib.suppress(RuntimeError):  # one that never started has nothing to stop
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
