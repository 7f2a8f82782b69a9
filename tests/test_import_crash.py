"""Atomic import (docs/architecture.md, exchange property 7):
a crash mid-import leaves the data as before, or complete.

tests/import_crash_driver.py imports one bundle (two reports, two evidence files) and kills
itself with SIGKILL at one of 13 points: before decrypting, after verifying, before copying
the evidence, inside the transaction after each report and after the bundle's record (the
evidence files being synced meanwhile), during and after renaming each evidence file into
place, just before and just after COMMIT, and after the import returned. Then this
process opens the database with plain sqlite3 (which recovers the WAL as the next start of the
app would) and finds it intact and either exactly as before or exactly as after a clean import.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.models.session import close_open_session
from app.services.exchange import bundle_import
from app.services.workstation import profile
from tests.exchange_support import (
    audit_rows,
    canonical_dump,
    copy_profile,
    db_bytes_except_audit,
    evidence_state,
    integrity,
    shared_keyring,
    two_report_world,
    use,
)
from tests.import_crash_driver import POINTS

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

REPO = Path(__file__).resolve().parent.parent
KEYRING = "PLANTRACKER_TEST_KEYRING"
# Once COMMIT has run the bundle is in; before it, nothing of it may be.
APPLIED_FROM = POINTS.index("after_commit")
# Evidence files under their real names when the process dies (a check that each point is
# where its name says): none until the first is renamed into place, both from the second on.
STORED_AT_KILL = {
    **dict.fromkeys(POINTS[: POINTS.index("after_evidence_1")], 0),
    "after_evidence_1": 1,
    "before_evidence_2": 1,
    **dict.fromkeys(POINTS[POINTS.index("after_evidence_2") :], 2),
}
# Files written under temporary names and not yet renamed: a bundle's evidence is written and
# synced to disk on the store's threads while its rows are written (killed then, a file may
# not be created yet), and renamed into place just before the commit.
SYNCING = POINTS[POINTS.index("after_first_report") : POINTS.index("after_evidence_1")]
WHILE_ROWS_ARE_WRITTEN = SYNCING[: SYNCING.index("during_evidence_1")]
TEMPORARY_AT_KILL = {**dict.fromkeys(SYNCING, 2), "after_evidence_1": 1, "before_evidence_2": 1}


@dataclass
class CrashWorld:
    keyring: str
    pristine: Path  # a closed DoFA folder, SYT enrolled, nothing imported
    bundle: Path
    root: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> CrashWorld:
    root = tmp_path_factory.mktemp("crash")
    with shared_keyring(root / "keyring.json"):
        made = two_report_world(root)  # both signed reports in the bundle
        pristine = copy_profile(made.dofa, root / "dofa-pristine")
        yield CrashWorld(made.keyring, pristine, made.bundle, root)


def run_driver(world: CrashWorld, folder: Path, point: str) -> subprocess.CompletedProcess:
    env = {**os.environ, KEYRING: world.keyring}
    return subprocess.run(
        [sys.executable, "-m", "tests.import_crash_driver", str(folder), str(world.bundle), point],
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=120,
    )


@dataclass
class States:
    before_tables: dict  # strict: every row, column and id, audit log aside
    before_audit: list[dict]
    applied: dict  # canonical dump after a clean import


@pytest.fixture(scope="module")
def states(world) -> States:
    database = profile.db_path(world.pristine)
    clean = copy_profile(world.pristine, world.root / "clean-import")
    done = run_driver(world, clean, "none")
    assert done.returncode == 0, done.stderr.decode()
    result = json.loads(done.stdout)
    assert result["status"] == "imported"
    assert [r["outcome"] for r in result["reports"]] == ["new", "new"]
    assert len(evidence_state(clean).stored) == 2
    return States(
        db_bytes_except_audit(database),
        audit_rows(database),
        canonical_dump(profile.db_path(clean)),
    )


@pytest.fixture
def crash_world(world, monkeypatch) -> CrashWorld:
    monkeypatch.setenv(KEYRING, world.keyring)
    return world


def test_the_bundle_exercises_every_point(crash_world, states):
    """Two reports and two evidence files, so that every wrapped call happens."""
    applied = states.applied
    assert len([r for r in applied["report"] if '"channel": "bundle"' in r]) == 2
    assert len(applied["attachment"]) == 2
    assert len(applied["bundle_received"]) == 1


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_import_leaves_the_database_before_or_after(point, crash_world, states, tmp_path):
    world = crash_world
    folder = copy_profile(world.pristine, tmp_path / "dofa")
    database = profile.db_path(folder)

    done = run_driver(world, folder, point)
    assert done.returncode == -signal.SIGKILL, (done.returncode, done.stderr.decode())

    assert integrity(database) == "ok"
    stored = evidence_state(folder)  # every hash-named file holds what its name says
    assert len(stored.stored) == STORED_AT_KILL[point]
    if point in WHILE_ROWS_ARE_WRITTEN:
        assert len(stored.temporary) <= TEMPORARY_AT_KILL[point]
    else:
        assert len(stored.temporary) == TEMPORARY_AT_KILL.get(point, 0)
    if POINTS.index(point) >= APPLIED_FROM:
        assert canonical_dump(database) == states.applied, f"killed {point}: not fully applied"
    else:
        # Nothing of the bundle, not even its audit entry (it is in the same transaction).
        # Evidence files copied before the kill may stay: unused until the bundle comes again.
        assert db_bytes_except_audit(database) == states.before_tables, f"killed {point}"
        assert audit_rows(database) == states.before_audit, f"killed {point}: audit written"
        assert canonical_dump(database) != states.applied

    # The office starts the app again and imports the same file: it ends fully applied.
    station = use(folder)
    assert evidence_state(folder).temporary == []  # the start removed the half-copied file
    (again,) = bundle_import.import_bundles(station, [world.bundle])
    close_open_session()
    expected = "already_imported" if POINTS.index(point) >= APPLIED_FROM else "imported"
    assert again.status == expected, again
    assert integrity(database) == "ok"
    assert canonical_dump(database) == states.applied
    assert len(evidence_state(folder).stored) == 2
    shutil.rmtree(folder)
