"""Reports that reached DoFA on paper or by plain email: recorded by hand, counted as received.

A paper receipt is its own record, not a report revision: it has no signed content, so it
never takes a revision number, and a bundle of any revision of the same report still imports
normally afterwards. On the dashboard a paper receipt makes the report received; the report is
on time when either the paper copy or the latest accepted electronic revision was signed by the
due date (docs/receipts-and-timeliness.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from peewee import fn

from app.models import PaperReceipt, Plan
from app.services.catalogue import catalogue, periods, register
from app.services.catalogue.register import AgencyName
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction
from app.services.workstation import changes

if TYPE_CHECKING:  # the profile module sits above the services it opens
    from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class PaperFacts:
    """What the paper receipts of one agency and period add up to."""

    received_on: date  # the first paper copy's arrival
    signed_on: date  # the earliest date a paper copy was signed

    def signed_by(self, due: date) -> bool:
        return self.signed_on <= due


def receive_paper(
    station: Workstation,
    agency_code: str,
    period_id: str,
    received_on: date,
    signed_on: date | None = None,
    actor: str | None = None,
) -> PaperReceipt:
    """Record a report that came on paper or by plain email.

    `signed_on` is the date on the paper copy; without it the day it arrived stands in, the
    latest it can have been signed."""
    plan = catalogue.active_plan()
    agency = register.get(agency_code)
    periods.bounds(period_id)
    if received_on > audit.today():
        raise UserError("the date a paper report arrived cannot be in the future")
    signed_on = signed_on or received_on
    if signed_on > received_on:
        raise UserError("a paper report cannot be signed after the day it arrived")
    with station.session.atomic():
        receipt = PaperReceipt.create(
            agency=agency,
            plan=plan,
            period_id=period_id,
            received_on=received_on,
            signed_on=signed_on,
            recorded_at=audit.now_iso(),
            recorded_by=actor,
        )
        changes.bump(changes.RECEIPTS)
        audit.record(
            AuditAction.REPORT_PAPER,
            actor,
            agency=agency.code,
            period=period_id,
            date=received_on.isoformat(),
            signed=signed_on.isoformat(),
        )
    return receipt


@dataclass(frozen=True)
class PaperRecord:
    """A paper report just recorded, as the screen that recorded it says so."""

    agency: AgencyName
    period_id: str
    received_on: date
    signed_on: date


def record_paper(*args, **kwargs) -> PaperRecord:
    """receive_paper (same arguments, the workstation first), for screens: what was
    recorded, as a plain object."""
    receipt = receive_paper(*args, **kwargs)
    return PaperRecord(
        AgencyName.of(receipt.agency), receipt.period_id, receipt.received_on, receipt.signed_on
    )


def paper_facts(plan: Plan, period_ids: list[str]) -> dict[tuple[int, str], PaperFacts]:
    """(agency id, period) → the paper receipts' earliest arrival and signing, in one query."""
    query = (
        PaperReceipt.select(
            PaperReceipt.agency,
            PaperReceipt.period_id,
            fn.MIN(PaperReceipt.received_on),
            fn.MIN(PaperReceipt.signed_on),
        )
        .where((PaperReceipt.plan == plan) & PaperReceipt.period_id.in_(period_ids))
        .group_by(PaperReceipt.agency, PaperReceipt.period_id)
        .tuples()
    )
    return {
        (agency_id, period): PaperFacts(_day(received), _day(signed))
        for agency_id, period, received, signed in query
    }


def receipts(agency_id: int, plan: Plan, period_id: str) -> list[PaperReceipt]:
    """The paper receipts of one report, first recorded first."""
    return list(
        PaperReceipt.select()
        .where(
            (PaperReceipt.agency == agency_id)
            & (PaperReceipt.plan == plan)
            & (PaperReceipt.period_id == period_id)
        )
        .order_by(PaperReceipt.id)
    )


def _day(value) -> date:
    # An aggregate comes back as SQLite stored it: the ISO text of the date.
    return value if isinstance(value, date) else date.fromisoformat(value)
