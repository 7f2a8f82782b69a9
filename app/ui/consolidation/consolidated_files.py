"""The consolidated report's files: exported as PDF, Word or Excel, or printed as its PDF.

Each first saves what the editor has pending (the file shows what is on record) and is
written off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from app.services.consolidation import consolidated_view
from app.ui.kit.errors import user_message
from app.ui.kit.folders import documents_folder
from app.ui.kit.labels import fmt, period_label
from app.ui.kit.printing import print_pdf
from app.ui.kit.tasks import run_task

if TYPE_CHECKING:
    from app.ui.consolidation.consolidated_editor import ConsolidatedEditor


class ConsolidatedFiles(QObject):
    """Writes the editor's report to the files the officer asks for."""

    def __init__(self, editor: ConsolidatedEditor):
        super().__init__(editor)
        self.editor = editor
        self._export_dir: Path | None = None

    def export(self, kind: str) -> None:
        """Write the report as a PDF, Word or Excel file the officer names, in a task."""
        editor = self.editor
        if not editor.flush():
            return
        filters = {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "docx": self.tr("Word documents (*.docx)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
        }
        revision = editor.state.revision if editor.state else 1
        name = f"BC-tong-hop-{editor.period_id}-lan{revision}.{kind}"
        if kind == "xlsx":
            name = f"tong-hop-{editor.period_id}.xlsx"
        folder = self._export_dir or documents_folder()
        chosen, _filter = QFileDialog.getSaveFileName(
            editor, self.tr("Export the consolidated report"), str(folder / name), filters[kind]
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != f".{kind}":
            out = out.with_name(f"{out.name}.{kind}")
        plan, period_id, actor = editor.plan, editor.period_id, editor.actor
        station = editor.station

        def work(_progress):
            consolidated_view.write_file(station, plan, period_id, kind, out, actor)

        editor.save_label.setText(self.tr("Writing the file…"))
        run_task(work, lambda _result, error: self._on_export_done(out, error), parent=editor)

    def _on_export_done(self, out: Path, error: BaseException | None) -> None:
        editor = self.editor
        if error is not None:
            editor.save_label.setText(self.tr("Not written"))
            editor.warn(fmt(self.tr("The file could not be written: %1"), user_message(error)))
            return
        self._export_dir = out.parent
        editor.save_label.setText(fmt(self.tr("Saved: %1"), out))
        editor.reload()  # exporting starts the draft when there was none

    def print_report(self) -> None:
        """Print the consolidated report as its PDF (Ctrl+P)."""
        editor = self.editor
        if not editor.flush():
            return
        plan, period_id, actor = editor.plan, editor.period_id, editor.actor
        station = editor.station
        title = fmt(self.tr("Consolidated report %1"), period_label(period_id))

        def write(out: Path) -> None:
            consolidated_view.write_file(station, plan, period_id, "pdf", out, actor)

        print_pdf(editor, title, write, lambda error: editor.warn(user_message(error)))
