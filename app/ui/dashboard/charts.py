"""Two small charts painted with QPainter: stacked horizontal bars, and a line over periods.

Painted rather than QtCharts: PySide6-Essentials has no QtCharts, and the installer leaves
the Addons out (tens of MB for two charts). Each chart keeps the numbers it draws, so tests
and tooltips read them back with `series()`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

MARGIN = 8
LEGEND_BOX = 10
AXIS = QColor("#888888")
GRID = QColor("#e4e4e4")


@dataclass
class Series:
    name: str
    colour: str
    values: list[float]


class _Chart(QWidget):
    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.categories: list[str] = []
        self.data: list[Series] = []
        self.hit_boxes: list[tuple[QRectF, str]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, categories: list[str], series: list[Series]) -> None:
        self.categories, self.data = list(categories), list(series)
        self.update()

    def series(self) -> dict[str, list[float]]:
        """What the chart draws: series name → one value per category."""
        return {s.name: list(s.values) for s in self.data}

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(240, 160)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            point = QPointF(event.pos())
            text = next((t for box, t in self.hit_boxes if box.contains(point)), None)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _legend(self, painter: QPainter, top: float) -> float:
        """Draw title and legend from `top`; returns the y below them."""
        metrics = QFontMetrics(self.font())
        y = top
        if self.title:
            bold = self.font()
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPointF(MARGIN, y + metrics.ascent()), self.title)
            painter.setFont(self.font())
            y += metrics.height() + 4
        x = MARGIN
        for item in self.data:
            width = LEGEND_BOX + 4 + metrics.horizontalAdvance(item.name) + 14
            if x + width > self.width() - MARGIN and x > MARGIN:
                x, y = MARGIN, y + metrics.height() + 2
            painter.fillRect(
                QRectF(x, y + (metrics.height() - LEGEND_BOX) / 2, LEGEND_BOX, LEGEND_BOX),
                QColor(item.colour),
            )
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPointF(x + LEGEND_BOX + 4, y + metrics.ascent()), item.name)
            x += width
        return y + metrics.height() + 6

    def _empty(self, painter: QPainter, text: str) -> None:
        painter.setPen(AXIS)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, text)


def nice_ceiling(value: float) -> float:
    """The smallest of 4, 8, 10, 20, 40, 80, 100 … (a multiple of 4 steps) at or above value."""
    step = 1.0
    while True:
        for factor in (1, 2, 2.5, 5):
            if 4 * step * factor >= value:
                return max(4 * step * factor, 4.0)
        step *= 10


class StackedBarChart(_Chart):
    """One horizontal bar per category, one segment per series, with the counts written in.

    Each category gets at least a line of text: with many categories the chart grows taller
    (inside a scroll area) rather than squeezing its labels over each other.
    """

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = QFontMetrics(self.font()).height()
        legend = 3 * (line + 6)  # the title and up to two lines of legend
        rows = len(self.categories) * (line + 2)
        return QSize(240, max(160, int(2 * MARGIN + legend + rows + line)))

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint()

    def set_data(self, categories: list[str], series: list[Series]) -> None:
        super().set_data(categories, series)
        self.updateGeometry()  # more categories: taller

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.hit_boxes = []
        if not self.categories:
            self._empty(painter, self.tr("Nothing to show"))
            return
        top = self._legend(painter, MARGIN)
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(c) for c in self.categories) + 8
        left, right = MARGIN + label_width, self.width() - MARGIN
        bottom = self.height() - MARGIN - metrics.height()
        count = len(self.categories)
        pitch = max(1.0, (bottom - top) / count)
        bar = max(1.0, min(pitch * 0.75, 28.0))
        totals = [sum(s.values[i] for s in self.data) for i in range(count)]
        largest = nice_ceiling(max(totals))
        scale = (right - left) / largest
        painter.setPen(GRID)
        for step in range(5):
            x = left + (right - left) * step / 4
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
            painter.setPen(AXIS)
            tick = f"{largest * step / 4:.0f}"
            painter.drawText(QPointF(x - metrics.horizontalAdvance(tick) / 2, bottom + 14), tick)
            painter.setPen(GRID)
        for i, category in enumerate(self.categories):
            y = top + i * pitch + (pitch - bar) / 2
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(MARGIN, top + i * pitch, label_width - 8, pitch),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                category,
            )
            x = left
            for item in self.data:
                value = item.values[i]
                if value <= 0:
                    continue
                box = QRectF(x, y, value * scale, bar)
                painter.fillRect(box, QColor(item.colour))
                text = f"{value:g}"
                if box.width() > metrics.horizontalAdvance(text) + 4 and bar >= metrics.height():
                    painter.setPen(QColor("#ffffff"))
                    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
                self.hit_boxes.append((box, f"{category} — {item.name}: {value:g}"))
                x += box.width()


class LineChart(_Chart):
    """Values from 0 to `top` (100 by default: percentages) over categories, as lines."""

    def __init__(self, title: str = "", top: float = 100.0, suffix: str = "%", parent=None):
        super().__init__(title, parent)
        self.top, self.suffix = top, suffix

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.hit_boxes = []
        if not self.categories:
            self._empty(painter, self.tr("Nothing to show"))
            return
        upper = self._legend(painter, MARGIN)
        metrics = QFontMetrics(self.font())
        left = MARGIN + metrics.horizontalAdvance(f"{self.top:.0f}{self.suffix}") + 6
        right = self.width() - MARGIN - metrics.horizontalAdvance(self.categories[-1]) / 2
        bottom = self.height() - MARGIN - 2 * metrics.height()
        for step in range(5):
            value = self.top * step / 4
            y = bottom - (bottom - upper) * step / 4
            painter.setPen(GRID)
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setPen(AXIS)
            painter.drawText(
                QRectF(MARGIN, y - metrics.height() / 2, left - MARGIN - 4, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:.0f}{self.suffix}",
            )
        count = len(self.categories)
        step_x = (right - left) / max(1, count - 1)
        label_every = max(1, int(metrics.horizontalAdvance(max(self.categories, key=len)) * 1.3
                                 / max(step_x, 1)) + 1)  # fmt: skip
        painter.setPen(AXIS)
        for i in range(count - 1, -1, -label_every):  # counted back: the latest is labelled
            x = left + i * step_x
            width = metrics.horizontalAdvance(self.categories[i])
            painter.drawText(QPointF(x - width / 2, bottom + metrics.height() + 2),
                             self.categories[i])  # fmt: skip
        for item in self.data:
            path = QPainterPath()
            points = []
            for i, value in enumerate(item.values):
                point = QPointF(left + i * step_x, bottom - (bottom - upper) * value / self.top)
                points.append(point)
                if i == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
                box = QRectF(point.x() - 6, point.y() - 6, 12, 12)
                label = f"{self.categories[i]} — {item.name}: {value:g}{self.suffix}"
                self.hit_boxes.append((box, label))
            painter.setPen(QPen(QColor(item.colour), 2))
            painter.drawPath(path)
            painter.setBrush(QColor(item.colour))
            for point in points:
                painter.drawEllipse(point, 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
