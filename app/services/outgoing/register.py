"""The outgoing register (sổ đăng ký văn bản đi) of this workstation's agency.

Decree 30/2020/NĐ-CP art. 15: the records clerk (văn thư) gives every outgoing document its
number and date; numbers run from 01 on 1 January to 31 December, one sequence per agency and
year. An office that keeps a paper register types the number it wrote there; a number already
used that year is refused. This module numbers and lists; what is issued and how the issue is
signed is the caller's (reports.issuing, consolidation, reminders).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.models import Agency, IssuedDocument, UserAccount
from app.services.accounts import users
from app.services.catalogue.register import AgencyInfo
from app.services.core import labels as words
from app.services.core.audit import today  # a register's day is Vietnam's (register.today)
from app.services.core.errors import UserError
from app.services.core.vocabulary import DocumentKind, UserRole

if TYPE_CHECKING:
    from app.services.workstation.profile import Workstation


@dataclass(frozen=True)
class Issued:
    """An issue as documents and screens show it (no peewee row leaves the services)."""

    number: int
    symbol: str
    date: date
    by_name: str
    by_position: str

    def as_json(self) -> dict:
        return {
            "number": self.number,
            "symbol": self.symbol,
            "date": self.date.isoformat(),
            "by": {"name": self.by_name, "position": self.by_position},
        }


def used_numbers(agency: Agency | AgencyInfo, year: int) -> set[int]:
    return {
        row.number
        for row in IssuedDocument.select(IssuedDocument.number).where(
            (IssuedDocument.agency == agency.id) & (IssuedDocument.year == year)
        )
    }


def choose_number(agency: Agency | AgencyInfo, year: int, typed: int | None) -> int:
    """The next number of the year, or the typed one when it is free (a paper register)."""
    used = used_numbers(agency, year)
    if typed is None:
        return max(used, default=0) + 1
    if typed < 1:
        raise UserError("a document number is a whole number from 1")
    if typed in used:
        raise UserError(
            "number {number} is already used in the {year} register", number=typed, year=year
        )
    return typed


def choose_date(issued_on: date | None, signed_on: date | None) -> date:
    """Today (Vietnam time) unless given; never before the document was signed, never ahead."""
    day = issued_on or today()
    if signed_on is not None and day < signed_on:
        raise UserError(
            "the issue date {date} is before the document was signed ({signed})",
            date=day.strftime("%d/%m/%Y"),
            signed=signed_on.strftime("%d/%m/%Y"),
        )
    if day > today():
        raise UserError("the issue date {date} is in the future", date=day.strftime("%d/%m/%Y"))
    return day


def require_issuer(station: Workstation, login_or_name: str, password: str) -> UserAccount:
    """The clerk issues; an approver may where the office has no active clerk account."""
    account = users.authenticate(station, login_or_name, password)
    if account.role == UserRole.CLERK:
        return account
    clerks = UserAccount.select().where(
        (UserAccount.role == UserRole.CLERK) & UserAccount.active.is_true()
    )
    if account.role == UserRole.APPROVER and not clerks.exists():
        return account
    if account.role == UserRole.APPROVER:
        raise UserError(
            "{name} is an approver; this office has a records clerk, who issues documents",
            name=account.full_name,
        )
    raise UserError(
        "{name} may not issue documents (clerk or approver only)", name=account.full_name
    )


def issued(
    agency: Agency | AgencyInfo, kind: str, plan_id: int, period_id: str, revision: int | None
):
    """The register line of that revision (or letter), or None."""
    return (
        IssuedDocument.select()
        .where(
            (IssuedDocument.agency == agency.id)
            & (IssuedDocument.kind == kind)
            & (IssuedDocument.plan == plan_id)
            & (IssuedDocument.period_id == period_id)
            & (IssuedDocument.revision == revision)
        )
        .first()
    )


def as_issued(row: IssuedDocument | None) -> Issued | None:
    if row is None:
        return None
    return Issued(row.number, row.symbol, row.issued_on, row.clerk_name, row.clerk_position)


def entries(agency: Agency | AgencyInfo, year: int | None = None) -> list[IssuedDocument]:
    """The register of an agency, by year and number."""
    query = IssuedDocument.select().where(IssuedDocument.agency == agency.id)
    if year is not None:
        query = query.where(IssuedDocument.year == year)
    return list(query.order_by(IssuedDocument.year, IssuedDocument.number))


@dataclass(frozen=True)
class RegisterLine:
    """One line of the outgoing register as the clerk's screen lists it."""

    number: int
    symbol: str
    issued_on: date
    title: str
    signer_name: str
    clerk_name: str


def years(agency_code: str) -> list[int]:
    """The years in which the agency issued something, oldest first."""
    query = (
        IssuedDocument.select(IssuedDocument.year)
        .join(Agency)
        .where(Agency.code == agency_code)
        .distinct()
    )
    return sorted(year for (year,) in query.tuples())


def lines(agency_code: str, year: int) -> list[RegisterLine]:
    """The agency's register of one year, by number."""
    query = (
        IssuedDocument.select()
        .join(Agency)
        .where((Agency.code == agency_code) & (IssuedDocument.year == year))
        .order_by(IssuedDocument.number)
    )
    return [
        RegisterLine(r.number, r.symbol, r.issued_on, r.title, r.signer_name, r.clerk_name)
        for r in query
    ]


def entry_json(row: IssuedDocument) -> dict:
    return {
        "number": row.number,
        "symbol": row.symbol,
        "date": row.issued_on.isoformat(),
        "kind": row.kind,
        "title": row.title,
        "period": row.period_id,
        "signer": row.signer_name,
    }


# The columns of the register in the form of Decree 30/2020/NĐ-CP, Appendix IV: header, width
# (in characters), wrapped. The Excel and the printed register share them.
FORM_COLUMNS = (
    ("Số", 6, False),
    ("Số, ký hiệu văn bản", 16, True),
    ("Ngày tháng văn bản", 15, False),
    ("Tên loại và trích yếu nội dung văn bản", 52, True),
    ("Người ký", 22, True),
    ("Nơi nhận văn bản", 40, True),
    ("Đơn vị, người nhận bản lưu", 16, True),
    ("Số lượng bản", 9, False),
    ("Ghi chú", 16, True),
)


def form_line(row: IssuedDocument) -> list:
    """One register line as the form's columns hold it (the date as a date)."""
    recipients = [line.strip(" -;.") for line in row.recipients.split("\n") if line.strip()]
    return [
        row.number,
        row.symbol,
        row.issued_on,
        row.title,
        f"{row.signer_name}\n{row.signer_position}",
        "; ".join(recipients),
        f"Văn thư ({row.clerk_name})",
        row.copies,
        f"{words.label_of(DocumentKind, row.kind)} kỳ {words.period_words(row.period_id)}",
    ]
