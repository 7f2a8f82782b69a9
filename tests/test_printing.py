"""Printing prints the PDF's own pages: the same count, the same look, through the dialog."""

from __future__ import annotations

import subprocess
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from app.services.reports import report_pdf
from app.ui.kit import i18n, printing, tasks
from tests.reporting import approver, complete_draft
from tests.windows import main_window


@pytest.fixture(autouse=True)
def _inline_tasks():
    """The report editor reads its report in a task: inline here, so each step sees it."""
    tasks.set_synchronous(True)
    yield
    tasks.set_synchronous(False)


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))[6:])


def _image(pdf: Path, page: int, folder: Path) -> QImage:
    """Page `page` at 40 dpi, grey, scaled to A4 at that resolution (331×468)."""
    stem = folder / f"{pdf.stem}-{page}"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "40", "-f", str(page), "-l", str(page), "-singlefile",
         "-png", str(pdf), str(stem)],
        check=True,
    )  # fmt: skip
    return QImage(f"{stem}.png").scaled(331, 468).convertToFormat(QImage.Format.Format_Grayscale8)


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of two grey pages, 0 (same) to 255, compared as 42×60 blurs:
    the layout counts, not a pixel's shift from resampling. Measured: the same page printed
    ≈ 1–3, another page of the report ≈ 15, a blank sheet ≈ 16."""
    size = (42, 60)
    a, b = (
        i.scaled(
            *size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        for i in (a, b)
    )
    total = sum(
        abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value())
        for y in range(size[1])
        for x in range(size[0])
    )
    return total / (size[0] * size[1])


@pytest.fixture
def printed_to(monkeypatch, tmp_path):
    """The print dialog accepts, with the printer writing a PDF file we can look at."""
    out = tmp_path / "printed.pdf"
    titles = []

    def accept(dialog: QPrintDialog) -> int:
        titles.append(dialog.windowTitle())
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    return out, titles


def test_ctrl_p_on_the_report_prints_the_pages_of_its_pdf(qtbot, health, printed_to, tmp_path):
    i18n.install("vi")
    out, titles = printed_to
    approver(health)
    report = complete_draft(health)
    window = main_window(health)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.report_tab)
    QApplication.processEvents()
    window.editor.entries.setFocus()
    qtbot.keyClick(window.editor.entries, "P", modifier=Qt.KeyboardModifier.ControlModifier)
    assert titles and titles[0].startswith("Báo cáo BC-SYT-2026-Y")
    original = tmp_path / "original.pdf"
    report_pdf.write_pdf(health.folder, report, original)
    assert _pages(out) == _pages(original) >= 2
    for page in (1, _pages(original)):
        difference = _difference(_image(out, page, tmp_path), _image(original, page, tmp_path))
        assert difference < 6, (page, difference)  # the same page, up to resampling
    blank = QImage(331, 468, QImage.Format.Format_Grayscale8)
    blank.fill(255)
    assert _difference(_image(out, 1, tmp_path), blank) > 10  # and not an empty sheet
    other_page = _image(original, 2, tmp_path)
    assert _difference(_image(out, 1, tmp_path), other_page) > 10  # the metric tells pages apart


def test_a_cancelled_print_dialog_prints_nothing(qtbot, health, monkeypatch, tmp_path):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    written, refused, printed = [], [], []
    printing.print_pdf(None, "x", written.append, refused.append, printed.append)
    assert printed == [0] and refused == []
    assert written == []  # the PDF is not even made


def test_the_pdf_is_written_and_rendered_off_the_ui_thread(qtbot, health, printed_to, tmp_path):
    """On the pool, as in the running app: the window stays responsive while the PDF is made;
    each page is drawn on the UI thread as it comes."""
    out, _titles = printed_to
    approver(health)
    report = complete_draft(health)
    writers, printed, refused = [], [], []

    def write(pdf: Path) -> None:
        writers.append(threading.get_ident())
        report_pdf.write_pdf(health.folder, report, pdf)

    tasks.set_synchronous(False)
    widget = QWidget()
    qtbot.addWidget(widget)
    printing.print_pdf(widget, "Báo cáo", write, refused.append, printed.append)
    assert widget.cursor().shape() == Qt.CursorShape.WaitCursor
    printing.print_pdf(widget, "Báo cáo", write, refused.append, printed.append)  # refused
    qtbot.waitUntil(lambda: bool(printed or refused), timeout=30000)
    tasks.pool().waitForDone(20000)
    original = tmp_path / "original.pdf"
    report_pdf.write_pdf(health.folder, report, original)
    assert refused == [] and printed == [_pages(original)] and _pages(out) == printed[0]
    assert len(writers) == 1 and threading.get_ident() not in writers
    assert widget.cursor().shape() == Qt.CursorShape.ArrowCursor
