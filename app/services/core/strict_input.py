"""Checks on what a person types or points at, made before anything is written.

Text fields have a ceiling (a 1 MB "results" took minutes to print and made DoFA refuse the
bundle as a zip bomb); files read or replaced must be regular files (a FIFO blocks the reader
for ever, a device node must never be renamed over); command-line arguments must be text.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable
from errno import EACCES
from pathlib import Path

from app.services.core.errors import UserError

MAX_TEXT_CHARS = 20_000
# Control characters other than tab and line breaks: invisible, and refused by the XML inside
# Word and Excel files and by PDF text, so a report holding one could not be printed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def check_text(value: str | None, what: str, what_vi: str | None = None) -> str | None:
    """The value itself, or a refusal naming the field (what_vi in Vietnamese) and the limit."""
    if value is not None and _CONTROL.search(value):
        raise UserError(
            "{what} holds an invisible control character; type the text again",
            what=what,
            what_vi=what_vi or what,
        )
    if value is not None and len(value) > MAX_TEXT_CHARS:
        raise UserError(
            "{what} has {length} characters; at most {limit} are allowed. Shorten it or attach "
            "the details as a file.",
            what=what,
            what_vi=what_vi or what,
            length=f"{len(value):,}",
            length_vi=f"{len(value):,}".replace(",", "."),
            limit=f"{MAX_TEXT_CHARS:,}",
            limit_vi=f"{MAX_TEXT_CHARS:,}".replace(",", "."),
        )
    return value


def require_input_file(path: Path) -> Path:
    """A file to read: it exists, is a regular file (not a folder, device or pipe), readable.

    Looked at with stat() alone, so a FIFO is refused at once instead of blocking the open.
    """
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError as exc:
        raise UserError("{path} does not exist", path=str(path)) from exc
    except OSError as exc:
        raise UserError("cannot read {path}: {error}", path=str(path), error=exc.strerror) from exc
    if not stat.S_ISREG(mode):
        raise UserError(
            "{path} is not a regular file (it is a folder, a device or a pipe); give a file",
            path=str(path),
        )
    if not os.access(path, os.R_OK):
        raise UserError("cannot read {path}: {error}", path=str(path), error=os.strerror(EACCES))
    return path


def check_arguments(argv: Iterable[str]) -> None:
    """Refuse arguments that are not valid text: Python keeps undecodable bytes as lone
    surrogates, which later fail deep inside whatever prints or stores them; a NUL character
    cannot be part of a file name or a text."""
    for argument in argv:
        try:
            argument.encode("utf-8")
            if "\0" in argument:  # no system passes one; a caller in this process might
                raise UnicodeEncodeError("utf-8", argument, 0, 1, "NUL character")
        except UnicodeEncodeError as exc:
            shown = argument.encode("utf-8", "surrogateescape").decode("ascii", "backslashreplace")
            raise UserError(
                "the argument {argument} is not valid UTF-8 text; type it again",
                argument=shown,
            ) from exc
