"""Asking for the keys' passphrase where they are locked with one: a key file on a computer with
no OS secret store, or DoFA's keys in the office's database until this session opened them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from app.services.core.vocabulary import KeyStorage
from app.services.keys import keys
from app.ui.kit.errors import user_message
from app.ui.kit.tasks import run_task

# Set on a widget while it reads whether its keys need a passphrase: a second click meanwhile
# asks nothing more.
_ASKING = "_asking_for_passphrase"


def ask_passphrase(
    parent: QWidget,
    go_on: Callable[[str | None], None],
    cancelled: Callable[[], None] | None = None,
) -> None:
    """Then go_on(passphrase), asked only where the keys are locked with one (a key file, or
    DoFA's keys in the office's database until this session opened them), else go_on(None);
    cancelled() when the person declines. Whether a passphrase is needed is a setting, read in
    a task (a failed read is said in a message box); a second call while it is read does
    nothing."""
    if getattr(parent, _ASKING, False):
        return
    setattr(parent, _ASKING, True)

    def read(needed: KeyStorage | None, error: BaseException | None) -> None:
        setattr(parent, _ASKING, False)
        if error is not None:
            title = QCoreApplication.translate("Exchange", "Key passphrase")
            QMessageBox.critical(parent, title, user_message(error))
            return
        if needed is None:
            go_on(None)
            return
        typed = _typed_passphrase(parent, needed)
        if typed:
            go_on(typed)
        elif cancelled is not None:
            cancelled()

    run_task(lambda _progress: _passphrase_needed(), read, parent=parent)


def _passphrase_needed() -> KeyStorage | None:
    """Runs off the UI thread: where the locked keys are (keys.storage()), or None."""
    return keys.storage() if keys.asks_passphrase() else None


def _typed_passphrase(parent: QWidget, storage: KeyStorage) -> str | None:
    if storage == KeyStorage.DATABASE:
        why = QCoreApplication.translate(
            "Exchange",
            "DoFA's keys are kept in the office's database, locked with DoFA's passphrase; "
            "it is asked once per session.\nPassphrase:",
        )
    else:
        why = QCoreApplication.translate(
            "Exchange",
            "This computer has no OS secret store, so this workstation's keys are kept in a "
            "file protected by a passphrase.\nPassphrase:",
        )
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("Exchange", "Key passphrase"),
        why,
        QLineEdit.EchoMode.Password,
    )
    return text if ok and text else None
