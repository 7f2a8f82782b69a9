"""DoFA's picture of who reported: the agencies × periods matrix and its totals.

A report is on time when its signed sign-off time (Vietnam time) is on or before the period's
due date: a fact inside the signature, so the order in which bundles arrive never changes it.
The revision that counts is the latest accepted one (app/services/exchange/accepted.py); a
paper receipt (paper.py) also makes a report received, on time if the paper copy was signed
by the due date. Aggregates come from SQL over indexes; nothing here loops over entries.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from peewee import fn

from app.models import Agency, Duty, DutyAgency, Plan, Reminder
from app.services.catalogue import periods
from app.services.catalogue.periods import Period
from app.services.core import audit
from app.services.core.audit import VIETNAM
from app.services.core.vocabulary import Channel
from app.services.core.vocabulary import DashboardStatus as Status
from app.services.dashboard import paper
from app.services.dashboard.paper import PaperFacts
from app.services.exchange import accepted
from app.services.exchange.accepted import OnRecord

STATUSES = (
    Status.NOT_DUE,
    Status.MISSING,
    Status.ON_TIME,
    Status.LATE,
    Status.NEEDS_REVIEW,
    Status.RETURNED,
    Status.CONFLICT,
    Status.NOT_TRACKED,
)
# Periods before DoFA started following up (periods.tracked_from) count in no rate.
NOT_TRACKED = Status.NOT_TRACKED


@dataclass(frozen=True)
class Cell:
    agency: str
    period: str
    status: str
    channel: str | None = None  # bundle | local (DoFA's own) | paper (paper receipts only)
    revision: int | None = None
    signed_at: str | None = None
    received_at: str | None = None
    reminded_at: str | None = None  # the latest reminder letter about this period, if any
    # Paper receipts, also when an electronic revision came later (the tooltip shows both).
    paper_received_on: date | None = None
    paper_signed_on: date | None = None

    def as_json(self) -> dict:
        return {
            "code": self.agency,
            "status": self.status,
            # DoFA's own report is signed on this workstation: electronic, like a bundle.
            "channel": Channel.BUNDLE if self.channel == Channel.LOCAL else self.channel,
            "revision": self.revision,
            "signed_at": self.signed_at,
            "received_at": self.received_at,
        }


def expected_agencies(plan: Plan) -> list[Agency]:
    """Active agencies with at least one duty in the plan (lead or coordinating)."""
    return list(
        Agency.select()
        .where(
            Agency.active.is_true()
            & Agency.id.in_(
                DutyAgency.select(DutyAgency.agency).join(Duty).where(Duty.plan == plan)
            )
        )
        .order_by(Agency.id)
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
    agency: Agency,
    period: Period,
    record: OnRecord | None,
    on_paper: PaperFacts | None,
    today: date,
    tracked: bool,
) -> Cell:
    """The rule (docs/receipts-and-timeliness.md): a returned or conflicting revision on
    record, or an accepted one whose sign-off time cannot be believed, decides the cell;
    otherwise the report is received when an accepted revision or a paper copy is, and on time
    when either was signed by the due date. A period DoFA does not follow up is not_tracked,
    its facts kept for the tooltip."""
    cell = _facts(agency, period, record, on_paper, today)
    return cell if tracked else replace(cell, status=NOT_TRACKED)


def _facts(
    agency: Agency,
    period: Period,
    record: OnRecord | None,
    on_paper: PaperFacts | None,
    today: date,
) -> Cell:
    cell = Cell(agency.code, period.id, Status.MISSING if today > period.due else Status.NOT_DUE)
    if on_paper is not None:
        cell = replace(
            cell,
            paper_received_on=on_paper.received_on,
            paper_signed_on=on_paper.signed_on,
            channel=Channel.PAPER,
            signed_at=_midnight(on_paper.signed_on),
            received_at=_midnight(on_paper.received_on),
        )
    if record is not None:
        # A returned or conflict cell keeps the facts of the revision on record, for its tooltip.
        cell = replace(cell, channel=record.channel, revision=record.revision,
                       signed_at=record.signed_at, received_at=record.received_at)  # fmt: skip
        if not record.accepted:
            return replace(cell, status=Status.CONFLICT if record.in_conflict else Status.RETURNED)
        if unbelievable_sign_off(
            period, record.signed_at, record.received_at, record.earlier_signed_at, record.issued_on
        ):
            return replace(cell, status=Status.NEEDS_REVIEW)  # a person looks first
    if record is None and on_paper is None:
        return cell
    timely = (record is not None and on_time(record.signed_at, period.due)) or (
        on_paper is not None and on_paper.signed_by(period.due)
    )
    return replace(cell, status=Status.ON_TIME if timely else Status.LATE)


def _midnight(day: date) -> str:
    """A paper date as the interface writes times: the start of that day in Vietnam."""
    return datetime.combine(day, datetime.min.time()).replace(tzinfo=VIETNAM).isoformat()


def matrix(
    plan: Plan,
    period_list: list[Period],
    today: date | None = None,
    kinds: set[str] | None = None,
    expected: list[Agency] | None = None,
) -> list[list[Cell]]:
    """One row per expected agency (optionally of some kinds), one cell per period. A caller
    that has read expected_agencies already passes them, so they are read once per screen."""
    today = today or audit.today()
    expected = expected if expected is not None else expected_agencies(plan)
    agencies = [a for a in expected if not kinds or a.kind in kinds]
    period_ids = [p.id for p in period_list]
    records = accepted.on_record(plan, period_ids)
    on_paper = paper.paper_facts(plan, period_ids)
    reminded = _reminders(plan, period_ids)
    tracked = periods.tracked_test(plan)
    followed = {p.id: tracked(p.id) for p in period_list}
    rows = []
    for a in agencies:
        row = []
        for p in period_list:
            key = (a.id, p.id)
            cell = _cell(a, p, records.get(key), on_paper.get(key), today, followed[p.id])
            row.append(replace(cell, reminded_at=reminded.get(key)))
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


@dataclass(frozen=True)
class Totals:
    period: str
    expected: int
    received: int
    on_time: int
    tracked: bool = True  # False: a period before DoFA followed up, with no rate to show

    @property
    def rate(self) -> float:
        """Reporting rate in percent: received of expected."""
        return round(100 * self.received / self.expected, 1) if self.expected else 0.0


RECEIVED = (Status.ON_TIME, Status.LATE, Status.NEEDS_REVIEW, Status.RETURNED, Status.CONFLICT)


def totals(column: list[Cell]) -> Totals:
    """A conflict counts as received: the agency reported, DoFA must choose which content."""
    received = sum(c.status in RECEIVED for c in column)
    timely = sum(c.status == Status.ON_TIME for c in column)
    expected = sum(c.status != NOT_TRACKED for c in column)
    tracked = expected > 0 or not column
    return Totals(column[0].period if column else "", expected, received, timely, tracked)


def status(plan: Plan, period_id: str, today: date | None = None) -> dict:
    period = periods.get(plan, period_id)
    column = [row[0] for row in matrix(plan, [period], today)]
    total = totals(column)
    # format: keys of `status --json`
    return {
        "period": period_id,
        "expected": total.expected,
        "received": total.received,
        "on_time": total.on_time,
        "agencies": [c.as_json() for c in column],
    }
