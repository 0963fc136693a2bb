"""`halotki init`: set up this PC with its office and first administrator."""

from __future__ import annotations

from desktop import terminal
from desktop.cli.context import CliContext
from desktop.messages import Msg
from desktop.session.setup import InitRequest, SetupState, initialize, setup_state
from desktop.store.errors import StoreExists

MSG_READY = Msg("cli_init_ready",
                "Siap: {office} — {name}; perangkat {label} ({letter}); administrator {admin}",
                "Ready: {office} — {name}; device {label} ({letter}); administrator {admin}")
MSG_DATA_FOLDER = Msg("cli_data_folder", "Folder data: {path}", "Data folder: {path}")


def add_parsers(sub) -> None:
    p = sub.add_parser("init", help="set up this PC: office, device and first administrator")
    p.add_argument("--office", required=True, metavar="CODE", help="office code, e.g. SBY")
    p.add_argument("--admin", required=True, metavar="USERNAME",
                   help="username of the first administrator")
    p.add_argument("--admin-name", default="", metavar="FULLNAME",
                   help="full name of the administrator (default: the username)")
    p.add_argument("--office-name", default="", metavar="NAME",
                   help="office name (default: from the office list)")
    p.add_argument("--device-label", default="", metavar="LABEL",
                   help="name of this PC, e.g. PC-Loket (default: PC-1)")
    p.add_argument("--device-letter", default="A", metavar="X",
                   help="letter of this PC in case numbers (default: A)")
    p.add_argument("--new-password-stdin", action="store_true",
                   help="read the administrator's password from one line of stdin")
    p.set_defaults(handler=run_init)


def run_init(ctx: CliContext, args) -> int:
    # Refuse before asking for a password that could not be used anyway.
    if ctx.paths.root.is_dir() and setup_state(ctx.paths) is not SetupState.NEW:
        raise StoreExists(ctx.paths.root)
    password = terminal.new_password(args.new_password_stdin, ctx.lang)
    core = initialize(ctx.paths, InitRequest(
        office_code=args.office, admin_username=args.admin, admin_full_name=args.admin_name,
        password=password, office_name=args.office_name, device_label=args.device_label,
        device_letter=args.device_letter), ctx.kdf)
    try:
        office = core.office
        ctx.say(MSG_READY, office=office.code, name=office.name, label=office.device_label,
                letter=office.device_letter, admin=core.session.username)
        ctx.say(MSG_DATA_FOLDER, path=ctx.paths.root)
    finally:
        core.close()
    return 0
