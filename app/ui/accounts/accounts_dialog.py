"""Accounts of this workstation: list, add, deactivate or reactivate, reset a colleague's or
change my password."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.accounts import users
from app.services.core.vocabulary import UserRole
from app.ui.accounts.login_dialog import (
    APPROVER_POSITIONS,
    OTHER_POSITIONS,
    ErrorLabel,
    check_new_password,
    error_text,
    fit_height,
    ok_cancel,
    password_field,
    position_combo,
)
from app.ui.accounts.password_reset import (
    ChangePasswordDialog,
    ResetPasswordDialog,
)
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, user_role_label
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.saving import save_in_task

if TYPE_CHECKING:
    from app.services.workstation.profile import Workstation

LOGIN, NAME, POSITION, ROLE, ACTIVE = range(5)


class AccountsDialog(QDialog):
    """Every account of the workstation; changes need an approver's password."""

    def __init__(self, station: Workstation, current_login: str, parent=None):
        super().__init__(parent)
        self.station = station
        self.current_login = current_login
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Login"), self.tr("Full name"), self.tr("Position"), self.tr("Role")]
            + [self.tr("State")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self.tr("&Add…"))
        self.active_button = QPushButton(self.tr("&Deactivate…"))
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.password_button = QPushButton(self.tr("&Change my password…"))
        self.status = QLabel()
        self.accounts: list[users.Account] = []
        self.reads = LatestRead(self)  # the accounts, read in a task; a later read wins
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.active_button,
            self.reset_button,
            self.password_button,
        ):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(860, 420)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.active_button.clicked.connect(self._on_active_button_clicked)
        self.reset_button.clicked.connect(self._on_reset_button_clicked)
        self.password_button.clicked.connect(self._on_password_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.reload()
        self.table.setFocus()

    def reload(self, select: str | None = None) -> None:
        """Read the accounts off the UI thread; until they come the status says so and no
        button acts on a stale row. `select`: the login to select then."""
        select = select or self.selected_login() or self.current_login
        self.status.setText(self.tr("Loading the accounts…"))
        self.status.show()
        for button in (self.add_button, self.active_button, self.reset_button):
            button.setEnabled(False)
        self.password_button.setEnabled(False)
        self.reads.run(
            lambda _progress: users.accounts(),
            lambda accounts: self._on_accounts_read(accounts, select),
            self._on_failed,
        )

    def _on_failed(self, error: BaseException) -> None:
        self.status.setText(fmt(self.tr("The accounts could not be read: %1"), user_message(error)))

    def _on_accounts_read(self, accounts: list[users.Account], select: str) -> None:
        self.status.hide()
        self.accounts = accounts
        self.add_button.setEnabled(True)
        self.password_button.setEnabled(bool(self.current_login))
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            state = self.tr("Active") if account.active else self.tr("Deactivated")
            texts = (
                account.login,
                account.full_name,
                account.position,
                user_role_label(account.role),
                state,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if account.login == self.current_login:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
            if account.login == select:
                self.table.selectRow(row)
        self._on_table_item_selection_changed()

    def selected_login(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()].login if rows else None

    def _selected_account(self):
        login = self.selected_login()
        return next((a for a in self.accounts if a.login == login), None)

    def _on_table_item_selection_changed(self) -> None:
        account = self._selected_account()
        self.active_button.setEnabled(account is not None)
        self.reset_button.setEnabled(account is not None and account.active)
        if account is not None and not account.active:
            self.active_button.setText(self.tr("&Reactivate…"))
        else:
            self.active_button.setText(self.tr("&Deactivate…"))

    def _on_add_button_clicked(self) -> None:
        form = AccountForm(self.station, self)
        if form.exec() and form.account is not None:
            self.reload(select=form.account.login)

    def _on_active_button_clicked(self) -> None:
        account = self._selected_account()
        if account is None:
            return
        active = not account.active
        if active:
            title = fmt(self.tr("Reactivate %1"), account.full_name)
            text = self.tr("%1 will be able to sign in again.")
        else:
            title = fmt(self.tr("Deactivate %1"), account.full_name)
            text = self.tr("%1 will no longer be able to sign in or sign. The history stays.")
        station, login = self.station, account.login
        dialog = ApproverPasswordDialog(
            title,
            fmt(text, account.full_name),
            lambda password: users.set_active(station, login, active, password),
            self,
        )
        if dialog.exec():
            self.reload(select=login)

    def _on_reset_button_clicked(self) -> None:
        account = self._selected_account()
        if account is not None:
            ResetPasswordDialog(self.station, account.login, account.full_name, self).exec()

    def _on_password_button_clicked(self) -> None:
        ChangePasswordDialog(self.station, self.current_login, self).exec()


class AccountForm(QDialog):
    """A new account; `account` holds it once added."""

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station
        self.account = None
        self.setWindowTitle(self.tr("Add an account"))
        intro = QLabel(
            self.tr(
                "A drafter writes the agency's reports; an approver (the head of agency or a "
                "deputy) signs them off; the records clerk gives signed documents their number "
                "and date. An approver confirms the new account with their password."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.position = position_combo(OTHER_POSITIONS + APPROVER_POSITIONS)
        self.position.setCurrentIndex(-1)
        self.role = QComboBox()
        for role in UserRole:
            self.role.addItem(user_role_label(role), str(role))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("made from the full name"))
        self.password = password_field()
        self.repeat = password_field()
        self.approver_password = password_field()
        self.error = ErrorLabel()

        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.name)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Login"), self.login)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat the password"), self.repeat)
        form.addRow(self.tr("An approver's password"), self.approver_password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = ok_cancel(self, self.tr("Add account"))
        layout.addWidget(self.buttons)
        fit_height(self, 560)
        self.name.setFocus()

    def accept(self) -> None:
        problem = None
        if not self.name.text().strip() or not self.position.currentText().strip():
            problem = self.tr("Type the full name and the position.")
        problem = problem or check_new_password(self.password.text(), self.repeat.text())
        if problem is None and not self.approver_password.text():
            problem = self.tr("Type an approver's password to confirm.")
        if problem:
            self.error.show_error(problem)
            return
        typed = (
            self.name.text(),
            self.position.currentText(),
            self.role.currentData(),
            self.password.text(),
            self.login.text().strip() or None,
        )
        station, approver_password = self.station, self.approver_password.text()
        # scrypt twice (the approver's password, the new one): a noticeable moment.
        save_in_task(
            self,
            lambda: users.create(station, *typed, approver_password=approver_password),
            self._on_created,
            self._on_refused,
            (self.buttons, self.approver_password),
        )

    def _on_created(self, account: users.Account) -> None:
        self.account = account
        super().accept()

    def _on_refused(self, error: BaseException) -> None:
        self.error.show_error(error_text(error))
        self.approver_password.clear()


class ApproverPasswordDialog(QDialog):
    """Asks an approver's password and runs `action(password)` in a task (scrypt takes a
    moment; the dialog is held meanwhile); a refusal keeps it open."""

    def __init__(self, title: str, text: str, action: Callable[[str], object], parent=None):
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(title)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.password = password_field()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("An approver's password"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.buttons = ok_cancel(self, self.tr("Confirm"))
        layout.addWidget(self.buttons)
        fit_height(self, 480)
        self.password.setFocus()

    def accept(self) -> None:
        password, action = self.password.text(), self.action
        save_in_task(
            self,
            lambda: action(password),
            self._on_done,
            self._on_refused,
            (self.buttons, self.password),
        )

    def _on_done(self, _result) -> None:
        super().accept()

    def _on_refused(self, error: BaseException) -> None:
        self.error.show_error(error_text(error))
        self.password.clear()
        self.password.setFocus()
