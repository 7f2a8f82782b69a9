"""New passwords: changing my own (with the current one) and an approver resetting a
colleague's forgotten one (with the approver's password). Both are recorded in the log."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from app.services.accounts import users
from app.ui.accounts.login_dialog import (
    ErrorLabel,
    check_new_password,
    error_text,
    fit_height,
    ok_cancel,
    password_field,
)
from app.ui.kit.labels import fmt
from app.ui.kit.saving import save_in_task

if TYPE_CHECKING:
    from app.services.workstation.profile import Workstation


class _NewPasswordDialog(QDialog):
    """A new password typed twice plus one confirming password; `_saving` gives the change, run
    in a task (scrypt takes a noticeable moment) with the dialog held meanwhile."""

    def __init__(self, station: Workstation, login: str, parent=None):
        super().__init__(parent)
        self.station = station
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
        self.buttons = ok_cancel(self, accept_text)
        layout.addWidget(self.buttons)
        fit_height(self, 520)

    def _missing_confirmation(self) -> str:
        raise NotImplementedError

    def _saving(self) -> Callable[[], object]:
        """The change, with what was typed: called on the UI thread, run on a worker."""
        raise NotImplementedError

    def accept(self) -> None:
        problem = check_new_password(self.new.text(), self.repeat.text())
        if problem is None and not self.confirmation.text():
            problem = self._missing_confirmation()
        if problem:
            self.error.show_error(problem)
            return
        held = (self.buttons, self.new, self.repeat, self.confirmation)
        save_in_task(self, self._saving(), self._on_saved, self._on_refused, held)

    def _on_saved(self, _result) -> None:
        super().accept()

    def _on_refused(self, error: BaseException) -> None:
        self.error.show_error(error_text(error))
        self.confirmation.clear()
        self.confirmation.setFocus()


class ChangePasswordDialog(_NewPasswordDialog):
    def __init__(self, station: Workstation, login: str, parent=None):
        super().__init__(station, login, parent)
        self.setWindowTitle(self.tr("Change my password"))
        self.old: QLineEdit = self.confirmation
        self.form.addRow(self.tr("Current password"), self.old)
        self.form.addRow(self.tr("New password"), self.new)
        self.form.addRow(self.tr("Repeat the new password"), self.repeat)
        self._finish_layout(None, self.tr("Change password"))
        self.old.setFocus()

    def _missing_confirmation(self) -> str:
        return self.tr("Type your current password.")

    def _saving(self) -> Callable[[], object]:
        station, login, old, new = self.station, self.login, self.old.text(), self.new.text()
        return lambda: users.change_password(station, login, old, new)


class ResetPasswordDialog(_NewPasswordDialog):
    """An approver gives a colleague a new password, confirmed with the approver's own."""

    def __init__(self, station: Workstation, login: str, full_name: str, parent=None):
        super().__init__(station, login, parent)
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

    def _saving(self) -> Callable[[], object]:
        station, login = self.station, self.login
        new, approver = self.new.text(), self.approver_password.text()
        return lambda: users.reset_password(station, login, new, approver)
