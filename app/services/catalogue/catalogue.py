"""The plan catalogue: loading plan files into a profile and reading duties back."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.models import Agency, Duty, DutyAgency, Plan, PlanItem, PlanParagraph, PlanSection
from app.models.dialect import execute
from app.paths import PLANS_DIR
from app.services.core.errors import UserError
from app.services.core.messages_vi import NONE_VI
from app.services.core.text import nfc
from app.services.core.vocabulary import DutyRole, PlanUpdate

if TYPE_CHECKING:
    from app.models.session import DatabaseSession

PLAN_FORMAT = 1
ROLES = (DutyRole.LEAD, DutyRole.COORDINATING)


@dataclass(frozen=True)
class DutyInfo:
    """One duty with everything a list, a detail pane or the JSON output needs."""

    ref: str
    section: str
    section_title_vi: str
    section_title_en: str
    item_number: str
    item_heading_vi: str | None
    item_heading_en: str | None
    position: int
    text_vi: str
    text_en: str
    bullet: bool
    lead_in_vi: str | None
    lead_in_en: str | None
    lead: tuple[str, ...] = ()
    coordinating: tuple[str, ...] = ()

    def role_of(self, agency_code: str) -> str | None:
        if agency_code in self.lead:
            return DutyRole.LEAD
        if agency_code in self.coordinating:
            return DutyRole.COORDINATING
        return None

    def as_json(self) -> dict:
        return {
            "ref": self.ref,
            "section": self.section,
            "text_vi": self.text_vi,
            "text_en": self.text_en,
            DutyRole.LEAD: self.lead,
            DutyRole.COORDINATING: self.coordinating,
        }


def read_plan_file(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError("cannot read plan file {path}: {error}", path=path, error=exc) from exc
    if data.get("format") != PLAN_FORMAT:
        raise UserError(
            "plan file {path} has format {found}; this release reads format {expected}. "
            "Update Plan Tracker.",
            path=path,
            found=repr(data.get("format")),
            expected=PLAN_FORMAT,
        )
    return data


def bundled_plans() -> list[dict]:
    return [read_plan_file(p) for p in sorted(PLANS_DIR.glob("*.json"))]


def expand_selectors(selectors: list[str], agencies: list[Agency]) -> list[Agency]:
    """Codes stay codes; "kind:district" means every active district; "all" every agency."""
    chosen: dict[str, Agency] = {}
    by_code = {a.code: a for a in agencies}
    for selector in selectors:
        if selector == "all":
            matched = [a for a in agencies if a.active]
        elif selector.startswith("kind:"):
            kind = selector.removeprefix("kind:")
            matched = [a for a in agencies if a.active and a.kind == kind]
        elif selector in by_code:
            matched = [by_code[selector]]
        else:
            raise UserError(
                "the plan names agency {selector}, which is not in the register",
                selector=repr(selector),
            )
        for agency in matched:
            chosen.setdefault(agency.code, agency)
    return list(chosen.values())


def load_plan(session: DatabaseSession, data: dict) -> Plan:
    """Store a plan and its duties in `session` (a profile being set up, the workstation a
    reply updates); assignments are expanded against the register now."""
    agencies = list(Agency.select())
    with session.atomic():
        plan = Plan.create(
            code=data["code"],
            version=data["version"],
            number_symbol=nfc(data["number_symbol"]),
            date=date.fromisoformat(data["date"]),
            **{k: nfc(data[k]) for k in _PLAN_TEXT_FIELDS},
            source_json=json.dumps(data, ensure_ascii=False, sort_keys=True),
        )
        links = []
        for s_pos, section_data in enumerate(data["sections"]):
            section = PlanSection.create(
                plan=plan,
                ident=section_data["id"],
                position=s_pos,
                title_vi=nfc(section_data["title_vi"]),
                title_en=section_data["title_en"],
                reportable=section_data["reportable"],
            )
            for i_pos, item_data in enumerate(section_data["items"]):
                links += _store_item(plan, section, i_pos, item_data, agencies, {})
        DutyAgency.insert_many(links).execute()
    return plan


_PLAN_TEXT_FIELDS = (
    "place_vi",
    "issuer_vi",
    "issuer_en",
    "signer_name",
    "signer_title_vi",
    "signer_title_en",
    "decision_title_vi",
    "decision_title_en",
    "title_vi",
    "title_en",
    "preamble_vi",
    "preamble_en",
)


def _assignment_links(duty_id: int, duty_data: dict, agencies: list[Agency]) -> list[dict]:
    """Lead and coordinating rows for a duty; an agency that leads is not also coordinating."""
    leads = expand_selectors(duty_data[DutyRole.LEAD], agencies)
    lead_codes = {a.code for a in leads}
    helpers = [
        a
        for a in expand_selectors(duty_data[DutyRole.COORDINATING], agencies)
        if a.code not in lead_codes
    ]
    return [{"duty": duty_id, "agency": a.id, "role": DutyRole.LEAD} for a in leads] + [
        {"duty": duty_id, "agency": a.id, "role": DutyRole.COORDINATING} for a in helpers
    ]


def active_plan(code: str | None = None) -> Plan:
    query = Plan.select().where(Plan.active.is_true())
    if code:
        plan = Plan.get_or_none(Plan.code == code)
        if plan is None:
            known = ", ".join(p.code for p in Plan.select())
            raise UserError(
                "no plan with code {code} (known plans: {known})",
                code=repr(code),
                known=known or "none",
                known_vi=known or NONE_VI,
            )
        return plan
    plans = list(query)
    if not plans:
        raise UserError("this profile has no active plan")
    if len(plans) > 1:
        codes = ", ".join(p.code for p in plans)
        raise UserError(
            "several plans are active ({codes}); choose one with --plan CODE", codes=codes
        )
    return plans[0]


def duty_ids(plan: Plan) -> dict[str, int]:
    """Each duty's id by its reference; read straight from the cursor, since an import asks
    once per report and a plan has hundreds of duties."""
    cursor = execute("SELECT ref, id FROM duty WHERE plan_id = ?", (plan.id,))
    return dict(cursor.fetchall())


def duties(plan: Plan, agency_code: str | None = None) -> list[DutyInfo]:
    """The plan's duties in plan order; with agency_code, only where it is lead or coordinating."""
    rows = (
        Duty.select(Duty, PlanItem, PlanSection)
        .join(PlanItem)
        .join(PlanSection)
        .where(Duty.plan == plan)
        .order_by(PlanSection.position, PlanItem.position, Duty.position)
    )
    roles: dict[int, dict[str, list[str]]] = defaultdict(lambda: {r: [] for r in ROLES})
    links = (
        DutyAgency.select(DutyAgency.duty, DutyAgency.role, Agency.code)
        .join(Agency)
        .join_from(DutyAgency, Duty)
        .where(Duty.plan == plan)
        .order_by(Agency.id)
        .tuples()
    )
    for duty_id, role, code in links:
        roles[duty_id][role].append(code)
    result = []
    for duty in rows:
        info = _duty_info(duty, roles[duty.id])
        if agency_code is None or info.role_of(agency_code):
            result.append(info)
    return result


