"""Central administration: enrolment codes, devices (and what a lost one held), staff
accounts, offices."""

from __future__ import annotations

import sys
from datetime import timedelta

from desktop.terminal import new_password, render, to_json
from sync.server.cli import device_held
from sync.server.cli.opening import with_ctx
from sync.server.context import ServerContext
from sync.server.services import (
    devices,
    enrolment,
    offices,
    staff,
)
from sync.server.services.actor import cli_actor

ROLES = ("front_office", "case_officer", "supervisor", "admin")


def add_parsers(sub) -> None:
    e = sub.add_parser("enrol", aliases=["enroll"],
                       help="print a one-time enrolment code for an office's PC")
    e.add_argument("--office", required=True, metavar="CODE")
    e.set_defaults(handler=with_ctx(enrol))

    d = sub.add_parser("device", help="enrolled devices").add_subparsers(
        dest="device_command", metavar="ACTION", required=True)
    dl = d.add_parser("list", help="list devices")
    dl.add_argument("--office", metavar="CODE")
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(handler=with_ctx(device_list))
    dr = d.add_parser("revoke", help="revoke a device's credential (it gets 401 from now on) "
                      "and erase its escrowed unlock key")
    dr.add_argument("device_id")
    dr.add_argument("--reason", required=True, help="shown to the device's users")
    dr.set_defaults(handler=with_ctx(device_revoke))
    dh = d.add_parser("held", help="what a PC held at its last contact: the cases, the "
                      "persons in them, the information requests (for a breach notice)")
    dh.add_argument("device", metavar="DEVICE", help="device id, or office and letter (SBY-A)")
    dh.add_argument("--format", choices=device_held.HELD_FORMATS, default="text")
    dh.add_argument("--output", metavar="FILE",
                    help="write the list to FILE (mode 0600) instead of standard output")
    dh.set_defaults(handler=with_ctx(device_held.device_held))

    u = sub.add_parser("user", help="central staff accounts").add_subparsers(
        dest="user_command", metavar="ACTION", required=True)
    ua = u.add_parser("add", help="create a central account (first login on a PC needs it online)")
    ua.add_argument("username")
    ua.add_argument("--office", required=True, metavar="CODE")
    ua.add_argument("--role", required=True, choices=ROLES)
    ua.add_argument("--full-name", required=True)
    ua.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    ua.set_defaults(handler=with_ctx(user_add))
    ul = u.add_parser("list", help="list accounts")
    ul.add_argument("--office", metavar="CODE")
    ul.add_argument("--json", action="store_true")
    ul.set_defaults(handler=with_ctx(user_list))
    up = u.add_parser("passwd", help="set a new password")
    up.add_argument("username")
    up.add_argument("--password-stdin", action="store_true")
    up.set_defaults(handler=with_ctx(user_passwd))
    ud = u.add_parser("deactivate", help="deactivate an account (no more central logins)")
    ud.add_argument("username")
    ud.set_defaults(handler=with_ctx(user_deactivate))

    o = sub.add_parser("office", help="offices").add_subparsers(
        dest="office_command", metavar="ACTION", required=True)
    ol = o.add_parser("list", help="list offices")
    ol.add_argument("--json", action="store_true")
    ol.set_defaults(handler=with_ctx(office_list))
    oa = o.add_parser("add", help="add an office")
    oa.add_argument("code")
    oa.add_argument("--name", required=True)
    oa.add_argument("--tz", required=True, choices=("WIB", "WITA", "WIT"))
    oa.set_defaults(handler=with_ctx(office_add))


def _actor(ctx: ServerContext):
    with ctx.db.read() as conn:
        return cli_actor(offices.national_code(conn))


def enrol(ctx: ServerContext, args) -> int:
    ttl = timedelta(seconds=ctx.settings.enrol_code_ttl_s)
    with ctx.db.write() as conn:
        issued = enrolment.issue(conn, _actor(ctx), ctx.now(), args.office, ttl)
    print(issued.code)
    print(f"office {issued.office_code}; single use; "
          f"expires {issued.expires_at:%Y-%m-%d %H:%M} UTC",
          file=sys.stderr)
    return 0


