"""The report editor, driven as a drafter would: start, type, choose, attach, submit, amend."""

from __future__ import annotations

import hashlib
import subprocess

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QStyle

from app.models import Attachment
from app.services.accounts import users
from app.services.catalogue import catalogue, periods
from app.services.catalogue.plan_info import info_of
from app.services.reports import reports, signoff
from app.ui.kit import i18n, tasks
from app.ui.reports.entry_form import NO_PROGRESS
from app.ui.reports.report_editor import EMPTY_PAGE, LOADING_PAGE, REPORT_PAGE, ReportEditor

MY_DUTIES = ["III.1.1", "III.13.1", "IV.1.1"]
PASSWORD = "mat-khau-du-dai"


@pytest.fixture(autouse=True)
def _inline_tasks():
    """The report editor reads its report in a task: inline here, so each step sees it."""
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def plan(health):
    return catalogue.active_plan()


@pytest.fixture
def period_id(plan) -> str:
    return periods.current_and_next(plan)[0].id


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def _editor(qtbot, health, plan) -> ReportEditor:
    i18n.install("en")
    editor = ReportEditor(health, info_of(plan), "drafter")
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    return editor


def _started(qtbot, health, plan) -> ReportEditor:
    editor = _editor(qtbot, health, plan)
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    return editor


