"""A signed revision's content is the only source of what it says: the agency's editor, an
amendment and the next period's start read it (verified), never entry rows changed beside it."""

from __future__ import annotations

import os
import sqlite3

import pytest

from app.models import Report
from app.services.accounts import users
from app.services.catalogue import catalogue, periods
from app.services.catalogue.plan_info import active_plan_info
from app.services.core.errors import UserError
from app.services.reports import reports, signed_view, signoff
from app.services.workstation.profile import DB_NAME
from app.ui.kit import i18n, tasks
from app.ui.reports.report_editor import REPORT_PAGE, ReportEditor


@pytest.fixture(autouse=True)
def _inline_tasks():
    """The report editor reads its report in a task: inline here, so each step sees it."""
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


PASSWORD = "mat-khau-du-dai"
SIGNED_TEXT = "Đã tổ chức 3 lớp tập huấn cho 120 cán bộ"
ALTERED_TEXT = "Đã tổ chức 30 lớp tập huấn cho 1.200 cán bộ"


def _sign(health, period_id: str) -> Report:
    report = reports.open_draft(health, health.agency, catalogue.active_plan(), period_id)
    for view in reports.entry_views(report):
        reports.update_entry(health, report, view.duty.ref, status="ongoing", results=SIGNED_TEXT)
    reports.set_implementation_plan(health, report, "12/KH-SYT", None, "Triển khai kế hoạch")
    return signoff.sign(report, "nguyen.van.an", PASSWORD, health)


def _current_period() -> str:
    return periods.current_and_next(catalogue.active_plan())[0].id


@pytest.fixture
def signed(health):
    users.add(health, "Nguyễn Văn An", "Giám đốc", "approver", PASSWORD)
    return _sign(health, _current_period())


def _alter_in_file(health, sql: str, *values) -> None:
    """Change the database file as someone holding it would, behind the application's back."""
    with sqlite3.connect(health.folder / DB_NAME) as connection:
        changed = connection.execute(sql, values).rowcount
    assert changed > 0


def _alter_first_entry(health, report: Report) -> str:
    first = reports.entry_views(report)[0]
    _alter_in_file(health, "UPDATE report_entry SET results = ? WHERE id = ?", ALTERED_TEXT,
                   first.entry.id)  # fmt: skip
    return first.duty.ref


def _editor(qtbot, health, language: str = "en") -> ReportEditor:
    i18n.install(language)
    editor = ReportEditor(health, active_plan_info(), "drafter")
    qtbot.addWidget(editor)
    editor.resize(1280, 800)
    editor.show()
    return editor


def test_read_signed_gives_plain_objects_and_names_altered_rows(health, signed):
    clean = signed_view.read_signed(signed)
    assert clean.refusal is None and clean.altered_refs == () and not clean.altered_plan
    assert {view.entry.results for view in clean.entries} == {SIGNED_TEXT}
    assert all(isinstance(v.entry, signed_view.SignedEntry) for v in clean.entries)
    ref = _alter_first_entry(health, signed)
    _alter_in_file(health, "UPDATE report SET impl_title = ? WHERE id = ?", "Kế hoạch khác",
                   signed.id)  # fmt: skip
    altered = signed_view.read_signed(Report.get_by_id(signed.id))
    assert altered.altered_refs == (ref,) and altered.altered_plan
    assert {view.entry.results for view in altered.entries} == {SIGNED_TEXT}


def test_editor_shows_the_signed_text_and_warns_of_an_altered_row(qtbot, health, signed, tmp_path):
    ref = _alter_first_entry(health, signed)
    editor = _editor(qtbot, health)
    assert editor.stack.currentIndex() == REPORT_PAGE
    assert editor.select_ref(ref)
    assert editor.form.results.toPlainText() == SIGNED_TEXT  # not the altered row
    assert not editor.form.results.isEnabled()
    assert editor.banner.isVisible()
    assert "changed after this revision was signed" in editor.banner.text()
    assert ref in editor.banner.text()
    assert editor.amend_button.isEnabled()  # an amendment starts from the signed content
    assert editor.flush()  # nothing saved over the signed revision
    shot = os.environ.get("SIGNED_VIEW_SHOT_DIR")
    if shot:
        editor.grab().save(os.path.join(shot, "signed-altered-en.png"))


