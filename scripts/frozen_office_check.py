"""Check for build_installer.sh: the frozen app sets up a consolidating office on a throwaway
PostgreSQL server and reads from it.

psycopg2 is imported only when a server is opened (app/postgresql_driver.py), so nothing else
the build checks shows whether the freezer carried it and its libpq.

Usage: frozen_office_check.py APP WORKDIR (prints what it did; exit 1 on a failure).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.pg_cluster import throwaway_server  # noqa: E402


def main(app: str, workdir: Path) -> int:
    try:
        with throwaway_server("pt-frozen-pg-") as server:
            return set_up_and_read(app, workdir / "office", server.new_database())
    except RuntimeError as exc:  # PostgreSQL missing, or its server would not start or stop
        print(f"the PostgreSQL server: {exc}")
        return 1


def set_up_and_read(app: str, profile: Path, url: str) -> int:
    steps = (
        [app, "--profile", str(profile), "setup", "--agency", "SNGV", "--dofa", "--database", url],
        [app, "--profile", str(profile), "periods", "--json"],
    )
    for command in steps:
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            print(f"{command[3]}: {done.stdout}{done.stderr}"[:2000])
            return 1
    print(f"office set up on {url} and read back")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
