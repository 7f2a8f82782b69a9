"""The consolidated report as files: PDF (Decree 30), Word, and an Excel workbook.

The PDF and the Word document draw the same ReportDocument. The workbook has two sheets:
"Tổng hợp", the agencies × periods matrix of the dashboard (the period and the two years before
it) in Vietnamese words, with totals and the last reminder sent; "Nội dung", every entry of the
agencies' latest accepted revisions for the period (the revisions the pre-fill uses), one row
each, ready to filter.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.models import ConsolidatedReport, Plan
from app.services.consolidation.consolidated_document import build_document
from app.services.reports.report_document import ReportDocument


def write_pdf(report: ConsolidatedReport, out: Path) -> ReportDocument:
    from app.services.reports.pdf_report import render_report  # reportlab loads only when printing

    document = build_document(report)
    render_report(document, out)
    return document


def write_docx(report: ConsolidatedReport, out: Path) -> ReportDocument:
    from app.services.reports.docx_report import render_docx

    document = build_document(report)
    render_docx(document, out)
    return document


def write_xlsx(plan: Plan, period_id: str, out: Path, today: date | None = None) -> None:
    """The workbook of the period: the matrix and every entry used by the pre-fill."""
    # openpyxl (with lxml and PIL) costs a third of a command's start: only this loads it.
    from app.services.consolidation.consolidated_xlsx import write_workbook

    write_workbook(plan, period_id, out, today)
