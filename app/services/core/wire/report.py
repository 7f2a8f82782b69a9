"""A signed report's content (docs/signed-content.md), as read from the bytes that were signed.

`ReportContent.parse(data)` is the only way foreign report bytes become something the program
reads; `as_dict()` and `canonical_bytes()` give back exactly what was parsed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property

from app.services.core.wire.canonical import canonical_bytes
from app.services.core.wire.entries import Entry, EntryColumns, read_entries
from app.services.core.wire.fields import (
    PERIOD_FORM,
    PERIOD_ID,
    TEXT,
    Fields,
    WireError,
    is_plain_document,
    load_json_text,
    utf8_text,
)

CONTENT_FORMAT = 1
CODE = "bad_report"
PERIOD_KINDS = ("half_year", "year")


@dataclass(frozen=True)
class PeriodRef:
    id: str
    kind: str
    start: date
    end: date
    due: date


@dataclass(frozen=True)
class Heading:
    """How the document is headed (`document`)."""

    number: str | None
    parent_body: str
    agency_name: str
    abbreviation: str
    place: str
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class Signer:
    login: str
    name: str
    position: str
    capacity: str | None


@dataclass(frozen=True)
class ReportContent:
    agency_code: str
    agency_name_vi: str
    plan_code: str
    plan_number_symbol: str
    plan_version: int
    period: PeriodRef
    revision: int
    amendment_reason: str | None
    impl_number: str | None
    impl_date: date | None
    impl_title: str | None
    # Field by field: an import writes the columns and never needs an object per entry.
    entry_columns: EntryColumns = field(repr=False)
    document: Heading
    signer: Signer
    signed_at: str  # ISO 8601 with offset, as signed

    @cached_property
    def entries(self) -> tuple[Entry, ...]:
        return self.entry_columns.entries()

    @property
    def signed_time(self) -> datetime:
        return datetime.fromisoformat(self.signed_at)

    @classmethod
    def parse(cls, data: bytes) -> ReportContent:
        """The content of these exact bytes, or WireError(code="bad_report")."""
        return cls.parse_text(utf8_text(data, CODE), data)

    @classmethod
    def parse_text(cls, text: str, data: bytes | None = None) -> ReportContent:
        """ReportContent.parse of the bytes' UTF-8 text (for a caller that keeps the text);
        `data`: the bytes, where the caller has them too."""
        f = Fields(load_json_text(text, CODE, canonical=True, data=data), "", CODE)
        plain_texts = is_plain_document(text)
        if f.count("format", 1) > CONTENT_FORMAT:
            raise WireError(
                "the report was made by a newer Plan Tracker (content format {version})",
                code="newer_format",
                version=f.raw("format"),
            )
        agency, plan, period = f.obj("agency"), f.obj("plan"), f.obj("period")
        impl, document, signer = f.obj("implementation_plan"), f.obj("document"), f.obj("signer")
        columns, entries = read_entries(f, plain_texts)
        made = cls(
            agency_code=agency.text("code", 40),
            agency_name_vi=agency.text("name_vi"),
            plan_code=plan.text("code", 40),
            plan_number_symbol=plan.text("number_symbol"),
            plan_version=plan.count("version", 1),
            period=PeriodRef(
                period.pattern("id", PERIOD_ID, PERIOD_FORM),
                period.choice("kind", PERIOD_KINDS),
                period.day("start"),
                period.day("end"),
                period.day("due"),
            ),
            revision=f.count("revision", 1),
            amendment_reason=f.text("amendment_reason", TEXT, nullable=True, lines=True),
            impl_number=impl.text("number", nullable=True),
            impl_date=impl.day("date", nullable=True),
            impl_title=impl.text("title", TEXT, nullable=True, lines=True),
            entry_columns=columns,
            document=Heading(
                document.text("number", nullable=True),
                document.text("parent_body"),
                document.text("agency_name"),
                document.text("abbreviation", 40),
                document.text("place"),
                document.texts("recipients"),
            ),
            signer=Signer(
                signer.text("login"),
                signer.text("name"),
                signer.text("position"),
                signer.text("capacity", nullable=True),
            ),
            signed_at=f.time("signed_at"),
        )
        for part in (f, agency, plan, period, impl, document, signer):
            part.done()
        if len(set(columns.ref)) != len(columns.ref):
            raise WireError("entries name a duty twice", code=CODE)
        if entries is not None:  # read one by one already: kept rather than made again
            made.__dict__["entries"] = entries
        return made

    def as_dict(self) -> dict:
        period = self.period
        heading = self.document
        return {
            "format": CONTENT_FORMAT,
            "agency": {"code": self.agency_code, "name_vi": self.agency_name_vi},
            "plan": {
                "code": self.plan_code,
                "number_symbol": self.plan_number_symbol,
                "version": self.plan_version,
            },
            "period": {
                "id": period.id,
                "kind": period.kind,
                "start": period.start.isoformat(),
                "end": period.end.isoformat(),
                "due": period.due.isoformat(),
            },
            "revision": self.revision,
            "amendment_reason": self.amendment_reason,
            "implementation_plan": {
                "number": self.impl_number,
                "date": self.impl_date.isoformat() if self.impl_date else None,
                "title": self.impl_title,
            },
            "entries": [e.as_dict() for e in self.entries],
            "document": {
                "number": heading.number,
                "parent_body": heading.parent_body,
                "agency_name": heading.agency_name,
                "abbreviation": heading.abbreviation,
                "place": heading.place,
                "recipients": list(heading.recipients),
            },
            "signer": {
                "login": self.signer.login,
                "name": self.signer.name,
                "position": self.signer.position,
                "capacity": self.signer.capacity,
            },
            "signed_at": self.signed_at,
        }

    def canonical_bytes(self) -> bytes:
        return canonical_bytes(self.as_dict())
