"""What an exchange or a key's screen says in large type: the outcome in plain words (a problem
in red) and a key's fingerprint to read out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QFrame, QLabel


def fingerprint_label(text: str = "") -> QLabel:
    """A key fingerprint in large, fixed-width type that can be read out and selected."""
    label = QLabel(text)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 10) * 1.8)
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setFrameShape(QFrame.Shape.StyledPanel)
    label.setMargin(8)
    return label


def summary_label() -> QLabel:
    """The prominent plain-words outcome of an exchange; hidden until there is one."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet(
        "background: #e8f1fb; border: 1px solid #8fb3dc; padding: 8px; color: #0b2a4a;"
    )
    label.hide()
    return label


def set_summary(label: QLabel, text: str, problem: bool = False) -> None:
    colours = ("#fdecea", "#e0a19a", "#5c1010") if problem else ("#e8f1fb", "#8fb3dc", "#0b2a4a")
    label.setStyleSheet(
        f"background: {colours[0]}; border: 1px solid {colours[1]}; padding: 8px; "
        f"color: {colours[2]};"
    )
    label.setText(text)
    label.show()
