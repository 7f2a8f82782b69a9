"""Replies and keys in the desktop app: return, write and import replies; back up, restore,
rotate and revoke keys; the escrow key shown once at DoFA's set-up.

Tasks run inline (tasks.set_synchronous); DoFA and Sở Y tế live in one process and the test
switches the open database between them (profile.open_profile).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
from pyrage import x25519
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QWizard,
)

from app.models import AgencyKey, Report
from app.services.accounts import users
from app.services.catalogue import register
from app.services.catalogue.plan_info import active_plan_info
from app.services.core.status_colours import DASHBOARD_COLOURS
from app.services.core.vocabulary import DashboardStatus
from app.services.exchange import bundle_export, bundle_import, received_views, replies, trust
from app.services.keys import key_lifecycle, keys
from app.services.reports import signoff
from app.ui.app import DesktopApp
from app.ui.exchange.exchange_dofa import EnrolDialog
from app.ui.exchange.received_view import ReceivedReportsView
from app.ui.exchange.reply_dialogs import ReplyDialog, ReturnDialog
from app.ui.exchange.reply_import_dialog import ReplyImportDialog
from app.ui.keys import dofa_key_dialogs
from app.ui.keys.dofa_key_dialogs import EscrowDialog, RevokeKeyDialog
from app.ui.keys.key_dialogs import KeyBackupDialog, RotateKeyDialog
from app.ui.kit import i18n, tasks
from app.ui.reports.report_editor import ReportEditor
from app.ui.setup.setup_wizard import SetupWizard
from tests import workstations
from tests.reporting import PASSWORD, approver, complete_draft
from tests.windows import main_window

COMMENT = "Bổ sung số liệu đoàn ra, đoàn vào quý 4"
PASSPHRASE = "sao-luu-khoa-2026"


@pytest.fixture(autouse=True)
def _inline_tasks():
    tasks.set_synchronous(True)
    i18n.install("en")
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def pair(dofa, health, tmp_path):
    """DoFA and Sở Y tế linked by a kit and an enrolment; the agency's database is open."""
    kit, enrolment = tmp_path / "SYT.ptkit", tmp_path / "SYT.ptenroll"
    workstations.use(dofa)
    made = trust.export_kit(dofa, "SYT", kit)
    workstations.close_open_session()  # the kit's set-up opens the profile
    health = trust.setup_from_kit(health.folder, kit, made["dofa"]["fingerprint"])
    body = trust.export_enrolment(health, enrolment)
    trust.import_enrolment(workstations.use(dofa), enrolment, body["fingerprint"])
    workstations.use(health)
    return SimpleNamespace(dofa=dofa, health=health, fingerprint=body["fingerprint"])


def _sign(pair, period: str = "2026-Y") -> Report:
    """A signed report of Sở Y tế for the period (the agency's database is open)."""
    if not users.has_accounts():
        approver(pair.health)
    report = complete_draft(pair.health, period, results="Ký 2 thỏa thuận hợp tác")
    return signoff.sign(report, "nguyen.van.an", PASSWORD, pair.health)


@pytest.fixture
def received(pair, tmp_path):
    """Sở Y tế's signed 2026-Y report imported on DoFA; DoFA's database is open."""
    _sign(pair)
    _, bundle = bundle_export.export_bundle(pair.health, tmp_path / "out")
    workstations.use(pair.dofa)
    [result] = bundle_import.import_bundles(pair.dofa, [bundle])
    assert result.status == "imported"
    return pair


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _ok_button(dialog) -> object:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def _reply_file(pair, folder: Path) -> Path:
    """DoFA's reply to Sở Y tế written on DoFA; the agency's database is open afterwards."""
    workstations.use(pair.dofa)
    folder.mkdir(exist_ok=True)
    _, path = replies.export_reply(pair.dofa, "SYT", folder)
    assert path.name.endswith("-reply-0001.ptbundle")
    workstations.use(pair.health)
    return path


def _editor(qtbot, station, period: str = "2026-Y") -> ReportEditor:
    editor = _show(qtbot, ReportEditor(station, active_plan_info(), None))
    editor.period_combo.setCurrentIndex(editor.period_combo.findData(period))
    return editor


# --- DoFA: return for revision, write a reply ----------------------------------------------


