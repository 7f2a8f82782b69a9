"""A signed report's entries (docs/signed-content.md), read strictly from the parsed JSON.

An import reads hundreds of thousands of entries, so a report's entries are read column by
column (`read_entries`): each field of every entry is checked with a few passes of Python's
built-ins over that field's values, and the typed `Entry` objects are made only when someone
asks for them. An entry that is not plainly valid sends the whole list through the reader
that checks field by field (`Entry.read`) and names the problem; both accept the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from app.services.core.wire.fields import TEXT, Fields, is_plain_text

ENTRY_STATUSES = ("not_started", "in_progress", "done", "ongoing", "stalled")
MAX_ENTRIES = 2_000
MAX_ATTACHMENTS = 200
MAX_EVIDENCE_BYTES = 512 * 1024 * 1024
_ENTRY_FIELDS = {
    "ref", "section", "duty_text", "status", "progress", "results", "difficulties", "proposals",
    "attachments",
}  # fmt: skip
_STATUS_SET = frozenset(ENTRY_STATUSES)
_NONE = type(None)


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
        then finds and names the problem): one check per field, refusing nothing itself.
        `plain_texts`: the whole report passed is_plain_document."""
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


class EntryColumns(NamedTuple):
    """A report's entries field by field, in entry order (Entry's fields, same order)."""

    ref: tuple[str, ...]
    section: tuple[str, ...]
    duty_text: tuple[str, ...]
    status: tuple[str, ...]
    progress: tuple[int | None, ...]
    results: tuple[str | None, ...]
    difficulties: tuple[str | None, ...]
    proposals: tuple[str | None, ...]
    attachments: tuple[tuple[AttachmentRef, ...], ...]

    @classmethod
    def of(cls, entries: tuple[Entry, ...]) -> EntryColumns:
        return cls(*(tuple(getattr(e, name) for e in entries) for name in cls._fields))

    def entries(self) -> tuple[Entry, ...]:
        return tuple(map(Entry, *self))


_EMPTY = EntryColumns(*((),) * len(EntryColumns._fields))
_in_column_order = itemgetter(*EntryColumns._fields)


def read_entries(f: Fields, plain_texts: bool) -> tuple[EntryColumns, tuple[Entry, ...] | None]:
    """The `entries` list of a report as columns, and the Entry objects where the list had to
    be read entry by entry (else None: they are made when asked for).

    `plain_texts`: the whole report passed is_plain_document, so that a text needs only its
    type, its length and (one-line texts) no line break checked."""
    value = f.raw("entries")
    if type(value) is list and len(value) <= MAX_ENTRIES and plain_texts:
        columns = _plain_columns(value, f)
        if columns is not None:
            return columns, None
    if type(value) is not list or len(value) > MAX_ENTRIES:
        entries = f.objects("entries", Entry.read, MAX_ENTRIES)  # refuses with its message
    else:
        entries = tuple(
            Entry.read_plain(item, plain_texts) or Entry.read(Fields(item, f"entries[{i}]", f.code))
            for i, item in enumerate(value)
        )
    return EntryColumns.of(entries), entries


def _plain_columns(value: list, f: Fields) -> EntryColumns | None:
    """The entries as columns when every field of every entry plainly meets Entry.read's
    rules (an evidence list is read in full by AttachmentRef.read where it is not empty);
    None sends the list to the entry-by-entry reader, which names the problem."""
    if not value:
        return _EMPTY
    if set(map(type, value)) != {dict} or set(map(len, value)) != {len(_ENTRY_FIELDS)}:
        return None
    try:  # nine fields, each of them one of the nine: exactly Entry's fields
        columns = EntryColumns(*zip(*map(_in_column_order, value), strict=True))
    except KeyError:
        return None
    try:
        plain = (
            _texts(columns.ref, 40, one_line=True)
            and _texts(columns.section, 40, one_line=True)
            and _texts(columns.duty_text, TEXT)
            and _STATUS_SET.issuperset(columns.status)
            and _percentages(columns.progress)
            and _texts(columns.results, TEXT, nullable=True)
            and _texts(columns.difficulties, TEXT, nullable=True)
            and _texts(columns.proposals, TEXT, nullable=True)
            and set(map(type, columns.attachments)) == {list}
        )
    except TypeError:  # a status that is a list or an object
        return None
    if not plain:
        return None
    listed = columns.attachments
    if listed.count([]) == len(listed):
        return columns._replace(attachments=((),) * len(listed))
    return columns._replace(
        attachments=tuple(
            Fields(value[i], f"entries[{i}]", f.code).objects(
                "attachments", AttachmentRef.read, MAX_ATTACHMENTS
            )
            if files
            else ()
            for i, files in enumerate(listed)
        )
    )


def _texts(column: tuple, limit: int, one_line: bool = False, nullable: bool = False) -> bool:
    """Every value a text (or None, if nullable) of at most `limit` characters, one-line
    texts without a line break; for a report that passed is_plain_document."""
    kinds = set(map(type, column))
    if not (kinds <= {str, _NONE} if nullable else kinds == {str}):
        return False
    texts = tuple(filter(None, column))  # without None and empty texts
    return max(map(len, texts), default=0) <= limit and not (one_line and "\n" in "".join(texts))


def _percentages(column: tuple) -> bool:
    """Every value None or a whole number from 0 to 100 (not True or False)."""
    if not set(map(type, column)) <= {int, _NONE}:
        return False
    values = set(column) - {None}
    return not values or (min(values) >= 0 and max(values) <= 100)