def _type(qtbot, widget, text: str) -> None:
    """Key presses as a Vietnamese keyboard sends them (QTest knows only ASCII keys)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def _saved(editor: ReportEditor, ref: str):
    """The entry as the database has it now."""
    report = reports.latest(
        editor.station.agency, catalogue.active_plan(editor.plan.code), editor.report.period_id
    )
    return next(v for v in reports.entry_views(report) if v.duty.ref == ref)


def _choose_status(editor: ReportEditor, status: str) -> None:
    editor.form.status.setCurrentIndex(editor.form.status.findData(status))


def _signed(health, plan, period_id):
    users.add(health, "Nguyễn Văn An", "Giám đốc", "approver", PASSWORD)
    report = reports.open_draft(health, health.agency, plan, period_id)
    for ref in MY_DUTIES:
        reports.update_entry(health, report, ref, status="ongoing", results=f"Kết quả {ref}")
    return signoff.sign(report, "nguyen.van.an", PASSWORD, health)


def test_period_without_report_shows_the_empty_state(qtbot, health, plan, period_id):
    editor = _editor(qtbot, health, plan)
    assert editor.period_combo.currentData() == period_id
    assert editor.stack.currentIndex() == EMPTY_PAGE
    assert editor.new_button.isEnabled()
    assert not editor.from_previous_button.isEnabled()
    assert "There is no report for the" in editor.empty_page.from_previous_note.text()
    assert not editor.revision_combo.isEnabled()
    assert not editor.state_label.isVisible()
    assert f"due {periods.get(plan, period_id).due:%d/%m/%Y}" in editor.period_info.text()


def test_starting_lists_exactly_my_duties_without_status(qtbot, health, plan):
    editor = _started(qtbot, health, plan)
    assert editor.stack.currentIndex() == REPORT_PAGE
    model = editor.model
    assert [model.ref_at(row) for row in range(model.rowCount())] == MY_DUTIES
    assert {model.item(row, 2).text() for row in range(model.rowCount())} == {"No status yet"}
    assert model.item(0, 2).font().bold()
    assert editor.missing_label.text().count("III.") == 2
    assert "Missing status: III.1.1, III.13.1, IV.1.1" in editor.missing_label.text()
    assert editor.current_ref() == "III.1.1"
    assert "III.1.1" in editor.form.duty_text.toPlainText()
    assert editor.form.progress.value() == NO_PROGRESS


def test_start_from_the_previous_period_copies_the_entries(qtbot, health, plan, period_id):
    previous = reports.open_draft(
        health, health.agency, plan, reports.previous_period_id(period_id)
    )
    reports.update_entry(health, previous, "III.13.1", status="stalled", progress=30, results="Cũ")
    reports.set_implementation_plan(health, previous, "12/KH-SYT", None, "Triển khai 590")
    editor = _editor(qtbot, health, plan)
    assert editor.from_previous_button.isEnabled()
    qtbot.mouseClick(editor.from_previous_button, Qt.MouseButton.LeftButton)
    assert editor.select_ref("III.13.1")
    assert editor.form.status.currentData() == "stalled"
    assert editor.form.progress.value() == 30
    assert editor.form.results.toPlainText() == "Cũ"
    assert editor.impl_box.number.text() == "12/KH-SYT"
    assert not editor.impl_box.dated.isChecked()
    assert "III.13.1" not in editor.missing_label.text()


def test_typing_is_saved_within_a_second_and_a_bit(qtbot, health, plan):
    editor = _started(qtbot, health, plan)
    _type(qtbot, editor.form.results, "Đã tổ chức 12 hội nghị")
    assert _saved(editor, "III.1.1").entry.results == ""  # not on every keystroke
    assert editor.save_label.text() == "Saving…"
    qtbot.wait(1200)
    assert _saved(editor, "III.1.1").entry.results == "Đã tổ chức 12 hội nghị"
    assert editor.save_label.text().startswith("Saved at ")


def test_switching_entries_and_hiding_save_at_once(qtbot, health, plan):
    editor = _started(qtbot, health, plan)
    _type(qtbot, editor.form.difficulties, "Thiếu kinh phí")
    editor.select_ref("IV.1.1")
    assert _saved(editor, "III.1.1").entry.difficulties == "Thiếu kinh phí"
    editor.form.progress.setValue(40)
    _type(qtbot, editor.form.proposals, "Bổ sung biên chế")
    editor.hide()
    saved = _saved(editor, "IV.1.1").entry
    assert (saved.progress, saved.proposals) == (40, "Bổ sung biên chế")
    editor.show()
    editor.select_ref("III.1.1")
    assert editor.form.difficulties.toPlainText() == "Thiếu kinh phí"


def test_implementing_plan_is_saved(qtbot, health, plan):
    editor = _started(qtbot, health, plan)
    box = editor.impl_box
    assert not box.date.isEnabled()
    _type(qtbot, box.number, "45/KH-SYT")
    box.dated.setChecked(True)
    assert box.date.isEnabled()
    box.date.setDate(box.date.date().fromString("03/03/2015", "dd/MM/yyyy"))
    _type(qtbot, box.title, "Kế hoạch hội nhập quốc tế")
    assert editor.flush()
    report = reports.latest(health.agency, plan, editor.report.period_id)
    assert (report.impl_number, f"{report.impl_date:%d/%m/%Y}", report.impl_title) == (
        "45/KH-SYT",
        "03/03/2015",
        "Kế hoạch hội nhập quốc tế",
    )


def test_choosing_a_status_updates_the_list_and_the_missing_line(qtbot, health, plan):
    editor = _started(qtbot, health, plan)
    _choose_status(editor, "done")
    assert _saved(editor, "III.1.1").entry.status == "done"
    assert editor.model.item(0, 2).text() == "Done"
    assert not editor.model.item(0, 2).font().bold()
    assert "Missing status: III.13.1, IV.1.1" in editor.missing_label.text()
    editor.form.status.setCurrentIndex(0)  # back to "Choose…"
    assert _saved(editor, "III.1.1").entry.status is None
    assert "Missing status: III.1.1, III.13.1, IV.1.1" in editor.missing_label.text()


def test_submit_is_refused_while_a_status_is_missing(qtbot, health, plan, warnings):
    editor = _started(qtbot, health, plan)
    _choose_status(editor, "in_progress")
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "III.13.1, IV.1.1" in warnings[0]
    assert editor.current_ref() == "III.13.1"  # the first one to fill in
    assert editor.report.status == "draft"
    _choose_status(editor, "ongoing")
    editor.move_entry(1)
    assert editor.current_ref() == "IV.1.1"
    _choose_status(editor, "not_started")
    assert editor.missing_label.text() == "Every duty has a status."
    qtbot.mouseClick(editor.submit_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert reports.latest(health.agency, plan, editor.report.period_id).status == "submitted"
    assert "Awaiting sign-off" in editor.state_label.text()
    assert not editor.submit_button.isEnabled()
    assert editor.form.results.isEnabled()  # submitted is still editable until signed


def test_sign_off_button_asks_the_main_window(qtbot, health, plan):
    editor = _started(qtbot, health, plan)
    _type(qtbot, editor.form.results, "chưa lưu")
    with qtbot.waitSignal(editor.sign_off_requested) as blocker:
        qtbot.mouseClick(editor.sign_button, Qt.MouseButton.LeftButton)
    asked = blocker.args[0]
    assert (asked.period_id, asked.revision) == (editor.report.period_id, editor.report.revision)
    assert _saved(editor, "III.1.1").entry.results == "chưa lưu"  # saved before signing


def test_attach_records_hash_and_size_and_refuses_big_files(
    qtbot, health, plan, tmp_path, monkeypatch, warnings
):
    editor = _started(qtbot, health, plan)
    small = tmp_path / "Biên bản hội nghị.txt"
    small.write_bytes("Nội dung biên bản".encode() * 100)
    chosen = [str(small)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    qtbot.mouseClick(editor.form.add_button, Qt.MouseButton.LeftButton)
    assert warnings == []
    [attachment] = _saved(editor, "III.1.1").attachments
    assert attachment.sha256 == hashlib.sha256(small.read_bytes()).hexdigest()
    assert attachment.size == small.stat().st_size
    item = editor.form.attachments.topLevelItem(0)
    assert item.text(0) == "Biên bản hội nghị.txt"
    assert item.text(1) == "2.1 KB"
    assert item.text(2) == attachment.sha256[:12] + "…"

    big = tmp_path / "scan.pdf"
    with big.open("wb") as f:
        f.truncate(21 * 1024 * 1024)  # sparse: no disk used
    chosen[:] = [str(big)]
    qtbot.mouseClick(editor.form.add_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert "scan.pdf is 21.0 MB" in warnings[0] and "at most 20 MB" in warnings[0]
    assert len(_saved(editor, "III.1.1").attachments) == 1
    assert editor.form.attachments.topLevelItemCount() == 1
    assert Attachment.select().count() == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    editor.form.attachments.setCurrentItem(item)
    qtbot.mouseClick(editor.form.remove_button, Qt.MouseButton.LeftButton)
    assert _saved(editor, "III.1.1").attachments == []
    assert editor.form.attachments.topLevelItemCount() == 0


def test_signed_report_is_read_only(qtbot, health, plan, period_id):
    _signed(health, plan, period_id)
    editor = _editor(qtbot, health, plan)
    form = editor.form
    assert editor.stack.currentIndex() == REPORT_PAGE
    for widget in (form.status, form.progress, form.results, form.difficulties, form.proposals):
        assert not widget.isEnabled()
    assert not form.add_button.isEnabled()
    assert not editor.impl_box.number.isEnabled() and not editor.impl_box.title.isEnabled()
    assert not editor.submit_button.isEnabled() and not editor.sign_button.isEnabled()
    assert editor.amend_button.isEnabled() and editor.export_button.isEnabled()
    assert editor.banner.isVisible() and "can no longer be changed" in editor.banner.text()
    state = editor.state_label.text()
    assert "Signed" in state and "Signature valid" in state
    assert "Nguyễn Văn An (Giám đốc)" in state and "not issued yet" in state
    assert form.results.toPlainText() == "Kết quả III.1.1"  # still readable
    assert editor.flush()  # nothing to save, nothing refused


def test_amend_needs_a_reason_and_keeps_revision_1(
    qtbot, health, plan, period_id, monkeypatch, warnings
):
    _signed(health, plan, period_id)
    editor = _editor(qtbot, health, plan)
    answer = ("   ", True)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: answer)
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    assert warnings and "needs a reason" in warnings[0]
    assert len(reports.revisions(health.agency, plan, period_id)) == 1

    answer = ("Bổ sung số liệu quý IV", True)
    qtbot.mouseClick(editor.amend_button, Qt.MouseButton.LeftButton)
    assert [r.revision for r in reports.revisions(health.agency, plan, period_id)] == [1, 2]
    assert editor.revision_combo.count() == 2
    assert editor.report.revision == 2
    assert editor.form.results.isEnabled() and not editor.banner.isVisible()
    assert "Bổ sung số liệu quý IV" in editor.state_label.text()
    editor.form.results.moveCursor(QTextCursor.MoveOperation.End)
    _type(qtbot, editor.form.results, " (sửa)")
    assert editor.flush()
    assert _saved(editor, "III.1.1").entry.results == "Kết quả III.1.1 (sửa)"

    editor.revision_combo.setCurrentIndex(editor.revision_combo.findData(1))
    assert editor.report.revision == 1
    assert not editor.form.results.isEnabled()
    assert editor.form.results.toPlainText() == "Kết quả III.1.1"
    assert "earlier revision" in editor.banner.text()
    assert "Signature valid" in editor.state_label.text()
    assert not editor.amend_button.isEnabled()  # only the latest revision can be amended


def test_export_pdf_contains_what_was_typed(qtbot, health, plan, tmp_path, monkeypatch):
    editor = _started(qtbot, health, plan)
    editor.select_ref("III.13.1")
    _type(qtbot, editor.form.results, "Khám chữa bệnh cho 250 người nước ngoài")
    offered = []

    def save_as(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(tmp_path / "bao-cao"), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    assert offered[0].endswith(f"BC-SYT-{editor.report.period_id}-lan1.pdf")
    out = tmp_path / "bao-cao.pdf"
    assert editor.save_label.text() == f"PDF saved: {out}"  # written in a task, then said
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout
    assert "Khám chữa bệnh cho 250 người nước ngoài" in " ".join(text.decode().split())
    assert QApplication.overrideCursor() is None  # the wait cursor is gone again


def test_keyboard_moves_between_entries_and_saves(qtbot, health, plan):
    editor = _started(qtbot, health, plan)
    with qtbot.waitActive(editor):
        editor.activateWindow()  # shortcuts work in the active window only
    editor.form.results.setFocus()
    _type(qtbot, editor.form.results, "abc")
    qtbot.keyClick(editor.form.results, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _saved(editor, "III.1.1").entry.results == "abc"
    qtbot.keyClick(editor.form.results, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert editor.current_ref() == "III.13.1"
    qtbot.keyClick(editor.entries, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_ref() == "IV.1.1"
    qtbot.keyClick(editor.entries, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.current_ref() == "III.13.1"


def test_refusals_are_in_the_interface_language(qtbot, health, plan, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    editor = _started(qtbot, health, plan)
    i18n.install("vi")
    big = tmp_path / "ảnh chụp.png"
    with big.open("wb") as f:
        f.truncate(25 * 1024 * 1024)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(big)], ""))
    qtbot.mouseClick(editor.form.add_button, Qt.MouseButton.LeftButton)
    assert "Tệp ảnh chụp.png có dung lượng 25,0 MB" in shown[0]
    assert "tối đa 20 MB" in shown[0]
    assert _saved(editor, "III.1.1").attachments == []


def test_reload_keeps_changes_made_elsewhere(qtbot, health, plan):
    editor = _started(qtbot, health, plan)
    shown = reports.latest(health.agency, plan, editor.report.period_id)
    reports.set_implementation_plan(health, shown, "7/KH-SYT", None, "Đặt từ dòng lệnh")
    reports.update_entry(health, shown, "IV.1.1", status="done")
    editor.reload()
    report = reports.latest(health.agency, plan, editor.report.period_id)
    assert (report.impl_number, report.impl_title) == ("7/KH-SYT", "Đặt từ dòng lệnh")
    assert editor.impl_box.number.text() == "7/KH-SYT"
    assert "IV.1.1" not in editor.missing_label.text()


def test_the_duty_list_shows_each_status_whole_in_rows_tall_enough(qtbot, health, plan):
    """Sized to the statuses shown, the column cut "Thực hiện thường xuyên" to "…xuyê"; rows of
    one uniform height, taken from the ascent, cut the marks of capitals such as "Ổ", "Ệ"."""
    i18n.install("vi")
    editor = ReportEditor(health, info_of(plan), "drafter")
    qtbot.addWidget(editor)
    editor.resize(1350, 800)
    editor.show()
    qtbot.mouseClick(editor.new_button, Qt.MouseButton.LeftButton)
    _choose_status(editor, "ongoing")
    view, status = editor.entries, editor.model.index(0, 2)
    assert status.data() == "Thực hiện thường xuyên"
    metrics = QFontMetrics(view.font())
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    # The laid-out text is a fraction wider than its whole-pixel advance: at equality Qt elides.
    assert view.columnWidth(2) > metrics.horizontalAdvance(status.data()) + 2 * margin
    ink = metrics.tightBoundingRect("TỔ CHỨC THỰC HIỆN")
    assert view.visualRect(status).height() >= ink.height() + 2
    i18n.install("en")


def test_the_report_is_read_off_the_ui_thread(qtbot, health, plan, period_id):
    """On the pool, as in the running app: nothing can be typed until the report is in."""
    reports.open_draft(health, health.agency, plan, period_id)
    tasks.set_synchronous(False)
    i18n.install("en")
    editor = ReportEditor(health, info_of(plan), "drafter")
    qtbot.addWidget(editor)
    assert editor.loading and editor.stack.currentIndex() == LOADING_PAGE  # not "no report"
    assert not editor.sign_button.isEnabled() and not editor.export_button.isEnabled()
    qtbot.waitUntil(lambda: not editor.loading, timeout=20000)
    assert editor.stack.currentIndex() == REPORT_PAGE
    assert [editor.model.ref_at(row) for row in range(editor.model.rowCount())] == MY_DUTIES
    assert editor.form.results.isEnabled() and editor.sign_button.isEnabled()
    assert "Draft" in editor.state_label.text()

    editor.reload()  # a report on screen stays while it is read again; the state line says so
    assert editor.loading and editor.stack.currentIndex() == REPORT_PAGE
    assert editor.state_label.text() == "Loading the report…"
    assert not editor.form.results.isEnabled()
    qtbot.waitUntil(lambda: not editor.loading, timeout=20000)
    assert editor.form.results.isEnabled()
