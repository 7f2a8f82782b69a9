"""Conflicts: two validly signed contents of the same revision; a person keeps one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.core.wire import ReportContent
from app.services.exchange import received_views
from app.services.exchange.received_views import OpenConflict
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, error_text, hint_label
from app.ui.exchange.exchange_common import field_label, value_text
from app.ui.kit.labels import fmt
from app.ui.kit.latest_read import LatestRead
from app.ui.kit.saving import save_in_task
from app.ui.kit.summary import set_summary, summary_label
from app.ui.kit.texts import elided, name_of, revision_text, when_text


class ConflictInbox(QWidget):
    """The "Conflicts" tab: open conflicts, the differences, and the two choices."""

    conflicts_changed = Signal(int)  # how many are still open, after a decision or a reload

    def __init__(self, station: Workstation, actor: str | None = None, parent=None):
        super().__init__(parent)
        self.station, self.actor = station, actor
        self.conflicts: list[OpenConflict] = []
        self.reads = LatestRead(self)  # the conflicts, read in a task; a later reload wins
        self.list = QListWidget()
        self.list.setSpacing(3)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.versions = QLabel()
        self.versions.setWordWrap(True)
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = QTreeWidget()
        self.changes.setRootIsDecorated(False)
        self.changes.setAlternatingRowColors(True)
        self.changes.setHeaderLabels(
            [
                self.tr("Duty"),
                self.tr("Field"),
                self.tr("Version on record"),
                self.tr("Other version"),
            ]
        )
        header = self.changes.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.keep_record_button = QPushButton(self.tr("&Keep the version on record"))
        self.keep_other_button = QPushButton(self.tr("Keep the o&ther version"))
        self.error = ErrorLabel()
        self.outcome = summary_label()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(
            hint_label(
                self.tr(
                    "An agency sent two different signed contents for the same revision. Both "
                    "signatures are valid; decide which one counts. The other stays on record."
                )
            )
        )
        left_layout.addWidget(self.list, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.versions)
        right_layout.addWidget(self.changes, 1)
        choices = QHBoxLayout()
        choices.addStretch(1)
        choices.addWidget(self.keep_record_button)
        choices.addWidget(self.keep_other_button)
        right_layout.addLayout(choices)
        right_layout.addWidget(self.error)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 960])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.outcome)
        layout.addWidget(splitter, 1)

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.keep_record_button.clicked.connect(self._on_keep_record_button_clicked)
        self.keep_other_button.clicked.connect(self._on_keep_other_button_clicked)
        self.reload()

    # Public

    def open_count(self) -> int:
        return len(self.conflicts)

    def reload(self) -> None:
        """Re-read the open conflicts (after an import or a decision) off the UI thread; the
        tab says it is loading until they arrive."""
        self.keep_record_button.setEnabled(False)
        self.keep_other_button.setEnabled(False)
        self.title.setText(self.tr("Loading the conflicts…"))
        self.reads.run(
            lambda _progress: received_views.open_conflicts(),
            self._on_conflicts_read,
            self._on_failed,
        )

    def _on_failed(self, error: BaseException) -> None:
        self.title.setText(fmt(self.tr("The conflicts could not be read: %1"), error_text(error)))

    def _on_conflicts_read(self, conflicts: list[OpenConflict]) -> None:
        self.conflicts = conflicts
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in self.conflicts:
            self.list.addItem(
                f"{name_of(conflict.agency)}\n"
                f"{revision_text(conflict.period_id, conflict.revision)}\n"
                + fmt(self.tr("found %1"), when_text(conflict.detected_at))
            )
        self.list.blockSignals(False)
        if self.conflicts:
            self.list.setCurrentRow(0)
        self._show(0 if self.conflicts else -1)
        self.conflicts_changed.emit(len(self.conflicts))

    # Showing one

    def _show(self, row: int) -> None:
        self.error.clear_error()
        has = 0 <= row < len(self.conflicts)
        self.keep_record_button.setEnabled(has)
        self.keep_other_button.setEnabled(has)
        self.changes.clear()
        if not has:
            self.title.setText(self.tr("No conflicts to decide"))
            self.versions.setText(
                self.tr(
                    "When an agency sends a second, different content for a revision DoFA "
                    "already holds, it waits here for a decision."
                )
            )
            return
        conflict = self.conflicts[row]
        self.title.setText(
            f"{name_of(conflict.agency)} — {revision_text(conflict.period_id, conflict.revision)}"
        )
        self.versions.setText(
            fmt(
                self.tr("On record: %1"),
                self._signed_text(conflict.on_record, conflict.record_sha256),
            )
            + "\n"
            + fmt(
                self.tr("Other version: %1"),
                self._signed_text(conflict.other, conflict.other_sha256),
            )
        )
        differences = conflict.changes
        for change in differences:
            old = value_text(change.field, change.old)
            new = value_text(change.field, change.new)
            item = QTreeWidgetItem(
                [change.ref, field_label(change.field), elided(old), elided(new)]
            )
            item.setToolTip(2, old)
            item.setToolTip(3, new)
            self.changes.addTopLevelItem(item)
        if not differences:
            item = QTreeWidgetItem(
                [self.tr("The entries are the same; only the sign-off details differ.")]
            )
            item.setFirstColumnSpanned(True)
            self.changes.addTopLevelItem(item)
        self.changes.setCurrentItem(self.changes.topLevelItem(0))

    def _signed_text(self, content: ReportContent, sha256: str) -> str:
        return fmt(
            self.tr("signed %1 by %2, No. %3 (content hash %4…)"),
            when_text(content.signed_at),
            content.signer.name,
            content.document.number or "",
            sha256[:12],
        )

    # Deciding

    def _on_list_current_row_changed(self, row: int) -> None:
        self._show(row)

    def current(self) -> OpenConflict | None:
        row = self.list.currentRow()
        return self.conflicts[row] if 0 <= row < len(self.conflicts) else None

    def _on_keep_record_button_clicked(self) -> None:
        conflict = self.current()
        if conflict is not None:
            self.keep(conflict.record_sha256, self.tr("the version on record"))

    def _on_keep_other_button_clicked(self) -> None:
        conflict = self.current()
        if conflict is not None:
            self.keep(conflict.other_sha256, self.tr("the other version"))

    def keep(self, sha256: str, which: str) -> None:
        """Ask, then decide in a task (the report rows and the log), the choices held."""
        conflict = self.current()
        if conflict is None:
            return
        question = fmt(
            self.tr(
                "Keep %1 of %2 as the report that counts? The other version stays on record "
                "but is no longer used."
            ),
            which,
            revision_text(conflict.period_id, conflict.revision),
        )
        answer = QMessageBox.question(self, self.tr("Decide the conflict"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor, station = self.actor, self.station
        save_in_task(
            self,
            lambda: received_views.resolve_conflict(station, conflict.id, sha256, actor),
            lambda _result: self._on_kept(conflict, which),
            lambda error: self.error.show_error(error_text(error)),
            (self.keep_record_button, self.keep_other_button, self.list),
        )

    def _on_kept(self, conflict, which: str) -> None:
        set_summary(
            self.outcome,
            fmt(
                self.tr("Decided: %1 of %2 (%3) counts."),
                which,
                revision_text(conflict.period_id, conflict.revision),
                name_of(conflict.agency),
            ),
        )
        self.reload()
