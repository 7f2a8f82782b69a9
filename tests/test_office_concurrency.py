"""Several officers at once, as separate processes: imports, numbering; on both backends.

On SQLite two processes on one DoFA profile are two officers; on PostgreSQL each officer has
a profile folder of their own (their PC) naming the same office database. Each process runs
the real command, released by the same start file so that both are under way at the same
moment; the state they leave is compared with one officer doing the same work alone.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.models import (
    Attachment,
    BundleReceived,
    ChangeCounter,
    EvidenceBlob,
    IssuedDocument,
    Report,
    ReportConflict,
    ReportEntry,
)
from app.models.session import close_open_session
from app.services.catalogue import catalogue, periods
from app.services.consolidation import consolidated
from app.services.exchange import bundle_import
from app.services.workstation import office_server, profile
from tests import workstations
from tests.exchange_support import (
    amend_and_sign,
    canonical_dump,
    copy_profile,
    enrol_agency,
    export,
    shared_keyring,
    sign_period,
    use,
)
from tests.reporting import PASSWORD, approver

REPO = Path(__file__).resolve().parent.parent
KEYRING = "PLANTRACKER_TEST_KEYRING"
PASSPHRASE = "cum-mat-khau-cua-so"  # DoFA's, for its keys in the office database
BACKENDS = ("sqlite", "postgresql")


class Office:
    """A DoFA profile (closed, nothing imported) and bundles from two agencies."""

    def __init__(self, root: Path, backend: str, pg_server=None):
        self.root, self.backend, self.pg_server = root, backend, pg_server
        with shared_keyring(root / "keyring.json") as keyring:
            self.keyring = keyring
            url = pg_server.new_database("office") if backend == "postgresql" else None
            dofa = workstations.create(
                root / "dofa", "SNGV", True, PASSPHRASE if url else None, database_url=url
            )
            self.url = url
            approver(dofa, "Lê Văn Bình", "Phó Giám đốc")
            passphrase = PASSPHRASE if url else None
            health = enrol_agency(dofa.folder, root / "syt", "SYT", passphrase)
            schools = enrol_agency(dofa.folder, root / "sgddt", "SGDDT", passphrase)
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
            close_open_session()
            self.dofa = root / "dofa"

    @property
    def bundles(self) -> list[Path]:
        return [self.health_1, self.health_2, self.schools_1]

    @property
    def env(self) -> dict[str, str]:
        return {KEYRING: self.keyring, "PLANTRACKER_PASSPHRASE": PASSPHRASE}

    def fresh(self, name: str) -> tuple[Path, Path]:
        """Two officers' profile folders on a fresh copy of the office as built."""
        if self.backend == "sqlite":
            folder = copy_profile(self.dofa, self.root / name)
            return folder, folder  # two programs on one profile
        copy = self.pg_server.new_database(name, template=self.url.rsplit("/", 1)[1])
        pcs = []
        for pc in ("pc1", "pc2"):
            folder = self.root / f"{name}-{pc}"
            shutil.copytree(self.dofa, folder)
            office_server.write_url(folder, copy)
            pcs.append(folder)
        return pcs[0], pcs[1]


@pytest.fixture(scope="module", params=BACKENDS)
def office(request, tmp_path_factory):
    server = request.getfixturevalue("pg_server") if request.param == "postgresql" else None
    return Office(tmp_path_factory.mktemp(f"office-{request.param}"), request.param, server)


def at_once(office: Office, *commands: list[str]) -> list[subprocess.CompletedProcess]:
    """Run each command line in its own process, all released at the same moment."""
    start = office.root / f"start-{time.monotonic_ns()}"
    env = {**os.environ, **office.env}
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


def office_state(office: Office, folder: Path) -> dict[str, list]:
    """What the office holds, on either backend, without ids, import times or the arrival
    log (a bundle's verdict): bundles, revisions, entries, evidence, conflicts, counters."""
    with shared_keyring(Path(office.keyring)):
        use(folder)

        def of(report: Report) -> tuple:
            return (report.agency.code, report.period_id, report.revision)

        state = {
            "bundles": sorted(
                (b.agency.code, b.sequence, b.manifest_sha256) for b in BundleReceived.select()
            ),
            "reports": sorted(
                (*of(r), r.status, r.channel, r.content_sha256) for r in Report.select()
            ),
            "entries": sorted(
                (*of(e.report), e.duty.ref, e.status, e.progress, e.results)
                for e in ReportEntry.select()
            ),
            "attachments": sorted(
                (*of(a.entry.report), a.entry.duty.ref, a.name, a.sha256)
                for a in Attachment.select()
            ),
            "conflicts": sorted(
                (c.agency.code, c.period_id, c.revision, c.content_sha256)
                for c in ReportConflict.select()
            ),
            "evidence_in_database": sorted((b.sha256, b.size) for b in EvidenceBlob.select()),
            "counters": sorted((c.name, c.value) for c in ChangeCounter.select()),
        }
        close_open_session()
    return state


