"""agencies, duties, setup."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands import common
from app.commands.common import print_json, say, secret, tell
from app.services.catalogue import catalogue, register
from app.services.core import labels, storage_errors
from app.services.core.errors import UsageError, UserError
from app.services.core.vocabulary import AgencyKind, KeyStorage
from app.services.keys import keys, secrets
from app.services.workstation import profile


def _open_for_reading(args: argparse.Namespace, with_plans: bool = True) -> None:
    """A set-up profile if there is one, else the catalogue bundled with the app."""
    folder = profile.resolve_profile_dir(args.profile)
    if profile.is_set_up(folder):
        profile.open_profile(folder)
    else:
        profile.open_bundled_catalogue(with_plans)


def cmd_agencies(args: argparse.Namespace) -> int:
    _open_for_reading(args, with_plans=False)
    rows = register.agencies()
    if args.json:
        print_json([register.agency_json(a) for a in rows])
        return 0
    for agency in rows:
        name = agency.name_en if args.lang == "en" else agency.name_vi
        state = "" if agency.active else "  (retired)" if args.lang == "en" else "  (đã giải thể)"
        kind = labels.label_of(AgencyKind, agency.kind, args.lang)
        say(f"{agency.code:<12} {kind:<28} {name}{state}")
    return 0


def cmd_duties(args: argparse.Namespace) -> int:
    _open_for_reading(args)
    plan = catalogue.active_plan(args.plan)
    code = register.get(args.agency).code if args.agency else None
    rows = catalogue.duties(plan, code)
    if args.json:
        print_json([d.as_json() for d in rows])
        return 0
    for duty in rows:
        text = duty.text_en if args.lang == "en" else duty.text_vi
        say(f"{duty.ref:<9} {text[:100]}{'…' if len(text) > 100 else ''}")
    return 0


def cmd_setup(args: argparse.Namespace) -> int:
    if not args.agency and not args.kit and not args.database:
        raise UsageError("setup needs --agency CODE (or --kit FILE, or --database URL)")
    folder = profile.resolve_profile_dir(args.profile)
    if args.database and args.kit:
        raise UsageError(
            "a setup kit (--kit) is for an agency, which keeps its data on its own computer"
        )
    if args.database and not args.agency:
        return _join_office(args, folder)
    if args.kit:
        if not args.fingerprint:
            raise UsageError(
                "setup --kit needs --fingerprint FP: DoFA's key fingerprint, read out by DoFA"
            )
        return _setup_from_kit(args, folder, Path(args.kit))
    if profile.is_set_up(folder):
        raise UserError(
            "{folder} already holds a workstation profile; choose another folder", folder=folder
        )
    if args.database and not args.dofa:
        raise UsageError(
            "only the consolidating (DoFA) workstation keeps its data on a database server; "
            "add --dofa, or leave out --database for an agency"
        )
    passphrase = _office_passphrase(confirm=True) if args.database else _new_key_passphrase()
    office = None
    if args.dofa:  # all or nothing, its follow-up and escrow key included
        office = profile.create_consolidating_profile(
            folder, args.agency, passphrase, args.plan, database_url=args.database
        )
        station = office.workstation
    else:
        station = profile.create_profile(
            folder, args.agency, False, passphrase, database_url=args.database
        )
    agency = station.agency
    tell(
        args,
        "Set up {folder} for {agency} {name} (consolidating workstation)"
        if station.consolidating
        else "Set up {folder} for {agency} {name}",
        folder=folder,
        agency=agency.code,
        name=register.english_name(agency),
        name_vi=agency.name_vi,
    )
    if args.database:
        tell(
            args,
            "The office's data and DoFA's keys (sealed with DoFA's passphrase) are in {server}; "
            "other officers join it with `plantracker setup --database URL`.",
            server=storage_errors.server_name(args.database),
        )
    elif passphrase:
        tell(args, "No OS secret store was found: the keys are in a passphrase-protected file.")
    if office is not None:
        tell(
            args,
            "Periods are followed up from {first} on (earlier ones: `track --from ID`).",
            first=office.first_period,
        )
        say("")
        tell(
            args,
            "ESCROW KEY — shown once. Print it or write it down and keep it in the office safe:",
        )
        say(f"    {office.escrow_identity}")
        tell(
            args,
            "With it alone, every bundle sent to this workstation can be opened with the stock\n"
            "`age` tool if this workstation and its backups are lost.",
        )
    return 0


def _office_passphrase(confirm: bool) -> str | None:
    return secret(
        "PLANTRACKER_PASSPHRASE",
        "DoFA's key passphrase: ",
        "cụm mật khẩu khóa của Sở Ngoại vụ",
        confirm=confirm,
    )


def _join_office(args: argparse.Namespace, folder: Path) -> int:
    from app.services.workstation import office_setup

    station = office_setup.join_office(folder, args.database, _office_passphrase(confirm=False))
    tell(
        args,
        "Set up {folder} for {agency} {name} (consolidating workstation), sharing the office's "
        "data in {server}",
        folder=folder,
        agency=station.agency.code,
        name=register.english_name(station.agency),
        name_vi=station.agency.name_vi,
        server=storage_errors.server_name(args.database),
    )
    return 0


def _new_key_passphrase() -> str | None:
    if secrets.available():
        return None
    english = (
        "This computer has no OS secret store: the keys will be kept in a file protected by a "
        "passphrase (at least 10 characters). Nobody can recover a lost passphrase."
    )
    vietnamese = (
        "Máy này không có kho bí mật của hệ điều hành: khóa sẽ được giữ trong tệp bảo vệ bằng "
        "cụm mật khẩu (ít nhất 10 ký tự). Không ai khôi phục được cụm mật khẩu đã mất."
    )
    print(vietnamese if common.terminal_language == "vi" else english, file=sys.stderr)
    return secret(
        "PLANTRACKER_PASSPHRASE",
        "Passphrase for the signing key file: ",
        "Cụm mật khẩu của tệp khóa ký",
        confirm=True,
    )


def _setup_from_kit(args: argparse.Namespace, folder: Path, kit_file: Path) -> int:
    existing = profile.is_set_up(folder)
    passphrase = None
    if existing:
        with profile.open_profile(folder):  # closed again: the kit's set-up opens it
            file_storage = keys.storage() == KeyStorage.FILE
        if file_storage:
            passphrase = secret(
                "PLANTRACKER_PASSPHRASE",
                "Passphrase of the key file: ",
                "cụm mật khẩu của tệp khóa",
            )
    else:
        passphrase = _new_key_passphrase()
    from app.services.exchange import trust  # signing and tokens: loaded for set-up only

    station = trust.setup_from_kit(folder, kit_file, args.fingerprint, passphrase)
    dofa = trust.require_dofa()
    tell(
        args,
        "Adopted the kit in {folder} for {agency} {name}, bound to {dofa} (key {fingerprint})"
        if existing
        else "Set up {folder} for {agency} {name}, bound to {dofa} (key {fingerprint})",
        folder=folder,
        agency=station.agency_code,
        name=register.english_name(station.agency),
        name_vi=station.agency.name_vi,
        dofa=dofa["dofa_agency"],
        fingerprint=dofa["dofa_fingerprint"],
    )
    tell(
        args,
        "This workstation's key fingerprint: {fingerprint}",
        fingerprint=keys.current_key(station.agency).fingerprint,
    )
    return 0


def register_commands(commands) -> None:
    agencies = commands.add_parser("agencies", help="list the agency register")
    agencies.add_argument("--json", action="store_true", help="print JSON")
    agencies.set_defaults(handler=cmd_agencies)

    duties = commands.add_parser("duties", help="list the plan's duties")
    duties.add_argument("--json", action="store_true", help="print JSON")
    duties.add_argument("--agency", metavar="CODE", help="only where CODE is lead or coordinating")
    duties.set_defaults(handler=cmd_duties)

    setup = commands.add_parser("setup", help="create a workstation profile")
    setup.add_argument("--agency", metavar="CODE", help="the agency this workstation serves")
    setup.add_argument("--dofa", action="store_true", help="the consolidating workstation")
    setup.add_argument("--kit", metavar="FILE", help="a setup kit signed by DoFA")
    setup.add_argument(
        "--fingerprint",
        metavar="FP",
        help="with --kit: DoFA's key fingerprint, read out by DoFA (plantracker keys show)",
    )
    setup.add_argument(
        "--database",
        metavar="URL",
        help="postgresql://USER@SERVER/DATABASE: with --agency CODE --dofa, create the office's "
        "database there; alone, join it from this computer (DoFA's passphrase in "
        "PLANTRACKER_PASSPHRASE)",
    )
    setup.set_defaults(handler=cmd_setup)
