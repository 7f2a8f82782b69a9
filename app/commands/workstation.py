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
    size_vi = f"{summary.size:,}".replace(",", ".")  # Vietnamese groups thousands with dots
    tell(
        args,
        f"Backed up the workstation of {summary.agency} ({summary.file_count} files, "
        f"{summary.size:,} bytes) to {args.out}. Keep the passphrase apart from the file: "
        "nobody can open the backup without it.",
        f"Đã sao lưu máy của {summary.agency} ({summary.file_count} tệp, "
        f"{size_vi} byte) vào {args.out}. Hãy giữ cụm mật khẩu tách riêng khỏi tệp: "
        "không ai mở được bản sao lưu nếu thiếu nó.",
    )
    return 0


def cmd_backup_restore(args: argparse.Namespace) -> int:
    folder = profile.resolve_profile_dir(args.profile)
    station = backup.restore_backup(folder, Path(args.file), _passphrase(confirm=False))
    role_en = " (consolidating workstation)" if station.consolidating else ""
    role_vi = " (máy tổng hợp)" if station.consolidating else ""
    tell(
        args,
        f"Restored the workstation of {station.agency_code}{role_en} into {folder}",
        f"Đã khôi phục máy của {station.agency_code}{role_vi} vào {folder}",
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
