"""The set-up assistant's choice for the consolidating office: its data on this computer, or on
the office's PostgreSQL server shared by several officers (create it, or join it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.services.keys import keys
from app.services.workstation import office_server, office_setup
from app.ui.accounts.login_dialog import password_field
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt
from app.ui.kit.saving import is_saving, save_in_task

URL_EXAMPLE = "postgresql://officer@server.office.lan/plantracker"


class ServerFields(QWidget):
    """Address, server password (optional) and DoFA's passphrase (twice when new)."""

    def __init__(self, new_office: bool, parent=None):
        super().__init__(parent)
        self.new_office = new_office
        self.url = QLineEdit()
        self.url.setPlaceholderText(URL_EXAMPLE)
        self.password = password_field()
        self.password.setPlaceholderText(self.tr("empty when PGPASSWORD or ~/.pgpass gives it"))
        self.passphrase = password_field()
        self.repeat = password_field()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow(self.tr("Server pass&word:"), self.password)
        form.addRow(self.tr("DoFA's key &passphrase:"), self.passphrase)
        if new_office:
            form.addRow(self.tr("&Repeat:"), self.repeat)
        note = QLabel(
            self.tr(
                "The password is kept in this computer's secret store, never in the profile. "
                "The connection uses TLS whenever the server offers it (add ?sslmode=require "
                "to the address to insist on it). DoFA's keys are kept in the database, locked "
                "with the passphrase: every officer of the office types the same one."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)

    def ready(self) -> bool:
        text = self.passphrase.text()
        if not self.url.text().strip() or len(text) < keys.MIN_PASSPHRASE_LENGTH:
            return False
        return not self.new_office or text == self.repeat.text()

    def typed(self) -> tuple[str, str]:
        """The address and the server password as typed (checked and kept by `keep_password`,
        in the set-up's task)."""
        return self.url.text(), self.password.text()


def keep_password(typed: tuple[str, str]) -> str:
    """Runs off the UI thread: the checked address; the password, if typed, goes to the secret
    store first."""
    text, password = typed
    url = office_server.checked_url(text)
    if password:
        office_server.store_password(url, password)
    return url


class ServerPage(QWizardPage):
    """Shown for the consolidating workstation only."""

    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Where does the office keep its data?"))
        self.local = QRadioButton(self.tr("On this &computer"))
        self.server = QRadioButton(
            self.tr("On the office's &database server (PostgreSQL), shared by several officers")
        )
        self.local.setChecked(True)
        self.fields = ServerFields(new_office=True)
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.server)
        layout.addWidget(self.fields)
        layout.addWidget(self.hint)
        layout.addStretch(1)
        for button in (self.local, self.server):
            button.toggled.connect(self._on_choice_toggled)
        for edit in (self.fields.url, self.fields.passphrase, self.fields.repeat):
            edit.textChanged.connect(self._on_choice_toggled)
        self._on_choice_toggled()

    def on_server(self) -> bool:
        return self.server.isChecked()

    def _on_choice_toggled(self, *_args) -> None:
        self.fields.setEnabled(self.on_server())
        if not self.on_server() or self.fields.ready():
            self.hint.setText("")
        else:
            self.hint.setText(
                fmt(
                    self.tr("Give the address and a passphrase of at least %1 characters, twice."),
                    keys.MIN_PASSPHRASE_LENGTH,
                )
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return not self.on_server() or self.fields.ready()


class JoinDialog(QDialog):
    """Another officer's computer joins the office's database; `workstation` once joined."""

    def __init__(self, folder: Path, parent=None):
        super().__init__(parent)
        self.folder = folder
        self.workstation = None
        self.setWindowTitle(self.tr("Join the office's database server"))
        self.fields = ServerFields(new_office=False)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Join"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(
            self.tr(
                "The first officer set the office up on its server. Give the same address and "
                "DoFA's key passphrase to work on the same data from this computer."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.resize(620, 320)

    def accept(self) -> None:
        if is_saving(self):
            return
        if not self.fields.ready():
            QMessageBox.warning(
                self,
                self.windowTitle(),
                fmt(
                    self.tr("Give the address and the passphrase (at least %1 characters)."),
                    keys.MIN_PASSPHRASE_LENGTH,
                ),
            )
            return
        folder, typed, passphrase = self.folder, self.fields.typed(), self.fields.passphrase.text()
        # The server's round trips and the passphrase's key derivation run in a task; the
        # dialog is held meanwhile and repaints.
        save_in_task(
            self,
            lambda: office_setup.join_office(folder, keep_password(typed), passphrase),
            self._on_joined,
            self._on_join_refused,
            (self.buttons, self.fields),
        )

    def _on_joined(self, workstation) -> None:
        self.workstation = workstation
        super().accept()

    def _on_join_refused(self, error: BaseException) -> None:
        QMessageBox.critical(self, self.windowTitle(), user_message(error))

    def reject(self) -> None:
        if not is_saving(self):  # a workstation being joined is kept, not left open behind
            super().reject()
