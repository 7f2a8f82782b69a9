"""Text helpers: Unicode normalisation and accent-insensitive search."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower case without diacritics, so "ngoai vu" matches "Ngoại vụ"; đ counts as d."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")


def matches(query: str, *texts: str) -> bool:
    """True when every word of the query occurs in one of the texts, ignoring accents and case."""
    haystack = " ".join(fold(t) for t in texts if t)
    return all(word in haystack for word in fold(query).split())
