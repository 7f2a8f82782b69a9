"""Rows tall enough for Vietnamese capitals.

A capital with a stacked mark (Ầ, Ế, Ổ, Í) rises above the font's ascent, and item views size
their rows from the ascent and descent alone: in a bold heading row "MỤC ĐÍCH, YÊU CẦU" then
loses its top marks and reads "MỤC ĐICH, YÊU CÂU" (a label sized the same way likewise). The
delegate below adds that overshoot above and below (the text is centred), so the marks stay
inside the row; a label gets `row_height_for` its font as its minimum height.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

# The capitals whose marks rise highest in the common sans-serif fonts.
TALL_CAPITALS = "ẦẤẨẪẾỀỂỄỐỒỔỖÍÌỈ"


def row_height_for(font: QFont) -> int:
    """The height a row needs so that the tallest Vietnamese capitals are not cut off."""
    metrics = QFontMetrics(font)
    overshoot = max(0, -metrics.tightBoundingRect(TALL_CAPITALS).top() - metrics.ascent())
    return metrics.height() + 2 * overshoot + 2


class VietnameseCapitalsDelegate(QStyledItemDelegate):
    """The default delegate, with rows as tall as `row_height_for` the row's font."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        font = index.data(Qt.ItemDataRole.FontRole)
        needed = row_height_for(font if isinstance(font, QFont) else option.font)
        return QSize(hint.width(), max(hint.height(), needed))


def keep_capital_marks(view: QAbstractItemView) -> None:
    """Give the view rows in which Vietnamese capitals keep their marks."""
    view.setItemDelegate(VietnameseCapitalsDelegate(view))
