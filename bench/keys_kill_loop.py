"""Kill `keys rotate` and `keys backup` at random moments, then check what is left.

    .venv/bin/python bench/keys_kill_loop.py [--runs 100] [--seed N]

tests/test_keys_crash.py kills at named points; this kills at random times instead. It builds
the world of tests/keys_world.py once (an agency whose keys are in passphrase files), then for
each run copies it, starts tests/keys_crash_driver.py with no named point, waits until the
operation begins and sends SIGKILL after a random delay within the operation's measured
length. Then, as the next start would: a rotation must have left the old key or the new one,
whole and recorded (tests/keys_world.state_after_kill); a backup must have left the earlier
good backup or a whole new one, and the next backup to that name no temporary file.

Prints `lost: 0  half_done: 0  leftovers: 0` and how many runs ended old, new or unkilled.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"

from app.models.session import close_open_session  # noqa: E402
from app.services.keys import key_lifecycle  # noqa: E402
from tests.exchange_support import KEYRING, copy_profile, shared_keyring, use  # noqa: E402
from tests.keys_crash_driver import PASSPHRASE  # noqa: E402
from tests.keys_world import (  # noqa: E402
    backup_state_after_kill,
    build_keys_world,
    state_after_kill,
)


def start(world, *args: str) -> subprocess.Popen:
    driver = subprocess.Popen(
        [sys.executable, "-m", "tests.keys_crash_driver", *args],
        cwd=REPO,
        env={**os.environ, KEYRING: world.keyring},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert driver.stdout.readline().strip() == "ready", driver.stderr.read()
    return driver


def one_run(world, operation: str, folder: Path, delay: float | None) -> tuple[str, float]:
    """Run (and kill after `delay`, unless None); (what was left, seconds the run took)."""
    agency = copy_profile(world.agency, folder / "syt")
    out = folder / "usb" / "keys.backup"
    out.parent.mkdir()
    shutil.copyfile(world.good_backup, out)
    args = (
        ("rotate", str(agency), "none")
        if operation == "rotate"
        else ("backup", str(agency), "none", str(out))
    )
    driver = start(world, *args)
    began = time.perf_counter()
    if delay is not None:
        time.sleep(delay)
        driver.send_signal(signal.SIGKILL)
    code = driver.wait()
    took = time.perf_counter() - began
    if code not in (0, -signal.SIGKILL):
        raise AssertionError(f"the driver failed: {driver.stderr.read()}")
    if operation == "rotate":
        _, state = state_after_kill(world, agency)
    else:
        state = backup_state_after_kill(out, world.good_backup.read_bytes())
        station = use(agency)
        key_lifecycle.backup(station, out, PASSPHRASE, PASSPHRASE)
        assert [p.name for p in out.parent.iterdir()] == ["keys.backup"], "leftover beside it"
    close_open_session()
    return state if code else f"{state} (not killed: it had finished)", took


def classify(problem: AssertionError) -> str:
    text = str(problem)
    if "leftover" in text:
        return "leftovers"
    if "differ" in text or "statement" in text:
        return "half_done"
    return "lost"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    chance = random.Random(seed)
    root = Path(tempfile.mkdtemp(prefix="keys-kill-"))
    outcomes: Counter[str] = Counter()
    problems: Counter[str] = Counter()
    try:
        with shared_keyring(root / "keyring.json") as keyring:
            world = build_keys_world(root / "world", keyring)
            length = {}
            for operation in ("rotate", "backup"):  # an unkilled run measures each operation
                _, length[operation] = one_run(world, operation, root / f"clean-{operation}", None)
            for number in range(args.runs):
                operation = ("rotate", "backup")[number % 2]
                folder = root / f"run-{number}"
                folder.mkdir()
                try:
                    state, _ = one_run(
                        world, operation, folder, chance.uniform(0, length[operation])
                    )
                    outcomes[f"{operation} {state}"] += 1
                except AssertionError as problem:
                    problems[classify(problem)] += 1
                    print(f"run {number} ({operation}): {problem}", file=sys.stderr)
                shutil.rmtree(folder, ignore_errors=True)
    finally:
        close_open_session()
        shutil.rmtree(root, ignore_errors=True)
    print(
        f"seed {seed}; runs {args.runs}; operation length: rotate {length['rotate']:.2f} s, "
        f"backup {length['backup']:.2f} s"
    )
    print("ended: " + ", ".join(f"{name} {count}" for name, count in sorted(outcomes.items())))
    print(
        f"lost: {problems['lost']}  half_done: {problems['half_done']}  "
        f"leftovers: {problems['leftovers']}"
    )


if __name__ == "__main__":
    main()
