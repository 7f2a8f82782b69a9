"""A PDF's pages as images, for printing exactly the pages the PDF holds.

PySide6-Essentials has no QtPdf, so poppler's `pdftoppm` renders them (poppler-utils on
Debian and Ubuntu, which the installer's set-up puts in place).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from app.services.core.errors import UserError

RENDERER = "pdftoppm"


def render_pages(
    pdf: Path, folder: Path, dpi: int = 300, first: int | None = None, last: int | None = None
) -> list[Path]:
    """PNG files of the pages first..last (1-based, all when None) in `folder`, in order."""
    program = shutil.which(RENDERER)
    if program is None:
        raise UserError(
            "printing needs the pdftoppm program (package poppler-utils), which is not "
            "installed; export the PDF and print it from a PDF reader instead"
        )
    command = [program, "-png", "-r", str(dpi)]
    if first:
        command += ["-f", str(first)]
    if last:
        command += ["-l", str(last)]
    result = subprocess.run(
        [*command, str(pdf), str(folder / "page")], capture_output=True, timeout=300
    )
    if result.returncode != 0:
        raise UserError(
            "the PDF could not be prepared for printing: {reason}",
            reason=result.stderr.decode("utf-8", "replace").strip() or result.returncode,
        )
    # pdftoppm pads the page number to the width of the last one: page-01.png … page-12.png.
    return sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
