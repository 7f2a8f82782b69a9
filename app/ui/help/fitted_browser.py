"""A text browser whose pictures fit its width: the guide's screenshots are wider (1,350 px)
than the guide window, and a picture cut off at the right explains nothing. Each picture is
shown at its own size when it fits, else scaled down to the width with its aspect kept, and
again whenever the window is resized; a small picture is never enlarged."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import QStyle, QTextBrowser

# Room kept beside a picture for the frame and the layout's rounding, so that a fitted picture
# never brings a horizontal scroll bar.
SLACK = 4


class FittedImageBrowser(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._natural: dict[str, QSize] = {}  # picture name → its size in pixels
        self.sourceChanged.connect(self._on_source_changed)

    def _on_source_changed(self, _url: QUrl) -> None:
        self.fit_images()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_images()

    def room(self) -> int:
        """The width a picture may take: the page's width inside its margins, with the vertical
        scroll bar counted in whether it shows yet or not (it comes with the pictures' height,
        and a picture fitted without it would be cut by it)."""
        margin = self.document().documentMargin()
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        inside = self.contentsRect().width() - bar
        return max(1, int(inside - 2 * margin) - SLACK)

    def natural_size(self, name: str) -> QSize | None:
        if name not in self._natural:
            kind = QTextDocument.ResourceType.ImageResource
            loaded = self.loadResource(kind, QUrl(name))  # the file's bytes, or an image
            image = QImage.fromData(loaded) if isinstance(loaded, QByteArray | bytes) else loaded
            if isinstance(image, QImage | QPixmap) and not image.isNull():
                self._natural[name] = image.size()
        return self._natural.get(name)

    def fit_images(self) -> None:
        room = self.room()
        cursor = QTextCursor(self.document())
        for start, length, image in list(self.images()):
            natural = self.natural_size(image.name())
            if natural is None or natural.width() <= 0:
                continue
            width = min(natural.width(), room)
            height = natural.height() * width / natural.width()
            if image.width() == width and abs(image.height() - height) < 0.5:
                continue
            fitted = QTextImageFormat(image)
            fitted.setWidth(width)
            fitted.setHeight(height)
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.setCharFormat(fitted)

    def images(self):
        """(position, length, format) of each picture of the page."""
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                char_format = fragment.charFormat()
                if fragment.isValid() and char_format.isImageFormat():
                    image = char_format.toImageFormat()
                    yield fragment.position(), fragment.length(), image
                fragments += 1
            block = block.next()
