"""`halotki enrol`: set up this PC as a device of the central server (office from the code)."""

from __future__ import annotations

import secrets
from dataclasses import replace

from desktop.cli import credentials
from desktop.cli.context import CliContext
from desktop.cli.setup_cmds import MSG_DATA_FOLDER
from desktop.messages import HaloError, Msg
from desktop.session import enrol_existing, enrolment
from desktop.session.enrolment import EnrolRequest
from desktop.session.setup import SetupState, setup_state
from desktop.store.errors import StoreExists, StoreNotInitialized

# Stands in for the password while the other fields are checked: the password is asked for
# only when everything else is right.
_PLACEHOLDER = "placeholder-" + secrets.token_urlsafe(12)  # passes every password rule

MSG_ENROLLED = Msg(
    "cli_enrolled",
    "Terdaftar: {office} — {name}; perangkat {label} ({letter}); administrator {admin}",
    "Enrolled: {office} — {name}; device {label} ({letter}); administrator {admin}")
MSG_SERVER = Msg("cli_central_server", "Server pusat: {url}", "Central server: {url}")
MSG_ADMIN_REQUIRED = Msg(
    "cli_enrol_admin_required",
    "Sebutkan administrator pertama komputer ini dengan --admin (atau --existing untuk "
    "mendaftarkan komputer yang sudah berisi data).",
    "Name this PC's first administrator with --admin (or use --existing to enrol a PC that "
    "already holds data).")
MSG_ENROLLED_EXISTING = Msg(
    "cli_enrolled_existing",
    "Terdaftar: {office} — {name}; perangkat {label} ({letter}); {cases} kasus tetap dengan "
    "nomornya dan dikirim pada sinkronisasi berikutnya (halotki sync)",
    "Enrolled: {office} — {name}; device {label} ({letter}); {cases} cases keep their numbers "
    "and are sent at the next sync (halotki sync)")


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "enrol", aliases=["enroll"],
        help="set up this PC with the central server: enrolment code, first administrator",
        description="Enrol this PC with the central server and create its encrypted data. The "
        "office and the PC's letter come from the server (the code was issued for one office). "
        "With --existing, a PC already set up on its own is enrolled as it is. "
        "The administrator's password comes from --new-password-stdin, else HALOTKI_PASSWORD, "
        "else it is asked for twice on the terminal.")
    p.add_argument("--server", required=True, metavar="URL",
                   help="the central server, https://... (http:// only to this machine)")
    p.add_argument("--code", required=True, metavar="CODE",
                   help="the one-time enrolment code from central, e.g. 7K3M-Q9XD-2HPA")
    p.add_argument("--existing", action="store_true",
                   help="enrol this PC as it is, keeping its data and cases (a PC set up with "
                   "'halotki init'): log in as its administrator (--user, HALOTKI_USER); the "
                   "server keeps the PC's letter, or refuses with the reason if its case "
                   "numbers could collide with another PC's")
    p.add_argument("--admin", metavar="USERNAME",
                   help="username of this PC's first administrator (not with --existing)")
    p.add_argument("--admin-name", default="", metavar="FULLNAME",
                   help="full name of the administrator (default: the username)")
    p.add_argument("--device-label", default="", metavar="LABEL",
                   help="name of this PC, e.g. PC-Loket (default: PC-1)")
    p.add_argument("--new-password-stdin", action="store_true",
                   help="read the administrator's password from one line of stdin")
    p.set_defaults(handler=run_enrol)


def run_enrol(ctx: CliContext, args) -> int:
    if args.existing:
        return run_enrol_existing(ctx, args)
    if not args.admin:
        raise HaloError(MSG_ADMIN_REQUIRED, field="admin")
    # Refuse before asking for a password, and before the code is spent on the server.
    if ctx.paths.root.is_dir() and setup_state(ctx.paths) is not SetupState.NEW:
        raise StoreExists(ctx.paths.root)
    req = EnrolRequest(server_url=args.server, code=args.code, admin_username=args.admin,
                       admin_full_name=args.admin_name or args.admin, password="",
                       device_label=args.device_label)
    found = enrolment.problems(replace(req, password=_PLACEHOLDER))
    if found:
        raise found[0]
    req.password = credentials.admin_password(args.new_password_stdin, ctx.lang)
    core = enrolment.enrol(ctx.paths, req, ctx.kdf)
    try:
        office = core.office
        ctx.say(MSG_ENROLLED, office=office.code, name=office.name, label=office.device_label,
                letter=office.device_letter, admin=core.session.username)
        ctx.say(MSG_SERVER, url=req.server_url.strip())
        ctx.say(MSG_DATA_FOLDER, path=ctx.paths.root)
    finally:
        core.close()
    return 0


def run_enrol_existing(ctx: CliContext, args) -> int:
    """A PC set up locally: its administrator logs in; nothing is asked of the server until
    the store's own checks pass (not enrolled yet, every case numbered as this PC does)."""
    if not ctx.paths.root.is_dir() or setup_state(ctx.paths) is SetupState.NEW:
        raise StoreNotInitialized()
    req = enrol_existing.ExistingRequest(server_url=args.server, code=args.code,
                                         device_label=args.device_label)
    found = enrol_existing.problems(req)
    if found:
        raise found[0]
    with ctx.core() as core:
        claim = enrol_existing.prepare(core, req)
        reg = enrol_existing.register(req, claim)
        enrol_existing.adopt(core, claim, reg)
        office = core.office
        ctx.say(MSG_ENROLLED_EXISTING, office=office.code, name=office.name, label=reg.label,
                letter=reg.enrolment.device_letter, cases=claim.cases)
    ctx.say(MSG_SERVER, url=req.server_url.strip())
    return 0
