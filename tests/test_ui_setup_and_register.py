"""First-start assistant and the agency register dialog."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.accounts import users
from app.services.catalogue import catalogue, periods, register
from app.services.workstation import profile
from app.ui.catalogue.agency_register import AgencyForm, AgencyRegisterDialog, RetireForm
from app.ui.kit import i18n
from app.ui.setup.setup_wizard import SetupWizard
from tests import workstations

pytestmark = pytest.mark.usefixtures("inline_tasks")


def test_setup_wizard_creates_the_profile(qtbot, tmp_path):
    i18n.install("vi")
    folder = tmp_path / "ws"
    wizard = SetupWizard(folder, profile.setup_choices())
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.agency_page
    assert not page.isComplete()
    qtbot.keyClicks(page.filter, "y te")
    assert page.chosen()["code"] == "SYT"
    wizard.next()
    assert not wizard.role_page.consolidating.isChecked()
    assert "Sở Y tế" in wizard.role_page.summary.text()
    wizard.accept()
    station = workstations.use(folder)
    assert (station.agency_code, station.consolidating) == ("SYT", False)


def test_setup_wizard_proposes_consolidating_for_dofa(qtbot, tmp_path):
    wizard = SetupWizard(tmp_path / "ws", profile.setup_choices())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.agency_page.filter, "ngoai vu")
    wizard.next()
    assert wizard.role_page.consolidating.isChecked()
    wizard.accept()
    # A new DoFA follows up from the period now under way: earlier ones are not tracked.
    station = workstations.use(tmp_path / "ws")
    plan = catalogue.active_plan()
    current = periods.current_and_next(plan)[0].id
    assert station.consolidating and periods.tracked_from(plan) == current


def test_register_dialog_is_read_only_on_an_agency_workstation(qtbot, health):
    dialog = AgencyRegisterDialog(health, editable=False)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 41
    assert not dialog.add_button.isEnabled()
    assert not dialog.retire_button.isEnabled()


def test_register_dialog_adds_and_hands_over(qtbot, dofa, monkeypatch):
    i18n.install("vi")
    dialog = AgencyRegisterDialog(dofa, editable=True, actor="lan.tran")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(AgencyForm, "exec", lambda self: True)
    monkeypatch.setattr(
        AgencyForm,
        "values",
        lambda self: (
            "SNNMT",
            "Sở Nông nghiệp và Môi trường",
            "Department of Agriculture and Environment",
            "department",
        ),
    )
    dialog.add_button.click()
    assert dialog.model.code_at(dialog.model.rowCount() - 1) == "SNNMT"

    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.code_at(r) == "STNMT")
    dialog.table.selectRow(row)
    monkeypatch.setattr(RetireForm, "exec", lambda self: True)
    monkeypatch.setattr(RetireForm, "values", lambda self: (date(2025, 7, 1), "SNNMT"))
    dialog.retire_button.click()
    state = dialog.model.index(row, 4).data()
    assert state == "Giải thể 01/07/2025 → SNNMT"
    assert register.get("STNMT").successor.code == "SNNMT"


def test_register_dialog_explains_a_refusal(qtbot, dofa, monkeypatch):
    i18n.install("en")
    dialog = AgencyRegisterDialog(dofa, editable=True)
    qtbot.addWidget(dialog)
    shown = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    dialog.table.selectRow(0)
    dialog.delete_button.click()
    assert shown and "retire it instead" in shown[0]
    assert dialog.model.rowCount() == 41
    i18n.install("vi")
    try:
        dialog.delete_button.click()
        assert "không xóa được; hãy giải thể đơn vị này" in shown[1]
    finally:
        i18n.install("en")


def test_setup_wizard_asks_for_a_passphrase_without_a_secret_store(qtbot, tmp_path, monkeypatch):
    from app.services.core.vocabulary import KeyStorage
    from app.services.keys import keys

    monkeypatch.setattr(keys.secrets, "available", lambda: False)
    folder = tmp_path / "bare"
    wizard = SetupWizard(folder, profile.setup_choices())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.agency_page.filter, "y te")
    wizard.next()
    wizard.next()
    page = wizard.key_page
    assert wizard.currentPage() is page
    page.passphrase.setText("mot cum mat khau")
    page.repeat.setText("mot cum mat khac")
    assert not page.isComplete()
    page.repeat.setText("mot cum mat khau")
    assert page.isComplete()
    wizard.accept()
    workstations.use(folder)
    assert keys.storage() == KeyStorage.FILE
    assert keys.signing_key_file(folder).exists()


def test_unattended_sign_in_from_the_environment(qtbot, tmp_path, monkeypatch):
    from app.ui.accounts.login_dialog import LoginDialog
    from app.ui.app import DesktopApp
    from tests.reporting import PASSWORD, approver

    folder = tmp_path / "ws"
    station = workstations.create(folder, "SYT", consolidating=False)
    approver(station)
    station.close()  # the app opens its profile itself
    monkeypatch.setenv("PLANTRACKER_USER", "nguyen.van.an")
    monkeypatch.setenv("PLANTRACKER_PASSWORD", PASSWORD)
    desktop = DesktopApp(folder, "vi")
    assert desktop.sign_in() and desktop.account.login == "nguyen.van.an"
    users.add(
        desktop.station,
        "Trần Thị Hoa",
        "Chuyên viên",
        "drafter",
        "mat-khau-cua-hoa",
        approver_password=PASSWORD,
    )
    asked = []

    def shown(dialog) -> bool:
        asked.append(
            (dialog.who.currentData(), dialog.error.isVisibleTo(dialog), dialog.error.text())
        )
        return False

    monkeypatch.setattr(LoginDialog, "exec", shown)
    monkeypatch.setenv("PLANTRACKER_USER", "tran.thi.hoa")
    monkeypatch.setenv("PLANTRACKER_PASSWORD", "not-the-password")
    i18n.install("vi")
    desktop.station.close()  # the next start opens it again
    assert not DesktopApp(folder, "vi").sign_in()
    # A wrong password falls back to the dialog, on the account named, saying why.
    [(chosen, error_shown, error)] = asked
    assert chosen == "tran.thi.hoa" and error_shown
    assert error.startswith("Đăng nhập tự động bằng PLANTRACKER_USER") and "Sai mật khẩu" in error


def test_the_register_is_searched_by_code_or_name_ignoring_accents(qtbot, health):
    dialog = AgencyRegisterDialog(health, editable=False)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.search, "y te")
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)
    assert dialog.selected_code() == "SYT"
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "snv")
    assert [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())] == ["SNV"]
    dialog.search.clear()
    assert dialog.proxy.rowCount() == 41
