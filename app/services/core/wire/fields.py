"""Strict reading of foreign JSON: one refusal type, field by field, nothing left unchecked.

Every parser of the wire format reads its object through `Fields`: each field is taken once,
with its type, length, form and range checked, and `done()` refuses any field it did not take.
A problem raises `WireError` with a stable `code` (`bad_report`, `bad_manifest`, …) and a
message naming the field by its path (`entries[3].attachments[0].name`), in both languages.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import TypeVar

import orjson

from app.services.core.errors import UserError

HEX64 = re.compile(r"[0-9a-f]{64}")
FINGERPRINT = re.compile(r"[A-Z2-7]{4}(?:-[A-Z2-7]{4}){4}")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
PERIOD_ID = re.compile(r"\d{4}-[A-Z0-9]{1,4}")
AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
# A time as Plan Tracker writes it: seconds, an offset, nothing else (no week dates, no 'Z').
ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,6})?[+-]\d{2}:\d{2}")
WINDOWS_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|com\d|lpt\d)(\..*)?")
NAME_FORBIDDEN = set('/\\<>:"|?*')
# What a patterned field must look like, in English and Vietnamese.
SHA256_FORM = ("64 lowercase hexadecimal digits", "64 chữ số thập lục phân viết thường")
FINGERPRINT_FORM = ("a key fingerprint XXXX-XXXX-XXXX-XXXX-XXXX", "dấu vân tay khóa XXXX-XXXX-…")
DATE_FORM = ("a date YYYY-MM-DD", "một ngày dạng YYYY-MM-DD")
TIME_FORM = ("a time YYYY-MM-DDThh:mm:ss+hh:mm", "một thời điểm dạng YYYY-MM-DDThh:mm:ss+hh:mm")
PERIOD_FORM = ("a period id like 2026-Y", "mã kỳ báo cáo dạng 2026-Y")
AGE_FORM = ("an age recipient age1…", "khóa nhận age dạng age1…")
BASE64_FORM = ("base64", "base64")
LINE = 500  # a name, a title, a heading line
TEXT = 20_000  # a free text a person typed (results, difficulties, proposals)
MAX_ITEMS = 10_000
T = TypeVar("T")
_MISSING = object()


class WireError(UserError):
    """Foreign bytes that are not what the format allows; `code` names the kind of file."""

    def __init__(self, template: str, /, code: str, **values: object) -> None:
        super().__init__(template, **values)
        self.code = code


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    data = dict(pairs)
    if len(data) != len(pairs):
        raise ValueError("a key appears twice")
    return data


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def utf8_text(data: bytes, code: str) -> str:
    """The text of UTF-8 bytes, or WireError."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WireError("the file is not UTF-8 JSON, or names a key twice", code=code) from exc


def load_json(data: bytes, code: str, canonical: bool = False) -> dict:
    """A JSON object from UTF-8 bytes; duplicate keys, NaN and non-canonical bytes refused."""
    return load_json_text(utf8_text(data, code), code, canonical, data)


def load_json_text(
    text: str, code: str, canonical: bool = False, data: bytes | None = None
) -> dict:
    """load_json of the bytes' text, for a caller that reads the text again; `data`, the bytes
    themselves where the caller has them, spares encoding the text back for the comparison."""
    try:
        if canonical:
            # A key given twice cannot survive the canonical check (the bytes written back
            # hold it once). orjson reads in half json's time and refuses NaN, Infinity,
            # lone surrogates and whole numbers beyond 64 bits, which no field accepts.
            value = orjson.loads(text if data is None else data)
        else:
            value = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:  # orjson.JSONDecodeError is a ValueError
        raise WireError("the file is not UTF-8 JSON, or names a key twice", code=code) from exc
    if not isinstance(value, dict):
        raise WireError("the file is not a JSON object", code=code)
    # Without NFC-normalising here: every text read is checked to be NFC on its own, and
    # a field not read is refused, so canonical bytes of what passes are these bytes.
    if canonical and _sorted_compact(value) != (text.encode("utf-8") if data is None else data):
        raise WireError(
            "the file is not in canonical form (sorted keys, no spaces, NFC)", code=code
        )
    return value


