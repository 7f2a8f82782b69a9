"""The set-up assistant's other two ways to make a workstation: from DoFA's setup kit, or by
restoring a whole-workstation backup (a new computer, a dead disk)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.services.keys import keys
from app.services.workstation import backup
from app.ui.accounts.login_dialog import (
    ErrorLabel,
    error_text,
    fit_height,
    hint_label,
    ok_cancel,
    password_field,
)
from app.ui.kit.folders import documents_folder
from app.ui.kit.saving import is_saving, save_in_task

KIT, RESTORE = "kit", "restore"


class SourceDialog(QDialog):
    """A file (kit or backup) and the passphrase it needs; `workstation` once made."""

    def __init__(self, folder: Path, mode: str, secure_store: bool, parent=None):
        """secure_store: whether the OS has a secret store (the assistant asked it)."""
        super().__init__(parent)
        self.folder, self.mode = folder, mode
        self.workstation = None
        # A kit on a computer without a secret store: the new keys need a passphrase (twice).
        self.needs_new_passphrase = mode == KIT and not secure_store
        if mode == KIT:
            self.setWindowTitle(self.tr("Set up from DoFA's setup kit"))
            note = self.tr(
                "DoFA sends each agency a setup kit (.ptkit): the plan, the agency register and "
                "DoFA's public keys. Type the key fingerprint DoFA reads out to you by phone. "
                "After set-up, export the enrolment file and read this workstation's fingerprint "
                "to DoFA (Exchange → Trust and enrolment…)."
            )
            file_filter = self.tr("Setup kits (*.ptkit)")
        else:
            self.setWindowTitle(self.tr("Restore from a backup"))
            note = self.tr(
                "The backup (.ptbackup) brings back every report, evidence file, setting and "
                "key of the workstation it was made on; this folder must still be empty."
            )
            file_filter = self.tr("Workstation backups (*.ptbackup)")
        self.file_filter = file_filter
        self.file = QLineEdit()
        self.choose = QPushButton(self.tr("&Choose…"))
        self.choose.clicked.connect(self._on_choose_clicked)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.choose)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.file)
        self.passphrase = password_field()
        self.repeat = password_field()
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("ABCD-EFGH-IJKL-MNOP-QRST")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(file_label, row)
        if mode == KIT:  # read out by DoFA by phone: a kit from anyone else is refused
            form.addRow(self.tr("DoFA's key &fingerprint:"), self.fingerprint)
        if mode == RESTORE or self.needs_new_passphrase:
            caption = (
                self.tr("Backup &passphrase:")
                if mode == RESTORE
                else self.tr("New key &passphrase:")
            )
            form.addRow(caption, self.passphrase)
        if self.needs_new_passphrase:
            form.addRow(self.tr("&Repeat it:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(note))
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self, self.windowTitle())
        layout.addWidget(self.buttons)
        fit_height(self, 620)

    def _on_choose_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.windowTitle(), str(documents_folder()), self.file_filter
        )
        if chosen:
            self.file.setText(chosen)

    def accept(self) -> None:
        path = Path(self.file.text().strip())
        if not self.file.text().strip():
            self.error.show_error(self.tr("Choose the file."))
            return
        passphrase = self.passphrase.text() or None
        if self.needs_new_passphrase and (
            len(passphrase or "") < keys.MIN_PASSPHRASE_LENGTH or passphrase != self.repeat.text()
        ):
            self.error.show_error(
                self.tr("Type the same passphrase twice, at least 10 characters.")
            )
            return
        folder, mode = self.folder, self.mode
        fingerprint = self.fingerprint.text().strip() or None
        # Decrypting and copying a backup, or checking a kit and making the keys, runs in a
        # task: the dialog is held meanwhile and repaints.
        save_in_task(
            self,
            lambda: _make_workstation(folder, mode, path, passphrase, fingerprint),
            self._on_made,
            lambda error: self.error.show_error(error_text(error)),
            (self.buttons, self.file, self.choose, self.passphrase, self.repeat, self.fingerprint),
        )

    def _on_made(self, workstation) -> None:
        self.workstation = workstation
        super().accept()

    def reject(self) -> None:
        if not is_saving(self):  # a workstation being made is kept, not left open behind
            super().reject()


def _make_workstation(
    folder: Path, mode: str, path: Path, passphrase: str | None, fingerprint: str | None
):
    """Runs off the UI thread: the workstation restored from a backup or set up from a kit,
    its database session open (the app then uses it on the UI thread, with a connection of
    its own there)."""
    if mode == RESTORE:
        return backup.restore_backup(folder, path, passphrase or "")
    from app.services.exchange import trust  # loaded for set-up only

    return trust.setup_from_kit(folder, path, fingerprint, passphrase)
