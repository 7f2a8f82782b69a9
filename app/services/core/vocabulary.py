"""The domain's words: one enum per vocabulary, the value being what is stored and exchanged.

A member is a `str`, so `EntryStatus.DONE == "done"` and rows, JSON and signed content keep
their plain values. What a person reads is in `app.services.core.labels`, one table per
language for all of these. docs/architecture.md's glossary explains each word.
"""

from __future__ import annotations

from enum import StrEnum


class AgencyKind(StrEnum):
    DEPARTMENT = "department"
    DISTRICT = "district"
    COMMUNE = "commune"
    ARMED_FORCE = "armed_force"
    MASS_ORGANISATION = "mass_organisation"
    OTHER = "other"


class DutyRole(StrEnum):
    """What a duty asks of an agency: to lead it (chủ trì) or to coordinate (phối hợp)."""

    LEAD = "lead"
    COORDINATING = "coordinating"


class UserRole(StrEnum):
    DRAFTER = "drafter"
    APPROVER = "approver"
    CLERK = "clerk"


class EntryStatus(StrEnum):
    """How far one duty has got, as the agency reports it."""

    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ONGOING = "ongoing"
    STALLED = "stalled"


class ReportStatus(StrEnum):
    """A report's place in its life: draft → submitted → signed → sent → received/returned."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    SIGNED = "signed"
    SENT = "sent"
    RECEIVED = "received"
    RETURNED = "returned"


class DashboardStatus(StrEnum):
    """An agency's report for a period, as DoFA's dashboard sees it."""

    NOT_DUE = "not_due"
    NOT_TRACKED = "not_tracked"
    MISSING = "missing"
    ON_TIME = "on_time"
    LATE = "late"
    NEEDS_REVIEW = "needs_review"
    RETURNED = "returned"
    CONFLICT = "conflict"


class Channel(StrEnum):
    """How a report reached DoFA."""

    BUNDLE = "bundle"
    PAPER = "paper"
    LOCAL = "local"  # DoFA's own report, written on its workstation


class ImportStatus(StrEnum):
    """What became of one bundle file at import."""

    IMPORTED = "imported"
    ALREADY_IMPORTED = "already_imported"
    REJECTED = "rejected"
    CONFLICT = "conflict"


class ReportOutcome(StrEnum):
    """What an imported bundle did to one report on record."""

    NEW = "new"
    UPDATED = "updated"
    SUPERSEDED = "superseded"
    UNCHANGED = "unchanged"
    CONFLICT = "conflict"


class DocumentKind(StrEnum):
    """The documents of the outgoing register."""

    REPORT = "report"
    CONSOLIDATED = "consolidated"
    REMINDER = "reminder"


class PlanUpdate(StrEnum):
    """What a plan file from DoFA did to the plan on this workstation."""

    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


class PassageChange(StrEnum):
    """How an agency's passage changed since the consolidated report last took it in."""

    ADDED = "added"  # newly reported
    CHANGED = "changed"  # changed in a new revision
    REMOVED = "removed"  # no longer usable: returned, or in conflict


VOCABULARIES: tuple[type[StrEnum], ...] = (
    AgencyKind,
    DutyRole,
    UserRole,
    EntryStatus,
    ReportStatus,
    DashboardStatus,
    Channel,
    ImportStatus,
    ReportOutcome,
    DocumentKind,
    PlanUpdate,
    PassageChange,
)
