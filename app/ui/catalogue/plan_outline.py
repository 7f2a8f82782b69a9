"""What the duty browser shows, read in a task: the plan in order and the agencies' names (both
languages: the browser picks one as it fills its tree)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from app.services.catalogue import plan_info, register
from app.services.catalogue.catalogue import SectionOutline
from app.services.catalogue.plan_info import PlanInfo


@dataclass(frozen=True)
class PlanOutline:
    sections: tuple[SectionOutline, ...]
    names: Mapping[str, tuple[str, str]]  # agency code → its (Vietnamese, English) names


def read_outline(plan: PlanInfo) -> PlanOutline:
    """Runs off the UI thread."""
    names = {a.code: (a.name_vi, a.name_en) for a in register.entries()}
    return PlanOutline(tuple(plan_info.outline(plan)), MappingProxyType(names))
