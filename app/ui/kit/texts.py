"""Short texts many screens show: a stored time, the time now, a period's revision, an agency's
name, one line cut to fit a table cell. Times are shown in Vietnam time (audit.VIETNAM), as the
app records them, whatever the machine's clock zone."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from app.services.catalogue import register
from app.services.core.audit import VIETNAM
from app.ui.kit.labels import capitalised, fmt, period_label, pick

ELIDE_AT = 80


def in_vietnam_time(moment: datetime) -> datetime:
    """The moment on Vietnam's clock; a time without a zone is taken as already on it (what
    the app records carries its offset)."""
    return moment.astimezone(VIETNAM) if moment.tzinfo else moment


def when_text(iso: str | None) -> str:
    """ "2026-03-12T09:05:00+07:00" → "12/03/2026 09:05" (on Vietnam's clock)."""
    if not iso:
        return ""
    try:
        return in_vietnam_time(datetime.fromisoformat(iso)).strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def clock_now() -> str:
    """The time now on Vietnam's clock, "14:05:09": when something was just saved."""
    return datetime.now(VIETNAM).strftime("%H:%M:%S")


def revision_text(period_id: str, revision: int) -> str:
    """ "Year 2026, revision 2" / "Năm 2026, lần 2"."""
    return fmt(
        QCoreApplication.translate("Exchange", "%1, revision %2"),
        capitalised(period_label(period_id)),
        revision,
    )


class Named(Protocol):
    @property
    def name_vi(self) -> str: ...

    @property
    def name_en(self) -> str: ...


def name_of(agency: Named) -> str:
    """An agency's name as a screen shows it: the English one in an English interface where the
    register has one, else the official Vietnamese. Documents (PDF, letters, Excel) always use
    the Vietnamese name; they do not come through here."""
    return pick(agency.name_vi, agency.name_en)


def choice_of(agency: Named, code: str) -> str:
    """ "SYT — Sở Y tế": an agency as a line of a list to choose from."""
    return f"{code} — {name_of(agency)}"


def named(names: Mapping[str, tuple[str, str]], code: str) -> str:
    """The shown name of `code` in a code → (Vietnamese, English) table, or the code itself."""
    pair = names.get(code)
    return pick(*pair) if pair else code


def agency_name(code: str | None) -> str:
    """The shown name (name_of) of the agency with this code, or the code when the register
    lacks it. It reads the register: call it in a task."""
    if not code:
        return ""
    agency = register.find(code)
    return name_of(agency) if agency else code


def elided(text: str, limit: int = ELIDE_AT) -> str:
    """One line of at most `limit` characters; the full text belongs in a tooltip."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
