"""The exchange screens, driven as the agency and DoFA would: send, import, read, decide, trust.

Tasks run inline (tasks.set_synchronous) except in the tests that check the worker thread.
"""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QFontMetrics
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTreeWidgetItem

from app.models import AgencyKey, AuditEntry, BundleReceived, BundleSent, Report, ReportConflict
from app.services.catalogue import register
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.status_colours import DASHBOARD_COLOURS
from app.services.core.vocabulary import DashboardStatus
from app.services.exchange import bundle_export, bundle_import, trust
from app.services.keys import keys
from app.services.reports import evidence, issuing, reports, signoff
from app.ui.exchange.exchange_agency import SendReportsDialog, SentHistoryView, TrustDialog
from app.ui.exchange.exchange_dofa import (
    ConflictInbox,
    EnrolDialog,
    ImportDialog,
    KitDialog,
    LedgerView,
)
from app.ui.exchange.received_view import ReceivedReportsView
from app.ui.kit import i18n, tasks
from tests import workstations
from tests.reporting import PASSWORD, approver, complete_draft
from tests.windows import main_window


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


@pytest.fixture
def signed(pair):
    """Revision 1 of the 2026 annual report of Sở Y tế, signed off."""
    account = approver(pair.health)
    report = complete_draft(pair.health, results="Ký 2 thỏa thuận hợp tác")
    return signoff.sign(report, account.login, PASSWORD, pair.health)


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _bundles(pair, out: Path, count: int = 1) -> list[Path]:
    """Bundles written on the agency; DoFA's database is open afterwards."""
    out.mkdir(exist_ok=True)
    paths = [bundle_export.export_bundle(pair.health, out)[1] for _ in range(count)]
    workstations.use(pair.dofa)
    return paths


def _received_count() -> int:
    return Report.select().where(Report.channel == "bundle").count()


# The agency


def test_send_dialog_writes_into_the_chosen_folder_and_history_shows_it(
    qtbot, pair, signed, tmp_path, monkeypatch
):
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(out))
    dialog = _show(qtbot, SendReportsDialog(pair.health))
    assert dialog.revisions.count() == 1
    assert dialog.revisions.item(0).text().startswith("Year 2026, revision 1 — signed")
    assert "will be sent" in dialog.intro.text()

    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)

    written = list(out.glob("*.ptbundle"))
    assert written == [dialog.written]
    assert written[0].name.startswith("SYT-") and written[0].name.endswith("-0001.ptbundle")
    assert str(written[0]) in dialog.result.text()
    assert not dialog.open_button.isHidden()
    assert Report.get_by_id(signed.id).status == "sent"
    assert "sent before" in dialog.revisions.item(0).text()

    history = _show(qtbot, SentHistoryView())
    assert history.model.rowCount() == 1
    row = history.model.rows[0]
    assert row[0] == "1" and row[2] == written[0].name and row[3] == "Year 2026, revision 1"
    assert len(row[1]) == len("26/11/2026 09:05") and row[1][2] == "/"


def test_send_dialog_before_the_kit_is_adopted_sends_nothing(qtbot, health):
    dialog = _show(qtbot, SendReportsDialog(health))
    assert "not linked to DoFA" in dialog.intro.text()
    assert not dialog.folder_button.isEnabled()
    assert not dialog.file_button.isEnabled()


def test_a_revision_issued_after_acknowledgement_waits_to_be_sent_with_its_number(
    qtbot, pair, signed, tmp_path
):
    signed.status = "received"  # DoFA acknowledged it before the clerk numbered it
    signed.save()
    issuing.issue_report(signed, signed.signer_login, PASSWORD, pair.health, number=45)
    dialog = _show(qtbot, SendReportsDialog(pair.health))
    assert dialog.revisions.count() == 1
    assert dialog.revisions.item(0).text() == (
        "Year 2026, revision 1 — acknowledged by DoFA; sent again once with its number and date"
    )
    assert "will be sent" in dialog.intro.text()


