"""The scripting interface (`plantracker`): the same services as the desktop app.

Exit 0 done; 1 refused or failed (the reason on stderr); 2 usage error or a command this
profile cannot run. JSON goes to stdout as UTF-8 without escapes.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Callable

from app import __version__
from app.commands.language.words import install_argparse_language, translate_parser
from app.services.core import event_log, strict_input, writer_lock
from app.services.core.errors import UsageError, UserError

Handler = Callable[[argparse.Namespace], int]

# Where each command is defined, so that a command imports its own module only (and with it
# only the libraries it uses). A command missing here still works: every module is loaded.
# format: commands' and modules' names
COMMAND_MODULES = {
    "agencies": "catalogue",
    "duties": "catalogue",
    "setup": "catalogue",
    "user": "accounts",
    "periods": "reports",
    "report": "reports",
    "reply": "exchange",
    "kit": "exchange",
    "enroll": "exchange",
    "keys": "exchange",
    "bundle": "exchange",
    "status": "dashboard",
    "receive": "dashboard",
    "track": "dashboard",
    "consolidated": "consolidated",
    "remind": "consolidated",
    "backup": "workstation",
    "token": "esign",
    "trust": "esign",
    "outgoing": "outgoing",
}
# format: modules' names
ALL_MODULES = (
    "catalogue",
    "accounts",
    "reports",
    "exchange",
    "dashboard",
    "consolidated",
    "workstation",
    "esign",
    "outgoing",
)
GLOBAL_WITH_VALUE = ("--profile", "--plan", "--lang")


def build_parser(modules: tuple[str, ...] = ALL_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plantracker",
        description="Plan Tracker (Theo dõi thực hiện Kế hoạch). With no command, the desktop "
        "app starts. Global options go before the command.",
    )
    parser.add_argument("--version", action="version", version=f"plantracker {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="workstation profile folder")
    parser.add_argument("--plan", metavar="CODE", help="plan code (default: the active plan)")
    parser.add_argument(
        "--lang", choices=("vi", "en"), help="language of names and texts (default vi)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        importlib.import_module(f"app.commands.{name}").register_commands(commands)
    return parser


def modules_for(argv: list[str]) -> tuple[str, ...]:
    """The command modules this command line needs: its command's, none when it names no
    command (`--version`, the desktop app), all for help or a command not in the table."""
    if "-h" in argv or "--help" in argv:
        return ALL_MODULES
    words = iter(argv)
    for word in words:
        if word in GLOBAL_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            module = COMMAND_MODULES.get(word)
            return (module,) if module else ALL_MODULES
    return ()


def _refuse(exc: UserError, lang: str) -> int:
    event_log.refusal(exc)
    print("plantracker: " + exc.message(lang), file=sys.stderr)
    return 2 if isinstance(exc, UsageError) else 1


def _start_log(profile, args: argparse.Namespace) -> None:
    """The profile's log file, when the command runs on a profile that exists."""
    event_log.stop()
    with contextlib.suppress(OSError, ValueError):  # a path the strict checks refuse later
        folder = profile.resolve_profile_dir(args.profile)
        if profile.is_set_up(folder):
            event_log.start(folder)
    event_log.info("command", name=args.handler.__name__.removeprefix("cmd_"))


def _waiting_notice(lang: str) -> Callable[[], None]:
    def notice() -> None:
        text = (
            "một chương trình Theo dõi thực hiện Kế hoạch khác đang ghi vào hồ sơ này "
            "(nhập, xuất hoặc ký báo cáo); đang chờ…"
            if lang == "vi"
            else "another Plan Tracker program is writing to this profile (an import, export "
            "or sign-off); waiting…"
        )
        print("plantracker: " + text, file=sys.stderr, flush=True)

    return notice


def main(argv: list[str] | None = None) -> int:
    """Run one command; a fault of ours anywhere in it is logged and told in plain words."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        return _main(argv)
    except Exception as exc:  # a fault of ours: the traceback goes to the log, not the user
        return _refuse(event_log.unexpected(exc), "en" if _english(argv) else "vi")


def _english(argv: list[str]) -> bool:
    return "--lang=en" in argv or ("--lang", "en") in zip(argv, argv[1:], strict=False)


def _main(argv: list[str]) -> int:
    try:
        strict_input.check_arguments(argv)  # before argparse, which would echo them
    except UserError as exc:
        return _refuse(exc, "en" if _english(argv) else "vi")
    language = "en" if _english(argv) else "vi"
    install_argparse_language(language)  # usage, errors and help in the chosen language
    parser = build_parser(modules_for(argv))
    translate_parser(parser, language)
    args = parser.parse_args(argv)
    # Imported here, after `--version` has had its answer: they load the database and crypto.
    from app.commands.common import validate_arguments
    from app.models.session import close_open_session
    from app.services.core import audit, storage_errors
    from app.services.workstation import profile

    if args.command is None:  # no command: the desktop app
        from app.services.workstation import unattended

        folder = profile.resolve_profile_dir(args.profile)
        early = unattended.begin(folder)  # an unattended sign-in's check overlaps loading Qt
        from app.ui.app import run  # Qt is imported only when the desktop app starts

        return run(folder, args.lang, early)
    args.lang = args.lang or "vi"
    from app.commands import common

    common.terminal_language = args.lang  # passwords and passphrases are asked in it
    handler: Handler = args.handler
    _start_log(profile, args)
    writer_lock.set_wait_notice(_waiting_notice(args.lang))
    try:
        validate_arguments(args)  # every argument checked before anything is written
        return handler(args)
    except UserError as exc:
        return _refuse(exc, args.lang)
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early; keep Python from complaining at exit. Before
        # the storage errors: a closed pipe is an OSError but no fault of the profile's folder.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except storage_errors.STORAGE_ERRORS as exc:
        explained = storage_errors.explain(exc, profile.resolve_profile_dir(args.profile))
        return _refuse(explained or event_log.unexpected(exc), args.lang)
    except KeyboardInterrupt:
        print(
            "plantracker: " + ("đã dừng" if args.lang == "vi" else "interrupted"), file=sys.stderr
        )
        return 1
    finally:
        audit.act_as(None)  # in-process callers (tests) run the next command afresh
        close_open_session()  # the workstation (or catalogue) the command opened


if __name__ == "__main__":
    raise SystemExit(main())