def _stamp(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else "-"


def device_list(ctx: ServerContext, args) -> int:
    with ctx.db.read() as conn:
        rows = devices.list_devices(conn, offices.check_code(args.office) if args.office else None)
    if args.json:
        print(to_json([{
            "device_id": r["id"], "office_code": r["office_code"], "label": r["label"],
            "device_letter": r["device_letter"], "enrolled_at": _iso(r["enrolled_at"]),
            "last_seen_at": _iso(r["last_seen_at"]), "revoked_at": _iso(r["revoked_at"]),
            "revoked_reason": r["revoked_reason"]} for r in rows]))
        return 0
    lines = render([(r["id"], r["office_code"], r["device_letter"], _stamp(r["enrolled_at"]),
                     _stamp(r["last_seen_at"]), "revoked" if r["revoked_at"] else "active",
                     r["label"]) for r in rows], (32, 5, 1, 16, 16, 7, 0))
    print("\n".join(lines) if lines else "(no devices)")
    return 0


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def device_revoke(ctx: ServerContext, args) -> int:
    with ctx.db.write() as conn:
        row = devices.revoke(conn, _actor(ctx), ctx.now(), args.device_id.strip().lower(),
                             args.reason)
    print(f"device {row['id']} ({row['office_code']}-{row['device_letter']}) revoked; "
          "its unlock key is erased")
    return 0


def user_add(ctx: ServerContext, args) -> int:
    password = new_password(args.password_stdin, args.lang)
    with ctx.db.write() as conn:
        row = staff.add(conn, _actor(ctx), ctx.now(), ctx.passwords, username=args.username,
                        full_name=args.full_name, office_code=args.office, role=args.role,
                        password=password)
    print(f"account {row['username']} ({row['role']}, {row['office_code']}) created")
    return 0


def user_list(ctx: ServerContext, args) -> int:
    with ctx.db.read() as conn:
        rows = staff.list_users(conn, _actor(ctx),
                                offices.check_code(args.office) if args.office else None)
    if args.json:
        print(to_json([{k: r[k] for k in ("id", "username", "full_name", "role", "office_code",
                                            "active")} for r in rows]))
        return 0
    lines = render([(r["username"], r["office_code"], r["role"],
                     "active" if r["active"] else "inactive", r["full_name"]) for r in rows],
                   (24, 5, 12, 8, 0))
    print("\n".join(lines) if lines else "(no accounts)")
    return 0


def user_passwd(ctx: ServerContext, args) -> int:
    password = new_password(args.password_stdin, args.lang)
    actor = _actor(ctx)
    with ctx.db.write() as conn:
        row = staff.find(conn, args.username.strip().lower())
        staff.change(conn, actor, ctx.now(), ctx.passwords, row["id"], password=password)
    print(f"password of {row['username']} changed")
    return 0


def user_deactivate(ctx: ServerContext, args) -> int:
    actor = _actor(ctx)
    with ctx.db.write() as conn:
        row = staff.find(conn, args.username.strip().lower())
        staff.change(conn, actor, ctx.now(), ctx.passwords, row["id"], active=False)
    print(f"account {row['username']} deactivated")
    return 0


def office_list(ctx: ServerContext, args) -> int:
    with ctx.db.read() as conn:
        rows = offices.list_offices(conn)
    if args.json:
        print(to_json([{"code": r["code"], "name": r["name"], "tz": r["tz"],
                        "national": bool(r["national"]), "active": bool(r["active"])}
                       for r in rows]))
        return 0
    print("\n".join(render([(r["code"], r["tz"], "national" if r["national"] else "",
                             "active" if r["active"] else "inactive", r["name"]) for r in rows],
                           (5, 4, 8, 8, 0))))
    return 0


def office_add(ctx: ServerContext, args) -> int:
    with ctx.db.write() as conn:
        row = offices.create(conn, _actor(ctx), ctx.now(), args.code, args.name, args.tz)
    print(f"office {row['code']} added")
    return 0
