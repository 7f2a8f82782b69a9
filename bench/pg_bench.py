"""DoFA's office on PostgreSQL: the dashboard at province scale, and two officers importing.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/pg_bench.py [--years 10] [--bundles 40]
        [--periods 2] [--runs 3] [--skip-dashboard] [--skip-import]

Starts a throwaway PostgreSQL cluster in a temporary folder (Debian's `postgresql`, as the
tests do: tests/pg_cluster.py), with the server's durable defaults (fsync on, synchronous
commit), and removes it at the end.

Dashboard: bench/make_province.py fills an office database (150 agencies, 300 duties, 10
years of 2 periods: 900,000 entries); bench/dashboard_bench.py's measure then times, on that
office, warm medians:
  pg_first_screen_ms  constructing the dashboard to its first painted matrix (goal < 300)
  pg_filter_ms        a filter change to the repainted matrix                 (goal < 100)
  pg_sql_ms           the first screen's queries alone
  pg_ui_block_ms      the longest the UI thread was held during a first screen

Import: an office with --bundles agencies enrolled and one real bundle from each (every
report of --periods periods with its 300 entries and evidence, packed, signed and encrypted
as an export does, bench/import_bench.py). On fresh copies of that office database:
  alone_s    one officer imports every bundle (`plantracker bundle import`, one process)
  two_s      two officers, each on a PC (profile folder) of their own, import half the
             bundles each, started at the same moment: the time until both are done
  two_over_alone   two_s ÷ alone_s: imports are written one at a time, so about 1; the
                   point is that nothing is lost, doubled or refused (checked: every bundle
                   imported exactly once, the same reports as alone)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from app.models import Duty, Report, db  # noqa: E402
from app.models.session import close_open_session  # noqa: E402
from app.services.catalogue import catalogue  # noqa: E402
from app.services.workstation import office_server, profile  # noqa: E402
from bench.import_bench import senders, write_bundles  # noqa: E402
from bench.province_data import (  # noqa: E402
    DOFA,
    PASSPHRASE,
    PERIOD_IDS,
    plan_data,
    register_data,
)
from tests.pg_cluster import PgServer, _binaries  # noqa: E402


def start_server(folder: Path) -> PgServer:
    """A cluster made as the tests make it, restarted with the server's durable defaults
    (the tests run without fsync; an import's time depends on it)."""
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    server = PgServer(_binaries(), folder)
    server.start()
    server.stop()
    server._run(
        str(server.bindir / "pg_ctl"), "-D", str(server.data),
        "-o", f"-k {server.socket_dir} -c listen_addresses='' -c max_connections=200",
        "-l", str(folder / "server.log"), "-w", "start",
    )  # fmt: skip
    return server


def dashboard(server: PgServer, root: Path, years: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from app.ui.kit import i18n
    from bench.dashboard_bench import measure
    from bench.make_province import build

    url = server.new_database("province")
    made = build(root / "province", 590, years, url)
    print(f"province: {made['entries']} entries in {made['seconds']} s", flush=True)
    app = QApplication.instance() or QApplication([])
    i18n.install("vi")
    screens, filters, sqls, stalls = measure(app, root / "province")
    close_open_session()
    return {
        "pg_first_screen_ms": statistics.median(screens),
        "pg_filter_ms": statistics.median(filters),
        "pg_sql_ms": statistics.median(sqls),
        "pg_ui_block_ms": statistics.median(stalls),
    }


def import_office(server: PgServer, root: Path, bundles: int, periods: int) -> tuple[str, list]:
    """The office database (closed) and its agencies' bundle files, one per agency."""
    url = server.new_database("imports")
    profile.create_profile(
        root / "imports", DOFA, True, PASSPHRASE, ([register_data()], [plan_data()]),
        database_url=url,
    )  # fmt: skip
    plan = catalogue.active_plan()
    duties = list(Duty.select().where(Duty.plan == plan).order_by(Duty.id))
    agency_ids = dict(db.execute_sql("SELECT code, id FROM agency ORDER BY id").fetchall())
    chosen = dict([(c, i) for c, i in agency_ids.items() if c != DOFA][:bundles])
    rng = random.Random(590)
    out = root / "bundles"
    for sender in senders(chosen, register_data()["agencies"], lambda _code: duties):
        write_bundles(out, plan, sender, PERIOD_IDS[:periods], periods, rng)
    close_open_session()
    return url.rsplit("/", 1)[1], sorted(out.glob("*.ptbundle"))


def run_imports(folders: list[Path], halves: list[list[Path]], env: dict) -> list:
    """`bundle import` in one process per folder, all started together; (seconds, results)."""
    started = time.perf_counter()
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "app",
                "--profile",
                str(folder),
                "bundle",
                "import",
                *map(str, files),
                "--json",
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for folder, files in zip(folders, halves, strict=True)
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=3600)
        if child.returncode != 0:
            raise RuntimeError(err.decode("utf-8"))
        results += json.loads(out)
    return time.perf_counter() - started, results


def pcs(server: PgServer, root: Path, original: str, name: str, count: int) -> list[Path]:
    """`count` officers' profile folders on a fresh copy of the office database."""
    url = server.new_database(name, template=original)
    folders = []
    for number in range(count):
        folder = root / f"{name}-pc{number + 1}"
        shutil.copytree(root / "imports", folder)
        office_server.write_url(folder, url)
        folders.append(folder)
    return folders


def reports_of(folder: Path) -> list[tuple]:
    profile.open_profile(folder)
    rows = sorted((r.agency_id, r.period_id, r.revision, r.content_sha256) for r in Report.select())
    close_open_session()
    return rows


def imports(server: PgServer, root: Path, shape: argparse.Namespace) -> dict[str, float]:
    original, files = import_office(server, root, shape.bundles, shape.periods)
    print(f"import: {len(files)} bundles of {shape.periods} reports each", flush=True)
    env = {**os.environ, "PLANTRACKER_PASSPHRASE": PASSPHRASE}
    alone, two = [], []
    for run in range(shape.runs):
        (folder,) = pcs(server, root, original, f"alone_{run}", 1)
        seconds, results = run_imports([folder], [files], env)
        assert [r["status"] for r in results] == ["imported"] * len(files), results
        alone.append(seconds)
        expected = reports_of(folder)
        folders = pcs(server, root, original, f"two_{run}", 2)
        seconds, results = run_imports(folders, [files[0::2], files[1::2]], env)
        assert sorted(r["status"] for r in results) == ["imported"] * len(files), results
        assert reports_of(folders[0]) == expected, "two officers left another state"
        two.append(seconds)
    alone_s, two_s = statistics.median(alone), statistics.median(two)
    return {"alone_s": alone_s, "two_s": two_s, "two_over_alone": two_s / alone_s}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--bundles", type=int, default=40)
    parser.add_argument("--periods", type=int, default=2)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-dashboard", action="store_true")
    parser.add_argument("--skip-import", action="store_true")
    shape = parser.parse_args()
    os.environ.setdefault(
        "PLANTRACKER_TEST_KEYRING", str(Path(tempfile.gettempdir()) / "pg-bench-keyring.json")
    )
    root = Path(tempfile.mkdtemp(prefix="pg-bench-"))
    server_folder = Path(tempfile.mkdtemp(prefix="pt-pg-bench-", dir="/tmp"))
    server = start_server(server_folder)
    figures: dict[str, float] = {}
    try:
        if not shape.skip_dashboard:
            figures |= dashboard(server, root, shape.years)
        if not shape.skip_import:
            figures |= imports(server, root, shape)
    finally:
        close_open_session()
        server.stop()
        shutil.rmtree(server_folder, ignore_errors=True)
        shutil.rmtree(root, ignore_errors=True)
    for name, value in figures.items():
        print(f"{name}: {value:.2f}" if name.endswith("alone") else f"{name}: {value:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
