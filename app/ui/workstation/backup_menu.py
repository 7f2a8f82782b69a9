"""Backups in the desktop app: File → back up now / automatic backups, the last backup time in
the status bar (a warning after seven days without one), automatic backups at the first start
of a day and on exit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.services.core import audit
from app.services.core.errors import UserError
from app.services.keys import secrets
from app.services.workstation import office_server
from app.ui.accounts.login_dialog import (
    ErrorLabel,
    buddy_label,
    busy,
    error_text,
    fit_height,
    hint_label,
    ok_cancel,
    password_field,
)
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.saving import save_in_task
from app.ui.kit.tasks import run_task

if TYPE_CHECKING:
    from app.services.workstation.auto_backup import AutoBackupSettings

# The backup services (and with them the key store and the cryptography library) are imported
# where a backup is read, made or set up: the main window paints without them.


def _check_new_passphrase(dialog: QDialog, first: str, second: str) -> str | None:
    if first != second:
        return dialog.tr("The two passphrases differ.")
    if len(first) < 10:
        return dialog.tr("The passphrase needs at least 10 characters.")
    return None


class BackupDialog(QDialog):
    """Back up the whole workstation now, into one file locked with a passphrase."""

    def __init__(self, station, parent=None):
        super().__init__(parent)
        self.station = station
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Back up this workstation"))
        name = f"{station.agency_code}-{datetime.now(audit.VIETNAM):%Y%m%d-%H%M%S}.ptbackup"
        self.file = QLineEdit(str(Path.home() / name))
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self._on_choose_clicked)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(choose)
        self.passphrase = password_field()
        self.repeat = password_field()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&File:"), self.file), row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint_label(
                self.tr(
                    "One file holds everything: reports, evidence, settings, keys and trust. "
                    "Keep it on a USB stick or a shared folder, and the passphrase apart from "
                    "it: nobody can open the backup without the passphrase."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self, self.tr("Back up"))
        layout.addWidget(self.buttons)
        fit_height(self, 620)

    def _on_choose_clicked(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.file.text(), self.tr("Workstation backups (*.ptbackup)")
        )
        if chosen:
            self.file.setText(chosen)

    def accept(self) -> None:
        from app.services.workstation import backup

        problem = _check_new_passphrase(self, self.passphrase.text(), self.repeat.text())
        if problem:
            self.error.show_error(problem)
            return
        out, station, passphrase = (
            Path(self.file.text().strip()),
            self.station,
            self.passphrase.text(),
        )
        # The whole workstation into one encrypted file: in a task, the dialog held meanwhile.
        save_in_task(
            self,
            lambda: backup.create_backup(station, out, passphrase),
            lambda _result: self._on_written(out),
            lambda error: self.error.show_error(error_text(error)),
            (self.buttons, self.file, self.passphrase, self.repeat),
        )

    def _on_written(self, out: Path) -> None:
        self.written = out
        super().accept()


@dataclass(frozen=True)
class AutoBackupState:
    """What the automatic-backup dialog reads as it opens."""

    settings: AutoBackupSettings
    secret_store: bool  # the passphrase can be kept for unattended runs


class AutoBackupDialog(QDialog):
    """Turn automatic backups on or off: folder, days kept, passphrase (kept in the secret
    store)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Automatic backups"))
        self.enabled = QCheckBox(self.tr("Back up &automatically (first start of a day, on exit)"))
        self.folder = QLineEdit()
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.clicked.connect(self._on_choose_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setSuffix(self.tr(" days"))
        self.passphrase = password_field()
        self.repeat = password_field()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(buddy_label(self.tr("&Folder:"), self.folder), row)
        form.addRow(self.tr("&Keep for:"), self.days)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat it:"), self.repeat)
        layout = QVBoxLayout(self)
        self.note = hint_label(self.tr("Loading the backup settings…"))
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self, self.tr("Save"))
        layout.addWidget(self.buttons)
        fit_height(self, 640)
        # The settings and whether a secret store exists are read in a task; until then
        # nothing can be changed or saved (Cancel still closes).
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._held = (self.save_button, self.enabled, self.folder, self.choose, self.days)
        self._held += (self.passphrase, self.repeat)
        for widget in self._held:
            widget.setEnabled(False)
        self.reads = LatestRead(self)
        self.reads.run(lambda _progress: _read_auto_backup(), self._on_read, self._on_failed)

    def _on_failed(self, error: BaseException) -> None:
        self.note.setText("")
        self.error.show_error(user_message(error))

    def _on_read(self, state: AutoBackupState) -> None:
        current = state.settings
        for widget in self._held:
            widget.setEnabled(True)
        self.enabled.setChecked(current.enabled)
        self.folder.setText(str(current.folder or ""))
        self.days.setValue(current.keep_days)
        if current.enabled:
            self.passphrase.setPlaceholderText(self.tr("unchanged"))
        if state.secret_store:
            note = self.tr(
                "Choose a USB stick or a shared folder, not this computer's disk. The passphrase "
                "is kept in this computer's secret store; write it down and keep it in the office "
                "safe: restoring a backup on another computer needs it."
            )
        else:
            note = self.tr(
                "This computer has no secret store to keep the passphrase in, so backups are "
                "made by hand: File → Back up this workstation…"
            )
            self.enabled.setEnabled(False)
        self.note.setText(note)
        fit_height(self, 640)
        self.enabled.setFocus()

    def _on_choose_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.windowTitle(), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def accept(self) -> None:
        from app.services.workstation import auto_backup

        typed = self.passphrase.text() or None
        if typed is not None or self.repeat.text():
            problem = _check_new_passphrase(self, self.passphrase.text(), self.repeat.text())
            if problem:
                self.error.show_error(problem)
                return
        folder = Path(self.folder.text().strip()) if self.enabled.isChecked() else None
        days = self.days.value()
        save_in_task(
            self,
            lambda: auto_backup.configure(folder, days, typed),
            self._on_saved,
            lambda error: self.error.show_error(error_text(error)),
            (self.buttons,),
        )

    def _on_saved(self, _result) -> None:
        super().accept()


