"""The command line in the language chosen (`--lang`, Vietnamese by default): argparse's own
words (usage, errors, "show this help message"), the help of every command and option, and
the words a dry run prints for each change (no Python values such as `None`).

Help texts are written in English where the commands are defined; HELP_VI gives each one's
Vietnamese (tests/test_cli_language.py checks that none is missing).
"""

from __future__ import annotations

import argparse
from enum import StrEnum
from typing import TYPE_CHECKING

from app.commands.language.help_vi import HELP_VI
from app.services.core import labels
from app.services.core.text import mid_sentence
from app.services.core.vocabulary import EntryStatus, PassageChange

if TYPE_CHECKING:
    from app.services.exchange.field_changes import FieldChange

# argparse's own messages (Python's argparse marks them for gettext).
ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "show this help message and exit": "in hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu các tham số bắt buộc: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)"
    ),
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "expected one argument": "cần một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn không rõ: %(option)s có thể là %(matches)s"
    ),
    "not allowed with argument %s": "không dùng cùng tham số %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ignored explicit argument %r": "bỏ qua giá trị %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)"
    ),
}


def language_of(argv: list[str]) -> str:
    """The --lang of a command line before it is parsed (Vietnamese unless it says en)."""
    for index, word in enumerate(argv):
        if word == "--lang=en" or (word == "--lang" and argv[index + 1 : index + 2] == ["en"]):
            return "en"
    return "vi"


def install_argparse_language(language: str) -> None:
    """argparse's own words in the language (it looks them up through its `_` at run time)."""
    if language == "vi":
        argparse._ = lambda text: ARGPARSE_VI.get(text, text)  # type: ignore[attr-defined]
        argparse.ngettext = lambda one, many, n: ARGPARSE_VI.get(one if n == 1 else many, many)
    else:
        import gettext

        argparse._ = gettext.gettext  # type: ignore[attr-defined]
        argparse.ngettext = gettext.ngettext


def _parsers(parser: argparse.ArgumentParser):
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action._choices_actions  # each command's line in its parent's list
            for child in action.choices.values():
                yield from _parsers(child)


def help_texts(parser: argparse.ArgumentParser) -> list[str]:
    """Every help and description text of the parser and its commands (for the test)."""
    texts = []
    for item in _parsers(parser):
        if isinstance(item, argparse.ArgumentParser):
            texts.append(item.description)
            texts += [a.help for a in item._actions]
        else:
            texts.append(item.help)
    return [t for t in texts if t and t is not argparse.SUPPRESS]


def translate_parser(parser: argparse.ArgumentParser, language: str) -> None:
    """Put the Vietnamese of every help text in place (English stays as written)."""
    if language != "vi":
        return
    for item in _parsers(parser):
        if isinstance(item, argparse.ArgumentParser):
            if item.description:
                item.description = HELP_VI.get(item.description, item.description)
            for action in item._actions:
                if action.help and action.help is not argparse.SUPPRESS:
                    action.help = HELP_VI.get(action.help, action.help)
        elif item.help:
            item.help = HELP_VI.get(item.help, item.help)


# --- a dry run's changes in words ----------------------------------------------------------

FIELDS = {
    "status": ("status", "tình trạng"),
    "progress": ("progress", "tiến độ"),
    "results": ("results", "kết quả"),
    "difficulties": ("difficulties", "khó khăn, vướng mắc"),
    "proposals": ("proposals", "đề xuất, kiến nghị"),
    "attachments": ("evidence files", "tài liệu minh chứng"),
}
# The dashboard counts among the consolidated report's changes, keyed by prefill_changes.COUNTS
# (not imported: the consolidation package is loaded only by the commands that use it).
COUNTS_CHANGE = {"counts": ("counts", "số liệu")}
EMPTY = ("(empty)", "(trống)")


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language == "vi" else pair[0]


def word(table: dict[str, tuple[str, str]], code: str, language: str) -> str:
    return _pick(table[code], language) if code in table else code


def domain_word(vocabulary: type[StrEnum], code: str, language: str) -> str:
    """A word of the domain in a result line. In English, its code: the word scripts already
    read (imported, already_imported, …); in Vietnamese, its label, as screens show it."""
    if language != "vi":
        return code
    return mid_sentence(labels.label_of(vocabulary, code, language))


def change_kind(kind: str, language: str) -> str:
    """What changed in the agencies' reports since the consolidated report last took them in."""
    if kind in COUNTS_CHANGE:
        return word(COUNTS_CHANGE, kind, language)
    return domain_word(PassageChange, kind, language)


def value_words(field: str, value: object, language: str) -> str:
    """A field's value as a person reads it: a status's name, 60 %, “text”, file names."""
    if value is None or value == ():
        return _pick(EMPTY, language)
    if field == "status":  # the domain's own words, as screens and documents show them
        return labels.label_of(EntryStatus, str(value), language)
    if field == "progress":
        return f"{value} %"
    if isinstance(value, tuple):  # evidence files' names
        return ", ".join(f"“{v}”" for v in value)
    return f"“{value}”"


def change_line(change: FieldChange, language: str) -> str:
    name = word(FIELDS, change.field, language)
    old = value_words(change.field, change.old, language)
    new = value_words(change.field, change.new, language)
    return f"{change.ref} {name}: {old} → {new}"
