"""One agency's report for one period, read-only, opened from a dashboard cell.

Wraps the received-report pane (entries, signature check, sign-off record, revisions); a
paper receipt (a report that came on paper or by plain email) has no signed content, so it
gets a plain page saying so instead. The dashboard's verdict for the cell heads the dialog.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
)

from app.services.catalogue.periods import Period
from app.services.core.status_colours import DASHBOARD_COLOURS
from app.services.core.vocabulary import DashboardStatus, ReportStatus
from app.services.dashboard.dashboard import Cell
from app.services.dashboard.dashboard_view import AgencyName, PaperCopy, RevisionFacts
from app.services.workstation.profile import Workstation
from app.ui.dashboard.dashboard_model import channel_label, day_text, status_label
from app.ui.exchange.received_detail import ReceivedReportPane
from app.ui.kit.labels import capitalised, fmt, format_date, period_label
from app.ui.kit.screen_fit import fit_to_screen
from app.ui.kit.texts import name_of

REPORT_PAGE, PAPER_PAGE = 0, 1


class AgencyReportDialog(QDialog):
    """`revisions`: the signed revisions DoFA holds (a draft of its own does not count as
    sent); `papers`: the paper copies recorded."""

    def __init__(
        self,
        station: Workstation,
        agency: AgencyName,
        period: Period,
        cell: Cell,
        revisions: tuple[RevisionFacts, ...],
        papers: tuple[PaperCopy, ...] = (),
        parent=None,
    ):
        super().__init__(parent)
        self.agency, self.period, self.cell = agency, period, cell
        self.revisions = sorted(revisions, key=lambda r: r.revision, reverse=True)
        self.papers = list(papers or [])
        self.setWindowTitle(
            fmt(
                self.tr("%1 — report for %2"),
                name_of(agency),
                period_label(period.id),
            )
        )
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.revision_combo = QComboBox()
        self.revision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for report in self.revisions:
            self.revision_combo.addItem(self._revision_item(report), report.id)
        for receipt in self.papers:
            self.revision_combo.addItem(self._paper_item(receipt))
        revision_label = QLabel(self.tr("&Revision:"))
        revision_label.setBuddy(self.revision_combo)
        self.pane = ReceivedReportPane(station)
        self.paper = QLabel()
        self.paper.setWordWrap(True)
        self.paper.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.pane)
        self.pages.addWidget(self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        choose = QHBoxLayout()
        choose.addWidget(revision_label)
        choose.addWidget(self.revision_combo)
        choose.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addLayout(choose)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.revision_combo.currentIndexChanged.connect(self._on_revision_combo_changed)
        self.verdict.setText(self._verdict_html())
        self._show(0)
        fit_to_screen(self, 960, 720)

    # Public

    def shown_report(self) -> RevisionFacts | None:
        index = self.revision_combo.currentIndex()
        return self.revisions[index] if 0 <= index < len(self.revisions) else None

    def show_revision(self, revision: int) -> None:
        for index, report in enumerate(self.revisions):
            if report.revision == revision:
                self.revision_combo.setCurrentIndex(index)

    # Internals

    def _revision_item(self, report: RevisionFacts) -> str:
        text = fmt(self.tr("%1 — %2, signed %3"), report.revision,
                   channel_label(report.channel), day_text(report.signed_at))  # fmt: skip
        if report.status == ReportStatus.RETURNED:
            text = fmt(self.tr("%1 (returned)"), text)
        if report is self.revisions[0]:
            text = fmt(self.tr("%1 (latest)"), text)
        return text

    def _paper_item(self, receipt: PaperCopy) -> str:
        return fmt(self.tr("Paper copy — received %1, signed %2"),
                   format_date(receipt.received_on), format_date(receipt.signed_on))  # fmt: skip

    def _verdict_html(self) -> str:
        background, colour = DASHBOARD_COLOURS[self.cell.status]
        head = escape(
            fmt(
                self.tr("%1 · %2 · due %3"),
                capitalised(period_label(self.period.id)),
                status_label(self.cell.status),
                format_date(self.period.due),
            )
        )
        parts = [f"<b>{head}</b>"]
        latest = self.revisions[0] if self.revisions else None
        if self.cell.status == DashboardStatus.RETURNED and latest is not None:
            text = fmt(
                self.tr("Returned for revision on %1: %2"),
                day_text(latest.returned_at),
                latest.return_comment or "",
            )
            parts.append(escape(text))
        if self.cell.status == DashboardStatus.CONFLICT:
            parts.append(
                escape(
                    self.tr(
                        "Two different signed contents of one revision are on record; "
                        "decide which one counts in the Conflicts tab."
                    )
                )
            )
        self.verdict.setStyleSheet(
            f"background: {background}; color: {colour}; padding: 6px; border-radius: 3px;"
        )
        return "<br>".join(parts)

    def _show(self, index: int) -> None:
        if 0 <= index < len(self.revisions):
            self.pane.show_report(self.revisions[index].id)
            self.pages.setCurrentIndex(REPORT_PAGE)
            return
        paper_index = index - len(self.revisions)
        if not 0 <= paper_index < len(self.papers):
            self.pane.show_report(None)
            self.pages.setCurrentIndex(REPORT_PAGE)
            return
        receipt = self.papers[paper_index]
        self.paper.setText(
            fmt(
                self.tr(
                    "A copy of this report came on paper or by plain email: received on %1, "
                    "signed on %2. It carries no signed content: the paper original is the "
                    "record. It counts as received; it is on time when it was signed by the "
                    "due date, whatever revision comes later by bundle."
                ),
                format_date(receipt.received_on),
                format_date(receipt.signed_on),
            )
        )
        self.pages.setCurrentIndex(PAPER_PAGE)

    def _on_revision_combo_changed(self, index: int) -> None:
        self._show(index)
