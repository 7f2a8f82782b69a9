"""The agency imports DoFA's reply: which reports were received, which returned, and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
)

from app.services.core.vocabulary import ImportStatus
from app.services.exchange import replies
from app.services.exchange.import_result import ImportResult
from app.services.workstation.profile import Workstation
from app.ui.accounts.login_dialog import ErrorLabel, fit_height
from app.ui.kit import tasks
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, is_english
from app.ui.kit.passphrase import ask_passphrase
from app.ui.kit.summary import set_summary, summary_label


class ReplyImportDialog(QDialog):
    """Imports DoFA's reply files (checked in full first) and says what they meant."""

    imported = Signal(list)  # the ImportResults

    def __init__(self, station: Workstation, paths: list[Path], parent=None):
        super().__init__(parent)
        self.station = station
        self.paths = [Path(p) for p in paths]
        self.results: list[ImportResult] | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Import DoFA's reply"))
        intro = QLabel(
            self.tr(
                "A reply from DoFA says which of your reports DoFA received and which it "
                "returned for revision, with DoFA's comments, and may bring a newer plan or "
                "agency register. It is checked in full before anything is kept."
            )
        )
        intro.setWordWrap(True)
        self.files = QLabel("\n".join(p.name for p in self.paths))
        self.files.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.summary = summary_label()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        form = QFormLayout()
        form.addRow(self.tr("File:"), self.files)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        fit_height(self, 560)

    def run(self) -> None:
        """Import every file in turn through the task helper."""
        if self._busy or not self.paths:
            return
        ask_passphrase(
            self,
            self._run_with,
            lambda: self.error.show_error(self.tr("Nothing was imported.")),
        )

    def _run_with(self, passphrase: str | None) -> None:
        if self._busy:
            return
        station, paths = self.station, list(self.paths)
        self._set_busy(True)
        tasks.run_task(
            lambda _progress: replies.import_replies(station, paths, passphrase),
            self._on_run_done,
            None,
            self,
        )

    def _on_run_done(self, imported: replies.RepliesImported | None, error) -> None:
        self._set_busy(False)
        if error is not None:
            self.error.show_error(fmt(self.tr("Nothing was imported: %1"), user_message(error)))
            return
        results = [reply.result for reply in imported.replies]
        self.results = results
        texts = [self.result_text(reply) for reply in imported.replies]
        if len(results) > 1:
            texts = [f"{r.file}: {t}" for r, t in zip(results, texts, strict=True)]
        if imported.plan_version_after > imported.plan_version_before:
            texts.append(
                fmt(self.tr("The plan was updated to version %1."), imported.plan_version_after),
            )
        problem = any(r.status == ImportStatus.REJECTED for r in results)
        set_summary(self.summary, "\n".join(texts), problem)
        fit_height(self)
        self.imported.emit(results)

    def result_text(self, reply: replies.ReplyDecisions) -> str:
        """One reply's meaning in plain words."""
        result = reply.result
        if result.status == ImportStatus.REJECTED:
            reason = (result.reason if is_english() else result.message_vi) or result.reason
            return fmt(self.tr("Rejected, nothing was changed: %1"), reason)
        if result.status == ImportStatus.ALREADY_IMPORTED:
            return self.tr("This reply was imported before; nothing was changed.")
        received, comments = reply.received, reply.return_comments
        if not received and not comments:
            return self.tr("DoFA's reply is imported; it holds no new decision on your reports.")
        parts = []
        if received == 1:
            parts.append(self.tr("1 report received by DoFA"))
        elif received:
            parts.append(fmt(self.tr("%1 reports received by DoFA"), received))
        if comments:
            joined = "; ".join(comments)
            if received:
                parts.append(fmt(self.tr("%1 returned for revision: %2"), len(comments), joined))
            elif len(comments) == 1:
                parts.append(fmt(self.tr("1 report returned for revision: %1"), joined))
            else:
                template = self.tr("%1 reports returned for revision: %2")
                parts.append(fmt(template, len(comments), joined))
        return ", ".join(parts)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setRange(0, 0)
        self.progress.setVisible(busy)
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
