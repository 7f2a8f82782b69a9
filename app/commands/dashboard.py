"""status, receive paper, track (DoFA)."""

from __future__ import annotations

import argparse
from datetime import date

from app.commands.common import print_json, say, tell, workstation
from app.services.catalogue import catalogue, periods
from app.services.core import labels
from app.services.core.errors import UsageError
from app.services.core.vocabulary import Channel, DashboardStatus
from app.services.dashboard import dashboard, paper


def cmd_status(args: argparse.Namespace) -> int:
    workstation(args, consolidating=True)
    data = dashboard.status(catalogue.active_plan(args.plan), args.period)
    if args.json:
        print_json(data)
        return 0
    # format: keys of the status counts
    tell(
        args,
        "{period}: {received} of {expected} received, {on_time} on time",
        period=data["period"],
        received=data["received"],
        expected=data["expected"],
        on_time=data["on_time"],
    )
    for row in data["agencies"]:
        status = labels.label_of(DashboardStatus, row["status"], args.lang)
        channel = labels.label_of(Channel, row["channel"], args.lang)
        say(f"  {row['code']:<12} {status:<14} {channel}".rstrip())
    return 0


def cmd_receive_paper(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    received_on = _day(args.date)
    signed_on = _day(args.signed) if args.signed else None
    receipt = paper.receive_paper(station, args.agency, args.period, received_on, signed_on)
    tell(
        args,
        "Recorded the paper report of {agency} for {period}, received {received}, signed {signed}",
        agency=receipt.agency.code,
        period=receipt.period_id,
        received=f"{received_on:%d/%m/%Y}",
        signed=f"{receipt.signed_on:%d/%m/%Y}",
    )
    return 0


def cmd_track(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    plan = catalogue.active_plan(args.plan)
    periods.set_tracked_from(station, plan, args.start)
    tell(
        args,
        "Periods from {start} on are followed up; earlier ones are not tracked",
        start=args.start,
    )
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError("the date must be written YYYY-MM-DD") from exc


def register_commands(commands) -> None:
    track = commands.add_parser("track", help="the first period DoFA follows up (DoFA)")
    track.add_argument("--from", dest="start", required=True, metavar="ID")
    track.set_defaults(handler=cmd_track)

    status = commands.add_parser("status", help="who reported for a period (DoFA)")
    status.add_argument("--period", required=True)
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(handler=cmd_status)

    receive = commands.add_parser("receive", help="record a report received outside bundles")
    paper = receive.add_subparsers(dest="receive_command", metavar="KIND", required=True)
    # format: a command's name
    paper_parser = paper.add_parser("paper", help="a report on paper or by plain email")
    paper_parser.add_argument("--agency", required=True, metavar="CODE")
    paper_parser.add_argument("--period", required=True)
    paper_parser.add_argument("--date", required=True, metavar="D", help="YYYY-MM-DD")
    paper_parser.add_argument(
        "--signed",
        metavar="D",
        help="the date on the paper copy, YYYY-MM-DD (default: the day it arrived)",
    )
    paper_parser.set_defaults(handler=cmd_receive_paper)
