"""Whole-workstation backup and restore: time, file size and peak memory.

    python bench/backup_bench.py [EVIDENCE_MB]

Builds a profile with a signed report and EVIDENCE_MB megabytes of evidence (incompressible,
1 MB files, the worst case for size), then times `backup create` and `backup restore` in fresh
processes and prints each one's peak resident memory (Linux VmHWM). The archive and the age
encryption stream in chunks, so memory should not grow with the evidence.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "bench-passphrase-2026"

STEP = """
import json, sys, time
from pathlib import Path
import keyring
from keyring.backend import KeyringBackend

class Memory(KeyringBackend):
    priority = 1
    store = {}
    def get_password(self, s, u): return self.store.get((s, u))
    def set_password(self, s, u, p): self.store[(s, u)] = p
    def delete_password(self, s, u): self.store.pop((s, u), None)

keyring.set_keyring(Memory())
from app.services.workstation import backup, profile
action, folder, file = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
start = time.perf_counter()
if action == "create":
    backup.create_backup(profile.open_profile(folder), file, sys.argv[4])
else:
    backup.restore_backup(folder, file, sys.argv[4])
seconds = time.perf_counter() - start
status = Path("/proc/self/status").read_text()
peak = int(status.split("VmHWM:")[1].split()[0])
print(json.dumps({"seconds": seconds, "peak_mib": peak / 1024}))
"""


def build(folder: Path, evidence_mb: int) -> None:
    code = f"""
import os
from pathlib import Path
from app.services.workstation import profile
from app.services.accounts import users
from app.services.catalogue import catalogue
from app.services.reports import reports
station = profile.create_profile(Path({str(folder)!r}), "SYT", False, {PASSPHRASE!r})
report = reports.open_draft(station, station.agency, catalogue.active_plan(), "2026-Y")
ref = reports.entry_views(report)[0].duty.ref
source = Path({str(folder.parent)!r}) / "evidence-source"
source.mkdir()
for number in range({evidence_mb}):
    path = source / f"bien-ban-{{number:03d}}.pdf"
    path.write_bytes(os.urandom(1024 * 1024))
    reports.attach(station, report, ref, path)
"""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, env=env)


def step(*args: str) -> dict:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    done = subprocess.run(
        [sys.executable, "-c", STEP, *args], capture_output=True, text=True, cwd=REPO, env=env
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return json.loads(done.stdout.splitlines()[-1])


def main() -> int:
    evidence_mb = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    with tempfile.TemporaryDirectory(prefix="plantracker-backup-bench-") as scratch:
        root = Path(scratch)
        build(root / "syt", evidence_mb)
        out = root / "syt.ptbackup"
        made = step("create", str(root / "syt"), str(out), PASSPHRASE)
        restored = step("restore", str(root / "restored"), str(out), PASSPHRASE)
        size = out.stat().st_size / 1024 / 1024
        print(f"evidence {evidence_mb} MB, backup file {size:.1f} MB")
        print(f"create : {made['seconds']:.2f} s, peak {made['peak_mib']:.0f} MiB")
        print(f"restore: {restored['seconds']:.2f} s, peak {restored['peak_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
