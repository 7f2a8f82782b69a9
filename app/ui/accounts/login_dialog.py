"""Who is working: the first account (an approver) and the login at start.

Also the small pieces the account, sign-off and settings dialogs share: the red error label,
service refusals as sentences (the slow password checks run in tasks: kit/saving.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.accounts import users
from app.services.core import audit
from app.services.core.vocabulary import AuditAction, UserRole
from app.ui.kit.errors import sentence, user_message
from app.ui.kit.labels import fmt, user_role_label
from app.ui.kit.saving import save_in_task

if TYPE_CHECKING:
    from app.services.workstation.profile import Workstation

# Positions as printed under a signature: Vietnamese data, not interface text.
APPROVER_POSITIONS = ("Giám đốc", "Phó Giám đốc", "Chủ tịch", "Phó Chủ tịch", "Chánh Văn phòng")
OTHER_POSITIONS = ("Trưởng phòng", "Phó Trưởng phòng", "Chuyên viên", "Văn thư")


def buddy_label(text: str, field: QWidget) -> QLabel:
    """A label whose mnemonic (Alt+letter) moves to `field`, wherever the field sits."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def error_text(exc: BaseException) -> str:
    """A service's refusal in the interface language, as a sentence."""
    return sentence(user_message(exc))


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
        fit_height(self.window())

    def clear_error(self) -> None:
        self.clear()
        self.hide()


def fit_height(window: QWidget, width: int | None = None) -> None:
    """Make a window tall enough for its wrapped labels at its width (or the given one).

    Qt sizes a top-level window by its layout's minimum size, which ignores that a label wraps
    to more lines at the actual width; without this, rows get squeezed and overlap.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = max(window.heightForWidth(width or window.width()), layout.minimumSize().height())
    if width is None:  # a later change: only grow
        window.resize(window.width(), max(needed, window.height()))
    else:
        window.resize(width, needed)


def hint_label(text: str) -> QLabel:
    """A muted explanation under a field (readable, unlike a disabled label)."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    text_colour = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    muted = QColor(
        (text_colour.red() * 3 + background.red() * 2) // 5,
        (text_colour.green() * 3 + background.green() * 2) // 5,
        (text_colour.blue() * 3 + background.blue() * 2) // 5,
    )
    palette.setColor(QPalette.ColorRole.WindowText, muted)
    label.setPalette(palette)
    return label


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
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )  # parented now: a default button set before the box is in the dialog does not stick
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
            "Passwords", "The password must have at least %1 characters."
        )
        return fmt(template, users.MIN_PASSWORD_LENGTH)
    if password != repeat:
        return QCoreApplication.translate(
            "Passwords", "The two passwords differ; type the same password twice."
        )
    return None


class FirstAccountDialog(QDialog):
    """The first account of a workstation: the head of agency or a deputy, who signs reports."""

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.account = None
        self.setWindowTitle(self.tr("Plan Tracker — first account"))
        self.intro = QLabel(
            self.tr(
                "This workstation has no accounts yet. The first account must be the head of "
                "the agency or a deputy: an approver, who signs the agency's reports off and "
                "later lets colleagues have accounts."
            )
        )
        self.intro.setWordWrap(True)
        self.name = QLineEdit()
        self.position = position_combo(APPROVER_POSITIONS)
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("made from the full name"))
        self.password = password_field()
        self.repeat = password_field()
        hint = hint_label(fmt(self.tr("At least %1 characters."), users.MIN_PASSWORD_LENGTH))
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
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        fit_height(self, 560)
        self.name.setFocus()

    def accept(self) -> None:
        problem = None
        if not self.name.text().strip() or not self.position.currentText().strip():
            problem = self.tr("Type the full name and the position.")
        problem = problem or check_new_password(self.password.text(), self.repeat.text())
        if problem:
            self.error.show_error(problem)
            return
        typed = (
            self.name.text(),
            self.position.currentText(),
            UserRole.APPROVER,
            self.password.text(),
            self.login.text().strip() or None,
        )
        # scrypt takes a noticeable moment: in a task, with the dialog held meanwhile.
        save_in_task(
            self,
            lambda: users.create(self.station, *typed),
            self._on_created,
            lambda error: self.error.show_error(error_text(error)),
            (self.buttons,),
        )

    def _on_created(self, account: users.Account) -> None:
        self.account = account
        super().accept()


class LoginDialog(QDialog):
    """Choose an active account and type its password; `account` holds who is working."""

    def __init__(self, station: Workstation, last_login: str | None = None, parent=None):
        super().__init__(parent)
        self.station = station
        self.account = None
        self.setWindowTitle(self.tr("Who is working?"))
        self.who = QComboBox()
        # Read here, on the UI thread, on purpose: the accounts table is a few rows (0.08 ms
        # measured), nothing else is on screen yet, and the start-up picks the account to
        # offer in this combo as soon as the dialog is built (ui/app.py).
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
        fit_height(self, 520)

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
        login, password = self.who.currentData(), self.password.text()
        if login is None:
            return
        station = self.station
        # The password's scrypt (and any wait after wrong ones) runs in a task, the dialog held.
        save_in_task(
            self,
            lambda: _signed_in(station, login, password),
            self._on_signed_in,
            self._on_refused,
            (self.buttons, self.who, self.password),
        )

    def _on_signed_in(self, account: users.Account) -> None:
        self.account = account
        super().accept()

    def _on_refused(self, error: BaseException) -> None:
        self.error.show_error(error_text(error))
        self.password.clear()
        self.password.setFocus()


def _signed_in(station: Workstation, login: str, password: str) -> users.Account:
    account = users.sign_in(station, login, password)
    audit.record(AuditAction.USER_LOGIN, account.login)
    return account