def test_with_nothing_pending_a_signed_revision_can_be_sent_again(
    qtbot, pair, signed, tmp_path, monkeypatch
):
    signed.status = "received"  # as if DoFA had acknowledged it
    signed.save()
    dialog = _show(qtbot, SendReportsDialog(pair.health))
    assert dialog.revisions.isHidden()
    assert "Nothing is waiting to be sent" in dialog.intro.text()
    assert dialog.resend_combo.count() == 1
    assert dialog.resend_combo.currentText() == "Year 2026, revision 1"
    target = tmp_path / "gui-lai"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))

    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)

    assert dialog.written == tmp_path / "gui-lai.ptbundle"
    assert dialog.written.exists()
    assert Report.get_by_id(signed.id).status == "received"


def test_a_refused_export_is_explained_and_changes_nothing(qtbot, pair, tmp_path, monkeypatch):
    account = approver(pair.health)
    report = complete_draft(pair.health)
    proof = tmp_path / "bien-ban.pdf"
    proof.write_bytes(b"%PDF-1.4 minutes")
    attachment = reports.attach(pair.health, report, "III.13.1", proof)
    signoff.sign(report, account.login, PASSWORD, pair.health)
    evidence.stored_path(pair.health.folder, attachment.sha256).unlink()
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(out))
    dialog = _show(qtbot, SendReportsDialog(pair.health))

    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)

    assert not dialog.error.isHidden()
    assert "Nothing was sent" in dialog.error.text()
    assert "bien-ban.pdf is missing" in dialog.error.text()
    assert list(out.iterdir()) == []
    assert BundleSent.select().count() == 0
    assert Report.get_by_id(report.id).status == "signed"
    assert dialog.written is None


def test_trust_dialog_adopts_the_kit_and_exports_the_enrolment(
    qtbot, dofa, health, tmp_path, monkeypatch
):
    kit = tmp_path / "SYT.ptkit"
    workstations.use(dofa)
    trust.export_kit(dofa, "SYT", kit)
    dofa_fingerprint = keys.current_key(dofa.agency).fingerprint
    workstations.use(health)
    dialog = _show(qtbot, TrustDialog(health))
    assert dialog.pages.currentIndex() == TrustDialog.UNBOUND_PAGE
    opened = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args: opened.append(1) or (str(kit), "")
    )
    # Without DoFA's fingerprint read aloud, the kit is not even opened.
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    assert opened == [] and "fingerprint" in dialog.error.text()
    # A fingerprint that is not DoFA's key in the kit: refused, nothing adopted.
    qtbot.keyClicks(dialog.kit_fingerprint, keys.current_key(health.agency).fingerprint)
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == TrustDialog.UNBOUND_PAGE
    assert "does not match DoFA's key" in dialog.error.text()
    assert trust.trust_setting("kit_id") is None
    dialog.kit_fingerprint.clear()
    qtbot.keyClicks(dialog.kit_fingerprint, dofa_fingerprint.lower().replace("-", " "))

    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)

    assert dialog.pages.currentIndex() == TrustDialog.BOUND_PAGE
    assert dialog.dofa_fingerprint.text() == dofa_fingerprint
    assert dialog.own_fingerprint.text() == keys.current_key(health.agency).fingerprint
    assert "Department of Foreign Affairs" in dialog.dofa_name.text()
    target = tmp_path / "gui-so-ngoai-vu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    written = tmp_path / "gui-so-ngoai-vu.ptenroll"
    assert written.exists()
    assert str(written) in dialog.result.text()


def test_a_kit_for_another_agency_is_refused_in_plain_words(
    qtbot, dofa, health, tmp_path, monkeypatch
):
    kit = tmp_path / "SGDDT.ptkit"
    workstations.use(dofa)
    made = trust.export_kit(dofa, "SGDDT", kit)
    workstations.use(health)
    dialog = _show(qtbot, TrustDialog(health))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(kit), ""))
    dialog.kit_fingerprint.setText(made["dofa"]["fingerprint"])

    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)

    assert dialog.pages.currentIndex() == TrustDialog.UNBOUND_PAGE
    assert dialog.error.text() == "This kit is for SGDDT, but this workstation serves SYT."
    assert trust.trust_setting("kit_id") is None


