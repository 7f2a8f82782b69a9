"""Several officers at once, as separate processes: imports, numbering.

Two processes on one DoFA profile are two officers: each runs the real command, released by
the same start file so that both are under way at the same moment. The state they leave is
compared with one officer doing the same work alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.models.connection import close_db
from app.services.catalogue import catalogue, periods
from app.services.exchange import bundle_import
from tests.exchange_support import (
    amend_and_sign,
    canonical_dump,
    copy_profile,
    enrol_agency,
    export,
    make_dofa,
    shared_keyring,
    sign_period,
    use,
)
from tests.reporting import PASSWORD, approver

REPO = Path(__file__).resolve().parent.parent
KEYRING = "PLANTRACKER_TEST_KEYRING"


class Office:
    """A DoFA profile (closed, nothing imported) and bundles from two agencies."""

    def __init__(self, root: Path):
        self.root = root
        with shared_keyring(root / "keyring.json") as keyring:
            self.keyring = keyring
            dofa = make_dofa(root / "dofa")
            approver("Lê Văn Bình", "Phó Giám đốc")
            health = enrol_agency(dofa.folder, root / "syt", "SYT")
            schools = enrol_agency(dofa.folder, root / "sgddt", "SGDDT")
            out = root / "bundles"
            out.mkdir()
            evidence = {"bien-ban.pdf": b"%PDF-1.4 bien ban\n" * 40}
            sign_period(health, "2026-H1", "Sáu tháng", evidence)
            sign_period(health, "2026-Y", "Cả năm", {"so-lieu.xlsx": b"PK\x03\x04" * 90})
            self.health_1 = export(health, out / "syt-1.ptbundle")
            amend_and_sign(health, "2026-Y", "Bổ sung số liệu", "Cả năm, bổ sung")
            self.health_2 = export(health, out / "syt-2.ptbundle")
            sign_period(schools, "2026-Y", "Đón 3 đoàn", evidence)
            self.schools_1 = export(schools, out / "sgddt-1.ptbundle")
            close_db()
            self.dofa = root / "dofa"

    @property
    def bundles(self) -> list[Path]:
        return [self.health_1, self.health_2, self.schools_1]

    def fresh(self, name: str) -> Path:
        return copy_profile(self.dofa, self.root / name)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return Office(tmp_path_factory.mktemp("office"))


def at_once(office: Office, *commands: list[str]) -> list[subprocess.CompletedProcess]:
    """Run each command line in its own process, all released at the same moment."""
    start = office.root / f"start-{time.monotonic_ns()}"
    env = {**os.environ, KEYRING: office.keyring}
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.office_race_driver", str(start), *command],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for command in commands
    ]
    time.sleep(1.5)  # both have imported everything and wait for the start file
    start.touch()
    done = []
    for child, command in zip(children, commands, strict=True):
        out, err = child.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(command, child.returncode, out, err))
    return done


def _import(folder: Path, bundles: list[Path]) -> list[str]:
    return ["--lang", "en", "--profile", str(folder), "bundle", "import",
            *map(str, bundles), "--json"]  # fmt: skip


def _statuses(results: list[subprocess.CompletedProcess]) -> dict[str, tuple[str, ...]]:
    """Each file's statuses across the processes, sorted."""
    seen: dict[str, list[str]] = {}
    for result in results:
        assert b"Traceback" not in result.stderr, result.stderr.decode()
        assert result.returncode == 0, result.stderr.decode()
        for item in json.loads(result.stdout):
            seen.setdefault(item["file"], []).append(item["status"])
    return {name: tuple(sorted(statuses)) for name, statuses in seen.items()}


@pytest.fixture(scope="module")
def one_after_the_other(office):
    """The state one officer leaves by importing every bundle alone."""
    folder = office.fresh("alone")
    with shared_keyring(Path(office.keyring)):
        results = bundle_import.import_bundles(use(folder), office.bundles)
        assert [r.status for r in results] == ["imported"] * 3
        close_db()
    return canonical_dump(folder / "plantracker.sqlite")


def test_two_officers_importing_the_same_bundles_at_once(office, one_after_the_other):
    folder = office.fresh("same")
    results = at_once(
        office,
        _import(folder, office.bundles),
        _import(folder, list(reversed(office.bundles))),
    )
    # Each file imported once, and found already imported by the other officer.
    assert set(_statuses(results).values()) == {("already_imported", "imported")}
    assert canonical_dump(folder / "plantracker.sqlite") == one_after_the_other


def test_two_officers_importing_different_bundles_at_once(office, one_after_the_other):
    folder = office.fresh("different")
    results = at_once(
        office,
        _import(folder, [office.health_2, office.schools_1]),
        _import(folder, [office.health_1]),
    )
    assert set(_statuses(results).values()) == {("imported",)}
    assert canonical_dump(folder / "plantracker.sqlite") == one_after_the_other


def test_two_clerks_numbering_at_once_get_distinct_consecutive_numbers(office):
    """Three reminder letters from each of two processes: numbers 1 to 6, each once."""
    folder = office.fresh("numbering")
    with shared_keyring(Path(office.keyring)):
        use(folder)
        plan = catalogue.active_plan()
        periods.set_tracked_from(plan, "2026-H1")
        periods.set_due(plan, "2026-H1", date.today() - timedelta(days=1))
        close_db()
    commands = []
    for officer in ("a", "b"):
        script = []
        for n in range(3):
            out = office.root / f"letter-{officer}-{n}.pdf"
            script.append(["--lang", "en", "--profile", str(folder), "remind", "issue",
                           "--period", "2026-H1", "--user", "Lê Văn Bình", "--out", str(out),
                           "--agency", "SYT"])  # fmt: skip
        commands.append(script)
    os.environ["PLANTRACKER_PASSWORD"] = PASSWORD  # the tests' _isolated fixture removes it
    results = at_once(office, *[_chain(script) for script in commands])
    for result in results:
        assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    with shared_keyring(Path(office.keyring)):
        use(folder)
        from app.models import IssuedDocument

        numbers = sorted(row.number for row in IssuedDocument.select())
        close_db()
    assert numbers == [1, 2, 3, 4, 5, 6]


def _chain(commands: list[list[str]]) -> list[str]:
    """Several commands for one driver process, separated by `;;`."""
    chained: list[str] = []
    for command in commands:
        chained += [*command, ";;"]
    return chained[:-1]
