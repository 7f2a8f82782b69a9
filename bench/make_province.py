"""Build a large DoFA profile for the dashboard benchmark.

    .venv/bin/python bench/make_province.py PROFILE_DIR [--seed N] [--years N] [--database URL]

With --database the office's data goes to that empty PostgreSQL database (DoFA's keys sealed
with bench/province_data.PASSPHRASE), as `setup --dofa --database URL` makes it; the rows go in
with psycopg2's execute_values, pages of 1,000 (executemany is a round trip per row there).

150 agencies, a plan of 300 duties that every agency answers for, and 20 reporting periods
(2017-H1 … 2026-Y): every agency reports every duty, so 3,000 signed revisions carry entries
and report_entry holds exactly 900,000 rows. Around that, a realistic mix: most reports on
time, some late, some returned (some of them resubmitted as revision 2), some amended, a few
open conflicts, a few that came on paper, some missing; the current period (2026-Y) is not
due yet and only part of the province has reported. The revisions that carry no entries
(paper, missing, not yet reported) are made up by second revisions, so the count stays
exactly 3,000 × 300.

This is the documented bulk path, not the import path: rows go with executemany into the same
tables bundle_import writes (report, report_entry, attachment, report_conflict, agency_key,
and paper_receipt as `receive paper` writes it),
in ONE transaction. Why not the import path: it opens, decrypts and verifies every bundle and
writes entry by entry — right for a day's post, hours for 3,000 reports of 300 entries here.
What the services and the interface read is the same as after an import: channel 'bundle',
status 'received' (or 'returned'), signed_at and received_at in ISO 8601 with +07:00, and a
content signed with the agency's enrolled Ed25519 key, so the signature check passes. One
difference, on purpose: content_json is a well-formed signed content (agency, plan, period,
revision, document, signer, signed_at, as the wire format reads it) with an empty "entries"
list; the entries themselves are in report_entry exactly as an import writes them. DoFA's own
reports (SNGV) are channel 'local', status 'sent', signed with DoFA's own key. No
bundle_received rows (the ledger is not measured).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from app.models import AgencyKey, Duty, db  # noqa: E402
from app.models.dialect import is_postgresql  # noqa: E402
from app.models.session import close_open_session  # noqa: E402
from app.services.catalogue import catalogue, periods
from app.services.core import audit
from app.services.core.audit import VIETNAM  # noqa: E402
from app.services.core.wire import canonical_bytes  # noqa: E402
from app.services.keys import keys
from app.services.workstation import profile  # noqa: E402
from bench.province_data import (  # noqa: E402
    AGENCY_COUNT,
    DOFA,
    DUTY_COUNT,
    PASSPHRASE,
    YEARS,
    entry_rows,
    period_ids,
    plan_data,
    register_data,
)

REPORT_COLUMNS = (
    "id, agency_id, plan_id, period_id, revision, status, amend_reason, impl_number, "
    "impl_title, created_at, updated_at, number, signed_at, signer_login, signer_name, "
    "signer_position, content_json, content_sha256, signature, key_fingerprint, received_at, "
    "channel, returned_at, return_comment"
)
CONFLICT_COLUMNS = (
    "agency_id, plan_id, period_id, revision, content_json, content_sha256, signature, "
    "key_fingerprint, detected_at"
)
SIGNERS = (("Nguyễn Văn An", "Giám đốc"), ("Trần Thị Bình", "Phó Giám đốc"))
# Fates whose revision 1 carries entries.
CARRYING = {"on_time", "late", "returned", "conflict", "early"}


def _stamp(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def fates(rng: random.Random, codes: list[str], ids: list[str]) -> dict[tuple[str, str], str]:
    """(period, agency) → early | not_yet (current period) or missing | paper | on_time | late |
    returned | conflict; then second revisions fill the slots with no entries."""
    chosen: dict[tuple[str, str], str] = {}
    for period_id in ids:
        for code in codes:
            roll = rng.random()
            if period_id == ids[-1]:
                fate = "early" if roll < 0.55 else "not_yet"
            elif code == DOFA:
                fate = "on_time" if roll < 0.9 else "late"
            else:
                fate = next(f for limit, f in FATE_LIMITS if roll < limit)
            chosen[(period_id, code)] = fate
    carrying = sum(f in CARRYING for f in chosen.values())
    single = sorted(k for k, f in chosen.items() if f in ("on_time", "late"))
    for key in rng.sample(single, AGENCY_COUNT * len(ids) - carrying):
        was_late = chosen[key] == "late"
        resubmitted = key[1] != DOFA and rng.random() < 0.5
        chosen[key] = ("resubmitted" if resubmitted else "amended") + ("_late" if was_late else "")
    return chosen


FATE_LIMITS = (
    (0.02, "missing"),
    (0.035, "paper"),
    (0.05, "returned"),
    (0.055, "conflict"),
    (0.17, "late"),
    (1.01, "on_time"),
)


class Writer:
    """Report rows as bundle_import.write_report makes them, signed like sign-off does."""

    def __init__(self, plan, agency_ids: dict[str, int], signing: dict, rng: random.Random):
        self.plan, self.agency_ids, self.signing, self.rng = plan, agency_ids, signing, rng
        self.reports: list[tuple] = []
        self.conflicts: list[tuple] = []
        self.papers: list[tuple] = []

    def _content(self, code, period, revision, signed_at, signer, reason) -> bytes:
        return canonical_bytes(
            {
                "format": 1,
                "agency": {"code": code, "name_vi": code},
                "plan": {
                    "code": self.plan.code,
                    "number_symbol": self.plan.number_symbol,
                    "version": self.plan.version,
                },
                "period": period.as_json(),
                "revision": revision,
                "amendment_reason": reason,
                "implementation_plan": {"number": None, "date": None, "title": ""},
                "entries": [],
                "document": {
                    "number": f"{revision}/BC-{code}",
                    "parent_body": "UBND TỈNH QUẢNG NGÃI",
                    "agency_name": code,
                    "abbreviation": code,
                    "place": "Quảng Ngãi",
                    "recipients": ["Sở Ngoại vụ"],
                },
                "signer": {
                    "login": "approver",
                    "name": signer[0],
                    "position": signer[1],
                    "capacity": None,
                },
                "signed_at": signed_at,
            }
        )

    def signed(self, code, period, revision, when, returned=False, reason=None) -> tuple:
        private, fingerprint = self.signing[code]
        signer = self.rng.choice(SIGNERS)
        signed_at = _stamp(when)
        data = self._content(code, period, revision, signed_at, signer, reason)
        local = code == DOFA
        received = when + timedelta(days=self.rng.randint(0, 3), hours=self.rng.randint(1, 8))
        status = "sent" if local else "returned" if returned else "received"
        row = (
            len(self.reports) + 1, self.agency_ids[code], self.plan.id, period.id, revision,
            status, reason, "", "", signed_at, signed_at, revision, signed_at, "approver",
            signer[0], signer[1], data.decode("utf-8"), hashlib.sha256(data).hexdigest(),
            base64.b64encode(private.sign(data)).decode("ascii"), fingerprint,
            None if local else _stamp(received), "local" if local else "bundle",
            _stamp(received + timedelta(days=2)) if returned else None,
            "Đề nghị bổ sung số liệu kết quả thực hiện." if returned else None,
        )  # fmt: skip
        self.reports.append(row)
        return row

    def paper(self, code, period, day: datetime) -> None:
        """A paper receipt, as `receive paper` records it: arrived and signed that day."""
        self.papers.append(
            (self.agency_ids[code], self.plan.id, period.id, day.date().isoformat(),
             day.date().isoformat(), _stamp(day))
        )  # fmt: skip

    def conflict(self, code, period, row) -> None:
        """A second, different signed content of the revision on record: an open conflict."""
        private, fingerprint = self.signing[code]
        signer = ("Phạm Văn Dũng", "Phó Giám đốc")
        data = self._content(code, period, row[4], row[12], signer, None)
        self.conflicts.append(
            (
                self.agency_ids[code], self.plan.id, period.id, row[4], data.decode("utf-8"),
                hashlib.sha256(data).hexdigest(),
                base64.b64encode(private.sign(data)).decode("ascii"), fingerprint, row[20],
            )
        )  # fmt: skip

    def write(self, code: str, period, fate: str) -> None:
        due = datetime.combine(period.due, datetime.min.time(), VIETNAM) + timedelta(hours=16)
        rng = self.rng
        on_time = due - timedelta(days=rng.randint(0, 25), hours=rng.randint(0, 7))
        late = due + timedelta(days=rng.randint(1, 45))
        when = late if fate.endswith("late") else on_time
        if fate == "early":
            early = datetime(2026, 11, 2, 9, tzinfo=VIETNAM)
            self.signed(code, period, 1, early + timedelta(days=rng.randint(0, 20)))
        elif fate == "paper":
            self.paper(code, period, when)
        elif fate in ("on_time", "late"):
            self.signed(code, period, 1, when)
        elif fate == "returned":
            self.signed(code, period, 1, when, returned=True)
        elif fate == "conflict":
            self.conflict(code, period, self.signed(code, period, 1, when))
        elif fate.startswith(("amended", "resubmitted")):
            self.signed(code, period, 1, when, returned=fate.startswith("resubmitted"))
            reason = "Bổ sung, điều chỉnh số liệu"
            self.signed(code, period, 2, when + timedelta(days=9), reason=reason)


def enrol_keys(agency_ids: dict[str, int], signing: dict) -> None:
    """One enrolled signing key per agency, as kits and enrolment leave them."""
    now = audit.now_iso()
    rows = []
    for code, agency_id in agency_ids.items():
        if code in signing:
            continue
        private = Ed25519PrivateKey.generate()
        signing[code] = (private, keys.fingerprint(private.public_key()))
        rows.append(
            {
                "agency": agency_id,
                "public_key_pem": keys.public_pem(private.public_key()),
                "fingerprint": signing[code][1],
                "created_at": now,
                "enrolled_at": now,
            }
        )
    AgencyKey.insert_many(rows).execute()


def _bulk_insert(sql: str, rows: list) -> None:
    """INSERT … VALUES (?,…) for every row, inside the caller's transaction."""
    if not rows:
        return
    if not is_postgresql():
        db.connection().executemany(sql, rows)
        return
    from psycopg2.extras import execute_values

    head, _, _marks = sql.partition(" VALUES ")
    execute_values(db.cursor(), head + " VALUES %s", rows, page_size=1000)


