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
from app.ui.accounts.audit_sentences import detail_sentence
from app.ui.kit.labels import fmt
from app.ui.kit.screen_fit import fit_to_screen
from app.ui.kit.table_model import PhraseFilter, TitledTableModel

LIMIT = 1000
CONTEXT = "AuditLog"
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("AuditLog", "Time"),
    QT_TRANSLATE_NOOP("AuditLog", "Who"),
    QT_TRANSLATE_NOOP("AuditLog", "Action"),
    QT_TRANSLATE_NOOP("AuditLog", "Details"),
)
ACTION_LABELS = {
    "user.add": QT_TRANSLATE_NOOP("AuditLog", "Account added"),
    "user.login": QT_TRANSLATE_NOOP("AuditLog", "Signed in"),
    "user.login_refused": QT_TRANSLATE_NOOP("AuditLog", "Sign-in refused (wrong password)"),
    "user.approval_refused": QT_TRANSLATE_NOOP("AuditLog", "Approver's password refused"),
    "user.password": QT_TRANSLATE_NOOP("AuditLog", "Password changed"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditLog", "Password reset by an approver"),
    "profile.backup": QT_TRANSLATE_NOOP("AuditLog", "Workstation backed up"),
    "profile.restore": QT_TRANSLATE_NOOP("AuditLog", "Workstation restored from a backup"),
    "backup.auto_on": QT_TRANSLATE_NOOP("AuditLog", "Automatic backups set up"),
    "backup.auto_off": QT_TRANSLATE_NOOP("AuditLog", "Automatic backups turned off"),
    "user.activate": QT_TRANSLATE_NOOP("AuditLog", "Account reactivated"),
    "user.deactivate": QT_TRANSLATE_NOOP("AuditLog", "Account deactivated"),
    "report.create": QT_TRANSLATE_NOOP("AuditLog", "Report created"),
    "report.edit": QT_TRANSLATE_NOOP("AuditLog", "Report edited"),
    "report.attach": QT_TRANSLATE_NOOP("AuditLog", "Evidence attached"),
    "report.detach": QT_TRANSLATE_NOOP("AuditLog", "Evidence removed"),
    "report.implementation_plan": QT_TRANSLATE_NOOP("AuditLog", "Implementing plan recorded"),
    "report.start_from_previous": QT_TRANSLATE_NOOP(
        "AuditLog", "Report started from the previous period"
    ),
    "report.submit": QT_TRANSLATE_NOOP("AuditLog", "Report submitted for sign-off"),
    "report.sign": QT_TRANSLATE_NOOP("AuditLog", "Report signed"),
    "report.sign_refused": QT_TRANSLATE_NOOP("AuditLog", "Signing refused (wrong password)"),
    "report.amend": QT_TRANSLATE_NOOP("AuditLog", "Report amended (new revision)"),
    "agency.add": QT_TRANSLATE_NOOP("AuditLog", "Agency added"),
    "agency.rename": QT_TRANSLATE_NOOP("AuditLog", "Agency renamed"),
    "agency.retire": QT_TRANSLATE_NOOP("AuditLog", "Agency retired"),
    "profile.setup": QT_TRANSLATE_NOOP("AuditLog", "Workstation set up"),
    "key.create": QT_TRANSLATE_NOOP("AuditLog", "Signing key created"),
    "settings.document": QT_TRANSLATE_NOOP("AuditLog", "Document settings changed"),
    "period.due": QT_TRANSLATE_NOOP("AuditLog", "Due date of a period set"),
    "period.due_days": QT_TRANSLATE_NOOP("AuditLog", "Default due date changed"),
    "key.create_identity": QT_TRANSLATE_NOOP("AuditLog", "Decryption key created"),
    "kit.export": QT_TRANSLATE_NOOP("AuditLog", "Setup kit exported"),
    "kit.adopt": QT_TRANSLATE_NOOP("AuditLog", "DoFA's setup kit adopted"),
    "enrol.export": QT_TRANSLATE_NOOP("AuditLog", "Enrolment file exported"),
    "enrol.import": QT_TRANSLATE_NOOP("AuditLog", "Agency enrolled"),
    "enrol.refused": QT_TRANSLATE_NOOP("AuditLog", "Enrolment refused (fingerprint differs)"),
    "bundle.export": QT_TRANSLATE_NOOP("AuditLog", "Bundle exported"),
    "bundle.import": QT_TRANSLATE_NOOP("AuditLog", "Bundle imported"),
    "bundle.rejected": QT_TRANSLATE_NOOP("AuditLog", "Bundle rejected"),
    "report.conflict": QT_TRANSLATE_NOOP("AuditLog", "Conflicting revision received"),
    "report.conflict_resolved": QT_TRANSLATE_NOOP("AuditLog", "Conflict decided"),
    "key.backup": QT_TRANSLATE_NOOP("AuditLog", "Keys backed up"),
    "key.restore": QT_TRANSLATE_NOOP("AuditLog", "Keys restored"),
    "key.rotate": QT_TRANSLATE_NOOP("AuditLog", "Signing key rotated"),
    "key.rotation_accepted": QT_TRANSLATE_NOOP("AuditLog", "An agency's new key accepted"),
    "key.revoke": QT_TRANSLATE_NOOP("AuditLog", "An agency's key revoked"),
    "enrol.replace": QT_TRANSLATE_NOOP("AuditLog", "An agency's key replaced (new machine)"),
    "reply.export": QT_TRANSLATE_NOOP("AuditLog", "Reply written for an agency"),
    "reply.import": QT_TRANSLATE_NOOP("AuditLog", "DoFA's reply imported"),
    "reply.rejected": QT_TRANSLATE_NOOP("AuditLog", "DoFA's reply rejected"),
    "report.return": QT_TRANSLATE_NOOP("AuditLog", "Report returned for revision"),
    "report.paper": QT_TRANSLATE_NOOP("AuditLog", "Paper report recorded"),
    "consolidated.create": QT_TRANSLATE_NOOP("AuditLog", "Consolidated report started"),
    "consolidated.edit": QT_TRANSLATE_NOOP("AuditLog", "Consolidated report edited"),
    "consolidated.accept": QT_TRANSLATE_NOOP("AuditLog", "Changes to the pre-fill accepted"),
    "consolidated.sign": QT_TRANSLATE_NOOP("AuditLog", "Consolidated report signed"),
    "consolidated.sign_refused": QT_TRANSLATE_NOOP(
        "AuditLog", "Signing the consolidated report refused"
    ),
    "consolidated.amend": QT_TRANSLATE_NOOP("AuditLog", "Consolidated report amended"),
    "report.issue": QT_TRANSLATE_NOOP("AuditLog", "Report issued (number and date)"),
    "report.issue_refused": QT_TRANSLATE_NOOP("AuditLog", "Issuing refused"),
    "consolidated.issue": QT_TRANSLATE_NOOP("AuditLog", "Consolidated report issued"),
    "consolidated.issue_refused": QT_TRANSLATE_NOOP(
        "AuditLog", "Issuing the consolidated report refused"
    ),
    "reminder.issue": QT_TRANSLATE_NOOP("AuditLog", "Reminder letter issued"),
    "reminder.issue_refused": QT_TRANSLATE_NOOP("AuditLog", "Issuing a reminder refused"),
    "report.issue_clash": QT_TRANSLATE_NOOP(
        "AuditLog", "An agency's issue number clashes with one already held"
    ),
    "period.track": QT_TRANSLATE_NOOP("AuditLog", "First tracked period set"),
    "reminder.send": QT_TRANSLATE_NOOP("AuditLog", "Reminder letter written"),
    "token.configure": QT_TRANSLATE_NOOP("AuditLog", "Token driver set"),
    "trust.add_certificate": QT_TRANSLATE_NOOP(
        "AuditLog", "Certificate trusted for token signatures"
    ),
    "trust.add_crl": QT_TRANSLATE_NOOP("AuditLog", "Revocation list (CRL) imported"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole
_ROOT = QModelIndex()


def action_label(code: str) -> str:
    """A readable name for an action code; codes without one are shown as they are."""
    label = ACTION_LABELS.get(code)
    return QCoreApplication.translate(CONTEXT, label) if label else code


def time_text(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%d/%m/%Y %H:%M:%S")
    except ValueError:
        return iso


def detail_text(detail: str, action: str = "") -> str:
    """The JSON detail in words: a sentence for common actions, else named values."""
    return detail_sentence(action, detail)


class AuditTableModel(TitledTableModel):
    """Rows are the display texts of the latest entries; re-read by reload()."""

    CONTEXT = CONTEXT
    COLUMN_TITLES = COLUMN_TITLES

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []
        self.sort_keys: list[str] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        entries = audit.entries(limit=LIMIT)
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
        self._update_count()
        self.filter.setFocus()

    def _on_filter_text_changed(self, text: str) -> None:
        self.proxy.set_phrase(text)
        self._update_count()

    def reload(self) -> None:
        """Re-read the log (the main window calls this when the tab is shown)."""
        self.model.reload()
        self._update_count()

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
