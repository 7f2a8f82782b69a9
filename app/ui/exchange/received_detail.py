"""One received report, read-only: its entries, revisions, signature check and sign-off."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.core.status_colours import DASHBOARD_COLOURS
from app.services.core.vocabulary import DashboardStatus
from app.services.core.wire import ReportContent
from app.services.exchange import received_views
from app.services.exchange.received_views import ReceivedReport
from app.services.workstation.profile import Workstation
from app.ui.exchange.exchange_common import field_label, value_text
from app.ui.exchange.reply_dialogs import ReturnDialog
from app.ui.kit import tasks
from app.ui.kit.errors import user_message
from app.ui.kit.folders import documents_folder
from app.ui.kit.labels import entry_status_label, fmt, format_date, mid_sentence, pick
from app.ui.kit.texts import name_of, revision_text, when_text
from app.ui.reports.pdf_signature_text import BAD, GOOD, checked_signature_html
from app.ui.reports.report_actions import pdf_file_name

DUTY_TEXT_CHARS = 240
TEXT_FIELDS = ("results", "difficulties", "proposals")


def _paragraphs(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


class ReceivedReportPane(QWidget):
    """What an agency signed, as DoFA holds it; "Print / PDF…" writes the official document."""

    report_returned = Signal(int)  # the id of the revision sent back for revision

    def __init__(self, station: Workstation, parent=None):
        super().__init__(parent)
        self.station = station  # DoFA's: returning a report writes in its session
        self.report: ReceivedReport | None = None
        self.shown_id: int | None = None  # asked for; `report` once it has been read
        self.actor: str | None = None  # the signed-in account, for the activity log
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.signature = QLabel()
        self.signature.setTextFormat(Qt.TextFormat.RichText)
        self.signature.setWordWrap(True)
        self.signature.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sign_off = QLabel()
        self.sign_off.setWordWrap(True)
        self.sign_off.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.revisions = QLabel()
        self.revisions.setTextFormat(Qt.TextFormat.RichText)
        self.revisions.setWordWrap(True)
        self.return_note = QLabel()
        self.return_note.setWordWrap(True)
        self.return_note.setTextFormat(Qt.TextFormat.RichText)
        self.return_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QTextBrowser()
        self.body.setOpenLinks(False)
        self.pdf_button = QPushButton(self.tr("&Print / PDF…"))
        self.return_button = QPushButton(self.tr("Re&turn for revision…"))
        self.pdf_status = QLabel()
        self.pdf_status.setWordWrap(True)
        self.pdf_status.setOpenExternalLinks(True)
        self.pdf_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        bottom = QHBoxLayout()
        bottom.addWidget(self.pdf_status, 1)
        bottom.addWidget(self.return_button)
        bottom.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.signature)
        layout.addWidget(self.sign_off)
        layout.addWidget(self.revisions)
        layout.addWidget(self.return_note)
        layout.addWidget(self.body, 1)
        layout.addLayout(bottom)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.return_button.clicked.connect(self._on_return_button_clicked)
        self._show(None)

    def show_report(self, report_id: int | None) -> None:
        """Show a received revision (None: the empty state). It is read and its signatures
        checked off the UI thread; the pane says it is loading meanwhile."""
        self.shown_id = report_id
        if report_id is None:
            self._show(None)
            return
        self.report = None
        self.pdf_button.setEnabled(False)
        self.return_button.setEnabled(False)
        self.title.setText(self.tr("Loading the report…"))
        station = self.station
        tasks.run_task(
            lambda _progress: received_views.received_report(station, report_id),
            lambda report, error: self._on_report_read(report_id, report, error),
            None,
            self,
        )

    def _on_report_read(self, report_id: int, report: ReceivedReport | None, error) -> None:
        if report_id != self.shown_id:
            return  # another revision was chosen meanwhile
        if error is not None:
            self._show(None)
            self.title.setText(
                fmt(self.tr("The report could not be read: %1"), user_message(error))
            )
            return
        self._show(report)

    def _show(self, report: ReceivedReport | None) -> None:
        self.report = report
        self.pdf_status.clear()
        self.pdf_button.setEnabled(report is not None)
        self._show_return_state(report)
        for label in (self.signature, self.sign_off, self.revisions):
            label.setVisible(report is not None)
        if report is None:
            self.title.setText(self.tr("No received report chosen"))
            self.body.setPlainText(
                self.tr(
                    "Reports appear here once the agencies' bundles are imported "
                    "(Exchange → Import bundles…). Choose one on the left to read it."
                )
            )
            return
        self.title.setText(
            f"{name_of(report.agency)} — {revision_text(report.period_id, report.revision)}"
        )
        if report.signature_valid:
            verdict = fmt(self.tr("Signature valid (key %1)"), report.key_fingerprint)
            self.signature.setText(f"<span style='color:{GOOD}'><b>✔ {escape(verdict)}</b></span>")
        else:
            problem = mid_sentence(pick(report.signature_problem_vi, report.signature_problem))
            verdict = fmt(self.tr("Signature NOT valid: %1"), problem)
            self.signature.setText(f"<span style='color:{BAD}'><b>✘ {escape(verdict)}</b></span>")
        token_line = checked_signature_html(report.token_signature)
        if token_line:
            self.signature.setText(self.signature.text() + "<br>" + token_line)
        self.sign_off.setText(
            fmt(
                self.tr("Signed off by %1 (%2) at %3; received by DoFA at %4"),
                report.signer_name,
                report.signer_position,
                when_text(report.signed_at),
                when_text(report.received_at),
            )
            + " · "
            + (
                self._issued_text(report.issue, report.issue_valid)
                if report.issue
                else self.tr("not issued")
            )
        )
        self.revisions.setText(self._revisions_html(report))
        self.body.setHtml(self._body_html(report, report.content))

    def _issued_text(self, issue, valid: bool) -> str:
        text = fmt(self.tr("issued as No. %1 on %2"), issue.symbol, format_date(issue.date))
        verdict = self.tr("signed statement valid") if valid else self.tr("statement NOT valid")
        return f"{text} ({verdict})"

    def _revisions_html(self, report: ReceivedReport) -> str:
        revisions = report.revisions
        latest = max(r.revision for r in revisions) if revisions else report.revision
        parts = []
        for other in revisions:
            text = fmt(self.tr("%1 (received %2)"), other.revision, when_text(other.received_at))
            if other.revision == latest:
                text = fmt(self.tr("%1, the latest"), text)
            text = escape(text)
            parts.append(f"<b>{text}</b>" if other.id == report.id else text)
        return escape(self.tr("Revisions on record:")) + " " + " · ".join(parts)

    def _body_html(self, report: ReceivedReport, content: ReportContent) -> str:
        html = []
        if report.amend_reason:
            reason = fmt(self.tr("Reason for this revision: %1"), report.amend_reason)
            html.append(f"<p><i>{escape(reason)}</i></p>")
        if content.impl_number or content.impl_title:
            text = fmt(
                self.tr("Implementing plan: %1 of %2 — %3"),
                content.impl_number or "",
                format_date(content.impl_date),
                content.impl_title or "",
            )
            html.append(f"<p>{escape(text)}</p>")
        for entry in content.entries:
            status = entry_status_label(entry.status)
            heading = f"{entry.ref} — {status}"
            if entry.progress is not None:
                heading += " · " + fmt(self.tr("progress %1%"), entry.progress)
            html.append(f"<h3>{escape(heading)}</h3>")
            duty_text = " ".join(entry.duty_text.split())
            if len(duty_text) > DUTY_TEXT_CHARS:
                duty_text = duty_text[: DUTY_TEXT_CHARS - 1].rstrip() + "…"
            if duty_text:
                html.append(f"<p style='color:#555'>{escape(duty_text)}</p>")
            for name in TEXT_FIELDS:
                if getattr(entry, name):
                    label = escape(field_label(name))
                    html.append(f"<p><b>{label}:</b> {_paragraphs(getattr(entry, name))}</p>")
            names = [a.name for a in entry.attachments]
            if names:
                label = escape(field_label("attachments"))
                html.append(f"<p><b>{label}:</b> {escape(value_text('attachments', names))}</p>")
        return "\n".join(html)

    # Returning for revision

    def _show_return_state(self, report: ReceivedReport | None) -> None:
        """The return button (the latest accepted revision only) and a returned one's comment."""
        self.return_button.setEnabled(report is not None and report.returnable)
        self.return_button.setVisible(report is not None)
        returned = report is not None and report.returned
        self.return_note.setVisible(returned)
        if returned:
            text = fmt(
                self.tr("Returned for revision on %1: %2"),
                when_text(report.returned_at),
                report.return_comment,
            )
            colour = DASHBOARD_COLOURS[DashboardStatus.RETURNED].text
            self.return_note.setText(f"<span style='color:{colour}'><b>{escape(text)}</b></span>")

    def _on_return_button_clicked(self) -> None:
        report = self.report
        if report is None:
            return
        dialog = ReturnDialog(self.station, report, self.actor, self)
        if dialog.exec() and dialog.returned:
            self.report_returned.emit(report.id)

    # Printing

    def _on_pdf_button_clicked(self) -> None:
        report = self.report
        if report is None:
            return
        folder = documents_folder()
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Print or save the report as PDF"),
            str(folder / pdf_file_name(report)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        self.pdf_button.setEnabled(False)
        self.pdf_status.setText(self.tr("Writing the PDF…"))
        station = self.station
        tasks.run_task(
            lambda _progress: received_views.write_pdf(station, report.id, out),
            lambda _result, error: self._on_pdf_done(out, error),
            None,
            self,
        )

    def _on_pdf_done(self, out: Path, error) -> None:
        self.pdf_button.setEnabled(self.report is not None)
        if error is not None:
            reason = user_message(error)
            text = fmt(self.tr("The PDF could not be written: %1"), reason)
            self.pdf_status.setText(f"<span style='color:#b00020'>{escape(text)}</span>")
            return
        link = f"<a href='{QUrl.fromLocalFile(str(out)).toString()}'>{escape(str(out))}</a>"
        self.pdf_status.setText(fmt(escape(self.tr("PDF saved: %1 (open it to print)")), link))
