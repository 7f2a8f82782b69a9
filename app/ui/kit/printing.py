"""Printing a document as its PDF: the print dialog, then the PDF's own pages on paper.

The PDF is the document of record (Decree 30 layout), so what is printed is its pages, drawn
from images of them at the printer's resolution, never a second layout made for the screen.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from app.services.reports import pdf_pages

MAX_DPI = 300  # enough for text on office printers; more only costs time and memory


def print_pages(printer: QPrinter, pdf: Path) -> int:
    """Draw the PDF's pages (the printer's page range, if one was chosen); the pages printed."""
    dpi = min(printer.resolution(), MAX_DPI)
    first, last = printer.fromPage() or None, printer.toPage() or None
    painter = QPainter()
    printed = 0
    if not painter.begin(printer):
        return 0
    try:
        for page in pdf_pages.render_pages(pdf, dpi, first, last):
            if printed:
                printer.newPage()
            image = QImage(
                page.rgb, page.width, page.height, page.stride, QImage.Format.Format_RGB888
            )
            # The PDF page already has its margins (Decree 30): it covers the whole sheet,
            # from the sheet's corner (a full-page printer's origin).
            full = printer.pageLayout().fullRectPixels(printer.resolution())
            target = QRectF(0, 0, full.width(), full.height())
            scaled = image.size().scaled(target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio)
            target.setSize(scaled.toSizeF())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


def print_pdf(parent: QWidget, title: str, write_pdf: Callable[[Path], object]) -> int:
    """Ask the print dialog, write the document's PDF with `write_pdf(path)` and print it.

    Returns the number of pages printed (0 when cancelled). Refusals (UserError) go to the
    caller, which shows them as it shows other refusals.
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)  # the PDF's margins are wider than any printer's dead edge
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    with tempfile.TemporaryDirectory(prefix="plantracker-print-") as folder:
        pdf = Path(folder) / "document.pdf"
        write_pdf(pdf)
        return print_pages(printer, pdf)
