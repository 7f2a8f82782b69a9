"""The accounts screen's password reset, driven as an approver would."""

from __future__ import annotations

import pytest

from app.services.accounts import users
from app.services.core import audit
from app.services.core.errors import UserError
from app.ui.accounts.accounts_dialog import AccountsDialog
from app.ui.accounts.password_reset import ResetPasswordDialog
from app.ui.kit import i18n, tasks

BOSS = "giam-doc-2026"
CLERK = "chuyen-vien-1"


@pytest.fixture(autouse=True)
def _english(qapp):
    i18n.install("en")
    tasks.set_synchronous(True)  # the accounts are read when the screen is built
    yield
    tasks.set_synchronous(False)
    i18n.install("vi")


def test_an_approver_resets_a_colleague_s_password_from_the_accounts_screen(
    qtbot, health, monkeypatch
):
    users.add(health, "Nguyễn Văn An", "Giám đốc", "approver", BOSS)
    users.add(health, "Trần Thị Bình", "Chuyên viên", "drafter", CLERK, approver_password=BOSS)
    dialog = AccountsDialog(health, "nguyen.van.an")
    qtbot.addWidget(dialog)
    dialog.show()
    errors = []

    def exec_with(new, repeat, approver):
        def exec_(form):
            assert form.windowTitle() == "Reset the password of Trần Thị Bình"
            form.new.setText(new)
            form.repeat.setText(repeat)
            form.approver_password.setText(approver)
            form.accept()
            errors.append(form.error.text())
            return form.result()

        monkeypatch.setattr(ResetPasswordDialog, "exec", exec_)
        dialog.reset_button.click()

    dialog.table.selectRow(1)
    assert dialog.reset_button.isEnabled()
    exec_with("binh-moi-2026", "binh-moi-2026", CLERK)  # a drafter cannot approve
    assert errors[-1] == "That is not the password of an active approver."
    assert users.authenticate(health, "tran.thi.binh", CLERK)
    exec_with("binh-moi-2026", "khac-han-2026", BOSS)
    assert "differ" in errors[-1]
    exec_with("binh-moi-2026", "binh-moi-2026", BOSS)
    assert errors[-1] == ""
    assert users.authenticate(health, "tran.thi.binh", "binh-moi-2026").login == "tran.thi.binh"
    with pytest.raises(UserError):
        users.authenticate(health, "tran.thi.binh", CLERK)
    entry = next(e for e in audit.entries() if e.action == "user.reset_password")
    assert (entry.actor, entry.detail) == ("nguyen.van.an", '{"login": "tran.thi.binh"}')
