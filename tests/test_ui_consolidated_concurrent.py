"""The consolidated report's editor when another officer saved the same part first."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from app.services.accounts import users
from app.services.catalogue import catalogue
from app.services.consolidation import consolidated
from app.ui.consolidation import edit_conflict
from app.ui.consolidation.consolidated_dialogs import ConsolidatedSignDialog
from app.ui.consolidation.consolidated_editor import ASSESSMENT, ConsolidatedEditor
from app.ui.kit import i18n, tasks
from app.ui.kit.labels import ui_language
from tests.consolidated_world import KEYRING, PERIOD, World, build_world, fresh_dofa
from tests.reporting import PASSWORD
from tests.test_ui_consolidated import _editor
from tests.test_ui_report_editor import _type

SHOTS = Path(os.environ.get("PLANTRACKER_SHOTS", "/tmp/plantracker-shots"))


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> World:
    return build_world(tmp_path_factory.mktemp("ui-consolidated-concurrent"))


@pytest.fixture
def station(built, monkeypatch, tmp_path):
    monkeypatch.setenv(KEYRING, built.keyring)
    station = fresh_dofa(built, tmp_path / "dofa")
    users.add(
        station, "Lê Văn Bình", "Trưởng phòng", "approver", PASSWORD, approver_password=PASSWORD
    )
    tasks.set_synchronous(True)
    yield station
    tasks.set_synchronous(False)


def _open(qtbot, station, language: str = "en") -> ConsolidatedEditor:
    editor = _editor(qtbot, station)  # built in English
    i18n.install(language)  # what it says from now on
    return editor


def _other_officer_writes_the_assessment(station, text: str) -> None:
    """Another officer's window: its own copy of the draft, saved."""
    other = consolidated.latest(catalogue.active_plan(), PERIOD)
    consolidated.save_assessment(station, other, text, "le.van.binh")


def _answer(monkeypatch, choice: str, shown: list) -> None:
    """Click a button of the conflict box instead of waiting for a person."""

    def exec_(box):
        shown.append(box)
        SHOTS.mkdir(parents=True, exist_ok=True)
        box.show()  # laid out as a person would see it
        QApplication.processEvents()
        box.grab().save(str(SHOTS / f"edit-conflict-{ui_language()}.png"))
        button = box.reload_button if choice == "reload" else box.overwrite_button
        box.hide()
        monkeypatch.setattr(box, "clickedButton", lambda: button)
        return 0

    monkeypatch.setattr(edit_conflict.EditConflictBox, "exec", exec_)


def test_autosave_after_another_officer_saved_tells_who_and_reloads(qtbot, station, monkeypatch):
    editor = _open(qtbot, station)
    _type(qtbot, editor.editors["III"], "Tóm tắt mục III")
    assert editor.flush()  # the draft exists; both windows have read it
    _other_officer_writes_the_assessment(station, "Đánh giá của anh Bình")
    shown: list = []
    _answer(monkeypatch, "reload", shown)
    _type(qtbot, editor.editors[ASSESSMENT], "Đánh giá của tôi")
    assert editor.flush() is False
    box = shown[0]
    assert box.text().startswith("Lê Văn Bình changed the overall assessment after you opened")
    assert "Đánh giá của anh Bình" in box.informativeText()
    # Reloaded: theirs in the box, mine on the clipboard, nothing of mine on record.
    assert editor.editors[ASSESSMENT].toPlainText() == "Đánh giá của anh Bình"
    assert QGuiApplication.clipboard().text() == "Đánh giá của tôi"
    assert editor.save_label.text() == "Reloaded: the text on record is shown"
    stored = consolidated.latest(catalogue.active_plan(), PERIOD)
    assert stored.assessment_vi == "Đánh giá của anh Bình"
    assert consolidated.summaries(stored)["III"] == "Tóm tắt mục III"


def test_saving_mine_over_theirs_keeps_the_other_parts(qtbot, station, monkeypatch):
    editor = _open(qtbot, station, "vi")
    _type(qtbot, editor.editors["III"], "Tóm tắt mục III")
    assert editor.flush()
    other = consolidated.latest(catalogue.active_plan(), PERIOD)
    consolidated.save_summary(station, other, "IV", "Mục IV của anh Bình", "le.van.binh")
    consolidated.save_assessment(station, other, "Đánh giá của anh Bình", "le.van.binh")
    shown: list = []
    _answer(monkeypatch, "overwrite", shown)
    _type(qtbot, editor.editors[ASSESSMENT], "Đánh giá của tôi")
    assert editor.flush() is True
    assert shown[0].text().startswith("Lê Văn Bình đã sửa phần đánh giá chung")
    stored = consolidated.latest(catalogue.active_plan(), PERIOD)
    assert stored.assessment_vi == "Đánh giá của tôi"
    assert consolidated.summaries(stored) == {"III": "Tóm tắt mục III", "IV": "Mục IV của anh Bình"}


def test_signing_after_another_officer_saved_refuses_and_shows_their_text(
    qtbot, station, monkeypatch
):
    editor = _open(qtbot, station)
    _type(qtbot, editor.editors[ASSESSMENT], "Đánh giá chung")
    assert editor.flush()
    other = consolidated.latest(catalogue.active_plan(), PERIOD)
    consolidated.save_summary(station, other, "IV", "Mục IV của anh Bình", "le.van.binh")
    said: list[str] = []

    def exec_(dialog):  # the approver types the password and signs
        dialog.password.setText(PASSWORD)
        dialog.accept()
        said.append(dialog.error.text())
        return dialog.result()

    monkeypatch.setattr(ConsolidatedSignDialog, "exec", exec_)
    editor.sign_button.click()
    assert said[0].startswith("Another officer changed the consolidated report for 2026-Y")
    assert consolidated.latest(catalogue.active_plan(), PERIOD).status == "draft"
    # Reloaded: the other officer's text is in front of the approver now; signing goes on.
    assert editor.editors["IV"].toPlainText() == "Mục IV của anh Bình"
    assert editor.save_label.text() == "Reloaded: the text on record is shown"
    editor.sign_button.click()
    assert said[1] == "" and consolidated.latest(catalogue.active_plan(), PERIOD).status == "signed"


def test_what_another_officer_saved_appears_in_the_parts_left_alone(qtbot, station):
    """After this window's own save reads the report again, the other officer's section is
    shown; the part being written here keeps its text."""
    editor = _open(qtbot, station)
    _type(qtbot, editor.editors["III"], "Mục III")
    assert editor.flush()
    other = consolidated.latest(catalogue.active_plan(), PERIOD)
    consolidated.save_summary(station, other, "IV", "Mục IV của anh Bình", "le.van.binh")
    _type(qtbot, editor.editors["III"], ", thêm")
    _type(qtbot, editor.editors[ASSESSMENT], "Đang viết")
    editor._dirty.discard(ASSESSMENT)  # as if typed while this save was on its way
    assert editor.flush()
    assert editor.editors["IV"].toPlainText() == "Mục IV của anh Bình"
    assert editor.editors["III"].toPlainText() == "Mục III, thêm"
    assert editor.editors[ASSESSMENT].toPlainText() == "Đang viết"
    # Shown, so seen: this officer may now change it without a conflict.
    editor.editors["IV"].moveCursor(QTextCursor.MoveOperation.End)
    _type(qtbot, editor.editors["IV"], ", đã đọc")
    assert editor.flush()
    stored = consolidated.latest(catalogue.active_plan(), PERIOD)
    assert consolidated.summaries(stored)["IV"] == "Mục IV của anh Bình, đã đọc"
