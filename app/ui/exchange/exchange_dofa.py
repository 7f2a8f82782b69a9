"""The consolidating workstation's side of the exchange: import the agencies' bundles.

The tabs (received reports, bundle ledger, conflicts) and the trust dialogs live in their own
modules and are re-exported here, so the main window has one place to import them from.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.services.catalogue import register
from app.services.core.vocabulary import ImportStatus
from app.services.exchange import ledger
from app.services.exchange.bundle_format import SUFFIX
from app.services.exchange.import_result import ImportResult
from app.services.keys import keys
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel
from app.ui.exchange.conflict_inbox import ConflictInbox
from app.ui.exchange.dofa_trust import EnrolDialog, KitDialog
from app.ui.exchange.exchange_common import (
    bundle_filter,
    field_label,
    outcome_label,
    status_label,
    value_text,
)
from app.ui.exchange.ledger_view import LedgerView
from app.ui.kit import tasks
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, is_english, ui_language
from app.ui.kit.passphrase import ask_passphrase
from app.ui.kit.row_height import keep_capital_marks
from app.ui.kit.screen_fit import fit_to_screen
from app.ui.kit.summary import set_summary, summary_label
from app.ui.kit.texts import elided, named, revision_text

if TYPE_CHECKING:
    from app.services.exchange.bundle_verify import KeptBundles

__all__ = [
    "ConflictInbox",
    "EnrolDialog",
    "ImportDialog",
    "KitDialog",
    "LedgerView",
    "bundle_paths",
]

EXPAND_UP_TO = 40  # a report with more changes than this starts collapsed


def bundle_paths(mime: QMimeData) -> tuple[list[Path], list[Path]]:
    """(bundle files, other local files) among dragged or dropped data."""
    bundles, others = [], []
    for url in mime.urls() if mime.hasUrls() else []:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            (bundles if path.suffix.lower() == SUFFIX else others).append(path)
    return bundles, others


class ImportDialog(QDialog):
    """Add bundle files (or drop them here), preview what they would change, then import."""

    imported = Signal(list)  # the ImportResults of an import that was applied

    def __init__(self, station: Workstation, parent=None, files: list[Path] | None = None):
        super().__init__(parent)
        self.station = station
        self.paths: list[Path] = []
        self.results: list[ImportResult] | None = None
        self._names: dict[str, tuple[str, str]] = {}  # code → senders' names, read with results
        self._busy = False
        self._passphrase: str | None = None
        self._kept: KeptBundles = {}  # files a preview decrypted and parsed
        self.setWindowTitle(self.tr("Import report bundles"))
        self.setAcceptDrops(True)

        intro = QLabel(
            self.tr(
                "Add the bundle files (.ptbundle) the agencies sent, or drag them onto this "
                "window. Preview shows what each would change without changing anything; "
                "Import applies them. A bundle is checked in full before anything is kept."
            )
        )
        intro.setWordWrap(True)
        self.file_list = QListWidget()
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.file_list.setMaximumHeight(120)
        files_label = QLabel(self.tr("&Files to import:"))
        files_label.setBuddy(self.file_list)
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.setToolTip(self.tr("Add bundle files (Ctrl+O)"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected files from the list (Delete)"))
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.import_button = QPushButton(self.tr("&Import"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)

        self.progress = QProgressBar()
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()
        self.summary = summary_label()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("File, report or duty"), self.tr("Result or field"), self.tr("Details")]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        keep_capital_marks(self.tree)  # duty texts and section titles in capitals keep their marks
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        header.resizeSection(1, 300)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.add_button)
        file_buttons.addWidget(self.remove_button)
        file_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        files_row.addLayout(file_buttons)
        actions = QHBoxLayout()
        actions.addWidget(self.progress_label)
        actions.addStretch(1)
        actions.addWidget(self.preview_button)
        actions.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(files_label)
        layout.addLayout(files_row)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._connect()
        self.add_files(files or [])
        fit_to_screen(self, 900, 640)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Open, self, self._on_add_button_clicked)
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.file_list,
            self._on_remove_button_clicked,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

    # Files

    def add_files(self, paths: list[Path]) -> int:
        """Add files not listed yet; how many were added."""
        added = 0
        for path in paths:
            path = Path(path)
            if path not in self.paths:
                self.paths.append(path)
                self.file_list.addItem(str(path))
                self.file_list.item(self.file_list.count() - 1).setToolTip(str(path))
                added += 1
        self._update_buttons()
        return added

    def _on_add_button_clicked(self) -> None:
        if self._busy:
            return
        folder = str(self.paths[-1].parent) if self.paths else ""
        chosen, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Report bundles to import"), folder, bundle_filter()
        )
        self.add_files([Path(p) for p in chosen])

    def _on_remove_button_clicked(self) -> None:
        if self._busy:
            return
        rows = sorted({i.row() for i in self.file_list.selectedIndexes()}, reverse=True)
        for row in rows:
            self.file_list.takeItem(row)
            del self.paths[row]
        self._update_buttons()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        bundles, _others = bundle_paths(event.mimeData())
        if bundles and not self._busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        event.acceptProposedAction()
        self.drop_files(event.mimeData())

    def drop_files(self, mime: QMimeData) -> None:
        bundles, others = bundle_paths(mime)
        self.error.clear_error()
        self.add_files(bundles)
        if others:
            names = ", ".join(p.name for p in others)
            self.error.show_error(
                fmt(self.tr("Only .ptbundle files can be imported; left out: %1"), names)
            )

    # Preview and import

    def _on_preview_button_clicked(self) -> None:
        self.run(dry_run=True)

    def _on_import_button_clicked(self) -> None:
        self.run(dry_run=False)

    def run(self, dry_run: bool) -> None:
        if self._busy:
            return
        self.error.clear_error()
        if not self.paths:
            self.error.show_error(self.tr("Add at least one bundle file first."))
            return
        if self._passphrase is not None:  # typed for this dialog's preview: not asked again
            self._run_with(dry_run, self._passphrase)
        else:
            ask_passphrase(self, lambda passphrase: self._run_with(dry_run, passphrase))

    def _run_with(self, dry_run: bool, passphrase: str | None) -> None:
        if self._busy:
            return
        self._passphrase = passphrase
        station, paths = self.station, list(self.paths)
        kept = self._kept  # what the preview read: the import does not read it again
        self._set_busy(True)

        def work(progress):
            # Loaded by the first preview or import (on this worker): the verification and
            # decryption it brings are not needed to paint DoFA's window.
            from app.services.exchange import bundle_import

            results = bundle_import.import_bundles(
                station, paths, dry_run, passphrase, progress, kept
            )
            return results, register.names(r.agency for r in results if r.agency)

        tasks.run_task(
            work,
            lambda done, error: self._on_run_done(dry_run, done, error),
            self._on_run_progress,
            self,
        )

    def _on_run_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if name:
            self.progress_label.setText(fmt(self.tr("Checking %1…"), name))

    def _on_run_done(self, dry_run: bool, done, error) -> None:
        self._set_busy(False)
        if error is not None:
            if isinstance(error, keys.PassphraseNeededError):
                self._passphrase = None
            reason = user_message(error)
            self.error.show_error(fmt(self.tr("Nothing was imported: %1"), reason))
            return
        results, self._names = done
        self.results = results
        self.show_results(results, dry_run)
        text = ledger.summarise(results, ui_language())
        if dry_run:
            text = fmt(self.tr("Preview — nothing has been changed yet: %1"), text)
        problem = any(r.status in (ImportStatus.REJECTED, ImportStatus.CONFLICT) for r in results)
        set_summary(self.summary, text, problem)
        if not dry_run:
            self._kept = {}
            self.imported.emit(results)

    def show_results(self, results: list[ImportResult], preview: bool) -> None:
        self.tree.clear()
        for result in results:
            item = QTreeWidgetItem(
                [result.file, status_label(result.status, preview), self._file_details(result)]
            )
            item.setToolTip(0, result.file)
            item.setToolTip(2, item.text(2))
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            item.setExpanded(True)
            for outcome in result.reports:
                child = self._report_item(outcome)
                item.addChild(child)
                child.setExpanded(len(outcome.changes) <= EXPAND_UP_TO)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def _file_details(self, result: ImportResult) -> str:
        if result.status == ImportStatus.REJECTED:
            return (result.reason if is_english() else result.message_vi) or result.reason or ""
        name = named(self._names, result.agency) if result.agency else ""
        sender = fmt(self.tr("%1 · bundle No. %2"), name, result.sequence)
        if result.status == ImportStatus.CONFLICT:
            note = self.tr("a revision arrived with a different content than the one on record")
            return f"{sender} · {note}"
        return sender

    def _report_item(self, outcome) -> QTreeWidgetItem:
        count = len(outcome.changes)
        details = self.tr("%n change(s)", "", count) if count else ""
        item = QTreeWidgetItem(
            [
                revision_text(outcome.period, outcome.revision),
                outcome_label(outcome.outcome),
                details,
            ]
        )
        item.setToolTip(1, item.text(1))
        for change in outcome.changes:
            old = value_text(change.field, change.old)
            new = value_text(change.field, change.new)
            row = QTreeWidgetItem(
                [
                    change.ref,
                    field_label(change.field),
                    f"{elided(old, 60)} → {elided(new, 60)}",
                ]
            )
            row.setToolTip(2, fmt(self.tr("Before:\n%1\n\nAfter:\n%2"), old, new))
            item.addChild(row)
        return item

    # State

    def _update_buttons(self) -> None:
        has_files = bool(self.paths)
        self.preview_button.setEnabled(has_files and not self._busy)
        self.import_button.setEnabled(has_files and not self._busy)
        self.remove_button.setEnabled(has_files and not self._busy)
        self.add_button.setEnabled(not self._busy)
        (self.preview_button if has_files else self.add_button).setDefault(True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.progress_label.clear()
        self.buttons.setEnabled(not busy)
        self._update_buttons()

    def reject(self) -> None:
        if not self._busy:  # an import runs to its end so that its outcome is shown
            super().reject()
