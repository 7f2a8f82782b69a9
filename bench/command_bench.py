"""How long a command takes to start, against a bare interpreter.

    .venv/bin/python bench/command_bench.py [--runs 15] [--source CHECKOUT] [--compile-each-time]

Runs `python -c pass`, `plantracker --version` and `plantracker agencies --json` (no profile:
the bundled register) in turn, RUNS times after one untimed round, and prints the medians and
the paired differences:
  pass_ms, version_ms, agencies_ms
  version_over_pass_ms    goal ≤ 120
  agencies_over_pass_ms   goal ≤ 120
and the same differences in processor time (user + system) of the child, which a machine
shared with other work disturbs less than the wall clock: *_over_pass_cpu_ms.

The commands run with their bytecode compiled, as installed (see bench/bytecode_cache.py);
--compile-each-time leaves PYTHONDONTWRITEBYTECODE as the environment has it. --source runs
another checkout's code (the code before a change) for before/after figures in one sitting.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bytecode_cache import with_bytecode_cache  # noqa: E402

APP = [sys.executable, "-c", "import sys; from app.cli import main; sys.exit(main())"]
LINES = {
    "pass": [sys.executable, "-c", "pass"],
    "version": [*APP, "--version"],
    "agencies": [*APP, "agencies", "--json"],
}


def _time(command: list[str], env: dict) -> tuple[float, float]:
    """(wall, processor) milliseconds of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    wall = (time.perf_counter() - started) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description="Time command start-up.")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--source", type=Path, default=ROOT, help="the checkout to run")
    parser.add_argument("--compile-each-time", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as bytecode:
        # No user profile: `agencies` lists the bundled register, as on a fresh computer.
        env = {**os.environ, "XDG_DATA_HOME": home, "PYTHONPATH": str(args.source.resolve())}
        env.pop("PLANTRACKER_PROFILE", None)
        if not args.compile_each_time:
            env = with_bytecode_cache(env, bytecode)
        for command in LINES.values():
            _time(command, env)
        times: dict[str, list[tuple[float, float]]] = {name: [] for name in LINES}
        for _ in range(args.runs):
            for name, command in LINES.items():
                times[name].append(_time(command, env))
    for name in LINES:
        print(f"{name}_ms: {statistics.median(t[0] for t in times[name]):.0f}")
    for kind, which in (("", 0), ("_cpu", 1)):
        for name in ("version", "agencies"):
            pairs = zip(times[name], times["pass"], strict=True)
            over = [t[which] - p[which] for t, p in pairs]
            print(f"{name}_over_pass{kind}_ms: {statistics.median(over):.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
