"""A refusal kept in the activity log, read back in the language of whoever reads it.

A refused bundle or reply is recorded with its English text (`message`, for anyone reading
the raw log) and with what that text was made of: the English template (`message_template`)
and its values (`message_values`). The reader's language is rendered from those two, through
the same translations as any refusal (`app.services.core.messages_vi`).

Entries written by earlier releases hold the English text only. For them the text is matched
against the English templates, its values are read back out of it, and the refusal is rendered
again from the template's translation; a text no template explains is shown as kept.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from functools import cache

from app.services.core.errors import UserError, render, vietnamese
from app.services.core.messages_vi import MESSAGES

MESSAGE = "message"
TEMPLATE = "message_template"
VALUES = "message_values"


def refusal_detail(error: UserError) -> dict[str, object]:
    """What the log keeps of a refusal: its English text, its template and its values
    (as text: what the template shows of them)."""
    return {
        MESSAGE: str(error),
        TEMPLATE: error.template,
        VALUES: {name: str(value) for name, value in error.values.items()},
    }


def refusal_in(detail: Mapping[str, object], lang: str) -> str:
    """The refusal a log entry's detail keeps, in `lang` ("vi" or "en")."""
    english = str(detail.get(MESSAGE) or "")
    template, values = detail.get(TEMPLATE), detail.get(VALUES)
    if not isinstance(template, str) or not isinstance(values, Mapping):
        return stored_message(english, lang)  # written by an earlier release
    if lang == "vi":
        return vietnamese(template, values) or english
    try:
        return render(template, values)
    except (KeyError, IndexError, ValueError, AttributeError):
        return english


def _pattern(template: str) -> re.Pattern[str] | None:
    """The template as a regular expression with a named group per value; None when its
    fields are not plain names (such a template is not matched)."""
    parts, seen = [], set()
    try:
        fields = list(string.Formatter().parse(template))
    except ValueError:  # literal braces: a template without values
        return re.compile(re.escape(template))
    for literal, name, _spec, _conversion in fields:
        parts.append(re.escape(literal))
        if name is None:
            continue
        if not name.isidentifier():
            return None
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
    return re.compile("".join(parts), re.DOTALL)


@cache
def _patterns() -> list[tuple[re.Pattern[str], str]]:
    """Every translated template's pattern, the most literal text first (the most specific
    template wins when two match)."""
    found = [(p, t) for t in MESSAGES if (p := _pattern(t)) is not None]
    return sorted(found, key=lambda pt: -len(re.sub(r"\{[^{}]*\}", "", pt[1])))


def stored_message(english: str, lang: str) -> str:
    """An English refusal kept without its template (an earlier release's entry), in `lang`;
    as kept when no template matches it."""
    if lang != "vi" or not english:
        return english
    for pattern, template in _patterns():
        match = pattern.fullmatch(english)
        if match:
            return vietnamese(template, match.groupdict()) or english
    return english
