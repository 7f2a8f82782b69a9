"""A tab page that builds its content the first time it is shown.

A screen behind an unopened tab costs nothing at start-up: the window adds a LazyTab with a
factory, and the real widget (with whatever it loads) is made when the user opens the tab, or
when code asks for `content`. Shown again later, the page calls `on_shown_again(content)`, so
a screen can refresh what changed elsewhere meanwhile (imports, paper reports) — but not on the
first showing, right after it has loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self._content is not None

    @property
    def content(self) -> QWidget:
        """The real widget, built now if it was not yet."""
        if self._content is None:
            self._content = self._factory()
            self.layout().addWidget(self._content)
        return self._content

    def showEvent(self, event) -> None:  # noqa: N802
        if self._content is None:
            self.content  # noqa: B018 - building it is the point
        elif self._on_shown_again is not None and not event.spontaneous():
            self._on_shown_again(self._content)
        super().showEvent(event)
