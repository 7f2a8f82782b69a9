"""The consolidated report tab and the reminder letters dialog, driven as DoFA's clerk would."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models import ConsolidatedReport, Reminder
from app.services.accounts import users
from app.services.catalogue import catalogue
from app.services.catalogue.plan_info import active_plan_info
from app.services.consolidation import consolidated, consolidated_view
from app.services.core.audit import VIETNAM
from app.services.dashboard import paper
from app.services.exchange import bundle_import
from app.ui.accounts.accounts_dialog import ApproverPasswordDialog
from app.ui.consolidation.consolidated_dialogs import ConsolidatedSignDialog
from app.ui.consolidation.consolidated_editor import ASSESSMENT, ConsolidatedEditor
from app.ui.dashboard.reminders_dialog import RemindersDialog
from app.ui.kit import i18n, tasks
from tests.consolidated_world import KEYRING, PERIOD, World, build_world, fresh_dofa
from tests.reporting import PASSWORD
from tests.test_ui_report_editor import _type
from tests.test_ui_texts import clock_in_new_york  # noqa: F401 (a fixture)
from tests.windows import main_window

SUMMARY = "Các sở, ngành chủ động mở rộng hợp tác quốc tế."


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> World:
    return build_world(tmp_path_factory.mktemp("ui-consolidated"))


@pytest.fixture
def world(built, monkeypatch) -> World:
    monkeypatch.setenv(KEYRING, built.keyring)
    return built


@pytest.fixture
def station(world, tmp_path):
    return fresh_dofa(world, tmp_path / "dofa")


@pytest.fixture(autouse=True)
def _inline_tasks():
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    return shown


def _editor(qtbot, station, language: str = "en") -> ConsolidatedEditor:
    i18n.install(language)
    editor = ConsolidatedEditor(station, active_plan_info(), "dofa.clerk")
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    editor.period_combo.setCurrentIndex(editor.period_combo.findData(PERIOD))
    return editor


def test_typing_a_summary_is_saved_and_shown_in_the_preview(qtbot, station):
    editor = _editor(qtbot, station)
    assert editor.state is None and "Not started" in editor.state_label.text()
    preview = editor.preview.toPlainText()
    assert "(Sở Y tế)." in preview and "(Sở Giáo dục và Đào tạo)." in preview
    assert "Tổ chức 2 tuần lễ văn hóa" not in preview  # returned: left out

    _type(qtbot, editor.editors["III"], SUMMARY)
    assert editor.save_label.text() == "Saving…"
    plan = catalogue.active_plan()
    assert consolidated.latest(plan, PERIOD) is None  # not on every keystroke
    qtbot.waitUntil(lambda: editor.save_label.text().startswith("Saved at "), timeout=2500)
    saved = consolidated.latest(plan, PERIOD)
    assert consolidated.summaries(saved) == {"III": SUMMARY}
    assert SUMMARY in editor.preview.toPlainText()
    assert "Revision 1 · draft" in editor.state_label.text()

    _type(qtbot, editor.editors[ASSESSMENT], "Đạt yêu cầu")
    editor.close()  # whatever was typed last is written on closing
    assert ConsolidatedReport.get_by_id(saved.id).assessment_vi == "Đạt yêu cầu"


@pytest.mark.usefixtures("clock_in_new_york")
def test_saved_at_is_vietnam_time_on_a_machine_in_another_zone(qtbot, station):
    editor = _editor(qtbot, station)
    _type(qtbot, editor.editors["III"], SUMMARY)
    qtbot.waitUntil(lambda: editor.save_label.text().startswith("Saved at "), timeout=2500)
    shown = editor.save_label.text().removeprefix("Saved at ")
    now = datetime.now(VIETNAM)
    hours, minutes, _seconds = (int(part) for part in shown.split(":"))
    assert abs(hours * 60 + minutes - (now.hour * 60 + now.minute)) % (24 * 60) <= 1
    editor.close()


def test_changes_panel_lists_a_later_import_and_decides(qtbot, station, world):
    plan = catalogue.active_plan()
    report = consolidated.open_draft(station, plan, PERIOD)
    consolidated.save_summary(station, report, "III", SUMMARY)
    editor = _editor(qtbot, station)
    assert editor.changes.list.count() == 0
    assert not editor.changes.accept_all_button.isEnabled()

    bundle_import.import_bundles(station, [world.later])
    editor.reload()
    panel = editor.changes
    count = panel.list.count()
    assert (
        count == len(world.amended)
        and panel.title() == f"Changed since you last accepted ({count})"
    )
    # The screen names the agency in its language; the passage quotes the document's name.
    assert "Department of Health: changed in a new revision" in panel.list.item(0).text()
    assert "Sở Y tế" not in panel.list.item(0).text()
    assert "(Sở Y tế)." in panel.detail.toPlainText()
    assert "Now received" in panel.detail.toPlainText() and "bổ sung" in panel.detail.toPlainText()
    assert "bổ sung: ký 3" not in editor.preview.toPlainText()

    qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == count - 1
    qtbot.mouseClick(panel.accept_all_button, Qt.MouseButton.LeftButton)
    assert panel.list.count() == 0
    assert "bổ sung: ký 3" in editor.preview.toPlainText()
    assert editor.editors["III"].toPlainText() == SUMMARY
    assert consolidated.summaries(consolidated.latest(plan, PERIOD)) == {"III": SUMMARY}


def test_changes_panel_names_the_agency_in_vietnamese_in_a_vietnamese_interface(
    qtbot, station, world
):
    consolidated.open_draft(station, catalogue.active_plan(), PERIOD)
    bundle_import.import_bundles(station, [world.later])
    editor = _editor(qtbot, station, "vi")
    try:
        line = editor.changes.list.item(0).text()
        assert "Sở Y tế:" in line and "Department of Health" not in line
    finally:
        editor.close()
        i18n.install("en")


def test_sign_dialog_refuses_a_wrong_password_then_signs(qtbot, station, tmp_path):
    plan, info = catalogue.active_plan(), active_plan_info()
    report = consolidated.open_draft(station, plan, PERIOD)
    empty = ConsolidatedSignDialog(info, consolidated_view.state(info, PERIOD), station, 0)
    qtbot.addWidget(empty)
    assert not empty.sign_button.isEnabled()
    assert "overall assessment" in empty.problem.text()

    consolidated.save_assessment(station, report, "Đạt yêu cầu")
    state = consolidated_view.state(info, PERIOD)
    dialog = ConsolidatedSignDialog(info, state, station, 2)
    qtbot.addWidget(dialog)
    assert dialog.sign_button.isEnabled() and not dialog.pending_note.isHidden()
    dialog.password.setText("sai-mat-khau")
    dialog.accept()
    assert dialog.result() == 0 and "Wrong password" in dialog.error.text()
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == 1 and dialog.report.status == "signed"
    assert consolidated.latest(plan, PERIOD).status == "signed"

    editor = _editor(qtbot, station)
    assert "signed by Trần Thị Bình" in editor.state_label.text()
    assert "signature valid" in editor.state_label.text()
    assert editor.editors["III"].isReadOnly() and not editor.sign_button.isEnabled()
    assert editor.amend_button.isEnabled()


def test_exports_write_the_files(qtbot, station, tmp_path, monkeypatch, warnings):
    editor = _editor(qtbot, station)
    for kind in ("pdf", "docx", "xlsx"):
        out = tmp_path / f"tong-hop.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, o=out: (str(o), ""))
        getattr(editor, f"{kind}_button").click()
        assert out.is_file() and out.stat().st_size > 1000, kind
        assert editor.save_label.text() == f"Saved: {out}"
    assert warnings == []
    assert editor.state is not None  # exporting the document started the draft


@pytest.fixture
def owed(dofa):
    """DoFA with Sở Tài chính's 2026-H1 report on paper in time, Sở Công Thương's late."""
    paper.receive_paper(dofa, "STC", "2026-H1", date(2026, 6, 1))
    paper.receive_paper(dofa, "SCT", "2026-H1", date(2026, 7, 15))
    return dofa


def test_reminders_dialog_checks_late_and_missing_and_records_the_letter(
    qtbot, owed, tmp_path, monkeypatch
):
    i18n.install("en")
    users.add(owed, "Lê Văn Bình", "Phó Giám đốc", "approver", PASSWORD)
    dialog = RemindersDialog(owed, active_plan_info(), "2026-H1", "dofa.clerk")
    qtbot.addWidget(dialog)
    rows = {
        dialog.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): dialog.list.topLevelItem(i)
        for i in range(dialog.list.topLevelItemCount())
    }
    assert "STC" not in rows and rows["SCT"].text(1) == "Late"
    assert rows["SYT"].text(1) == "Missing"
    assert len(dialog.checked_codes()) == len(rows)
    # "agency(ies)" until the English plural forms are in translations/plantracker_en.ts
    assert dialog.count_label.text().startswith(f"The letter goes to {len(rows)} agenc")

    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert not dialog.save_button.isEnabled()
    rows["SYT"].setCheckState(0, Qt.CheckState.Checked)
    rows["SCT"].setCheckState(0, Qt.CheckState.Checked)
    assert set(dialog.checked_codes()) == {"SYT", "SCT"}
    assert dialog.count_label.text().startswith("The letter goes to 2 agenc")

    draft = tmp_path / "du-thao.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(draft), ""))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert draft.is_file() and not dialog.result.isHidden()
    assert dialog.result.text() == f"Draft saved: {draft} (nothing recorded)."
    assert Reminder.select().count() == 0

    out = tmp_path / "don-doc.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(out), ""))
    refusals = []

    def type_passwords(password_dialog):
        password_dialog.password.setText("not-the-password")
        password_dialog.accept()  # refused: the dialog stays open and says why
        refusals.append(password_dialog.error.text())
        password_dialog.password.setText(PASSWORD)
        password_dialog.accept()
        return password_dialog.result()

    monkeypatch.setattr(ApproverPasswordDialog, "exec", type_passwords)
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    assert refusals and "Wrong password" in refusals[0]
    assert out.is_file()
    assert not dialog.result.isHidden()
    assert "recorded as sent to 2 agenc" in dialog.result.text()
    assert "Issued as No. 1/SNGV" in dialog.result.text()
    assert {r.agency.code for r in Reminder.select()} == {"SYT", "SCT"}
    again = {
        dialog.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole): dialog.list.topLevelItem(i)
        for i in range(dialog.list.topLevelItemCount())
    }
    assert again["SYT"].text(2) == f"{datetime.now(VIETNAM):%d/%m/%Y} (No. 1)"
    assert again["SXD"].text(2) == ""


def test_the_dofa_window_has_the_tab_and_the_menu(qtbot, owed):

    i18n.install("en")
    window = main_window(owed)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Con&solidated report" in titles
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Consolidation" in menus
    assert not window.consolidation.tab.is_built  # nothing behind an unopened tab
    window.consolidation._on_report_action_triggered()
    assert window.tabs.currentWidget() is window.consolidation.tab
    assert window.consolidation.editor.period_id


def test_signing_without_the_assessment_brings_it_into_view_on_a_small_screen(
    qtbot, station, warnings, monkeypatch
):
    editor = _editor(qtbot, station)
    editor.resize(1350, 560)  # 1366×768 at 125 %: the assessment is below the fold
    opened = []
    monkeypatch.setattr(ConsolidatedSignDialog, "exec", lambda dialog: opened.append(dialog))
    area, field = editor.writing_area, editor.editors[ASSESSMENT]
    area.verticalScrollBar().setValue(0)
    assert area.verticalScrollBar().maximum() > 0  # the form scrolls here
    editor.sign_button.click()
    assert opened == [] and "assessment" in warnings[-1]
    top = field.mapTo(area.widget(), field.rect().topLeft()).y()
    shown = area.verticalScrollBar().value()
    assert shown <= top <= shown + area.viewport().height()  # scrolled to it
    assert editor.window().focusWidget() is field


def test_section_captions_keep_the_marks_of_their_capitals(qtbot, station):
    """ "Summary of section III. NHIỆM VỤ CỤ THỂ": a caption as tall as the font's ascent and
    descent cut off the hook of Ể (it read THÊ)."""
    editor = _editor(qtbot, station)
    field = editor.editors["III"]
    caption = field.parentWidget().layout().labelForField(field)
    assert "NHIỆM VỤ CỤ THỂ" in caption.text()
    ink = QFontMetrics(caption.font()).tightBoundingRect(caption.text())
    assert caption.height() >= ink.height() + 2


def test_the_report_is_read_off_the_ui_thread(qtbot, station):
    """On the pool, as in the running app: nothing can be typed until the saved text is in."""
    plan = catalogue.active_plan()
    report = consolidated.open_draft(station, plan, PERIOD)
    consolidated.save_summary(station, report, "III", SUMMARY)
    tasks.set_synchronous(False)
    i18n.install("en")
    editor = ConsolidatedEditor(station, active_plan_info(), "dofa.clerk")
    qtbot.addWidget(editor)
    # The plan's periods and sections come first, from a task of their own.
    assert editor.loading and editor.state_label.text() == "Loading the report…"
    assert editor.period_combo.count() == 0 and not editor.pdf_button.isEnabled()
    qtbot.waitUntil(lambda: editor.period_combo.count() > 0, timeout=20000)
    assert "III" in editor.editors and editor.pdf_button.isEnabled()
    editor.period_combo.setCurrentIndex(editor.period_combo.findData(PERIOD))
    assert editor.loading and editor.state_label.text() == "Loading the report…"
    assert editor.editors["III"].isReadOnly() and not editor.sign_button.isEnabled()
    qtbot.waitUntil(lambda: not editor.loading, timeout=20000)
    assert editor.editors["III"].toPlainText() == SUMMARY
    assert not editor.editors["III"].isReadOnly()
    assert "Revision 1 · draft" in editor.state_label.text()
    qtbot.waitUntil(lambda: "(Sở Y tế)." in editor.preview.toPlainText(), timeout=20000)