def test_returning_needs_a_comment_then_the_report_is_returned(qtbot, received):
    report = Report.get(Report.channel == "bundle")
    dialog = _show(
        qtbot,
        ReturnDialog(
            received.dofa, received_views.received_report(received.dofa, report.id), "lan.tran"
        ),
    )

    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)

    assert "not returned without a comment" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert Report.get_by_id(report.id).status == "received"
    qtbot.keyClicks(dialog.comment, "   ")
    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)
    assert Report.get_by_id(report.id).status == "received"
    dialog.comment.setPlainText(COMMENT)

    qtbot.mouseClick(_ok_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = Report.get_by_id(report.id)
    assert (stored.status, stored.return_comment) == ("returned", COMMENT)


def test_the_received_view_returns_a_report_and_shows_it_returned(qtbot, received, monkeypatch):
    def answer(dialog):
        dialog.comment.setPlainText(COMMENT)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ReturnDialog, "exec", answer)
    view = _show(qtbot, ReceivedReportsView(received.dofa))
    pane = view.pane
    assert pane.return_button.isEnabled() and pane.return_note.isHidden()
    assert view.model.text(0, 3) == "Received"

    qtbot.mouseClick(pane.return_button, Qt.MouseButton.LeftButton)

    assert view.model.text(0, 3) == "Returned for revision"
    assert pane.report.status == "returned"
    assert not pane.return_note.isHidden()
    assert f"Returned for revision on {pane.report.returned_at[8:10]}/" in pane.return_note.text()
    assert COMMENT in pane.return_note.text()
    assert not pane.return_button.isEnabled()  # already returned


def test_reply_dialog_counts_what_goes_and_writes_the_file(qtbot, received, tmp_path, monkeypatch):
    replies.return_report(received.dofa, "SYT", "2026-Y", COMMENT)
    dialog = _show(qtbot, ReplyDialog(received.dofa))
    assert dialog.agency_combo.count() == 1
    assert dialog.agency_combo.currentData() == "SYT"
    assert dialog.contents.text().startswith(
        "0 receipts · 1 report returned for revision · plan 590/QĐ-UBND version 1"
    )
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))

    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)

    [written] = folder.glob("*.ptbundle")
    assert written == dialog.written and written.name == "SNGV-SYT-reply-0001.ptbundle"
    assert "Reply No. 1 for Department of Health" in dialog.result.text()
    assert str(written) in dialog.result.text()
    assert not dialog.open_button.isHidden()


def test_reply_dialog_with_no_enrolled_agency_writes_nothing(qtbot, dofa):
    dialog = _show(qtbot, ReplyDialog(dofa))
    assert dialog.agency_combo.count() == 0
    assert "No agency is enrolled yet" in dialog.contents.text()
    assert not dialog.folder_button.isEnabled() and not dialog.file_button.isEnabled()


# --- the agency: import the reply, see it in the editor ----------------------------------


def test_an_imported_return_shows_its_comment_and_the_report_can_be_amended(
    qtbot, received, tmp_path
):
    replies.return_report(received.dofa, "SYT", "2026-Y", COMMENT)
    reply = _reply_file(received, tmp_path / "replies")
    dialog = _show(qtbot, ReplyImportDialog(received.health, [reply]))

    dialog.run()

    assert dialog.summary.text() == f"1 report returned for revision: {COMMENT}"
    assert dialog.error.isHidden()
    editor = _editor(qtbot, received.health)
    state = editor.state_label.text()
    returned_at = Report.get(Report.revision == 1).returned_at
    day = f"{returned_at[8:10]}/{returned_at[5:7]}/{returned_at[:4]}"
    assert f"Returned by DoFA on {day}: {COMMENT}" in state
    assert (
        f"color:{DASHBOARD_COLOURS[DashboardStatus.RETURNED].text}" in state
    )  # as on the dashboard
    assert editor.amend_button.isEnabled()
    assert not editor.form.results.isEnabled()

    again = _show(qtbot, ReplyImportDialog(received.health, [reply]))
    again.run()
    assert again.summary.text() == "This reply was imported before; nothing was changed."


def test_receipts_and_returns_are_summed_up_and_the_editor_shows_the_date(qtbot, pair, tmp_path):
    _sign(pair, "2026-H1")
    _sign(pair, "2026-Y")
    _, bundle = bundle_export.export_bundle(pair.health, tmp_path / "out")
    workstations.use(pair.dofa)
    assert bundle_import.import_bundles(pair.dofa, [bundle])[0].status == "imported"
    replies.return_report(pair.dofa, "SYT", "2026-Y", COMMENT)
    reply = _reply_file(pair, tmp_path / "replies")
    dialog = _show(qtbot, ReplyImportDialog(pair.health, [reply]))

    dialog.run()

    assert dialog.summary.text() == f"1 report received by DoFA, 1 returned for revision: {COMMENT}"
    received_at = Report.get(Report.period_id == "2026-H1").received_at
    editor = _editor(qtbot, pair.health, "2026-H1")
    day = f"{received_at[8:10]}/{received_at[5:7]}/{received_at[:4]}"
    assert f"Received by DoFA on {day}" in editor.state_label.text()


