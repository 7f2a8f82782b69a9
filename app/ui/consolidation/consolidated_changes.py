"""What the live pre-fill says differently from the one DoFA accepted, and DoFA's decision."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from app.services.catalogue.plan_info import PlanInfo
from app.services.consolidation import consolidated_view, prefill_changes
from app.services.consolidation.consolidated_document import passage_paragraphs
from app.services.consolidation.consolidated_view import ConsolidatedState
from app.services.core import labels as words
from app.services.core.vocabulary import PassageChange
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import hint_label
from app.ui.kit import tasks
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, mid_sentence, pick, ui_language


class ChangesPanel(QGroupBox):
    """Lists the changes; Accept takes the agency's new text, Keep keeps the report's."""

    decided = Signal()  # changes were taken or kept: the report's text may have changed
    refused = Signal(str)  # a service refused (message in the interface language)

    def __init__(self, station: Workstation, plan: PlanInfo, actor: str | None, parent=None):
        super().__init__(parent)
        self.station, self.plan, self.actor = station, plan, actor
        self.state: ConsolidatedState | None = None
        self.changes: list[prefill_changes.Change] = []
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.detail = QTextBrowser()
        self.detail.setMaximumHeight(150)
        self.note = hint_label("")
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.keep_button = QPushButton(self.tr("&Keep mine"))
        self.accept_all_button = QPushButton(self.tr("Accept e&verything"))
        self.accept_button.setToolTip(self.tr("Take the agencies' new text into the report"))
        self.keep_button.setToolTip(
            self.tr("Keep the report as it is; the change is not offered again")
        )
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.keep_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)
        self.list.itemSelectionChanged.connect(self._on_list_item_selection_changed)
        self.accept_button.clicked.connect(self._on_accept_button_clicked)
        self.keep_button.clicked.connect(self._on_keep_button_clicked)
        self.accept_all_button.clicked.connect(self._on_accept_all_button_clicked)
        self.load(None, [])

    def load(self, state: ConsolidatedState | None, changes: list[prefill_changes.Change]) -> None:
        self.state, self.changes = state, list(changes)
        self.setTitle(
            fmt(self.tr("Changed since you last accepted (%1)"), len(changes))
            if changes
            else self.tr("Changed since you last accepted")
        )
        self.list.clear()
        for change in changes:
            item = QListWidgetItem(self.change_text(change))
            item.setData(Qt.ItemDataRole.UserRole, change.key)
            self.list.addItem(item)
        editable = self._editable()
        if not changes:
            note = self.tr("Nothing new: the report uses the latest accepted reports.")
        elif editable:
            note = self.tr(
                "Reports received or returned after you accepted the pre-fill. Your summaries "
                "and assessment are never changed by them."
            )
        else:
            note = self.tr("This revision is signed; amend it to take these changes.")
        self.note.setText(note)
        self.accept_all_button.setEnabled(editable and bool(changes))
        self.list.setEnabled(bool(changes))
        if changes:
            self.list.setCurrentRow(0)
        self._on_list_item_selection_changed()

    def change_text(self, change: prefill_changes.Change) -> str:
        if change.key == prefill_changes.COUNTS:
            old, new = change.old["counts"] or {}, change.new["counts"]
            # format: keys of the status counts
            return fmt(
                self.tr("Reporting situation: %1 → %2 received, %3 → %4 on time"),
                old.get("received", 0),
                new["received"],
                old.get("on_time", 0),
                new["on_time"],
            )
        # The interface language's name: the passages carry the document's Vietnamese one.
        name = pick(*change.agency_names) if change.agency_names else change.agency
        kind = mid_sentence(words.label_of(PassageChange, change.kind, ui_language()))
        text = f"{change.ref} · {name}: {kind}"
        return text + (self.tr(" — you rewrote this passage") if change.rewritten else "")

    def selected_keys(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def _passage_html(self, passage: Mapping | None) -> str:
        if passage is None:
            absent = self.tr("(not in the report)")
            return f"<i>{escape(absent)}</i>"
        return "<br>".join(escape(line) for line in passage_paragraphs(passage))

    def _on_list_item_selection_changed(self) -> None:
        keys = self.selected_keys()
        editable = self._editable()
        self.accept_button.setEnabled(editable and bool(keys))
        self.keep_button.setEnabled(editable and bool(keys))
        change = next((c for c in self.changes if keys and c.key == keys[0]), None)
        if change is None:
            self.detail.clear()
            return
        if change.key == prefill_changes.COUNTS:
            self.detail.setPlainText(self.change_text(change))
            return
        html = [
            f"<p><b>{escape(caption)}:</b><br>{self._passage_html(passage)}</p>"
            for caption, passage in (
                (self.tr("In the report"), change.old),
                (self.tr("Now received"), change.new),
            )
        ]
        if change.rewritten:
            warning = self.tr("Accepting replaces your own wording of this passage.")
            html.append(f"<p style='color:#b00020'>{escape(warning)}</p>")
        self.detail.setHtml("".join(html))

    def _editable(self) -> bool:
        return self.state is not None and self.state.editable

    def _decide(self, accept: bool, keys: list[str] | None) -> None:
        """Off the UI thread: taking a change reads every agency's latest report again."""
        plan, period_id, actor, station = self.plan, self.state.period_id, self.actor, self.station
        for button in (self.accept_button, self.keep_button, self.accept_all_button):
            button.setEnabled(False)
        self.note.setText(self.tr("Updating the report…"))

        def work(_progress):
            return consolidated_view.decide_changes(station, plan, period_id, accept, keys, actor)

        tasks.run_task(work, self._on_decided, parent=self)

    def _on_decided(self, _count, error: BaseException | None) -> None:
        if error is not None:
            self.load(self.state, self.changes)  # the buttons and the note as they were
            self.refused.emit(user_message(error))
            return
        self.decided.emit()

    def _on_accept_button_clicked(self) -> None:
        self._decide(True, self.selected_keys())

    def _on_keep_button_clicked(self) -> None:
        self._decide(False, self.selected_keys())

    def _on_accept_all_button_clicked(self) -> None:
        self._decide(True, None)
