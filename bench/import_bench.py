"""Time DoFA's bundle import against a plain SQLite write of the same rows.

    .venv/bin/python bench/import_bench.py [--agencies 40] [--periods 9] [--runs 3] [--keep DIR]
        [--read-ahead auto|always|never]

Builds its own data: a DoFA profile with the benchmark province (bench/province_data.py: 300
duties that every agency answers for), an enrolled Ed25519 key per agency, and one real bundle
per agency and period — a full signed report content (every entry with its text), packed,
signed and age-encrypted by bundle_format.pack exactly as an agency's export does, evidence
files included. 40 agencies × 9 periods × 300 duties = 108,000 entries, an agency's 9 reports
in one bundle (40 bundles; --reports-per-bundle 1: 360).

Each run copies the untouched profile and imports every bundle in-process with
bundle_import.import_bundles (every check of docs/bundle-format.md runs). The baseline is
sqlite3's executemany of the same report, entry and evidence rows, with the same bytes, into
tables made from the profile's own CREATE statements, in a fresh WAL file, one transaction.

Prints (medians over the runs):
  raw_write_s   the baseline
  write_s       the import's database stage (bundle_import.write_bundle, all bundles)
  import_s      the whole import of all files (decrypt, verify, parse, compare, write)
  write_ratio   write_s ÷ raw_write_s   (goal ≤ 2.0)
  total_ratio   import_s ÷ raw_write_s  (goal ≤ 3.0)
and the load average at each run, and the processor time of the raw write and of the import
(the worker process that reads bundles ahead included), steadier on a busy machine, and that
of the importing thread alone (what the worker takes off it).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import multiprocessing
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# The profile's keys go to a throwaway secret store, as in the tests: no passphrase to stretch.
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from app.models import Duty, Plan, db  # noqa: E402
from app.models.session import close_open_session  # noqa: E402
from app.services.catalogue import catalogue, periods  # noqa: E402
from app.services.core.audit import VIETNAM  # noqa: E402
from app.services.core.wire import canonical_bytes  # noqa: E402
from app.services.exchange import bundle_import, read_ahead  # noqa: E402
from app.services.exchange.bundle_format import pack  # noqa: E402
from app.services.keys import keys  # noqa: E402
from app.services.workstation import profile  # noqa: E402
from bench.make_province import enrol_keys  # noqa: E402
from bench.province_data import DOFA, PERIOD_IDS, entry_rows, plan_data, register_data  # noqa: E402

TABLES = ("report", "report_entry", "attachment")


def _content(plan: Plan, agency: dict, period, entries: list[dict], signed_at: str) -> dict:
    """A report content shaped as signoff.build_content makes it."""
    return {
        "format": 1,
        "agency": {"code": agency["code"], "name_vi": agency["name_vi"]},
        "plan": {"code": plan.code, "number_symbol": plan.number_symbol, "version": plan.version},
        "period": period.as_json(),
        "revision": 1,
        "amendment_reason": None,
        "implementation_plan": {"number": "", "date": None, "title": ""},
        "entries": entries,
        "document": {
            "number": f"1/BC-{agency['code']}",
            "parent_body": "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
            "agency_name": agency["name_vi"].upper(),
            "abbreviation": agency["code"],
            "place": "Quảng Ngãi",
            "recipients": ["Sở Ngoại vụ", "Lưu: VT"],
        },
        "signer": {
            "login": "giamdoc",
            "name": "Nguyễn Văn An",
            "position": "Giám đốc",
            "capacity": None,
        },
        "signed_at": signed_at,
    }


def _entries(rng, duties: list[Duty], period_id: str, evidence: dict[str, bytes]) -> list[dict]:
    rows, files = entry_rows(rng, 0, [d.id for d in duties], 0, period_id)
    with_file = {row[0] for row in files[:1]}  # at most one evidence file per report
    entries = []
    for row, duty in zip(rows, duties, strict=True):
        attachments = []
        if row[0] in with_file:
            data = f"Biên bản kiểm tra {duty.ref} kỳ {period_id}\n".encode() * 200
            digest = hashlib.sha256(data).hexdigest()
            evidence[digest] = data
            attachments.append({"name": f"bien-ban-{duty.ref}.pdf", "sha256": digest, "size": 0})
            attachments[0]["size"] = len(data)
        entries.append(
            {
                "ref": duty.ref,
                "duty_text": duty.text_vi,
                "section": duty.ref.split(".")[0],
                "status": row[3],
                "progress": row[4],
                "results": row[5],
                "difficulties": row[6],
                "proposals": row[7],
                "attachments": attachments,
            }
        )
    return entries


@dataclass
class Sender:
    """An agency sending its reports: its register entry and enrolled key."""

    entry: dict  # the register's {code, name_vi, …}
    private: Ed25519PrivateKey
    fingerprint: str
    duties: list[Duty]  # the duties it reports on


def write_bundles(
    out: Path, plan: Plan, sender: Sender, period_ids: list[str], per_bundle: int, rng
) -> list[tuple[dict, bytes, bytes]]:
    """The agency's signed reports for the periods, `per_bundle` to a bundle file (packed,
    signed and encrypted to DoFA as an export does); returns (content, bytes, signature)."""
    code = sender.entry["code"]
    recipients = [keys.age_recipient(keys.DECRYPTION), keys.age_recipient(keys.ESCROW)]
    made, files, listed = [], {}, []
    previous, sequence = None, 0
    for number, period_id in enumerate(period_ids, start=1):
        period = periods.get(plan, period_id)
        signed = datetime.combine(period.due, datetime.min.time(), VIETNAM) - timedelta(days=2)
        evidence: dict[str, bytes] = {}
        entries = _entries(rng, sender.duties, period_id, evidence)
        content = _content(plan, sender.entry, period, entries, signed.isoformat())
        data = canonical_bytes(content)
        signature = sender.private.sign(data)
        made.append((content, data, signature))
        stem = f"reports/{period_id}-r1"
        files.update({f"{stem}.json": data, f"{stem}.sig": signature})
        files.update({f"evidence/{digest}": blob for digest, blob in evidence.items()})
        listed.append(
            {
                "period": period_id,
                "revision": 1,
                "content": f"{stem}.json",
                "signature": f"{stem}.sig",
                "content_sha256": hashlib.sha256(data).hexdigest(),
                "signing_key": sender.fingerprint,
            }
        )
        if number % per_bundle and number < len(period_ids):
            continue
        sequence += 1
        _, previous = pack(
            out / f"{code}-{sequence:04d}.ptbundle",
            {
                "kind": "report-bundle",
                "agency": code,
                "sequence": sequence,
                "previous_manifest_sha256": previous,
                "created_at": signed.isoformat(),
                "signing_key": sender.fingerprint,
                "reports": listed,
            },
            files,
            sender.private,
            recipients,
        )
        files, listed = {}, []
    return made


def senders(chosen: dict[str, int], register: list[dict], duties_of) -> list[Sender]:
    """An enrolled key for each chosen agency (code → id), with the duties it reports on."""
    signing: dict = {}
    with db.atomic():
        enrol_keys(chosen, signing)
    entries = {a["code"]: a for a in register}
    return [Sender(entries[c], *signing[c], duties_of(c)) for c in chosen]


def build(folder: Path, shape: argparse.Namespace) -> dict:
    """The DoFA profile (folder/dofa) and the bundles (folder/bundles); returns the raw rows."""
    profile.create_profile(folder / "dofa", DOFA, True, None, ([register_data()], [plan_data()]))
    plan = catalogue.active_plan()
    duties = list(Duty.select().where(Duty.plan == plan).order_by(Duty.id))
    agency_ids = dict(db.execute_sql("SELECT code, id FROM agency ORDER BY id").fetchall())
    chosen = dict([(c, i) for c, i in agency_ids.items() if c != DOFA][: shape.agencies])
    rng = random.Random(shape.seed)
    raw: dict[str, list[tuple]] = {"report": [], "report_entry": [], "attachment": []}
    ids = {"plan": plan.id, "duties": {d.ref: d.id for d in duties}}
    for sender in senders(chosen, register_data()["agencies"], lambda _code: duties):
        made = write_bundles(
            folder / "bundles",
            plan,
            sender,
            PERIOD_IDS[: shape.periods],
            shape.reports_per_bundle,
            rng,
        )
        ids["agency"] = chosen[sender.entry["code"]]
        for content, data, signature in made:
            _raw_rows(raw, ids, content, data, signature, sender.fingerprint)
    close_open_session()
    return raw


def _raw_rows(raw, ids: dict, content, data, signature, fingerprint) -> None:
    """The rows an import of this report writes, as plain tuples with explicit ids."""
    agency_id, plan_id, duty_ids = ids["agency"], ids["plan"], ids["duties"]
    report_id = len(raw["report"]) + 1
    signed_at = content["signed_at"]
    raw["report"].append(
        (
            report_id, agency_id, plan_id, content["period"]["id"], 1, "received", None, "", "",
            signed_at, signed_at, 1, signed_at, "giamdoc", "Nguyễn Văn An", "Giám đốc",
            data.decode("utf-8"), hashlib.sha256(data).hexdigest(),
            base64.b64encode(signature).decode("ascii"), fingerprint, signed_at, "bundle",
        )
    )  # fmt: skip
    for entry in content["entries"]:
        entry_id = len(raw["report_entry"]) + 1
        raw["report_entry"].append(
            (
                entry_id, report_id, duty_ids[entry["ref"]], entry["status"], entry["progress"],
                entry["results"], entry["difficulties"], entry["proposals"],
            )
        )  # fmt: skip
        for a in entry["attachments"]:
            raw["attachment"].append((entry_id, a["name"], a["sha256"], a["size"]))


RAW_INSERTS = {
    "report": "INSERT INTO report (id, agency_id, plan_id, period_id, revision, status, "
    "amend_reason, impl_number, impl_title, created_at, updated_at, number, signed_at, "
    "signer_login, signer_name, signer_position, content_json, content_sha256, signature, "
    "key_fingerprint, received_at, channel) VALUES (" + ",".join("?" * 22) + ")",
    "report_entry": "INSERT INTO report_entry (id, report_id, duty_id, status, progress, "
    "results, difficulties, proposals) VALUES (?,?,?,?,?,?,?,?)",
    "attachment": "INSERT INTO attachment (entry_id, name, sha256, size) VALUES (?,?,?,?)",
}


raw_cpu: list[float] = []  # processor time of each raw write


def raw_write(schema_from: Path, target: Path, raw: dict[str, list[tuple]]) -> float:
    """sqlite3.executemany of the rows into tables made from the profile's own DDL."""
    source = sqlite3.connect(schema_from)
    ddl = [
        sql
        for (sql,) in source.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name IN (?,?,?) AND sql IS NOT NULL",
            TABLES,
        )
    ]
    source.close()
    target.unlink(missing_ok=True)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=wal")
    connection.execute("PRAGMA synchronous=1")
    for statement in ddl:
        connection.execute(statement)
    started, cpu = time.perf_counter(), time.process_time()
    connection.execute("BEGIN")
    for table in TABLES:
        connection.executemany(RAW_INSERTS[table], raw[table])
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    raw_cpu.append(time.process_time() - cpu)
    connection.close()
    return elapsed


