"""Every window and dialog fits the usual office screen: 1366×768 with a taskbar (728 pixels
of height left), a title bar and borders around each window.

The main windows (agency and DoFA, each tab shown) are measured, then every menu entry is
triggered with `QDialog.exec` replaced by a measurement, so each dialog the menus open is
checked, including ones added later. At 125 % scaling the same screen offers 1092×582
logical pixels, and layouts are measured in logical pixels: the smallest size of every window
must fit that too (a 1920×1080 screen at 125 % offers more on both sides).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QWidget,
)

from app.services.accounts import users
from app.services.reports import signoff
from app.services.workstation import profile
from app.ui.accounts.accounts_dialog import AccountForm
from app.ui.accounts.audit_view import AuditLogDialog
from app.ui.accounts.login_dialog import FirstAccountDialog, LoginDialog
from app.ui.accounts.password_reset import ChangePasswordDialog, ResetPasswordDialog
from app.ui.kit import i18n, tasks
from app.ui.kit.screen_fit import FRAME_HEIGHT, FRAME_WIDTH
from app.ui.main_window import MainWindow
from app.ui.setup.setup_wizard import SetupWizard
from tests.dashboard_scenario import H1, fresh_dofa, scenario
from tests.reporting import PASSWORD, approver, complete_draft
from tests.windows import main_window


@pytest.fixture(autouse=True)
def _inline_tasks():
    """The report editor reads its report in a task: inline here, so each step sees it."""
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


SCREEN_WIDTH, FREE_HEIGHT = 1366, 728
BUDGET_WIDTH, BUDGET_HEIGHT = SCREEN_WIDTH - FRAME_WIDTH, FREE_HEIGHT - FRAME_HEIGHT
# At 125 % scaling the same screen has 1366/1.25 × 728/1.25 logical pixels; layouts are
# measured in logical pixels, so the smallest size a window allows must fit that.
SCALED_WIDTH = int(SCREEN_WIDTH / 1.25) - FRAME_WIDTH
SCALED_HEIGHT = int(FREE_HEIGHT / 1.25) - FRAME_HEIGHT


def _too_big(widget: QWidget, opening: bool = True) -> list[str]:
    """What does not fit: the smallest size the layout allows, and the size it opens at.

    The main window opens at what the screen has free (`fit_to_screen`): only its minimum
    tells here, where the test screen is not an office one.
    """
    problems = []
    sizes = [("minimum at 125 %", widget.minimumSizeHint(), SCALED_WIDTH, SCALED_HEIGHT)]
    if opening:
        sizes.append(("opens at", widget.size(), BUDGET_WIDTH, BUDGET_HEIGHT))
    for what, size, width, height in sizes:
        if size.width() > width or size.height() > height:
            problems.append(f"{type(widget).__name__} {what} {size.width()}×{size.height()}")
    return problems


def _date_formats(widget: QWidget) -> list[str]:
    """Every date field shows dd/mm/yyyy (Vietnam's way), whatever the locale's own format."""
    return [
        f"{type(widget).__name__}: a date field shows {edit.displayFormat()}"
        for edit in widget.findChildren(QDateEdit)
        if edit.displayFormat() != "dd/MM/yyyy"
    ]


@pytest.fixture
def measured_dialogs(monkeypatch):
    """Dialogs opened through exec() are shown, measured and closed as if cancelled."""
    seen: list[str] = []
    problems: list[str] = []

    def measure(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        seen.append(type(dialog).__name__)
        problems.extend(_too_big(dialog))
        problems.extend(_date_formats(dialog))
        dialog.reject()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", measure)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([], ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    for name in ("information", "warning", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    return seen, problems


def _menu_actions(window: MainWindow):
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.menu() is None and not action.isSeparator() and action.isEnabled():
                yield action


def _check_window(qtbot, window: MainWindow, measured_dialogs) -> list[str]:
    qtbot.addWidget(window)
    window.show()
    problems = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += [f"tab {index}: {p}" for p in _too_big(window, opening=False)]
        problems += _date_formats(window)
    seen, dialog_problems = measured_dialogs
    for action in _menu_actions(window):
        if action.text().replace("&", "") in ("Quit", "Thoát"):
            continue
        action.trigger()
    return problems + dialog_problems


@pytest.mark.parametrize("station_name", ["health", "dofa"])
def test_windows_and_dialogs_fit_1366_by_768(qtbot, request, measured_dialogs, station_name):
    station = request.getfixturevalue(station_name)
    account = users.add(station, "Nguyễn Văn An", "Giám đốc", "approver", "giam-doc-2026")
    window = main_window(station, account)
    problems = _check_window(qtbot, window, measured_dialogs)
    seen, _ = measured_dialogs
    assert len(seen) >= 5, seen  # the menus really opened dialogs
    assert problems == []


def test_the_main_window_opens_within_the_free_area_of_the_screen(qtbot, health):
    window = main_window(health)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() - FRAME_WIDTH
    assert window.height() <= free.height() - FRAME_HEIGHT


# A 1280×720 screen at 125 % offers 1024×576 logical pixels, less the window's frame.
SMALL_WIDTH = int(1280 / 1.25) - FRAME_WIDTH
SMALL_HEIGHT = int(720 / 1.25) - FRAME_HEIGHT


@pytest.fixture
def province(tmp_path_factory, tmp_path):
    """DoFA with the dashboard tests' province: six agencies' bundles imported, a return,
    paper reports, a conflict (tests/dashboard_scenario.py, built once per run)."""
    made = scenario(tmp_path_factory.getbasetemp() / "dashboard-scenario")
    return fresh_dofa(made, tmp_path / "dofa")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_dofa_s_window_keeps_its_width_on_a_small_screen_once_its_overview_is_built(
    qtbot, province, language
):
    """The dashboard is built after the window's first paint, the duty view when opened: the
    filters and buttons in one row, and a duty box as wide as the longest duty, widened the
    window past the screen then."""
    i18n.install(language)
    window = main_window(province, None)
    qtbot.addWidget(window)
    window.resize(SMALL_WIDTH, SMALL_HEIGHT)
    window.show()
    qtbot.waitUntil(lambda: window.overview.dashboard_tab.is_built)
    dashboard = window.overview.dashboard
    assert dashboard.period_combo.count() >= 2 and dashboard.model.rowCount() > 0
    window.tabs.setCurrentWidget(window.overview.duty_view_tab)
    duty_view = window.overview.duty_view
    duty_view.show_duty("III.13.1", H1)
    QApplication.processEvents()
    assert duty_view.side_model.rowCount() > 0
    assert window.width() == SMALL_WIDTH
    assert window.minimumSizeHint().width() <= SMALL_WIDTH
    window.tabs.setCurrentWidget(window.overview.dashboard_tab)
    QApplication.processEvents()
    assert window.width() == SMALL_WIDTH
    # The duty box is narrower than the duty: it shows the reference, where the text starts.
    assert duty_view.duty_combo.lineEdit().cursorPosition() == 0


def test_a_signed_report_s_banner_keeps_the_agency_window_within_the_screen(qtbot, health):
    approver(health)
    signoff.sign(complete_draft(health), "nguyen.van.an", PASSWORD, health)
    window = main_window(health)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.report_tab)
    QApplication.processEvents()
    assert window.editor.banner.isVisible()
    assert _too_big(window, opening=False) == []


DIALOGS = {
    "set-up assistant": lambda tmp, station: SetupWizard(
        tmp / "new", profile.setup_choices(), False
    ),
    "first account": lambda tmp, station: FirstAccountDialog(station),
    "sign in": lambda tmp, station: LoginDialog(station, "nguyen.van.an"),
    "add an account": lambda tmp, station: AccountForm(station),
    "reset a password": lambda tmp, station: ResetPasswordDialog(
        station, "tran.thi.binh", "Trần Thị Bình"
    ),
    "change my password": lambda tmp, station: ChangePasswordDialog(station, "nguyen.van.an"),
    "activity log": lambda tmp, station: AuditLogDialog(),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_dialogs_opened_outside_the_menus_fit_too(qtbot, health, tmp_path, name):
    dialog = DIALOGS[name](tmp_path, health)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert _too_big(dialog) == []
