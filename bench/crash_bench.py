"""Kill -9 at random moments of real `plantracker` commands and check what is left.

    .venv/bin/python bench/crash_bench.py [RUNS]      (default 100; a few minutes)

Each run copies a prepared workstation, starts one command as a process (bundle import on
DoFA, report sign or bundle export on an agency, in turn), kills it with SIGKILL after a random
delay within that command's own clean duration, then starts the app again (`periods`, which
opens the profile as every start does) and looks:

  lost       data that existed before the command is gone or the database fails its
             integrity check
  half_done  the command's effect is neither absent nor complete (a bundle partly merged, a
             report signed without its content, a bundle file whose number is not recorded)
  leftovers  temporary files left after the next start, in the profile or beside the output

Then it runs the command again, to the end, and checks that this succeeds. Prints one line
per command kind, and last `lost: N  half_done: N  leftovers: N`. A kill that lands after the
export's number is recorded and before its file is renamed leaves a recorded number with no
file (DoFA sees a gap, never a number twice); those are counted as `skipped_numbers`.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"

from app.models.connection import close_db  # noqa: E402
from tests.exchange_support import TwoReports, copy_profile, two_report_world  # noqa: E402
from tests.reporting import PASSWORD  # noqa: E402

TEMPORARY = (".incoming-*", "*.part", ".bundle-*", ".*.part")


def prepare(root: Path) -> TwoReports:
    os.environ["PLANTRACKER_TEST_KEYRING"] = str(root / "keyring.json")
    return two_report_world(root, sign_annual=False)  # 2026-Y to be signed by the runs


def source(world: TwoReports, kind: str) -> Path:
    """The workstation a command runs on: DoFA imports, the agency signs and exports."""
    return world.dofa if kind == "import" else world.agency


def command(kind: str, world: TwoReports, folder: Path, out: Path) -> list[str]:
    base = [sys.executable, "-m", "app", "--profile", str(folder)]
    if kind == "import":
        return [*base, "bundle", "import", str(world.bundle)]
    if kind == "sign":
        return [*base, "report", "sign", "--period", "2026-Y", "--user", "nguyen.van.an"]
    return [*base, "bundle", "export", "--out", str(out)]


def rows(folder: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(folder / "plantracker.sqlite")
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def keepsakes(folder: Path) -> set[tuple]:
    """What must survive any command: accounts, keys, signed contents, attachments."""
    return (
        {("user", r[0]) for r in rows(folder, "SELECT login FROM user_account")}
        | {("key", r[0]) for r in rows(folder, "SELECT fingerprint FROM agency_key")}
        | {
            ("signed", *r)
            for r in rows(
                folder,
                "SELECT agency_id, period_id, revision, content_sha256 FROM report "
                "WHERE content_sha256 IS NOT NULL",
            )
        }
        | {("attachment", r[0]) for r in rows(folder, "SELECT sha256 FROM attachment")}
    )


def judge(kind: str, folder: Path, out: Path) -> str:
    """before | after | skipped_number | half_done, from what is on disk now."""
    if kind == "import":
        received = rows(folder, "SELECT count(*) FROM bundle_received")[0][0]
        reports = rows(folder, "SELECT count(*) FROM report WHERE channel = 'bundle'")[0][0]
        stored = rows(folder, "SELECT DISTINCT sha256 FROM attachment")
        evidence_ok = all((folder / "evidence" / sha[:2] / sha).is_file() for (sha,) in stored)
        if received == 0 and reports == 0:
            return "before"
        return "after" if received == 1 and reports == 1 and evidence_ok else "half_done"
    if kind == "sign":
        (status, content, digest) = rows(
            folder,
            "SELECT status, content_json, content_sha256 FROM report WHERE period_id = '2026-Y'",
        )[0]
        if status in ("draft", "submitted") and content is None:
            return "before"
        good = content is not None and hashlib.sha256(content.encode()).hexdigest() == digest
        return "after" if status == "signed" and good else "half_done"
    sent = rows(folder, "SELECT count(*) FROM bundle_sent")[0][0]
    files = list(out.glob("*.ptbundle"))
    statuses = {r[0] for r in rows(folder, "SELECT status FROM report WHERE period_id='2026-H1'")}
    if sent == 0 and not files and statuses == {"signed"}:
        return "before"
    if sent == 1 and statuses == {"sent"}:
        return "after" if len(files) == 1 else "skipped_number"
    return "half_done"


def leftovers(folder: Path, out: Path) -> list[Path]:
    found = []
    for place in (folder, folder / "evidence", out):
        for pattern in TEMPORARY:
            found += [p for p in place.rglob(pattern) if p.is_file()]
    return sorted(set(found))


def run(argv: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, timeout=300)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    root = Path(tempfile.mkdtemp(prefix="crash-bench-"))
    try:
        world = prepare(root)
        env = {**os.environ, "PLANTRACKER_PASSWORD": PASSWORD}
        durations = {}
        for kind in ("import", "sign", "export"):
            folder = copy_profile(
                (world.dofa if kind == "import" else world.agency), root / "timing"
            )
            out = root / "timing-out"
            out.mkdir()
            started = time.monotonic()
            done = run(command(kind, world, folder, out), env)
            durations[kind] = time.monotonic() - started
            assert done.returncode == 0, done.stderr.decode()
            shutil.rmtree(folder)
            shutil.rmtree(out)
        tally = {k: {"before": 0, "after": 0, "skipped_number": 0, "half_done": 0}
                 for k in durations}  # fmt: skip
        lost = half_done = left = failed_again = 0
        rng = random.Random(20261204)
        for number in range(runs):
            kind = ("import", "sign", "export")[number % 3]
            folder = copy_profile(
                (world.dofa if kind == "import" else world.agency), root / f"r{number}"
            )
            out = root / f"r{number}-out"
            out.mkdir()
            before = keepsakes(folder)
            process = subprocess.Popen(
                command(kind, world, folder, out),
                cwd=ROOT,
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.3, 1.0) * durations[kind])
            process.send_signal(signal.SIGKILL)
            process.wait()
            start = run([sys.executable, "-m", "app", "--profile", str(folder), "periods"], env)
            state = judge(kind, folder, out)
            tally[kind][state] += 1
            integrity = rows(folder, "PRAGMA integrity_check")[0][0]
            if integrity != "ok" or start.returncode != 0 or not before <= keepsakes(folder):
                lost += 1
            half_done += state == "half_done"
            left += len(leftovers(folder, out))
            again = run(command(kind, world, folder, out), env)
            finished = again.returncode == 0 or (
                state in ("after", "skipped_number") and kind != "import"
            )
            failed_again += not finished or b"Traceback" in again.stderr
            shutil.rmtree(folder)
            shutil.rmtree(out)
        for kind, counts in tally.items():
            print(
                f"{kind:<7} kills: {sum(counts.values()):3d}  before: {counts['before']:3d}  "
                f"after: {counts['after']:3d}  skipped_numbers: {counts['skipped_number']}  "
                f"(clean run {durations[kind]:.1f} s)"
            )
        print(f"runs: {runs}  rerun_failures: {failed_again}")
        print(f"lost: {lost}  half_done: {half_done}  leftovers: {left}")
        return 0 if lost == half_done == left == failed_again == 0 else 1
    finally:
        close_db()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