def import_once(pristine: Path, work: Path, bundles: list[Path]) -> tuple[float, ...]:
    """(whole import, its database stage, files imported, processor time of the import and
    of any worker process it started, processor time of the importing thread alone) on a
    fresh copy of the profile."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(pristine, work)
    station = profile.open_profile(work)
    spent = [0.0]
    timed = bundle_import.write_bundle

    def write_bundle(station, verified, result) -> None:
        started = time.perf_counter()
        timed(station, verified, result)
        spent[0] += time.perf_counter() - started

    bundle_import.write_bundle = write_bundle
    try:
        started, cpu, thread = time.perf_counter(), _processor_time(), time.thread_time()
        results = bundle_import.import_bundles(station, bundles)
        elapsed, thread = time.perf_counter() - started, time.thread_time() - thread
    finally:
        bundle_import.write_bundle = timed
    for worker in multiprocessing.active_children():  # its time counts once it has ended
        worker.join()
    cpu = _processor_time() - cpu
    close_open_session()
    return elapsed, spent[0], sum(r.status == "imported" for r in results), cpu, thread


def _processor_time() -> float:
    """This process's processor time and that of its ended child processes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description="Time the bundle import.")
    parser.add_argument("--agencies", type=int, default=40)
    parser.add_argument("--periods", type=int, default=9)
    parser.add_argument(
        "--reports-per-bundle",
        type=int,
        default=9,
        help="an agency's reports travel in bundles of this many (9: one bundle per agency)",
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--read-ahead",
        choices=("auto", "always", "never"),
        default="auto",
        help="the worker process that reads bundles ahead: as the app decides (auto: with a "
        "free processor core), or always, or never (to compare both in one sitting)",
    )
    parser.add_argument("--seed", type=int, default=590)
    parser.add_argument("--keep", type=Path, help="build in this folder and leave it there")
    args = parser.parse_args()
    if args.read_ahead != "auto":
        read_ahead.a_core_is_free = lambda: args.read_ahead == "always"
    folder = args.keep or Path(tempfile.mkdtemp(prefix="import-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    os.environ["PLANTRACKER_TEST_KEYRING"] = str(folder / "keyring.json")
    started = time.perf_counter()
    raw = build(folder, args)
    bundles = sorted((folder / "bundles").glob("*.ptbundle"))
    size = sum(p.stat().st_size for p in bundles)
    print(
        f"built: {len(bundles)} bundles ({size / 1e6:.1f} MB), {len(raw['report'])} reports, "
        f"{len(raw['report_entry'])} entries, {len(raw['attachment'])} evidence files "
        f"in {time.perf_counter() - started:.1f} s"
    )
    database = profile.db_path(folder / "dofa")
    raws, writes, totals, cpus, threads, loads = [], [], [], [], [], []
    for _ in range(args.runs):
        raws.append(raw_write(database, folder / "raw.sqlite", raw))
        loads.append(os.getloadavg()[0])
        total, write, imported, cpu, thread = import_once(folder / "dofa", folder / "run", bundles)
        if imported != len(bundles):
            print(f"error: {imported} of {len(bundles)} bundles imported", file=sys.stderr)
            return 1
        writes.append(write)
        totals.append(total)
        cpus.append(cpu)
        threads.append(thread)
        print(f"run: import {total:.3f} s, raw write {raws[-1]:.3f} s, load {loads[-1]:.2f}")
    raw_s, write_s, import_s = (statistics.median(v) for v in (raws, writes, totals))
    raw_cpu_s, import_cpu_s = statistics.median(raw_cpu), statistics.median(cpus)
    print(f"raw_write_s: {raw_s:.3f}")
    print(f"write_s: {write_s:.3f}")
    print(f"import_s: {import_s:.3f}")
    print(f"write_ratio: {write_s / raw_s:.2f}")
    print(f"total_ratio: {import_s / raw_s:.2f}")
    print(f"load_average: {min(loads):.2f}-{max(loads):.2f}")
    print(f"raw_write_cpu_s: {raw_cpu_s:.3f}")
    print(f"import_cpu_s: {import_cpu_s:.3f}  (with the worker process reading ahead, if any)")
    print(f"cpu_ratio: {import_cpu_s / raw_cpu_s:.2f}")
    print(f"import_thread_cpu_s: {statistics.median(threads):.3f}  (the importing thread alone)")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
