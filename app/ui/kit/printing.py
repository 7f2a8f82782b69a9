"""Printing a document as its PDF: the print dialog, then the PDF's own pages on paper. The
PDF is written and its pages rendered in a task; each page is drawn on the UI thread.

The PDF is the document of record (Decree 30 layout), so what is printed is its pages, drawn
from images of them at the printer's resolution, never a second layout made for the screen.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.services.reports import pdf_pages
from app.ui.kit.tasks import run_task

MAX_DPI = 300  # enough for text on office printers; more only costs time and memory
PRINTING = "_printing_in_task"  # set on the widget whose document is being printed


class PagePrinter:
    """Draws page images on the printer, one after another, on the UI thread (a QPainter on a
    printer belongs to the thread that began it)."""

    def __init__(self, printer: QPrinter):
        self.printer, self.printed = printer, 0
        self._painter = QPainter()
        self._begun = False

    def draw(self, page: pdf_pages.PageImage) -> None:
        if not self._begun:
            self._begun = self._painter.begin(self.printer)
            if not self._begun:
                return
        if self.printed:
            self.printer.newPage()
        image = QImage(page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
        # The PDF page already has its margins (Decree 30): it covers the whole sheet, from
        # the sheet's corner (a full-page printer's origin).
        full = self.printer.pageLayout().fullRectPixels(self.printer.resolution())
        target = QRectF(0, 0, full.width(), full.height())
        scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
        target.setSize(scaled.toSizeF())
        self._painter.drawImage(target, image)
        self.printed += 1

    def end(self) -> None:
        if self._begun:
            self._painter.end()
            self._begun = False


def print_pdf(
    parent: QWidget | None,
    title: str,
    write_pdf: Callable[[Path], object],
    refused: Callable[[BaseException], None],
    printed: Callable[[int], None] | None = None,
) -> None:
    """Ask the print dialog; then write the document's PDF with `write_pdf(path)` and render
    its pages (the printer's page range, if one was chosen) in a task, each page drawn on the
    printer as it comes. Meanwhile the cursor waits and a second print of `parent` is refused.
    Then printed(the number of pages printed) (0 when cancelled), or refused(error) for a
    refusal (UserError) or a failure, which the caller shows as its other refusals."""
    if parent is not None and getattr(parent, PRINTING, False):
        return
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF's margins are wider than any printer's dead edge
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        if printed is not None:
            printed(0)
        return
    dpi = min(printer.resolution(), MAX_DPI)
    first, last = printer.fromPage() or None, printer.toPage() or None
    folder = Path(tempfile.mkdtemp(prefix="plantracker-print-"))
    pages = PagePrinter(printer)

    def work(progress) -> None:
        pdf = folder / "document.pdf"
        write_pdf(pdf)
        for page in pdf_pages.render_pages(pdf, dpi, first, last):
            progress(page)

    def done(_result, error: BaseException | None) -> None:
        pages.end()
        shutil.rmtree(folder, ignore_errors=True)
        if parent is not None:
            setattr(parent, PRINTING, False)
            parent.unsetCursor()
        if error is not None:
            refused(error)
        elif printed is not None:
            printed(pages.printed)

    if parent is not None:
        setattr(parent, PRINTING, True)
        parent.setCursor(Qt.CursorShape.WaitCursor)
    run_task(work, done, pages.draw, parent)
