"""consolidated show|edit|accept|sign|amend|pdf|docx|xlsx, remind pdf (DoFA)."""

from __future__ import annotations

import argparse
import functools
from collections.abc import Callable
from pathlib import Path

from app.commands.common import print_json, say, secret, tell, workstation
from app.commands.language import words as cli_words
from app.commands.outgoing import (
    add_issue_parser,
    cmd_consolidated_issue,
    issue_date,
    key_passphrase,
)
from app.services.catalogue import catalogue
from app.services.consolidation import (
    consolidated,
    consolidated_export,
    consolidated_signoff,
    prefill_changes,
)
from app.services.core import labels
from app.services.core.errors import UsageError, UserError
from app.services.core.vocabulary import ReportStatus
from app.services.dashboard import reminder_letters
from app.services.keys import keys

Handler = Callable[[argparse.Namespace], int]


def _draft(args: argparse.Namespace, station=None):
    """DoFA's consolidated report for the period: its latest revision, started if none."""
    station = station or getattr(args, "station", None) or workstation(args, consolidating=True)
    plan = catalogue.active_plan(args.plan)
    return consolidated.open_draft(station, plan, args.period)


def all_or_nothing(handler: Handler) -> Handler:
    """Run a command in one transaction: a draft it opened is not kept when it is refused."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        # Opened once, before the transaction (opening again would close the database in it).
        args.station = workstation(args, consolidating=True)
        with args.station.session.atomic():
            return handler(args)

    return run


@all_or_nothing
def cmd_show(args: argparse.Namespace) -> int:
    report = _draft(args)
    changes = prefill_changes.changes_since(report)
    data = {
        "period": report.period_id,
        "revision": report.revision,
        "status": report.status,
        "signed_by": (
            {"name": report.signer_name, "position": report.signer_position}
            if report.signer_name
            else None
        ),
        "signed_at": report.signed_at,
        "content_sha256": report.content_sha256,
        "counts": consolidated.accepted(report).get("counts"),
        "passages": len(consolidated.accepted(report).get("passages", {})),
        "changes": [{"key": c.key, "kind": c.kind, "rewritten": c.rewritten} for c in changes],
    }
    if args.json:
        print_json(data)
        return 0
    status = labels.label_of(ReportStatus, report.status, args.lang)
    revision = "revision" if args.lang == "en" else "lần"
    say(f"{report.period_id} · {revision} {report.revision} · {status}")
    kinds = [cli_words.change_kind(c.kind, args.lang) for c in changes]
    width = max([9, *map(len, kinds)])  # the keys in one column
    for change, kind in zip(changes, kinds, strict=True):
        say(f"  {kind:<{width}} {change.key}")
    return 0


@all_or_nothing
def cmd_edit(args: argparse.Namespace) -> int:
    report = _draft(args)
    if args.summary is None and args.assessment is None:
        raise UsageError("nothing to change: give --summary or --assessment")
    if args.summary is not None:
        consolidated.save_summary(args.station, report, args.section or "", args.summary)
    if args.assessment is not None:
        consolidated.save_assessment(args.station, report, args.assessment)
    tell(
        args,
        "Saved the consolidated report for {period} (revision {revision})",
        period=report.period_id,
        revision=report.revision,
    )
    return 0


@all_or_nothing
def cmd_accept(args: argparse.Namespace) -> int:
    report = _draft(args)
    taken = prefill_changes.accept_changes(args.station, report, args.keys or None)
    tell(
        args,
        "Took {count} change(s) into the consolidated report for {period}",
        count=taken,
        period=report.period_id,
    )
    return 0


def cmd_sign(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    password = secret(
        "PLANTRACKER_PASSWORD", f"Password of {args.user}: ", f"Mật khẩu của {args.user}"
    )
    passphrase = None
    if keys.asks_passphrase():
        passphrase = secret(
            "PLANTRACKER_PASSPHRASE",
            "Passphrase of the signing key file: ",
            "Cụm mật khẩu của tệp khóa ký",
        )
    report = _draft(args, station)  # after the secrets: a refusal there opens no draft
    pending = len(prefill_changes.changes_since(report))
    consolidated_signoff.sign(report, args.user, password, station, passphrase)
    tell(
        args,
        "Signed the consolidated report for {period} revision {revision} by {signer}; "
        "SHA-256 {sha256}",
        period=report.period_id,
        revision=report.revision,
        signer=report.signer_name,
        sha256=report.content_sha256,
    )
    if pending:
        tell(
            args,
            "Note: {count} change(s) received since the pre-fill was accepted were not taken",
            count=pending,
        )
    return 0


@all_or_nothing
def cmd_amend(args: argparse.Namespace) -> int:
    report = _draft(args)
    new = consolidated_signoff.amend(args.station, report, args.reason)
    tell(
        args,
        "Revision {revision} of the consolidated report for {period} is a draft; "
        "revision {signed} stays signed",
        revision=new.revision,
        period=new.period_id,
        signed=report.revision,
    )
    return 0


def _write(out: Path, write) -> None:
    try:
        write(out)
    except OSError as exc:
        raise UserError("could not write {path}: {error}", path=out, error=exc.strerror) from exc
    say(str(out))


@all_or_nothing
def cmd_pdf(args: argparse.Namespace) -> int:
    report = _draft(args)
    _write(Path(args.out), lambda out: consolidated_export.write_pdf(report, out))
    return 0


@all_or_nothing
def cmd_docx(args: argparse.Namespace) -> int:
    report = _draft(args)
    _write(Path(args.out), lambda out: consolidated_export.write_docx(report, out))
    return 0


def cmd_xlsx(args: argparse.Namespace) -> int:
    workstation(args, consolidating=True)
    plan = catalogue.active_plan(args.plan)
    _write(Path(args.out), lambda out: consolidated_export.write_xlsx(plan, args.period, out))
    return 0


def cmd_remind_pdf(args: argparse.Namespace) -> int:
    workstation(args, consolidating=True)
    plan = catalogue.active_plan(args.plan)
    out = Path(args.out)
    reminder_letters.write_draft(plan, args.period, out, args.agency)
    say(str(out))
    tell(
        args,
        "A draft (DỰ THẢO): nothing was recorded; `remind issue` numbers, signs and records it",
    )
    return 0


def cmd_remind_issue(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    plan = catalogue.active_plan(args.plan)
    out = Path(args.out)
    day = issue_date(args.date)
    password = secret(
        "PLANTRACKER_PASSWORD", f"Password of {args.user}: ", f"Mật khẩu của {args.user}"
    )
    _, rows, issued = reminder_letters.issue_letter(
        plan, args.period, out, args.user, password, station, args.agency, args.number,
        day, key_passphrase(),
    )  # fmt: skip
    say(str(out))
    tell(
        args,
        "Issued as Số {symbol} ngày {day}, signed by {signer}; recorded as sent to {agencies}",
        symbol=issued.symbol,
        day=f"{issued.issued_on:%d/%m/%Y}",
        signer=issued.signer_name,
        agencies=", ".join(r.agency.code for r in rows),
    )
    return 0


def _period(parser, out: bool = False) -> None:
    parser.add_argument("--period", required=True)
    if out:
        parser.add_argument("--out", required=True, metavar="FILE")


def register_commands(commands) -> None:
    # format: a command's name
    group = commands.add_parser(
        "consolidated", help="DoFA's consolidated report to the Provincial People's Committee"
    ).add_subparsers(dest="consolidated_command", metavar="ACTION", required=True)

    show = group.add_parser("show", help="revision, status and changes since the pre-fill")
    _period(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=cmd_show)

    edit = group.add_parser("edit", help="DoFA's summary of a section, or the assessment")
    _period(edit)
    edit.add_argument("--section", metavar="IDENT", help="plan section (III, IV); none: opening")
    edit.add_argument("--summary", metavar="T")
    edit.add_argument("--assessment", metavar="T")
    edit.set_defaults(handler=cmd_edit)

    accept = group.add_parser("accept", help="take changes of the pre-fill (all by default)")
    _period(accept)
    accept.add_argument("keys", nargs="*", metavar="KEY", help="REF|CODE or counts")
    accept.set_defaults(handler=cmd_accept)

    sign = group.add_parser("sign", help="sign off (DoFA approver's password)")
    _period(sign)
    sign.add_argument("--user", required=True, metavar="LOGIN_OR_NAME")
    sign.set_defaults(handler=cmd_sign)

    add_issue_parser(group, cmd_consolidated_issue, "give the signed revision its number and date")

    amend = group.add_parser("amend", help="start a new revision of the signed report")
    _period(amend)
    amend.add_argument("--reason", required=True, metavar="T")
    amend.set_defaults(handler=cmd_amend)

    for name, handler, text in (
        ("pdf", cmd_pdf, "the report in the Decree 30 layout (DỰ THẢO before sign-off)"),
        ("docx", cmd_docx, "the report as a Word document"),
        ("xlsx", cmd_xlsx, "the matrix and every entry as an Excel workbook"),
    ):
        sub = group.add_parser(name, help=text)
        _period(sub, out=True)
        sub.set_defaults(handler=handler)

    remind = commands.add_parser("remind", help="reminder letters to agencies (DoFA)")
    remind_pdf = remind.add_subparsers(dest="remind_command", metavar="KIND", required=True)
    letter = remind_pdf.add_parser(
        "pdf", help="a draft letter to the late and missing (records nothing)"
    )
    _period(letter, out=True)
    letter.add_argument("--agency", action="append", metavar="CODE", help="only these agencies")
    letter.set_defaults(handler=cmd_remind_pdf)
    issue = remind_pdf.add_parser("issue", help="number, sign (approver) and record the letter")
    _period(issue, out=True)
    issue.add_argument("--user", required=True, metavar="LOGIN_OR_NAME")
    issue.add_argument("--agency", action="append", metavar="CODE", help="only these agencies")
    issue.add_argument("--number", type=int, metavar="N", help="the number from a paper register")
    issue.add_argument("--date", metavar="D", help="YYYY-MM-DD (default: today)")
    issue.set_defaults(handler=cmd_remind_issue)
