"""The agency register: load, list, add, rename, retire, hand over to a successor."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import peewee

from app.models import Agency, DutyAgency, Setting
from app.models.agency import AGENCY_KINDS
from app.paths import REGISTERS_DIR
from app.services.core import audit
from app.services.core.errors import UserError
from app.services.core.text import nfc
from app.services.core.vocabulary import AuditAction, DutyRole
from app.services.core.wire.register import RegisterAgency

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.models.session import DatabaseSession
    from app.services.workstation.profile import Workstation


def read_register_file(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError("cannot read register file {path}: {error}", path=path, error=exc) from exc


def bundled_registers() -> list[dict]:
    return [read_register_file(p) for p in sorted(REGISTERS_DIR.glob("*.json"))]


def load_register(session: DatabaseSession, data: dict) -> int:
    """Insert the register's agencies that the profile of `session` lacks (one being set up,
    the workstation a kit or reply updates); returns how many were added."""
    known = {code for (code,) in Agency.select(Agency.code).tuples()}
    rows = [
        {
            "code": a["code"],
            "name_vi": nfc(a["name_vi"]),
            "name_en": a["name_en"],
            "kind": a["kind"],
            "active": a.get("active", True),
            "retired_on": a.get("retired_on"),
        }
        for a in data["agencies"]
        if a["code"] not in known
    ]
    with session.atomic():
        if rows:
            Agency.insert_many(rows).execute()
    return len(rows)


def agencies(include_retired: bool = True) -> list[Agency]:
    query = Agency.select().order_by(Agency.id)
    if not include_retired:
        query = query.where(Agency.active.is_true())
    return list(query)


@dataclass(frozen=True)
class AgencyName:
    """An agency as a line of a screen names it: code, names and kind."""

    code: str
    name_vi: str
    name_en: str
    kind: str

    @classmethod
    def of(cls, agency: Agency) -> AgencyName:
        return cls(agency.code, agency.name_vi, agency.name_en, agency.kind)


@dataclass(frozen=True)
class AgencyInfo(AgencyName):
    """An agency as a plain object with its row id (what queries compare): the workstation's
    own agency, and whatever takes it."""

    id: int

    @classmethod
    def of(cls, agency: Agency) -> AgencyInfo:
        return cls(agency.code, agency.name_vi, agency.name_en, agency.kind, agency.id)


def english_name(agency: Agency | AgencyName) -> str:
    """The agency's English name, or its Vietnamese one where the register has none."""
    return agency.name_en or agency.name_vi


def message_names(agency: Agency | AgencyName, key: str = "name") -> dict[str, str]:
    """An agency's name as a refusal's value: the English text takes its English name (the
    Vietnamese one where the register has none), the Vietnamese text its Vietnamese name
    (errors.UserError's `<name>_vi`). Use: UserError("{name} …", **message_names(agency))."""
    return {key: english_name(agency), f"{key}_vi": agency.name_vi}


def info(code: str) -> AgencyInfo:
    """One agency by code, as a plain object; a clear refusal when there is none."""
    return AgencyInfo.of(get(code))


def names(codes) -> dict[str, tuple[str, str]]:
    """code → (Vietnamese, English) names of those agencies the register has, in one query;
    a screen shows the one of its language, a document the Vietnamese."""
    wanted = Agency.select(Agency.code, Agency.name_vi, Agency.name_en).where(
        Agency.code.in_(list(codes))
    )
    return {code: (name_vi, name_en) for code, name_vi, name_en in wanted.tuples()}


def _entry(agency: Agency, codes: dict[int, str]) -> RegisterAgency:
    """The agency as screens show it, in the shape the register travels in (a plain object)."""
    return RegisterAgency(
        agency.code,
        agency.name_vi,
        agency.name_en,
        agency.kind,
        agency.active,
        agency.retired_on,
        codes.get(agency.successor_id) if agency.successor_id else None,
    )


def entries(include_retired: bool = True) -> list[RegisterAgency]:
    """The register in its order, successors named by code (one query)."""
    everyone = agencies()
    codes = {agency.id: agency.code for agency in everyone}
    return [_entry(a, codes) for a in everyone if include_retired or a.active]


def entry(code: str) -> RegisterAgency:
    """One agency by code; a clear refusal when there is none."""
    agency = get(code)
    successor = {agency.successor_id: agency.successor.code} if agency.successor_id else {}
    return _entry(agency, successor)


def agency_json(agency: Agency) -> dict:
    return {
        "code": agency.code,
        "name_vi": agency.name_vi,
        "name_en": agency.name_en,
        "kind": agency.kind,
        "active": agency.active,
    }


def get(code: str) -> Agency:
    agency = Agency.get_or_none(Agency.code == code.strip().upper())
    if agency is None:
        raise UserError(
            "no agency with code {code}; `plantracker agencies` lists the codes", code=repr(code)
        )
    return agency


def own_agency() -> Agency:
    """The agency this workstation serves, as it was set up (DoFA on a consolidating one)."""
    return get(Setting.get(Setting.key == "agency").value)


def _check(code: str, name_vi: str, name_en: str, kind: str) -> None:
    if not code.strip() or not name_vi.strip() or not name_en.strip():
        raise UserError("code, Vietnamese name and English name are all required")
    if kind not in AGENCY_KINDS:
        raise UserError("kind must be one of {kinds}", kinds=", ".join(AGENCY_KINDS))


