"""Translatable labels for domain codes (agency kinds, duty roles)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

KIND_LABELS = {
    "department": QT_TRANSLATE_NOOP("Labels", "Department, board or sector"),
    "district": QT_TRANSLATE_NOOP("Labels", "District-level People's Committee"),
    "commune": QT_TRANSLATE_NOOP("Labels", "Commune-level People's Committee"),
    "armed_force": QT_TRANSLATE_NOOP("Labels", "Police or military command"),
    "mass_organisation": QT_TRANSLATE_NOOP("Labels", "Fatherland Front or mass organisation"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

ROLE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("Labels", "Lead"),
    "coordinating": QT_TRANSLATE_NOOP("Labels", "Coordinating"),
}

ENTRY_STATUS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "in_progress": QT_TRANSLATE_NOOP("Labels", "In progress"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "ongoing": QT_TRANSLATE_NOOP("Labels", "Ongoing"),
    "stalled": QT_TRANSLATE_NOOP("Labels", "Stalled"),
}

REPORT_STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("Labels", "Awaiting sign-off"),
    "signed": QT_TRANSLATE_NOOP("Labels", "Signed"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Sent"),
    "received": QT_TRANSLATE_NOOP("Labels", "Received by DoFA"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned for revision"),
}

USER_ROLE_LABELS = {
    "drafter": QT_TRANSLATE_NOOP("Labels", "Drafter"),
    "approver": QT_TRANSLATE_NOOP("Labels", "Approver"),
    "clerk": QT_TRANSLATE_NOOP("Labels", "Records clerk"),
}


def entry_status_label(status: str | None) -> str:
    if not status:
        return QCoreApplication.translate("Labels", "No status yet")
    return QCoreApplication.translate("Labels", ENTRY_STATUS_LABELS[status])


def report_status_label(status: str) -> str:
    return QCoreApplication.translate("Labels", REPORT_STATUS_LABELS[status])


def user_role_label(role: str) -> str:
    return QCoreApplication.translate("Labels", USER_ROLE_LABELS[role])


def period_label(period_id: str) -> str:
    """ "2026-H1" → "6 tháng đầu năm 2026" / "first half of 2026"."""
    year, part = period_id.split("-")
    if part == "H1":
        return fmt(QCoreApplication.translate("Labels", "first half of %1"), year)
    return fmt(QCoreApplication.translate("Labels", "year %1"), year)


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("Labels", KIND_LABELS.get(kind, kind))


def role_label(role: str | None) -> str:
    return QCoreApplication.translate("Labels", ROLE_LABELS[role]) if role else ""


def is_english() -> bool:
    return QLocale().language() != QLocale.Language.Vietnamese


def pick(vi: str | None, en: str | None) -> str:
    """The text in the interface language, falling back to Vietnamese (the official one)."""
    if is_english() and en:
        return en
    return vi or en or ""


def fmt(template: str, *values: object) -> str:
    """Fill %1, %2… of a translated string (Qt's argument style, kept by translators)."""
    for number, value in reversed(list(enumerate(values, start=1))):
        template = template.replace(f"%{number}", str(value))
    return template


def capitalised(text: str) -> str:
    """First letter upper case, the rest as it is ("năm 2026" → "Năm 2026")."""
    return text[:1].upper() + text[1:]


def format_date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
