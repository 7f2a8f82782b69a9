"""A refusal kept as English text, read back into the language of the interface.

The activity log and the bundle ledger keep a refused bundle's message as it was raised, in
English ("syt.ptkit is not a Plan Tracker bundle"). To show it in Vietnamese, the text is
matched against the English templates of `app.services.core.messages_vi`, its values are read
back out of it, and the refusal is rendered again from the template's translation.
"""

from __future__ import annotations

import re
import string
from functools import cache

from app.services.core.errors import vietnamese
from app.services.core.messages_vi import MESSAGES


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
    """The stored English refusal in `lang`; as stored when no template matches it."""
    if lang != "vi" or not english:
        return english
    for pattern, template in _patterns():
        match = pattern.fullmatch(english)
        if match:
            return vietnamese(template, match.groupdict()) or english
    return english
