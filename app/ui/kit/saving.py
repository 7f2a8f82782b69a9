"""A dialog's save that takes a moment (a password's scrypt, several rows, a file) runs in a
task: meanwhile the dialog shows that it works (a wait cursor, its buttons held) and a second
click or Enter starts nothing; then `saved(result)` or the refusal on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.ui.kit.tasks import run_task

SAVING = "_saving_in_task"


def is_saving(dialog: QWidget) -> bool:
    return bool(getattr(dialog, SAVING, False))


def save_in_task(
    dialog: QWidget,
    work: Callable[[], Any],
    saved: Callable[[Any], None],
    refused: Callable[[BaseException], None],
    held: Iterable[QWidget | None] = (),
) -> None:
    """Run work() off the UI thread unless a save of `dialog` is already under way; the
    `held` widgets are disabled until it ends, then each is as it was before (whatever the
    outcome: `saved` or `refused` may change them next)."""
    if is_saving(dialog):
        return
    # Each widget's own setting, not isEnabled(): a widget inside a disabled parent reads as
    # disabled, and restoring that would keep it disabled once the parent is enabled again.
    were = [
        (widget, not widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled))
        for widget in held
        if widget is not None
    ]
    setattr(dialog, SAVING, True)
    for widget, _enabled in were:
        widget.setEnabled(False)
    dialog.setCursor(Qt.CursorShape.WaitCursor)

    def done(result, error: BaseException | None) -> None:
        setattr(dialog, SAVING, False)
        for widget, enabled in were:
            widget.setEnabled(enabled)
        dialog.unsetCursor()
        if error is not None:
            refused(error)
        else:
            saved(result)

    run_task(lambda _progress: work(), done, parent=dialog)
