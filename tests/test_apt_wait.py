"""scripts/apt_wait.sh: the set-up waits for another apt holding the package locks."""

from __future__ import annotations

import fcntl
import os
import subprocess
import time

from tests.conftest import REPO


def _wait(locks: list, seconds: int) -> subprocess.CompletedProcess:
    env = {**os.environ, "PLANTRACKER_APT_LOCKS": " ".join(map(str, locks))}
    return subprocess.run(
        ["bash", "-c", f". scripts/apt_wait.sh && wait_for_apt_locks {seconds}"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_free_locks_go_on_at_once(tmp_path):
    lock = tmp_path / "lock-frontend"
    lock.touch()
    result = _wait([lock, tmp_path / "missing"], 10)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_a_held_lock_is_waited_for_and_then_reported_in_plain_words(tmp_path):
    lock = tmp_path / "lock-frontend"
    with open(lock, "a") as held:
        fcntl.lockf(held, fcntl.LOCK_EX)  # as apt holds it
        started = time.monotonic()
        result = _wait([lock], 4)
    assert result.returncode == 1
    assert time.monotonic() - started >= 4
    assert "Waiting for it to finish" in result.stdout
    assert "still busy" in result.stderr


def test_a_lock_released_meanwhile_lets_the_set_up_go_on(tmp_path):
    lock = tmp_path / "lock-frontend"
    holder = subprocess.Popen(
        [
            "python3",
            "-c",
            "import fcntl,sys,time; f=open(sys.argv[1],'a');"
            "fcntl.lockf(f, fcntl.LOCK_EX); print('held', flush=True); time.sleep(3)",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    result = _wait([lock], 30)
    holder.wait()
    assert result.returncode == 0, result.stderr
    assert "free again" in result.stdout
