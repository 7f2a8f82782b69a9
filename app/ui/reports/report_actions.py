"""The report editor's commands (they call the services and may ask, warn or pick a file) and
what it says about the shown revision."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.services.catalogue.periods import Period
from app.services.catalogue.plan_info import PlanInfo
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.status_colours import DASHBOARD_COLOURS
from app.services.core.vocabulary import DashboardStatus, ReportStatus
from app.services.reports import evidence, report_view, reports
from app.services.reports.report_view import DraftAttachment, ReportState
from app.services.workstation.profile import Workstation
from app.ui.kit.errors import user_message
from app.ui.kit.folders import documents_folder
from app.ui.kit.labels import (
    fmt,
    format_date,
    mid_sentence,
    period_label,
    pick,
    report_status_label,
)
from app.ui.kit.printing import print_pdf
from app.ui.kit.saving import save_in_task
from app.ui.kit.tasks import run_task
from app.ui.kit.texts import in_vietnam_time
from app.ui.reports.pdf_signature_text import BAD, GOOD, checked_signature_html

RETURNED = DASHBOARD_COLOURS[DashboardStatus.RETURNED]  # DoFA's return, as on its dashboard


def pdf_file_name(report) -> str:
    """BC-SYT-2026-Y-lan1.pdf: agency, period and revision ("lần" is the revision), of any
    report object with an agency (with a code), a period id and a revision."""
    return f"BC-{report.agency.code}-{report.period_id}-lan{report.revision}.pdf"


def _day(iso: str | None) -> str:
    """ "2026-12-20T09:00:00+07:00" → "20/12/2026" (the day as the clock read then)."""
    try:
        return format_date(datetime.fromisoformat(iso)) if iso else ""
    except ValueError:
        return iso


class ReportActions(QObject):
    """Attach, remove and open evidence; submit, amend and export a report (the station's
    agency's, in the plan)."""

    def __init__(self, station: Workstation, plan: PlanInfo, actor: str | None, parent: QWidget):
        super().__init__(parent)
        self._station = station
        self._plan, self._agency = plan, station.agency_code
        self._actor = actor
        self._widget = parent
        self._export_dir: Path | None = None
        # What the editor holds while a change runs in its task (set by the editor).
        self.held: tuple[QWidget, ...] = ()

    def in_task(self, work: Callable[[], object], done: Callable[[object], None]) -> None:
        """A change of the report (files copied, several rows) in a task, the editor's
        buttons and form held meanwhile; a refusal comes back as a warning."""
        save_in_task(
            self._widget, work, done, lambda error: self.warn(user_message(error)), self.held
        )

    def warn(self, message: str) -> None:
        QMessageBox.warning(self._widget, self.tr("Plan Tracker"), message)

    # Evidence

    def choose_and_attach(
        self, report: ReportState, ref: str, attached: Callable[[list[DraftAttachment]], None]
    ) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self._widget, fmt(self.tr("Evidence files for %1"), ref)
        )
        if paths:
            self.attach(report, ref, [Path(p) for p in paths], attached)

    def attach(
        self,
        report: ReportState,
        ref: str,
        paths: list[Path],
        attached: Callable[[list[DraftAttachment]], None],
    ) -> None:
        """Attach each file that can be, in a task (the files are copied into the profile);
        then attached(the ones added), and one warning lists those that could not be."""
        plan, agency, period_id = self._plan, self._agency, report.period_id
        station, actor = self._station, self._actor

        def work() -> tuple[list[DraftAttachment], list[str]]:
            added, refused = [], []
            for path in paths:
                try:
                    added.append(
                        report_view.attach(station, plan, agency, period_id, ref, path, actor)
                    )
                except UserError as exc:
                    refused.append(user_message(exc))
            return added, refused

        def done(outcome: tuple[list[DraftAttachment], list[str]]) -> None:
            added, refused = outcome
            if refused:
                intro = self.tr("These files were not attached:")
                self.warn(intro + "\n\n" + "\n\n".join(refused))
            if added:
                attached(added)

        self.in_task(work, done)

    def remove(
        self, report: ReportState, attachment: DraftAttachment, removed: Callable[[], None]
    ) -> None:
        """Ask, then remove the file from the duty's evidence in a task; then removed()."""
        answer = QMessageBox.question(
            self._widget,
            self.tr("Remove evidence file"),
            fmt(self.tr("Remove “%1” from this duty's evidence?"), attachment.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        plan, agency, period_id, actor = self._plan, self._agency, report.period_id, self._actor
        station = self._station
        self.in_task(
            lambda: report_view.remove_attachment(
                station, plan, agency, period_id, attachment.id, actor
            ),
            lambda _result: removed(),
        )

    def open(self, attachment) -> None:
        """Open a copy under the file's own name (the stored file is named by its hash); the
        copy is made in a task (evidence can be large)."""
        folder = Path(tempfile.gettempdir()) / "plantracker-evidence" / attachment.sha256[:16]
        profile_folder = self._station.folder

        def copy(_progress) -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return evidence.export_copy(profile_folder, attachment.sha256, folder, attachment.name)

        def done(target: Path | None, error: BaseException | None) -> None:
            if isinstance(error, OSError):
                self.warn(fmt(self.tr("Cannot open %1: %2"), attachment.name, user_message(error)))
            elif error is not None:
                self.warn(user_message(error))
            else:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        run_task(copy, done, parent=self._widget)

    # The report

    def start(
        self, period_id: str, from_previous: bool, started: Callable[[ReportState], None]
    ) -> None:
        """Start the period's report (a row per duty, perhaps copied) in a task."""
        plan, agency, actor, station = self._plan, self._agency, self._actor, self._station
        self.in_task(
            lambda: report_view.start(station, plan, agency, period_id, from_previous, actor),
            started,
        )

    def submit(self, report: ReportState, submitted: Callable[[tuple[str, ...]], None]) -> None:
        """Check every duty has a status and submit, in a task; then submitted(the duties
        still without a status: empty when the report went to sign-off)."""
        plan, agency, period_id, actor = self._plan, self._agency, report.period_id, self._actor
        station = self._station

        def work() -> tuple[str, ...]:
            missing = tuple(report_view.missing_statuses(plan, agency, period_id))
            if not missing:
                report_view.submit(station, plan, agency, period_id, actor)
            return missing

        def done(missing: tuple[str, ...]) -> None:
            if missing:
                self.warn(
                    fmt(
                        self.tr(
                            "The report cannot go to sign-off yet: these duties have no "
                            "implementation status: %1. Choose a status for each of them."
                        ),
                        ", ".join(missing),
                    )
                )
            submitted(missing)

        self.in_task(work, done)

    def amend(self, report: ReportState, amended: Callable[[ReportState], None]) -> None:
        """Ask the reason, then make the new revision in a task; then amended(it)."""
        reason, ok = QInputDialog.getText(
            self._widget,
            self.tr("Amend the signed report"),
            fmt(
                self.tr(
                    "Revision %1 is signed and stays as it is. A new revision will be made "
                    "for your changes.\nReason for the change (required):"
                ),
                report.revision,
            ),
        )
        if not ok:
            return
        if not reason.strip():
            self.warn(self.tr("An amendment needs a reason. Nothing was changed."))
            return
        plan, agency, actor, station = self._plan, self._agency, self._actor, self._station
        period_id, revision = report.period_id, report.revision
        self.in_task(
            lambda: report_view.amend(station, plan, agency, period_id, revision, reason, actor),
            amended,
        )

    def export_pdf(self, report: ReportState, said: Callable[[str], None]) -> None:
        """Ask where, then write the PDF in a task; said(text) tells how it goes ("Writing the
        PDF…", then where it was saved; a refusal is shown in a message box instead)."""
        folder = self._export_dir or documents_folder()
        chosen, _filter = QFileDialog.getSaveFileName(
            self._widget,
            self.tr("Export the report as PDF"),
            str(folder / pdf_file_name(report)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")

        def done(_result, error: BaseException | None) -> None:
            if error is not None:
                said("")
                self.warn(fmt(self.tr("The PDF could not be written: %1"), user_message(error)))
                return
            self._export_dir = out.parent
            said(fmt(self.tr("PDF saved: %1"), out))

        said(self.tr("Writing the PDF…"))
        run_task(lambda _progress: self._write_pdf(report, out), done, parent=self._widget)

    def _write_pdf(self, report: ReportState, out: Path) -> None:
        report_view.write_pdf(
            self._station, self._plan, self._agency, report.period_id, report.revision, out
        )

    def print_report(self, report: ReportState) -> None:
        """The print dialog, then the report's PDF pages (written and rendered in a task)."""
        title = fmt(self.tr("Report %1"), pdf_file_name(report))
        print_pdf(
            self._widget,
            title,
            lambda out: self._write_pdf(report, out),
            lambda error: self.warn(user_message(error)),
        )

    # What the editor says

    def period_info(self, current: Period, following: Period) -> str:
        """The period whose report is due next, and the one after it, with their due dates."""
        days = (current.due - audit.today()).days
        text = self.tr("Current period: %1, due %2, %n day(s) left · next: %3, due %4", "", days)
        return fmt(
            text,
            period_label(current.id),
            format_date(current.due),
            period_label(following.id),
            format_date(following.due),
        )

    def start_from_previous_note(self, period_id: str, previous: int | None) -> tuple[str, bool]:
        """What starting from the previous period (whose latest revision is `previous`) would
        copy; False when there is nothing."""
        previous_id = reports.previous_period_id(period_id)
        if previous is None:
            note = self.tr("There is no report for the %1 to start from.")
            return fmt(note, period_label(previous_id)), False
        note = self.tr(
            "Copies the statuses, progress, texts and implementing plan of the %1 "
            "report (revision %2); evidence files are not copied."
        )
        return fmt(note, period_label(previous_id), previous), True

    def dofa_decision(self, report: ReportState) -> str:
        """DoFA's receipt (green) or return with its comment (the returned status's colour), as
        rich text."""
        if report.status == ReportStatus.RECEIVED and report.received_at:
            text = fmt(self.tr("Received by DoFA on %1"), _day(report.received_at))
            return f"<span style='color:{GOOD}'><b>{escape(text)}</b></span>"
        if report.status == ReportStatus.RETURNED:
            text = fmt(
                self.tr("Returned by DoFA on %1: %2"),
                _day(report.returned_at),
                report.return_comment or "",
            )
            return f"<span style='color:{RETURNED.text}'><b>⚠ {escape(text)}</b></span>"
        return ""

    def describe(self, report: ReportState, revisions: tuple[ReportState, ...]) -> tuple[str, str]:
        """(state line as rich text, read-only banner or "") for the shown revision."""
        parts = [fmt(self.tr("Status: <b>%1</b>"), escape(report_status_label(report.status)))]
        dofa_says = self.dofa_decision(report)
        if dofa_says:
            parts[0] = dofa_says
        if report.amend_reason:
            reason = fmt(self.tr("reason for this revision: %1"), report.amend_reason)
            parts.append(escape(reason))
        if report.signed:
            ok = report.signature_valid
            message = mid_sentence(pick(report.signature_problem_vi, report.signature_problem))
            colour = GOOD if ok else BAD
            verdict = self.tr("Signature valid") if ok else fmt(self.tr("Not valid: %1"), message)
            parts.append(f"<span style='color:{colour}'><b>{escape(verdict)}</b></span>")
            token_line = checked_signature_html(report.pdf_signature)
            if token_line:
                parts.append(token_line)
            signed_at = in_vietnam_time(report.signed_at)
            signed = fmt(
                self.tr("signed by %1 (%2) at %3 on %4"),
                report.signer_name,
                report.signer_position,
                signed_at.strftime("%H:%M"),
                format_date(signed_at),
            )
            parts.append(escape(signed))
            issue = report.issue
            parts.append(
                escape(
                    fmt(self.tr("issued as No. %1 on %2"), issue.symbol, format_date(issue.date))
                    if issue
                    else self.tr(
                        "not issued yet: the clerk gives it its number and date "
                        "(Registers → Outgoing register)"
                    )
                )
            )
        latest = revisions[-1]
        if report.editable:
            return " · ".join(parts), ""
        if report.latest:
            banner = self.tr(
                "Revision %1 (%2) can no longer be changed. To change the report, "
                "use “Amend (new revision)…”: a new revision is made, with the reason."
            )
        else:
            banner = self.tr(
                "You are viewing revision %1 (%2), an earlier revision kept as it was "
                "signed. The latest revision is %3."
            )
        status = report_status_label(report.status)
        return " · ".join(parts), fmt(banner, report.revision, status, latest.revision)