def test_a_rejected_reply_is_explained_and_changes_nothing(qtbot, pair, tmp_path):
    broken = tmp_path / "hong.ptbundle"
    broken.write_bytes(b"not a reply")
    dialog = _show(qtbot, ReplyImportDialog(pair.health, [broken]))

    dialog.run()

    assert dialog.summary.text().startswith("Rejected, nothing was changed: hong.ptbundle is not")
    assert "#fdecea" in dialog.summary.styleSheet()  # shown as a problem


def test_the_agency_menu_imports_a_reply_and_a_drop_on_the_window_does_too(
    qtbot, received, tmp_path, monkeypatch
):
    reply = _reply_file(received, tmp_path / "replies")
    opened = []
    monkeypatch.setattr(
        ReplyImportDialog, "exec", lambda self: opened.append(self.summary.text()) or 0
    )
    window = _show(qtbot, main_window(received.health))
    actions = {a.text(): a for a in window.exchange.menu.actions() if not a.isSeparator()}
    assert list(actions) == [
        "&Send reports to DoFA…",
        "&Trust and enrolment…",
        "Import DoFA's &reply…",
        "R&otate signing key…",
        "&Back up keys…",
        "Restore &keys…",
    ]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args: ([str(reply)], ""))

    actions["Import DoFA's &reply…"].trigger()

    assert opened == ["1 report received by DoFA"]
    assert "Received by DoFA on" in window.editor.state_label.text()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(reply))])
    buttons, held = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, held)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, held)

    QApplication.sendEvent(window, drop)

    qtbot.waitUntil(lambda: len(opened) == 2)
    assert opened[1] == "This reply was imported before; nothing was changed."


def test_the_dofa_menu_has_the_reply_revoke_and_backup_actions(qtbot, dofa):
    window = _show(qtbot, main_window(dofa))
    texts = [a.text() for a in window.exchange.menu.actions() if not a.isSeparator()]
    assert texts[-5:] == [
        "&Enrol an agency…",
        "Write &reply for an agency…",
        "Re&voke an agency's key…",
        "&Back up keys…",
        "Restore &keys…",
    ]


# --- keys: backup and restore, rotation, revocation -------------------------------------


def test_key_backup_needs_two_equal_passphrases_then_restore_refuses_a_wrong_one(
    qtbot, pair, tmp_path
):
    target = tmp_path / "syt-keys"
    dialog = _show(qtbot, KeyBackupDialog(pair.health))
    assert "Nobody — not us, not DoFA — can open this file without the passphrase." in (
        " ".join(label.text() for label in dialog.findChildren(type(dialog.hint)))
    )
    dialog.file.setText(str(target))
    qtbot.keyClicks(dialog.passphrase, "ngan")
    assert dialog.hint.text() == "At least 10 characters."
    assert not dialog.action_button.isEnabled()
    dialog.passphrase.setText(PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE + "x")
    assert dialog.hint.text() == "The two passphrases differ."
    assert not dialog.action_button.isEnabled()
    dialog.repeat.setText(PASSPHRASE)
    assert dialog.action_button.isEnabled()

    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)

    written = tmp_path / "syt-keys.ptkeys"
    assert dialog.done_path == written and written.exists()
    assert str(written) in dialog.result.text()
    assert dialog.passphrase.text() == ""  # not left in the field

    restore = _show(qtbot, KeyBackupDialog(pair.health, restore=True))
    assert restore.repeat.isHidden()
    restore.file.setText(str(written))
    qtbot.keyClicks(restore.passphrase, "sai-mat-khau-roi")

    qtbot.mouseClick(restore.action_button, Qt.MouseButton.LeftButton)

    assert "the passphrase is wrong" in restore.error.text()
    assert "cannot be recovered by anyone" in restore.error.text()
    assert restore.result.isHidden()
    restore.passphrase.setText(PASSPHRASE)
    fingerprint = keys.current_key(pair.health.agency).fingerprint

    qtbot.mouseClick(restore.action_button, Qt.MouseButton.LeftButton)

    assert restore.error.isHidden()
    restored = "Restored the keys of Department of Health from syt-keys.ptkeys."
    assert f"{restored} Signing key: {fingerprint}" in restore.result.text()


def test_key_backup_asks_for_the_key_file_passphrase_where_keys_are_in_a_file(
    qtbot, tmp_path, monkeypatch
):
    monkeypatch.setattr(keys.secrets, "available", lambda: False)
    station = workstations.create(tmp_path / "bare", "SYT", False, "cum-mat-khau-tep")
    asked = []

    def answer(_parent, title, _label, _echo):
        asked.append(title)
        return "cum-mat-khau-tep", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    dialog = _show(qtbot, KeyBackupDialog(station))
    dialog.file.setText(str(tmp_path / "bare.ptkeys"))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)

    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)

    assert asked == ["Key passphrase"]
    assert dialog.error.isHidden() and (tmp_path / "bare.ptkeys").exists()


