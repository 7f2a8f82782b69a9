"""What the moved screens cost the UI thread when they open, against the reads they now leave
to a task, on a real SQLite profile of DoFA with a filled register and activity log.

    python bench/ui_reads_bench.py [ROUNDS]

For each screen: the median time of the read it used to make on the UI thread (the service
call, as the task now runs it), and the median time its constructor now takes on the UI
thread (the read started, not waited for; filling the rows when the answer comes is on the UI
thread still, and not counted here). ROUNDS (default 20) of each, in milliseconds.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")

AGENCIES = 150  # a province's reporting units: the top of the 40–150 the app is built for
LOG_ENTRIES = 1000  # what the activity log shows


def median_ms(call, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    folder = Path(tempfile.mkdtemp(prefix="ui-reads-"))
    os.environ["PLANTRACKER_TEST_KEYRING"] = str(folder / "keyring.json")

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from app.services.accounts import users
    from app.services.catalogue import due_dates, register
    from app.services.catalogue.plan_info import active_plan_info
    from app.services.core import audit
    from app.services.exchange import outbox
    from app.services.workstation import profile
    from app.ui.accounts.accounts_dialog import AccountsDialog
    from app.ui.accounts.audit_view import AuditLogView
    from app.ui.catalogue.agency_register import AgencyRegisterDialog
    from app.ui.dashboard.reminders_dialog import RemindersDialog, read_opening
    from app.ui.kit import tasks
    from app.ui.outgoing.register_dialog import OutgoingRegisterDialog, read_page
    from app.ui.reports.sent_history import SentHistoryView
    from app.ui.reports.settings_dialogs import DueDatesDialog

    station = profile.create_profile(folder / "dofa", "SNGV", consolidating=True)
    users.add(station, "Trần Thị Lan", "Giám đốc", "approver", "mat-khau-giam-doc")
    for n in range(AGENCIES - len(register.entries())):
        register.add(station, f"UBX{n:03d}", f"UBND xã số {n}", f"Commune {n} PC", "commune")
    for n in range(LOG_ENTRIES):
        audit.record("custom.bench", "bench", note=f"dòng {n}")
    plan = active_plan_info()

    screens = {
        "activity log": (lambda: audit.entries(limit=1000), AuditLogView),
        "agency register": (register.entries, lambda: AgencyRegisterDialog(station, editable=True)),
        "accounts": (users.accounts, lambda: AccountsDialog(station, "tran.thi.lan")),
        "outgoing register": (
            lambda: read_page(station, None),
            lambda: OutgoingRegisterDialog(station),
        ),
        "bundles sent": (outbox.sent_history, SentHistoryView),
        "reminders": (
            lambda: read_opening(plan, "2026-H1"),
            lambda: RemindersDialog(station, plan, "2026-H1", "tran.thi.lan"),
        ),
        "due dates": (
            lambda: due_dates.read(plan),
            lambda: DueDatesDialog(station, plan, "tran.thi.lan"),
        ),
    }
    print(f"{AGENCIES} agencies, {LOG_ENTRIES}+ log entries; medians of {rounds} rounds")
    print(f"{'screen':<20} {'the read (now in a task)':>26} {'UI thread to open':>20}")
    for name, (read, build) in screens.items():
        read_ms = median_ms(read, rounds)
        widgets = []

        def open_screen(build=build, widgets=widgets) -> None:
            widgets.append(build())

        open_ms = median_ms(open_screen, rounds)
        tasks.pool().waitForDone(60000)
        app.processEvents()
        for widget in widgets:
            widget.deleteLater()
        app.processEvents()
        print(f"{name:<20} {read_ms:>23.2f} ms {open_ms:>17.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