# DoFA: importing


def test_preview_lists_the_new_report_and_changes_nothing(qtbot, pair, signed, tmp_path):
    [path] = _bundles(pair, tmp_path / "in")
    dialog = _show(qtbot, ImportDialog(pair.dofa, files=[path]))
    assert dialog.file_list.count() == 1

    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)

    top = dialog.tree.topLevelItem(0)
    assert (top.text(0), top.text(1)) == (path.name, "Can be imported")
    assert "Department of Health · bundle No. 1" in top.text(2)
    report_item = top.child(0)
    assert report_item.text(0) == "Year 2026, revision 1"
    assert report_item.text(1) == "New report"
    rows = [report_item.child(i) for i in range(report_item.childCount())]
    results = next(r for r in rows if r.text(0) == "III.13.1" and r.text(1) == "Results")
    assert results.text(2) == "— → Ký 2 thỏa thuận hợp tác III.13.1"
    assert dialog.summary.text() == "Preview — nothing has been changed yet: 1 new report"
    assert BundleReceived.select().count() == 0
    assert _received_count() == 0


def test_import_applies_shows_the_summary_and_then_says_already_imported(
    qtbot, pair, signed, tmp_path
):
    [path] = _bundles(pair, tmp_path / "in")
    dialog = _show(qtbot, ImportDialog(pair.dofa, files=[path]))
    applied = []
    dialog.imported.connect(applied.append)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.summary.text() == "1 new report"
    assert dialog.tree.topLevelItem(0).text(1) == "Imported"
    assert _received_count() == 1
    assert len(applied) == 1

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.summary.text() == "1 already imported"
    assert dialog.tree.topLevelItem(0).text(1) == "Already imported"
    assert _received_count() == 1
    assert BundleReceived.select().count() == 1


def test_the_summary_is_in_vietnamese_when_the_interface_is(qtbot, pair, signed, tmp_path):
    [path] = _bundles(pair, tmp_path / "in")
    broken = tmp_path / "in" / "hong.ptbundle"
    broken.write_bytes(b"khong phai goi")
    i18n.install("vi")
    dialog = _show(qtbot, ImportDialog(pair.dofa, files=[path, broken]))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert dialog.summary.text().startswith("1 báo cáo mới, 1 tệp bị từ chối: ")
    assert _received_count() == 1


def test_the_import_tree_rows_keep_the_marks_of_capitals(qtbot, pair):
    """Rows of one uniform height, sized from the font's ascent, cut the stacked marks of
    capitals ("TỔ CHỨC THỰC HIỆN" read "TÔ CHƯC THƯC HIÊN")."""
    dialog = _show(qtbot, ImportDialog(pair.dofa))
    row = QTreeWidgetItem(dialog.tree, ["IV.1.1", "TỔ CHỨC THỰC HIỆN", ""])
    ink = QFontMetrics(dialog.tree.font()).tightBoundingRect(row.text(1))
    assert dialog.tree.visualItemRect(row).height() >= ink.height() + 2


def test_dropped_bundles_are_added_and_other_files_left_out(qtbot, pair, signed, tmp_path):
    [path] = _bundles(pair, tmp_path / "in")
    note = tmp_path / "ghi-chu.txt"
    note.write_text("x")
    dialog = _show(qtbot, ImportDialog(pair.dofa))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)), QUrl.fromLocalFile(str(note))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(dialog, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(20, 20), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )

    QApplication.sendEvent(dialog, drop)

    assert dialog.paths == [path]
    assert dialog.file_list.item(0).text() == str(path)
    assert "ghi-chu.txt" in dialog.error.text()
    assert dialog.import_button.isEnabled()


