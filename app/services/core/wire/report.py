"""A signed report's content (docs/signed-content.md), as read from the bytes that were signed.

`ReportContent.parse(data)` is the only way foreign report bytes become something the program
reads; `as_dict()` and `canonical_bytes()` give back exactly what was parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.services.core.wire.canonical import canonical_bytes
from app.services.core.wire.fields import (
    PERIOD_FORM,
    PERIOD_ID,
    TEXT,
    Fields,
    WireError,
    is_plain_document,
    is_plain_text,
    load_json,
)

CONTENT_FORMAT = 1
CODE = "bad_report"
ENTRY_STATUSES = ("not_started", "in_progress", "done", "ongoing", "stalled")
PERIOD_KINDS = ("half_year", "year")
MAX_ENTRIES = 2_000
MAX_ATTACHMENTS = 200
MAX_EVIDENCE_BYTES = 512 * 1024 * 1024
_ENTRY_FIELDS = {
    "ref", "section", "duty_text", "status", "progress", "results", "difficulties", "proposals",
    "attachments",
}  # fmt: skip
_STATUS_SET = frozenset(ENTRY_STATUSES)


def _short_text(value: object, limit: int, lines: bool) -> bool:
    """is_plain_text for a text of a document that passed is_plain_document."""
    return type(value) is str and len(value) <= limit and (lines or "\n" not in value)


@dataclass(frozen=True)
class AttachmentRef:
    name: str  # a bare file name, safe in any folder
    sha256: str
    size: int

    @classmethod
    def read(cls, f: Fields) -> AttachmentRef:
        made = cls(f.file_name("name"), f.sha256("sha256"), f.count("size", 0, MAX_EVIDENCE_BYTES))
        f.done()
        return made


@dataclass(frozen=True)
class Entry:
    ref: str
    section: str
    duty_text: str
    status: str
    progress: int | None
    results: str | None
    difficulties: str | None
    proposals: str | None
    attachments: tuple[AttachmentRef, ...]

    @classmethod
    def read(cls, f: Fields) -> Entry:
        made = cls(
            ref=f.text("ref", 40),
            section=f.text("section", 40),
            duty_text=f.text("duty_text", TEXT, lines=True),
            status=f.choice("status", ENTRY_STATUSES),
            progress=f.count("progress", 0, 100, nullable=True),
            results=f.text("results", TEXT, nullable=True, lines=True),
            difficulties=f.text("difficulties", TEXT, nullable=True, lines=True),
            proposals=f.text("proposals", TEXT, nullable=True, lines=True),
            attachments=f.objects("attachments", AttachmentRef.read, MAX_ATTACHMENTS),
        )
        f.done()
        return made

    @classmethod
    def read_plain(cls, value: object, plain_texts: bool = False) -> Entry | None:
        """The entry when every field plainly meets Entry.read's rules, else None (Entry.read
        then finds and names the problem). Half the import's checking was spent reading
        entries field by field; this accepts the usual entry with one check per field and
        refuses nothing itself. `plain_texts`: the whole report passed is_plain_document."""
        if type(value) is not dict or len(value) != len(_ENTRY_FIELDS):
            return None
        try:  # nine fields, each of them one of the nine: exactly Entry's fields
            progress, status = value["progress"], value["status"]
            ref, section, duty_text = value["ref"], value["section"], value["duty_text"]
            results, difficulties = value["results"], value["difficulties"]
            proposals, attachments = value["proposals"], value["attachments"]
        except KeyError:
            return None
        if attachments != [] or type(status) is not str or status not in _STATUS_SET:
            return None  # an entry with evidence goes through the full reader
        if progress is not None and (type(progress) is not int or not 0 <= progress <= 100):
            return None
        text = _short_text if plain_texts else is_plain_text
        plain = (
            text(ref, 40, False)
            and text(section, 40, False)
            and text(duty_text, TEXT, True)
            and (results is None or text(results, TEXT, True))
            and (difficulties is None or text(difficulties, TEXT, True))
            and (proposals is None or text(proposals, TEXT, True))
        )
        if not plain:
            return None
        return cls(
            ref, section, duty_text, status, progress, results, difficulties,
            proposals, (),
        )  # fmt: skip

    @classmethod
    def read_all(cls, f: Fields, plain_texts: bool = False) -> tuple[Entry, ...]:
        """The `entries` list of a report: each plain entry by read_plain, any other by read."""
        value = f.raw("entries")
        if type(value) is not list or len(value) > MAX_ENTRIES:
            return f.objects("entries", cls.read, MAX_ENTRIES)  # refuses with its message
        made = []
        for index, item in enumerate(value):
            entry = cls.read_plain(item, plain_texts)
            made.append(entry or cls.read(Fields(item, f"entries[{index}]", f.code)))
        return tuple(made)

    def as_dict(self) -> dict:
        return {
            "ref": self.ref,
            "section": self.section,
            "duty_text": self.duty_text,
            "status": self.status,
            "progress": self.progress,
            "results": self.results,
            "difficulties": self.difficulties,
            "proposals": self.proposals,
            "attachments": [
                {"name": a.name, "sha256": a.sha256, "size": a.size} for a in self.attachments
            ],
        }


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
    entries: tuple[Entry, ...]
    document: Heading
    signer: Signer
    signed_at: str  # ISO 8601 with offset, as signed

    @property
    def signed_time(self) -> datetime:
        return datetime.fromisoformat(self.signed_at)

    @classmethod
    def parse(cls, data: bytes) -> ReportContent:
        """The content of these exact bytes, or WireError(code="bad_report")."""
        f = Fields(load_json(data, CODE, canonical=True), "", CODE)
        plain_texts = is_plain_document(data.decode("utf-8"))
        if f.count("format", 1) > CONTENT_FORMAT:
            raise WireError(
                "the report was made by a newer Plan Tracker (content format {version})",
                code="newer_format",
                version=f.raw("format"),
            )
        agency, plan, period = f.obj("agency"), f.obj("plan"), f.obj("period")
        impl, document, signer = f.obj("implementation_plan"), f.obj("document"), f.obj("signer")
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
            entries=Entry.read_all(f, plain_texts),
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
        refs = [e.ref for e in made.entries]
        if len(set(refs)) != len(refs):
            raise WireError("entries name a duty twice", code=CODE)
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
