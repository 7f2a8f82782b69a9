"""Peewee models of one workstation's database. No Qt here."""

from app.models.agency import Agency
from app.models.audit import AuditEntry
from app.models.base import BaseModel, db
from app.models.plan import Duty, DutyAgency, Plan, PlanItem, PlanParagraph, PlanSection
from app.models.setting import Setting

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
]

__all__ = [
    "ALL_MODELS",
    "Agency",
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
