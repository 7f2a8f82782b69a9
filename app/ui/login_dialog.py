"""Who is working: the first account (an approver) and the login at start.

Also the small pieces the account and sign-off dialogs share: the red error label, a busy
cursor for the deliberately slow password checks, and service refusals in plain, translated
words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services import audit, users
from app.services.errors import UserError
from app.ui.labels import fmt, report_status_label, user_role_label

# Positions as printed under a signature: Vietnamese data, not interface text.
APPROVER_POSITIONS = ("Giám đốc", "Phó Giám đốc", "Chủ tịch", "Phó Chủ tịch", "Chánh Văn phòng")
OTHER_POSITIONS = ("Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên")

# Refusals of the services (English, for the CLI and logs) → translated interface text.
_ERRORS = (
    (r"wrong password for (.+)", QT_TRANSLATE_NOOP("UserErrors", "Wrong password for %1.")),
    (
        r"that is not the password of an active approver",
        QT_TRANSLATE_NOOP("UserErrors", "That is not the password of an active approver."),
    ),
    (
        r"the password must have at least (\d+) characters",
        QT_TRANSLATE_NOOP("UserErrors", "The password must have at least %1 characters."),
    ),
    (
        r"the first account must be an approver.*",
        QT_TRANSLATE_NOOP(
            "UserErrors", "The first account must be an approver (head of agency or a deputy)."
        ),
    ),
    (
        r"adding an account needs an approver's password",
        QT_TRANSLATE_NOOP("UserErrors", "Adding an account needs an approver's password."),
    ),
    (r"the login (.+) is taken", QT_TRANSLATE_NOOP("UserErrors", "The login %1 is taken.")),
    (
        r"full name and position are required",
        QT_TRANSLATE_NOOP("UserErrors", "Full name and position are required."),
    ),
    (r"no active account (.+)", QT_TRANSLATE_NOOP("UserErrors", "There is no active account %1.")),
    (r"(.+) is not an approver", QT_TRANSLATE_NOOP("UserErrors", "%1 is not an approver.")),
    (
        r"the last active approver cannot be deactivated",
        QT_TRANSLATE_NOOP("UserErrors", "The last active approver cannot be deactivated."),
    ),
    (
        r"the signing key file needs its passphrase",
        QT_TRANSLATE_NOOP("UserErrors", "Type the passphrase of the signing key file."),
    ),
    (
        r"wrong passphrase for the signing key file",
        QT_TRANSLATE_NOOP("UserErrors", "Wrong passphrase for the signing key file."),
    ),
    (
        r"these duties have no status yet: (.+)",
        QT_TRANSLATE_NOOP("UserErrors", "These duties have no status yet: %1."),
    ),
    (
        r"the signing key is missing from the OS secret store.*",
        QT_TRANSLATE_NOOP(
            "UserErrors",
            "The signing key is missing from the computer's secret store; restore it from a "
            "key backup before signing.",
        ),
    ),
    (
        r"this profile has no signing key",
        QT_TRANSLATE_NOOP("UserErrors", "This workstation has no signing key."),
    ),
    (
        r"the due date cannot be before the cut-off \((.+)\)",
        QT_TRANSLATE_NOOP("UserErrors", "The due date cannot be before the cut-off (%1)."),
    ),
    (
        r"the number of working days must be between 0 and 60",
        QT_TRANSLATE_NOOP("UserErrors", "The number of working days must be between 0 and 60."),
    ),
)
_NOT_EDITABLE = re.compile(r"the report for \S+ \(revision (\d+)\) is (\w+) and can no longer.*")


def error_text(exc: UserError) -> str:
    """A service's refusal in the interface language; unknown ones as they are, capitalised."""
    message = str(exc).strip()
    match = _NOT_EDITABLE.fullmatch(message)
    if match:
        template = QCoreApplication.translate(
            "UserErrors", "Revision %1 is %2 and can no longer be changed."
        )
        return fmt(template, match.group(1), report_status_label(match.group(2)).lower())
    for pattern, template in _ERRORS:
        match = re.fullmatch(pattern, message)
        if match:
            values = [value.strip("'\"") for value in match.groups()]
            return fmt(QCoreApplication.translate("UserErrors", template), *values)
    return message[:1].upper() + message[1:]


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a password is checked (scrypt takes a noticeable moment)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ErrorLabel(QLabel):
    """Plain words in red under a form; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.show()

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def position_combo(positions: tuple[str, ...]) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(positions)
    return combo


def account_text(account) -> str:
    return f"{account.full_name} — {account.position} — {user_role_label(account.role)}"


def ok_cancel(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK (default: Enter) and Cancel (Esc), wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def check_new_password(password: str, repeat: str) -> str | None:
    """Why a new password cannot be used, or None."""
    if len(password) < users.MIN_PASSWORD_LENGTH:
        template = QCoreApplication.translate(
            "UserErrors", "The password must have at least %1 characters."
        )
        return fmt(template, users.MIN_PASSWORD_LENGTH)
    if password != repeat:
        return QCoreApplication.translate(
            "UserErrors", "The two passwords differ; type the same password twice."
        )
    return None


class FirstAccountDialog(QDialog):
    """The first account of a workstation: the head of agency or a deputy, who signs reports."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.account = None
        self.setWindowTitle(self.tr("Plan Tracker — first account"))
        intro = QLabel(
            self.tr(
                "This workstation has no accounts yet. The first account must be the head of "
                "the agency or a deputy: an approver, who signs the agency's reports off and "
                "later lets colleagues have accounts."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.position = position_combo(APPROVER_POSITIONS)
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("made from the full name"))
        self.password = password_field()
        self.repeat = password_field()
        hint = QLabel(fmt(self.tr("At least %1 characters."), users.MIN_PASSWORD_LENGTH))
        hint.setEnabled(False)
        self.error = ErrorLabel()
        self.buttons = ok_cancel(self, self.tr("Create account"))

        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", hint)
        form.addRow(self.tr("Repeat the password"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 0)
        self.name.setFocus()

    def accept(self) -> None:
        problem = None
        if not self.name.text().strip() or not self.position.currentText().strip():
            problem = self.tr("Type the full name and the position.")
        problem = problem or check_new_password(self.password.text(), self.repeat.text())
        if problem:
            self.error.show_error(problem)
            return
        try:
            with busy():
                self.account = users.add(
                    self.name.text(),
                    self.position.currentText(),
                    "approver",
                    self.password.text(),
                    self.login.text().strip() or None,
                )
        except UserError as exc:
            self.error.show_error(error_text(exc))
            return
        super().accept()


class LoginDialog(QDialog):
    """Choose an active account and type its password; `account` holds who is working."""

    def __init__(self, last_login: str | None = None, parent=None):
        super().__init__(parent)
        self.account = None
        self.setWindowTitle(self.tr("Who is working?"))
        self.who = QComboBox()
        for account in users.accounts():
            if account.active:
                self.who.addItem(account_text(account), account.login)
        self.password = password_field()
        self.error = ErrorLabel()
        self.buttons = ok_cancel(self, self.tr("Sign in"))

        form = QFormLayout()
        form.addRow(self.tr("Account"), self.who)
        form.addRow(self.tr("Password"), self.password)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, 0)

        chosen = self.who.findData(last_login) if last_login else -1
        if chosen >= 0:
            self.who.setCurrentIndex(chosen)
            self.password.setFocus()
        else:
            self.who.setFocus()
        if self.who.count() == 0:
            self.error.show_error(self.tr("There is no active account on this workstation."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.who.currentIndexChanged.connect(self._on_who_current_index_changed)

    def _on_who_current_index_changed(self, _index: int) -> None:
        self.error.clear_error()

    def accept(self) -> None:
        login = self.who.currentData()
        if login is None:
            return
        try:
            with busy():
                account = users.authenticate(login, self.password.text())
        except UserError as exc:
            self.error.show_error(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        audit.record("user.login", account.login)
        self.account = account
        super().accept()
