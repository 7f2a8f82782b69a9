"""Helpers for the exchange tests: workstations, signed reports, bundles, database dumps.

app.models binds ONE database at a time, so every helper that works on a workstation first
opens that workstation's profile (`use`); callers never rely on which one was open before.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.models import Report, UserAccount
from app.models.session import close_open_session
from app.services.catalogue import catalogue
from app.services.core import event_log, writer_lock
from app.services.exchange import bundle_export, trust
from app.services.reports import reports, signoff
from app.services.workstation import profile
from app.services.workstation.profile import Workstation
from tests import pg_cluster
from tests.reporting import PASSWORD, approver, complete_draft
from tests.workstations import use

DOFA_CODE = "SNGV"


def count_opened(monkeypatch) -> list[str]:
    """The names of the files this process decrypts and unzips (bundle_verify.open_bundle),
    as a list that grows with each; a worker process's own reading is not seen."""
    from app.services.exchange import bundle_verify

    seen: list[str] = []
    real = bundle_verify.open_bundle

    def counting(path, *rest, **options):
        seen.append(path.name)
        return real(path, *rest, **options)

    monkeypatch.setattr(bundle_verify, "open_bundle", counting)
    return seen


def make_dofa(folder: Path) -> Workstation:
    return profile.create_profile(folder, DOFA_CODE, consolidating=True)


def enrol_agency(
    dofa_folder: Path, folder: Path, code: str, passphrase: str | None = None
) -> Workstation:
    """An agency workstation made from DoFA's kit, its key enrolled on DoFA (as by phone).
    passphrase: DoFA's, where its keys need one (an office on a PostgreSQL server)."""
    dofa = use(dofa_folder)
    kit = folder.parent / f"{code}.ptkit"
    made = trust.export_kit(dofa, code, kit, passphrase)
    dofa.close()
    station = trust.setup_from_kit(folder, kit, made["dofa"]["fingerprint"])
    approver(station)
    enrolment = folder.parent / f"{code}.ptenroll"
    body = trust.export_enrolment(station, enrolment)
    trust.import_enrolment(use(dofa_folder), enrolment, body["fingerprint"])
    return station


def _signer() -> UserAccount:
    return UserAccount.select().where(UserAccount.role == "approver").order_by(UserAccount.id).get()


def _attach_all(station: Workstation, report: Report, evidence: dict[str, bytes]) -> None:
    """Attach each file to the report's first duty (names are kept, content is hashed)."""
    first_ref = reports.entry_views(report)[0].duty.ref
    source_dir = station.folder.parent / f"{station.agency_code}-files"
    source_dir.mkdir(exist_ok=True)
    for name, data in evidence.items():
        source = source_dir / name
        source.write_bytes(data)
        reports.attach(station, report, first_ref, source)


def sign_period(
    station: Workstation,
    period_id: str,
    results: str,
    evidence: dict[str, bytes] | None = None,
) -> Report:
    """Fill every duty of the period's current draft, attach files, and sign it off."""
    use(station)
    report = complete_draft(station, period_id, results)
    _attach_all(station, report, evidence or {})
    return signoff.sign(report, _signer().login, PASSWORD, station)


def amend_and_sign(
    station: Workstation,
    period_id: str,
    reason: str,
    results: str,
    evidence: dict[str, bytes] | None = None,
) -> Report:
    """A new revision of the period's latest signed report, changed and signed."""
    use(station)
    latest = reports.latest(station.agency, catalogue.active_plan(), period_id)
    signoff.amend(station, latest, reason)
    return sign_period(station, period_id, results, evidence)


def export(station: Workstation, out: Path, chosen: list[tuple[str, int]] | None = None) -> Path:
    """A bundle file of the chosen (period, revision)s, else of everything not acknowledged."""
    use(station)
    picked = None
    if chosen is not None:
        plan = catalogue.active_plan()
        picked = [
            Report.get(
                (Report.agency == station.agency.id)
                & (Report.plan == plan)
                & (Report.period_id == period)
                & (Report.revision == revision)
            )
            for period, revision in chosen
        ]
    _, path = bundle_export.export_bundle(station, out, chosen=picked)
    return path


@dataclass
class TwoReports:
    dofa: Path  # closed, SYT enrolled, nothing imported
    agency: Path  # SYT, closed; 2026-H1 signed, 2026-Y signed (or a complete draft)
    bundle: Path  # every signed report, exported from a copy of `agency` (left unexported)
    keyring: str  # the secrets of all three (set PLANTRACKER_TEST_KEYRING to it)


