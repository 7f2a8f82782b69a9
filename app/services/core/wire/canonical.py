"""Canonical bytes: what every signature of the exchange covers.

UTF-8 JSON of NFC-normalised text (keys included, at any depth), keys sorted, no insignificant
whitespace, non-ASCII written as itself: the same content gives the same bytes wherever and
however its text was typed (docs/signed-content.md).
"""

from __future__ import annotations

import json
import unicodedata


def normalise(value):
    """NFC every string, recursively (keys included)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {normalise(k): normalise(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [normalise(v) for v in value]
    return value


def canonical_bytes(content: dict) -> bytes:
    text = json.dumps(normalise(content), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")
