"""kit export, enroll export|import, keys show, bundle export|import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import print_json, say, secret, tell, workstation
from app.commands.language import words as cli_words
from app.services.catalogue import register
from app.services.core.vocabulary import ImportStatus, ReportOutcome
from app.services.exchange import bundle_export, bundle_import, replies, trust
from app.services.keys import age_passphrase, key_files, key_lifecycle, keys


def _passphrase() -> str | None:
    """Only a workstation without an OS secret store keeps its keys in a file."""
    if not keys.asks_passphrase():
        return None
    return secret(
        "PLANTRACKER_PASSPHRASE", "Passphrase of the key file: ", "cụm mật khẩu của tệp khóa"
    )


def cmd_kit_export(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    kit = trust.export_kit(station, args.agency, Path(args.out), _passphrase())
    tell(
        args,
        "Setup kit for {agency} written to {out}\nDoFA key fingerprint: {fingerprint}",
        agency=kit["agency"],
        out=args.out,
        fingerprint=kit["dofa"]["fingerprint"],
    )
    return 0


def cmd_enroll_export(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=False)
    body = trust.export_enrolment(station, Path(args.out), _passphrase())
    tell(
        args,
        "Enrolment file written to {out}\nRead this fingerprint to DoFA by phone: {fingerprint}",
        out=args.out,
        fingerprint=body["fingerprint"],
    )
    return 0


def cmd_enroll_import(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    record = trust.import_enrolment(station, Path(args.file), args.fingerprint, args.replace)
    tell(
        args,
        "Enrolled {agency} {name} with key {fingerprint}",
        agency=record.agency.code,
        name=register.english_name(record.agency),
        name_vi=record.agency.name_vi,
        fingerprint=record.fingerprint,
    )
    return 0


def cmd_keys_show(args: argparse.Namespace) -> int:
    station = workstation(args)
    key = keys.current_key(station.agency)
    data = {
        "agency": station.agency_code,
        "fingerprint": key.fingerprint,
        "signing_public_key_pem": key.public_key_pem,
        "age_recipient": keys.age_recipient(keys.DECRYPTION),
    }
    if args.json:
        print_json(data)
    else:
        tell(
            args,
            "{agency}  signing key {fingerprint}\nencryption key (age) {recipient}",
            agency=data["agency"],
            fingerprint=data["fingerprint"],
            recipient=data["age_recipient"],
        )
    return 0


def cmd_keys_export_identity(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    identity = keys.load_age_identity(station.folder, keys.DECRYPTION, _passphrase())
    text = (
        f"# Plan Tracker: decryption identity of {station.agency_code}\n"
        f"# public key: {keys.age_recipient(keys.DECRYPTION)}\n{identity}\n"
    ).encode("ascii")
    out = Path(args.out)
    if args.plaintext:
        data = text
    else:
        secret_text = secret(
            "PLANTRACKER_PASSPHRASE", "Passphrase to protect the file: ", "cụm mật khẩu bảo vệ tệp"
        )
        data = age_passphrase.encrypt(text, secret_text)
    key_files.write_private_file(out, data)
    if args.plaintext:
        print(
            "plantracker: "
            + (
                "cảnh báo: tệp này chứa khóa giải mã ở dạng không mã hóa; "
                "hãy cất giữ an toàn và xóa khi không cần"
                if args.lang == "vi"
                else "warning: this file holds the decryption key unprotected; keep it safe and "
                "delete it when done"
            ),
            file=sys.stderr,
        )
    say(str(out))
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=False)
    record = key_lifecycle.rotate(station, _passphrase())
    tell(
        args,
        "New signing key {fingerprint}; the old key vouches for it in the next bundle",
        fingerprint=record.fingerprint,
    )
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    revoked = key_lifecycle.revoke(station, args.agency)
    tell(
        args,
        "Revoked {fingerprints}; bundles signed with it from now on are rejected, reports "
        "received earlier stay as they are",
        fingerprints=", ".join(r.fingerprint for r in revoked),
    )
    return 0


def _backup_passphrase() -> str:
    return secret(
        "PLANTRACKER_PASSPHRASE",
        "Passphrase of the key backup: ",
        "cụm mật khẩu của bản sao lưu khóa",
    )


def cmd_keys_backup(args: argparse.Namespace) -> int:
    station = workstation(args)
    backup_passphrase = _backup_passphrase()
    key_passphrase = backup_passphrase if keys.asks_passphrase() else None
    key_lifecycle.backup(station, Path(args.out), backup_passphrase, key_passphrase)
    tell(
        args,
        "Keys backed up to {out}. Without its passphrase nobody can open it, us included:"
        " keep the passphrase apart from the file.",
        out=args.out,
    )
    return 0


def cmd_keys_restore(args: argparse.Namespace) -> int:
    station = workstation(args)
    backup_passphrase = _backup_passphrase()
    key_passphrase = backup_passphrase if keys.asks_passphrase() else None
    content = key_lifecycle.restore(station, Path(args.file), backup_passphrase, key_passphrase)
    tell(
        args,
        "Restored the keys of {agency} (signing key {fingerprint}) from {file}",
        agency=content["agency"],
        fingerprint=content["signing_fingerprint"],
        file=args.file,
    )
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=False)
    sent, path = bundle_export.export_bundle(station, Path(args.out), _passphrase())
    say(str(path))
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    station = workstation(args)
    paths = [Path(f) for f in args.files]
    if station.consolidating:
        results = bundle_import.import_bundles(station, paths, args.dry_run, _passphrase())
    else:
        passphrase = _passphrase()
        results = [replies.import_reply(station, p, passphrase, args.dry_run) for p in paths]
    if args.json:
        print_json([r.as_json() for r in results])
    else:
        if args.dry_run:
            tell(args, "Dry run: nothing was written. What importing would do:")
        lang = args.lang
        for result in results:
            reason = (result.message_vi if lang == "vi" else None) or result.reason
            if lang == "vi" and result.status == ImportStatus.ALREADY_IMPORTED:
                reason = None  # the status's words say it; the English reason would follow them
            status = cli_words.domain_word(ImportStatus, result.status, lang)
            say(f"{result.file}: {status}" + (f" — {reason}" if reason else ""))
            for report in result.reports:
                outcome = cli_words.domain_word(ReportOutcome, report.outcome, lang)
                revision = f"lần {report.revision}" if lang == "vi" else f"r{report.revision}"
                say(f"  {report.period} {revision}: {outcome}")
                for change in report.changes:
                    say("    " + cli_words.change_line(change, lang))
    failed = any(r.status in (ImportStatus.REJECTED, ImportStatus.CONFLICT) for r in results)
    return 1 if failed else 0


def cmd_report_return(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    report = replies.return_report(station, args.agency, args.period, args.comment)
    tell(
        args,
        "{agency} {period} revision {revision} returned for revision; it goes back with the "
        "next reply file",
        agency=report.agency.code,
        period=report.period_id,
        revision=report.revision,
    )
    return 0


def cmd_reply_export(args: argparse.Namespace) -> int:
    station = workstation(args, consolidating=True)
    _, path = replies.export_reply(station, args.agency, Path(args.out), _passphrase())
    say(str(path))
    return 0


def register_commands(commands) -> None:
    reply = commands.add_parser("reply", help="DoFA's reply files").add_subparsers(
        dest="reply_command", metavar="ACTION", required=True
    )
    reply_export = reply.add_parser("export", help="receipts, returns and updates for an agency")
    reply_export.add_argument("--agency", required=True, metavar="CODE")
    reply_export.add_argument("--out", required=True, metavar="FILE")
    reply_export.set_defaults(handler=cmd_reply_export)

    kit = commands.add_parser("kit", help="setup kits (DoFA)").add_subparsers(
        dest="kit_command", metavar="ACTION", required=True
    )
    kit_export = kit.add_parser("export", help="a signed setup kit for an agency")
    kit_export.add_argument("--agency", required=True, metavar="CODE")
    kit_export.add_argument("--out", required=True, metavar="FILE")
    kit_export.set_defaults(handler=cmd_kit_export)

    enroll = commands.add_parser("enroll", help="enrolment of an agency's key").add_subparsers(
        dest="enroll_command", metavar="ACTION", required=True
    )
    enroll_export = enroll.add_parser("export", help="this agency's public keys, for DoFA")
    enroll_export.add_argument("--out", required=True, metavar="FILE")
    enroll_export.set_defaults(handler=cmd_enroll_export)
    enroll_import = enroll.add_parser("import", help="trust an agency's key (DoFA)")
    enroll_import.add_argument("file", metavar="FILE")  # format: an argument's name
    enroll_import.add_argument("--fingerprint", required=True, metavar="FP")
    enroll_import.add_argument(
        "--replace",
        action="store_true",
        help="approve replacing the agency's trusted key (a lost machine enrolled again)",
    )
    enroll_import.set_defaults(handler=cmd_enroll_import)

    keys_parser = commands.add_parser("keys", help="this workstation's keys").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True
    )
    show = keys_parser.add_parser("show", help="public keys and fingerprint")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=cmd_keys_show)

    rotate = keys_parser.add_parser("rotate", help="a new signing key, vouched for by the old")
    rotate.set_defaults(handler=cmd_keys_rotate)
    revoke = keys_parser.add_parser("revoke", help="stop trusting an agency's key (DoFA)")
    revoke.add_argument("--agency", required=True, metavar="CODE")
    revoke.set_defaults(handler=cmd_keys_revoke)
    backup = keys_parser.add_parser("backup", help="all keys to one passphrase-protected file")
    backup.add_argument("--out", required=True, metavar="FILE")
    backup.set_defaults(handler=cmd_keys_backup)
    restore = keys_parser.add_parser("restore", help="keys from a backup file")
    restore.add_argument("file", metavar="FILE")  # format: an argument's name
    restore.set_defaults(handler=cmd_keys_restore)

    identity = keys_parser.add_parser(
        "export-identity", help="DoFA's decryption identity, for the stock age tool"
    )
    identity.add_argument("--out", required=True, metavar="FILE")
    identity.add_argument(
        "--plaintext",
        action="store_true",
        help="an unprotected `age -d -i` identity file (keep it safe)",
    )
    identity.set_defaults(handler=cmd_keys_export_identity)

    # format: a command's name
    bundle = commands.add_parser("bundle", help="exchange files").add_subparsers(
        dest="bundle_command", metavar="ACTION", required=True
    )
    export = bundle.add_parser("export", help="signed revisions not yet acknowledged")
    export.add_argument("--out", required=True, metavar="PATH", help="a file or a folder")
    export.set_defaults(handler=cmd_bundle_export)
    imp = bundle.add_parser("import", help="import bundles (DoFA)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="show what would change")
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(handler=cmd_bundle_import)
