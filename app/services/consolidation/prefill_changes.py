"""What the live pre-fill of a consolidated report says differently from the pre-fill DoFA
accepted into its draft, and DoFA's decisions on it.

A later import changes the live pre-fill only (consolidated.prefill). `changes_since` lists
what it says differently, passage by passage (and the counts); DoFA takes a change
(`accept_changes`: the agency's new text replaces the accepted one, and a rewrite of that
passage is dropped) or keeps its text (`keep_changes`: the change is not offered again until
the live pre-fill changes once more).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.models import ConsolidatedReport
from app.services.catalogue import register
from app.services.consolidation import consolidated
from app.services.core.read_only import plain, read_only
from app.services.core.vocabulary import AuditAction, PassageChange
from app.services.core.wire import canonical_bytes

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

COUNTS = "counts"  # the key of the dashboard counts among the changes


@dataclass(frozen=True)
class Change:
    key: str  # "<ref>|<code>", or "counts"
    kind: str  # added | changed | removed (a passage) or counts
    old: Mapping | None  # read-only (core/read_only.py): a screen shows it, never changes it
    new: Mapping | None
    rewritten: bool = False  # DoFA rewrote this passage; taking the change drops the rewrite
    # The agency's (Vietnamese, English) names from the register, so a screen names it in its
    # own language; the passages carry only the Vietnamese one, which the document prints.
    agency_names: tuple[str, str] | None = None

    @property
    def ref(self) -> str | None:
        return None if self.key == COUNTS else self.key.split("|")[0]

    @property
    def agency(self) -> str | None:
        return None if self.key == COUNTS else _agency_code(self.key)

    @property
    def fingerprint(self) -> str:
        """Names the live version, so a change DoFA kept away is offered again only when the
        live pre-fill changes once more."""
        return hashlib.sha256(canonical_bytes({"v": plain(self.new)})).hexdigest()


def _agency_code(passage_key: str) -> str:
    return passage_key.split("|")[1]


def _document_names(passage: Mapping) -> tuple[str, str]:
    """An agency the register no longer has: the name the document gave it, in both
    languages (a screen's pick falls back to the Vietnamese when the English is empty)."""
    return (passage["agency_name"], "")


def _counts_part(data: dict) -> dict:
    return {"counts": data.get("counts"), "reporting": data.get("reporting")}


def _printed(part: dict) -> dict:
    """What the document says of the counts: a new revision of the same standing says
    nothing new, so it is no change to offer."""
    fields = ("code", "name", "status", "channel")
    return {
        "counts": part["counts"],
        "reporting": [{k: r[k] for k in fields} for r in part["reporting"] or []],
    }


def changes_since(
    report: ConsolidatedReport, live: dict | None = None, include_kept: bool = False
) -> list[Change]:
    """What the live pre-fill says differently from the one DoFA accepted, in plan order."""
    live = live if live is not None else consolidated.prefill(report.plan, report.period_id)
    base = consolidated.accepted(report)
    rewritten = consolidated.edits(report)
    dismissed = json.loads(report.dismissed or "{}")
    changes = []
    old, new = base.get("passages", {}), live["passages"]
    differing = [key for key in set(old) | set(new) if old.get(key) != new.get(key)]
    names = register.names({_agency_code(key) for key in differing})
    for key in sorted(differing, key=consolidated.plan_order):
        before, after = old.get(key), new.get(key)
        kind = (
            PassageChange.ADDED
            if before is None
            else PassageChange.REMOVED
            if after is None
            else PassageChange.CHANGED
        )
        changes.append(
            Change(
                key,
                kind,
                read_only(before),
                read_only(after),
                key in rewritten,
                names.get(_agency_code(key)) or _document_names(before or after),
            )
        )
    old_counts, new_counts = _counts_part(base), _counts_part(live)
    if _printed(old_counts) != _printed(new_counts):
        changes.append(Change(COUNTS, COUNTS, read_only(old_counts), read_only(new_counts)))
    if include_kept:
        return changes
    return [c for c in changes if dismissed.get(c.key) != c.fingerprint]


def _select(changes: list[Change], which: list[str] | None) -> list[Change]:
    return changes if which is None else [c for c in changes if c.key in which]


def accept_changes(
    station: Workstation,
    report: ConsolidatedReport,
    which: list[str] | None = None,
    actor: str | None = None,
) -> int:
    """Take the chosen changes (all when None) into the accepted pre-fill; returns how many.

    A passage DoFA rewrote loses the rewrite: DoFA chose the agency's new text."""
    live = consolidated.prefill(report.plan, report.period_id)
    chosen = _select(changes_since(report, live, include_kept=True), which)
    base, rewritten = consolidated.accepted(report), consolidated.edits(report)
    dismissed = json.loads(report.dismissed or "{}")
    if _printed(_counts_part(base)) == _printed(_counts_part(live)):
        base.update(_counts_part(live))  # revisions and times of the same standing
    for change in chosen:
        dismissed.pop(change.key, None)
        if change.key == COUNTS:
            base.update(_counts_part(live))
            continue
        rewritten.pop(change.key, None)
        if change.new is None:
            base["passages"].pop(change.key, None)
        else:
            base.setdefault("passages", {})[change.key] = plain(change.new)
    if chosen:
        consolidated.write_decision(
            station,
            report,
            actor,
            ", ".join(c.key for c in chosen),
            AuditAction.CONSOLIDATED_ACCEPT,
            accepted_prefill=consolidated.stored_json(base),
            edits=consolidated.stored_json(rewritten),
            dismissed=consolidated.stored_json(dismissed),
        )
    return len(chosen)


def keep_changes(
    station: Workstation,
    report: ConsolidatedReport,
    which: list[str] | None = None,
    actor: str | None = None,
) -> int:
    """Keep the report's text against the chosen changes (all when None); returns how many."""
    chosen = _select(changes_since(report), which)
    dismissed = json.loads(report.dismissed or "{}")
    for change in chosen:
        dismissed[change.key] = change.fingerprint
    if chosen:
        keys_text = ", ".join(c.key for c in chosen)
        kept = consolidated.stored_json(dismissed)
        consolidated.write_decision(
            station, report, actor, keys_text, AuditAction.CONSOLIDATED_KEEP, dismissed=kept
        )
    return len(chosen)
