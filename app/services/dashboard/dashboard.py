"""DoFA's picture of who reported: the agencies × periods matrix, totals, paper reports.

A report is on time when its signed sign-off time (Vietnam time) is on or before the period's
due date: a fact inside the signature, so the order in which bundles arrive never changes it.
Aggregates come from SQL over the report table's indexes; nothing here loops over entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from peewee import fn

from app.models import Agency, Duty, DutyAgency, Plan, Reminder, Report, ReportConflict, db
from app.services.catalogue import catalogue, periods, register
from app.services.catalogue.periods import Period
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.reports.signoff import VIETNAM

STATUSES = (
    "not_due",
    "missing",
    "on_time",
    "late",
    "needs_review",
    "returned",
    "conflict",
    "not_tracked",
)
# Periods before DoFA started following up (periods.tracked_from) count in no rate.
NOT_TRACKED = "not_tracked"


@dataclass
class Cell:
    agency: str
    period: str
    status: str
    channel: str | None = None  # bundle | paper
    revision: int | None = None
    signed_at: str | None = None
    received_at: str | None = None
    reminded_at: str | None = None  # the latest reminder letter about this period, if any

    def as_json(self) -> dict:
        return {
            "code": self.agency,
            "status": self.status,
            # DoFA's own report is signed on this workstation: electronic, like a bundle.
            "channel": "bundle" if self.channel == "local" else self.channel,
            "revision": self.revision,
            "signed_at": self.signed_at,
            "received_at": self.received_at,
        }


def expected_agencies(plan: Plan) -> list[Agency]:
    """Active agencies with at least one duty in the plan (lead or coordinating)."""
    return list(
        Agency.select()
        .where(
            Agency.active
            & Agency.id.in_(
                DutyAgency.select(DutyAgency.agency).join(Duty).where(Duty.plan == plan)
            )
        )
        .order_by(Agency.id)
    )


def _latest_rows(plan: Plan, period_ids: list[str]) -> dict[tuple[int, str], tuple]:
    """(agency id, period) → the latest signed revision's facts, in one query.

    Received bundles and paper reports, and DoFA's own signed reports (written here)."""
    if not period_ids:
        return {}
    # Only the periods shown are read, so the cost follows the screen, not the years stored.
    marks = ", ".join("?" * len(period_ids))
    query = f"""
        SELECT r.agency_id, r.period_id, r.revision, r.status, r.channel, r.signed_at,
               r.received_at,
               (SELECT MAX(p.signed_at) FROM report p
                 WHERE p.plan_id = r.plan_id AND p.agency_id = r.agency_id
                   AND p.period_id = r.period_id AND p.revision < r.revision
                   AND p.signed_at IS NOT NULL AND p.channel != 'paper') AS earlier_signed_at,
               (SELECT MIN(i.issued_on) FROM issued_document i
                 WHERE i.kind = 'report' AND i.plan_id = r.plan_id AND i.agency_id = r.agency_id
                   AND i.period_id = r.period_id AND i.revision = r.revision) AS issued_on
        FROM report r
        JOIN (SELECT agency_id, period_id, MAX(revision) AS revision FROM report
              WHERE plan_id = ? AND period_id IN ({marks}) AND signed_at IS NOT NULL
              GROUP BY agency_id, period_id
             ) latest
          ON latest.agency_id = r.agency_id AND latest.period_id = r.period_id
         AND latest.revision = r.revision
        WHERE r.plan_id = ? AND r.signed_at IS NOT NULL
    """
    rows = db.execute_sql(query, (plan.id, *period_ids, plan.id)).fetchall()
    return {(row[0], row[1]): row[2:] for row in rows}


def _conflicts(plan: Plan, period_ids: list[str]) -> set[tuple[int, str]]:
    return set(
        ReportConflict.select(ReportConflict.agency, ReportConflict.period_id)
        .where(
            (ReportConflict.plan == plan)
            & ReportConflict.resolved_at.is_null()
            & ReportConflict.period_id.in_(period_ids)
        )
        .tuples()
    )


def on_time(signed_at: str, due: date) -> bool:
    """The sign-off date in Vietnam time (the time carries +07:00) against the due date."""
    return datetime.fromisoformat(signed_at).date() <= due


def unbelievable_sign_off(
    period: Period,
    signed_at: str,
    received_at: str | None,
    earlier_signed_at: str | None,
    issued_on: str | None = None,
) -> bool:
    """Sign-off or issue times DoFA cannot believe: signed before the period starts, after
    DoFA received the file, or earlier than the revision before it; issued (the number's date)
    before the period starts, after DoFA received it, or before it was signed. A clock set
    wrong, or set back on purpose: a person must look, and the time alone never makes the
    report on time."""
    signed = datetime.fromisoformat(signed_at)
    received = datetime.fromisoformat(received_at) if received_at else None
    if (
        signed.date() < period.start
        or (received is not None and signed > received)
        or (earlier_signed_at is not None and signed < datetime.fromisoformat(earlier_signed_at))
    ):
        return True
    if issued_on is None:
        return False
    issued = date.fromisoformat(str(issued_on))
    late_issue = received is not None and issued > received.astimezone(VIETNAM).date()
    return issued < period.start or late_issue or issued < signed.astimezone(VIETNAM).date()