def _duty_info(duty: Duty, roles: dict[str, list[str]]) -> DutyInfo:
    item, section = duty.item, duty.item.section
    return DutyInfo(
        ref=duty.ref,
        section=section.ident,
        section_title_vi=section.title_vi,
        section_title_en=section.title_en,
        item_number=item.number,
        item_heading_vi=item.heading_vi,
        item_heading_en=item.heading_en,
        position=duty.position,
        text_vi=duty.text_vi,
        text_en=duty.text_en,
        bullet=duty.bullet,
        lead_in_vi=duty.lead_in_vi,
        lead_in_en=duty.lead_in_en,
        lead=tuple(roles[DutyRole.LEAD]),
        coordinating=tuple(roles[DutyRole.COORDINATING]),
    )


@dataclass(frozen=True)
class ContextParagraph:
    text_vi: str
    text_en: str
    bullet: bool


@dataclass(frozen=True)
class ItemOutline:
    number: str
    heading_vi: str | None
    heading_en: str | None
    paragraphs: tuple[ContextParagraph, ...]
    duties: tuple[DutyInfo, ...]


@dataclass(frozen=True)
class SectionOutline:
    ident: str
    title_vi: str
    title_en: str
    reportable: bool
    items: tuple[ItemOutline, ...]


def outline(plan: Plan) -> list[SectionOutline]:
    """The whole plan in order: context paragraphs for I–II, duties for III–IV."""
    by_item: dict[tuple[str, str], list[DutyInfo]] = defaultdict(list)
    for duty in duties(plan):
        by_item[(duty.section, duty.item_number)].append(duty)
    paragraphs: dict[int, list[ContextParagraph]] = defaultdict(list)
    query = (
        PlanParagraph.select()
        .join(PlanItem)
        .join(PlanSection)
        .where(PlanSection.plan == plan)
        .order_by(PlanParagraph.position)
    )
    for p in query:
        paragraphs[p.item_id].append(ContextParagraph(p.text_vi, p.text_en, p.bullet))
    result = []
    for section in (
        PlanSection.select().where(PlanSection.plan == plan).order_by(PlanSection.position)
    ):
        items = tuple(
            ItemOutline(
                item.number,
                item.heading_vi,
                item.heading_en,
                tuple(paragraphs[item.id]),
                tuple(by_item[(section.ident, item.number)]),
            )
            for item in section.items.order_by(PlanItem.position)
        )
        result.append(
            SectionOutline(
                section.ident, section.title_vi, section.title_en, section.reportable, items
            )
        )
    return result


