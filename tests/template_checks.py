"""How a translated template and the call that fills it are checked, for the refusals
(tests/test_messages.py) and the command line's result lines (tests/test_cli_lines.py)."""

from __future__ import annotations

import string

VI = "_vi"


def _fields(template: str) -> set[str]:
    names = set()
    for _, field, spec, conversion in string.Formatter().parse(template):
        if field is None:
            continue
        assert field.isidentifier(), f"{template!r}: {{{field}}} is not a plain name"
        assert not spec and conversion is None, f"{template!r}: format {{{field}}} at the call"
        names.add(field)
    return names


def _base(name: str) -> str:
    return name[: -len(VI)] if name.endswith(VI) else name


def template_problems(
    where: str, template: str, table: dict[str, str], table_name: str, values: set[str] | None
) -> list[str]:
    """What is wrong with a template's Vietnamese in `table` and with the named values a call
    fills it with (None: given as **values, checked when used)."""
    if template not in table:
        return [f"{where}: no Vietnamese for {template!r} in {table_name}"]
    problems = []
    vietnamese = table[template]
    english_fields, vi_fields = _fields(template), _fields(vietnamese)
    if english_fields != {_base(f) for f in vi_fields}:
        problems.append(f"{where}: placeholders differ: {template!r} / {vietnamese!r}")
    if values is None:
        return problems
    if not values and (english_fields or vi_fields):
        problems.append(f"{where}: {template!r} has placeholders but no values are given")
    if values and english_fields != {v for v in values if not v.endswith(VI)}:
        problems.append(f"{where}: values {sorted(values)} do not fill {template!r}")
    if any(_base(v) not in english_fields for v in values if v.endswith(VI)):
        problems.append(f"{where}: a *_vi value has no placeholder in {template!r}")
    if {f for f in vi_fields if f.endswith(VI)} - values:
        problems.append(f"{where}: {vietnamese!r} needs a value the call does not give")
    return problems
