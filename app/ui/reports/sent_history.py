"""What this agency workstation sent to DoFA, and when: one row per bundle written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import outbox
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.table_model import TitledTableModel
from app.ui.kit.texts import revision_text, when_text

CONTEXT = "SentHistory"
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("SentHistory", "No."),
    QT_TRANSLATE_NOOP("SentHistory", "Written on"),
    QT_TRANSLATE_NOOP("SentHistory", "File"),
    QT_TRANSLATE_NOOP("SentHistory", "Reports"),
)
_ROOT = QModelIndex()


class SentHistoryModel(TitledTableModel):
    """Rows are display texts of outbox.sent_history(), newest first, as the view's read
    hands it over."""

    CONTEXT = CONTEXT
    COLUMN_TITLES = COLUMN_TITLES

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, str, str, str]] = []

    def set_history(self, history: list[outbox.SentRecord]) -> None:
        self.beginResetModel()
        self.rows = []
        for sent in history:
            reports = "; ".join(
                revision_text(period, revision) for period, revision in sent.reports
            )
            self.rows.append(
                (str(sent.sequence), when_text(sent.created_at), sent.file_name, reports)
            )
        self.endResetModel()

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_count(self) -> int:
        return len(self.rows)


class SentHistoryView(QWidget):
    """The "Sent" tab: every bundle written for DoFA, with its number, time and reports."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SentHistoryModel(self)
        self.reads = LatestRead(self)  # the bundles written, read in a task; a later read wins
        self.count_label = QLabel()
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setAutoDefault(False)
        intro = QLabel(
            self.tr(
                "Bundles this workstation has written for DoFA, newest first. DoFA numbers "
                "them too, so it can tell when one never arrived."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        bar = QHBoxLayout()
        bar.addWidget(intro, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh_button.clicked.connect(self._on_refresh_button_clicked)
        self.reload()

    def reload(self) -> None:
        """Re-read the bundles written off the UI thread; the count says it is loading."""
        self.refresh_button.setEnabled(False)
        self.count_label.setText(self.tr("Loading the bundles sent…"))
        self.reads.run(lambda _progress: outbox.sent_history(), self._on_read, self._on_failed)

    def _on_read(self, history: list[outbox.SentRecord]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_history(history)
        self._update_count()

    def _on_failed(self, error: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.count_label.setText(
            fmt(self.tr("The bundles sent could not be read: %1"), user_message(error))
        )

    def _on_refresh_button_clicked(self) -> None:
        self.reload()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n bundle(s)", "", self.model.rowCount()))