def test_bundles_dropped_on_the_main_window_open_the_import_dialog(
    qtbot, pair, signed, tmp_path, monkeypatch
):
    [path] = _bundles(pair, tmp_path / "in")
    opened = []
    monkeypatch.setattr(ImportDialog, "exec", lambda self: opened.append(list(self.paths)) or 0)
    window = _show(qtbot, main_window(pair.dofa))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys_held = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys_held)
    QApplication.sendEvent(window, enter)  # Qt delivers a drop only where the drag entered
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys_held)

    QApplication.sendEvent(window, drop)

    qtbot.waitUntil(lambda: opened == [[path]])


# DoFA: what was received


def test_ledger_lists_bundles_rejections_and_the_missing_number(qtbot, pair, signed, tmp_path):
    first, _second, third = _bundles(pair, tmp_path / "in", count=3)
    broken = tmp_path / "in" / "hong.ptbundle"
    broken.write_bytes(b"not a bundle")
    bundle_import.import_bundles(pair.dofa, [first, third, broken])
    view = _show(qtbot, LedgerView())

    assert view.model.rowCount() == 3
    files = {view.model.texts[r][2]: view.model.texts[r] for r in range(3)}
    assert files[first.name][:2] == ("Department of Health", "1")
    assert files[first.name][4] == "Imported"
    assert files["hong.ptbundle"][0] == "(unknown sender)"
    assert files["hong.ptbundle"][4] == "Rejected"
    assert "not a Plan Tracker bundle" in files["hong.ptbundle"][5]
    assert "Bundle 2 from Department of Health never arrived" in view.gaps_label.text()
    i18n.install("vi")  # the refusal is kept in English; it reads in the interface language
    view.reload()
    reason = next(t[5] for t in view.model.texts if t[2] == "hong.ptbundle")
    assert (
        reason == "hong.ptbundle không phải là gói dữ liệu của phần mềm Theo dõi thực hiện Kế hoạch"
    )
    i18n.install("en")
    view.reload()

    view.agency_combo.setCurrentIndex(view.agency_combo.findData("SYT"))

    assert view.proxy.rowCount() == 2
    assert view.count_label.text() == "2 of 3 bundles"


def test_received_view_shows_the_report_its_signature_and_prints_it(
    qtbot, pair, signed, tmp_path, monkeypatch
):
    [path] = _bundles(pair, tmp_path / "in")
    bundle_import.import_bundles(pair.dofa, [path])
    view = _show(qtbot, ReceivedReportsView(pair.dofa))

    assert view.model.rowCount() == 1
    assert view.model.text(0, 2) == "1 (latest)"
    pane = view.pane
    assert pane.report is not None and pane.report.channel == "bundle"
    assert pane.title.text() == "Department of Health — Year 2026, revision 1"
    assert "Signature valid" in pane.signature.text()
    assert pane.report.key_fingerprint in pane.signature.text()
    assert "Nguyễn Văn An (Phó Giám đốc)" in pane.sign_off.text()
    body = pane.body.toPlainText()
    assert "III.13.1 — In progress · progress 50%" in body
    assert "Ký 2 thỏa thuận hợp tác III.13.1" in body
    out = tmp_path / "bao-cao"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(out), ""))

    qtbot.mouseClick(pane.pdf_button, Qt.MouseButton.LeftButton)

    pdf = tmp_path / "bao-cao.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "PDF saved" in pane.pdf_status.text()
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True)
    assert "SỞ Y TẾ" in printed.stdout.decode()  # a document keeps the official name
    assert "Department of Health" not in printed.stdout.decode()


def test_received_reports_name_the_agency_in_the_interface_language(qtbot, pair, signed, tmp_path):
    bundle_import.import_bundles(pair.dofa, _bundles(pair, tmp_path / "in"))
    view = _show(qtbot, ReceivedReportsView(pair.dofa))
    assert view.model.text(0, 0) == "Department of Health"
    assert view.agency_combo.itemText(1) == "SYT — Department of Health"
    i18n.install("vi")
    view.reload()
    assert view.model.text(0, 0) == "Sở Y tế"
    assert view.agency_combo.itemText(1) == "SYT — Sở Y tế"
    assert view.pane.title.text() == "Sở Y tế — Năm 2026, lần 1"


