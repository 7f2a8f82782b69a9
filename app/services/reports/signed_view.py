"""A signed revision as the agency's editor shows it: read from its verified signed content.

The entry rows beside a signed revision stay in the database (an amendment starts from them),
but they are editable by anyone holding the database file; what the revision says is only its
signed content. `read_signed` returns that content as plain objects, plus what is wrong: a
content that does not verify (nothing is shown) or rows that no longer match it (named).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models import Report
from app.services.catalogue import catalogue
from app.services.catalogue.catalogue import DutyInfo
from app.services.core.errors import UserError
from app.services.reports import signoff
from app.services.reports.signed_content import implementation_plan

# What an entry row holds that the signed content records; a difference is an altered row.
ROW_FIELDS = ("status", "progress", "results", "difficulties", "proposals", "attachments")


@dataclass(frozen=True)
class SignedAttachment:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class EntryValues:
    """One duty's entry values, signed or draft (the same attribute names as a report entry
    row), so the forms read both alike."""

    status: str | None
    progress: int | None
    results: str
    difficulties: str
    proposals: str


SignedEntry = EntryValues  # an entry as signed


@dataclass(frozen=True)
class SignedEntryView:
    """An entry as signed, with its duty: shaped like reports.EntryView for the forms."""

    duty: DutyInfo
    entry: SignedEntry
    attachments: tuple[SignedAttachment, ...]


@dataclass(frozen=True)
class SignedRevision:
    """What a signed revision says, or why it cannot be shown."""

    entries: tuple[SignedEntryView, ...] = ()
    impl_number: str = ""
    impl_date: date | None = None
    impl_title: str = ""
    refusal: UserError | None = None  # the signed content does not verify: nothing is shown
    altered_refs: tuple[str, ...] = ()  # rows that differ from the content
    altered_plan: bool = False  # the implementing plan's columns differ from the content


def read_signed(report: Report) -> SignedRevision:
    """The signed revision's content, verified, compared with the rows stored beside it."""
    try:
        content = signoff.verified_content(report)
    except UserError as exc:
        return SignedRevision(refusal=exc)
    duties = {duty.ref: duty for duty in catalogue.duties(report.plan)}
    entries = tuple(
        SignedEntryView(
            duties.get(signed["ref"]) or _duty_as_signed(signed),
            SignedEntry(*(signed[name] for name in ROW_FIELDS[:-1])),
            tuple(
                SignedAttachment(a["name"], a["sha256"], a["size"]) for a in signed["attachments"]
            ),
        )
        for signed in content["entries"]
    )
    impl_number, impl_date, impl_title = implementation_plan(content)
    rows = signoff.build_content(report)  # the rows as they are now, normalised alike
    return SignedRevision(
        entries=entries,
        impl_number=impl_number,
        impl_date=impl_date,
        impl_title=impl_title,
        altered_refs=_altered_refs(content["entries"], rows["entries"]),
        altered_plan=rows["implementation_plan"] != content["implementation_plan"],
    )


def _altered_refs(signed: list[dict], rows: list[dict]) -> tuple[str, ...]:
    def by_ref(entries: list[dict]) -> dict[str, tuple]:
        return {e["ref"]: tuple(e[name] for name in ROW_FIELDS) for e in entries}

    signed_by_ref, rows_by_ref = by_ref(signed), by_ref(rows)
    refs = list(signed_by_ref) + [ref for ref in rows_by_ref if ref not in signed_by_ref]
    return tuple(ref for ref in refs if signed_by_ref.get(ref) != rows_by_ref.get(ref))


def _duty_as_signed(signed: dict) -> DutyInfo:
    """A duty the plan no longer lists: its text as the content recorded it."""
    text = signed["duty_text"]
    return DutyInfo(
        ref=signed["ref"],
        section=signed["section"],
        section_title_vi="",
        section_title_en="",
        item_number="",
        item_heading_vi=None,
        item_heading_en=None,
        position=0,
        text_vi=text,
        text_en=text,
        bullet=False,
        lead_in_vi=None,
        lead_in_en=None,
    )
