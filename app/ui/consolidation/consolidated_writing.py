"""DoFA's own writing in the consolidated report: the summary of the reporting situation, one
summary per reportable section of the plan, and the overall assessment. The sections come
with the editor's first read, so the parts are added then (add_parts)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QPlainTextEdit, QWidget

from app.services.consolidation.consolidated_view import ASSESSMENT, OPENING
from app.ui.kit.labels import fmt
from app.ui.kit.row_height import row_height_for


class WritingArea(QWidget):
    """The parts as plain-text fields, by key (OPENING, a section's ident, ASSESSMENT)."""

    edited = Signal(str)  # the key of the part whose text changed

    def __init__(self, parent=None):
        super().__init__(parent)
        self.editors: dict[str, QPlainTextEdit] = {}
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)

    def add_parts(self, sections: tuple[tuple[str, str], ...]) -> None:
        """One field per part, for the plan's reportable (ident, Vietnamese title) sections."""
        captions = [(OPENING, self.tr("Summary of the reporting situation"))]
        summary_of = self.tr("Summary of section %1. %2")
        captions += [(ident, fmt(summary_of, ident, title)) for ident, title in sections]
        captions.append(
            (ASSESSMENT, self.tr("Overall assessment and proposals (required to sign)"))
        )
        for key, caption in captions:
            editor = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(70)
            editor.textChanged.connect(lambda k=key: self.edited.emit(k))
            self.editors[key] = editor
            label = QLabel(caption)
            # Section titles are capitals (NHIỆM VỤ CỤ THỂ): room for the marks above them.
            label.setMinimumHeight(row_height_for(label.font()))
            self.form.addRow(label, editor)
