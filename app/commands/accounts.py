"""user add|reset-password: the workstation's local accounts."""

from __future__ import annotations

import argparse

from app.commands.common import secret, tell, workstation
from app.models.user import ROLES
from app.services.accounts import users
from app.services.core import labels
from app.services.core.vocabulary import UserRole


def cmd_user_add(args: argparse.Namespace) -> int:
    station = workstation(args)
    password = secret(
        "PLANTRACKER_PASSWORD", f"Password for {args.name}: ", f"Mật khẩu của {args.name}"
    )
    approver_password = None
    if users.has_accounts():
        approver_password = secret(
            "PLANTRACKER_ADMIN_PASSWORD", "An approver's password: ", "Mật khẩu của người phê duyệt"
        )
    account = users.add(
        station, args.name, args.position, args.role, password, args.login, approver_password
    )
    tell(
        args,
        "Added {login} ({name}, {position}, {role})",
        login=account.login,
        name=account.full_name,
        position=account.position,
        role=account.role,
        role_vi=labels.label_of(UserRole, account.role).lower(),
    )
    return 0


def cmd_user_reset_password(args: argparse.Namespace) -> int:
    station = workstation(args)
    approver_password = secret(
        "PLANTRACKER_ADMIN_PASSWORD", "An approver's password: ", "Mật khẩu của người phê duyệt"
    )
    password = secret(
        "PLANTRACKER_PASSWORD",
        f"New password for {args.login}: ",
        f"Mật khẩu mới của {args.login}",
        confirm=True,
    )
    account = users.reset_password(station, args.login, password, approver_password)
    tell(
        args,
        "Set a new password for {login} ({name})",
        login=account.login,
        name=account.full_name,
    )
    return 0


def register_commands(commands) -> None:
    user = commands.add_parser("user", help="local accounts").add_subparsers(
        dest="user_command", metavar="ACTION", required=True
    )
    add = user.add_parser("add", help="add an account")
    add.add_argument("--name", required=True, help="full name, as printed under a signature")
    add.add_argument("--position", required=True, help="position, e.g. Phó Giám đốc")
    add.add_argument(
        "--role", required=True, choices=ROLES, help="what the account may do (the first: approver)"
    )
    add.add_argument("--login", help="sign-in name (default: made from the full name)")
    add.set_defaults(handler=cmd_user_add)
    reset = user.add_parser("reset-password", help="an approver sets a colleague's new password")
    reset.add_argument("--login", required=True, metavar="L", help="the colleague's sign-in name")
    reset.set_defaults(handler=cmd_user_reset_password)