def two_report_world(root: Path, sign_annual: bool = True) -> TwoReports:
    """DoFA and Sở Y tế with signed reports carrying evidence, and a bundle of them."""
    dofa = make_dofa(root / "dofa")
    health = enrol_agency(dofa.folder, root / "syt", "SYT")
    sign_period(health, "2026-H1", "Sáu tháng", {"bien-ban.pdf": b"%PDF-1.4 bien ban\n" * 50})
    if sign_annual:
        sign_period(health, "2026-Y", "Cả năm", {"so-lieu.xlsx": b"PK\x03\x04 so lieu" * 80})
    else:
        complete_draft(use(health), "2026-Y", "Cả năm")
    sender = copy_profile(health.folder, root / "syt-sender")
    bundle = export(use(sender), root / "syt-1.ptbundle")
    close_open_session()
    return TwoReports(dofa.folder, health.folder, bundle, os.environ[KEYRING])


def copy_profile(source: Path, target: Path) -> Path:
    """A copy of a closed workstation folder (its secrets stay keyed by the same profile id)."""
    close_open_session()
    leftovers = [p for p in source.glob(profile.DB_NAME + "-*") if p.stat().st_size]
    assert not leftovers, f"{source} is still open: {leftovers}"
    shutil.copytree(source, target)
    pg_cluster.clone_office_databases(target)  # an office's copy gets a database of its own
    return target


# --- reading a database as data ------------------------------------------------------------

# Times that say when and where an import ran, not what was imported.
IMPORT_TIME_COLUMNS = {"received_at", "detected_at"}
# Rows these tables get from imports are numbered in arrival order; a row id is no part of the
# state, so the canonical dump names such rows (and references to them) by their content.
ARRIVAL_NUMBERED = {"report", "report_entry", "attachment", "bundle_received", "report_conflict"}
# bundle_received.verdict and .summary record what each file did *when it arrived* (the second
# of two conflicting files is the one marked "conflict"; a revision that arrives after a higher
# one is "superseded"): like received_at, they are a log of the arrival order, not the state.
ARRIVAL_LOG_COLUMNS = {"bundle_received": {"verdict", "summary"}}
AUDIT_TABLE = "audit_entry"


KEYRING = "PLANTRACKER_TEST_KEYRING"


@contextmanager
def shared_keyring(path: Path) -> Iterator[str]:
    """The test keyring file for a module-scoped world and the subprocesses it starts."""
    saved = os.environ.get(KEYRING)
    os.environ[KEYRING] = str(path)
    try:
        yield str(path)
    finally:
        close_open_session()
        if saved is None:
            os.environ.pop(KEYRING, None)
        else:
            os.environ[KEYRING] = saved


def run_module(module: str, *args: str, keyring: str) -> subprocess.CompletedProcess:
    """`python -m MODULE ARGS` from the repository, with the given test keyring."""
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, KEYRING: keyring},
        capture_output=True,
        timeout=120,
    )


