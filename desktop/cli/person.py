"""`halotki person export`: everything this PC holds about one person (UU PDP subject
access), found by NIK, passport, phone, or name with date of birth, saved as PDF or JSON
(JSON also to standard output). Audited like the same export from the application."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.context import CliContext
from desktop.messages import LANGUAGES, HaloError, Msg
from desktop.services.subject_access import FORMATS, MSG_NAME_NEEDS_BIRTH

STDOUT = "-"

MSG_SAVED = Msg("cli_person_saved", "Data pribadi disimpan: {path} (kasus: {cases}, "
                "permintaan informasi: {requests})",
                "Personal data saved: {path} (cases: {cases}, information requests: {requests})")
MSG_STDOUT_JSON_ONLY = Msg(
    "cli_person_stdout_json",
    "Hanya format json yang dapat ditulis ke keluaran standar (--output -); untuk pdf "
    "sebutkan nama berkas.",
    "Only the json format can go to standard output (--output -); for pdf give a file name.")


def add_parsers(sub) -> None:
    person = sub.add_parser(
        "person", help="a person's own data (subject access, UU PDP 27/2022)").add_subparsers(
        dest="person_command", metavar="ACTION", required=True)
    p = person.add_parser(
        "export", help="save everything held about one person as PDF or JSON",
        description="Every case where the person is the worker or the complainant, every "
                    "information request, and the attachments' details, found by one "
                    "identifier. Audited (the kind of identifier and the counts only).")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--nik", metavar="N", help="the person's NIK (16 digits)")
    which.add_argument("--passport", metavar="P", help="passport number")
    which.add_argument("--phone", metavar="X", help="phone number, in any usual form")
    which.add_argument("--name", metavar="S", help="full name (with --birth-date)")
    p.add_argument("--birth-date", dest="birth_date", default="", metavar="YYYY-MM-DD",
                   help="date of birth; required with --name")
    p.add_argument("--output", required=True, metavar="FILE",
                   help="the file to write ('-': standard output, json only)")
    p.add_argument("--format", dest="fmt", choices=FORMATS, default="pdf")
    # Its own dest: the global --lang (messages) must not be overwritten by this default.
    p.add_argument("--lang", dest="file_lang", choices=LANGUAGES, default=None,
                   help="language of the PDF (default: the command's language)")
    p.set_defaults(handler=run_export)


def run_export(ctx: CliContext, args) -> int:
    # Checked before the password is asked: a typing error costs no login.
    to_stdout = args.output == STDOUT
    if to_stdout and args.fmt != "json":
        raise HaloError(MSG_STDOUT_JSON_ONLY, field="output")
    if bool(args.name) != bool(args.birth_date):
        raise HaloError(MSG_NAME_NEEDS_BIRTH, field="birth_date" if args.name else "name")
    with ctx.core() as core:
        service = core.subject_access
        record = service.find(nik=args.nik or "", passport=args.passport or "",
                              phone=args.phone or "", name=args.name or "",
                              birth_date=args.birth_date)
        if to_stdout:
            text = service.dump_json(record)
        else:
            path = service.export(record, args.fmt, Path(args.output),
                                  args.file_lang or ctx.lang)
    if to_stdout:
        ctx.out.write(text)
        return 0
    ctx.say(MSG_SAVED, path=path, cases=len(record.cases), requests=len(record.inquiries))
    return 0
