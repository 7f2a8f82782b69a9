"""The audit log: who changed what and when, newest first, filterable."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.core import audit
from app.services.core.vocabulary import AuditAction
from app.ui.accounts.audit_sentences import detail_sentence
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.screen_fit import fit_to_screen
from app.ui.kit.table_model import PhraseFilter, TitledTableModel
from app.ui.kit.texts import in_vietnam_time

LIMIT = 1000
CONTEXT = "AuditLog"
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("AuditLog", "Time"),
    QT_TRANSLATE_NOOP("AuditLog", "Who"),
    QT_TRANSLATE_NOOP("AuditLog", "Action"),
    QT_TRANSLATE_NOOP("AuditLog", "Details"),
)
ACTION_LABELS = {
    AuditAction.USER_ADD: QT_TRANSLATE_NOOP("AuditLog", "Account added"),
    AuditAction.USER_LOGIN: QT_TRANSLATE_NOOP("AuditLog", "Signed in"),
    AuditAction.USER_LOGIN_DELAYED: QT_TRANSLATE_NOOP(
        "AuditLog", "Sign-in held back (too many wrong passwords)"
    ),
    AuditAction.USER_LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        "AuditLog", "Sign-in refused (wrong password)"
    ),
    AuditAction.USER_APPROVAL_REFUSED: QT_TRANSLATE_NOOP("AuditLog", "Approver's password refused"),
    AuditAction.USER_PASSWORD: QT_TRANSLATE_NOOP("AuditLog", "Password changed"),
    AuditAction.USER_RESET_PASSWORD: QT_TRANSLATE_NOOP("AuditLog", "Password reset by an approver"),
    AuditAction.PROFILE_BACKUP: QT_TRANSLATE_NOOP("AuditLog", "Workstation backed up"),
    AuditAction.PROFILE_RESTORE: QT_TRANSLATE_NOOP(
        "AuditLog", "Workstation restored from a backup"
    ),
    AuditAction.BACKUP_AUTO_ON: QT_TRANSLATE_NOOP("AuditLog", "Automatic backups set up"),
    AuditAction.BACKUP_AUTO_OFF: QT_TRANSLATE_NOOP("AuditLog", "Automatic backups turned off"),
    AuditAction.USER_ACTIVATE: QT_TRANSLATE_NOOP("AuditLog", "Account reactivated"),
    AuditAction.USER_DEACTIVATE: QT_TRANSLATE_NOOP("AuditLog", "Account deactivated"),
    AuditAction.REPORT_CREATE: QT_TRANSLATE_NOOP("AuditLog", "Report created"),
    AuditAction.REPORT_EDIT: QT_TRANSLATE_NOOP("AuditLog", "Report edited"),
    AuditAction.REPORT_ATTACH: QT_TRANSLATE_NOOP("AuditLog", "Evidence attached"),
    AuditAction.REPORT_DETACH: QT_TRANSLATE_NOOP("AuditLog", "Evidence removed"),
    AuditAction.REPORT_IMPLEMENTATION_PLAN: QT_TRANSLATE_NOOP(
        "AuditLog", "Implementing plan recorded"
    ),
    AuditAction.REPORT_START_FROM_PREVIOUS: QT_TRANSLATE_NOOP(
        "AuditLog", "Report started from the previous period"
    ),
    AuditAction.REPORT_SUBMIT: QT_TRANSLATE_NOOP("AuditLog", "Report submitted for sign-off"),
    AuditAction.REPORT_SIGN: QT_TRANSLATE_NOOP("AuditLog", "Report signed"),
    AuditAction.REPORT_SIGN_REFUSED: QT_TRANSLATE_NOOP(
        "AuditLog", "Signing refused (wrong password)"
    ),
    AuditAction.REPORT_AMEND: QT_TRANSLATE_NOOP("AuditLog", "Report amended (new revision)"),
    AuditAction.AGENCY_ADD: QT_TRANSLATE_NOOP("AuditLog", "Agency added"),
    AuditAction.AGENCY_RENAME: QT_TRANSLATE_NOOP("AuditLog", "Agency renamed"),
    AuditAction.AGENCY_RETIRE: QT_TRANSLATE_NOOP("AuditLog", "Agency retired"),
    AuditAction.AGENCY_DELETE: QT_TRANSLATE_NOOP("AuditLog", "Agency deleted (added by mistake)"),
    AuditAction.PROFILE_JOIN: QT_TRANSLATE_NOOP(
        "AuditLog", "Workstation joined the office's shared database"
    ),
    AuditAction.PROFILE_SETUP: QT_TRANSLATE_NOOP("AuditLog", "Workstation set up"),
    AuditAction.KEY_CREATE: QT_TRANSLATE_NOOP("AuditLog", "Signing key created"),
    AuditAction.SETTINGS_DOCUMENT: QT_TRANSLATE_NOOP("AuditLog", "Document settings changed"),
    AuditAction.PERIOD_DUE: QT_TRANSLATE_NOOP("AuditLog", "Due date of a period set"),
    AuditAction.PERIOD_DUE_DAYS: QT_TRANSLATE_NOOP("AuditLog", "Default due date changed"),
    AuditAction.KEY_CREATE_IDENTITY: QT_TRANSLATE_NOOP(
        "AuditLog", "Decryption or escrow key created"
    ),
    AuditAction.KIT_EXPORT: QT_TRANSLATE_NOOP("AuditLog", "Setup kit exported"),
    AuditAction.KIT_ADOPT: QT_TRANSLATE_NOOP("AuditLog", "DoFA's setup kit adopted"),
    AuditAction.ENROL_EXPORT: QT_TRANSLATE_NOOP("AuditLog", "Enrolment file exported"),
    AuditAction.ENROL_IMPORT: QT_TRANSLATE_NOOP("AuditLog", "Agency enrolled"),
    AuditAction.ENROL_REFUSED: QT_TRANSLATE_NOOP(
        "AuditLog", "Enrolment refused (fingerprint differs)"
    ),
    AuditAction.BUNDLE_EXPORT: QT_TRANSLATE_NOOP("AuditLog", "Bundle exported"),
    AuditAction.BUNDLE_EXPORT_FAILED: QT_TRANSLATE_NOOP(
        "AuditLog", "Bundle export undone (the file could not be written)"
    ),
    AuditAction.BUNDLE_IMPORT: QT_TRANSLATE_NOOP("AuditLog", "Bundle imported"),
    AuditAction.BUNDLE_REJECTED: QT_TRANSLATE_NOOP("AuditLog", "Bundle rejected"),
    AuditAction.REPORT_CONFLICT: QT_TRANSLATE_NOOP("AuditLog", "Conflicting revision received"),
    AuditAction.REPORT_CONFLICT_RESOLVED: QT_TRANSLATE_NOOP("AuditLog", "Conflict decided"),
    AuditAction.KEY_BACKUP: QT_TRANSLATE_NOOP("AuditLog", "Keys backed up"),
    AuditAction.KEY_RESTORE: QT_TRANSLATE_NOOP("AuditLog", "Keys restored"),
    AuditAction.KEY_ROTATE: QT_TRANSLATE_NOOP("AuditLog", "Signing key rotated"),
    AuditAction.KEY_ROTATION_ACCEPTED: QT_TRANSLATE_NOOP(
        "AuditLog", "An agency's new key accepted"
    ),
    AuditAction.KEY_REVOKE: QT_TRANSLATE_NOOP("AuditLog", "An agency's key revoked"),
    AuditAction.ENROL_REPLACE: QT_TRANSLATE_NOOP(
        "AuditLog", "An agency's key replaced (new machine)"
    ),
    AuditAction.REPLY_EXPORT: QT_TRANSLATE_NOOP("AuditLog", "Reply written for an agency"),
    AuditAction.REPLY_IMPORT: QT_TRANSLATE_NOOP("AuditLog", "DoFA's reply imported"),
    AuditAction.REPLY_REJECTED: QT_TRANSLATE_NOOP("AuditLog", "DoFA's reply rejected"),
    AuditAction.REPORT_RETURN: QT_TRANSLATE_NOOP("AuditLog", "Report returned for revision"),
    AuditAction.REPORT_PAPER: QT_TRANSLATE_NOOP("AuditLog", "Paper report recorded"),
    AuditAction.CONSOLIDATED_CREATE: QT_TRANSLATE_NOOP("AuditLog", "Consolidated report started"),
    AuditAction.CONSOLIDATED_EDIT: QT_TRANSLATE_NOOP("AuditLog", "Consolidated report edited"),
    AuditAction.CONSOLIDATED_ACCEPT: QT_TRANSLATE_NOOP(
        "AuditLog", "Changes to the pre-fill accepted"
    ),
    AuditAction.CONSOLIDATED_KEEP: QT_TRANSLATE_NOOP(
        "AuditLog", "Changes to the pre-fill set aside (text kept)"
    ),
    AuditAction.CONSOLIDATED_SIGN: QT_TRANSLATE_NOOP("AuditLog", "Consolidated report signed"),
    AuditAction.CONSOLIDATED_SIGN_REFUSED: QT_TRANSLATE_NOOP(
        "AuditLog", "Signing the consolidated report refused"
    ),
    AuditAction.CONSOLIDATED_AMEND: QT_TRANSLATE_NOOP("AuditLog", "Consolidated report amended"),
    AuditAction.REPORT_ISSUE: QT_TRANSLATE_NOOP("AuditLog", "Report issued (number and date)"),
    AuditAction.REPORT_ISSUE_REFUSED: QT_TRANSLATE_NOOP("AuditLog", "Issuing refused"),
    AuditAction.CONSOLIDATED_ISSUE: QT_TRANSLATE_NOOP("AuditLog", "Consolidated report issued"),
    AuditAction.CONSOLIDATED_ISSUE_REFUSED: QT_TRANSLATE_NOOP(
        "AuditLog", "Issuing the consolidated report refused"
    ),
    AuditAction.REMINDER_ISSUE: QT_TRANSLATE_NOOP("AuditLog", "Reminder letter issued"),
    AuditAction.REMINDER_ISSUE_REFUSED: QT_TRANSLATE_NOOP("AuditLog", "Issuing a reminder refused"),
    AuditAction.REPORT_ISSUE_CLASH: QT_TRANSLATE_NOOP(
        "AuditLog", "An agency's issue number clashes with one already held"
    ),
    AuditAction.PERIOD_TRACK: QT_TRANSLATE_NOOP("AuditLog", "First tracked period set"),
    AuditAction.REMINDER_SEND: QT_TRANSLATE_NOOP("AuditLog", "Reminder letter written"),
    AuditAction.TOKEN_CONFIGURE: QT_TRANSLATE_NOOP("AuditLog", "Token driver set"),
    AuditAction.TRUST_ADD_CERTIFICATE: QT_TRANSLATE_NOOP(
        "AuditLog", "Certificate trusted for token signatures"
    ),
    AuditAction.TRUST_ADD_CRL: QT_TRANSLATE_NOOP("AuditLog", "Revocation list (CRL) imported"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()


def action_label(code: str) -> str:
    """A readable name for an action code; codes without one are shown as they are."""
    label = ACTION_LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, label) if label else code


def time_text(iso: str) -> str:
    try:
        return in_vietnam_time(datetime.fromisoformat(iso)).strftime("%d/%m/%Y %H:%M:%S")
    except ValueError:
        return iso


def detail_text(detail: str, action: str = "") -> str:
    """The JSON detail in words: a sentence for common actions, else named values."""
    return detail_sentence(action, detail)


class AuditTableModel(TitledTableModel):
    """Rows are the display texts of the latest entries, as the view's read hands them over."""

    CONTEXT = CONTEXT
    COLUMN_TITLES = COLUMN_TITLES

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []
        self.sort_keys: list[str] = []

    def set_entries(self, entries: list[audit.LogEntry]) -> None:
        self.beginResetModel()
        self.rows = [
            (time_text(e.at), e.actor, action_label(e.action), detail_text(e.detail, e.action))
            for e in entries
        ]
        self.sort_keys = [f"{e.at}#{e.id:010d}" for e in entries]
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == SORT_ROLE:
            if index.column() == 0:
                return self.sort_keys[index.row()]
            return self.rows[index.row()][index.column()]
        return None

    def row_count(self) -> int:
        return len(self.rows)


