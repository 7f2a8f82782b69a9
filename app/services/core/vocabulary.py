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


class PeriodKind(StrEnum):
    """A reporting period of Decree 09/2019: the six-month report (YYYY-H1) or the annual one
    (YYYY-Y). `periods --json` and signed content give it as `kind`."""

    HALF_YEAR = "half_year"
    YEAR = "year"


class KeyStorage(StrEnum):
    """Where a workstation keeps its private keys (the setting `key_storage`)."""

    KEYRING = "keyring"  # the OS secret store
    FILE = "file"  # passphrase-protected age files in the profile's keys/ folder
    DATABASE = "database"  # sealed with DoFA's passphrase in the office's PostgreSQL database


class AgeIdentity(StrEnum):
    """A workstation's age (X25519) identities, by what they open. The value names the stored
    secret (`<value>-identity`) and the setting holding its recipient (`age.<value>`)."""

    DECRYPTION = "decryption"  # bundles to DoFA, replies to agencies
    ESCROW = "escrow"  # DoFA only: a second recipient of every bundle, kept for recovery


class DutyBucket(StrEnum):
    """Where the duty view counts a duty for a period: the status its deciding entries add up
    to (app/services/dashboard/duty_view.py), or none reported yet. "ongoing" entries count as
    in progress, so it has no bucket of its own."""

    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    STALLED = "stalled"
    NOT_REPORTED = "not_reported"


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
    PeriodKind,
    KeyStorage,
    AgeIdentity,
    DutyBucket,
)


class AuditAction(StrEnum):
    """What the activity log records: `<subject>.<what happened>`. Not among VOCABULARIES:
    the log's screen names them (app/ui/accounts/audit_view.py, Qt translations)."""

    AGENCY_ADD = "agency.add"
    AGENCY_DELETE = "agency.delete"
    AGENCY_RENAME = "agency.rename"
    AGENCY_RETIRE = "agency.retire"

    BACKUP_AUTO_OFF = "backup.auto_off"
    BACKUP_AUTO_ON = "backup.auto_on"

    BUNDLE_EXPORT = "bundle.export"
    BUNDLE_EXPORT_FAILED = "bundle.export_failed"
    BUNDLE_IMPORT = "bundle.import"
    BUNDLE_REJECTED = "bundle.rejected"

    CONSOLIDATED_ACCEPT = "consolidated.accept"
    CONSOLIDATED_AMEND = "consolidated.amend"
    CONSOLIDATED_CREATE = "consolidated.create"
    CONSOLIDATED_EDIT = "consolidated.edit"
    CONSOLIDATED_KEEP = "consolidated.keep"
    CONSOLIDATED_ISSUE = "consolidated.issue"
    CONSOLIDATED_ISSUE_REFUSED = "consolidated.issue_refused"
    CONSOLIDATED_SIGN = "consolidated.sign"
    CONSOLIDATED_SIGN_REFUSED = "consolidated.sign_refused"

    ENROL_EXPORT = "enrol.export"
    ENROL_IMPORT = "enrol.import"
    ENROL_REFUSED = "enrol.refused"
    ENROL_REPLACE = "enrol.replace"

    KEY_BACKUP = "key.backup"
    KEY_CREATE = "key.create"
    KEY_CREATE_IDENTITY = "key.create_identity"
    KEY_RESTORE = "key.restore"
    KEY_REVOKE = "key.revoke"
    KEY_ROTATE = "key.rotate"
    KEY_ROTATION_ACCEPTED = "key.rotation_accepted"

    KIT_ADOPT = "kit.adopt"
    KIT_EXPORT = "kit.export"

    PERIOD_DUE = "period.due"
    PERIOD_DUE_DAYS = "period.due_days"
    PERIOD_TRACK = "period.track"

    PROFILE_BACKUP = "profile.backup"
    PROFILE_JOIN = "profile.join"
    PROFILE_RESTORE = "profile.restore"
    PROFILE_SETUP = "profile.setup"

    REMINDER_ISSUE = "reminder.issue"
    REMINDER_ISSUE_REFUSED = "reminder.issue_refused"
    REMINDER_SEND = "reminder.send"

    REPLY_EXPORT = "reply.export"
    REPLY_IMPORT = "reply.import"
    REPLY_REJECTED = "reply.rejected"

    REPORT_AMEND = "report.amend"
    REPORT_ATTACH = "report.attach"
    REPORT_CONFLICT = "report.conflict"
    REPORT_CONFLICT_RESOLVED = "report.conflict_resolved"
    REPORT_CREATE = "report.create"
    REPORT_DETACH = "report.detach"
    REPORT_EDIT = "report.edit"
    REPORT_IMPLEMENTATION_PLAN = "report.implementation_plan"
    REPORT_ISSUE = "report.issue"
    REPORT_ISSUE_CLASH = "report.issue_clash"
    REPORT_ISSUE_REFUSED = "report.issue_refused"
    REPORT_PAPER = "report.paper"
    REPORT_RETURN = "report.return"
    REPORT_SIGN = "report.sign"
    REPORT_SIGN_REFUSED = "report.sign_refused"
    REPORT_START_FROM_PREVIOUS = "report.start_from_previous"
    REPORT_SUBMIT = "report.submit"

    SETTINGS_DOCUMENT = "settings.document"

    TOKEN_CONFIGURE = "token.configure"

    TRUST_ADD_CERTIFICATE = "trust.add_certificate"
    TRUST_ADD_CRL = "trust.add_crl"

    USER_ACTIVATE = "user.activate"
    USER_ADD = "user.add"
    USER_APPROVAL_REFUSED = "user.approval_refused"
    USER_DEACTIVATE = "user.deactivate"
    USER_LOGIN = "user.login"
    USER_LOGIN_DELAYED = "user.login_delayed"
    USER_LOGIN_REFUSED = "user.login_refused"
    USER_PASSWORD = "user.password"
    USER_RESET_PASSWORD = "user.reset_password"