def test_a_conflict_is_coloured_as_on_the_dashboard(qtbot, pair, signed, tmp_path):
    bundle_import.import_bundles(pair.dofa, _conflicting_bundles(pair, signed, tmp_path / "in"))
    conflict = DASHBOARD_COLOURS[DashboardStatus.CONFLICT]
    received = _show(qtbot, ReceivedReportsView(pair.dofa))
    status = received.model.index(0, 3)
    assert received.model.in_conflict(0)
    shown = received.model.data
    assert shown(status, Qt.ItemDataRole.ForegroundRole) == QColor(conflict.text)
    assert shown(status, Qt.ItemDataRole.BackgroundRole) == QColor(conflict.background)
    ledger = _show(qtbot, LedgerView())
    verdicts = [ledger.model.index(row, 4) for row in range(ledger.model.rowCount())]
    marked = {
        ledger.model.data(v, Qt.ItemDataRole.DisplayRole): (
            ledger.model.data(v, Qt.ItemDataRole.ForegroundRole),
            ledger.model.data(v, Qt.ItemDataRole.BackgroundRole),
        )
        for v in verdicts
    }
    assert marked == {
        "Imported": (None, None),
        "Imported; a conflict to decide": (QColor(conflict.text), QColor(conflict.background)),
    }


def _conflicting_bundles(pair, signed, out: Path) -> list[Path]:
    """Two bundles holding different signed contents of the same revision 1."""
    out.mkdir()
    first = bundle_export.export_bundle(pair.health, out)[1]
    report = Report.get_by_id(signed.id)
    report.status, report.content_json = "draft", None  # only a test can reopen a revision
    report.save()
    reports.update_entry(
        pair.health, report, "III.13.1", None, results="Một nội dung khác", progress=80
    )
    signoff.sign(report, "nguyen.van.an", PASSWORD, pair.health)
    second = bundle_export.export_bundle(pair.health, out)[1]
    workstations.use(pair.dofa)
    return [first, second]


def test_the_conflicts_tab_counts_them_before_it_is_opened(qtbot, pair, signed, tmp_path):
    paths = _conflicting_bundles(pair, signed, tmp_path / "in")
    bundle_import.import_bundles(pair.dofa, paths)
    window = _show(qtbot, main_window(pair.dofa, None))
    tab = window.tabs.indexOf(window.exchange.conflicts_tab)
    qtbot.waitUntil(lambda: window.tabs.tabText(tab) == "Co&nflicts (1)")  # once painted
    assert not window.exchange.conflicts_tab.is_built  # counted, not read


@pytest.mark.parametrize("keep", ["record", "other"])
def test_a_conflict_waits_in_the_inbox_until_a_version_is_kept(
    qtbot, pair, signed, tmp_path, monkeypatch, keep
):
    paths = _conflicting_bundles(pair, signed, tmp_path / "in")
    results = bundle_import.import_bundles(pair.dofa, paths)
    assert [r.status for r in results] == ["imported", "conflict"]
    window = _show(qtbot, main_window(pair.dofa, None))
    inbox = window.exchange.conflicts
    tab = window.tabs.indexOf(window.exchange.conflicts_tab)
    assert window.tabs.tabText(tab) == "Co&nflicts (1)"
    assert inbox.list.count() == 1
    changed = {
        (inbox.changes.topLevelItem(i).text(0), inbox.changes.topLevelItem(i).text(1))
        for i in range(inbox.changes.topLevelItemCount())
    }
    assert changed == {("III.13.1", "Results"), ("III.13.1", "Progress")}
    conflict = ReportConflict.get()
    on_record = inbox.current().record_sha256
    other = conflict.content_sha256
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.Yes
    )
    button = inbox.keep_record_button if keep == "record" else inbox.keep_other_button

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert len(asked) == 1
    kept = on_record if keep == "record" else other
    report = Report.get((Report.channel == "bundle") & (Report.revision == 1))
    assert report.content_sha256 == kept
    assert ReportConflict.get_by_id(conflict.id).kept_sha256 == kept
    assert inbox.list.count() == 0
    assert window.tabs.tabText(tab) == "Co&nflicts"
    assert "Decided:" in inbox.outcome.text()


