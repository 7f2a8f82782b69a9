"""periods, report edit|submit|sign|amend|show|pdf."""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

from app.commands import esign as esign_commands
from app.commands.common import moment_of, print_json, say, secret, tell, workstation
from app.commands.exchange import cmd_report_return
from app.commands.outgoing import _issue as issue_with
from app.commands.outgoing import add_issue_parser, cmd_report_issue
from app.models import Report
from app.models.report import ENTRY_STATUSES
from app.services.catalogue import catalogue, periods, register
from app.services.core import labels, storage_errors, writer_lock
from app.services.core.errors import UsageError, UserError
from app.services.core.text import mid_sentence
from app.services.core.vocabulary import EntryStatus, ReportStatus
from app.services.reports import evidence, issuing, report_pdf, reports, signoff, token_signoff
from app.services.workstation.profile import Workstation


def cmd_periods(args: argparse.Namespace) -> int:
    workstation(args)
    plan = catalogue.active_plan(args.plan)
    rows = periods.all_periods(plan)
    tracked = periods.tracked_test(plan)
    if args.json:
        print_json([{**p.as_json(), "tracked": tracked(p.id)} for p in rows])
        return 0
    current, upcoming = periods.current_and_next(plan)
    vi = args.lang == "vi"
    for period in rows:
        if period == current:
            mark = " ← kỳ hiện tại" if vi else " ← current"
        else:
            mark = (" ← kỳ tiếp theo" if vi else " ← next") if period == upcoming else ""
        if not tracked(period.id):
            mark += " (không theo dõi)" if vi else " (not tracked)"
        due = "hạn nộp" if vi else "due"
        say(
            f"{period.id:<8} {period.start:%d/%m/%Y} – {period.end:%d/%m/%Y}   "
            f"{due} {period.due:%d/%m/%Y}{mark}"
        )
    return 0


def _own_report(args: argparse.Namespace, create: bool = False) -> tuple:
    station = workstation(args)
    plan = catalogue.active_plan(args.plan)
    agency = station.agency
    if create:
        return station, reports.open_draft(station, agency, plan, args.period, _actor())
    return station, reports.require(agency, plan, args.period)


def _actor() -> str | None:
    return None  # the OS login; the desktop app records the signed-in account


def cmd_report_edit(args: argparse.Namespace) -> int:
    fields = {
        name: getattr(args, name)
        for name in ("status", "progress", "results", "difficulties", "proposals")
        if getattr(args, name) is not None
    }
    if not fields and not args.attach:
        raise UsageError(
            "nothing to change: give --status, --progress, --results, "
            "--difficulties, --proposals or --attach"
        )
    for path in args.attach or []:  # before anything is written
        evidence.check_source(Path(path))
    station = workstation(args)
    plan = catalogue.active_plan(args.plan)
    attached = []
    # One transaction: a refusal half-way (a bad progress, a duplicate attachment) keeps
    # nothing of the command, not even a newly opened draft.
    with writer_lock.exclusive(station.session, station.folder), station.session.atomic():
        report = reports.open_draft(station, station.agency, plan, args.period, _actor())
        reports.ensure_editable(report)
        reports.find_entry(report, args.duty)
        if fields:
            reports.update_entry(station, report, args.duty, _actor(), **fields)
        for path in args.attach or []:
            attached.append(reports.attach(station, report, args.duty, Path(path), _actor()))
    for attachment in attached:
        tell(
            args,
            "Attached {name} ({size} bytes, sha256 {sha256})",
            name=attachment.name,
            size=attachment.size,
            sha256=attachment.sha256,
        )
    return 0


def cmd_report_submit(args: argparse.Namespace) -> int:
    station, report = _own_report(args)
    reports.submit(station, report, _actor())
    tell(
        args,
        "Report {period} revision {revision} submitted for sign-off",
        period=report.period_id,
        revision=report.revision,
    )
    return 0


