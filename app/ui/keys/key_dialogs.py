"""Keys over time: back up and restore, rotate (agency), revoke (DoFA), the escrow key (DoFA)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.services.core.audit import VIETNAM
from app.services.keys import key_lifecycle, keys
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, error_text, fit_height, password_field
from app.ui.kit import tasks
from app.ui.kit.errors import sentence, user_message
from app.ui.kit.folders import documents_folder
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.passphrase import ask_passphrase
from app.ui.kit.saving import save_in_task
from app.ui.kit.summary import fingerprint_label, set_summary, summary_label
from app.ui.kit.texts import agency_name

BACKUP_SUFFIX = ".ptkeys"


def _reason(error: BaseException, file_name: str = "") -> str:
    """A refusal as a sentence; one that starts with a file's name keeps the name as it is."""
    text = user_message(error).strip()
    return sentence(text, keep_case=bool(file_name) and text.startswith(file_name))


def warning_label(text: str) -> QLabel:
    """An honest warning, framed so that it is read."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(
        "background: #fff4ce; border: 1px solid #e0c060; padding: 8px; color: #3a3000;"
    )
    return label


# --- backup and restore (any workstation) --------------------------------------------------


class KeyBackupDialog(QDialog):
    """Back up every key of this workstation to one passphrase-protected file, or restore."""

    restored = Signal(dict)  # what the backup held (agency, signing_fingerprint, …)

    def __init__(self, station: Workstation, restore: bool = False, parent=None):
        super().__init__(parent)
        self.station = station
        self.restoring = restore
        self.done_path: Path | None = None
        self.content: dict | None = None
        self._busy = False
        self.file = QLineEdit()
        self.choose_button = QPushButton(self.tr("&Choose…"))
        self.choose_button.setAutoDefault(False)
        self.passphrase = password_field()
        self.repeat = password_field()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.action_button = QPushButton()
        self.action_button.setDefault(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.error = ErrorLabel()
        self.result = summary_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        file_label = QLabel(self.tr("Backup &file:"))
        file_label.setBuddy(self.file)
        form.addRow(file_label, file_row)
        passphrase_label = QLabel(self.tr("&Passphrase:"))
        passphrase_label.setBuddy(self.passphrase)
        form.addRow(passphrase_label, self.passphrase)
        honest = warning_label(
            self.tr(
                "Nobody — not us, not DoFA — can open this file without the passphrase. If it "
                "is lost, the keys in the file are lost."
            )
        )
        layout = QVBoxLayout(self)
        if restore:
            self.setWindowTitle(self.tr("Restore keys from a backup"))
            self.file.setPlaceholderText(self.tr("the key backup file"))
            self.action_button.setText(self.tr("&Restore keys"))
            intro = self.tr(
                "Restore the keys of this workstation's agency from a backup made with “Back "
                "up keys…”, for example on a new computer that replaces a lost one. The keys in "
                "the file replace this workstation's keys; reports and accounts are kept."
            )
            self.repeat.hide()
        else:
            self.setWindowTitle(self.tr("Back up this workstation's keys"))
            self.file.setPlaceholderText(self.tr("where to save the backup"))
            self.action_button.setText(self.tr("&Back up keys"))
            intro = self.tr(
                "Saves every private key of this workstation (signing and decryption keys; on "
                "DoFA's workstation also the escrow key), with the public keys it trusts, in one "
                "file protected by a passphrase of at least %1 characters. Keep the file and the "
                "passphrase in different safe places."
            )
            intro = fmt(intro, keys.MIN_PASSPHRASE_LENGTH)
            repeat_label = QLabel(self.tr("R&epeat:"))
            repeat_label.setBuddy(self.repeat)
            form.addRow(repeat_label, self.repeat)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        action_row = QHBoxLayout()
        action_row.addWidget(self.hint, 1)
        action_row.addWidget(self.action_button)
        layout.addWidget(intro_label)
        layout.addWidget(honest)
        layout.addLayout(form)
        layout.addLayout(action_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        for edit in (self.file, self.passphrase, self.repeat):
            edit.textChanged.connect(self._update_state)
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.action_button.clicked.connect(self._on_action_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self._update_state()
        fit_height(self, 600)
        self.file.setFocus()

    def _update_state(self, *_args) -> None:
        text = self.passphrase.text()
        if self.restoring:
            ready = bool(text)
            hint = "" if ready else self.tr("Type the passphrase the backup was made with.")
        elif len(text) < keys.MIN_PASSPHRASE_LENGTH:
            ready, hint = False, fmt(self.tr("At least %1 characters."), keys.MIN_PASSPHRASE_LENGTH)
        elif text != self.repeat.text():
            ready, hint = False, self.tr("The two passphrases differ.")
        else:
            ready, hint = True, self.tr("The passphrase is ready.")
        self.hint.setText(hint)
        has_file = bool(self.file.text().strip())
        self.action_button.setEnabled(ready and has_file and not self._busy)

    def _on_choose_button_clicked(self) -> None:
        filter_text = self.tr("Key backups (*.ptkeys);;All files (*)")
        if self.restoring:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("The key backup to restore"), str(documents_folder()), filter_text
            )
        else:
            day = datetime.now(VIETNAM)
            suggested = f"{self.station.agency_code}-keys-{day:%Y%m%d}{BACKUP_SUFFIX}"
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the key backup as"),
                str(documents_folder() / suggested),
                filter_text,
            )
        if chosen:
            self.file.setText(chosen)
            self.passphrase.setFocus()

    def _on_action_button_clicked(self) -> None:
        self.run()

    def run(self) -> None:
        if self._busy or not self.action_button.isEnabled():
            return
        path = Path(self.file.text().strip())
        if not self.restoring and not path.suffix:
            path = path.with_name(path.name + BACKUP_SUFFIX)
        ask_passphrase(self, lambda key_passphrase: self._run_with(path, key_passphrase))

    def _run_with(self, path: Path, key_passphrase: str | None) -> None:
        if self._busy:
            return
        station, passphrase = self.station, self.passphrase.text()
        if self.restoring:

            def work(_progress):
                content = key_lifecycle.restore(station, path, passphrase, key_passphrase)
                return content, agency_name(content["agency"])  # the register read here too
        else:

            def work(_progress):
                return key_lifecycle.backup(station, path, passphrase, key_passphrase), ""

        self.error.clear_error()
        self.result.hide()
        self._set_busy(True)
        tasks.run_task(work, lambda result, error: self._on_done(path, result, error), None, self)

    def _on_done(self, path: Path, result: tuple[dict, str] | None, error) -> None:
        """result: what the file held, and the name of its agency when restoring."""
        self._set_busy(False)
        if error is not None:
            self.error.show_error(_reason(error, path.name))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        content, restored_agency = result
        self.done_path, self.content = path, content
        if self.restoring:
            text = fmt(
                self.tr(
                    "Restored the keys of %1 from %2. Signing key: %3. This workstation now "
                    "signs and decrypts with them."
                ),
                restored_agency,
                path.name,
                content["signing_fingerprint"],
            )
            self.restored.emit(content)
        else:
            text = fmt(
                self.tr(
                    "The keys are saved in %1. Keep the file and its passphrase in different "
                    "safe places."
                ),
                str(path),
            )
        set_summary(self.result, text)
        self.passphrase.clear()
        self.repeat.clear()
        fit_height(self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)
        for widget in (self.file, self.choose_button, self.passphrase, self.repeat):
            widget.setEnabled(not busy)
        self._update_state()

    def reject(self) -> None:
        if not self._busy:
            super().reject()


# --- rotation (agency) ---------------------------------------------------------------------


class RotateKeyDialog(QDialog):
    """Make a new signing key; the old one vouches for it in the next bundle to DoFA."""

    rotated = Signal(str)  # the new key's fingerprint

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.new_fingerprint: str | None = None
        self.setWindowTitle(self.tr("Rotate the signing key"))
        intro = QLabel(
            self.tr(
                "A new signing key replaces the current one. Your next bundle to DoFA carries a "
                "statement, signed with the current key, that vouches for the new one, so DoFA "
                "trusts the new key without a new enrolment. Reports signed with the current key "
                "stay valid at DoFA. Rotate the key when it may have been exposed, or when your "
                "office's rules say so."
            )
        )
        intro.setWordWrap(True)
        self.fingerprint = fingerprint_label("…")  # until read, in a task
        self.fingerprint_title = QLabel("<b>" + self.tr("Current signing key") + "</b>")
        self.rotate_button = QPushButton(self.tr("&Rotate the key"))
        self.rotate_button.setDefault(True)
        self.rotate_button.setEnabled(False)
        self.error = ErrorLabel()
        self.result = summary_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        rotate_row = QHBoxLayout()
        rotate_row.addStretch(1)
        rotate_row.addWidget(self.rotate_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fingerprint_title)
        layout.addWidget(self.fingerprint)
        layout.addLayout(rotate_row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.rotate_button.clicked.connect(self._on_rotate_button_clicked)
        buttons.rejected.connect(self.reject)
        fit_height(self, 600)
        code = station.agency_code
        self.reads = LatestRead(self)
        self.reads.run(
            lambda _progress: keys.current_fingerprint(code),
            self._on_fingerprint_read,
            lambda error: self.error.show_error(error_text(error)),
        )

    def _on_fingerprint_read(self, fingerprint: str) -> None:
        self.fingerprint.setText(fingerprint)
        self.rotate_button.setEnabled(True)
        self.rotate_button.setFocus()

    def _on_rotate_button_clicked(self) -> None:
        self.rotate()

    def rotate(self) -> None:
        """A new key, made in a task (the key, the keyring and the database), the button held."""
        ask_passphrase(self, self._rotate_with)

    def _rotate_with(self, passphrase: str | None) -> None:
        self.error.clear_error()
        station = self.station
        save_in_task(
            self,
            lambda: key_lifecycle.rotate(station, passphrase).fingerprint,
            self._on_rotated,
            lambda error: self.error.show_error(error_text(error)),
            (self.rotate_button,),
        )

    def _on_rotated(self, fingerprint: str) -> None:
        self.new_fingerprint = fingerprint
        self.fingerprint_title.setText("<b>" + escape(self.tr("New signing key")) + "</b>")
        self.fingerprint.setText(self.new_fingerprint)
        self.rotate_button.setEnabled(False)
        set_summary(
            self.result,
            self.tr(
                "The new key signs from now on. Send a bundle to DoFA soon: it carries the old "
                "key's statement for the new one."
            ),
        )
        fit_height(self)
        self.rotated.emit(self.new_fingerprint)


# --- revocation (DoFA) -----------------------------------------------------------------------
