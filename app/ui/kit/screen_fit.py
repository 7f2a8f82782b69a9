"""Windows that fit the office screen: 1366×768 with a taskbar leaves 728 pixels of height.

A window asks for its comfortable size and gets at most what the screen has; a tall form
scrolls instead of pushing its buttons below the bottom edge.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room the window manager takes around a window: title bar and borders.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to width×height, or to the screen's free area when that is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - FRAME_WIDTH)
        height = min(height, free.height() - FRAME_HEIGHT)
    window.resize(width, height)


def scrolling(widget: QWidget) -> QScrollArea:
    """The widget in a frameless scroll area that scrolls only when the space is too small."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
