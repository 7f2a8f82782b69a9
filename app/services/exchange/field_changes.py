"""Field-by-field differences between two signed contents of a report: what an import's preview
lists per report and what the conflict inbox shows between the two versions of a revision."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.core.wire import Entry, ReportContent

ENTRY_FIELDS = ("status", "progress", "results", "difficulties", "proposals")

# A changed value: a status word, a progress figure, a text, or the evidence files' names.
FieldValue = str | int | tuple[str, ...] | None


@dataclass(frozen=True)
class FieldChange:
    """One field of one duty's entry that differs; None: empty or absent on that side."""

    ref: str
    field: str  # one of ENTRY_FIELDS, or "attachments"
    old: FieldValue
    new: FieldValue

    def as_json(self) -> dict:
        """The scripting interface's shape, {ref, field, old, new}, file names as a list."""
        old, new = (list(v) if isinstance(v, tuple) else v for v in (self.old, self.new))
        # format: the JSON keys of a change (old and new value)
        return {"ref": self.ref, "field": self.field, "old": old, "new": new}


def _entries_of(content: ReportContent | None) -> dict[str, Entry]:
    return {e.ref: e for e in content.entries} if content else {}


def changes_between(old: ReportContent | None, new: ReportContent) -> tuple[FieldChange, ...]:
    """Field-by-field differences between two contents' entries (old None: everything new)."""
    before, after = _entries_of(old), _entries_of(new)
    changes = []
    for ref in sorted(
        set(before) | set(after), key=lambda r: [int(p) if p.isdigit() else p for p in r.split(".")]
    ):
        for name in (*ENTRY_FIELDS, "attachments"):
            old_value = getattr(before.get(ref), name, None)
            new_value = getattr(after.get(ref), name, None)
            if name == "attachments":
                old_value = tuple(a.name for a in old_value or ())
                new_value = tuple(a.name for a in new_value or ())
            # An empty text and a missing one read the same to a person.
            old_value, new_value = old_value or None, new_value or None
            if old_value != new_value:
                changes.append(FieldChange(ref, name, old_value, new_value))
    return tuple(changes)