def cmd_report_sign(args: argparse.Namespace) -> int:
    if args.cert and not args.token:
        raise UsageError("--cert chooses the token's certificate; give --token with it")
    station, report = _own_report(args)
    password = secret(
        "PLANTRACKER_PASSWORD", f"Password of {args.user}: ", f"Mật khẩu của {args.user}"
    )
    from app.services.keys import keys

    passphrase = None
    if keys.asks_passphrase():
        passphrase = secret(
            "PLANTRACKER_PASSPHRASE",
            "Passphrase of the signing key file: ",
            "Cụm mật khẩu của tệp khóa ký",
        )
    token = esign_commands.token_request(args.cert) if args.token else None
    signoff.sign(report, args.user, password, station, passphrase, token)
    tell(
        args,
        "Signed {period} revision {revision} by {signer}; SHA-256 {sha256}; the clerk issues "
        "it with its number and date",
        period=report.period_id,
        revision=report.revision,
        signer=report.signer_name,
        sha256=report.content_sha256,
    )
    if report.pdf_sha256:
        tell(args, "PDF signed with the token; PDF SHA-256 {sha256}", sha256=report.pdf_sha256)
    return 0


def cmd_report_issue_with_token(args: argparse.Namespace) -> int:
    """`report issue`, with the agency's token signature on the PDF when --token is given."""
    if args.cert and not args.token:
        raise UsageError("--cert chooses the token's certificate; give --token with it")
    if not args.token:
        return cmd_report_issue(args)
    station = workstation(args)
    report = reports.require(station.agency, catalogue.active_plan(args.plan), args.period)
    request = esign_commands.token_request(args.cert)
    return issue_with(args, station, report, functools.partial(issuing.issue_report, token=request))


def cmd_report_amend(args: argparse.Namespace) -> int:
    station, report = _own_report(args)
    new = signoff.amend(station, report, args.reason, _actor())
    tell(
        args,
        "Revision {revision} of {period} is a draft; revision {signed} stays signed",
        revision=new.revision,
        period=new.period_id,
        signed=report.revision,
    )
    return 0


def _report_for_reading(args: argparse.Namespace) -> tuple[Workstation, Report]:
    station = workstation(args)
    plan = catalogue.active_plan(args.plan)
    if args.agency and args.agency != station.agency_code:
        if not station.consolidating:
            raise UsageError("an agency workstation shows only its own reports")
        return station, reports.require(register.get(args.agency), plan, args.period)
    return station, reports.require(station.agency, plan, args.period)


def _shown_entries(report: Report) -> list[dict]:
    """A signed revision shows its signed content (verified), a draft its entry rows."""
    if report.content_json:
        return [
            {name: entry[name] for name in ENTRY_JSON_FIELDS}
            for entry in signoff.verified_content(report)["entries"]
        ]
    return [
        {
            "ref": view.duty.ref,
            "status": view.entry.status,
            "progress": view.entry.progress,
            "results": view.entry.results,
            "difficulties": view.entry.difficulties,
            "proposals": view.entry.proposals,
            "attachments": [
                {"name": a.name, "sha256": a.sha256, "size": a.size} for a in view.attachments
            ],
        }
        for view in reports.entry_views(report)
    ]


ENTRY_JSON_FIELDS = (
    "ref",
    "status",
    "progress",
    "results",
    "difficulties",
    "proposals",
    "attachments",
)


def report_json(station: Workstation, report: Report) -> dict:
    entries = _shown_entries(report)
    signer = signoff.verified_content(report)["signer"] if report.content_json else None
    return {
        "agency": report.agency.code,
        "period": report.period_id,
        "revision": report.revision,
        "status": report.status,
        "signed_by": {"name": signer["name"], "position": signer["position"]} if signer else None,
        "signed_at": report.signed_at,
        "content_sha256": report.content_sha256,
        "received_at": report.received_at,
        "pdf_signature": _pdf_signature_json(station, report),
        "issued": (issue.as_json() if (issue := issuing.issue_of(report)) else None),
        "entries": entries,
    }


def _pdf_signature_json(station: Workstation, report: Report) -> dict | None:
    signature = token_signoff.pdf_signature(station.folder, report)
    return signature.as_json() if signature is not None else None