def _cell(
    agency: Agency, period: Period, row: tuple | None, conflict: bool, today: date, tracked: bool
) -> Cell:
    if row is None:
        status = "conflict" if conflict else "missing" if today > period.due else "not_due"
        return Cell(agency.code, period.id, status if tracked else NOT_TRACKED)
    # A conflict or untracked cell keeps the facts of the revision on record, for its tooltip.
    revision, report_status, channel, signed_at, received_at, earlier_signed_at, issued_on = row
    if not tracked:
        status = NOT_TRACKED
    elif conflict:
        status = "conflict"
    elif report_status == "returned":
        status = "returned"
    elif channel != "paper" and unbelievable_sign_off(
        period, signed_at, received_at, earlier_signed_at, issued_on
    ):
        status = "needs_review"
    else:
        status = "on_time" if on_time(signed_at, period.due) else "late"
    return Cell(agency.code, period.id, status, channel, revision, signed_at, received_at)


def matrix(
    plan: Plan,
    period_list: list[Period],
    today: date | None = None,
    kinds: set[str] | None = None,
    expected: list[Agency] | None = None,
) -> list[list[Cell]]:
    """One row per expected agency (optionally of some kinds), one cell per period. A caller
    that has read expected_agencies already passes them, so they are read once per screen."""
    today = today or date.today()
    expected = expected if expected is not None else expected_agencies(plan)
    agencies = [a for a in expected if not kinds or a.kind in kinds]
    latest = _latest_rows(plan, [p.id for p in period_list])
    conflicts = _conflicts(plan, [p.id for p in period_list])
    reminded = _reminders(plan, [p.id for p in period_list])
    tracked = periods.tracked_test(plan)
    followed = {p.id: tracked(p.id) for p in period_list}
    rows = []
    for a in agencies:
        row = []
        for p in period_list:
            key = (a.id, p.id)
            cell = _cell(a, p, latest.get(key), key in conflicts, today, followed[p.id])
            cell.reminded_at = reminded.get((a.id, p.id))
            row.append(cell)
        rows.append(row)
    return rows


def _reminders(plan: Plan, period_ids: list[str]) -> dict[tuple[int, str], str]:
    """(agency id, period) → when the latest reminder about it was sent."""
    query = (
        Reminder.select(Reminder.agency, Reminder.period_id, fn.MAX(Reminder.sent_at))
        .where((Reminder.plan == plan) & Reminder.period_id.in_(period_ids))
        .group_by(Reminder.agency, Reminder.period_id)
        .tuples()
    )
    return {(agency_id, period): sent for agency_id, period, sent in query}


@dataclass
class Totals:
    period: str
    expected: int
    received: int
    on_time: int

    @property
    def rate(self) -> float:
        """Reporting rate in percent: received of expected."""
        return round(100 * self.received / self.expected, 1) if self.expected else 0.0


RECEIVED = ("on_time", "late", "needs_review", "returned", "conflict")


def totals(column: list[Cell]) -> Totals:
    """A conflict counts as received: the agency reported, DoFA must choose which content."""
    received = sum(c.status in RECEIVED for c in column)
    timely = sum(c.status == "on_time" for c in column)
    expected = sum(c.status != NOT_TRACKED for c in column)
    return Totals(column[0].period if column else "", expected, received, timely)


def status(plan: Plan, period_id: str, today: date | None = None) -> dict:
    period = periods.get(plan, period_id)
    column = [row[0] for row in matrix(plan, [period], today)]
    total = totals(column)
    return {
        "period": period_id,
        "expected": total.expected,
        "received": total.received,
        "on_time": total.on_time,
        "agencies": [c.as_json() for c in column],
    }


def receive_paper(
    agency_code: str, period_id: str, received_on: date, actor: str | None = None
) -> Report:
    """A report that came on paper or by plain email, counted as received on that date."""
    plan_row = catalogue.active_plan()
    agency = register.get(agency_code)
    periods.bounds(period_id)
    if received_on > date.today():
        raise UserError("the date a paper report arrived cannot be in the future")
    last = (
        Report.select()
        .where(
            (Report.agency == agency) & (Report.plan == plan_row) & (Report.period_id == period_id)
        )
        .order_by(Report.revision.desc())
        .first()
    )
    stamp = datetime.combine(received_on, datetime.min.time()).replace(tzinfo=VIETNAM).isoformat()
    with db.atomic():
        report = Report.create(
            agency=agency,
            plan=plan_row,
            period_id=period_id,
            revision=(last.revision + 1) if last else 1,
            status="received",
            channel="paper",
            created_at=audit.now_iso(),
            updated_at=audit.now_iso(),
            signed_at=stamp,
            received_at=stamp,
        )
        audit.record(
            "report.paper",
            actor,
            agency=agency.code,
            period=period_id,
            date=received_on.isoformat(),
        )
    return report
