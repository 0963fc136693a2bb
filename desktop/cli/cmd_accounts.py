"""`halotki init` and `halotki user ...`."""

from __future__ import annotations

import json

from desktop.cli import credentials
from desktop.cli.context import CliContext
from desktop.domain.roles import role_label
from desktop.services.startup import InitRequest, initialize


def add_parsers(sub) -> None:
    p = sub.add_parser("init", help="set up this PC: office, first administrator")
    p.add_argument("--office", required=True, help="office code, e.g. SBY")
    p.add_argument("--admin", required=True, help="username of the first administrator")
    p.add_argument("--admin-name", default="", help="full name of the administrator")
    p.add_argument("--office-name", default="")
    p.add_argument("--device-label", default="")
    p.add_argument("--device-letter", default="A", help="letter in case numbers (default A)")
    p.add_argument("--new-password-stdin", action="store_true")
    p.set_defaults(func=cmd_init)

    user = sub.add_parser("user", help="staff accounts").add_subparsers(dest="user_cmd", required=True)
    p = user.add_parser("add", help="add a staff account (administrator)")
    p.add_argument("username")
    p.add_argument("--role", required=True, help="front_office, case_officer, supervisor or admin")
    p.add_argument("--name", default="", help="full name")
    p.add_argument("--new-password-stdin", action="store_true")
    p.set_defaults(func=cmd_user_add)
    p = user.add_parser("list", help="list staff accounts")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_user_list)
    p = user.add_parser("passwd", help="change your password or reset another's (administrator)")
    p.add_argument("username")
    p.add_argument("--new-password-stdin", action="store_true")
    p.set_defaults(func=cmd_user_passwd)
    p = user.add_parser("remove", help="remove a staff account (administrator)")
    p.add_argument("username")
    p.set_defaults(func=cmd_user_remove)


def cmd_init(ctx: CliContext, args) -> int:
    password = credentials.new_password(args.new_password_stdin, ctx.lang)
    core = initialize(ctx.paths, InitRequest(
        office_code=args.office, admin_username=args.admin, admin_full_name=args.admin_name,
        password=password, office_name=args.office_name, device_label=args.device_label,
        device_letter=args.device_letter), ctx.kdf)
    try:
        office = core.office
        ctx.print(ctx.t("Siap", "Ready") + f": {office.code} — {office.name}; "
                  + ctx.t("perangkat", "device") + f" {office.device_label} ({office.device_letter}); "
                  + ctx.t("administrator", "administrator") + f" {core.session.username}")
    finally:
        core.close()
    return 0


def cmd_user_add(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        password = credentials.new_password(args.new_password_stdin, ctx.lang)
        core.accounts.add_user(args.username, args.name or args.username, args.role, password)
        ctx.print(ctx.t("Akun ditambahkan", "Account added") + f": {args.username.strip().lower()}")
    return 0


def cmd_user_list(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        users = core.accounts.list_users()
    if args.json:
        ctx.print(json.dumps(users, ensure_ascii=False, indent=1))
        return 0
    for u in users:
        ctx.print(f"{u['username']:<20} {role_label(u['role'], ctx.lang):<22} {u['full_name']}")
    return 0


def cmd_user_passwd(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        target = args.username.strip().lower()
        if target == core.session.username:
            old = credentials.password(ctx.lang)
            new = credentials.new_password(args.new_password_stdin, ctx.lang)
            core.accounts.change_own_password(old, new)
        else:
            new = credentials.new_password(args.new_password_stdin, ctx.lang)
            core.accounts.reset_password(target, new)
        ctx.print(ctx.t("Kata sandi diubah", "Password changed") + f": {target}")
    return 0


def cmd_user_remove(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        core.accounts.remove_user(args.username)
        ctx.print(ctx.t("Akun dihapus", "Account removed") + f": {args.username.strip().lower()}")
    return 0
