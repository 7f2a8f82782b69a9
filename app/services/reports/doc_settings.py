"""How this agency's documents are headed and addressed (Decree 30 layout settings)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from app.models import Agency, Setting
from app.services.core import audit
from app.services.core.text import nfc
from app.services.core.vocabulary import AgencyKind, AuditAction
from app.services.core.wire.register import RegisterAgency

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

PREFIX = "doc."
HEAD_TITLES = {  # the head of agency, by kind; a setting, so an agency can correct it
    AgencyKind.DEPARTMENT: "Giám đốc",
    AgencyKind.DISTRICT: "Chủ tịch",
    AgencyKind.COMMUNE: "Chủ tịch",
    AgencyKind.ARMED_FORCE: "Chỉ huy trưởng",
    AgencyKind.MASS_ORGANISATION: "Chủ tịch",
    AgencyKind.OTHER: "Thủ trưởng",
}


@dataclass(frozen=True)
class DocSettings:
    parent_body: str
    agency_name: str
    abbreviation: str
    place: str
    head_title: str
    recipients: tuple[str, ...] = ()
    # The drafting unit's code in a letter's symbol ("12/SNGV-VP"); empty: the agency's alone.
    drafting_unit: str = ""


def defaults(agency: Agency | RegisterAgency) -> DocSettings:
    return DocSettings(
        parent_body="UBND TỈNH QUẢNG NGÃI",
        agency_name=agency.name_vi.upper(),
        abbreviation=agency.code,
        place="Quảng Ngãi",
        head_title=HEAD_TITLES.get(agency.kind, "Thủ trưởng"),
        recipients=("UBND tỉnh (b/c);", "Sở Ngoại vụ (t/h);", "Lưu: VT."),
    )


def load(agency: Agency | RegisterAgency) -> DocSettings:
    values = asdict(defaults(agency))
    for row in Setting.select().where(Setting.key.startswith(PREFIX)):
        name = row.key.removeprefix(PREFIX)
        if name == "recipients":
            values[name] = tuple(line for line in row.value.split("\n") if line.strip())
        elif name in values:
            values[name] = row.value
    return DocSettings(**values)


def save(station: Workstation, settings: DocSettings, actor: str | None = None) -> None:
    rows = {}
    for name, value in asdict(settings).items():
        text = "\n".join(value) if isinstance(value, tuple) else value
        rows[PREFIX + name] = nfc(text.strip())
    with station.session.atomic():
        Setting.put_many(rows)
        audit.record(AuditAction.SETTINGS_DOCUMENT, actor)
