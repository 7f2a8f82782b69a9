"""Text helpers: Unicode normalisation, accent-insensitive search, dates as documents write
them."""

from __future__ import annotations

import unicodedata
from datetime import date


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower case without diacritics, so "ngoai vu" matches "Ngoại vụ"; đ counts as d."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def fold_query(query: str) -> str:
    """A search phrase folded like the text, with runs of spaces made one."""
    return " ".join(fold(query).split())


def matches(query: str, *texts: str) -> bool:
    """True when the phrase occurs in one of the texts, ignoring accents and case."""
    phrase = fold_query(query)
    return any(phrase in " ".join(fold(t).split()) for t in texts if t)


def search_key(*texts: str | None) -> str:
    """One folded string to search in; " | " keeps a phrase from spanning two texts."""
    return " | ".join(fold_query(t) for t in texts if t)


NO_BREAK_SPACE = "\u00a0"


def unbroken(text: str) -> str:
    """One unit a line never splits: "6 tháng đầu năm 2026", "số 590/QĐ-UBND", a date with
    its "ngày"; spaces become no-break spaces, which the PDF and Word layouts keep on one line."""
    return NO_BREAK_SPACE.join(text.split(" "))


def mid_sentence(label: str) -> str:
    """A label or message inside a sentence: first letter lower case ("Người phê duyệt" →
    "người phê duyệt", "Paper or plain email" → "paper or plain email")."""
    return label[:1].lower() + label[1:]


def english_number(phrase: str, n: int) -> str:
    """An English phrase written for any count, agreeing with n: "{n} report(s) updated" →
    "{n} report updated" for 1, "{n} reports updated" otherwise; "agency(ies)" likewise.
    Vietnamese nouns do not change with the number."""
    if n == 1:
        return phrase.replace("(ies)", "").replace("(s)", "")
    return phrase.replace("y(ies)", "ies").replace("(s)", "s")


def dmy(value: str | date | None) -> str:
    """A date as documents write it, dd/mm/yyyy, from a date or its ISO text ("" for none)."""
    if not value:
        return ""
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return day.strftime("%d/%m/%Y")
