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
from app.services.keys import key_lifecycle
from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class TrustedAgency:
    """An agency of the register and what DoFA trusts of it."""

    code: str
    name_vi: str
    name_en: str
    active: bool
    fingerprint: str | None  # of the key DoFA trusts (trust.enrolled_key); None: not enrolled
    can_receive_replies: bool  # that key has an encryption recipient: replies can reach it

    @property
    def enrolled(self) -> bool:
        """DoFA trusts a key of it: its bundles can be imported."""
        return self.fingerprint is not None


def trust_list(own_code: str, include_retired: bool = False) -> list[TrustedAgency]:
    """Every agency but this workstation's own, in register order (active ones only unless
    `include_retired`: a retired agency's key can still be revoked)."""
    trusted = {
        agency_id: (fingerprint, bool(recipient))
        for agency_id, fingerprint, recipient in AgencyKey.select(
            AgencyKey.agency, AgencyKey.fingerprint, AgencyKey.age_recipient
        )
        .where(AgencyKey.enrolled_at.is_null(False) & AgencyKey.revoked_at.is_null())
        .order_by(AgencyKey.id)  # the latest enrolled key of an agency is the one that counts
        .tuples()
    }
    agencies = Agency.select(Agency.id, Agency.code, Agency.name_vi, Agency.name_en, Agency.active)
    if not include_retired:
        agencies = agencies.where(Agency.active.is_true())
    return [
        TrustedAgency(a.code, a.name_vi, a.name_en, a.active, *trusted.get(a.id, (None, False)))
        for a in agencies.order_by(Agency.id)
        if a.code != own_code
    ]


def revoke(station: Workstation, agency_code: str, actor: str | None = None) -> list[str]:
    """key_lifecycle.revoke, for screens: the fingerprints no longer trusted."""
    return [record.fingerprint for record in key_lifecycle.revoke(station, agency_code, actor)]


@dataclass(frozen=True)
class Enrolled:
    """An agency DoFA has just enrolled, with the key it trusts now."""

    agency_code: str
    name_vi: str
    name_en: str
    fingerprint: str


def enrol(
    station: Workstation, path: Path, confirmed_fingerprint: str, replace: bool = False
) -> Enrolled:
    """trust.import_enrolment, for screens: what was enrolled, as a plain object."""
    record = trust.import_enrolment(station, path, confirmed_fingerprint, replace)
    agency = record.agency
    return Enrolled(agency.code, agency.name_vi, agency.name_en, record.fingerprint)


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
