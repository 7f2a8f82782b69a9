"""The report editor's commands that call the services and may ask, warn or pick a file."""

from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from app.models import Attachment, Report
from app.services import evidence, report_pdf, reports, signoff
from app.services.errors import UserError
from app.services.profile import Workstation
from app.ui.labels import fmt

MB = 1024 * 1024


@contextmanager
def wait_cursor():
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def pdf_file_name(report: Report) -> str:
    """BC-SYT-2026-Y-lan1.pdf: agency, period and revision ("lần" is the revision)."""
    return f"BC-{report.agency.code}-{report.period_id}-lan{report.revision}.pdf"


class ReportActions(QObject):
    """Attach, remove and open evidence; submit, amend and export a report."""

    def __init__(self, station: Workstation, actor: str | None, parent: QWidget):
        super().__init__(parent)
        self._station = station
        self._actor = actor
        self._widget = parent
        self._export_dir: Path | None = None

    def warn(self, message: str) -> None:
        QMessageBox.warning(self._widget, self.tr("Plan Tracker"), message)

    # Evidence

    def choose_and_attach(self, report: Report, ref: str) -> list[Attachment]:
        paths, _filter = QFileDialog.getOpenFileNames(
            self._widget, fmt(self.tr("Evidence files for %1"), ref)
        )
        return self.attach(report, ref, [Path(p) for p in paths]) if paths else []

    def attach(self, report: Report, ref: str, paths: list[Path]) -> list[Attachment]:
        """Attach each file that can be; one warning lists those that cannot."""
        added, refused = [], []
        with wait_cursor():
            for path in paths:
                too_big = self._too_big(path)
                if too_big:
                    refused.append(too_big)
                    continue
                try:
                    added.append(
                        reports.attach(report, ref, path, self._station.folder, self._actor)
                    )
                except UserError as exc:
                    refused.append(str(exc))
        if refused:
            intro = self.tr("These files were not attached:")
            self.warn(intro + "\n\n" + "\n\n".join(refused))
        return added

    def _too_big(self, path: Path) -> str | None:
        try:
            size = path.stat().st_size
        except OSError:
            return None  # the service says why it cannot read the file
        if size <= evidence.MAX_BYTES:
            return None
        locale = QLocale()
        return fmt(
            self.tr(
                "%1 is %2 MB; an evidence file may be at most %3 MB. Attach a smaller file "
                "(scan it at a lower resolution, or split it into parts)."
            ),
            path.name,
            locale.toString(size / MB, "f", 1),
            evidence.MAX_BYTES // MB,
        )

    def remove(self, report: Report, attachment: Attachment) -> bool:
        answer = QMessageBox.question(
            self._widget,
            self.tr("Remove evidence file"),
            fmt(self.tr("Remove “%1” from this duty's evidence?"), attachment.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            reports.remove_attachment(report, attachment, self._actor)
        except UserError as exc:
            self.warn(str(exc))
            return False
        return True

    def open(self, attachment: Attachment) -> None:
        """Open a copy under the file's own name (the stored file is named by its hash)."""
        folder = Path(tempfile.gettempdir()) / "plantracker-evidence" / attachment.sha256[:16]
        target = folder / attachment.name
        try:
            folder.mkdir(parents=True, exist_ok=True)
            evidence.export_copy(self._station.folder, attachment.sha256, target)
        except OSError as exc:
            self.warn(fmt(self.tr("Cannot open %1: %2"), attachment.name, exc.strerror or exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # The report

    def submit(self, report: Report) -> bool:
        missing = reports.missing_statuses(report)
        if missing:
            self.warn(
                fmt(
                    self.tr(
                        "The report cannot go to sign-off yet: these duties have no "
                        "implementation status: %1. Choose a status for each of them."
                    ),
                    ", ".join(missing),
                )
            )
            return False
        try:
            reports.submit(report, self._actor)
        except UserError as exc:
            self.warn(str(exc))
            return False
        return True

    def amend(self, report: Report) -> Report | None:
        reason, ok = QInputDialog.getText(
            self._widget,
            self.tr("Amend the signed report"),
            fmt(
                self.tr(
                    "Revision %1 is signed and stays as it is. A new revision will be made "
                    "for your changes.\nReason for the change (required):"
                ),
                report.revision,
            ),
        )
        if not ok:
            return None
        if not reason.strip():
            self.warn(self.tr("An amendment needs a reason. Nothing was changed."))
            return None
        try:
            return signoff.amend(report, reason, self._actor)
        except UserError as exc:
            self.warn(str(exc))
            return None

    def export_pdf(self, report: Report) -> Path | None:
        folder = self._export_dir or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        chosen, _filter = QFileDialog.getSaveFileName(
            self._widget,
            self.tr("Export the report as PDF"),
            str(folder / pdf_file_name(report)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return None
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        try:
            with wait_cursor():
                report_pdf.write_pdf(report, out)
        except (UserError, OSError) as exc:
            self.warn(fmt(self.tr("The PDF could not be written: %1"), exc))
            return None
        self._export_dir = out.parent
        return out
