"""Time DoFA's exchange screens on a large profile (made by bench/make_province.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/exchange_screens_bench.py PROFILE_DIR

Works on a copy of the profile, to which it adds one bundle-ledger row per received revision
(as the imports would have written them: make_province.py writes none), so the ledger holds
the province's ten years too. For each screen — the received reports (until the list and the
first report are shown), the bundle ledger, the conflicts, the setup-kit dialog and the revoke
dialog (both list the register with what DoFA trusts) — it prints three lines:
  <screen>_read_ms      the screen's service read alone, no Qt: what ran on the UI thread
                        before the screens read in tasks; median of 5 runs after one untimed
  <screen>_ready_ms     constructing the screen to its contents shown: median
  <screen>_ui_block_ms  the longest the window could not answer (no 5 ms timer tick) from
                        constructing it to its contents shown: median
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.models import BundleReceived, Report, db  # noqa: E402
from app.services.exchange import ledger, received_views, trust_list  # noqa: E402
from app.services.workstation import profile  # noqa: E402
from app.ui.exchange.conflict_inbox import ConflictInbox  # noqa: E402
from app.ui.exchange.dofa_trust import KitDialog  # noqa: E402
from app.ui.exchange.ledger_view import LedgerView  # noqa: E402
from app.ui.exchange.received_view import ReceivedReportsView  # noqa: E402
from app.ui.keys.dofa_key_dialogs import RevokeKeyDialog  # noqa: E402
from app.ui.kit import i18n  # noqa: E402
from bench.dashboard_bench import StallMeter  # noqa: E402

RUNS = 5


def add_ledger_rows() -> int:
    """One imported bundle per received revision, numbered per agency in signing order."""
    reports = (
        Report.select(Report.agency, Report.period_id, Report.revision, Report.received_at)
        .where(Report.channel == "bundle")
        .order_by(Report.agency, Report.signed_at)
    )
    rows, sequence = [], {}
    for report in reports:
        number = sequence[report.agency_id] = sequence.get(report.agency_id, 0) + 1
        outcome = [{"period": report.period_id, "revision": report.revision, "outcome": "new"}]
        rows.append(
            {
                "agency": report.agency_id,
                "sequence": number,
                "manifest_sha256": f"{report.agency_id:04d}{number:060d}",
                "created_at": report.received_at,
                "received_at": report.received_at,
                "file_name": f"A{report.agency_id}-{number:04d}.ptbundle",
                "verdict": "imported",
                "summary": json.dumps(outcome),
            }
        )
    with db.atomic():
        BundleReceived.delete().execute()
        for start in range(0, len(rows), 500):
            BundleReceived.insert_many(rows[start : start + 500]).execute()
    return len(rows)


def wait(app: QApplication, done: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + 60
    while not done():
        app.processEvents()
        if time.perf_counter() > deadline:
            raise RuntimeError("the screen never finished loading")


def received_ready(view) -> bool:
    return view.model.rowCount() > 0 and view.pane.report is not None


SCREENS = {
    # name: (the read alone, given the workstation; build the screen; its contents are shown)
    "received": (
        lambda station: received_views.received_report(
            station, received_views.received_revisions()[0].id
        ),
        lambda station: ReceivedReportsView(station),
        received_ready,
    ),
    "ledger": (
        lambda _station: ledger.ledger_page(),
        lambda station: LedgerView(),
        lambda v: v.model.rowCount() > 0,
    ),
    "conflicts": (
        lambda _station: received_views.open_conflicts(),
        lambda station: ConflictInbox(),
        lambda inbox: inbox.list.count() > 0,
    ),
    "kit": (
        lambda _station: trust_list.trust_list("SNGV"),
        KitDialog,
        lambda kit: kit.agency_combo.count() > 0,
    ),
    "revoke": (
        lambda _station: trust_list.trust_list("SNGV", include_retired=True),
        RevokeKeyDialog,
        lambda dialog: dialog.agency_combo.count() > 0,
    ),
}


def ready(app: QApplication, station, build, shown) -> tuple[float, float]:
    meter = StallMeter()
    started = time.perf_counter()
    widget = build(station)
    widget.resize(1280, 760)
    widget.show()
    wait(app, lambda: shown(widget))
    elapsed = (time.perf_counter() - started) * 1000
    stall = meter.stop()
    widget.close()
    widget.deleteLater()
    app.processEvents()
    return elapsed, stall


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    app = QApplication([])
    i18n.install("vi")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "dofa"
        shutil.copytree(sys.argv[1], folder)
        station = profile.open_profile(folder)
        print(f"ledger_rows: {add_ledger_rows()}")
        for name, (read, build, shown) in SCREENS.items():
            read(station)
            ready(app, station, build, shown)  # untimed: imports, fonts, SQLite's page cache
            reads, readies, stalls = [], [], []
            for _run in range(RUNS):
                started = time.perf_counter()
                read(station)
                reads.append((time.perf_counter() - started) * 1000)
                elapsed, stall = ready(app, station, build, shown)
                readies.append(elapsed)
                stalls.append(stall)
            print(f"{name}_read_ms: {statistics.median(reads):.1f}")
            print(f"{name}_ready_ms: {statistics.median(readies):.1f}")
            print(f"{name}_ui_block_ms: {statistics.median(stalls):.1f}")
        station.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
