"""The main window's Exchange menu and tabs, for an agency or the consolidating workstation.

Kept out of main_window.py: the window makes one ExchangeMenu after its Registers menu, and
this object adds the menu, the tabs, and (on DoFA's workstation) dropping bundles onto the
window to import them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from app.ui.kit.labels import fmt
from app.ui.kit.lazy_tab import LazyTab
from app.ui.kit.tasks import run_task

if TYPE_CHECKING:
    from app.ui.exchange.conflict_inbox import ConflictInbox
    from app.ui.exchange.exchange_agency import SentHistoryView
    from app.ui.exchange.exchange_dofa import ImportDialog, LedgerView
    from app.ui.exchange.received_view import ReceivedReportsView
    from app.ui.exchange.reply_import_dialog import ReplyImportDialog

# The dialogs and screens are imported where they are first used: an agency's window paints
# without loading DoFA's import machinery, and neither loads a dialog nobody opened.

DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove)


def window_actor(window) -> str | None:
    return getattr(window, "actor", None)


class ExchangeMenu(QObject):
    """Adds "&Exchange" to the window's menu bar and the exchange tabs to window.tabs."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.station = window.station
        self.menu = window.menuBar().addMenu(self.tr("&Exchange"))
        self.sent_tab: LazyTab | None = None
        self.conflicts_tab: LazyTab | None = None
        self.received_tab: LazyTab | None = None
        self.ledger_tab: LazyTab | None = None
        if self.station.consolidating:
            self._build_dofa()
        else:
            self._build_agency()

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _build_agency(self) -> None:
        self.send_action = self._action(
            self.tr("&Send reports to DoFA…"), self._on_send_action_triggered, "Ctrl+E"
        )
        self._action(self.tr("&Trust and enrolment…"), self._on_trust_action_triggered)
        self.reply_action = self._action(
            self.tr("Import DoFA's &reply…"), self._on_reply_action_triggered
        )
        self.menu.addSeparator()
        self._action(self.tr("R&otate signing key…"), self._on_rotate_action_triggered)
        self._add_backup_actions()
        self.sent_tab = LazyTab(self._build_sent_view, lambda view: view.reload())
        self.window.tabs.addTab(self.sent_tab, self.tr("&Sent"))
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)  # DoFA's replies dropped onto the window

    def _add_backup_actions(self) -> None:
        self._action(self.tr("&Back up keys…"), self._on_backup_action_triggered)
        self._action(self.tr("Restore &keys…"), self._on_restore_action_triggered)

    def _build_dofa(self) -> None:
        self.import_action = self._action(
            self.tr("&Import bundles…"), self._on_import_action_triggered, "Ctrl+I"
        )
        self.menu.addSeparator()
        self._action(self.tr("Setup &kit for an agency…"), self._on_kit_action_triggered)
        self._action(self.tr("&Enrol an agency…"), self._on_enrol_action_triggered)
        self._action(self.tr("Write &reply for an agency…"), self._on_write_reply_triggered)
        self.menu.addSeparator()
        self._action(self.tr("Re&voke an agency's key…"), self._on_revoke_action_triggered)
        self._add_backup_actions()
        # Both list every received revision: built when first opened, refreshed when shown.
        self.received_tab = LazyTab(self._build_received_view, lambda view: view.reload())
        self.ledger_tab = LazyTab(self._build_ledger_view, lambda view: view.reload())
        # The conflicts too; until then the tab's title counts them from a read of its own,
        # once the window has painted.
        self.conflicts_tab = LazyTab(self._build_conflicts, lambda inbox: inbox.reload())
        tabs = self.window.tabs
        tabs.addTab(self.received_tab, self.tr("Received re&ports"))
        tabs.addTab(self.ledger_tab, self.tr("&Bundle ledger"))
        tabs.addTab(self.conflicts_tab, "")
        self._on_conflicts_conflicts_changed(0)
        self.window.after_first_paint(self.refresh_conflicts)
        self.window.setAcceptDrops(True)
        self.window.installEventFilter(self)

    @property
    def conflicts(self) -> ConflictInbox | None:
        """The conflicts screen (built now if its tab was never opened)."""
        return self.conflicts_tab.content if self.conflicts_tab is not None else None

    def _build_conflicts(self) -> ConflictInbox:
        from app.ui.exchange.conflict_inbox import ConflictInbox

        inbox = ConflictInbox(self.station, self.window.actor)  # reads them as it is built
        inbox.conflicts_changed.connect(self._on_conflicts_conflicts_changed)
        if not inbox.reads.loading:  # a read that ran at once (tests' synchronous tasks)
            self._on_conflicts_conflicts_changed(inbox.open_count())
        return inbox

    def refresh_conflicts(self) -> None:
        """Read the open conflicts again (their screen, or only their count for its tab)."""
        if self.conflicts_tab is None:
            return
        if self.conflicts_tab.is_built:
            self.conflicts_tab.content.reload()
        else:
            run_task(lambda _progress: _open_conflict_count(), self._on_count_read, parent=self)

    def _on_count_read(self, count: int | None, error: BaseException | None) -> None:
        if error is None and not self.conflicts_tab.is_built:  # else the screen says it
            self._on_conflicts_conflicts_changed(count)

    @property
    def received_view(self) -> ReceivedReportsView | None:
        return self.received_tab.content if self.received_tab is not None else None

    @property
    def ledger_view(self) -> LedgerView | None:
        return self.ledger_tab.content if self.ledger_tab is not None else None

    @property
    def sent_view(self) -> SentHistoryView | None:
        return self.sent_tab.content if self.sent_tab is not None else None

    def _build_sent_view(self) -> SentHistoryView:
        from app.ui.exchange.exchange_agency import SentHistoryView

        return SentHistoryView()

    def _build_ledger_view(self) -> LedgerView:
        from app.ui.exchange.exchange_dofa import LedgerView

        return LedgerView()

    def _build_received_view(self) -> ReceivedReportsView:
        # Loaded with the tab: the report pane, its PDF and signature checks are not needed
        # to paint DoFA's window.
        from app.ui.exchange.received_view import ReceivedReportsView

        view = ReceivedReportsView(self.station)
        view.pane.actor = window_actor(self.window)
        return view

    # Agency

    def _on_send_action_triggered(self) -> None:
        from app.ui.exchange.exchange_agency import SendReportsDialog

        dialog = SendReportsDialog(self.station, self.window)
        dialog.exec()
        if dialog.written is not None:
            if self.sent_tab.is_built:
                self.sent_view.reload()
            self.window.reload_report()  # sent revisions show their new status

    def _on_trust_action_triggered(self) -> None:
        from app.ui.exchange.exchange_agency import TrustDialog

        TrustDialog(self.station, self.window).exec()

    def open_reply_import(self, files: list[Path]) -> ReplyImportDialog:
        from app.ui.exchange.reply_import_dialog import ReplyImportDialog

        dialog = ReplyImportDialog(self.station, files, self.window)
        dialog.imported.connect(self._on_reply_dialog_imported)
        dialog.run()
        dialog.exec()
        return dialog

    def _on_reply_action_triggered(self) -> None:
        from app.ui.exchange.exchange_common import bundle_filter
        from app.ui.kit.folders import documents_folder

        chosen, _filter = QFileDialog.getOpenFileNames(
            self.window, self.tr("DoFA's reply files"), str(documents_folder()), bundle_filter()
        )
        if chosen:
            self.open_reply_import([Path(p) for p in chosen])

    def _on_reply_dialog_imported(self, _results) -> None:
        self.window.reload_report()  # received or returned reports show their new state

    def _on_rotate_action_triggered(self) -> None:
        from app.ui.keys.key_dialogs import RotateKeyDialog

        RotateKeyDialog(self.station, self.window).exec()

    # DoFA

    def open_import(self, files: list[Path] | None = None) -> ImportDialog:
        from app.ui.exchange.exchange_dofa import ImportDialog

        dialog = ImportDialog(self.station, self.window, files)
        dialog.imported.connect(self._on_import_dialog_imported)
        dialog.exec()
        return dialog

    def _on_import_action_triggered(self) -> None:
        self.open_import()

    def _on_import_dialog_imported(self, _results) -> None:
        self.reload_dofa_tabs()

    def reload_dofa_tabs(self) -> None:
        for tab in (self.received_tab, self.ledger_tab):
            if tab.is_built:  # one never opened will load when it is
                tab.content.reload()
        self.refresh_conflicts()

    def _on_kit_action_triggered(self) -> None:
        from app.ui.exchange.exchange_dofa import KitDialog

        KitDialog(self.station, self.window).exec()

    def _on_enrol_action_triggered(self) -> None:
        from app.ui.exchange.exchange_dofa import EnrolDialog

        EnrolDialog(self.station, self.window).exec()

    def _on_write_reply_triggered(self) -> None:
        from app.ui.exchange.reply_dialogs import ReplyDialog

        ReplyDialog(self.station, self.window).exec()

    def _on_revoke_action_triggered(self) -> None:
        from app.ui.keys.dofa_key_dialogs import RevokeKeyDialog

        RevokeKeyDialog(self.station, window_actor(self.window), self.window).exec()

    def _on_conflicts_conflicts_changed(self, count: int) -> None:
        index = self.window.tabs.indexOf(self.conflicts_tab)
        title = fmt(self.tr("Co&nflicts (%1)"), count) if count else self.tr("Co&nflicts")
        self.window.tabs.setTabText(index, title)

    # Both

    def _on_backup_action_triggered(self) -> None:
        from app.ui.keys.key_dialogs import KeyBackupDialog

        KeyBackupDialog(self.station, restore=False, parent=self.window).exec()

    def _on_restore_action_triggered(self) -> None:
        from app.ui.keys.key_dialogs import KeyBackupDialog

        KeyBackupDialog(self.station, restore=True, parent=self.window).exec()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Bundle files dropped onto the window open the import dialog with them (on an
        agency's workstation: DoFA's replies, imported at once)."""
        if watched is self.window and event.type() in (*DRAG_EVENTS, QEvent.Type.Drop):
            from app.ui.exchange.exchange_dofa import bundle_paths

            bundles, _others = bundle_paths(event.mimeData())
            if bundles:
                event.acceptProposedAction()
                if event.type() == QEvent.Type.Drop:
                    # Not inside the drop: a modal dialog there would hold the drag source.
                    opener = (
                        self.open_import if self.station.consolidating else self.open_reply_import
                    )
                    QTimer.singleShot(0, self, lambda: opener(bundles))
                return True
        return super().eventFilter(watched, event)


def _open_conflict_count() -> int:
    from app.services.exchange import received_views  # on the task's thread, after the paint

    return received_views.open_conflict_count()
