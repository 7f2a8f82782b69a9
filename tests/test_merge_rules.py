"""Order-independent merge:
any arrival order ends in the same state (docs/architecture.md, exchange properties 5–6).

Two agencies send six files: Health's report for 2026-H1 as revision 1 and, amended, revision 2
(so revision 1 arrives late in half the orders); its 2026-Y revision 1 signed twice with
different contents (the agency's database was restored from a copy taken before the first
sign-off, so both files are validly signed: a conflict); Education's 2026-H1 report; and that
last file again (sent twice). Orders are imported into fresh copies of one DoFA workstation
(a random sample of the 720 in the suite, every one in bench/merge_orders.py) and the databases
are compared as canonical dumps (tests/exchange_support.py: no import times,
no arrival-order row ids, no audit log).
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models import BundleReceived, Report, ReportConflict
from app.models.session import close_open_session
from app.services.catalogue import catalogue, register
from app.services.exchange import bundle_import
from app.services.exchange.accepted import latest_accepted
from app.services.workstation import profile
from tests.exchange_support import (
    amend_and_sign,
    canonical_dump,
    copy_profile,
    enrol_agency,
    evidence_state,
    export,
    make_dofa,
    sign_period,
    use,
)

KEYRING = "PLANTRACKER_TEST_KEYRING"


@dataclass
class World:
    keyring: str
    pristine: Path  # a closed DoFA folder, both agencies enrolled, nothing imported
    files: dict[str, Path]  # role -> bundle file
    conflict_hashes: tuple[str, str]  # the content SHA-256 of the two 2026-Y revision 1s
    scratch: Path


def _restore(folder: Path, saved: Path) -> None:
    """Put back a database file saved while closed (as an office restores a backup)."""
    close_open_session()
    for leftover in folder.glob(profile.DB_NAME + "-*"):
        leftover.unlink()
    shutil.copy(saved, profile.db_path(folder))


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> World:
    root = tmp_path_factory.mktemp("merge")
    saved_keyring = os.environ.get(KEYRING)
    os.environ[KEYRING] = str(root / "keyring.json")  # one keyring for the whole module
    try:
        dofa = make_dofa(root / "dofa")
        health = enrol_agency(dofa.folder, root / "syt", "SYT")
        education = enrol_agency(dofa.folder, root / "sgddt", "SGDDT")
        out = root / "bundles"
        out.mkdir()
        files = {}

        sign_period(health, "2026-H1", "Bản đầu", {"ke-hoach.pdf": b"%PDF-1.4 ke hoach\n"})
        files["h1_r1"] = export(health, out / "syt-1.ptbundle", [("2026-H1", 1)])
        amend_and_sign(
            health, "2026-H1", "Bổ sung số liệu", "Bản sửa", {"so-lieu.xlsx": b"PK so lieu"}
        )
        files["h1_r2"] = export(health, out / "syt-2.ptbundle", [("2026-H1", 2)])

        close_open_session()
        before_signing = root / "syt-before-2026-Y.sqlite"
        shutil.copy(profile.db_path(health.folder), before_signing)
        first = sign_period(health, "2026-Y", "Phương án A")
        files["y_r1_a"] = export(health, out / "syt-3a.ptbundle", [("2026-Y", 1)])
        _restore(health.folder, before_signing)
        second = sign_period(health, "2026-Y", "Phương án B")
        files["y_r1_b"] = export(health, out / "syt-3b.ptbundle", [("2026-Y", 1)])
        assert first.revision == second.revision == 1
        assert first.content_sha256 != second.content_sha256

        sign_period(education, "2026-H1", "Sở Giáo dục")
        files["sgddt"] = export(education, out / "sgddt-1.ptbundle")
        # The same file sent twice (same name: a resent attachment), in another folder.
        (out / "resent").mkdir()
        files["sgddt_again"] = Path(shutil.copy(files["sgddt"], out / "resent"))

        pristine = copy_profile(dofa.folder, root / "dofa-pristine")
        yield World(
            str(root / "keyring.json"),
            pristine,
            files,
            (first.content_sha256, second.content_sha256),
            root / "runs",
        )
    finally:
        close_open_session()
        if saved_keyring is None:
            os.environ.pop(KEYRING, None)
        else:
            os.environ[KEYRING] = saved_keyring


@pytest.fixture
def merge_world(world, monkeypatch) -> World:
    monkeypatch.setenv(KEYRING, world.keyring)
    return world


def import_in_order(world: World, roles: tuple[str, ...], run: str):
    """Import the files in this order into a fresh DoFA; (results by role, its folder)."""
    folder = copy_profile(world.pristine, world.scratch / run)
    station = use(folder)
    results = bundle_import.import_bundles(station, [world.files[r] for r in roles])
    close_open_session()
    return list(zip(roles, results, strict=True)), folder


def state_of(folder: Path) -> dict:
    return {
        "tables": canonical_dump(profile.db_path(folder)),
        "evidence": evidence_state(folder).stored,
    }


def expected_statuses(roles: tuple[str, ...]) -> list[str]:
    """What each arrival must say: the later of two conflicting files is the conflict."""
    seen: set[str] = set()
    statuses = []
    for role in roles:
        if role == "sgddt_again" and "sgddt" in seen or role == "sgddt" and "sgddt_again" in seen:
            statuses.append("already_imported")
        elif role in ("y_r1_a", "y_r1_b") and {"y_r1_a", "y_r1_b"} & seen:
            statuses.append("conflict")
        else:
            statuses.append("imported")
        seen.add(role)
    return statuses


ROLES = ("h1_r1", "h1_r2", "y_r1_a", "y_r1_b", "sgddt", "sgddt_again")
# The suite checks a sample of the 720 orders, different each run; bench/merge_orders.py sets
# this to check every one of them (about 45 ms an order).
EVERY_ORDER = os.environ.get("PLANTRACKER_MERGE_ORDERS") == "all"
SAMPLED_ORDERS = 40


class OrderChecker:
    """Imports orders into fresh DoFA copies and compares each end state with the first."""

    def __init__(self, world: World):
        self.world = world
        self.reference: tuple[dict, tuple[str, ...]] | None = None
        self.count = 0

    def check(self, roles: tuple[str, ...]) -> None:
        results, folder = import_in_order(self.world, roles, f"order-{self.count}")
        self.count += 1
        statuses = [result.status for _, result in results]
        assert statuses == expected_statuses(roles), (roles, results)
        for role, result in results:
            if role == "h1_r1" and roles.index("h1_r2") < roles.index("h1_r1"):
                assert [r.outcome for r in result.reports] == ["superseded"]
        state = state_of(folder)
        shutil.rmtree(folder)
        if self.reference is None:
            self.reference = (state, roles)
            return
        reference, first_roles = self.reference
        if state != reference:
            differing = [
                t for t in reference["tables"] if state["tables"][t] != reference["tables"][t]
            ]
            pytest.fail(f"{roles} ends unlike {first_roles}: tables {differing}")


def test_every_arrival_order_ends_in_the_same_state(merge_world):
    assert tuple(merge_world.files) == ROLES
    checker = OrderChecker(merge_world)
    started = time.perf_counter()
    checker.check(ROLES)  # the reference: files in the order they were made
    if EVERY_ORDER:
        for roles in itertools.permutations(ROLES):
            checker.check(roles)
    else:

        @settings(
            max_examples=SAMPLED_ORDERS,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(st.permutations(ROLES))
        def arrival(roles):
            checker.check(tuple(roles))

        arrival()
    elapsed = time.perf_counter() - started
    print(
        f"\n{checker.count} arrival orders in {elapsed:.1f} s "
        f"({elapsed / checker.count * 1000:.0f} ms per order of {len(ROLES)} files)"
    )


def test_the_end_state_follows_the_merge_rules(merge_world):
    world = merge_world
    # Revision 1 arrives after revision 2; the conflict's two sides in both orders.
    roles = ("h1_r2", "y_r1_b", "sgddt", "h1_r1", "y_r1_a", "sgddt_again")
    results, folder = import_in_order(world, roles, "explained")
    by_role = dict(results)
    assert by_role["h1_r1"].status == "imported"
    assert [r.outcome for r in by_role["h1_r1"].reports] == ["superseded"]
    assert by_role["y_r1_a"].status == "conflict"
    assert by_role["sgddt_again"].status == "already_imported"

    use(folder)
    plan = catalogue.active_plan()
    health, education = register.get("SYT"), register.get("SGDDT")
    latest = latest_accepted(health, plan, "2026-H1")
    assert latest.revision == 2
    assert all("Bản sửa" in e.results for e in latest.entries)
    revisions = Report.select().where((Report.agency == health) & (Report.period_id == "2026-H1"))
    assert sorted(r.revision for r in revisions) == [1, 2]  # the older one kept for the record

    kept = Report.get((Report.agency == health) & (Report.period_id == "2026-Y"))
    conflicts = list(ReportConflict.select())
    assert len(conflicts) == 1, "the conflict must be recorded once"
    assert kept.content_sha256 == min(world.conflict_hashes)
    assert conflicts[0].content_sha256 == max(world.conflict_hashes)
    assert (conflicts[0].revision, conflicts[0].resolved_at) == (1, None)

    assert latest_accepted(education, plan, "2026-H1").revision == 1
    assert BundleReceived.select().count() == 5
    summary = json.loads(BundleReceived.get(BundleReceived.file_name == "syt-1.ptbundle").summary)
    assert [s["outcome"] for s in summary] == ["superseded"]
    close_open_session()
    assert len(evidence_state(folder).stored) == 2
