"""Drive the stock `age` tool, which reads a passphrase only from a terminal (a pty here)."""

from __future__ import annotations

import os
import pty
import shutil
import time
from pathlib import Path

AGE = shutil.which("age")


def run_with_passphrase(args: list[str], passphrase: str, timeout: float = 60) -> tuple[int, str]:
    """Run `age ARGS`, answering every passphrase prompt; (exit status, what it printed)."""
    pid, terminal = pty.fork()
    if pid == 0:  # the child: age with the pty as its terminal
        os.execv(AGE, [AGE, *args])
    said = b""
    answered = 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            try:
                chunk = os.read(terminal, 1024)
            except OSError:  # the child closed the terminal: it has finished
                break
            if not chunk:
                break
            said += chunk
            if said.lower().count(b"passphrase") > answered:
                answered = said.lower().count(b"passphrase")
                os.write(terminal, passphrase.encode("utf-8") + b"\n")
    finally:
        os.close(terminal)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), said.decode("utf-8", "replace")


def decrypt(path: Path, out: Path, passphrase: str) -> tuple[int, str]:
    return run_with_passphrase(["-d", "-o", str(out), str(path)], passphrase)


def encrypt(path: Path, out: Path, passphrase: str) -> tuple[int, str]:
    return run_with_passphrase(["-p", "-o", str(out), str(path)], passphrase)
