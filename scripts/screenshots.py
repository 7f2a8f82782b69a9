"""Screenshots of the real screens for the user guide, from a demo province this script builds.

    .venv/bin/python scripts/screenshots.py            # docs/user-guide/{vi,en}/img/*.png
    .venv/bin/python scripts/screenshots.py --out DIR  # elsewhere, e.g. to review a change

The demo world is made through the app's own services in a throwaway folder: DoFA (Sở Ngoại
vụ, following reports up from 2026-H1) and two agencies (Sở Y tế, Sở Tài chính) set up from
DoFA's kits and enrolled; each signs its 2026-H1 report, sends it as a bundle, and DoFA imports
both. Sở Tài chính's records clerk numbers its report before sending it. Sở Kế hoạch và Đầu tư's
2026-H1 report came on paper, signed before its due date. Sở Tài chính then amends its report:
the amendment awaits a number, and its bundle is only previewed, in the import dialog; its
2026-Y report is submitted for sign-off, Sở Y tế's is a draft. Windows are shown at 1350×688,
what a 1366×768 office screen with a taskbar leaves.
Keys live in an in-memory secret store for the run; nothing outside the folder is touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.models import UserAccount  # noqa: E402
from app.models.session import close_open_session  # noqa: E402
from app.services.accounts import users  # noqa: E402
from app.services.catalogue import catalogue, periods  # noqa: E402
from app.services.consolidation.consolidated_view import OPENING  # noqa: E402
from app.services.dashboard import paper  # noqa: E402
from app.services.exchange import bundle_export, bundle_import, trust  # noqa: E402
from app.services.reports import issuing, report_view, reports, signoff  # noqa: E402
from app.services.workstation import profile  # noqa: E402
from app.ui.accounts.login_dialog import LoginDialog  # noqa: E402
from app.ui.dashboard.reminders_dialog import RemindersDialog  # noqa: E402
from app.ui.exchange.exchange_agency import SendReportsDialog  # noqa: E402
from app.ui.exchange.exchange_dofa import ImportDialog  # noqa: E402
from app.ui.kit import i18n, tasks  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402
from app.ui.outgoing.issue_dialog import IssueDialog  # noqa: E402
from app.ui.outgoing.register_dialog import KIND_ROLE, OutgoingRegisterDialog  # noqa: E402
from app.ui.reports.sign_dialog import SignDialog  # noqa: E402
from app.ui.setup.setup_wizard import SetupWizard  # noqa: E402
from app.ui.window_frame import read_frame  # noqa: E402
from app.ui.workstation.backup_dialogs import AutoBackupDialog, BackupDialog  # noqa: E402

GUIDE = Path(__file__).resolve().parent.parent / "docs" / "user-guide"
PASSWORD = "mat-khau-demo-2026"
SCREEN = (1350, 688)
APPROVERS = {"SYT": ("Nguyễn Văn An", "Phó Giám đốc"), "STC": ("Trần Thị Bình", "Giám đốc")}
RESULTS = {
    "SYT": "Tổ chức 2 hội thảo chuyên đề; ký 1 thỏa thuận hợp tác đào tạo với Bệnh viện Đà Nẵng",
    "STC": "Bố trí 3,2 tỷ đồng vốn đối ứng cho 4 dự án ODA; giải ngân đạt 78 %",
}
CLERK = ("Phạm Thị Dung", "Văn thư")
SUMMARY = (
    "Trong 6 tháng đầu năm 2026, Sở Ngoại vụ nhận báo cáo của 3 cơ quan, đơn vị: 2 báo cáo "
    "điện tử có chữ ký số và 1 báo cáo bằng văn bản giấy."
)


class MemoryKeyring(KeyringBackend):
    """The demo's secret store: in memory, gone when the script ends."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        self.secrets.pop((service, username), None)


def _signer() -> str:
    return UserAccount.select().where(UserAccount.role == "approver").get().login


def _fill(station, period_id: str, results: str, statuses: tuple[str, ...]) -> object:
    report = reports.open_draft(station, station.agency, catalogue.active_plan(), period_id)
    for number, view in enumerate(reports.entry_views(report)):
        status = statuses[number % len(statuses)]
        reports.update_entry(
            station,
            report,
            view.duty.ref,
            None,
            status=status,
            progress=100 if status == "done" else (40 + 15 * number) % 100,
            results=f"{results} ({view.duty.ref})",
        )
    return report


