"""What every PDF the app draws shares: the Liberation Serif family (metric-compatible with
Times New Roman, with every Vietnamese letter), registered once and embedded, and user text
made safe for reportlab's Paragraph markup.

The report and the consolidated report (reports/pdf_report.py), the outgoing register
(outgoing/register_pdf.py) and the token signature's stamp (reports/token_signoff.py) draw with
it; it sits in core, below both packages, so that neither reaches into the other."""

from __future__ import annotations

import threading
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.paths import FONTS_DIR
from app.services.core.text import nfc

FONT = "LiberationSerif"
FONT_BOLD = f"{FONT}-Bold"
FONT_ITALIC = f"{FONT}-Italic"
FONT_BOLD_ITALIC = f"{FONT}-BoldItalic"
_FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_register_lock = threading.Lock()


def register_fonts() -> None:
    """Register the Liberation Serif family once per process (PDFs may be drawn off the UI
    thread, hence the lock)."""
    with _register_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        for name, file_name in _FONT_FILES.items():
            # TTFont always embeds a subset, which is what makes the glyphs print anywhere.
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file_name)))
        # Lets <b> and <i> in Paragraph markup pick the right face of the family.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )


def safe_markup(text: str) -> str:
    """User text made safe for Paragraph markup: NFC (else stacked accents land beside the
    letter) and &, <, > escaped (else reportlab reads them as markup and fails)."""
    return escape(nfc(text))
