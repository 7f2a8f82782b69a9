"""Backups in the desktop app: File → back up now / automatic backups, the last backup time in
the status bar (a warning after seven days without one), automatic backups at the first start
of a day and on exit. The dialogs are in backup_dialogs.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel

from app.services.workstation import office_server
from app.ui.accounts.login_dialog import error_text
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.tasks import run_task
from app.ui.kit.texts import when_text
from app.ui.workstation.backup_dialogs import AutoBackupDialog, BackupDialog

# The backup services (and with them the key store and the cryptography library) are imported
# where a backup is read, made or set up: the main window paints without them.


@dataclass(frozen=True)
class BackupState:
    """What the status line shows, and whether closing the window makes a backup."""

    last: str | None  # ISO time
    overdue: bool
    automatic: bool


def _read_backup_state() -> BackupState:
    """Runs off the UI thread."""
    from app.services.workstation import auto_backup, backup

    return BackupState(
        backup.last_backup_at(), auto_backup.overdue(), auto_backup.settings().enabled
    )


def _back_up_on_exit(station) -> None:
    """Runs off the UI thread: the exit's automatic backup."""
    from app.services.workstation import auto_backup

    auto_backup.run(station)


def _back_up_if_due(station) -> bool:
    """The first start of a day makes an automatic backup (off the UI thread); whether it did."""
    from app.services.workstation import auto_backup

    if not auto_backup.due_today():
        return False
    auto_backup.run(station)
    return True


class _ExitBackup(Enum):
    """Where the backup made on exit stands (this window's own state, not a domain word)."""

    NOT_STARTED = auto()
    RUNNING = auto()
    DONE = auto()


class BackupMenu(QObject):
    """The backup actions of the File menu, the status-bar line and the automatic runs."""

    def __init__(self, window, file_menu):
        super().__init__(window)
        self.window = window
        self.station = window.station
        self.status = QLabel()
        self.reads = LatestRead(self)  # when the last backup was, for the status line
        # Whether closing the window makes a backup, as the last read found (automatic backups
        # on); and the exit's backup, once begun: None, "running" or "done".
        self.automatic = False
        self._exit_backup = _ExitBackup.NOT_STARTED
        window.statusBar().addPermanentWidget(self.status)
        self.server = office_server.server_of(self.station.folder)
        if self.server is not None:
            # The office's data is on its server and backed up there (README, "The office
            # server"): this PC has nothing of it to back up, and no backup to be warned about.
            self.status.setText(fmt(self.tr("Data on the office's server %1"), self.server))
            self.status.setToolTip(self.tr("Backed up on the server with pg_dump"))
            return
        first = file_menu.actions()[0] if file_menu.actions() else None
        for text, slot in (
            (self.tr("&Back up this workstation…"), self._on_backup_triggered),
            (self.tr("&Automatic backups…"), self._on_auto_triggered),
        ):
            action = file_menu.addAction(text)
            action.triggered.connect(slot)
            if first is not None:
                file_menu.insertAction(first, action)
        if first is not None:
            file_menu.insertSeparator(first)
        # Read once the window has painted: it is built while the password is checked.
        window.after_first_paint(self.show_last_backup)

    def show_last_backup(self) -> None:
        """Read when the last backup was, in a task; the status line follows."""
        self.reads.run(
            lambda _progress: _read_backup_state(),
            self._show_backup_state,
            lambda error: self.status.setText(error_text(error)),
        )

    def _show_backup_state(self, state: BackupState) -> None:
        last, overdue = state.last, state.overdue
        self.automatic = state.automatic
        if last is None:
            text = self.tr("Never backed up")
        else:
            text = fmt(
                self.tr("Last backup: %1"),
                when_text(last),
            )
        if overdue:
            self.status.setText("⚠ " + text)
            self.status.setStyleSheet("color: #b00020; font-weight: bold;")
            self.status.setToolTip(
                self.tr("No backup for more than 7 days: File → Back up this workstation…")
            )
        else:
            self.status.setText(text)
            self.status.setStyleSheet("")
            self.status.setToolTip("")

    def start_of_day(self) -> None:
        """At start: the first start of a day makes an automatic backup, off the UI thread."""
        station = self.station
        run_task(
            lambda _progress: _back_up_if_due(station),
            self._on_start_of_day_done,
            parent=self.window,
        )

    def _on_start_of_day_done(self, backed_up: bool | None, error) -> None:
        if error is not None or backed_up:
            self._on_auto_done(None, error)

    def back_up_before_closing(self, close: Callable[[], None]) -> bool:
        """On exit, when automatic backups are on: the backup, made in a task while the window
        stays up, disabled, saying so; then `close()` closes it for good. Whether the window
        must wait for it (it stays open meanwhile)."""
        if self._exit_backup is _ExitBackup.DONE or not self.automatic:
            return False
        if self._exit_backup is _ExitBackup.NOT_STARTED:
            self._exit_backup = _ExitBackup.RUNNING
            self.window.setEnabled(False)  # nothing more is done while the backup is written
            self.window.setCursor(Qt.CursorShape.WaitCursor)
            self.window.statusBar().showMessage(self.tr("Backing up before closing…"))
            station = self.station

            def done(_result, _error) -> None:
                # A failure is not shown as the window goes (an unexpected one is in the log):
                # the status line says when the last backup was, at the next start.
                self._exit_backup = _ExitBackup.DONE
                QTimer.singleShot(0, close)  # not inside the close event that began it

            run_task(lambda _progress: _back_up_on_exit(station), done, parent=self)
        return True

    def skip_exit_backup(self) -> None:
        """The window closes to be rebuilt (a language change): not an exit."""
        self._exit_backup = _ExitBackup.DONE

    def _on_auto_done(self, _result, error) -> None:
        if error is not None:
            message = error_text(error)
            self.window.statusBar().showMessage(
                fmt(self.tr("Automatic backup failed: %1"), message), 10000
            )
        self.show_last_backup()

    def _on_backup_triggered(self) -> None:
        dialog = BackupDialog(self.station, self.window)
        if dialog.exec() and dialog.written is not None:
            self.window.statusBar().showMessage(
                fmt(self.tr("Backed up to %1"), dialog.written), 10000
            )
        self.show_last_backup()

    def _on_auto_triggered(self) -> None:
        if AutoBackupDialog(self.window).exec():
            self.show_last_backup()
