"""Errors a user can cause and fix: the message says what happened and what to do.

A refusal is raised with an English template and named values:

    raise UserError("no agency with code {code}; `plantracker agencies` lists the codes",
                    code=repr(code))

`str(exc)` is the English text (for logs and English users); `exc.message("vi")` is the
Vietnamese one, from the template's translation in `app.services.core.messages_vi`. Values are put
in as given (`str.format` with named fields only). A value whose words differ by language (a
status, a role) may come with a Vietnamese counterpart named `<name>_vi`: the Vietnamese text
uses it for `{<name>}` (or for `{<name>_vi}`), the English text ignores it. A template without
values is used literally, braces and all.
"""

from __future__ import annotations

from collections.abc import Mapping

from app.services.core.messages_vi import MESSAGES
from app.services.core.messages_vi_safety import OS_REASONS_VI

VIETNAMESE_SUFFIX = "_vi"


class _VietnameseValues(dict):
    """Values for a Vietnamese template: `{x}` takes `x_vi` when given, and vice versa."""

    def __getitem__(self, key: str) -> object:
        counterpart = key + VIETNAMESE_SUFFIX
        if counterpart in self:
            return super().__getitem__(counterpart)
        value = super().__getitem__(key)
        # The system's reason for a failed write ("No such file or directory") in Vietnamese.
        return OS_REASONS_VI.get(value, value) if isinstance(value, str) else value

    def __missing__(self, key: str) -> object:
        if key.endswith(VIETNAMESE_SUFFIX):
            return super().__getitem__(key[: -len(VIETNAMESE_SUFFIX)])
        raise KeyError(key)


_FORMAT_ERRORS = (KeyError, IndexError, ValueError, AttributeError)


def render(template: str, values: Mapping[str, object]) -> str:
    """The template with its named fields filled in; literal when there are no values."""
    return template.format_map(values) if values else template


def english(template: str, values: Mapping[str, object]) -> str:
    """The English template with the values in."""
    try:
        return render(template, values)
    except _FORMAT_ERRORS:  # a template out of step with its values: still say something
        return " ".join([template, *(f"{name}={value}" for name, value in values.items())])


class UserError(Exception):
    """Refused or failed because of the input; the CLI exits 1, the UI shows the message."""

    def __init__(self, template: str = "", /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(english(template, values))

    def message(self, lang: str) -> str:
        """The message in "vi" or "en"; English when no translation fits."""
        if lang == "vi":
            translated = vietnamese(self.template, self.values)
            if translated is not None:
                return translated
        return str(self)


def vietnamese(
    template: str, values: Mapping[str, object], table: Mapping[str, str] = MESSAGES
) -> str | None:
    """The template's Vietnamese from `table` (the refusals' by default; the command line's
    result lines have theirs) with the values in; None when it has no usable translation."""
    translated = table.get(template)
    if translated is None:
        return None
    try:
        return render(translated, _VietnameseValues(values))
    except _FORMAT_ERRORS:
        return None  # a translation out of step with its template: better English than none


class UsageError(UserError):
    """The command cannot run here (wrong workstation kind, missing profile); CLI exit 2."""
