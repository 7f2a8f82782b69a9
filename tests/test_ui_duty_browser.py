"""The main window and duty browser, driven as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from app.models import db
from app.ui.app import DesktopApp
from app.ui.kit import i18n
from app.ui.main_window import MainWindow
from tests import workstations
from tests.windows import main_window


def _window(qtbot, station, language="vi") -> MainWindow:
    i18n.install(language)
    window = main_window(station)
    qtbot.addWidget(window)
    window.show()
    # The duties are read in a task, "Loading…" meanwhile.
    qtbot.waitUntil(lambda: not window.browser.loading)  # built now if not in front
    return window


def test_vietnamese_by_default_with_my_duties(qtbot, health):
    window = _window(qtbot, health)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Tệp", "&Danh mục", "Tr&ao đổi", "&Ngôn ngữ", "Trợ &giúp"]
    assert window.browser.visible_duty_refs() == ["III.1.1", "III.13.1", "IV.1.1"]
    assert window.browser.count_label.text() == "3 nhiệm vụ"
    assert "Sở Y tế" in window.status_label.text()
    assert "Máy của đơn vị" in window.status_label.text()


def test_search_ignores_accents_and_case(qtbot, dofa):
    window = _window(qtbot, dofa)
    browser = window.browser
    browser.scope.setCurrentIndex(1)  # the whole plan
    qtbot.keyClicks(browser.search, "Y TE")
    assert "III.13.1" in browser.visible_duty_refs()
    assert "III.2.1" not in browser.visible_duty_refs()
    browser.search.clear()
    qtbot.keyClicks(browser.search, "bien phong")
    assert browser.visible_duty_refs() == ["III.1.1", "III.18.1", "III.18.2", "IV.1.1"]
    browser.search.clear()
    qtbot.keyClicks(browser.search, "khong co trong ke hoach")
    assert browser.visible_duty_refs() == []
    assert "Không có nhiệm vụ nào khớp" in browser.detail.toPlainText()


def test_escape_clears_the_search(qtbot, dofa):
    window = _window(qtbot, dofa)
    browser = window.browser
    qtbot.keyClicks(browser.search, "doan ra")
    assert browser.visible_duty_refs() == ["III.2.1"]
    qtbot.keyClick(browser.search, Qt.Key.Key_Escape)
    assert browser.search.text() == ""
    assert len(browser.visible_duty_refs()) == 11


def test_detail_pane_shows_text_agencies_and_place(qtbot, dofa):
    window = _window(qtbot, dofa)
    browser = window.browser
    browser.scope.setCurrentIndex(1)
    assert browser.select_ref("III.2.7")
    text = browser.detail.toPlainText()
    assert "Chủ trì phối hợp với Sở Nội vụ" in text
    assert "Mục III" in text and "khoản 2 Sở Ngoại vụ" in text and "đoạn 7" in text
    assert "Cơ quan chủ trì (1): Sở Ngoại vụ" in text
    assert "Cơ quan phối hợp (1): Sở Nội vụ" in text
    assert "Đơn vị tôi: Chủ trì" in text


def test_context_sections_are_shown_but_not_reported(qtbot, health):
    window = _window(qtbot, health)
    browser = window.browser
    qtbot.keyClicks(browser.search, "WTO")  # only in section II
    assert browser.visible_duty_refs() == []
    section = browser.proxy.index(0, 0)
    assert section.data() == "II."
    paragraph = browser.proxy.index(0, 0, browser.proxy.index(0, 0, section))
    assert "WTO" in paragraph.siblingAtColumn(1).data()


def test_english_from_the_language_menu(qtbot, tmp_path):
    folder = tmp_path / "ws"
    workstations.create(folder, "SYT", consolidating=False).close()
    desktop = DesktopApp(folder, None)
    window = desktop.show_main_window()  # not qtbot's to close: the language change deletes it
    language_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Ngôn ngữ")
    english = next(a for a in language_menu.actions() if a.text() == "English")
    opened = db.obj
    english.trigger()
    assert db.obj is opened  # the same open database: nothing re-bound for a language
    window = desktop.window
    qtbot.addWidget(window)
    assert [a.text() for a in window.menuBar().actions()][0] == "&File"
    qtbot.waitUntil(lambda: not window.browser.loading)
    assert window.browser.count_label.text() == "3 duties"
    assert "Department of Health" in window.windowTitle()
    # The choice is remembered for the next start.
    assert DesktopApp(folder, None).language == "en"
    i18n.install("vi")


def test_section_headings_keep_the_marks_of_their_capitals(qtbot, health):
    """Bold capitals with stacked marks (Í, Ầ, Ế, Ổ) rise above the font's ascent; a row sized
    from the ascent alone cut them off ("MỤC ĐICH, YÊU CÂU")."""
    browser = _window(qtbot, health).browser
    tree = browser.tree
    heading = tree.model().index(0, 1)
    assert heading.data() == "MỤC ĐÍCH, YÊU CẦU"
    ink = QFontMetrics(heading.data(Qt.ItemDataRole.FontRole)).tightBoundingRect(heading.data())
    assert tree.visualRect(heading).height() >= ink.height() + 2
    duty_row = tree.visualRect(tree.model().index(0, 1, tree.model().index(2, 0)))
    assert duty_row.height() == tree.visualRect(heading).height()  # one height for all rows


def _alt_letters(window: MainWindow) -> list[str]:
    """The Alt-key letter of each menu and tab of the window ("T&ệp" → "ệ")."""
    titles = [a.text() for a in window.menuBar().actions()]
    titles += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    letters = []
    for title in titles:
        at = title.replace("&&", "").find("&")
        assert at >= 0, f"{title!r} has no Alt-key letter"
        letters.append(title.replace("&&", "")[at + 1].lower())
    return letters


@pytest.mark.parametrize("language", ["vi", "en"])
def test_each_menu_and_tab_has_its_own_alt_key(qtbot, health, dofa, language):
    """Two titles on one letter make Alt+letter cycle instead of open (Alt+B was both
    "Báo cáo" and "Báo cáo tổng hợp", Alt+N three tabs; in English Alt+R was both
    "Registers" and "Report", Alt+L "Language" and "Activity log", Alt+C "Consolidation"
    and "Received reports")."""
    for station in (health, dofa):
        letters = _alt_letters(_window(qtbot, station, language))
        assert len(letters) == len(set(letters)), letters
    i18n.install("vi")