def update_plan(session: DatabaseSession, data: dict) -> str:
    """Apply a plan file from DoFA: "added", "updated" (a newer version) or "unchanged".

    An older version is refused: a plan never rolls back. Duties keep their rows (reports
    refer to them); texts, places and assignments follow the new version.
    """
    existing = Plan.get_or_none(Plan.code == data["code"])
    if existing is None:
        load_plan(session, data)
        return PlanUpdate.ADDED
    if data["version"] < existing.version:
        raise UserError(
            "this plan update is version {incoming}, older than version {current} on this "
            "workstation; a plan is never rolled back",
            incoming=data["version"],
            current=existing.version,
        )
    if data["version"] == existing.version:
        return PlanUpdate.UNCHANGED
    agencies = list(Agency.select())
    with session.atomic():
        for name in _PLAN_TEXT_FIELDS:
            setattr(existing, name, nfc(data[name]))
        existing.version = data["version"]
        existing.number_symbol = nfc(data["number_symbol"])
        existing.date = date.fromisoformat(data["date"])
        existing.source_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
        existing.save()
        old_duties = {d.ref: d for d in Duty.select().where(Duty.plan == existing)}
        DutyAgency.delete().where(DutyAgency.duty.in_(list(old_duties.values()))).execute()
        PlanParagraph.delete().where(
            PlanParagraph.item.in_(
                PlanItem.select().join(PlanSection).where(PlanSection.plan == existing)
            )
        ).execute()
        links = []
        for s_pos, section_data in enumerate(data["sections"]):
            section, _ = PlanSection.get_or_create(
                plan=existing,
                ident=section_data["id"],
                defaults={"position": s_pos, "title_vi": "", "title_en": "", "reportable": False},
            )
            section.position, section.title_vi, section.title_en, section.reportable = (
                s_pos,
                nfc(section_data["title_vi"]),
                section_data["title_en"],
                section_data["reportable"],
            )
            section.save()
            for i_pos, item_data in enumerate(section_data["items"]):
                links += _store_item(existing, section, i_pos, item_data, agencies, old_duties)
        DutyAgency.insert_many(links).execute()
    return PlanUpdate.UPDATED


def _store_item(plan, section, position, item_data, agencies, old_duties) -> list[dict]:
    """Write one item with its context paragraphs and duties; duties already stored (by ref,
    in old_duties) are updated in place so reports keep pointing at them. Returns the
    assignment rows to insert."""
    item, _ = PlanItem.get_or_create(
        section=section, number=item_data["number"], defaults={"position": position}
    )
    item.position = position
    item.heading_vi = item_data.get("heading_vi") and nfc(item_data["heading_vi"])
    item.heading_en = item_data.get("heading_en")
    item.save()
    for p_pos, para in enumerate(item_data.get("paragraphs", [])):
        PlanParagraph.create(
            item=item,
            position=p_pos,
            text_vi=nfc(para["text_vi"]),
            text_en=para["text_en"],
            bullet=para["bullet"],
        )
    links = []
    for d_pos, duty_data in enumerate(item_data.get("duties", [])):
        duty = old_duties.get(duty_data["ref"]) or Duty(plan=plan, ref=duty_data["ref"])
        duty.item, duty.position = item, d_pos
        duty.text_vi, duty.text_en = nfc(duty_data["text_vi"]), duty_data["text_en"]
        duty.bullet = duty_data["bullet"]
        duty.lead_in_vi = duty_data.get("lead_in_vi") and nfc(duty_data["lead_in_vi"])
        duty.lead_in_en = duty_data.get("lead_in_en")
        duty.save()
        links += _assignment_links(duty.id, duty_data, agencies)
    return links
