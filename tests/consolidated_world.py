"""A scripted set of received reports on DoFA's workstation, for the consolidated report tests.

Four agencies enrolled with DoFA send their 2026-Y reports as bundles:
- Sở Y tế (SYT) and Sở Giáo dục và Đào tạo (SGDDT): received on time, used by the pre-fill;
- Sở Văn hóa, Thể thao và Du lịch (SVHTTDL): received, then returned for revision by DoFA;
- Sở Công Thương (SCT): two different signed contents of revision 1 (a conflict).
Health's amended revision 2 is exported too but not imported: a test imports it later.
DoFA has an approver. The closed DoFA folder is copied for each test (`fresh_dofa`).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app.models.session import close_open_session
from app.services.catalogue import catalogue, periods
from app.services.exchange import bundle_import, replies
from app.services.reports import signoff
from app.services.workstation import profile
from tests import pg_cluster
from tests.exchange_support import (
    amend_and_sign,
    copy_profile,
    enrol_agency,
    export,
    make_dofa,
    shared_keyring,
    sign_period,
    use,
)
from tests.reporting import approver

KEYRING = "PLANTRACKER_TEST_KEYRING"
PERIOD = "2026-Y"
DOFA_APPROVER = ("Trần Thị Bình", "Phó Giám đốc")
NAMES = {
    "SYT": "Sở Y tế",
    "SGDDT": "Sở Giáo dục và Đào tạo",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "SCT": "Sở Công Thương",
}


@dataclass
class World:
    keyring: str
    pristine: Path  # closed DoFA folder with everything imported
    later: Path  # Health's revision 2, not imported
    reported: dict[str, list[dict]]  # agency code -> the entries of its signed content
    amended: list[dict]  # Health's revision 2 entries


def _signed_entries(report) -> list[dict]:
    return signoff.signed_content(report)["entries"]


def build_world(root: Path) -> World:
    with shared_keyring(root / "keyring.json"):
        dofa = make_dofa(root / "dofa")
        approver(dofa, *DOFA_APPROVER)
        # Reports signed today are on time whenever the tests run.
        plan = catalogue.active_plan()
        end = periods.get(plan, PERIOD).end
        periods.set_due(dofa, plan, PERIOD, max(end, date.today()) + timedelta(days=30))
        stations = {code: enrol_agency(dofa.folder, root / code.lower(), code) for code in NAMES}
        out = root / "bundles"
        out.mkdir()
        files, reported = [], {}
        for code, results in (
            ("SYT", "Sở Y tế đã ký 2 thỏa thuận hợp tác"),
            ("SGDDT", "Đón 3 đoàn chuyên gia giáo dục"),
            ("SVHTTDL", "Tổ chức 2 tuần lễ văn hóa"),
        ):
            report = sign_period(stations[code], PERIOD, results)
            reported[code] = _signed_entries(report)
            files.append(export(stations[code], out / f"{code}-1.ptbundle"))
        later_report = amend_and_sign(
            stations["SYT"], PERIOD, "Bổ sung số liệu", "Sở Y tế bổ sung: ký 3 thỏa thuận"
        )
        amended = _signed_entries(later_report)
        later = export(stations["SYT"], out / "SYT-2.ptbundle", [(PERIOD, 2)])

        trade = stations["SCT"]
        close_open_session()
        before = root / "sct-before.sqlite"
        shutil.copy(profile.db_path(trade.folder), before)
        sign_period(trade, PERIOD, "Phương án A")
        files.append(export(trade, out / "SCT-a.ptbundle"))
        close_open_session()
        for leftover in trade.folder.glob(profile.DB_NAME + "-*"):
            leftover.unlink()
        shutil.copy(before, profile.db_path(trade.folder))
        sign_period(trade, PERIOD, "Phương án B")
        files.append(export(trade, out / "SCT-b.ptbundle"))

        station = use(dofa)
        results = bundle_import.import_bundles(station, files)
        assert [r.status for r in results] == ["imported"] * 4 + ["conflict"], results
        replies.return_report(station, "SVHTTDL", PERIOD, "Bổ sung số liệu cụ thể")
        pristine = copy_profile(dofa.folder, root / "dofa-pristine")
        return World(str(root / "keyring.json"), pristine, later, reported, amended)


def fresh_dofa(world: World, folder: Path):
    """A copy of the pristine DoFA folder, opened (the keyring is the world's)."""
    shutil.copytree(world.pristine, folder)
    pg_cluster.clone_office_databases(folder)
    return use(folder)


def audit_actions(folder: Path) -> list[tuple[str, dict]]:
    rows = pg_cluster.profile_query(folder, "SELECT action, detail FROM audit_entry ORDER BY id")
    return [(action, json.loads(detail)) for action, detail in rows]
