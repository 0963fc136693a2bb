"""`halotki-server person find|export`: everything the server holds about one person, across
every office (UU PDP subject access at central), found by one identifier. `find` lists the
cases and information requests; `export` writes the desktop's JSON (halotki.subject_access/1).
Both are audited with the kind of identifier and the counts, never the identifier."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.domain.subject_access import MSG_NAME_NEEDS_BIRTH
from desktop.messages import HaloError, Msg
from desktop.terminal import render
from sync.server.cli.opening import open_ready
from sync.server.cli.output import STDOUT, save_output
from sync.server.config import Settings
from sync.server.services import offices, subject_access
from sync.server.services.actor import cli_actor

MSG_SAVED = Msg(
    "server_cli_person_saved",
    "Data pribadi disimpan: {path} (kasus: {cases}, permintaan informasi: {requests})",
    "Personal data saved: {path} (cases: {cases}, information requests: {requests})")
MSG_FOUND = Msg(
    "server_cli_person_found",
    "{cases} kasus dan {requests} permintaan informasi.",
    "{cases} cases and {requests} information requests.")
ROLE_WORDS = {"worker": ("TKI", "worker"), "complainant": ("pengadu", "complainant")}


def add_parsers(sub) -> None:
    person = sub.add_parser(
        "person", help="a person's own data, every office (subject access, UU PDP 27/2022)"
    ).add_subparsers(dest="person_command", metavar="ACTION", required=True)
    f = person.add_parser("find", help="list the cases and information requests of one person")
    _identifiers(f)
    f.set_defaults(handler=run_find)
    e = person.add_parser(
        "export", help="everything held about one person, as JSON",
        description="Every case where the person is the worker or the complainant, every "
                    "information request, and the attachments' details, in every office. "
                    "Audited (the kind of identifier and the counts only).")
    _identifiers(e)
    e.add_argument("--output", default=STDOUT, metavar="FILE.json",
                   help="the file to write (default '-': standard output)")
    e.set_defaults(handler=run_export)


def _identifiers(p) -> None:
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--nik", default="", metavar="N", help="the person's NIK (16 digits)")
    which.add_argument("--passport", default="", metavar="P", help="passport number")
    which.add_argument("--phone", default="", metavar="X", help="phone number, any usual form")
    which.add_argument("--name", default="", metavar="S", help="full name (with --birth-date)")
    p.add_argument("--birth-date", dest="birth_date", default="", metavar="YYYY-MM-DD",
                   help="date of birth; required with --name")


def _query(args) -> subject_access.PersonQuery:
    if bool(args.name) != bool(args.birth_date):
        raise HaloError(MSG_NAME_NEEDS_BIRTH,
                        field="birth_date" if args.name else "name")
    return subject_access.parse_query(nik=args.nik, passport=args.passport, phone=args.phone,
                                      name=args.name, birth_date=args.birth_date)


def run_find(settings: Settings, args) -> int:
    query = _query(args)  # a typing error costs no database work
    ctx = open_ready(settings)
    try:
        with ctx.db.write() as conn:
            actor = cli_actor(offices.national_code(conn))
            record = subject_access.find(conn, actor, ctx.now(), query)
    finally:
        ctx.close()
    lang = args.lang
    lines = render([(c.case["case_number"], c.case["office_code"], c.case["received_at"][:10],
                     c.case["status"], ", ".join(_role(r, lang) for r in c.roles))
                    for c in record.cases], (22, 5, 10, 16, 0))
    lines += render([("-", r["office_code"], r["received_at"][:10], r["topic"],
                      r["complaint_number"] or "") for r in record.inquiries],
                    (22, 5, 10, 16, 0))
    if lines:
        print("\n".join(lines))
    print(MSG_FOUND.text(lang, cases=len(record.cases), requests=len(record.inquiries)),
          file=sys.stderr)
    return 0


def _role(role: str, lang: str) -> str:
    words = ROLE_WORDS.get(role, (role, role))
    return words[1 if lang == "en" else 0]


def run_export(settings: Settings, args) -> int:
    query = _query(args)
    to_stdout = args.output == STDOUT
    ctx = open_ready(settings)
    try:
        with ctx.db.write() as conn:
            actor = cli_actor(offices.national_code(conn))
            record = subject_access.find(conn, actor, ctx.now(), query)
            data = subject_access.json_text(record).encode("utf-8")
            subject_access.record_export(conn, actor, ctx.now(), record,
                                         to="stdout" if to_stdout else "")
            # Last in the transaction: a file that cannot be written leaves no audit row,
            # and no file exists without its row.
            path = None if to_stdout else save_output(Path(args.output), data)
    finally:
        ctx.close()
    if path is None:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    print(MSG_SAVED.text(args.lang, path=path, cases=len(record.cases),
                         requests=len(record.inquiries)), file=sys.stderr)
    return 0
