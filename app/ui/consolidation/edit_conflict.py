"""What the consolidated report's editor says when another officer saved the same part first.

The officer reads who changed which part and the text now on record, and chooses: reload
(their own text goes to the clipboard, so nothing typed is lost) or save theirs over it.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.consolidation.concurrent_edits import EditConflictError
from app.ui.kit.errors import user_message

SHOWN_CHARACTERS = 600  # of the other officer's text: enough to recognise it


class EditConflictBox(QMessageBox):
    def __init__(self, conflict: EditConflictError, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Changed by another officer"))
        self.setText(user_message(conflict))
        theirs = conflict.theirs or self.tr("(empty)")
        if len(theirs) > SHOWN_CHARACTERS:
            theirs = theirs[:SHOWN_CHARACTERS] + "…"
        self.setInformativeText(self.tr("The text now on record:") + "\n\n" + theirs)
        self.reload_button = self.addButton(
            self.tr("&Reload (my text goes to the clipboard)"), QMessageBox.ButtonRole.AcceptRole
        )
        self.overwrite_button = self.addButton(
            self.tr("&Save mine over theirs"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.setDefaultButton(self.reload_button)


def ask_reload(parent: QWidget, conflict: EditConflictError, mine: str) -> bool:
    """True: reload the report (mine is on the clipboard); False: save mine over theirs."""
    box = EditConflictBox(conflict, parent)
    box.exec()
    reload = box.clickedButton() is not box.overwrite_button
    box.deleteLater()  # answered: not kept as a child of the editor until the editor goes
    if reload:
        QGuiApplication.clipboard().setText(mine)
    return reload
