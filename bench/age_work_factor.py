"""One passphrase guess against a key file: time and memory at the fixed scrypt work factor.

    python bench/age_work_factor.py [ROUNDS]

Each round runs in a fresh process (so peak memory is that guess's alone) and opens a key file
written by app/services/keys/age_passphrase.py with a wrong passphrase, as an attacker would.
Prints the median and worst time and the peak resident memory above the idle process (Linux).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

ONE_GUESS = """
import json, sys, time
from pathlib import Path
from app.services.keys import age_passphrase

def high_water_kib():
    # VmHWM, not ru_maxrss: the latter keeps the parent's peak across exec.
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmHWM:")[1].split()[0])

sealed = Path(sys.argv[1]).read_bytes()
idle = high_water_kib()
started = time.perf_counter()
try:
    age_passphrase.decrypt(sealed, "a wrong guess")
except age_passphrase.AgePassphraseError:
    pass
seconds = time.perf_counter() - started
peak = high_water_kib()
print(json.dumps({"seconds": seconds, "extra_kib": peak - idle}))
"""


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    sys.path.insert(0, str(REPO))
    from app.services.keys.age_passphrase import WORK_FACTOR, encrypt

    results = []
    with tempfile.TemporaryDirectory() as folder:
        key_file = Path(folder) / "signing-key.age"
        key_file.write_bytes(encrypt(b"-----BEGIN PRIVATE KEY-----", "the right passphrase"))
        for _ in range(rounds):
            done = subprocess.run(
                [sys.executable, "-c", ONE_GUESS, str(key_file)],
                cwd=REPO,
                capture_output=True,
                check=True,
            )
            results.append(json.loads(done.stdout))
    times = [r["seconds"] for r in results]
    memory = max(r["extra_kib"] for r in results) / 1024
    print(f"work factor: 2^{WORK_FACTOR} (scrypt r=8, p=1)")
    print(f"one guess: median {statistics.median(times):.3f} s, worst {max(times):.3f} s")
    print(f"memory for one guess: {memory:.0f} MiB above the idle process")


if __name__ == "__main__":
    main()