def _continue_numbering(tables: tuple[str, ...]) -> None:
    """PostgreSQL numbers rows from a sequence that rows given their ids did not move: set it
    past them, so that what the app inserts later gets a free id."""
    if is_postgresql():
        for table in tables:
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f' (SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"), false)'
            )


def build(folder: Path, seed: int, years: int = YEARS, database_url: str | None = None) -> dict:
    started = time.perf_counter()
    station = profile.create_profile(
        folder,
        DOFA,
        True,
        PASSPHRASE,
        ([register_data()], [plan_data(years)]),
        database_url=database_url,
    )
    plan = catalogue.active_plan()
    agency_ids = dict(db.execute_sql("SELECT code, id FROM agency ORDER BY id").fetchall())
    duty_ids = [d for (d,) in Duty.select(Duty.id).order_by(Duty.id).tuples()]
    own = keys.load_signing_key(folder, PASSPHRASE)
    signing = {DOFA: (own, keys.current_key(station.agency).fingerprint)}
    rng = random.Random(seed)
    ids = period_ids(years)
    chosen = fates(rng, list(agency_ids), ids)
    writer = Writer(plan, agency_ids, signing, rng)
    entries = attachments = 0
    with db.atomic():
        enrol_keys(agency_ids, signing)
        for period_id in ids:
            period = periods.get(plan, period_id)
            for code in agency_ids:
                writer.write(code, period, chosen[(period_id, code)])
        marks = ",".join("?" * 24)
        _bulk_insert(f"INSERT INTO report ({REPORT_COLUMNS}) VALUES ({marks})", writer.reports)
        _bulk_insert(
            f"INSERT INTO report_conflict ({CONFLICT_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)",
            writer.conflicts,
        )
        _bulk_insert(
            "INSERT INTO paper_receipt (agency_id, plan_id, period_id, received_on, signed_on,"
            " recorded_at) VALUES (?,?,?,?,?,?)",
            writer.papers,
        )
        for row in writer.reports:
            rows, files = entry_rows(rng, row[0], duty_ids, entries, row[3])
            _bulk_insert(
                "INSERT INTO report_entry (id, report_id, duty_id, status, progress, results,"
                " difficulties, proposals) VALUES (?,?,?,?,?,?,?,?)",
                rows,
            )
            _bulk_insert(
                "INSERT INTO attachment (entry_id, name, sha256, size) VALUES (?,?,?,?)", files
            )
            entries, attachments = entries + len(rows), attachments + len(files)
        _continue_numbering(("report", "report_entry"))
        audit.record("bench.make_province", reports=len(writer.reports), entries=entries)
    close_open_session()
    counts: dict[str, int] = {}
    for fate in chosen.values():
        counts[fate] = counts.get(fate, 0) + 1
    return {
        "agencies": len(agency_ids),
        "duties": len(duty_ids),
        "periods": len(ids),
        "reports": len(writer.reports),
        "entries": entries,
        "attachments": attachments,
        "conflicts": len(writer.conflicts),
        "paper_receipts": len(writer.papers),
        "fates": counts,
        "seconds": round(time.perf_counter() - started, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="Build the dashboard benchmark's profile.")
    parser.add_argument("profile", type=Path, help="a new profile folder")
    parser.add_argument("--seed", type=int, default=590)
    parser.add_argument(
        "--years",
        type=int,
        default=YEARS,
        help="years of history, ending 2026 (10: 900,000 entries; 20: 1,800,000)",
    )
    parser.add_argument(
        "--database", metavar="URL", help="an empty PostgreSQL database for the office's data"
    )
    args = parser.parse_args()
    made = build(args.profile.expanduser(), args.seed, args.years, args.database)
    print(json.dumps(made, ensure_ascii=False))
    print(
        f"{made['agencies']} agencies, {made['duties']} duties, {made['periods']} periods, "
        f"{made['entries']} entries in {args.profile}: {made['seconds']} s"
    )
    return 0 if made["entries"] == AGENCY_COUNT * 2 * args.years * DUTY_COUNT else 1


if __name__ == "__main__":
    raise SystemExit(main())
