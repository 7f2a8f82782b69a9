"""Print an Excel workbook as LibreOffice Calc would, to check what a clerk gets on paper."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

needs_calc = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice Calc is not installed (apt-get install libreoffice-calc-nogui)",
)


def print_to_pdf(workbook: Path, folder: Path) -> Path:
    """soffice --headless --convert-to pdf, with a profile of its own (runs in parallel)."""
    profile = folder / "calc-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return folder / (workbook.stem + ".pdf")


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    info = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, check=True
    ).stdout.decode()
    return [(float(w), float(h)) for w, h in re.findall(r"size:\s+([\d.]+) x ([\d.]+) pts", info)]


def page_texts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    pages = out.stdout.decode("utf-8").split("\f")
    return [" ".join(unicodedata.normalize("NFC", p).split()) for p in pages if p.strip()]
