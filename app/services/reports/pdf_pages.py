"""A PDF's pages as images, for printing exactly the pages the PDF holds.

PySide6-Essentials has no QtPdf; PDFium (through pypdfium2, whose wheels carry the library for
Windows and Linux alike) draws the pages, so printing needs no program installed beside the app.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.services.core.errors import UserError

POINTS_PER_INCH = 72


@dataclass(frozen=True)
class PageImage:
    """One page as 8-bit RGB rows, top to bottom (`stride` bytes a row)."""

    width: int
    height: int
    stride: int
    rgb: bytes


def render_pages(
    pdf: Path, dpi: int = 300, first: int | None = None, last: int | None = None
) -> Iterator[PageImage]:
    """The pages first..last (1-based, all when None) at `dpi`, one at a time, in order."""
    import pypdfium2 as pdfium  # loads only for printing

    try:
        document = pdfium.PdfDocument(str(pdf))
    except (pdfium.PdfiumError, OSError) as exc:
        raise UserError("the PDF could not be prepared for printing: {reason}", reason=exc) from exc
    try:
        count = len(document)
        start = max(1, first or 1)
        end = min(count, last or count)
        for number in range(start, end + 1):
            page = document[number - 1]
            try:
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
                try:
                    yield PageImage(
                        bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)
                    )
                finally:
                    bitmap.close()
            finally:
                page.close()
    finally:
        document.close()
