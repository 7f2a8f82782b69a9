"""Small pieces the exchange screens share: times, fingerprints, passphrases, change texts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import register
from app.services.core import labels as words
from app.services.core.vocabulary import ImportStatus, ReportOutcome
from app.services.keys import keys
from app.ui.accounts.login_dialog import hint_label
from app.ui.kit.errors import user_message
from app.ui.kit.labels import capitalised, entry_status_label, fmt, period_label, ui_language
from app.ui.kit.tasks import run_task

CONTEXT = "Exchange"
BUNDLE_FILTER = QT_TRANSLATE_NOOP("Exchange", "Report bundles (*.ptbundle)")
ELIDE_AT = 80

FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("Exchange", "Status"),
    "progress": QT_TRANSLATE_NOOP("Exchange", "Progress"),
    "results": QT_TRANSLATE_NOOP("Exchange", "Results"),
    "difficulties": QT_TRANSLATE_NOOP("Exchange", "Difficulties"),
    "proposals": QT_TRANSLATE_NOOP("Exchange", "Proposals"),
    "attachments": QT_TRANSLATE_NOOP("Exchange", "Evidence files"),
}

# A bundle's status after a preview (dry run): what an import would do.
PREVIEW_STATUS_LABELS = {
    ImportStatus.IMPORTED: QT_TRANSLATE_NOOP("Exchange", "Can be imported"),
    ImportStatus.CONFLICT: QT_TRANSLATE_NOOP("Exchange", "Can be imported; holds a conflict"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def bundle_filter() -> str:
    return tr(BUNDLE_FILTER)


def when_text(iso: str | None) -> str:
    """ "2026-03-12T09:05:00+07:00" → "12/03/2026 09:05" (as the clock read then)."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def revision_text(period_id: str, revision: int) -> str:
    """ "Year 2026, revision 2" / "Năm 2026, lần 2"."""
    return fmt(
        QCoreApplication.translate("Exchange", "%1, revision %2"),
        capitalised(period_label(period_id)),
        revision,
    )


def agency_name(code: str | None) -> str:
    """The official (Vietnamese) name of an agency, or its code when the register lacks it.
    It reads the register: call it in a task."""
    if not code:
        return ""
    agency = register.find(code)
    return agency.name_vi if agency else code


def outcome_label(outcome: str) -> str:
    return words.label_of(ReportOutcome, outcome, ui_language())


def status_label(status: str, preview: bool = False) -> str:
    """A file's import status; a preview says what an import would do, in its own words."""
    if preview and status in PREVIEW_STATUS_LABELS:
        return tr(PREVIEW_STATUS_LABELS[status])
    return words.label_of(ImportStatus, status, ui_language())


def field_label(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return tr(label) if label else name


def value_text(name: str, value: object) -> str:
    """A changed value as a person reads it ("—" when there is none)."""
    if value is None or value == () or value == "":
        return "—"
    if name == "status":
        return entry_status_label(str(value))
    if name == "progress":
        return f"{value}%"
    if isinstance(value, tuple):  # evidence files' names
        return ", ".join(str(v) for v in value)
    return str(value)


def elided(text: str, limit: int = ELIDE_AT) -> str:
    """One line of at most `limit` characters; the full text belongs in a tooltip."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def open_folder(path: Path) -> None:
    folder = path if path.is_dir() else path.parent
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


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

    def read(needed: str | None, error: BaseException | None) -> None:
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


def _passphrase_needed() -> str | None:
    """Runs off the UI thread: where the locked keys are (keys.storage()), or None."""
    return keys.storage() if keys.asks_passphrase() else None


def _typed_passphrase(parent: QWidget, storage: str) -> str | None:
    if storage == keys.DATABASE:
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


class SaveTarget(QGroupBox):
    """ "Save to": a folder (the app names the file) or a file the user names."""

    def __init__(self, hint: str, parent: QWidget | None = None):
        super().__init__(QCoreApplication.translate("SaveTarget", "Save to"), parent)
        self.folder_button = QPushButton(
            QCoreApplication.translate("SaveTarget", "Save to a &folder…")
        )
        self.file_button = QPushButton(QCoreApplication.translate("SaveTarget", "Save as a f&ile…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint_label(hint))
        layout.addLayout(buttons)