def _sorted_compact(value: dict) -> bytes | None:
    """canonical.canonical_bytes of an already NFC value, written by orjson (a third of the
    time of the json module, on a report: the import writes back every report it reads).

    For every value that json.loads gives, orjson writes the same bytes (compact, keys sorted
    by code point, non-ASCII as UTF-8, the same escapes) but for what no field of the format
    accepts: a fraction (1e-07 / 1e-7), an infinity, a whole number beyond 64 bits, a lone
    surrogate or nesting past 254 levels. For the last three orjson refuses, and so does this
    (None: not canonical); a fraction or an infinity is refused by the field that holds it.
    """
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:
        return None


class Fields:
    """One JSON object being read; take each field with the method of its type."""

    def __init__(self, value: object, path: str, code: str) -> None:
        self.path, self.code = path, code
        if not isinstance(value, dict):
            raise self.wrong(path or "JSON", "an object", "một đối tượng")
        self._data: dict = value
        self._taken: set[str] = set()

    # --- refusals ------------------------------------------------------------------------

    def _field(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def wrong(self, field: str, expected: str, expected_vi: str) -> WireError:
        return WireError(
            "{field} must be {expected}",
            code=self.code,
            field=field,
            expected=expected,
            expected_vi=expected_vi,
        )

    # --- taking fields -------------------------------------------------------------------

    def has(self, name: str) -> bool:
        return name in self._data

    def raw(self, name: str, optional: bool = False) -> object:
        self._taken.add(name)
        if name not in self._data:
            if optional:
                return _MISSING
            raise WireError("{field} is missing", code=self.code, field=self._field(name))
        return self._data[name]

    def done(self) -> None:
        unknown = sorted(str(k) for k in self._data if k not in self._taken)
        if unknown:
            raise WireError(
                "{field} is not a field this format has",
                code=self.code,
                field=self._field(unknown[0]),
            )

    def text(
        self, name: str, limit: int = LINE, nullable: bool = False, lines: bool = False
    ) -> str | None:
        value = self.raw(name)
        if value is None and nullable:
            return None
        if is_plain_text(value, limit, lines):  # checked without building the field's path
            return value
        return checked_text(value, self._field(name), self.code, limit, lines)

    def count(self, name: str, low: int = 0, high: int = 2**31 - 1, nullable: bool = False):
        value = self.raw(name)
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.wrong(
                self._field(name),
                f"a whole number from {low} to {high}",
                f"một số nguyên từ {low} đến {high}",
            )
        return value

    def flag(self, name: str) -> bool:
        value = self.raw(name)
        if not isinstance(value, bool):
            raise self.wrong(self._field(name), "true or false", "true hoặc false")
        return value

    def choice(self, name: str, choices: tuple[str, ...]) -> str:
        value = self.raw(name)
        if not isinstance(value, str) or value not in choices:
            listed = ", ".join(choices)
            raise self.wrong(self._field(name), f"one of {listed}", f"một trong {listed}")
        return value

    def pattern(
        self, name: str, regex: re.Pattern, form: tuple[str, str], nullable: bool = False
    ) -> str | None:
        value = self.raw(name)
        if value is None and nullable:
            return None
        if not isinstance(value, str) or not regex.fullmatch(value):
            raise self.wrong(self._field(name), *form)
        return value

    def sha256(self, name: str, nullable: bool = False) -> str | None:
        return self.pattern(name, HEX64, SHA256_FORM, nullable)

    def fingerprint(self, name: str) -> str:
        return self.pattern(name, FINGERPRINT, FINGERPRINT_FORM)

    def day(self, name: str, nullable: bool = False) -> date | None:
        value = self.pattern(name, ISO_DATE, DATE_FORM, nullable)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError as exc:
            raise self.wrong(self._field(name), *DATE_FORM) from exc

    def time(self, name: str, nullable: bool = False) -> str | None:
        """An ISO 8601 time with its UTC offset, kept as written (it is part of what is signed)."""
        value = self.pattern(name, ISO_TIME, TIME_FORM, nullable)
        if value is not None:
            try:
                datetime.fromisoformat(value)
            except ValueError as exc:
                raise self.wrong(self._field(name), *TIME_FORM) from exc
        return value

    def file_name(self, name: str) -> str:
        value = self.text(name, limit=255)
        if not is_safe_file_name(value):
            raise WireError(
                "{field} is not a safe file name (no folders, separators or control characters)",
                code=self.code,
                field=self._field(name),
            )
        return value

    def obj(self, name: str, optional: bool = False) -> Fields | None:
        value = self.raw(name, optional)
        if value is _MISSING or (optional and value is None):
            return None
        return Fields(value, self._field(name), self.code)

    def items(self, name: str, limit: int = MAX_ITEMS) -> Iterator[tuple[str, object]]:
        """(path, value) of each element of a list field."""
        value = self.raw(name)
        if not isinstance(value, list) or len(value) > limit:
            raise self.wrong(
                self._field(name), f"a list of at most {limit}", f"một danh sách tối đa {limit}"
            )
        for index, item in enumerate(value):
            yield f"{self._field(name)}[{index}]", item

    def objects(self, name: str, read: Callable[[Fields], T], limit: int = MAX_ITEMS) -> tuple:
        """Each element read as an object by `read`, which must call done()."""
        return tuple(read(Fields(item, path, self.code)) for path, item in self.items(name, limit))

    def texts(self, name: str, limit: int = 100, item_limit: int = LINE) -> tuple[str, ...]:
        return tuple(
            checked_text(item, path, self.code, item_limit, False)
            for path, item in self.items(name, limit)
        )


def is_plain_text(value: object, limit: int, lines: bool) -> bool:
    """Whether `value` is a text that checked_text accepts as it is (the common case)."""
    return (
        type(value) is str
        and len(value) <= limit
        and unicodedata.is_normalized("NFC", value)
        and not _has_unprintable(value, lines)
    )


def is_plain_document(canonical_text: str) -> bool:
    """Whether every text in this canonical JSON (as load_json(canonical=True) accepted it) is
    NFC and printable but for line breaks, so that a text field needs only its type, length
    and (one-line) no line break checked.

    Holds when the only escape is "\\n" (every backslash starts one) and the whole text, with
    those turned back into line breaks, is printable-or-line-break and NFC: the texts are then
    its pieces between quote marks, and NFC is decided piece by piece across a quote mark (a
    character that never composes or reorders with its neighbours)."""
    if not canonical_text.isprintable():  # "\\n" is two printable characters
        return False
    if "\\" in canonical_text:  # most reports hold no line break: spare them two passes
        if canonical_text.count("\\") != canonical_text.count("\\n"):
            return False
        canonical_text = canonical_text.replace("\\n", "\n")
    return unicodedata.is_normalized("NFC", canonical_text)


def _unprintable(ch: str, lines: bool) -> bool:
    """Control characters; in a one-line text also format and line-separator characters (a
    right-to-left override can disguise a name). Free texts keep what pasting leaves in them."""
    if lines:
        return ch not in "\n\t\r" and unicodedata.category(ch) in ("Cc", "Cs")
    return unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp")


def checked_text(value: object, field: str, code: str, limit: int, lines: bool) -> str:
    if not isinstance(value, str):
        raise WireError(
            "{field} must be {expected}",
            code=code,
            field=field,
            expected="a text",
            expected_vi="một chuỗi văn bản",
        )
    if len(value) > limit:
        raise WireError(
            "{field} is too long (at most {limit} characters)", code=code, field=field, limit=limit
        )
    if not unicodedata.is_normalized("NFC", value):
        raise WireError("{field} is not in Unicode NFC form", code=code, field=field)
    if _has_unprintable(value, lines):
        raise WireError("{field} holds control characters", code=code, field=field)
    return value


def _has_unprintable(value: str, lines: bool) -> bool:
    # str.isprintable runs in C and is true for nearly every text; only a text it refuses (a
    # line break, a no-break space, a soft hyphen…) is looked at character by character.
    if value.isprintable():
        return False
    plain = value.replace("\n", "").replace("\t", "").replace("\r", "") if lines else value
    if plain.isprintable():
        return False
    return any(_unprintable(ch, lines) for ch in value)


def is_safe_file_name(name: str) -> bool:
    """A name a file can take in any folder on Windows and Linux without leaving it."""
    return (
        0 < len(name) <= 255
        and name not in (".", "..")
        and name == name.strip()
        and not name.endswith(".")
        and not (NAME_FORBIDDEN & set(name))
        and not _has_unprintable(name, False)
        and not WINDOWS_RESERVED.fullmatch(name)
    )


def clean_file_name(name: str) -> str:
    """`name` made safe by is_safe_file_name's rule: forbidden and control characters become
    "_", and a name left empty or reserved gets a prefix."""
    name = unicodedata.normalize("NFC", name)
    kept = "".join("_" if ch in NAME_FORBIDDEN or _unprintable(ch, False) else ch for ch in name)
    kept = kept.strip(" .")[:200] or "evidence"
    return kept if is_safe_file_name(kept) else f"evidence-{kept}"