def test_declining_the_question_keeps_the_conflict_open(qtbot, pair, signed, tmp_path, monkeypatch):
    bundle_import.import_bundles(pair.dofa, _conflicting_bundles(pair, signed, tmp_path / "in"))
    inbox = _show(qtbot, ConflictInbox(pair.dofa, "so.ngoai.vu"))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.No)

    qtbot.mouseClick(inbox.keep_other_button, Qt.MouseButton.LeftButton)

    assert inbox.open_count() == 1
    assert ReportConflict.get().resolved_at is None


# DoFA: trust


def test_kit_dialog_saves_a_kit_for_the_chosen_agency(qtbot, dofa, tmp_path, monkeypatch):
    dialog = _show(qtbot, KitDialog(dofa))
    assert dialog.agency_combo.findData("SNGV") == -1  # not for DoFA itself
    assert dialog.fingerprint.text() == keys.current_key(dofa.agency).fingerprint
    dialog.agency_combo.setCurrentIndex(dialog.agency_combo.findData("SYT"))
    target = tmp_path / "bo-cai-dat-syt"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    written = tmp_path / "bo-cai-dat-syt.ptkit"
    assert trust.read_kit(written).agency == "SYT"
    assert "Department of Health" in dialog.result.text()


def test_enrol_dialog_refuses_a_wrong_fingerprint_then_enrols(qtbot, dofa, health, tmp_path):
    kit, enrolment = tmp_path / "SYT.ptkit", tmp_path / "SYT.ptenroll"
    workstations.use(dofa)
    made = trust.export_kit(dofa, "SYT", kit)
    workstations.close_open_session()  # the kit's set-up opens the profile
    health = trust.setup_from_kit(health.folder, kit, made["dofa"]["fingerprint"])
    fingerprint = trust.export_enrolment(health, enrolment)["fingerprint"]
    dialog = _show(qtbot, EnrolDialog(workstations.use(dofa)))
    dialog.file.setText(str(enrolment))
    qtbot.keyClicks(dialog.fingerprint, "AAAA-BBBB-CCCC-DDDD-EEEE")

    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)

    assert "does not match" in dialog.error.text()
    assert dialog.result.isHidden()
    assert trust.enrolled_key(register.get("SYT")) is None
    dialog.fingerprint.clear()
    qtbot.keyClicks(dialog.fingerprint, fingerprint.replace("-", " ").lower())

    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)

    assert dialog.error.isHidden()
    assert fingerprint in dialog.result.text()
    assert AgencyKey.get(AgencyKey.fingerprint == fingerprint).enrolled_at is not None


# The main window


def test_agency_window_has_the_exchange_menu_and_the_sent_tab(qtbot, health):
    window = _show(qtbot, main_window(health))
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "Re&gisters", "&Exchange", "&Language", "&Help"]
    actions = {
        a.text(): a.shortcut().toString()
        for a in window.exchange.menu.actions()
        if not a.isSeparator()
    }
    assert actions == {
        "&Send reports to DoFA…": "Ctrl+E",
        "&Trust and enrolment…": "",
        "Import DoFA's &reply…": "",
        "R&otate signing key…": "",
        "&Back up keys…": "",
        "Restore &keys…": "",
    }
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[-1] == "&Sent"