def test_rotate_dialog_makes_a_new_key_vouched_for_by_the_old(qtbot, pair):
    old = keys.current_key(pair.health.agency).fingerprint
    dialog = _show(qtbot, RotateKeyDialog(pair.health))
    assert dialog.fingerprint.text() == old

    qtbot.mouseClick(dialog.rotate_button, Qt.MouseButton.LeftButton)

    new = keys.current_key(pair.health.agency).fingerprint
    assert new != old and dialog.fingerprint.text() == new
    statement = key_lifecycle.rotation_statement()
    assert (statement["old_fingerprint"], statement["new_fingerprint"]) == (old, new)
    assert "Send a bundle to DoFA soon" in dialog.result.text()
    assert not dialog.rotate_button.isEnabled()


def test_revoke_dialog_needs_the_confirmation_then_revokes(qtbot, pair):
    workstations.use(pair.dofa)
    dialog = _show(qtbot, RevokeKeyDialog(pair.dofa, "lan.tran"))
    assert dialog.agency_combo.currentData() == "SYT"
    assert dialog.fingerprint.text() == pair.fingerprint
    assert (
        pair.fingerprint in dialog.confirm.text()
        and "Department of Health" in dialog.confirm.text()
    )
    assert not dialog.revoke_button.isEnabled()
    dialog.confirm.setChecked(True)

    qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)

    assert trust.enrolled_key(register.get("SYT")) is None
    assert AgencyKey.get(AgencyKey.fingerprint == pair.fingerprint).revoked_at
    assert f"Key {pair.fingerprint} of Department of Health is revoked" in dialog.result.text()
    assert dialog.agency_combo.count() == 0 and not dialog.revoke_button.isEnabled()


def test_enrol_dialog_names_the_replacement_as_dofa_s_approval(qtbot, dofa):
    dialog = _show(qtbot, EnrolDialog(dofa))
    assert dialog.replace.text().startswith("DoFA &approves replacing the agency's key")
    assert "lost its computer" in dialog.replace_hint.text()


# --- the escrow key ------------------------------------------------------------------------


class _FakePrintDialog:
    """Stands in for QPrintDialog: "prints" to a PDF file instead of asking."""

    calls: list = []
    out: Path | None = None

    def __init__(self, printer, parent=None):
        self.printer = printer
        _FakePrintDialog.calls.append(parent)

    def exec(self):
        from PySide6.QtPrintSupport import QPrinter

        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(_FakePrintDialog.out))
        return QDialog.DialogCode.Accepted


def test_escrow_dialog_shows_the_identity_and_prints_it(qtbot, tmp_path, monkeypatch):
    identity = str(x25519.Identity.generate())
    _FakePrintDialog.calls, _FakePrintDialog.out = [], tmp_path / "escrow.pdf"
    monkeypatch.setattr(dofa_key_dialogs, "QPrintDialog", _FakePrintDialog)
    dialog = _show(qtbot, EscrowDialog(identity))
    assert dialog.identity.text() == identity
    assert dialog.identity.font().fixedPitch() or dialog.identity.font().styleHint()

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    assert _FakePrintDialog.calls == [dialog] and dialog.printed
    assert _FakePrintDialog.out.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        ["pdftotext", str(_FakePrintDialog.out), "-"], capture_output=True, text=True
    ).stdout
    assert identity in text.replace("\n", "").replace(" ", "")
    assert dialog.status.text() == "Sent to the printer."
    qtbot.mouseClick(dialog.stored_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_dofa_set_up_shows_the_escrow_identity_once(qtbot, tmp_path, monkeypatch):
    shown = []

    def finish(wizard):
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.agency_page.filter, "ngoai vu")
        wizard.next()
        assert wizard.role_page.consolidating.isChecked()
        wizard.accept()
        return QWizard.DialogCode.Accepted

    monkeypatch.setattr(SetupWizard, "exec", finish)
    monkeypatch.setattr(EscrowDialog, "exec", lambda self: shown.append(self.identity_text) or 1)
    desktop = DesktopApp(tmp_path / "dofa-ws", "en")

    assert desktop.ensure_set_up()

    [identity] = shown
    escrow = x25519.Identity.from_str(identity)
    assert str(escrow.to_public()) == keys.age_recipient(keys.ESCROW)
    assert str(escrow.to_public()) != keys.age_recipient(keys.DECRYPTION)


def test_an_agency_set_up_shows_no_escrow_key(qtbot, tmp_path, monkeypatch):
    shown = []

    def finish(wizard):
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.agency_page.filter, "y te")
        wizard.next()
        wizard.accept()
        return QWizard.DialogCode.Accepted

    monkeypatch.setattr(SetupWizard, "exec", finish)
    monkeypatch.setattr(EscrowDialog, "exec", lambda self: shown.append(self) or 1)

    assert DesktopApp(tmp_path / "syt-ws", "en").ensure_set_up()
    assert shown == []
