"""DoFA's overview screens as they load: frozen facts read in one go, off the UI thread.

The dashboard and the duty view name the plan by a PlanInfo and get back what they draw (the
reminder letters: reminder_view.py); no peewee row leaves the services. Each loader reads
everything its screen needs at once, so a screen can run it in a task and show "Loading…"
meanwhile.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from app.services.catalogue import periods, register
from app.services.catalogue.periods import Period
from app.services.catalogue.plan_info import PlanInfo, plan_of
from app.services.catalogue.register import AgencyName
from app.services.dashboard import dashboard, duty_view, paper
from app.services.dashboard.dashboard import Cell, Totals
from app.services.dashboard.duty_view import DutyHeading, SectionProgress, SideEntry
from app.services.reports import reports

COLUMNS_SHOWN = 4


agency_name = AgencyName.of


@dataclass(frozen=True)
class Matrix:
    """The dashboard: every period up to the next one, the columns shown (ending at the
    chosen period), and one row of cells per expected agency."""

    every: tuple[Period, ...]
    shown: tuple[Period, ...]
    agencies: tuple[AgencyName, ...]
    rows: tuple[tuple[Cell, ...], ...]


def shown_periods(plan: PlanInfo, today: date, focus: str | None = None) -> tuple[list, list]:
    """(every period up to the next one, the COLUMNS_SHOWN ending at focus — by default the
    current period, the one whose report is due next)."""
    every = periods.all_periods(plan_of(plan), today)
    if focus not in {p.id for p in every}:  # as periods.current_and_next says
        focus = next(p for p in every if p.due >= today).id
    end = next(i for i, p in enumerate(every) if p.id == focus) + 1
    return every, every[max(0, end - COLUMNS_SHOWN) : end]


def matrix(plan: PlanInfo, today: date, focus: str | None = None) -> Matrix:
    """Reads every expected agency's standing in the shown periods: at province scale, run it
    in a task."""
    row = plan_of(plan)
    every, shown = shown_periods(plan, today, focus)
    agencies = dashboard.expected_agencies(row)
    cells = dashboard.matrix(row, shown, today, expected=agencies)
    return Matrix(
        tuple(every),
        tuple(shown),
        tuple(agency_name(a) for a in agencies),
        tuple(tuple(r) for r in cells),
    )


@dataclass(frozen=True)
class RevisionFacts:
    """A signed revision DoFA holds of an agency's report, as a list of revisions shows it."""

    id: int
    revision: int
    status: str
    channel: str | None
    signed_at: str | None
    received_at: str | None
    returned_at: str | None
    return_comment: str | None


@dataclass(frozen=True)
class PaperCopy:
    received_on: date
    signed_on: date


@dataclass(frozen=True)
class AgencyReport:
    """What DoFA holds of one agency's report for a period: signed revisions, latest first,
    and paper copies, first recorded first."""

    agency: AgencyName
    revisions: tuple[RevisionFacts, ...]
    papers: tuple[PaperCopy, ...]


def agency_report(plan: PlanInfo, agency_code: str, period_id: str) -> AgencyReport:
    row, agency = plan_of(plan), register.get(agency_code)
    signed = [r for r in reports.revisions(agency, row, period_id) if r.signed_at]
    revisions = tuple(
        RevisionFacts(
            r.id,
            r.revision,
            r.status,
            r.channel,
            r.signed_at,
            r.received_at,
            r.returned_at,
            r.return_comment,
        )  # fmt: skip
        for r in sorted(signed, key=lambda r: r.revision, reverse=True)
    )
    papers = tuple(
        PaperCopy(p.received_on, p.signed_on) for p in paper.receipts(agency.id, row, period_id)
    )
    return AgencyReport(agency_name(agency), revisions, papers)


# --- the duty view ---------------------------------------------------------------------------


@dataclass(frozen=True)
class DutyFrame:
    """What the duty view is built around: the duties to pick from and the section titles."""

    duties: tuple[DutyHeading, ...]
    section_titles: Mapping[str, tuple[str, str]]


def duty_frame(plan: PlanInfo) -> DutyFrame:
    row = plan_of(plan)
    titles = MappingProxyType(duty_view.section_titles(row))
    return DutyFrame(tuple(duty_view.duty_headings(row)), titles)


@dataclass(frozen=True)
class Rates:
    """The periods that have a reporting rate (oldest first) and their totals."""

    periods: tuple[Period, ...]
    totals: tuple[Totals, ...]


def rates(plan: PlanInfo, today: date) -> Rates:
    row = plan_of(plan)
    shown = duty_view.rate_periods(row, today)
    return Rates(tuple(shown), tuple(duty_view.reporting_rates(row, today, chosen=shown)))


def progress(plan: PlanInfo, period_id: str) -> tuple[SectionProgress, ...]:
    return tuple(duty_view.progress_by_section(plan_of(plan), period_id))


def side_by_side(
    plan: PlanInfo, duty_ref: str, period_id: str, today: date | None
) -> tuple[SideEntry, ...]:
    return tuple(duty_view.side_by_side(plan_of(plan), duty_ref, period_id, today))
