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


def format_date(value) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
