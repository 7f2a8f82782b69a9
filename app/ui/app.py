"""Starting the desktop app: translations, first-start set-up, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from app.paths import ICONS_DIR
from app.services.accounts import users
from app.services.core import audit, event_log, storage_errors
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction
from app.services.workstation import profile, unattended
from app.ui.kit import i18n
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt

if TYPE_CHECKING:  # imported while the password is checked, or when a dialog is needed
    from app.services.accounts.users import Account
    from app.services.workstation.unattended import EarlyStart
    from app.ui.kit.tasks import RunAhead
    from app.ui.main_window import MainWindow
    from app.ui.window_frame import WindowFrame


def preferences(folder: Path) -> QSettings:
    """Interface preferences (language) kept beside the profile's database."""
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


class DesktopApp:
    """Owns the main window; a language change rebuilds it so every string is retranslated."""

    def __init__(self, folder: Path, language: str | None, early: EarlyStart | None = None):
        self.folder = folder
        self.early = early  # the profile opened and the password check begun before Qt loaded
        self.language = language or preferences(folder).value("language", "vi")
        self.window: MainWindow | None = None
        self.account = None
        self._prepared: MainWindow | None = None  # built while the password was checked
        self.station: profile.Workstation | None = None
        # The plan and the agency the window's frame shows, read on the pool during sign-in.
        self._frame_read: RunAhead | None = None
        self._frame: WindowFrame | None = None
        i18n.install(self.language)

    def ensure_set_up(self) -> bool:
        if profile.is_set_up(self.folder):
            return True
        # First start only: not imported on every start.
        from app.ui.keys.dofa_key_dialogs import EscrowDialog
        from app.ui.setup.setup_wizard import SetupWizard

        wizard = SetupWizard(self.folder, profile.setup_choices())
        if wizard.exec() != QWizard.DialogCode.Accepted:
            return False
        self.station = wizard.workstation  # open: signing in uses it
        identity = wizard.escrow_identity()  # DoFA: shown once, to print for the safe
        if identity:
            EscrowDialog(identity).exec()
        return True

    def sign_in(self) -> bool:
        """Ask who is working (the first start creates the approver account).

        For unattended starts (kiosks, the installer check) PLANTRACKER_USER and
        PLANTRACKER_PASSWORD sign in without the dialog, as the scripting interface reads them.
        """
        # What interrupted work left is removed once the window has painted (it loads the
        # key store, which nothing before that needs).
        early, self.early = self.early, None
        if self.station is None:  # else the one set-up made, still open
            self.station = (
                early.station if early else profile.open_profile(self.folder, clean_up=False)
            )
        self._read_frame_ahead()
        prefs = preferences(self.folder)
        login, password = unattended.credentials() or (None, None)
        refusal = None
        if login and password and users.has_accounts():
            try:
                self.account = users.sign_in(
                    self.station,
                    login,
                    password,
                    meanwhile=self._prepare_window,
                    begun=early.check if early and early.login == login else None,
                )
            except UserError as exc:
                self._discard_prepared()
                refusal = exc  # ask instead, naming the account and saying why
            else:
                audit.record(AuditAction.USER_LOGIN, self.account.login)
                return True
        from app.ui.accounts.login_dialog import FirstAccountDialog, LoginDialog

        if users.has_accounts():
            dialog = LoginDialog(self.station, prefs.value("last_login"))
            if refusal is not None:
                dialog.who.setCurrentIndex(
                    max(dialog.who.findData(login), dialog.who.currentIndex())
                )
                dialog.error.show_error(fmt(self._unattended_refused(), user_message(refusal)))
        else:
            dialog = FirstAccountDialog(self.station)
        if not dialog.exec():
            return False
        self.account = dialog.account
        prefs.setValue("last_login", self.account.login)
        return True

    def _unattended_refused(self) -> str:
        return QCoreApplication.translate(
            "DesktopApp", "Signing in from PLANTRACKER_USER and PLANTRACKER_PASSWORD failed: %1"
        )

    def _prepare_window(self, account: Account) -> None:
        """Get the main window ready, not shown, while the password of `account` is checked on
        another thread (the key derivation is a third of the start). It is built without its
        screens, reading only the plan's title and the agency's name for its frame (nothing is
        shown before the check passes): the screen in front is built right after the window's
        first paint (see show_main_window), after the check, and every other one when its
        tab is first opened."""
        self._prepared = self._build_window(account)

    def _discard_prepared(self) -> None:
        if self._prepared is not None:
            self._prepared.deleteLater()
            self._prepared = None

    def _build_window(self, account: Account | None) -> MainWindow:
        from app.ui.main_window import MainWindow

        # The profile sign_in opened (opening it again would close the database and so
        # copy its write-ahead log back, for nothing).
        if self.station is None:
            self.station = profile.open_profile(self.folder)
        window = MainWindow(self.station, account, frame=self._window_frame())
        window.language_chosen.connect(self._on_window_language_chosen)
        return window

    def _read_frame_ahead(self) -> None:
        from app.ui.kit.tasks import run_ahead
        from app.ui.window_frame import read_frame

        station = self.station
        self._frame_read = run_ahead(lambda: read_frame(station))

    def _window_frame(self) -> WindowFrame:
        """The frame read ahead (by now, mostly read), kept for a window built again on a
        language change; read again after a failure (a retry)."""
        if self._frame is None:
            if self._frame_read is None:
                self._read_frame_ahead()
            reading, self._frame_read = self._frame_read, None
            self._frame = reading.result()
        return self._frame

    def show_main_window(self) -> MainWindow:
        audit.act_as(self.account.login if self.account else None)
        starting = self.window is None
        if self.window is not None:
            self.window.backups.skip_exit_backup()  # a language change is not an exit
            self.window.close()
            self.window.deleteLater()
        prepared, self._prepared = self._prepared, None
        if prepared is not None and prepared.account == self.account:
            self.window = prepared
        else:
            if prepared is not None:
                prepared.deleteLater()
            self.window = self._build_window(self.account)
        # The window paints at once, saying its first screen is loading; the screen follows.
        self.window.build_first_screen_after_paint()
        if starting:
            self.window.after_first_paint(self._remove_leftovers)
        self.window.after_first_paint(self.window.backups.start_of_day)
        self.window.show()
        return self.window

    def _remove_leftovers(self) -> None:
        """What interrupted work left, removed off the UI thread (it loads the key store)."""
        from app.ui.kit.tasks import run_task

        station = self.station
        run_task(lambda _progress: _remove_leftovers(station), _on_leftovers_removed)

    def _on_window_language_chosen(self, language: str) -> None:
        if language == self.language:
            return
        self.language = language
        preferences(self.folder).setValue("language", language)
        i18n.install(language)
        self.show_main_window()


