"""The consolidated report as DoFA's screens see it: frozen facts, and the actions they take.

A screen names the report by plan and period (the latest revision is the one shown and
edited) and gets back a ConsolidatedState; no peewee row leaves the services. Everything here
reads what it needs again, so it may run on a pool thread.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from app.models import ConsolidatedReport
from app.services.catalogue import catalogue, periods
from app.services.catalogue.periods import Period
from app.services.catalogue.plan_info import PlanInfo, plan_of
from app.services.consolidation import (
    consolidated,
    consolidated_export,
    consolidated_issuing,
    consolidated_signoff,
    prefill_changes,
)
from app.services.consolidation.concurrent_edits import EditConflictError
from app.services.consolidation.consolidated_document import build_document
from app.services.consolidation.prefill_changes import Change
from app.services.core.errors import UserError
from app.services.core.vocabulary import ReportStatus
from app.services.reports.report_document import ReportDocument

if TYPE_CHECKING:  # the workstation package sits above this one
    from app.services.workstation.profile import Workstation

ASSESSMENT = "assessment"  # the key of the overall assessment among DoFA's texts
OPENING = ""  # the summary of the reporting situation (section I)


@dataclass(frozen=True)
class ConsolidatedState:
    """One revision: what the editor, the changes panel and the sign-off dialog show."""

    period_id: str
    revision: int
    status: str
    saved: bool  # False: the unsaved draft a read-only profile shows
    summaries: Mapping[str, str]  # section ident → DoFA's summary; OPENING the situation's
    assessment: str
    amend_reason: str | None
    updated_at: str | None
    version: int  # one more at every save: what a window saves and signs against
    counts: Mapping[str, float]  # of the pre-fill DoFA accepted
    passages: int
    signer_name: str | None = None
    signer_position: str | None = None
    signed_at: datetime | None = None
    signature_valid: bool | None = None  # None while a draft
    issued_symbol: str | None = None
    issued_on: date | None = None

    @property
    def editable(self) -> bool:
        return self.status == ReportStatus.DRAFT


@dataclass(frozen=True)
class EditorFrame:
    """What the editor is built around: the periods, the sections DoFA summarises, and the
    period shown first."""

    periods: tuple[Period, ...]
    sections: tuple[tuple[str, str], ...]  # (ident, Vietnamese title) of reportable sections
    current_period: str


@dataclass(frozen=True)
class PreviewData:
    state: ConsolidatedState | None  # None: nothing saved for the period yet
    document: ReportDocument
    changes: tuple[Change, ...] | None  # None when not asked for


def editor_frame(plan: PlanInfo) -> EditorFrame:
    row = plan_of(plan)
    sections = tuple((s.ident, s.title_vi) for s in catalogue.outline(row) if s.reportable)
    current = periods.current_and_next(row)[0].id
    return EditorFrame(tuple(periods.all_periods(row)), sections, current)


def _state(report: ConsolidatedReport) -> ConsolidatedState:
    accepted = consolidated.accepted(report)
    signed = report.status != ReportStatus.DRAFT
    issue = consolidated_issuing.issue_of(report) if signed and report.id else None
    return ConsolidatedState(
        period_id=report.period_id,
        revision=report.revision,
        status=report.status,
        saved=report.id is not None,
        summaries=MappingProxyType(consolidated.summaries(report)),
        assessment=report.assessment_vi or "",
        amend_reason=report.amend_reason,
        updated_at=report.updated_at,
        version=report.version or 0,
        counts=MappingProxyType(accepted.get("counts") or {}),
        passages=len(accepted.get("passages", {})),
        signer_name=report.signer_name,
        signer_position=report.signer_position,
        signed_at=datetime.fromisoformat(report.signed_at) if report.signed_at else None,
        signature_valid=consolidated_signoff.verify(report)[0] if signed else None,
        issued_symbol=issue.symbol if issue else None,
        issued_on=issue.date if issue else None,
    )


def state(plan: PlanInfo, period_id: str) -> ConsolidatedState | None:
    """The period's latest revision, or None when nothing is saved for it yet."""
    report = consolidated.latest(plan_of(plan), period_id)
    return _state(report) if report is not None else None


def _draft(
    station: Workstation, plan: PlanInfo, period_id: str, actor: str | None
) -> ConsolidatedReport:
    return consolidated.open_draft(station, plan_of(plan), period_id, actor)


def _latest(plan: PlanInfo, period_id: str) -> ConsolidatedReport:
    report = consolidated.latest(plan_of(plan), period_id)
    if report is None:
        raise UserError("there is no consolidated report for {period}", period=period_id)
    return report


