"""Labels for the screens: the domain's words (app.services.core.labels) in the interface
language, periods, dates and numbers as the interface writes them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.core import labels as words
from app.services.core.text import mid_sentence as mid_sentence  # screens take it from here
from app.services.core.vocabulary import AgencyKind, DocumentKind, DutyRole, ReportStatus, UserRole


def ui_language() -> str:
    """The interface language as the domain's label tables name it."""
    return "en" if is_english() else "vi"


def entry_status_label(status: str | None) -> str:
    return words.entry_status(status, ui_language())


def report_status_label(status: str) -> str:
    return words.label_of(ReportStatus, status, ui_language())


def document_kind_label(kind: str) -> str:
    return words.label_of(DocumentKind, kind, ui_language())


def user_role_label(role: str) -> str:
    return words.label_of(UserRole, role, ui_language())


def period_label(period_id: str) -> str:
    """ "2026-H1" → "6 tháng đầu năm 2026" / "first half of 2026"."""
    year, part = period_id.split("-")
    if part == "H1":
        return fmt(QCoreApplication.translate("Labels", "first half of %1"), year)
    return fmt(QCoreApplication.translate("Labels", "year %1"), year)


def kind_label(kind: str) -> str:
    return words.label_of(AgencyKind, kind, ui_language())


def role_label(role: str | None) -> str:
    return words.label_of(DutyRole, role, ui_language())


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
