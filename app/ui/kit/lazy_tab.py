"""A tab page that builds its content the first time it is shown.

A screen behind an unopened tab costs nothing at start-up: the window adds a LazyTab with a
factory, and the real widget (with whatever it loads) is made when the user opens the tab, or
when code asks for `content`. Shown again later, the page calls `on_shown_again(content)`, so
a screen can refresh what changed elsewhere meanwhile (imports, paper reports) — but not on the
first showing, right after it has loaded.

The window's first screen is built right after the window's first paint instead
(`build_after_first_paint`): the window appears with "Loading…" in the page and the screen follows
in the same moment, so a start shows the real window without waiting for its first screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(
        self,
        factory: Callable[[], QWidget],
        on_shown_again: Callable[[QWidget], None] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._factory = factory
        self._on_shown_again = on_shown_again
        self._content: QWidget | None = None
        self._placeholder: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def build_after_first_paint(self) -> None:
        """Say "Loading…" when first shown and build the content once that has been painted."""
        if self._content is None and self._placeholder is None:
            self._placeholder = QLabel(self.tr("Loading…"))
            self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._placeholder.installEventFilter(self)
            self.layout().addWidget(self._placeholder)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._placeholder and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Once this paint is on screen: a 0 ms timer runs after the paint cycle.
            QTimer.singleShot(0, self, self._build_now)
        return False

    def _build_now(self) -> None:
        self.content  # noqa: B018 - building it is the point

    @property
    def is_built(self) -> bool:
        return self._content is not None

    @property
    def content(self) -> QWidget:
        """The real widget, built now if it was not yet."""
        if self._content is None:
            self._content = self._factory()
            if self._placeholder is not None:
                self._placeholder.removeEventFilter(self)
                self._placeholder.deleteLater()
                self._placeholder = None
            self.layout().addWidget(self._content)
        return self._content

    def showEvent(self, event) -> None:  # noqa: N802
        if self._content is None:
            if self._placeholder is None:  # else built once "Loading…" has been painted
                self.content  # noqa: B018 - building it is the point
        elif self._on_shown_again is not None and not event.spontaneous():
            self._on_shown_again(self._content)
        super().showEvent(event)