# Said before Qt (and so its translations) can start: in the chosen language, Vietnamese unless
# `--lang en`.
NO_DISPLAY = {
    "vi": "plantracker: không tìm thấy màn hình đồ họa (biến DISPLAY chưa được đặt). Hãy mở "
    "ứng dụng trong một phiên làm việc có giao diện, hoặc dùng các lệnh: plantracker --help",
    "en": "plantracker: no graphical display was found (DISPLAY is not set). Start the app "
    "from a desktop session, or use the scripting commands: plantracker --help",
}


def _no_display() -> bool:
    """On Linux, Qt aborts without a display; say so in plain words instead."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    )


def _show_unexpected(error: event_log.UnexpectedError) -> None:
    QMessageBox.critical(QApplication.activeWindow(), "Plan Tracker", user_message(error))


def _remove_leftovers(station: profile.Workstation) -> int:
    from app.services.workstation import leftovers

    return leftovers.remove_leftovers(station.session, station.folder)


def _on_leftovers_removed(_removed: int | None, error: BaseException | None) -> None:
    """Housekeeping: a failure is written to the log (an unexpected one already is, with its
    traceback) and not put in front of someone who did not ask for it; the next start tries
    again."""
    if error is not None and not isinstance(error, event_log.UnexpectedError):
        event_log.not_done("leftovers.not_removed", error)


def _wait_for_tasks() -> None:
    from app.ui.kit import tasks

    tasks.pool().waitForDone()


def install_exception_hook() -> None:
    """An error of ours in a slot or a thread: a plain message, the traceback to the log."""
    event_log.install_excepthook(_show_unexpected)


def _with_retry(step):
    """A step that needs the office's database server: while the server cannot be reached,
    say so and offer to try again (nothing was half-written; Cancel stops the app)."""
    while True:
        try:
            return step()
        except storage_errors.ServerUnreachableError as exc:
            answer = QMessageBox.warning(
                None,
                "Plan Tracker",
                user_message(exc),
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Retry,
            )
            if answer != QMessageBox.StandardButton.Retry:
                raise


def run(folder: Path, language: str | None = None, early: EarlyStart | None = None) -> int:
    """The desktop app on the profile in folder; `early`: what unattended.begin started."""
    if _no_display():
        print(NO_DISPLAY["en" if language == "en" else "vi"], file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Plan Tracker")
    app.setOrganizationName("PlanTracker")
    app.setWindowIcon(QIcon(str(ICONS_DIR / "plantracker.png")))
    install_exception_hook()
    desktop = DesktopApp(folder, language, early)
    try:
        if not desktop.ensure_set_up():
            return 0
        event_log.start(folder)
        if not _with_retry(desktop.sign_in):
            return 0
        _with_retry(desktop.show_main_window)
    except UserError as exc:
        QMessageBox.critical(None, "Plan Tracker", user_message(exc))
        return 1
    except Exception as exc:  # before the event loop, the hook is not called: say it here
        _show_unexpected(event_log.unexpected(exc))
        return 1
    try:
        return app.exec()
    finally:
        _wait_for_tasks()  # none may find the database closed under it
        if desktop.station is not None:
            desktop.station.close()
