"""`halotki user add|list|passwd|remove`: staff accounts on this PC."""

from __future__ import annotations

from desktop import terminal
from desktop.cli.context import CliContext
from desktop.domain.accounts import normalize_username
from desktop.domain.roles import Role, role_label
from desktop.messages import Msg

MSG_ADDED = Msg("cli_user_added", "Akun ditambahkan: {name}", "Account added: {name}")
MSG_PASSWORD_CHANGED = Msg("cli_password_changed", "Kata sandi diubah: {name}",
                           "Password changed: {name}")
MSG_REMOVED = Msg("cli_user_removed", "Akun dihapus: {name}", "Account removed: {name}")
MSG_RELEASED = Msg("cli_user_cases_released",
                   "{count} kasus terbuka kini tanpa petugas penanganan: {numbers}",
                   "{count} open cases have no handling officer now: {numbers}")

ROLES = ", ".join(r.value for r in Role)


def add_parsers(sub) -> None:
    user = sub.add_parser("user", help="staff accounts").add_subparsers(
        dest="user_command", metavar="ACTION", required=True)
    p = user.add_parser("add", help="add a staff account (administrator)")
    p.add_argument("username")
    p.add_argument("--role", required=True, help=f"one of: {ROLES}")
    p.add_argument("--name", default="", metavar="FULLNAME", help="full name (default: the username)")
    p.add_argument("--new-password-stdin", action="store_true",
                   help="read the new account's password from one line of stdin")
    p.set_defaults(handler=run_add)

    p = user.add_parser("list", help="list the active staff accounts")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run_list)

    p = user.add_parser("passwd", help="change your own password, or reset another's (administrator)")
    p.add_argument("username")
    p.add_argument("--new-password-stdin", action="store_true",
                   help="read the new password from one line of stdin")
    p.set_defaults(handler=run_passwd)

    p = user.add_parser("remove", help="remove a staff account (administrator)")
    p.add_argument("username")
    p.set_defaults(handler=run_remove)


def run_add(ctx: CliContext, args) -> int:
    terminal.require_new_password_source(args.new_password_stdin)
    with ctx.core() as core:
        password = terminal.new_password(args.new_password_stdin, ctx.lang)
        core.accounts.add_user(args.username, args.name or args.username, args.role, password)
        ctx.say(MSG_ADDED, name=normalize_username(args.username))
    return 0


def run_list(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        users = core.accounts.list_users()
    if args.json:
        ctx.print(terminal.to_json(users))
        return 0
    rows = [(u["username"], role_label(u["role"], ctx.lang), u["full_name"]) for u in users]
    for line in terminal.render(rows, (20, 22, 0)):
        ctx.print(line)
    return 0


def run_passwd(ctx: CliContext, args) -> int:
    terminal.require_new_password_source(args.new_password_stdin)
    with ctx.core() as core:
        target = normalize_username(args.username)
        new = terminal.new_password(args.new_password_stdin, ctx.lang)
        if target == core.session.username:
            # Your own slot is re-wrapped with the password you just logged in with.
            core.accounts.change_own_password(ctx.login().password, new)
        else:
            core.accounts.reset_password(target, new)
        ctx.say(MSG_PASSWORD_CHANGED, name=target)
    return 0


def run_remove(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        released = core.accounts.remove_user(args.username)
        ctx.say(MSG_REMOVED, name=normalize_username(args.username))
        if released:
            ctx.say(MSG_RELEASED, count=len(released), numbers=", ".join(released))
    return 0