def build_world(root: Path) -> dict[str, profile.Workstation]:
    """DoFA and two agencies with signed, sent and imported 2026-H1 reports."""
    dofa = profile.create_profile(root / "dofa", "SNGV", True)
    users.add(dofa, "Lê Văn Cường", "Phó Giám đốc", "approver", PASSWORD)
    # As the set-up assistant does, from the period under way when DoFA started using the app.
    periods.set_tracked_from(dofa, catalogue.active_plan(), "2026-H1")
    stations = {"dofa": dofa}
    bundles = []
    for code in ("SYT", "STC"):
        dofa = _use(dofa)
        kit = root / f"{code}.ptkit"
        made = trust.export_kit(dofa, code, kit)
        dofa.close()
        # The fingerprint DoFA reads aloud, which the agency confirms on adopting the kit.
        station = trust.setup_from_kit(root / code.lower(), kit, made["dofa"]["fingerprint"])
        users.add(station, *APPROVERS[code], "approver", PASSWORD)
        enrolment = root / f"{code}.ptenroll"
        body = trust.export_enrolment(station, enrolment)
        report = _fill(station, "2026-H1", RESULTS[code], ("done", "in_progress", "ongoing"))
        signoff.sign(report, _signer(), PASSWORD, station)
        if code == "STC":  # its clerk numbers the report before it is sent
            clerk = users.add(station, *CLERK, "clerk", PASSWORD, approver_password=PASSWORD)
            issuing.issue_report(report, clerk.login, PASSWORD, station)
        _, bundle = bundle_export.export_bundle(station, root)
        bundles.append(bundle)
        stations[code] = station
        dofa = _use(dofa)
        trust.import_enrolment(dofa, enrolment, body["fingerprint"])
    dofa = _use(dofa)
    bundle_import.import_bundles(dofa, bundles)
    # On paper, signed and delivered before the due date (19/06/2026): on time.
    paper.receive_paper(dofa, "SKHDT", "2026-H1", date(2026, 6, 18), date(2026, 6, 15))
    stc = _use(stations["STC"])
    signed = reports.latest(stc.agency, catalogue.active_plan(), "2026-H1")
    amended = signoff.amend(stc, signed, "Bổ sung số liệu giải ngân đến 30/6/2026")
    reports.update_entry(
        stc, amended, "III.3.3", None, status="in_progress", progress=80,
        results="Bố trí 3,2 tỷ đồng vốn đối ứng cho 4 dự án ODA; giải ngân đạt 91 %",
    )  # fmt: skip
    signoff.sign(amended, _signer(), PASSWORD, stc)
    _, stations["amended"] = bundle_export.export_bundle(stc, root)
    submitted = _fill(stc, "2026-Y", "Đang triển khai kế hoạch năm", ("in_progress", "ongoing"))
    reports.submit(stc, submitted)
    syt = _use(stations["SYT"])
    _fill(syt, "2026-Y", "Đang triển khai kế hoạch năm", ("in_progress", "not_started"))
    close_open_session()
    return stations


def _use(station: profile.Workstation) -> profile.Workstation:
    """Close the open workstation and open this one: one is open per process."""
    close_open_session()
    return profile.open_profile(station.folder)


def save(widget: QWidget, folder: Path, name: str) -> None:
    widget.show()
    # A moment, not one pass: what a task hands back meanwhile (the status bar's backup
    # warning) is laid out only in a later pass.
    settled = time.monotonic() + 0.2
    while time.monotonic() < settled:
        QApplication.processEvents()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


# Windows stay referenced to the end: Qt still calls their event filters after close().
_windows: list[MainWindow] = []


def _window(station, size=SCREEN) -> MainWindow:
    """The main window of the workstation, opened (the one open before is closed)."""
    station = _use(station)
    account = users.find(_signer())
    window = MainWindow(station, account, frame=read_frame(station))
    window.resize(*size)
    _windows.append(window)
    return window


def shoot(stations: dict, language: str, out: Path, scratch: Path) -> None:
    i18n.install(language)
    out.mkdir(parents=True, exist_ok=True)

    wizard = SetupWizard(scratch / f"new-{language}", profile.setup_choices(), True)
    wizard.agency_page.filter.setText("y te")
    save(wizard, out, "setup")
    wizard.close()

    window = _window(stations["SYT"])
    syt = window.station
    save(LoginDialog(syt, _signer(), window), out, "login")
    window.tabs.setCurrentWidget(window.browser_tab)
    window.browser.select_ref("III.13.1")
    save(window, out, "duties")
    window.tabs.setCurrentWidget(window.report_tab)
    save(window, out, "report")
    save(SendReportsDialog(syt, window), out, "send")
    save(BackupDialog(syt, window), out, "backup")
    save(AutoBackupDialog(window), out, "auto-backup")
    window.close()

    window = _window(stations["STC"])
    stc = window.station
    year = report_view.state(stc, window.plan_info, stc.agency_code, "2026-Y")
    save(SignDialog(window.plan_info, year, stc, window), out, "sign")
    register_dialog = OutgoingRegisterDialog(stc, window)
    register_dialog.resize(980, 440)  # the register's lines are few in the demo
    save(register_dialog, out, "register")
    awaiting = register_dialog.waiting.currentItem().data(0, KIND_ROLE)
    save(IssueDialog(awaiting, stc, stc.agency_code, window), out, "issue")
    window.close()

    window = _window(stations["dofa"])
    dofa = window.station
    window.tabs.setCurrentIndex(0)
    save(window, out, "dashboard")
    window.tabs.setCurrentWidget(window.overview.duty_view_tab)
    window.overview.duty_view_tab.content.show_duty("III.1.1", "2026-H1")
    save(window, out, "duty-view")
    window.tabs.setCurrentWidget(window.exchange.received_tab)
    save(window, out, "received")
    importing = ImportDialog(dofa, window, files=[stations["amended"]])
    importing.run(dry_run=True)  # the preview: nothing is written
    save(importing, out, "import")
    window.tabs.setCurrentWidget(window.consolidation.tab)
    editor = window.consolidation.editor
    editor.period_combo.setCurrentIndex(editor.period_combo.findData("2026-H1"))
    if not editor.editors[OPENING].toPlainText():
        editor.editors[OPENING].setPlainText(SUMMARY)
        editor.flush()  # saved now: the shot shows the saved report, not "Saving…"
    save(window, out, "consolidated")
    dialog = RemindersDialog(dofa, window.plan_info, "2026-H1", _signer(), window)
    save(dialog, out, "reminders")
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="folder for vi/ and en/ (default: the guide)")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv[:1])
    tasks.set_synchronous(True)  # screens show their data before they are grabbed
    with tempfile.TemporaryDirectory(prefix="plantracker-demo-") as scratch:
        stations = build_world(Path(scratch))
        for language in ("vi", "en"):
            out = (args.out / language) if args.out else GUIDE / language / "img"
            shoot(stations, language, out, Path(scratch))
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