def add(
    station: Workstation,
    code: str,
    name_vi: str,
    name_en: str,
    kind: str,
    actor: str | None = None,
) -> Agency:
    code = code.strip().upper()
    _check(code, name_vi, name_en, kind)
    if Agency.get_or_none(Agency.code == code):
        raise UserError("an agency with code {code} already exists", code=code)
    with station.session.atomic():
        agency = Agency.create(
            code=code, name_vi=nfc(name_vi.strip()), name_en=name_en.strip(), kind=kind
        )
        _bump_version()
        audit.record(AuditAction.AGENCY_ADD, actor, code=code, name_vi=agency.name_vi, kind=kind)
    return agency


def rename(
    station: Workstation, code: str, name_vi: str, name_en: str, actor: str | None = None
) -> Agency:
    agency = get(code)
    _check(code, name_vi, name_en, agency.kind)
    with station.session.atomic():
        old = (agency.name_vi, agency.name_en)
        agency.name_vi, agency.name_en = nfc(name_vi.strip()), name_en.strip()
        agency.save()
        _bump_version()
        audit.record(
            AuditAction.AGENCY_RENAME,
            actor,
            code=code,
            old=old,
            new=(agency.name_vi, agency.name_en),
        )
    return agency


def retire(
    station: Workstation,
    code: str,
    on: date,
    successor_code: str | None = None,
    actor: str | None = None,
):
    """Retire an agency; with a successor, its duties (and so its history) pass to that one."""
    agency = get(code)
    if not agency.active:
        raise UserError(
            "{name} was already retired on {date}",
            **message_names(agency),
            date=format(agency.retired_on, "%d/%m/%Y"),
        )
    successor = get(successor_code) if successor_code else None
    if successor is not None and (successor.id == agency.id or not successor.active):
        raise UserError("the successor must be another, active agency")
    with station.session.atomic():
        moved = _hand_over_duties(agency, successor) if successor else 0
        agency.active, agency.retired_on, agency.successor = False, on, successor
        agency.save()
        _bump_version()
        audit.record(
            AuditAction.AGENCY_RETIRE,
            actor,
            code=code,
            on=on.isoformat(),
            successor=successor_code,
            duties_moved=moved,
        )
    return agency


def _hand_over_duties(agency: Agency, successor: Agency) -> int:
    """Move duty links; where the successor already has the duty, the stronger role stays."""
    moved = 0
    for link in DutyAgency.select().where(DutyAgency.agency == agency):
        existing = DutyAgency.get_or_none(
            (DutyAgency.duty == link.duty_id) & (DutyAgency.agency == successor)
        )
        if existing is None:
            link.agency = successor
            link.save()
        else:
            if link.role == DutyRole.LEAD:
                existing.role = DutyRole.LEAD
                existing.save()
            link.delete_instance()
        moved += 1
    return moved


def lineage(agency: Agency) -> list[Agency]:
    """The agency and every agency it succeeded, directly or not: whose history it holds."""
    result, frontier = [agency], [agency]
    while frontier:
        current = frontier.pop()
        for predecessor in Agency.select().where(Agency.successor == current):
            if predecessor not in result:
                result.append(predecessor)
                frontier.append(predecessor)
    return result


def delete(station: Workstation, code: str, actor: str | None = None) -> None:
    """Delete an agency added by mistake; one with duties or reports is retired instead."""
    agency = get(code)
    if DutyAgency.select().where(DutyAgency.agency == agency).exists():
        raise UserError(
            "{name} has duties in the plan and cannot be deleted; retire it instead",
            **message_names(agency),
        )
    try:
        with station.session.atomic():
            agency.delete_instance()
            _bump_version()
            audit.record(AuditAction.AGENCY_DELETE, actor, code=code)
    except peewee.IntegrityError as exc:  # reports or other history refer to it
        raise UserError(
            "{name} has reports on record and is never deleted; retire it instead",
            **message_names(agency),
        ) from exc


VERSION_SETTING = "register.version"


def version() -> int:
    """Grows with every change, so agencies apply only a newer register than they have."""
    row = Setting.get_or_none(Setting.key == VERSION_SETTING)
    return int(row.value) if row else 1


def _bump_version() -> None:
    Setting.put(VERSION_SETTING, str(version() + 1))


def snapshot() -> dict:
    """The register as this workstation has it, in the bundled register's shape."""
    return {
        "code": "snapshot",
        "version": version(),
        "agencies": [
            {
                **agency_json(a),
                "retired_on": a.retired_on.isoformat() if a.retired_on else None,
                "successor": a.successor.code if a.successor_id else None,
            }
            for a in agencies()
        ],
    }


def apply_snapshot(session: DatabaseSession, data: dict) -> int:
    """Bring the register to DoFA's snapshot (names, kinds, retirements, successors)."""
    changed = 0
    with session.atomic():
        load_register(session, data)
        by_code = {a.code: a for a in agencies()}
        for row in data["agencies"]:
            agency = by_code[row["code"]]
            successor = by_code.get(row.get("successor") or "")
            wanted = (
                nfc(row["name_vi"]),
                row["name_en"],
                row["kind"],
                row["active"],
                row.get("retired_on"),
                successor.id if successor else None,
            )
            current = (
                agency.name_vi,
                agency.name_en,
                agency.kind,
                agency.active,
                agency.retired_on.isoformat() if agency.retired_on else None,
                agency.successor_id,
            )
            if wanted != current:
                (
                    agency.name_vi,
                    agency.name_en,
                    agency.kind,
                    agency.active,
                    agency.retired_on,
                    agency.successor,
                ) = wanted
                agency.save()
                changed += 1
        Setting.put(VERSION_SETTING, str(data.get("version", 1)))
    return changed


def find(code: str) -> AgencyName | None:
    """The agency with this code as a plain object, or None (for display, where a missing code
    is no error)."""
    agency = Agency.get_or_none(Agency.code == code.strip().upper())
    return AgencyName.of(agency) if agency is not None else None