def _read_backup_state() -> tuple:
    """When the last backup was, and whether that is overdue (off the UI thread)."""
    from app.services.workstation import auto_backup, backup

    return backup.last_backup_at(), auto_backup.overdue()


def _back_up_if_due(station) -> bool:
    """The first start of a day makes an automatic backup (off the UI thread); whether it did."""
    from app.services.workstation import auto_backup

    if not auto_backup.due_today():
        return False
    auto_backup.run(station)
    return True


def _read_auto_backup() -> AutoBackupState:
    """Runs off the UI thread."""
    from app.services.workstation import auto_backup

    return AutoBackupState(auto_backup.settings(), secrets.available())


class BackupMenu(QObject):
    """The backup actions of the File menu, the status-bar line and the automatic runs."""

    def __init__(self, window, file_menu):
        super().__init__(window)
        self.window = window
        self.station = window.station
        self.status = QLabel()
        self.reads = LatestRead(self)  # when the last backup was, for the status line
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

    def _show_backup_state(self, state: tuple[str | None, bool]) -> None:
        last, overdue = state
        if last is None:
            text = self.tr("Never backed up")
        else:
            text = fmt(
                self.tr("Last backup: %1"),
                datetime.fromisoformat(last).strftime("%d/%m/%Y %H:%M"),
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

    def on_exit(self) -> None:
        """On exit: an automatic backup, when they are on (a failure is only logged)."""
        from app.services.workstation import auto_backup

        if not auto_backup.settings().enabled:
            return
        # On the UI thread on purpose: the window is closing and the database with it, so the
        # backup must be written before the app goes on; the wait cursor says so.
        try:
            with busy():
                auto_backup.run(self.station)
        except UserError:
            pass  # the status line says when the last backup was, at the next start

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