def test_warning_is_in_vietnamese_first(qtbot, health, signed):
    _alter_first_entry(health, signed)
    editor = _editor(qtbot, health, "vi")
    text = editor.banner.text()
    assert "Cảnh báo" in text and "nội dung đã ký" in text
    shot = os.environ.get("SIGNED_VIEW_SHOT_DIR")
    if shot:
        editor.grab().save(os.path.join(shot, "signed-altered-vi.png"))


def test_a_signature_that_does_not_verify_shows_no_entries(qtbot, health, signed):
    _alter_in_file(health, "UPDATE report SET content_json = replace(content_json, ?, ?) "
                   "WHERE id = ?", SIGNED_TEXT, ALTERED_TEXT, signed.id)  # fmt: skip
    editor = _editor(qtbot, health)
    assert editor.model.rowCount() == 0
    assert editor.missing_label.text() == ""  # not "every duty has a status"
    assert ALTERED_TEXT not in editor.form.results.toPlainText()
    assert "This revision cannot be shown" in editor.banner.text()
    assert "does not verify" in editor.banner.text()
    shot = os.environ.get("SIGNED_VIEW_SHOT_DIR")
    if shot:
        editor.grab().save(os.path.join(shot, "signed-broken-en.png"))


def test_an_untouched_signed_revision_has_only_the_usual_notice(qtbot, health, signed):
    editor = _editor(qtbot, health)
    assert editor.form.results.toPlainText() == SIGNED_TEXT
    assert "can no longer be changed" in editor.banner.text()
    assert editor.amend_button.isEnabled()


def test_an_amendment_starts_from_the_signed_content_not_the_altered_rows(health, signed):
    ref = _alter_first_entry(health, signed)
    _alter_in_file(health, "UPDATE report SET impl_title = ? WHERE id = ?", "Kế hoạch khác",
                   signed.id)  # fmt: skip
    new = signoff.amend(health, Report.get_by_id(signed.id), "Bổ sung số liệu")
    views = {view.duty.ref: view for view in reports.entry_views(new)}
    assert views[ref].entry.results == SIGNED_TEXT
    assert {view.entry.results for view in views.values()} == {SIGNED_TEXT}
    assert new.impl_title == "Triển khai kế hoạch" and new.revision == 2


def test_an_amendment_of_a_content_that_does_not_verify_is_refused(health, signed):
    _alter_in_file(health, "UPDATE report SET content_json = replace(content_json, ?, ?) "
                   "WHERE id = ?", SIGNED_TEXT, ALTERED_TEXT, signed.id)  # fmt: skip
    with pytest.raises(UserError, match="does not verify"):
        signoff.amend(health, Report.get_by_id(signed.id), "Bổ sung số liệu")
    assert [
        r.revision for r in reports.revisions(health.agency, signed.plan, signed.period_id)
    ] == [1]


def test_the_next_period_starts_from_the_signed_content_not_the_altered_rows(health):
    users.add(health, "Nguyễn Văn An", "Giám đốc", "approver", PASSWORD)
    current = _current_period()
    previous = _sign(health, reports.previous_period_id(current))
    ref = _alter_first_entry(health, previous)
    _alter_in_file(health, "UPDATE report SET impl_number = ? WHERE id = ?", "99/KH-SYT",
                   previous.id)  # fmt: skip
    started = reports.start_from_previous(health, health.agency, previous.plan, current)
    views = {view.duty.ref: view for view in reports.entry_views(started)}
    assert views[ref].entry.results == SIGNED_TEXT and views[ref].entry.status == "ongoing"
    assert started.impl_number == "12/KH-SYT"


def test_the_next_period_does_not_start_from_a_content_that_does_not_verify(health):
    users.add(health, "Nguyễn Văn An", "Giám đốc", "approver", PASSWORD)
    current = _current_period()
    previous = _sign(health, reports.previous_period_id(current))
    _alter_in_file(health, "UPDATE report SET content_json = replace(content_json, ?, ?) "
                   "WHERE id = ?", SIGNED_TEXT, ALTERED_TEXT, previous.id)  # fmt: skip
    with pytest.raises(UserError, match="does not verify"):
        reports.start_from_previous(health, health.agency, previous.plan, current)
    assert reports.latest(health.agency, previous.plan, current) is None  # nothing was made
