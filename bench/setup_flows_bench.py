"""Time the set-up flows and how long each keeps the window from answering.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/setup_flows_bench.py

In a throwaway folder (keys in the tests' file keyring), for each flow — the assistant's Finish
for an agency and for DoFA, restoring a backup, setting up from DoFA's kit — it prints:
  <flow>_work_ms      the service alone, no Qt: what ran on the UI thread before the flows ran
                      in tasks; median of 5 runs
  <flow>_ui_block_ms  the longest the window could not answer (no 5 ms timer tick) from the
                      click to the workstation made, through the dialog: median of 5 runs
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keyring_backend.FileKeyring"
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.models.session import close_open_session  # noqa: E402
from app.services.exchange import trust  # noqa: E402
from app.services.keys import keys  # noqa: E402
from app.services.workstation import backup, profile  # noqa: E402
from app.ui.kit import i18n  # noqa: E402
from app.ui.setup.setup_sources import KIT, RESTORE, SourceDialog  # noqa: E402
from app.ui.setup.setup_wizard import SetupWizard  # noqa: E402
from bench.dashboard_bench import StallMeter  # noqa: E402

RUNS = 5
PASSPHRASE = "sao-luu-may-2026"


def _wait(app: QApplication, done: Callable[[], bool]) -> None:
    deadline = time.perf_counter() + 120
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() > deadline:
            raise RuntimeError("the workstation was never made")


def _stall_until_made(app, dialog) -> float:
    """Click OK (Finish) and wait for the workstation: the window's longest stall meanwhile."""
    meter = StallMeter()
    dialog.accept()
    _wait(app, lambda: dialog.workstation is not None)
    stall = meter.stop()
    dialog.workstation.close()
    dialog.deleteLater()
    return stall


def _through_wizard(app, folder: Path, typed: str) -> float:
    wizard = SetupWizard(folder, profile.setup_choices(), True)
    wizard.show()
    wizard.agency_page.filter.setText(typed)
    wizard.next()
    return _stall_until_made(app, wizard)


def _through_source(app, folder: Path, mode: str, path: Path, fingerprint: str = "") -> float:
    dialog = SourceDialog(folder, mode, True)
    dialog.show()
    dialog.file.setText(str(path))
    dialog.passphrase.setText(PASSPHRASE if mode == RESTORE else "")
    dialog.fingerprint.setText(fingerprint)
    return _stall_until_made(app, dialog)


def _timed(work: Callable[[], profile.Workstation]) -> float:
    started = time.perf_counter()
    station = work()
    elapsed = (time.perf_counter() - started) * 1000
    station.close()
    return elapsed


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install("vi")
    scratch = Path(tempfile.mkdtemp(prefix="setup-bench-"))
    os.environ["PLANTRACKER_TEST_KEYRING"] = str(scratch / "keyring.json")
    with profile.create_profile(scratch / "dofa", "SNGV", True) as dofa:
        kit = scratch / "syt.ptkit"
        trust.export_kit(dofa, "SYT", kit)
        fingerprint = keys.current_key(dofa.agency).fingerprint
    with profile.open_profile(scratch / "dofa") as dofa:
        made = scratch / "dofa.ptbackup"
        backup.create_backup(dofa, made, PASSPHRASE)
    close_open_session()

    flows = {
        "agency_finish": (
            lambda n: lambda: profile.create_profile(scratch / f"w-syt-{n}", "SYT", False),
            lambda n: _through_wizard(app, scratch / f"u-syt-{n}", "y te"),
        ),
        "dofa_finish": (
            lambda n: lambda: profile.create_profile(scratch / f"w-sngv-{n}", "SNGV", True),
            lambda n: _through_wizard(app, scratch / f"u-sngv-{n}", "ngoai vu"),
        ),
        "restore": (
            lambda n: lambda: backup.restore_backup(scratch / f"w-back-{n}", made, PASSPHRASE),
            lambda n: _through_source(app, scratch / f"u-back-{n}", RESTORE, made),
        ),
        "kit": (
            lambda n: lambda: trust.setup_from_kit(scratch / f"w-kit-{n}", kit, fingerprint),
            lambda n: _through_source(app, scratch / f"u-kit-{n}", KIT, kit, fingerprint),
        ),
    }
    try:
        for name, (service, through_ui) in flows.items():
            work = [_timed(service(n)) for n in range(RUNS)]
            stalls = [through_ui(n) for n in range(RUNS)]
            print(f"{name}_work_ms: {statistics.median(work):.1f}")
            print(f"{name}_ui_block_ms: {statistics.median(stalls):.1f}")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
