"""The consolidated report's preview: the text as the PDF prints it, laid out off the UI thread.

At province scale the report runs to megabytes of text. Qt holds Python's lock while it parses
HTML, so one setHtml stalled the window for half a second even from a worker thread: the
document is built in the task a few paragraphs at a time and handed to the window whole.
"""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QThread
from PySide6.QtGui import QFont, QTextCursor, QTextDocument

from app.models import ConsolidatedReport, Plan
from app.services.consolidation import consolidated
from app.services.consolidation.consolidated_document import build_document
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


def _transient(plan: Plan, period_id: str, live: dict) -> ConsolidatedReport:
    """An unsaved draft with today's pre-fill, to show before anything is written."""
    return ConsolidatedReport(
        plan=plan,
        period_id=period_id,
        revision=1,
        accepted_prefill=json.dumps(live, ensure_ascii=False),
    )


def build_preview(
    plan: Plan,
    period_id: str,
    report: ConsolidatedReport | None,
    with_changes: bool,
    target: tuple[QFont, QThread],
) -> tuple[QTextDocument, list | None]:
    """The preview document (moved to the UI thread, in the given font) and, when asked, the
    changes since the pre-fill DoFA accepted. Runs in a task."""
    font, ui_thread = target
    # A saved draft shows the pre-fill it accepted; today's is read only when needed.
    live = consolidated.prefill(plan, period_id) if with_changes or not report else None
    document = preview_document(build_document(report or _transient(plan, period_id, live)), font)
    document.moveToThread(ui_thread)
    return document, (consolidated.changes_since(report, live) if with_changes else None)
