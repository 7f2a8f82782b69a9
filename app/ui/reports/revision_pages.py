"""Parts of the report editor: the page of a period without a report, and what a signed
revision shows (its verified signed content, and a plain warning when that cannot be trusted)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.catalogue import plan_info
from app.services.catalogue.periods import Period
from app.services.catalogue.plan_info import PlanInfo
from app.services.reports import report_view
from app.services.reports.report_view import PeriodReport, ReportState, RevisionContent
from app.services.reports.signed_view import SignedRevision
from app.services.workstation.profile import Workstation
from app.ui.kit.errors import user_message
from app.ui.kit.labels import fmt, format_date, period_label, report_status_label

# The colours of the editor's banner: a notice, and a signed revision that cannot be trusted.
NOTICE_STYLE = "background: #fff4ce; border: 1px solid #e0c060; padding: 6px; color: #3a3000;"
ALARM_STYLE = "background: #fde7e9; border: 1px solid #b00020; padding: 6px; color: #5c0011;"


@dataclass(frozen=True)
class EditorDates:
    """What the editor reads first (and on a reload): the plan's periods, the next two due,
    and the report of the period shown."""

    periods: tuple[Period, ...]
    current: Period
    following: Period
    period_id: str
    period: PeriodReport


def read_dates(
    station: Workstation,
    plan: PlanInfo,
    agency_code: str,
    period_id: str | None,
    revision: int | None,
) -> EditorDates:
    """Runs off the UI thread. `period_id` None: the period whose report is due next."""
    current, following = plan_info.current_and_next(plan)
    period_id = period_id or current.id
    return EditorDates(
        tuple(plan_info.all_periods(plan)),
        current,
        following,
        period_id,
        report_view.period_report(station, plan, agency_code, period_id, revision),
    )


class PeriodBar(QWidget):
    """The editor's top line: which period, which revision, and the period's due dates. The
    periods come with the editor's first read (fill_periods)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.period_combo = QComboBox()
        # Filled after the first read: sized to its periods then, not to the empty combo.
        self.period_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.revision_combo = QComboBox()
        self.revision_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.revision_combo.setMinimumContentsLength(16)
        self.period_info = QLabel()
        self.period_info.setWordWrap(True)  # never forces the window wider
        period_label_widget = QLabel(self.tr("Reporting &period:"))
        period_label_widget.setBuddy(self.period_combo)
        revision_label = QLabel(self.tr("Re&vision:"))
        revision_label.setBuddy(self.revision_combo)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(period_label_widget)
        bar.addWidget(self.period_combo)
        bar.addSpacing(12)
        bar.addWidget(revision_label)
        bar.addWidget(self.revision_combo)
        bar.addSpacing(24)
        bar.addWidget(self.period_info, 1)
        # Under the bar (the editor lays them out): the revision's state and a notice.
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        self.state_label.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(NOTICE_STYLE)
        self.banner.hide()

    def fill_periods(self, periods: tuple[Period, ...], chosen: str) -> None:
        """The periods newest first, `chosen` selected; no change of choice is signalled."""
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in reversed(periods):
            dates = f"{format_date(period.start)} – {format_date(period.end)}"
            self.period_combo.addItem(f"{period_label(period.id)} ({dates})", period.id)
        self.period_combo.setCurrentIndex(max(0, self.period_combo.findData(chosen)))
        self.period_combo.blockSignals(False)

    def fill_revisions(self, revisions: tuple[ReportState, ...], shown: int | None) -> None:
        """A period's revisions newest first, `shown` selected; no change of choice is
        signalled (filling the list is not a person choosing)."""
        combo = self.revision_combo
        combo.blockSignals(True)
        combo.clear()
        for report in reversed(revisions):
            text = QCoreApplication.translate("ReportEditor", "Revision %1 · %2")
            combo.addItem(fmt(text, report.revision, report_status_label(report.status)),
                          report.revision)  # fmt: skip
        combo.setEnabled(bool(revisions))
        if shown is not None:
            combo.setCurrentIndex(combo.findData(shown))
        combo.blockSignals(False)


class EmptyReportPage(QWidget):
    """A period without a report yet: start a new one, or from the previous period's."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.new_button = QPushButton(self.tr("Start a &new report"))
        self.from_previous_button = QPushButton(self.tr("Start from the previous period's &report"))
        self.from_previous_note = QLabel()
        self.from_previous_note.setWordWrap(True)
        box = QVBoxLayout()
        box.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(QLabel(self.tr("There is no report for this period yet. How do you start?")))
        box.addSpacing(8)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.from_previous_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.from_previous_note)
        box.addStretch(2)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box, 3)
        outer.addStretch(1)

    def show_period(self, period_id: str, note: str, possible: bool) -> None:
        """The period named; whether (and why not) it can start from the previous one."""
        title = QCoreApplication.translate("ReportEditor", "Report for the %1")
        self.title.setText(fmt(title, period_label(period_id)))
        self.from_previous_note.setText(note)
        self.from_previous_button.setEnabled(possible)


def loading_page() -> QLabel:
    """What the editor shows while a period's report is read, before it is known to exist."""
    label = QLabel(QCoreApplication.translate("ReportEditor", "Loading the report…"))
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def revision_entries(content: RevisionContent) -> tuple[list, tuple[str, object, str], str]:
    """(entry views, implementing plan, warning or "") of the revision the editor shows: a
    draft's rows, or a signed revision's verified content (see report_view.content)."""
    impl = (content.impl_number, content.impl_date, content.impl_title)
    warning = signed_warning(content.signed) if content.signed is not None else ""
    return list(content.entries), impl, warning


def signed_warning(signed: SignedRevision) -> str:
    """What is wrong with a signed revision, in the interface's language ("" if nothing)."""
    if signed.refusal is not None:
        return fmt(
            QCoreApplication.translate("SignedRevision", "This revision cannot be shown: %1"),
            user_message(signed.refusal),
        )
    altered = list(signed.altered_refs)
    if signed.altered_plan:
        altered.append(QCoreApplication.translate("SignedRevision", "the implementing plan"))
    if not altered:
        return ""
    return fmt(
        QCoreApplication.translate(
            "SignedRevision",
            "Warning: the database was changed after this revision was signed (%1). What is "
            "shown, printed, sent or amended is the signed content, never the changed data. "
            "Find out who changed the database file, and why.",
        ),
        ", ".join(altered),
    )
