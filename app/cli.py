"""The scripting interface (`plantracker`): the same services as the desktop app.

Exit 0 done; 1 refused or failed (the reason on stderr); 2 usage error or a command this
profile cannot run. JSON goes to stdout as UTF-8 without escapes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable

from app import __version__
from app.models.connection import close_db
from app.services import catalogue, profile, register
from app.services.errors import UsageError, UserError

Handler = Callable[[argparse.Namespace], int]


def _print_json(data: object) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def _print(line: str) -> None:
    sys.stdout.buffer.write((line + "\n").encode("utf-8"))


def _open_for_reading(args: argparse.Namespace) -> None:
    """A set-up profile if there is one, else the catalogue bundled with the app."""
    folder = profile.resolve_profile_dir(args.profile)
    if profile.is_set_up(folder):
        profile.open_profile(folder)
    else:
        profile.open_bundled_catalogue()


def cmd_agencies(args: argparse.Namespace) -> int:
    _open_for_reading(args)
    rows = register.agencies()
    if args.json:
        _print_json([register.agency_json(a) for a in rows])
        return 0
    for agency in rows:
        name = agency.name_en if args.lang == "en" else agency.name_vi
        state = "" if agency.active else "  (retired)" if args.lang == "en" else "  (đã giải thể)"
        _print(f"{agency.code:<12} {agency.kind:<18} {name}{state}")
    return 0


def cmd_duties(args: argparse.Namespace) -> int:
    _open_for_reading(args)
    plan = catalogue.active_plan(args.plan)
    if args.agency:
        register.get(args.agency)
    rows = catalogue.duties(plan, args.agency)
    if args.json:
        _print_json([d.as_json() for d in rows])
        return 0
    for duty in rows:
        text = duty.text_en if args.lang == "en" else duty.text_vi
        _print(f"{duty.ref:<9} {text[:100]}{'…' if len(text) > 100 else ''}")
    return 0


def cmd_setup(args: argparse.Namespace) -> int:
    if args.kit:
        raise UsageError("set-up from a kit is not available in this release")
    if not args.agency:
        raise UsageError("setup needs --agency CODE (or --kit FILE)")
    folder = profile.resolve_profile_dir(args.profile)
    if profile.is_set_up(folder):
        raise UserError(f"{folder} already holds a workstation profile; choose another folder")
    station = profile.create_profile(folder, args.agency, args.dofa)
    agency = station.agency
    role = " (consolidating workstation)" if station.consolidating else ""
    _print(f"Set up {folder} for {agency.code} {agency.name_vi}{role}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plantracker",
        description="Plan Tracker (Theo dõi thực hiện Kế hoạch): scripting interface",
    )
    parser.add_argument("--version", action="version", version=f"plantracker {__version__}")
    parser.add_argument("--profile", metavar="DIR", help="workstation profile folder")
    parser.add_argument("--plan", metavar="CODE", help="plan code (default: the active plan)")
    parser.add_argument("--lang", choices=("vi", "en"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    agencies = commands.add_parser("agencies", help="list the agency register")
    agencies.add_argument("--json", action="store_true")
    agencies.set_defaults(handler=cmd_agencies)

    duties = commands.add_parser("duties", help="list the plan's duties")
    duties.add_argument("--json", action="store_true")
    duties.add_argument("--agency", metavar="CODE", help="only where CODE is lead or coordinating")
    duties.set_defaults(handler=cmd_duties)

    setup = commands.add_parser("setup", help="create a workstation profile")
    setup.add_argument("--agency", metavar="CODE", help="the agency this workstation serves")
    setup.add_argument("--dofa", action="store_true", help="the consolidating workstation")
    setup.add_argument("--kit", metavar="FILE", help="a setup kit signed by DoFA")
    setup.set_defaults(handler=cmd_setup)
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
        print(f"plantracker: {exc}", file=sys.stderr)
        return 2
    except UserError as exc:
        print(f"plantracker: {exc}", file=sys.stderr)
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
