"""report issue, consolidated issue, outgoing (the register of outgoing documents)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from app.commands.common import print_json, say, secret, tell, workstation
from app.services.catalogue import catalogue
from app.services.consolidation import consolidated, consolidated_issuing
from app.services.core import labels
from app.services.core.errors import UsageError, UserError
from app.services.core.vocabulary import DocumentKind
from app.services.keys import keys
from app.services.outgoing import register
from app.services.reports import issuing, reports


def key_passphrase() -> str | None:
    """Only a workstation without an OS secret store keeps its signing key in a file."""
    if not keys.asks_passphrase():
        return None
    return secret(
        "PLANTRACKER_PASSPHRASE",
        "Passphrase of the signing key file: ",
        "Cụm mật khẩu của tệp khóa ký",
    )


def issue_date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError("{text} is not a date; write it YYYY-MM-DD", text=repr(text)) from exc


def _issue(args: argparse.Namespace, station, report, issue) -> int:
    day = issue_date(args.date)
    password = secret(
        "PLANTRACKER_PASSWORD", f"Password of {args.user}: ", f"Mật khẩu của {args.user}"
    )
    row = issue(report, args.user, password, station, args.number, day, key_passphrase())
    tell(
        args,
        "Issued {period} revision {revision} as Số {symbol} ngày {day} by {clerk}",
        period=row.period_id,
        revision=row.revision,
        symbol=row.symbol,
        day=f"{row.issued_on:%d/%m/%Y}",
        clerk=row.clerk_name,
    )
    return 0


def cmd_report_issue(args: argparse.Namespace) -> int:
    station = workstation(args)
    report = reports.require(station.agency, catalogue.active_plan(args.plan), args.period)
    return _issue(args, station, report, issuing.issue_report)


def cmd_consolidated_issue(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    report = consolidated.latest(catalogue.active_plan(args.plan), args.period)
    if report is None:
        raise UserError("there is no consolidated report for {period}", period=args.period)
    return _issue(args, station, report, consolidated_issuing.issue)


def cmd_outgoing(args: argparse.Namespace) -> int:
    station = workstation(args)
    if args.action == "xlsx":
        if args.year is None or args.out is None:
            raise UsageError("outgoing xlsx needs --year YYYY and --out FILE")
        from app.services.outgoing import register_xlsx  # openpyxl loads only for Excel

        out = Path(args.out)
        try:
            count = register_xlsx.write_workbook(station.agency, args.year, out)
        except OSError as exc:
            raise UserError(
                "could not write {path}: {error}", path=out, error=exc.strerror
            ) from exc
        tell(args, "{out} ({count} documents)", out=out, count=count)
        return 0
    rows = register.entries(station.agency, args.year)
    if args.json:
        print_json([register.entry_json(row) for row in rows])
        return 0
    for row in rows:
        kind = labels.label_of(DocumentKind, row.kind, args.lang)
        say(f"{row.symbol:<16} {row.issued_on:%d/%m/%Y}  {kind:<20} {row.title}")
    return 0


def add_issue_parser(group, handler, text: str) -> None:
    """`report issue` and `consolidated issue` take the same arguments."""
    issue = group.add_parser("issue", help=text)
    issue.add_argument("--period", required=True)
    issue.add_argument("--user", required=True, metavar="LOGIN_OR_NAME")
    issue.add_argument("--number", type=int, metavar="N", help="the number from a paper register")
    issue.add_argument("--date", metavar="D", help="YYYY-MM-DD (default: today)")
    issue.set_defaults(handler=handler)


def register_commands(commands) -> None:
    outgoing = commands.add_parser("outgoing", help="the register of outgoing documents")
    outgoing.add_argument(
        "action", nargs="?", choices=("xlsx",), help="xlsx: the register as an Excel workbook"
    )
    outgoing.add_argument("--year", type=int, metavar="YYYY")
    outgoing.add_argument("--out", metavar="FILE", help="with xlsx: the workbook to write")
    outgoing.add_argument("--json", action="store_true", help="print JSON")
    outgoing.set_defaults(handler=cmd_outgoing)
