"""Run `plantracker` in this process (fast) and compare a profile's data before and after."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app import cli
from tests import workstations


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of one command; argparse's own exits count as codes."""
    with workstations.set_aside():
        try:
            code = cli.main(list(argv))
        except SystemExit as exc:  # argparse: usage errors and --help
            code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def data_dump(folder: Path) -> list[str]:
    """Every row of the profile's database as SQL (the WAL included), for equality checks."""
    for option in ("mode=ro", "immutable=1"):  # immutable: a read-only folder, no -shm file
        connection = sqlite3.connect(f"file:{folder / 'plantracker.sqlite'}?{option}", uri=True)
        try:
            return list(connection.iterdump())
        except sqlite3.OperationalError:
            continue
        finally:
            connection.close()
    raise AssertionError(f"cannot read the database in {folder}")


def evidence_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in (folder / "evidence").rglob("*"))
