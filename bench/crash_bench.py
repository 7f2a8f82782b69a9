"""Kill -9 at random moments of real `plantracker` commands and check what is left.

    .venv/bin/python bench/crash_bench.py [RUNS]      (default 100; several minutes)

Each run copies a prepared workstation, starts one command as a process — in turn bundle
import (DoFA), report sign, bundle export, keys rotate and keys backup over an existing backup
(agency) — kills it with SIGKILL after a random delay within that command's own clean
duration, starts the app again (`periods`, which opens the profile as every start does) and
looks:

  lost       data that existed before the command is gone, the database fails its integrity
             check, an earlier good key backup is damaged, or (after a rotation) the agency can
             no longer sign a report and have DoFA accept the bundle
  half_done  the command's effect is neither absent nor complete (a bundle partly merged, a
             report signed without its content, a bundle file whose number is not recorded,
             one key in the database and another in the secret store, a backup neither the old
             nor a whole new one)
  leftovers  temporary files left after the next start, in the profile or beside the output

Then it runs the command again, to the end, and checks that this works. Prints one line per
command, and last `lost: N  half_done: N  leftovers: N`. A kill after an export's number is
recorded and before its file is renamed leaves a recorded number with no file (DoFA sees a
gap, never a number twice): counted as `skipped_numbers`, not as half done.
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

import pyrage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"

from app.models.session import close_open_session  # noqa: E402
from tests.exchange_support import TwoReports, copy_profile, two_report_world  # noqa: E402
from tests.reporting import PASSWORD  # noqa: E402

KINDS = ("import", "sign", "export", "rotate", "backup")
PASSPHRASE = "cum-mat-khau-sao-luu-du-dai"
TEMPORARY = (".incoming-*", "*.part", ".bundle-*", ".*.part")
BACKUP_NAME = "khoa.ptkeys"


def source(world: TwoReports, kind: str) -> Path:
    """The workstation a command runs on: DoFA imports, the agency does the rest."""
    return world.dofa if kind == "import" else world.agency


def cli(folder: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "app", "--profile", str(folder), *argv]


def command(kind: str, world: TwoReports, folder: Path, out: Path) -> list[str]:
    return {
        "import": cli(folder, "bundle", "import", str(world.bundle)),
        "sign": cli(folder, "report", "sign", "--period", "2026-Y", "--user", "nguyen.van.an"),
        "export": cli(folder, "bundle", "export", "--out", str(out)),
        "rotate": cli(folder, "keys", "rotate"),
        "backup": cli(folder, "keys", "backup", "--out", str(out / BACKUP_NAME)),
    }[kind]


def rows(folder: Path, sql: str) -> list[tuple]:
    connection = sqlite3.connect(folder / "plantracker.sqlite")
    try:
        return connection.execute(sql).fetchall()
    finally:
        connection.close()


def keepsakes(folder: Path) -> set[tuple]:
    """What must survive any command: accounts, keys, signed contents, attachments."""
    signed = "SELECT agency_id, period_id, revision, content_sha256 FROM report"
    return (
        {("user", r[0]) for r in rows(folder, "SELECT login FROM user_account")}
        | {("key", r[0]) for r in rows(folder, "SELECT fingerprint FROM agency_key")}
        | {("signed", *r) for r in rows(folder, signed + " WHERE content_sha256 IS NOT NULL")}
        | {("attachment", r[0]) for r in rows(folder, "SELECT sha256 FROM attachment")}
    )


def judge(kind: str, folder: Path, out: Path, old_backup: bytes) -> str:
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
    if kind == "export":
        sent = rows(folder, "SELECT count(*) FROM bundle_sent")[0][0]
        files = list(out.glob("*.ptbundle"))
        query = "SELECT status FROM report WHERE period_id = '2026-H1'"
        statuses = {r[0] for r in rows(folder, query)}
        if sent == 0 and not files and statuses == {"signed"}:
            return "before"
        if sent == 1 and statuses == {"sent"}:
            return "after" if len(files) == 1 else "skipped_number"
        return "half_done"
    if kind == "rotate":
        own = "FROM agency_key WHERE agency_id = (SELECT id FROM agency WHERE code = 'SYT')"
        keys = rows(folder, f"SELECT count(*) {own} AND retired_at IS NULL")[0][0]
        total = rows(folder, f"SELECT count(*) {own}")[0][0]
        if keys != 1:
            return "half_done"
        return "before" if total == 1 else "after"
    data = (out / BACKUP_NAME).read_bytes() if (out / BACKUP_NAME).is_file() else b""
    if data == old_backup:
        return "before"
    try:
        pyrage.passphrase.decrypt(data, PASSPHRASE)
    except Exception:  # any failure to open it: neither the old backup nor a whole new one
        return "half_done"
    return "after"


def still_usable(kind: str, world: TwoReports, folder: Path, root: Path, env: dict) -> bool:
    """After a rotation: the agency signs, exports, and DoFA accepts the bundle."""
    if kind != "rotate":
        return True
    out = root / "usable-out"
    out.mkdir()
    dofa = copy_profile(world.dofa, root / "usable-dofa")
    try:
        steps = [
            command("sign", world, folder, out),
            command("export", world, folder, out),
        ]
        if any(run(step, env).returncode != 0 for step in steps):
            return False
        (bundle,) = out.glob("*.ptbundle")
        done = run(cli(dofa, "bundle", "import", str(bundle), "--json"), env)
        return done.returncode == 0 and b'"imported"' in done.stdout
    finally:
        shutil.rmtree(out)
        shutil.rmtree(dofa)


def leftovers(folder: Path, out: Path) -> list[Path]:
    found = []
    for place in (folder, out):
        for pattern in TEMPORARY:
            found += [p for p in place.rglob(pattern) if p.is_file()]
    return sorted(set(found))


def run(argv: list[str], env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, timeout=300)


def fresh(
    world: TwoReports, kind: str, root: Path, name: str, backup: bytes, env: dict
) -> tuple[Path, Path, dict]:
    """A copy of the command's workstation with its own copy of the secrets (a rotation in one
    run must not change the next run's keys), an output folder holding a good backup, and the
    environment that points at those secrets."""
    folder = copy_profile(source(world, kind), root / name)
    out = root / f"{name}-out"
    out.mkdir()
    if kind == "backup":
        (out / BACKUP_NAME).write_bytes(backup)
    secrets = root / f"{name}-keyring.json"
    shutil.copyfile(world.keyring, secrets)
    return folder, out, {**env, "PLANTRACKER_TEST_KEYRING": str(secrets)}


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    root = Path(tempfile.mkdtemp(prefix="crash-bench-"))
    try:
        os.environ["PLANTRACKER_TEST_KEYRING"] = str(root / "keyring.json")
        world = two_report_world(root, sign_annual=False)  # 2026-Y is signed by the runs
        env = {**os.environ, "PLANTRACKER_PASSWORD": PASSWORD, "PLANTRACKER_PASSPHRASE": PASSPHRASE}
        durations = {}
        backup = b""  # the timing run of `backup` writes over an empty file, then gives one
        for kind in KINDS:
            folder, out, run_env = fresh(world, kind, root, "timing", backup, env)
            started = time.monotonic()
            done = run(command(kind, world, folder, out), run_env)
            durations[kind] = time.monotonic() - started
            assert done.returncode == 0, done.stderr.decode()
            if kind == "backup":
                backup = (out / BACKUP_NAME).read_bytes()
            shutil.rmtree(folder)
            shutil.rmtree(out)
        states = ("before", "after", "skipped_number", "half_done")
        tally = {kind: dict.fromkeys(states, 0) for kind in KINDS}
        lost = half_done = left = failed_again = 0
        rng = random.Random(20261204)
        for number in range(runs):
            kind = KINDS[number % len(KINDS)]
            folder, out, run_env = fresh(world, kind, root, f"r{number}", backup, env)
            before = keepsakes(folder)
            process = subprocess.Popen(
                command(kind, world, folder, out),
                cwd=ROOT,
                env=run_env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(rng.uniform(0.5, 1.05) * durations[kind])
            process.send_signal(signal.SIGKILL)
            process.wait()
            start = run(cli(folder, "periods"), run_env)
            state = judge(kind, folder, out, backup)
            tally[kind][state] += 1
            integrity = rows(folder, "PRAGMA integrity_check")[0][0]
            kept = before <= keepsakes(folder)
            usable = still_usable(kind, world, folder, root, run_env)
            lost += integrity != "ok" or start.returncode != 0 or not kept or not usable
            half_done += state == "half_done"
            left += len(leftovers(folder, out))
            if kind != "rotate":  # a rotation was just used to sign and export: done
                again = run(command(kind, world, folder, out), run_env)
                nothing_left = state in ("after", "skipped_number") and kind in ("sign", "export")
                failed_again += (again.returncode != 0 and not nothing_left) or (
                    b"Traceback" in again.stderr
                )
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
        close_open_session()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
