"""The user guide: the same pages in Vietnamese and English, every link and picture there, and
F1 opening the page of the screen in front, rendered offline in the guide window."""

from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.paths import USER_GUIDE_DIR
from app.ui.help.guide_window import GuideWindow
from app.ui.kit import i18n
from tests.windows import main_window

LINK = re.compile(r"\]\(([^)#]+)\)")


def _pages(language: str) -> set[str]:
    return {p.stem for p in (USER_GUIDE_DIR / language).glob("*.md")}


def test_both_languages_have_the_same_pages_and_every_link_and_picture_resolves():
    assert _pages("vi") == _pages("en") and "index" in _pages("vi")
    for language in ("vi", "en"):
        folder = USER_GUIDE_DIR / language
        for page in folder.glob("*.md"):
            text = page.read_text(encoding="utf-8")
            assert unicodedata.is_normalized("NFC", text), page
            for target in LINK.findall(text):
                assert (folder / target).is_file(), f"{page.name}: {target}"
        linked = {
            t[:-3] for t in LINK.findall((folder / "index.md").read_text()) if t.endswith(".md")
        }
        assert linked == _pages(language) - {"index"}  # the contents list every page


@pytest.mark.parametrize("station_name", ["health", "dofa"])
def test_f1_opens_the_page_of_the_screen_in_front(qtbot, request, station_name):
    i18n.install("vi")
    window = main_window(request.getfixturevalue(station_name))
    qtbot.addWidget(window)
    window.show()
    opened = set()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = window.screen_page()
        assert page in _pages("vi"), (window.tabs.tabText(index), page)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        guide = window.guide
        assert guide is not None and guide.isVisible()
        assert guide.shown_page() == page
        title = (USER_GUIDE_DIR / "vi" / f"{page}.md").read_text().splitlines()[0][2:]
        assert guide.browser.toPlainText().startswith(title)  # rendered, not shown as source
        opened.add(page)
        guide.close()  # the main window is in front again for the next F1
        window.activateWindow()
    assert len(opened) >= 3


def test_the_guide_follows_the_interface_language(qtbot, health):
    i18n.install("en")
    try:
        window = main_window(health)
        qtbot.addWidget(window)
        guide = window.show_guide("backup")
        assert guide.browser.toPlainText().startswith("Backup and restore")
        assert "img/backup.png" in guide.browser.toHtml()
        guide.contents_button.click()
        assert guide.shown_page() == "index"
        guide.back_button.click()
        assert guide.shown_page() == "backup"
    finally:
        i18n.install("vi")


def _pictures(guide) -> dict[str, tuple[float, float]]:
    return {
        image.name(): (image.width(), image.height()) for _s, _l, image in guide.browser.images()
    }


@pytest.mark.parametrize("language", ["vi", "en"])
def test_screenshots_fit_the_window_width_and_small_pictures_keep_their_size(qtbot, language):
    i18n.install(language)
    try:
        guide = GuideWindow()
        qtbot.addWidget(guide)
        guide.resize(980, 760)
        guide.show_page("dashboard")  # a 1,350-px screenshot
        qtbot.waitExposed(guide)
        browser = guide.browser
        assert browser.horizontalScrollBar().maximum() == 0  # nothing cut off at the right
        [(width, height)] = _pictures(guide).values()
        assert width == browser.room() < 1350
        assert height == pytest.approx(688 * width / 1350)
        assert browser.horizontalScrollBar().maximum() == 0  # nothing cut off at the right

        guide.resize(640, 700)  # narrower: scaled down again
        QApplication.processEvents()
        [(narrow, narrow_height)] = _pictures(guide).values()
        assert narrow == browser.room() < width
        assert narrow_height == pytest.approx(688 * narrow / 1350)
        assert browser.horizontalScrollBar().maximum() == 0

        guide.resize(980, 760)
        guide.show_page("sign")  # a 600-px picture: at its own size, not enlarged
        QApplication.processEvents()
        assert list(_pictures(guide).values()) == [(600, 316)]
    finally:
        i18n.install("vi")
