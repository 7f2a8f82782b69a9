"""Two officers writing the same consolidated report: both edits kept, or the second told.

Each window knows the text of each part as it last showed or saved it (`seen`; by default the
copy of the row it holds). A save changes one part (the summary of one section, the overall
assessment, DoFA's wording of one passage) and is checked against the row on record, read
again inside the save's transaction:

- the part on record is what this window last saw (or already what it now writes): the part
  is written into the row on record, so another officer's changes to other parts stay;
- another officer saved a different text for that same part meanwhile: nothing is written and
  `EditConflictError` says who changed what, with the text now on record, for the window to offer
  a reload.

Decisions on the pre-fill (taking or keeping an agency's newer text) rewrite several parts at
once; they go through only while the fields they write are as this window read them.

A window keeps as seen only the part it wrote, never the others' newer parts, so a later save
of one of those is checked against what the window showed, not against what it never saw.
Every save adds one to the row's `version`; sign-off from a window refuses a row whose version
is not the one the window showed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.models import AuditEntry, ConsolidatedReport, UserAccount
from app.services.core.errors import UserError
from app.services.core.vocabulary import AuditAction

OPENING = ""  # the section key of the summary of the reporting situation
# The actions whose log entries name the parts they saved (`part`): an edit, and DoFA's
# decisions on the pre-fill's changes.
SAVES = (
    AuditAction.CONSOLIDATED_EDIT,
    AuditAction.CONSOLIDATED_ACCEPT,
    AuditAction.CONSOLIDATED_KEEP,
)


@dataclass(frozen=True)
class Part:
    """One piece of DoFA's writing: a text column, or one key of a JSON column."""

    field: str  # summary_vi | assessment_vi | edits
    key: str | None = None  # the section ident or the passage key within a JSON column

    def read(self, row: ConsolidatedReport) -> str:
        value = getattr(row, self.field)
        if self.key is None:
            return value or ""
        return json.loads(value or "{}").get(self.key, "")

    def written(self, row: ConsolidatedReport, text: str) -> str:
        """The column's value on `row` with this part replaced by text ("" removes a key)."""
        if self.key is None:
            return text
        data = json.loads(getattr(row, self.field) or "{}")
        if text or self.field == "summary_vi":  # an emptied summary stays, as it always did
            data[self.key] = text
        else:
            data.pop(self.key, None)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @property
    def audit_name(self) -> str:
        """How the activity log names the part (`part` of consolidated.edit entries)."""
        if self.field == "assessment_vi":
            return "assessment"
        kind = "summary" if self.field == "summary_vi" else "passage"
        return f"{kind} {self.key}".strip()

    def words(self) -> tuple[str, str]:
        """The part in words, English and Vietnamese."""
        if self.field == "assessment_vi":
            return "the overall assessment", "phần đánh giá chung"
        if self.field == "summary_vi" and self.key == OPENING:
            return "the summary of the reporting situation", "phần tóm tắt tình hình báo cáo"
        if self.field == "summary_vi":
            return f"the summary of section {self.key}", f"phần tóm tắt mục {self.key}"
        ref, _, agency = (self.key or "").partition("|")
        return f"the passage {ref} of {agency}", f"đoạn {ref} của {agency}"


class EditConflictError(UserError):
    """Another officer saved a different text for the same part after this window read it;
    `part` and `theirs` (the text on record) let the window show it."""

    part: Part
    theirs: str


class ChangedMeanwhileError(UserError):
    """Another officer saved the report after this window read it; nothing was done, and the
    window should show the report again before the officer decides or signs."""


def locked_row(report: ConsolidatedReport) -> ConsolidatedReport:
    """The report as on record (call inside the save's transaction: transactions run one at
    a time, so nothing changes it until this one ends; see models/connection.py)."""
    return ConsolidatedReport.get_by_id(report.id)


def check_part(
    report: ConsolidatedReport, stored: ConsolidatedReport, part: Part, text: str, seen: str | None
) -> None:
    """Refuse with EditConflictError when another officer changed this part meanwhile: the
    text on record is neither what the window last saw (`seen`, else the window's copy of the
    row) nor what it now writes."""
    theirs = part.read(stored)
    if theirs in (part.read(report) if seen is None else seen, text):
        return
    english, vietnamese = part.words()
    conflict = EditConflictError(
        "{by} changed {part} after you opened the consolidated report; your text was "
        "not saved. Reload to see theirs, then write yours again if needed.",
        by=last_editor(stored, part),
        part=english,
        part_vi=vietnamese,
    )
    conflict.part, conflict.theirs = part, theirs
    raise conflict


def check_fields(report: ConsolidatedReport, stored: ConsolidatedReport, names) -> None:
    """Refuse a decision over several parts when any field it writes changed meanwhile."""
    changed = [name for name in names if getattr(stored, name) != getattr(report, name)]
    if changed:
        raise ChangedMeanwhileError(
            "another officer changed the consolidated report for {period} after you opened "
            "it; nothing was changed. Reload it and decide again.",
            period=report.period_id,
        )


def last_editor(stored: ConsolidatedReport, part: Part) -> str:
    """Who last saved the part, from the activity log ("another officer" if it says nothing;
    the message words it in the reader's language)."""
    needle = json.dumps({"part": part.audit_name}, ensure_ascii=False)[1:-1]
    entry = (
        AuditEntry.select()
        .where(
            AuditEntry.action.in_(SAVES)
            & AuditEntry.detail.contains(needle)
            & AuditEntry.detail.contains(f'"period": "{stored.period_id}"')
        )
        .order_by(AuditEntry.id.desc())
        .first()
    )
    if entry is None:
        return "?"
    account = UserAccount.get_or_none(UserAccount.login == entry.actor)
    return account.full_name if account is not None else entry.actor
