"""New passwords: changing my own (with the current one) and an approver resetting a
colleague's forgotten one (with the approver's password). Both are recorded in the log."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.services.accounts import users
from app.services.core.errors import UserError
from app.ui.accounts.login_dialog import (
    ErrorLabel,
    busy,
    check_new_password,
    error_text,
    fit_height,
    ok_cancel,
    password_field,
)
from app.ui.kit.labels import fmt


class _NewPasswordDialog(QDialog):
    """A new password typed twice plus one confirming password; `_save` does the change."""

    def __init__(self, login: str, parent=None):
        super().__init__(parent)
        self.login = login
        self.new = password_field()
        self.repeat = password_field()
        self.confirmation = password_field()
        self.error = ErrorLabel()
        self.form = QFormLayout()
        self.form.addRow(self.tr("Account"), QLabel(login))

    def _finish_layout(self, explanation: QLabel | None, accept_text: str) -> None:
        layout = QVBoxLayout(self)
        if explanation is not None:
            explanation.setWordWrap(True)
            layout.addWidget(explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(ok_cancel(self, accept_text))
        fit_height(self, 520)

    def _missing_confirmation(self) -> str:
        raise NotImplementedError

    def _save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        problem = check_new_password(self.new.text(), self.repeat.text())
        if problem is None and not self.confirmation.text():
            problem = self._missing_confirmation()
        if problem:
            self.error.show_error(problem)
            return
        try:
            with busy():
                self._save()
        except UserError as exc:
            self.error.show_error(error_text(exc))
            self.confirmation.clear()
            self.confirmation.setFocus()
            return
        super().accept()


class ChangePasswordDialog(_NewPasswordDialog):
    def __init__(self, login: str, parent=None):
        super().__init__(login, parent)
        self.setWindowTitle(self.tr("Change my password"))
        self.old: QLineEdit = self.confirmation
        self.form.addRow(self.tr("Current password"), self.old)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("Repeat the new password"), self.repeat)
        self._finish_layout(None, self.tr("Change password"))
        self.old.setFocus()

    def _missing_confirmation(self) -> str:
        return self.tr("Type your current password.")

    def _save(self) -> None:
        users.change_password(self.login, self.old.text(), self.new.text())


class ResetPasswordDialog(_NewPasswordDialog):
    """An approver gives a colleague a new password, confirmed with the approver's own."""

    def __init__(self, login: str, full_name: str, parent=None):
        super().__init__(login, parent)
        self.setWindowTitle(fmt(self.tr("Reset the password of %1"), full_name))
        explanation = QLabel(
            fmt(
                self.tr(
                    "Give %1 a new password, to be changed after signing in. An approver "
                    "confirms with their own password; the reset is recorded in the activity log."
                ),
                full_name,
            )
        )
        self.approver_password: QLineEdit = self.confirmation
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("Repeat the new password"), self.repeat)
        self.form.addRow(self.tr("An approver's password"), self.approver_password)
        self._finish_layout(explanation, self.tr("Reset password"))
        self.new.setFocus()

    def _missing_confirmation(self) -> str:
        return self.tr("Type an approver's password to confirm.")

    def _save(self) -> None:
        users.reset_password(self.login, self.new.text(), self.approver_password.text())