def cmd_report_show(args: argparse.Namespace) -> int:
    station, report = _report_for_reading(args)
    if args.json:
        print_json(report_json(station, report))
        return 0
    entries = _shown_entries(report)
    vi = args.lang == "vi"
    status = labels.label_of(ReportStatus, report.status, args.lang)
    revision = "lần" if vi else "revision"
    name = report.agency.name_vi if vi else report.agency.name_en
    say(f"{name} · {report.period_id} · {revision} {report.revision} · {status}")
    if report.signed_at:
        _ok, words = signoff.verdict(report)
        tell(
            args,
            "Signed by {signer} ({position}) at {when}: {verdict}",
            signer=report.signer_name,
            position=report.signer_position,
            when=moment_of(report.signed_at, "en"),
            when_vi=moment_of(report.signed_at, "vi"),
            verdict=mid_sentence(words.message("en")),
            verdict_vi=mid_sentence(words.message("vi")),
        )
    esign_commands.say_pdf_signature(args, station, report)
    if report.returned_at:  # DoFA's reason is what the agency must act on
        tell(
            args,
            "Returned by DoFA at {when}: {comment}",
            when=moment_of(report.returned_at, "en"),
            when_vi=moment_of(report.returned_at, "vi"),
            comment=report.return_comment or "",
        )
    for entry in entries:
        entry_status = labels.label_of(EntryStatus, entry["status"], args.lang) or "—"
        say(
            f"  {entry['ref']:<9} {entry_status:<22} "
            f"{'' if entry['progress'] is None else str(entry['progress']) + '%'}"
        )
    return 0


def cmd_report_pdf(args: argparse.Namespace) -> int:
    station, report = _report_for_reading(args)
    out = Path(args.out)
    try:
        report_pdf.write_pdf(station.folder, report, out)
    except OSError as exc:
        raise storage_errors.explain_disk(exc, out.parent) or UserError(
            "could not write {path}: {error}", path=out, error=exc.strerror
        ) from exc
    say(str(out))
    return 0


def register_commands(commands) -> None:
    period_list = commands.add_parser("periods", help="reporting periods and due dates")
    period_list.add_argument("--json", action="store_true", help="print JSON")
    period_list.set_defaults(handler=cmd_periods)

    # format: a command's name
    report = commands.add_parser("report", help="this agency's periodic report").add_subparsers(
        dest="report_command", metavar="ACTION", required=True
    )
    edit = report.add_parser("edit", help="change one duty's entry")
    edit.add_argument("--period", required=True, help="period, e.g. 2026-H1 or 2026-Y")
    edit.add_argument("--duty", required=True, metavar="REF", help="duty reference, e.g. III.13.1")
    edit.add_argument("--status", choices=ENTRY_STATUSES, help="how far the duty has got")
    edit.add_argument("--progress", type=int, metavar="N", help="percent done, 0 to 100")
    edit.add_argument("--results", metavar="T", help="results achieved")
    edit.add_argument("--difficulties", metavar="T", help="difficulties met")
    edit.add_argument("--proposals", metavar="T", help="proposals")
    edit.add_argument(
        "--attach", action="append", metavar="FILE", help="an evidence file (may be repeated)"
    )
    edit.set_defaults(handler=cmd_report_edit)

    for name, handler, text in (("submit", cmd_report_submit, "send a draft to sign-off"),):
        sub = report.add_parser(name, help=text)
        sub.add_argument("--period", required=True)
        sub.set_defaults(handler=handler)

    sign = report.add_parser("sign", help="sign off (approver's password)")
    sign.add_argument("--period", required=True)
    sign.add_argument("--user", required=True, metavar="LOGIN_OR_NAME")
    esign_commands.add_token_arguments(sign, "also sign the PDF with the approver's token")
    sign.set_defaults(handler=cmd_report_sign)

    add_issue_parser(report, cmd_report_issue, "give a signed revision its number and date")
    issue = report.choices["issue"]
    esign_commands.add_token_arguments(
        issue, "also sign the PDF with the agency's token over the number and date"
    )
    issue.set_defaults(handler=cmd_report_issue_with_token)

    amend = report.add_parser("amend", help="start a new revision of a signed report")
    amend.add_argument("--period", required=True)
    amend.add_argument("--reason", required=True)
    amend.set_defaults(handler=cmd_report_amend)

    show = report.add_parser("show", help="show a report")
    show.add_argument("--period", required=True)
    show.add_argument("--agency", metavar="CODE")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=cmd_report_show)

    back = report.add_parser("return", help="send a received report back for revision (DoFA)")
    back.add_argument("--agency", required=True, metavar="CODE", help="the agency's code")
    back.add_argument("--period", required=True, help="period, e.g. 2026-H1 or 2026-Y")
    back.add_argument("--comment", required=True, metavar="T", help="what the agency should revise")
    back.set_defaults(handler=cmd_report_return)

    pdf = report.add_parser("pdf", help="the report in the Decree 30 layout")
    pdf.add_argument("--period", required=True)
    pdf.add_argument("--agency", metavar="CODE")
    pdf.add_argument("--out", required=True, metavar="FILE")
    pdf.set_defaults(handler=cmd_report_pdf)
