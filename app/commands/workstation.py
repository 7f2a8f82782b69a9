"""backup create|restore: the whole workstation in one passphrase-encrypted file."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import secret, tell, workstation
from app.services.workstation import backup, profile


def _passphrase(confirm: bool) -> str:
    return secret(
        "PLANTRACKER_PASSPHRASE",
        "Passphrase of the workstation backup: ",
        "Cụm mật khẩu của bản sao lưu máy",
        confirm=confirm,
    )


def cmd_backup_create(args: argparse.Namespace) -> int:
    station = workstation(args)
    backup.refuse_shared()  # before asking for a passphrase it would not use
    summary = backup.create_backup(station, Path(args.out), _passphrase(confirm=True))
    size = f"{summary.size:,}"
    tell(
        args,
        "Backed up the workstation of {agency} ({count} files, {size} bytes) to {out}. "
        "Keep the passphrase apart from the file: nobody can open the backup without it.",
        agency=summary.agency,
        count=summary.file_count,
        size=size,
        size_vi=size.replace(",", "."),  # Vietnamese groups thousands with dots
        out=args.out,
    )
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    folder = profile.resolve_profile_dir(args.profile)
    station = backup.restore_backup(folder, Path(args.file), _passphrase(confirm=False))
    tell(
        args,
        "Restored the workstation of {agency} (consolidating workstation) into {folder}"
        if station.consolidating
        else "Restored the workstation of {agency} into {folder}",
        agency=station.agency_code,
        folder=folder,
    )
    return 0


def register_commands(commands) -> None:
    parser = commands.add_parser(
        "backup", help="the whole workstation in one passphrase-encrypted file"
    ).add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    create = parser.add_parser("create", help="back up this workstation")
    create.add_argument("--out", required=True, metavar="FILE")
    create.set_defaults(handler=cmd_backup_create)
    restore = parser.add_parser("restore", help="restore a backup into an empty profile folder")
    restore.add_argument("file", metavar="FILE")  # format: an argument's name
    restore.set_defaults(handler=cmd_backup_restore)
