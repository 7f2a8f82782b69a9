"""The consolidated report's preview: the text as the PDF prints it, laid out off the UI thread.

At province scale the report runs to megabytes of text. Qt holds Python's lock while it parses
HTML, so one setHtml stalled the window for half a second even from a worker thread: the
document is built in the task a few paragraphs at a time and handed to the window whole.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QThread
from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from app.services.catalogue.plan_info import PlanInfo
from app.services.consolidation import consolidated_view
from app.services.consolidation.consolidated_view import PreviewData
from app.services.reports.report_document import ReportDocument

PREVIEW_CHUNK = 150  # paragraphs laid out per call: Qt holds Python's lock while it parses


def document_paragraphs(document: ReportDocument) -> list[str]:
    """The report's text as the PDF prints it, for reading on screen: HTML, one paragraph
    (or heading) per item."""
    out = [
        f"<p align='center'><b>{escape(document.title)}</b><br>"
        f"<b>{escape(document.subtitle)}</b></p>",
        *(f"<p>{escape(p)}</p>" for p in document.opening.splitlines() if p.strip()),
    ]
    for section in document.sections:
        out.append(f"<h4>{escape(section.heading)}</h4>")
        out += [f"<p>{escape(p)}</p>" for p in section.summary.splitlines() if p.strip()]
        for entry in section.entries:
            out.append(f"<p><b>{escape(entry.ref)}.</b> <i>{escape(entry.duty_text)}</i></p>")
            out += [f"<p style='margin-left:16px'>{escape(p)}</p>" for p in entry.passages]
    return out


def preview_document(document: ReportDocument, font) -> QTextDocument:
    """The preview, laid out a few paragraphs at a time: one setHtml of a province's report
    (megabytes) holds Python's lock for half a second, and the UI thread with it."""
    preview = QTextDocument()
    preview.setDefaultFont(font)
    cursor = QTextCursor(preview)
    paragraphs = document_paragraphs(document)
    for start in range(0, len(paragraphs), PREVIEW_CHUNK):
        cursor.insertHtml("".join(paragraphs[start : start + PREVIEW_CHUNK]))
    return preview


def build_preview(
    plan: PlanInfo, period_id: str, with_changes: bool, target: tuple[QFont, QThread]
) -> tuple[QTextDocument, PreviewData]:
    """The preview document (moved to the UI thread, in the given font) with the report's
    state and, when asked, the changes since the pre-fill DoFA accepted. Runs in a task."""
    font, ui_thread = target
    data = consolidated_view.preview(plan, period_id, with_changes)
    document = preview_document(data.document, font)
    document.moveToThread(ui_thread)
    return document, data
