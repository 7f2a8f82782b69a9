"""The scripting interface (`plantracker`): the same services as the desktop app.

Exit 0 done; 1 refused or failed (the reason on stderr); 2 usage error or a command this
profile cannot run. JSON goes to stdout as UTF-8 without escapes.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable

from app import __version__
from app.commands import catalogue as catalogue_commands
from app.commands import consolidated as consolidated_commands
from app.commands import dashboard as dashboard_commands
from app.commands import esign as esign_commands
from app.commands import exchange as exchange_commands
from app.commands import reports as report_commands
from app.commands import workstation as workstation_commands
from app.commands.common import validate_arguments
from app.models.connection import close_db
from app.services.core import audit, storage_errors, strict_input, writer_lock
from app.services.core.errors import UsageError, UserError
from app.services.workstation import profile

Handler = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
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

    catalogue_commands.register_commands(commands)
    report_commands.register_commands(commands)
    exchange_commands.register_commands(commands)
    dashboard_commands.register_commands(commands)
    consolidated_commands.register_commands(commands)
    workstation_commands.register_commands(commands)
    esign_commands.register_commands(commands)
    return parser


def _refuse(exc: UserError, lang: str) -> int:
    print("plantracker: " + exc.message(lang), file=sys.stderr)
    return 2 if isinstance(exc, UsageError) else 1


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
    argv = sys.argv[1:] if argv is None else argv
    try:
        strict_input.check_arguments(argv)  # before argparse, which would echo them
    except UserError as exc:
        english = "--lang=en" in argv or ("--lang", "en") in zip(argv, argv[1:], strict=False)
        return _refuse(exc, "en" if english else "vi")
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # no command: the desktop app
        from app.ui.app import run  # Qt is imported only when the desktop app starts

        return run(profile.resolve_profile_dir(args.profile), args.lang)
    args.lang = args.lang or "vi"
    handler: Handler = args.handler
    writer_lock.set_wait_notice(_waiting_notice(args.lang))
    try:
        validate_arguments(args)  # every argument checked before anything is written
        return handler(args)
    except UserError as exc:
        return _refuse(exc, args.lang)
    except storage_errors.STORAGE_ERRORS as exc:
        explained = storage_errors.explain(exc, profile.resolve_profile_dir(args.profile))
        if explained is None:
            raise
        return _refuse(explained, args.lang)
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early; keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("plantracker: interrupted", file=sys.stderr)
        return 1
    finally:
        audit.act_as(None)  # in-process callers (tests) run the next command afresh
        close_db()


if __name__ == "__main__":
    raise SystemExit(main())
