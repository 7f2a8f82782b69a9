"""What the main window shows around its screens from its first paint: the plan and the agency.

The start-up reads it on the pool while it signs in (app.py) and builds the window from it, so
the window's title and status line need no query on the UI thread. It is read once per start:
a language change builds the new window from the same frame (both names are in it).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.services.catalogue import plan_info
from app.services.catalogue.plan_info import PlanInfo
from app.services.catalogue.register import AgencyInfo
from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class WindowFrame:
    plan: PlanInfo  # the active plan: its title, number and date
    agency: AgencyInfo  # the agency the workstation serves


def read_frame(station: Workstation) -> WindowFrame:
    """Runs off the UI thread."""
    return WindowFrame(plan_info.active_plan_info(), station.agency)
