"""Small pieces only the exchange screens share: bundle files, import statuses, change texts,
where to save. What other screens share too is in app/ui/kit (texts, passphrase, summary,
folders)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.core import labels as words
from app.services.core.vocabulary import ImportStatus, ReportOutcome
from app.ui.accounts.login_dialog import hint_label
from app.ui.kit.labels import entry_status_label, ui_language

CONTEXT = "Exchange"
BUNDLE_FILTER = QT_TRANSLATE_NOOP("Exchange", "Report bundles (*.ptbundle)")

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