@dataclass(frozen=True)
class SavedTexts:
    """What a save of DoFA's texts did: the report now, the parts written (key → the text on
    record), and the parts another officer had changed meanwhile (key, refusal), not written."""

    state: ConsolidatedState
    saved: Mapping[str, str]
    conflicts: tuple[tuple[str, EditConflictError], ...]


def save_texts(
    station: Workstation,
    plan: PlanInfo,
    period_id: str,
    texts: Mapping[str, str],
    actor: str | None = None,
    seen: Mapping[str, str] | None = None,
) -> ConsolidatedState:
    """Write DoFA's summaries and assessment (keys: section idents, OPENING, ASSESSMENT);
    the period's draft is started first when there is none. A part another officer changed
    since the window saw it (`seen`, see save_own_texts) is refused with EditConflictError."""
    result = save_own_texts(station, plan, period_id, texts, actor, seen)
    if result.conflicts:
        raise result.conflicts[0][1]
    return result.state


def save_own_texts(
    station: Workstation,
    plan: PlanInfo,
    period_id: str,
    texts: Mapping[str, str],
    actor: str | None = None,
    seen: Mapping[str, str] | None = None,
) -> SavedTexts:
    """Write every part of DoFA's texts that no other officer changed since the window saw it.
    `seen`: each part's text as the window last showed it ("" for one it showed empty); None
    takes the report on record as seen (a script, which shows nothing first)."""
    report = _draft(station, plan, period_id, actor)
    saved, conflicts = {}, []
    for key in sorted(texts):
        before = None if seen is None else seen.get(key, "")
        try:
            if key == ASSESSMENT:
                consolidated.save_assessment(station, report, texts[key], actor, before)
                saved[key] = report.assessment_vi
            else:
                consolidated.save_summary(station, report, key, texts[key], actor, before)
                saved[key] = consolidated.summaries(report)[key]
        except EditConflictError as conflict:
            conflicts.append((key, conflict))
    return SavedTexts(_state(report), MappingProxyType(saved), tuple(conflicts))


def preview(plan: PlanInfo, period_id: str, with_changes: bool) -> PreviewData:
    """The document as the PDF prints it and, when asked, the changes since the pre-fill DoFA
    accepted. Reads every agency's latest report of the period: run it off the UI thread."""
    row = plan_of(plan)
    report = consolidated.latest(row, period_id)
    # A saved draft shows the pre-fill it accepted; today's is read only when needed.
    live = consolidated.prefill(row, period_id) if with_changes or report is None else None
    shown = report or ConsolidatedReport(  # unsaved, with today's pre-fill: never written
        plan=row,
        period_id=period_id,
        revision=1,
        accepted_prefill=json.dumps(live, ensure_ascii=False),
    )
    changes = None
    if with_changes and report is not None:
        changes = tuple(prefill_changes.changes_since(report, live))
    return PreviewData(_state(report) if report else None, build_document(shown), changes)


def decide_changes(
    station: Workstation,
    plan: PlanInfo,
    period_id: str,
    accept: bool,
    keys: list[str] | None,
    actor: str | None,
) -> int:
    """Take (accept) or keep away the chosen changes, all when keys is None; how many."""
    decide = prefill_changes.accept_changes if accept else prefill_changes.keep_changes
    return decide(station, _latest(plan, period_id), keys, actor)


def sign(
    plan: PlanInfo,
    period_id: str,
    login_or_name: str,
    password: str,
    station: Workstation,
    passphrase: str | None = None,
    seen_version: int | None = None,
) -> ConsolidatedState:
    """Sign the period's draft; with seen_version, only while it is the version the
    approver's window showed."""
    report = _latest(plan, period_id)
    signed = consolidated_signoff.sign(
        report, login_or_name, password, station, passphrase, seen_version
    )
    return _state(signed)


def amend(
    station: Workstation, plan: PlanInfo, period_id: str, reason: str, actor: str | None
) -> ConsolidatedState:
    return _state(consolidated_signoff.amend(station, _latest(plan, period_id), reason, actor))


def write_file(
    station: Workstation,
    plan: PlanInfo,
    period_id: str,
    kind: str,
    out: Path,
    actor: str | None = None,
) -> None:
    """The report as PDF or Word (its draft is started when there is none), or the period's
    Excel workbook."""
    if kind == "xlsx":
        consolidated_export.write_xlsx(plan_of(plan), period_id, out)
        return
    write = {"pdf": consolidated_export.write_pdf, "docx": consolidated_export.write_docx}[kind]
    write(_draft(station, plan, period_id, actor), out)
