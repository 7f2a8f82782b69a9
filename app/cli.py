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
from app.commands import exchange as exchange_commands
from app.commands import reports as report_commands
from app.commands import workstation as workstation_commands
from app.models.connection import close_db
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
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # no command: the desktop app
        from app.ui.app import run  # Qt is imported only when the desktop app starts

        return run(profile.resolve_profile_dir(args.profile), args.lang)
    args.lang = args.lang or "vi"
    handler: Handler = args.handler
    try:
        return handler(args)
    except UsageError as exc:
        print("plantracker: " + exc.message(args.lang), file=sys.stderr)
        return 2
    except UserError as exc:
        print("plantracker: " + exc.message(args.lang), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `head`) stopped early; keep Python from complaining at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("plantracker: interrupted", file=sys.stderr)
        return 1
    finally:
        close_db()


if __name__ == "__main__":
    raise SystemExit(main())
