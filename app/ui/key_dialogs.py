"""Keys over time: back up and restore, rotate (agency), revoke (DoFA), the escrow key (DoFA)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from app.services import key_lifecycle, keys, register, trust
from app.services.errors import UserError
from app.services.profile import Workstation
from app.ui import tasks
from app.ui.errors import user_message
from app.ui.exchange_common import (
    agency_name,
    ask_passphrase,
    documents_folder,
    fingerprint_label,
    set_summary,
    summary_label,
)
from app.ui.labels import fmt
from app.ui.login_dialog import ErrorLabel, error_text, fit_height, hint_label, password_field

BACKUP_SUFFIX = ".ptkeys"


def _reason(error: BaseException, file_name: str = "") -> str:
    """A refusal as a sentence; one that starts with a file's name keeps the name as it is."""
    if not isinstance(error, UserError):
        return str(error)
    text = user_message(error).strip()
    if file_name and text.startswith(file_name):
        return text if text.endswith((".", "!", "?", "…")) else text + "."
    return error_text(error)


def _warning_label(text: str) -> QLabel:
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
        honest = _warning_label(
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
            suggested = f"{self.station.agency_code}-keys-{datetime.now():%Y%m%d}{BACKUP_SUFFIX}"
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
        ok, key_passphrase = ask_passphrase(self)
        if not ok:
            return
        station, passphrase = self.station, self.passphrase.text()
        if self.restoring:

            def work(_progress):
                return key_lifecycle.restore(station, path, passphrase, key_passphrase)
        else:

            def work(_progress):
                return key_lifecycle.backup(station, path, passphrase, key_passphrase)

        self.error.clear_error()
        self.result.hide()
        self._set_busy(True)
        tasks.run_task(work, lambda result, error: self._on_done(path, result, error), None, self)

    def _on_done(self, path: Path, content, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.error.show_error(_reason(error, path.name))
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            return
        self.done_path, self.content = path, content
        if self.restoring:
            text = fmt(
                self.tr(
                    "Restored the keys of %1 from %2. Signing key: %3. This workstation now "
                    "signs and decrypts with them."
                ),
                agency_name(content["agency"]),
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

    rotated = Signal(object)  # the new AgencyKey

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.record = None
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
        self.fingerprint = fingerprint_label(keys.current_key(station.agency).fingerprint)
        self.fingerprint_title = QLabel("<b>" + self.tr("Current signing key") + "</b>")
        self.rotate_button = QPushButton(self.tr("&Rotate the key"))
        self.rotate_button.setDefault(True)
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

    def _on_rotate_button_clicked(self) -> None:
        self.rotate()

    def rotate(self) -> bool:
        ok, passphrase = ask_passphrase(self)
        if not ok:
            return False
        self.error.clear_error()
        try:
            self.record = key_lifecycle.rotate(self.station, passphrase)
        except UserError as exc:
            self.error.show_error(error_text(exc))
            return False
        self.fingerprint_title.setText("<b>" + escape(self.tr("New signing key")) + "</b>")
        self.fingerprint.setText(self.record.fingerprint)
        self.rotate_button.setEnabled(False)
        set_summary(
            self.result,
            self.tr(
                "The new key signs from now on. Send a bundle to DoFA soon: it carries the old "
                "key's statement for the new one."
            ),
        )
        fit_height(self)
        self.rotated.emit(self.record)
        return True


# --- revocation (DoFA) -----------------------------------------------------------------------


class RevokeKeyDialog(QDialog):
    """Stop trusting an agency's key: later bundles signed with it are rejected."""

    revoked = Signal(list)  # the revoked AgencyKeys

    def __init__(self, station: Workstation, actor: str | None = None, parent=None):
        super().__init__(parent)
        self.station = station
        self.actor = actor
        self.setWindowTitle(self.tr("Revoke an agency's key"))
        intro = QLabel(
            self.tr(
                "Revoke a key when an agency's computer or key may be in the wrong hands. "
                "Bundles signed with it from now on are rejected; reports received earlier stay "
                "as they are. To trust the agency again, give it a new setup kit and enrol its "
                "new key."
            )
        )
        intro.setWordWrap(True)
        self.agency_combo = QComboBox()
        self.agency_combo.setMaxVisibleItems(20)
        self.fingerprint = fingerprint_label()
        self.confirm = QCheckBox()
        self.revoke_button = QPushButton(self.tr("Re&voke the key"))
        self.error = ErrorLabel()
        self.result = summary_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.tr("&Agency:"), self.agency_combo)
        revoke_row = QHBoxLayout()
        revoke_row.addStretch(1)
        revoke_row.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + self.tr("Key DoFA trusts now") + "</b>"))
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.confirm)
        layout.addLayout(revoke_row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.agency_combo.currentIndexChanged.connect(self._on_agency_combo_changed)
        self.confirm.toggled.connect(self._update_button)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        buttons.rejected.connect(self.reject)
        self._fill_agencies()
        fit_height(self, 620)

    def _fill_agencies(self) -> None:
        self.agency_combo.blockSignals(True)
        self.agency_combo.clear()
        for agency in register.agencies():
            if agency.code != self.station.agency_code and trust.enrolled_key(agency):
                self.agency_combo.addItem(f"{agency.code} — {agency.name_vi}", agency.code)
        self.agency_combo.blockSignals(False)
        self._on_agency_combo_changed()

    def chosen_key(self):
        code = self.agency_combo.currentData()
        return trust.enrolled_key(register.get(code)) if code else None

    def _on_agency_combo_changed(self, *_args) -> None:
        key = self.chosen_key()
        self.confirm.setChecked(False)
        self.fingerprint.setText(key.fingerprint if key else "—")
        self.confirm.setVisible(key is not None)
        if key is not None:
            self.confirm.setText(
                fmt(
                    self.tr("I have checked with %1: key %2 must no longer be trusted"),
                    key.agency.name_vi,
                    key.fingerprint,
                )
            )
        self._update_button()

    def _update_button(self, *_args) -> None:
        self.revoke_button.setEnabled(self.chosen_key() is not None and self.confirm.isChecked())

    def _on_revoke_button_clicked(self) -> None:
        self.revoke()

    def revoke(self) -> bool:
        key = self.chosen_key()
        if key is None or not self.confirm.isChecked():
            return False
        self.error.clear_error()
        try:
            revoked = key_lifecycle.revoke(key.agency.code, self.actor)
        except UserError as exc:
            self.error.show_error(error_text(exc))
            return False
        set_summary(
            self.result,
            fmt(
                self.tr(
                    "Key %1 of %2 is revoked. Bundles signed with it from now on are rejected; "
                    "reports received earlier stay as they are."
                ),
                ", ".join(r.fingerprint for r in revoked),
                key.agency.name_vi,
            ),
        )
        self._fill_agencies()
        fit_height(self)
        self.revoked.emit(revoked)
        return True


# --- the escrow key (DoFA set-up) ------------------------------------------------------------


class EscrowDialog(QDialog):
    """DoFA's escrow identity, shown once at set-up, to print or write down for the safe."""

    def __init__(self, identity_text: str, parent=None):
        super().__init__(parent)
        self.identity_text = identity_text.strip()
        self.printed = False
        self.setWindowTitle(self.tr("DoFA's escrow key — shown once"))
        title = QLabel("<b>" + escape(self.tr("Keep this escrow key in the office safe")) + "</b>")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        explanation = QLabel(self.explanation())
        explanation.setWordWrap(True)
        self.identity = QLabel(self.identity_text)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(max(mono.pointSizeF(), 10) * 1.25)
        mono.setWeight(QFont.Weight.Bold)
        self.identity.setFont(mono)  # one line: a key must not break where a dash is
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.identity.setFrameShape(QFrame.Shape.StyledPanel)
        self.identity.setMargin(10)
        self.identity.setAlignment(Qt.AlignmentFlag.AlignCenter)
        warning = _warning_label(self.warning())
        self.print_button = QPushButton(self.tr("&Print…"))
        self.stored_button = QPushButton(self.tr("I have &stored it safely"))
        self.stored_button.setDefault(True)
        self.status = hint_label("")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.stored_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(self.identity)
        layout.addWidget(warning)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.stored_button.clicked.connect(self.accept)
        fit_height(self, max(720, self.identity.sizeHint().width() + 40))

    def explanation(self) -> str:
        return self.tr(
            "Every bundle the agencies send to DoFA is also encrypted to this escrow key. If "
            "this workstation and its key backups are ever lost, this key alone opens every "
            "bundle with the stock age tool (age -d -i), so the province's reports are not lost."
        )

    def warning(self) -> str:
        return self.tr(
            "Anyone who holds this key can read every report sent to DoFA. It is shown only "
            "this once and is not in any log: print it or write it down now, check it "
            "letter by letter, and keep it under lock."
        )

    def document(self) -> QTextDocument:
        """The page that is printed: what the key is, the key, and the date."""
        mono = "font-family: 'DejaVu Sans Mono', 'Courier New', monospace;"
        html = (
            f"<h2>{escape(self.tr('Plan Tracker — DoFA escrow key'))}</h2>"
            f"<p>{escape(self.explanation())}</p>"
            f'<pre style="{mono} font-size: 10pt; font-weight: bold;">'
            f"{escape(self.identity_text)}</pre>"
            f"<p>{escape(self.warning())}</p>"
            f"<p>{escape(fmt(self.tr('Printed on %1.'), datetime.now().strftime('%d/%m/%Y')))}"
            "</p>"
        )
        document = QTextDocument()
        document.setHtml(html)
        return document

    def _on_print_button_clicked(self) -> None:
        self.print_identity()

    def print_identity(self) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.tr("DoFA escrow key"))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.document().print_(printer)
        self.printed = True
        self.status.setText(self.tr("Sent to the printer."))
        return True
