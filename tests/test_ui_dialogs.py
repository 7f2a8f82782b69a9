"""Accounts, login, sign-off, audit log and settings dialogs, driven as a user would."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLabel

from app.services.accounts import users
from app.services.catalogue import catalogue, periods
from app.services.catalogue.plan_info import info_of
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.keys import secrets
from app.services.reports import doc_settings, reports
from app.ui.accounts.accounts_dialog import (
    AccountForm,
    AccountsDialog,
    ApproverPasswordDialog,
    ChangePasswordDialog,
)
from app.ui.accounts.audit_view import AuditLogDialog, AuditLogView
from app.ui.accounts.login_dialog import FirstAccountDialog, LoginDialog, error_text
from app.ui.kit import i18n, tasks
from app.ui.reports.settings_dialogs import DocumentSettingsDialog, DueDatesDialog
from tests import workstations
from tests.reporting import sign_dialog

BOSS_PASSWORD = "giam-doc-2026"


@pytest.fixture(autouse=True)
def _english(qapp):
    """Assertions read the English source strings; Vietnamese (the default) comes back after.
    Tasks run inline: the screens' reads are done when they are built (their loading state is
    tested in tests/test_ui_reads_loading.py)."""
    i18n.install("en")
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)
    i18n.install("vi")


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


def add_boss(station):
    return users.add(station, "Nguyễn Văn An", "Giám đốc", "approver", BOSS_PASSWORD)


def add_drafter(station):
    return users.add(
        station,
        "Trần Thị Bình",
        "Chuyên viên",
        "drafter",
        "chuyen-vien-1",
        approver_password=BOSS_PASSWORD,
    )


def draft(station, with_statuses=True):
    report = reports.open_draft(station, station.agency, catalogue.active_plan(), "2026-Y")
    if with_statuses:
        for view in reports.entry_views(report):
            reports.update_entry(station, report, view.duty.ref, None, status="done")
    return report


def latest(station):
    return reports.latest(station.agency, catalogue.active_plan(), "2026-Y")


def actions():
    return [e.action for e in audit.entries()]


def test_first_account_is_an_approver_and_is_created(qtbot, health):
    assert not users.has_accounts()
    dialog = show(qtbot, FirstAccountDialog(health))
    assert dialog.focusWidget() is dialog.name
    assert "head of the agency or a deputy: an approver" in dialog.intro.text()
    assert dialog.position.itemText(1) == "Phó Giám đốc"
    dialog.name.setText("Nguyễn Văn An")  # QTest types ASCII only
    qtbot.keyClicks(dialog.password, "12345678")
    qtbot.keyClicks(dialog.repeat, "12345679")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "differ" in dialog.error.text()
    assert not users.has_accounts()

    dialog.repeat.setText("12345678")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    account = dialog.account
    assert (account.login, account.role, account.position) == (
        "nguyen.van.an",
        "approver",
        "Giám đốc",
    )
    assert users.authenticate(health, "nguyen.van.an", "12345678").login == account.login


def test_first_account_refuses_a_short_password(qtbot, health):
    dialog = show(qtbot, FirstAccountDialog(health))
    dialog.name.setText("Nguyễn Văn An")
    dialog.password.setText("short")
    dialog.repeat.setText("short")
    dialog.accept()
    assert "at least 8 characters" in dialog.error.text()
    assert not users.has_accounts()


def test_login_with_a_wrong_then_the_right_password(qtbot, health):
    boss = add_boss(health)
    add_drafter(health)
    dialog = show(qtbot, LoginDialog(health))
    assert dialog.who.count() == 2
    assert dialog.who.itemText(0) == "Nguyễn Văn An — Giám đốc — Approver"
    dialog.who.setCurrentIndex(dialog.who.findData(boss.login))
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.account is None
    assert dialog.error.text() == "Wrong password for Nguyễn Văn An."
    assert dialog.password.text() == ""
    assert actions()[0] == "user.login_refused"

    qtbot.keyClicks(dialog.password, BOSS_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account.login == boss.login
    entry = audit.entries()[0]
    assert (entry.action, entry.actor) == ("user.login", boss.login)


def test_login_preselects_the_last_account_and_skips_inactive_ones(qtbot, health):
    add_boss(health)
    drafter = add_drafter(health)
    users.set_active(health, drafter.login, False, BOSS_PASSWORD)
    dialog = show(qtbot, LoginDialog(health, last_login="nguyen.van.an"))
    assert dialog.who.count() == 1
    assert dialog.focusWidget() is dialog.password


def test_sign_dialog_keeps_a_wrong_password_out_and_signs_with_the_right_one(qtbot, health):
    add_boss(health)
    add_drafter(health)
    report = draft(health)
    dialog = show(qtbot, sign_dialog(report, health))
    assert dialog.passphrase is None  # the test keyring is an OS secret store
    assert dialog.signer.count() == 1  # approvers only
    assert dialog.sign_button.isEnabled()
    qtbot.keyClicks(dialog.password, "wrong-password")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.text() == "Wrong password for Nguyễn Văn An."
    assert dialog.password.text() == ""
    assert latest(health).status == "draft" and latest(health).signature is None
    assert actions()[0] == "report.sign_refused"

    i18n.install("vi")  # the interface's language: the refusal in Vietnamese
    qtbot.keyClicks(dialog.password, "still-wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "Sai mật khẩu của Nguyễn Văn An."
    assert latest(health).status == "draft"

    qtbot.keyClicks(dialog.password, BOSS_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    signed = latest(health)
    assert (signed.status, signed.signer_login) == ("signed", "nguyen.van.an")
    assert (dialog.report.revision, dialog.report.status) == (signed.revision, "signed")


def test_sign_dialog_names_the_agency_in_the_interface_language(qtbot, health):
    add_boss(health)
    report = draft(health)
    english = show(qtbot, sign_dialog(report, health))
    texts = {label.text() for label in english.findChildren(QLabel)}
    assert "Department of Health" in texts and "Sở Y tế" not in texts
    i18n.install("vi")
    vietnamese = show(qtbot, sign_dialog(report, health))
    assert "Sở Y tế" in {label.text() for label in vietnamese.findChildren(QLabel)}


def test_sign_dialog_asks_the_key_passphrase_without_an_os_secret_store(
    qtbot, tmp_path, monkeypatch
):
    monkeypatch.setattr(secrets, "available", lambda: False)
    station = workstations.create(tmp_path / "ws", "SYT", False, passphrase="cum-mat-khau-dai")
    add_boss(station)
    dialog = show(qtbot, sign_dialog(draft(station), station))
    assert dialog.passphrase is not None
    dialog.password.setText(BOSS_PASSWORD)
    dialog.passphrase.setText("not-the-passphrase")
    dialog.accept()
    assert dialog.error.text() == "Wrong passphrase for the signing key file."
    assert dialog.passphrase.text() == "" and dialog.password.text() == BOSS_PASSWORD
    assert latest(station).status == "draft"
    dialog.passphrase.setText("cum-mat-khau-dai")
    dialog.accept()
    assert latest(station).status == "signed"


def test_a_missing_status_disables_signing_and_names_the_duty(qtbot, health):
    add_boss(health)
    report = draft(health, with_statuses=False)
    refs = [v.duty.ref for v in reports.entry_views(report)]
    for ref in refs[1:]:
        reports.update_entry(health, report, ref, None, status="in_progress")
    dialog = show(qtbot, sign_dialog(report, health))
    assert not dialog.sign_button.isEnabled()
    assert dialog.problem.isVisible()
    assert dialog.problem.text().endswith(": " + refs[0])
    dialog.accept()  # Enter cannot sign either
    assert latest(health).status == "draft"


def _fill_account_form(form, approver_password):
    form.name.setText("Lê Văn Cường")
    form.position.setCurrentText("Chuyên viên")
    form.role.setCurrentIndex(form.role.findData("drafter"))
    form.password.setText("cuong-12345")
    form.repeat.setText("cuong-12345")
    form.approver_password.setText(approver_password)


def test_adding_an_account_needs_an_approvers_password(qtbot, health, monkeypatch):
    add_boss(health)
    dialog = show(qtbot, AccountsDialog(health, "nguyen.van.an"))
    assert dialog.table.rowCount() == 1
    errors = []

    def run_form(password):
        def exec_(form):
            _fill_account_form(form, password)
            form.accept()
            errors.append(form.error.text())
            return form.result()

        monkeypatch.setattr(AccountForm, "exec", exec_)
        dialog.add_button.click()

    run_form("not-an-approver")
    assert errors[-1] == "That is not the password of an active approver."
    assert [a.login for a in users.accounts()] == ["nguyen.van.an"]
    assert dialog.table.rowCount() == 1

    run_form(BOSS_PASSWORD)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(1, 0).text() == "le.van.cuong"
    assert dialog.table.item(1, 3).text() == "Drafter"
    assert dialog.selected_login() == "le.van.cuong"
    assert audit.entries()[0].detail == '{"login": "le.van.cuong", "role": "drafter"}'


def test_deactivating_the_last_approver_is_refused(qtbot, health, monkeypatch):
    add_boss(health)
    add_drafter(health)
    dialog = show(qtbot, AccountsDialog(health, "nguyen.van.an"))
    errors = []

    def exec_(confirm):
        confirm.password.setText(BOSS_PASSWORD)
        confirm.accept()
        errors.append(confirm.error.text())
        return confirm.result()

    monkeypatch.setattr(ApproverPasswordDialog, "exec", exec_)
    dialog.table.selectRow(0)
    assert dialog.active_button.text() == "&Deactivate…"
    dialog.active_button.click()
    assert errors[-1] == "The last active approver cannot be deactivated."
    assert users.find("nguyen.van.an").active
    assert dialog.table.item(0, 4).text() == "Active"

    dialog.table.selectRow(1)
    dialog.active_button.click()
    assert errors[-1] == ""
    assert dialog.table.item(1, 4).text() == "Deactivated"
    assert dialog.active_button.text() == "&Reactivate…"
    with pytest.raises(UserError):
        users.find("tran.thi.binh")


def test_change_my_password(qtbot, health, monkeypatch):
    add_boss(health)
    dialog = show(qtbot, AccountsDialog(health, "nguyen.van.an"))
    errors = []

    def exec_with(old, new, repeat):
        def exec_(form):
            form.old.setText(old)
            form.new.setText(new)
            form.repeat.setText(repeat)
            form.accept()
            errors.append(form.error.text())
            return form.result()

        monkeypatch.setattr(ChangePasswordDialog, "exec", exec_)
        dialog.password_button.click()

    exec_with(BOSS_PASSWORD, "mat-khau-moi", "mat-khau-khac")
    assert "differ" in errors[-1]
    exec_with("not-the-old-one", "mat-khau-moi", "mat-khau-moi")
    assert errors[-1] == "Wrong password for Nguyễn Văn An."
    users.authenticate(health, "nguyen.van.an", BOSS_PASSWORD)  # unchanged so far
    exec_with(BOSS_PASSWORD, "mat-khau-moi", "mat-khau-moi")
    assert errors[-1] == ""
    assert users.authenticate(health, "nguyen.van.an", "mat-khau-moi").login == "nguyen.van.an"
    with pytest.raises(UserError):
        users.authenticate(health, "nguyen.van.an", BOSS_PASSWORD)


def test_audit_view_shows_the_sign_off_and_filters(qtbot, health):
    add_boss(health)
    report = draft(health)
    dialog = show(qtbot, sign_dialog(report, health))
    dialog.password.setText(BOSS_PASSWORD)
    dialog.accept()

    view = show(qtbot, AuditLogView())
    model, proxy = view.model, view.proxy
    top = [proxy.index(0, column).data() for column in range(4)]
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", top[0])
    assert top[1:3] == ["nguyen.van.an", "Report signed"]
    signed = latest(health)  # the row as signed (the dialog signs its own copy)
    assert top[3] == f"Report for year 2026, revision 1, signed (SHA-256 {signed.content_sha256})."
    assert "Workstation set up" in [model.index(r, 2).data() for r in range(model.rowCount())]

    qtbot.keyClicks(view.filter, signed.content_sha256[:12].upper())
    assert proxy.rowCount() == 1
    assert proxy.index(0, 2).data() == "Report signed"
    assert view.count_label.text() == f"1 of {model.rowCount()} entries"

    view.filter.clear()
    audit.record("custom.thing", "someone", note="xin chào")
    assert proxy.index(0, 2).data() == "Report signed"  # until refreshed
    view.refresh_button.click()
    assert proxy.index(0, 2).data() == "custom.thing"  # unknown codes as they are
    qtbot.keyClicks(view.filter, "xin chao")  # accents optional
    assert proxy.rowCount() == 1 and proxy.index(0, 3).data() == "note: xin chào"

    audit.record("another.thing", "someone")
    view.reload()  # what the main window calls when the tab is shown
    assert proxy.rowCount() == 1  # the filter stays
    wrapper = show(qtbot, AuditLogDialog())
    assert wrapper.view.proxy.rowCount() == model.rowCount()
    audit.record("bundle.import", "someone", agency="SYT", file="b.ptbundle", period="2026-Y",
                 sequence=3, verdict="conflict")  # fmt: skip
    view.filter.clear()
    view.reload()
    assert proxy.index(0, 3).data() == (
        "Bundle No. 3 from SYT (b.ptbundle): imported; a conflict to decide."
    )


def test_document_settings_are_saved_and_read_back(qtbot, health):
    dialog = show(qtbot, DocumentSettingsDialog(health, "nguyen.van.an"))
    assert dialog.agency_name.text() == "SỞ Y TẾ"
    assert dialog.focusWidget() is dialog.parent_body
    dialog.place.clear()
    dialog.accept()
    assert dialog.isVisible() and "Fill in every field" in dialog.error.text()
    assert doc_settings.load(health.agency).place == "Quảng Ngãi"

    dialog.place.setText("Thành phố Quảng Ngãi")
    dialog.abbreviation.setText("SYT-QN")
    dialog.head_title.setText("Giám đốc Sở")
    dialog.recipients.setPlainText("UBND tỉnh (b/c);\n\n  Sở Ngoại vụ (t/h);\nLưu: VT, VP.")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = doc_settings.load(health.agency)
    assert (saved.place, saved.abbreviation, saved.head_title) == (
        "Thành phố Quảng Ngãi",
        "SYT-QN",
        "Giám đốc Sở",
    )
    assert saved.recipients == ("UBND tỉnh (b/c);", "Sở Ngoại vụ (t/h);", "Lưu: VT, VP.")
    entry = audit.entries()[0]
    assert (entry.action, entry.actor) == ("settings.document", "nguyen.van.an")

    again = show(qtbot, DocumentSettingsDialog(health, None))
    assert again.abbreviation.text() == "SYT-QN"
    again.defaults_button.click()
    assert again.abbreviation.text() == "SYT"


def test_due_date_override_is_saved_and_reset(qtbot, dofa):
    plan = catalogue.active_plan()
    dialog = show(qtbot, DueDatesDialog(dofa, info_of(plan), "lan.tran"))
    period = dialog.periods[0]
    assert dialog.table.rowCount() == len(periods.all_periods(plan))
    dialog.table.selectRow(0)
    assert dialog.due_edit.minimumDate().toPython() == period.end
    chosen = date(period.end.year, period.end.month, 28)
    dialog.due_edit.setDate(QDate(chosen))
    assert dialog.table.item(0, 2).text() == chosen.strftime("%d/%m/%Y")
    assert dialog.table.item(0, 3).text() == "Set for this period"
    dialog.days.setValue(7)
    assert dialog.table.item(1, 3).text() == "Default: 7 working days"
    assert periods.get(plan, period.id).due == period.due  # nothing saved before OK
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert periods.get(plan, period.id).due == chosen
    assert periods.due_working_days() == 7
    later = dialog.periods[1]
    assert periods.get(plan, later.id).due == periods.add_working_days(
        later.end, 7, periods.public_holidays(plan)
    )

    again = show(qtbot, DueDatesDialog(dofa, info_of(plan), "lan.tran"))
    again.table.selectRow(0)
    assert again.due_edit.date().toPython() == chosen
    again.default_button.click()
    assert again.table.item(0, 3).text() == "Default: 7 working days"
    again.accept()
    assert periods.get(plan, period.id).due == periods.add_working_days(
        period.end, 7, periods.public_holidays(plan)
    )
    assert [e.action for e in audit.entries()[:1]] == ["period.due"]


def test_due_dates_cancel_changes_nothing(qtbot, dofa):
    plan = catalogue.active_plan()
    dialog = show(qtbot, DueDatesDialog(dofa, info_of(plan), None))
    dialog.days.setValue(9)
    qtbot.keyClick(dialog.days, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert periods.due_working_days() == periods.DEFAULT_DUE_WORKING_DAYS


def test_service_refusals_are_shown_as_sentences_in_the_interface_language():
    refusal = UserError("wrong password for {name}", name="Nguyễn Văn An")
    assert error_text(refusal) == "Wrong password for Nguyễn Văn An."
    assert error_text(UserError("something new happened.")) == "Something new happened."
    i18n.install("vi")
    assert error_text(refusal) == "Sai mật khẩu của Nguyễn Văn An."
