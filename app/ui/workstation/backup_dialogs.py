"""The backup dialogs of the File menu: back up now (one file locked with a passphrase), and
turn automatic backups on or off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.services.core import audit
from app.services.keys import secrets
from app.ui.accounts.login_dialog import (
    ErrorLabel,
    buddy_label,
    error_text,
    fit_height,
    hint_label,
    ok_cancel,
    password_field,
)
from app.ui.kit.errors import user_message
from app.ui.kit.folders import documents_folder
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.saving import save_in_task

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
        self.file = QLineEdit(str(documents_folder() / name))
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


def _read_auto_backup() -> AutoBackupState:
    """Runs off the UI thread."""
    from app.services.workstation import auto_backup

    return AutoBackupState(auto_backup.settings(), secrets.available())
