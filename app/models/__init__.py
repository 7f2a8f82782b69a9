"""Peewee models of one workstation's database. No Qt here."""

from app.models.agency import Agency
from app.models.audit import AuditEntry
from app.models.base import BaseModel, db
from app.models.certificates import RevocationList, TrustedCertificate
from app.models.consolidated import ConsolidatedReport, Reminder
from app.models.exchange import BundleReceived, BundleSent, ReplySent, ReportConflict
from app.models.keys import AgencyKey
from app.models.office import ChangeCounter, EvidenceBlob
from app.models.outgoing import IssuedDocument
from app.models.plan import Duty, DutyAgency, Plan, PlanItem, PlanParagraph, PlanSection
from app.models.report import Attachment, PaperReceipt, PeriodDue, Report, ReportEntry
from app.models.setting import Setting
from app.models.user import UserAccount

ALL_MODELS = [
    Setting,
    Agency,
    Plan,
    PlanSection,
    PlanItem,
    PlanParagraph,
    Duty,
    DutyAgency,
    AuditEntry,
    UserAccount,
    AgencyKey,
    PeriodDue,
    Report,
    ReportEntry,
    Attachment,
    BundleSent,
    BundleReceived,
    ReportConflict,
    ReplySent,
    ConsolidatedReport,
    Reminder,
    TrustedCertificate,
    RevocationList,
    IssuedDocument,
    PaperReceipt,
    EvidenceBlob,
    ChangeCounter,
]

__all__ = [
    "ALL_MODELS",
    "Agency",
    "AgencyKey",
    "Attachment",
    "BundleReceived",
    "BundleSent",
    "ChangeCounter",
    "ConsolidatedReport",
    "EvidenceBlob",
    "IssuedDocument",
    "ReportConflict",
    "PaperReceipt",
    "PeriodDue",
    "ReplySent",
    "RevocationList",
    "TrustedCertificate",
    "Reminder",
    "Report",
    "ReportEntry",
    "UserAccount",
    "AuditEntry",
    "BaseModel",
    "Duty",
    "DutyAgency",
    "Plan",
    "PlanItem",
    "PlanParagraph",
    "PlanSection",
    "Setting",
    "db",
]
