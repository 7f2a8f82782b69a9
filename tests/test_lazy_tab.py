"""A tab page builds its screen when first shown, or (the window's first screen at a start)
right after it has painted "Loading…"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget

from app.ui.kit.lazy_tab import LazyTab


def _tabs(qtbot, *pages: LazyTab) -> QTabWidget:
    tabs = QTabWidget()
    for number, page in enumerate(pages):
        tabs.addTab(page, f"Tab {number}")
    qtbot.addWidget(tabs)
    return tabs


def test_a_page_is_built_when_first_shown(qtbot):
    built: list[str] = []
    first = LazyTab(lambda: built.append("first") or QLabel("first"))
    second = LazyTab(lambda: built.append("second") or QLabel("second"))
    tabs = _tabs(qtbot, first, second)
    tabs.show()
    assert built == ["first"]
    tabs.setCurrentIndex(1)
    assert built == ["first", "second"] and second.content.text() == "second"


def test_the_first_screen_says_loading_and_follows_its_first_paint(qtbot):
    built: list[str] = []
    page = LazyTab(lambda: built.append("screen") or QLabel("the screen"))
    page.build_after_first_paint()
    tabs = _tabs(qtbot, page)
    tabs.show()
    assert built == []  # shown, not yet painted
    [placeholder] = page.findChildren(QLabel)
    assert placeholder.text() == page.tr("Loading…")
    qtbot.waitUntil(lambda: page.is_built)
    assert built == ["screen"] and page.content.text() == "the screen"
    qtbot.waitUntil(lambda: not [c for c in page.findChildren(QLabel) if c is not page.content])


def test_asking_for_the_screen_builds_it_at_once(qtbot):
    page = LazyTab(lambda: QLabel("the screen"))
    page.build_after_first_paint()
    assert page.content.text() == "the screen" and page.is_built
