"""The reminder letters' dialog as it reads and acts: who owes a period's report, the draft,
the issued letter, as frozen objects named by PlanInfo (see dashboard_view.py). Apart from
dashboard_view so that the window's start does not load the letters' writing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.services.accounts import users
from app.services.catalogue.periods import Period
from app.services.catalogue.plan_info import PlanInfo, all_periods, plan_of
from app.services.dashboard import reminder_letters, reminders

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class ReminderCandidate:
    code: str
    name_vi: str
    name_en: str
    status: str  # a dashboard status among reminders.REMINDABLE
    by_default: bool
    last_sent_at: str | None  # the latest letter about the period, if any
    last_number: int | None


def reminder_periods(plan: PlanInfo) -> tuple[Period, ...]:
    return tuple(all_periods(plan))


def reminder_candidates(plan: PlanInfo, period_id: str) -> tuple[ReminderCandidate, ...]:
    return tuple(
        ReminderCandidate(
            c.agency.code,
            c.agency.name_vi,
            c.agency.name_en,
            c.status,
            c.by_default,
            c.last_sent.sent_at if c.last_sent else None,
            c.last_sent.number if c.last_sent else None,
        )
        for c in reminders.candidates(plan_of(plan), period_id)
    )


def draft_reminder(
    plan: PlanInfo, period_id: str, out: Path, codes: list[str], signer_login: str | None
) -> None:
    """The letter as a draft PDF; nothing is recorded."""
    signer = users.find(signer_login) if signer_login else None
    reminder_letters.write_draft(plan_of(plan), period_id, out, codes, signer)


@dataclass(frozen=True)
class IssuedReminder:
    symbol: str
    agencies: tuple[str, ...]  # codes of the agencies it is recorded as sent to


def issue_reminder(
    plan: PlanInfo,
    period_id: str,
    out: Path,
    login_or_name: str,
    password: str,
    station: Workstation,
    codes: list[str],
    passphrase: str | None = None,
) -> IssuedReminder:
    """The signer's password signs the letter; it is numbered, written and recorded as sent."""
    _document, sent, issued = reminder_letters.issue_letter(
        plan_of(plan), period_id, out, login_or_name, password, station, codes,
        passphrase=passphrase,
    )  # fmt: skip
    return IssuedReminder(issued.symbol, tuple(row.agency.code for row in sent))