class AuditFilter(PhraseFilter):
    """Keeps rows where any column contains the phrase, ignoring accents and case."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def row_texts(self, source_row: int) -> tuple[str, ...]:
        return self.sourceModel().rows[source_row]


class AuditLogView(QWidget):
    """The log as a table with a filter box; usable as a tab or inside AuditLogDialog."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = AuditTableModel(self)
        self.reads = LatestRead(self)  # the log, read in a task; a later refresh wins
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by any text, e.g. a login or “ký”"))
        self.filter.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAutoDefault(False)
        self.count_label = QLabel()

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.filter.setFocus()
        self.reload()

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_phrase(text)
        self._update_count()

    def reload(self) -> None:
        """Re-read the log off the UI thread (the main window calls this when the tab is
        shown), keeping the filter; the count says it is loading until the rows arrive."""
        self.refresh_button.setEnabled(False)
        self.count_label.setText(self.tr("Loading the activity log…"))
        self.reads.run(
            lambda _progress: audit.entries(limit=LIMIT), self._on_entries_read, self._on_failed
        )

    def _on_entries_read(self, entries: list[audit.LogEntry]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_entries(entries)
        self._update_count()

    def _on_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.count_label.setText(
            fmt(self.tr("The activity log could not be read: %1"), user_message(error))
        )

    def _on_refresh_button_clicked(self) -> None:
        self.reload()

    def _update_count(self) -> None:
        self.count_label.setText(
            fmt(self.tr("%1 of %2 entries"), self.proxy.rowCount(), self.model.rowCount())
        )


class AuditLogDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity log"))
        self.view = AuditLogView(self)
        note = QLabel(fmt(self.tr("The latest %1 entries, newest first."), LIMIT))
        note.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(note)
        layout.addWidget(buttons)
        fit_to_screen(self, 1100, 600)
