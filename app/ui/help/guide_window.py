"""The user guide, offline: the Markdown pages of docs/user-guide/<language>/ in a Qt window.

Help → User guide opens its contents; F1 opens the page of the screen in front. Links between
pages and the screenshots (img/…) resolve inside the guide's folder; links to the web are not
followed (the app works offline), they are shown as they are. Screenshots are scaled down to
the window's width (FittedImageBrowser).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from app.paths import USER_GUIDE_DIR
from app.ui.help.fitted_browser import FittedImageBrowser
from app.ui.kit.labels import ui_language
from app.ui.kit.screen_fit import fit_to_screen

CONTENTS = "index"


def guide_folder() -> Path:
    return USER_GUIDE_DIR / ui_language()


def page_path(page: str) -> Path:
    """The page's file, or the contents when there is no such page."""
    path = guide_folder() / f"{page}.md"
    return path if path.is_file() else guide_folder() / f"{CONTENTS}.md"


class GuideWindow(QDialog):
    """A non-modal window: the guide stays open beside the screen it explains."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = FittedImageBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)
        self.browser.setSearchPaths([str(guide_folder())])
        self.back_button = QPushButton(self.tr("&Back"))
        self.contents_button = QPushButton(self.tr("&Contents"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.contents_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addLayout(buttons)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.back_button.setEnabled(False)
        self.contents_button.clicked.connect(lambda: self.show_page(CONTENTS))
        close.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        fit_to_screen(self, 980, 760)

    def show_page(self, page: str) -> None:
        url = QUrl.fromLocalFile(str(page_path(page)))
        self.browser.setSource(url, QTextDocument.ResourceType.MarkdownResource)
        self.show()
        self.raise_()
        self.activateWindow()

    def shown_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem
