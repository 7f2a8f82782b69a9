"""What every command needs: output, the workstation, secrets from the environment."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import date, datetime
from pathlib import Path

from app.commands.language.lines_vi import LINES_VI
from app.services.accounts import users
from app.services.catalogue import periods
from app.services.core import audit, strict_input
from app.services.core.errors import UsageError, UserError, english, vietnamese
from app.services.core.text import english_number
from app.services.workstation import profile
from app.services.workstation.profile import Workstation


def print_json(data: object) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def say(line: str) -> None:
    sys.stdout.buffer.write((line + "\n").encode("utf-8"))
    sys.stdout.flush()


def tell(args: argparse.Namespace, template: str, /, **values: object) -> None:
    """A result line in the language the command was run in (`--lang`, Vietnamese first).

    `template` is the English, with named `{placeholders}` filled from `values`; its Vietnamese
    is in `commands/language/lines_vi.LINES_VI`, filled as a refusal's is
    (`services/core/errors.vietnamese`): a value whose words differ by language comes with its
    Vietnamese as `<name>_vi`. A template without values is printed literally. An English
    noun written "change(s)" agrees with an integer `count` ("1 change", "2 changes").
    """
    if args.lang != "en":
        translated = vietnamese(template, values, LINES_VI)
        if translated is not None:
            say(translated)
            return
    line = english(template, values)
    count = values.get("count")
    say(english_number(line, count) if isinstance(count, int) else line)


def day_of(stamp: str) -> str:
    """An ISO date or time stamp as dd/mm/yyyy, for text output (JSON keeps ISO)."""
    return date.fromisoformat(stamp[:10]).strftime("%d/%m/%Y")


def moment_of(stamp: str | None, language: str) -> str:
    """An ISO time stamp as a person reads it: "07:30 ngày 05/12/2026" ("07:30 on 05/12/2026")."""
    if not stamp:
        return "?"
    when = datetime.fromisoformat(stamp)
    return f"{when:%H:%M} {'ngày' if language == 'vi' else 'on'} {when:%d/%m/%Y}"


# Arguments naming files the command reads (outputs are checked where they are written).
INPUT_FILE_ARGUMENTS = ("attach", "file", "files", "kit")  # format: argument names


def validate_arguments(args: argparse.Namespace) -> None:
    """Refuse a malformed argument before the command starts, so a refusal writes nothing:
    over-long text, a period id that is not `YYYY-H1` or `YYYY-Y`, an input that is not a
    readable regular file."""
    for name, value in sorted(vars(args).items()):
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                strict_input.check_text(item, "--" + name.replace("_", "-"))
    if isinstance(getattr(args, "period", None), str):
        periods.bounds(args.period)
    if getattr(args, "out", None) is not None and not Path(args.out).name:
        raise UserError("{option} needs a file or folder name", option="--out")
    for name in INPUT_FILE_ARGUMENTS:
        value = getattr(args, name, None)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                strict_input.require_input_file(Path(item))


def workstation(args: argparse.Namespace, consolidating: bool | None = None) -> Workstation:
    """The set-up profile; consolidating=True/False limits a command to DoFA / agencies."""
    station = profile.open_profile(profile.resolve_profile_dir(args.profile))
    _act_as_named_account()
    if consolidating is True and not station.consolidating:
        raise UsageError("this command runs only on the consolidating (DoFA) workstation")
    if consolidating is False and station.consolidating:
        raise UsageError("this command runs only on an agency workstation")
    return station


def _act_as_named_account() -> None:
    """Actions of a command are recorded under PLANTRACKER_USER's account, not the OS login."""
    named = os.environ.get("PLANTRACKER_USER")
    if named and users.has_accounts():
        audit.act_as(users.find(named).login)


# The language of prompts at the terminal; the command line sets it from --lang.
terminal_language = "vi"


def secret(
    env_name: str, prompt: str, prompt_vi: str, required: bool = True, confirm: bool = False
) -> str | None:
    """A secret from the environment, else from the terminal; never from an argument.

    prompt (English) and prompt_vi name the secret, at the terminal in the command's language
    and in refusals. confirm: a new secret that nobody can recover is typed twice.
    """
    value = os.environ.get(env_name)
    if value:
        return value
    if sys.stdin.isatty():
        if terminal_language == "vi":
            prompt = prompt_vi[:1].upper() + prompt_vi[1:] + ": "
        repeat = "Nhập lại: " if terminal_language == "vi" else "Repeat: "
        try:
            typed = getpass.getpass(prompt)
            if confirm and getpass.getpass(repeat) != typed:
                raise UserError("the two entries differ; nothing was changed")
        except (EOFError, KeyboardInterrupt) as exc:
            raise UserError("nothing was typed; nothing was changed") from exc
        return typed
    if required:
        raise UserError(
            "{what}: set {env} or run in a terminal",
            what=prompt.rstrip(": "),
            what_vi=prompt_vi,
            env=env_name,
        )
    return None
