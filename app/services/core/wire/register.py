"""The agency register and the plan as DoFA sends them in a setup kit or a reply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.services.core.wire.fields import LINE, Fields

AGENCY_KINDS = ("department", "district", "commune", "armed_force", "mass_organisation", "other")
MAX_AGENCIES = 2_000


@dataclass(frozen=True)
class RegisterAgency:
    code: str
    name_vi: str
    name_en: str
    kind: str
    active: bool
    retired_on: date | None
    successor: str | None

    @classmethod
    def read(cls, f: Fields) -> RegisterAgency:
        made = cls(
            f.text("code", 40),
            f.text("name_vi"),
            f.text("name_en"),
            f.choice("kind", AGENCY_KINDS),
            f.flag("active"),
            f.day("retired_on", nullable=True),
            f.text("successor", 40, nullable=True),
        )
        f.done()
        return made


@dataclass(frozen=True)
class RegisterSnapshot:
    """`register.snapshot()` of DoFA's workstation: every agency, with a growing version."""

    code: str
    version: int
    agencies: tuple[RegisterAgency, ...]

    @classmethod
    def read(cls, f: Fields) -> RegisterSnapshot:
        made = cls(
            f.text("code", 100),
            f.count("version", 1),
            f.objects("agencies", RegisterAgency.read, MAX_AGENCIES),
        )
        f.done()
        return made

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "version": self.version,
            "agencies": [
                {
                    "code": a.code,
                    "name_vi": a.name_vi,
                    "name_en": a.name_en,
                    "kind": a.kind,
                    "active": a.active,
                    "retired_on": a.retired_on.isoformat() if a.retired_on else None,
                    "successor": a.successor,
                }
                for a in self.agencies
            ],
        }


@dataclass(frozen=True)
class PlanData:
    """A plan in the bundled plan files' shape. Only its identity is read here; the catalogue's
    loader reads the sections and refuses a plan it cannot load (the importer turns that into
    the file's refusal)."""

    code: str
    version: int
    data: dict

    @classmethod
    def read(cls, f: Fields) -> PlanData:
        code, version = f.text("code", 40), f.count("version", 1)
        f.text("number_symbol", LINE)
        return cls(code, version, f._data)
