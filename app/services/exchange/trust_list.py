"""DoFA's trust list as screens show it: which agencies are enrolled, and enrolling one.

Plain frozen objects read in one query, so the kit and reply dialogs can load the whole
register off the UI thread at province scale, with no query per agency.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.models import Agency, AgencyKey
from app.services.catalogue import catalogue, register
from app.services.exchange import replies, trust


@dataclass(frozen=True)
class TrustedAgency:
    """An active agency of the register and what DoFA trusts of it."""

    code: str
    name_vi: str
    enrolled: bool  # DoFA trusts a key of it (its bundles can be imported)
    can_receive_replies: bool  # that key has an encryption recipient: replies can reach it


def trust_list(own_code: str) -> list[TrustedAgency]:
    """Every active agency but this workstation's own, in register order."""
    trusted = {
        agency_id: bool(recipient)
        for agency_id, recipient in AgencyKey.select(AgencyKey.agency, AgencyKey.age_recipient)
        .where(AgencyKey.enrolled_at.is_null(False) & AgencyKey.revoked_at.is_null())
        .order_by(AgencyKey.id)  # the latest enrolled key of an agency is the one that counts
        .tuples()
    }
    active = Agency.select(Agency.id, Agency.code, Agency.name_vi).where(Agency.active)
    return [
        TrustedAgency(
            agency.code, agency.name_vi, agency.id in trusted, trusted.get(agency.id, False)
        )
        for agency in active.order_by(Agency.id)
        if agency.code != own_code
    ]


@dataclass(frozen=True)
class Enrolled:
    """An agency DoFA has just enrolled, with the key it trusts now."""

    agency_code: str
    agency_name: str
    fingerprint: str


def enrol(path: Path, confirmed_fingerprint: str, replace: bool = False) -> Enrolled:
    """trust.import_enrolment, for screens: what was enrolled, as a plain object."""
    record = trust.import_enrolment(path, confirmed_fingerprint, replace)
    agency = record.agency
    return Enrolled(agency.code, agency.name_vi, record.fingerprint)


@dataclass(frozen=True)
class ReplyContents:
    """What a reply to an agency would carry now."""

    receipts: int
    returns: int
    plan_number_symbol: str
    plan_version: int
    register_version: int


def reply_contents(agency_code: str) -> ReplyContents:
    receipts, returns = replies.reply_contents(agency_code)
    plan = catalogue.active_plan()
    return ReplyContents(receipts, returns, plan.number_symbol, plan.version, register.version())