def test_dofa_window_has_import_trust_and_the_received_tabs(qtbot, dofa):
    window = _show(qtbot, main_window(dofa))
    actions = {
        a.text(): a.shortcut().toString()
        for a in window.exchange.menu.actions()
        if not a.isSeparator()
    }
    assert actions == {
        "&Import bundles…": "Ctrl+I",
        "Setup &kit for an agency…": "",
        "&Enrol an agency…": "",
        "Write &reply for an agency…": "",
        "Re&voke an agency's key…": "",
        "&Back up keys…": "",
        "Restore &keys…": "",
    }
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    received = tabs.index("Received re&ports")  # other DoFA tabs may follow
    assert tabs[received : received + 3] == ["Received re&ports", "&Bundle ledger", "Co&nflicts"]
    assert window.acceptDrops()


# The task helper on a real worker thread


def test_work_on_the_pool_reports_back_on_the_ui_thread(qtbot, dofa):
    tasks.set_synchronous(False)
    ui_thread = threading.get_ident()
    before = AuditEntry.select().count()
    seen, done = [], []

    def work(progress):
        assert threading.get_ident() != ui_thread
        audit.record("test.worker")
        progress(1, 2)
        return "ok"

    tasks.run_task(
        work,
        lambda result, error: done.append((result, error, threading.get_ident())),
        lambda *values: seen.append((values, threading.get_ident())),
    )
    qtbot.waitUntil(lambda: bool(done))

    assert done == [("ok", None, ui_thread)]
    assert seen == [((1, 2), ui_thread)]
    assert AuditEntry.select().count() == before + 1  # the worker's commit is visible here

    def refused(_progress):
        raise UserError("no agency with code {code}", code="'X'")

    done.clear()
    tasks.run_task(refused, lambda result, error: done.append((result, error)))
    qtbot.waitUntil(lambda: bool(done))
    assert done[0][0] is None and isinstance(done[0][1], UserError)


def test_an_import_on_the_worker_thread_is_seen_by_the_interface(
    qtbot, pair, signed, tmp_path, monkeypatch
):
    [path] = _bundles(pair, tmp_path / "in")
    tasks.set_synchronous(False)
    dialog = _show(qtbot, ImportDialog(pair.dofa, files=[path]))
    # The import waits on its worker until the test has seen the dialog busy (whether the keys
    # need a passphrase is read in a task first, so the import starts a moment after the click).
    real, release = bundle_import.import_bundles, threading.Event()

    def held_import(*args, **kwargs):
        assert release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(bundle_import, "import_bundles", held_import)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    try:
        qtbot.waitUntil(lambda: not dialog.progress.isHidden())  # busy until the worker answers
    finally:
        release.set()
    qtbot.waitUntil(lambda: dialog.summary.text() == "1 new report", timeout=20000)
    assert dialog.progress.isHidden()
    assert _received_count() == 1
    assert BundleReceived.select().count() == 1


def test_enrolling_a_new_computer_needs_the_replace_choice(qtbot, pair, tmp_path):
    kit = tmp_path / "SYT-2.ptkit"
    workstations.use(pair.dofa)
    made = trust.export_kit(pair.dofa, "SYT", kit)
    # a new computer
    workstations.close_open_session()
    second = trust.setup_from_kit(tmp_path / "syt-may-moi", kit, made["dofa"]["fingerprint"])
    enrolment = tmp_path / "SYT-2.ptenroll"
    fingerprint = trust.export_enrolment(second, enrolment)["fingerprint"]
    dialog = _show(qtbot, EnrolDialog(workstations.use(pair.dofa)))
    dialog.file.setText(str(enrolment))
    qtbot.keyClicks(dialog.fingerprint, fingerprint)

    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)

    assert "is already enrolled with key " + pair.fingerprint in dialog.error.text()
    assert trust.enrolled_key(register.get("SYT")).fingerprint == pair.fingerprint
    dialog.replace.setChecked(True)

    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)

    assert dialog.error.isHidden()
    assert trust.enrolled_key(register.get("SYT")).fingerprint == fingerprint
    assert AgencyKey.get(AgencyKey.fingerprint == pair.fingerprint).revoked_at is not None