@contextmanager
def connect(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection: it sees only what was committed (a WAL file is recovered).

    Closed on leaving the block (sqlite3's own context manager only commits), so no -wal or
    -shm file outlives the check."""
    connection = sqlite3.connect(db_path)
    try:
        yield connection
    finally:
        connection.close()


def integrity(db_path: Path) -> str:
    with connect(db_path) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def _tables(con: sqlite3.Connection) -> list[str]:
    rows = con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    return [name for (name,) in rows]


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA table_info("{table}")')]


def _rows(con: sqlite3.Connection, table: str) -> list[dict]:
    cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def db_bytes_except_audit(db_path: Path) -> dict:
    """Everything in the database but the audit log: schema, every row, every column, row ids.

    A literal comparison of the file's bytes cannot work: a rejection must write its audit entry
    into this very file, which changes pages, the change counter and the free list. So the
    contents are compared instead, as strictly as possible: the schema text, user_version and
    every row of every other table in rowid order, times and ids included.
    """
    with connect(db_path) as con:
        schema = con.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()
        dump = {
            "schema": schema,
            "user_version": con.execute("PRAGMA user_version").fetchone()[0],
        }
        for table in _tables(con):
            if table != AUDIT_TABLE:
                dump[table] = [tuple(r.values()) for r in _rows(con, table)]
    return dump


def audit_rows(db_path: Path) -> list[dict]:
    with connect(db_path) as con:
        rows = _rows(con, AUDIT_TABLE)
    for row in rows:
        row["detail"] = json.loads(row["detail"] or "{}")
    return rows


def canonical_dump(db_path: Path) -> dict[str, list[str]]:
    """Every table's rows, sorted, without import times, arrival-order ids or the audit log."""
    with connect(db_path) as con:
        tables = [t for t in _tables(con) if t != AUDIT_TABLE]
        data = {t: {r.get("id"): r for r in _rows(con, t)} for t in tables}
        references = {
            t: {
                fk[3]: fk[2]  # from-column: referenced table
                for fk in con.execute(f'PRAGMA foreign_key_list("{t}")')
                if fk[2] in ARRIVAL_NUMBERED
            }
            for t in tables
        }
    memo: dict[tuple[str, object], str] = {}

    def canonical(table: str, row_id: object) -> str:
        if (table, row_id) not in memo:
            row = data[table][row_id]
            skipped = IMPORT_TIME_COLUMNS | ARRIVAL_LOG_COLUMNS.get(table, set())
            if table in ARRIVAL_NUMBERED:
                skipped = skipped | {"id"}
            out = {}
            for column, value in row.items():
                if column in skipped:
                    continue
                target = references[table].get(column)
                out[column] = canonical(target, value) if target and value is not None else value
            memo[(table, row_id)] = json.dumps(out, ensure_ascii=False, sort_keys=True)
        return memo[(table, row_id)]

    return {t: sorted(canonical(t, row_id) for row_id in data[t]) for t in tables}


# --- evidence files ------------------------------------------------------------------------


@dataclass
class EvidenceState:
    stored: list[str]  # hash-named files, each checked to hold what its name says
    temporary: list[str]  # leftovers of an interrupted copy (never under a real name)


def evidence_state(folder: Path) -> EvidenceState:
    office = pg_cluster.office_connection(folder)
    if office is not None:  # an office keeps evidence in its database: no temporary files
        try:
            cursor = office.cursor()
            cursor.execute("SELECT sha256, data FROM evidence_blob ORDER BY sha256")
            rows = cursor.fetchall()
        finally:
            office.close()
        for name, data in rows:
            actual = hashlib.sha256(bytes(data)).hexdigest()
            assert actual == name, f"evidence {name} holds content with hash {actual}"
        return EvidenceState([name for name, _ in rows], [])
    root = folder / "evidence"
    stored, temporary = [], []
    for path in sorted(root.rglob("*")) if root.exists() else []:
        if not path.is_file():
            continue
        if path.name.startswith(".incoming-"):
            temporary.append(path.name)
            continue
        actual = hashlib.sha256(path.read_bytes()).hexdigest()
        assert actual == path.name, f"{path} holds content with hash {actual}"
        stored.append(path.name)
    return EvidenceState(stored, temporary)


# --- a refused bundle changes nothing but the audit log ------------------------------------

# Every reason code the importer can name (bundle_format.py and bundle_import.py).
KNOWN_REASONS = {
    "unreadable",
    "empty",
    "too_large",
    "not_a_bundle",
    "wrong_recipient",
    "damaged",
    "zip_bomb",
    "unsafe_path",
    "no_manifest",
    "bad_manifest",
    "newer_format",
    "unlisted_file",
    "file_missing",
    "larger_than_declared",
    "hash_mismatch",
    "bad_signature",
    "unknown_sender",
    "revoked_key",
    "bad_report",
}
DB_FILES = {profile.DB_NAME, profile.DB_NAME + "-wal", profile.DB_NAME + "-shm"}
# The writer lock is an empty file that holds no data, and the log says what happened (a refusal
# included): neither is writing the refused bundle into the profile.
NOT_DATA = DB_FILES | {writer_lock.LOCK_NAME}


@dataclass
class Snapshot:
    tables: dict  # every table but the audit log, every row and column
    audit: list[dict]
    evidence: EvidenceState
    other_files: dict[str, str]  # the rest of the profile folder: name -> SHA-256


def snapshot(folder: Path) -> Snapshot:
    database = profile.db_path(folder)
    others = {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and p.name not in NOT_DATA
        and "evidence" not in p.parts
        and event_log.LOG_FOLDER not in p.relative_to(folder).parts
    }
    return Snapshot(
        db_bytes_except_audit(database), audit_rows(database), evidence_state(folder), others
    )


def assert_only_rejection_recorded(before: Snapshot, folder: Path, file: str, code: str) -> None:
    after = snapshot(folder)
    assert integrity(profile.db_path(folder)) == "ok"
    assert after.tables == before.tables, "a refused bundle changed the database"
    assert after.evidence == before.evidence, "a refused bundle left evidence files"
    assert after.other_files == before.other_files, "a refused bundle wrote into the profile"
    assert after.audit[: len(before.audit)] == before.audit, "the audit log was rewritten"
    new = after.audit[len(before.audit) :]
    assert [(e["action"], e["detail"]["reason"], e["detail"]["file"]) for e in new] == [
        ("bundle.rejected", code, file)
    ]
