"""Peak memory of DoFA importing one large bundle (500 MB by default).

    .venv/bin/python bench/bundle_memory.py [--megabytes 500] [--keep DIR]

Builds a DoFA profile and an enrolled agency (keys in a throwaway secret store, as in the
tests), signs one report whose duties carry evidence files of random bytes (19 MB each, under
the 20 MB limit) adding up to the size asked for, and exports it as one real bundle. Then a
fresh process opens DoFA's profile, loads the import code and the decryption key (the idle
app), and imports the bundle with bundle_import.import_bundles: decryption, every size and
hash check, evidence copies, the database write.

Prints the bundle's size, the import's time, the idle process's resident memory and the peak
during the import (VmHWM, Linux), and the difference (goal: below 200 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"

EVIDENCE_MB = 19

IMPORT_ONE = """
import json, sys, time
from pathlib import Path

def resident_kib(field):
    status = Path("/proc/self/status").read_text()
    return int(status.split(field + ":")[1].split()[0])

from app.services.exchange import bundle_import
from app.services.keys import keys
from app.services.workstation import profile

station = profile.open_profile(Path(sys.argv[1]))
keys.load_age_identity(station.folder, keys.DECRYPTION)
idle = resident_kib("VmRSS")
started = time.perf_counter()
(result,) = bundle_import.import_bundles(station, [Path(sys.argv[2])])
seconds = time.perf_counter() - started
print(json.dumps({"status": result.status, "reason": result.reason, "seconds": seconds,
                  "idle_kib": idle, "peak_kib": resident_kib("VmHWM")}))
"""


def build(root: Path, megabytes: int) -> tuple[Path, Path]:
    """A DoFA profile and a bundle of about `megabytes` MB from an enrolled agency."""
    from app.models.session import close_open_session
    from app.services.reports import reports, signoff
    from tests.exchange_support import _signer, enrol_agency, export, make_dofa, use
    from tests.reporting import PASSWORD, approver, complete_draft

    os.environ["PLANTRACKER_TEST_KEYRING"] = str(root / "keyring.json")
    dofa = make_dofa(root / "dofa")
    approver(dofa)
    health = enrol_agency(dofa.folder, root / "syt", "SYT")
    use(health)
    report = complete_draft(health, "2026-Y", "Kết quả cả năm")
    refs = [view.duty.ref for view in reports.entry_views(report)]
    sources = root / "evidence"
    sources.mkdir()
    for number in range(-(-megabytes // EVIDENCE_MB)):
        source = sources / f"tai-lieu-{number:03d}.bin"
        with source.open("wb") as out:
            for _ in range(EVIDENCE_MB):
                out.write(os.urandom(1024 * 1024))
        reports.attach(health, report, refs[number % len(refs)], source)
        source.unlink()
    signoff.sign(report, _signer().login, PASSWORD, health)
    bundle = export(health, root / "out")
    close_open_session()
    shutil.rmtree(health.folder / "evidence")  # only DoFA's side matters from here
    return dofa.folder, bundle


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="build in this folder and leave it")
    args = parser.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bundle-memory-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        dofa, bundle = build(root, args.megabytes)
        done = subprocess.run(
            [sys.executable, "-c", IMPORT_ONE, str(dofa), str(bundle)],
            cwd=REPO,
            env={**os.environ, "PLANTRACKER_TEST_KEYRING": str(root / "keyring.json")},
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            sys.exit(done.stderr)
        measured = json.loads(done.stdout)
        bundle_mb = bundle.stat().st_size / 1e6
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    if measured["status"] != "imported":
        sys.exit(f"the bundle was not imported: {measured['reason']}")
    idle, peak = measured["idle_kib"] / 1024, measured["peak_kib"] / 1024
    print(f"bundle_mb      {bundle_mb:.0f}")
    print(f"import_s       {measured['seconds']:.1f}")
    print(f"idle_rss_mb    {idle:.0f}")
    print(f"peak_rss_mb    {peak:.0f}")
    print(f"above_idle_mb  {peak - idle:.0f}   (goal < 200)")


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"bench_s        {time.perf_counter() - started:.0f}")