@pytest.fixture(scope="module")
def one_after_the_other(office):
    """The state one officer leaves by importing every bundle alone."""
    folder, _ = office.fresh("alone")
    with shared_keyring(Path(office.keyring)):
        results = bundle_import.import_bundles(use(folder), office.bundles, passphrase=PASSPHRASE)
        assert [r.status for r in results] == ["imported"] * 3
        close_open_session()
    state = office_state(office, folder)
    assert len(state["reports"]) == 4 and state["attachments"]
    assert bool(state["evidence_in_database"]) == (office.backend == "postgresql")
    return folder, state


def _same_as_alone(office: Office, folder: Path, one_after_the_other) -> None:
    alone, state = one_after_the_other
    assert office_state(office, folder) == state
    if office.backend == "sqlite":  # every row and column, as strictly as the file allows
        assert canonical_dump(profile.db_path(folder)) == canonical_dump(profile.db_path(alone))


def test_two_officers_importing_the_same_bundles_at_once(office, one_after_the_other):
    first, second = office.fresh("same")
    results = at_once(
        office,
        _import(first, office.bundles),
        _import(second, list(reversed(office.bundles))),
    )
    # Each file imported once, and found already imported by the other officer.
    assert set(_statuses(results).values()) == {("already_imported", "imported")}
    _same_as_alone(office, first, one_after_the_other)


def test_two_officers_importing_different_bundles_at_once(office, one_after_the_other):
    first, second = office.fresh("different")
    results = at_once(
        office,
        _import(first, [office.health_2, office.schools_1]),
        _import(second, [office.health_1]),
    )
    assert set(_statuses(results).values()) == {("imported",)}
    _same_as_alone(office, first, one_after_the_other)


def test_two_clerks_numbering_at_once_get_distinct_consecutive_numbers(office, monkeypatch):
    """Three reminder letters from each of two processes: numbers 1 to 6, each once."""
    first, second = office.fresh("numbering")
    with shared_keyring(Path(office.keyring)):
        station = use(first)
        plan = catalogue.active_plan()
        periods.set_tracked_from(station, plan, "2026-H1")
        periods.set_due(station, plan, "2026-H1", date.today() - timedelta(days=1))
        close_open_session()
    scripts = []
    for officer, folder in (("a", first), ("b", second)):
        script: list[str] = []
        for n in range(3):
            out = office.root / f"letter-{officer}-{n}.pdf"
            script += ["--lang", "en", "--profile", str(folder), "remind", "issue",
                       "--period", "2026-H1", "--user", "Lê Văn Bình", "--out", str(out),
                       "--agency", "SYT", ";;"]  # fmt: skip
        scripts.append(script[:-1])
    monkeypatch.setenv("PLANTRACKER_PASSWORD", PASSWORD)
    results = at_once(office, *scripts)
    for result in results:
        assert result.returncode == 0 and b"Traceback" not in result.stderr, result.stderr
    with shared_keyring(Path(office.keyring)):
        use(first)
        numbers = sorted(row.number for row in IssuedDocument.select())
        close_open_session()
    assert numbers == [1, 2, 3, 4, 5, 6]


def _consolidated(folder: Path, *args: str) -> list[str]:
    return ["--lang", "en", "--profile", str(folder), "consolidated", *args, "--period", "2026-Y"]


def _latest_consolidated(office: Office, folder: Path) -> list[tuple]:
    with shared_keyring(Path(office.keyring)):
        use(folder)
        plan = catalogue.active_plan()
        rows = [
            (r.revision, r.status, consolidated.summaries(r), r.assessment_vi, r.signer_name)
            for r in consolidated.revisions(plan, "2026-Y")
        ]
        close_open_session()
    return rows


def test_two_officers_starting_and_writing_the_consolidated_report_at_once(office):
    """Neither has started the draft: one starts it, and both sections are kept."""
    first, second = office.fresh("writing")
    results = at_once(
        office,
        _consolidated(first, "edit", "--section", "III", "--summary", "Mục III"),
        _consolidated(second, "edit", "--section", "IV", "--summary", "Mục IV"),
    )
    for result in results:
        assert result.returncode == 0 and not result.stderr, result.stderr.decode()
    [(revision, status, summaries, _, _)] = _latest_consolidated(office, first)
    assert (revision, status, summaries) == (1, "draft", {"III": "Mục III", "IV": "Mục IV"})


def test_two_approvers_signing_at_once_sign_once(office, monkeypatch):
    first, second = office.fresh("signing")
    (made,) = at_once(office, _consolidated(first, "edit", "--assessment", "Đánh giá chung"))
    assert made.returncode == 0, made.stderr.decode()
    monkeypatch.setenv("PLANTRACKER_PASSWORD", PASSWORD)
    results = at_once(
        office,
        _consolidated(first, "sign", "--user", "Lê Văn Bình"),
        _consolidated(second, "sign", "--user", "Lê Văn Bình"),
    )
    assert sorted(r.returncode for r in results) == [0, 1]
    refused = next(r for r in results if r.returncode == 1).stderr.decode()
    assert "is signed and can no longer be changed" in refused and "Traceback" not in refused
    [(revision, status, _, _, signer)] = _latest_consolidated(office, first)
    assert (revision, status, signer) == (1, "signed", "Lê Văn Bình")
