"""`halotki person export`: everything this PC holds about one person (UU PDP subject
access), found by NIK, passport, phone, or name with date of birth, saved as PDF or JSON
(JSON also to standard output). Audited like the same export from the application.

`halotki person restrict|unrestrict`: a supervisor restricts the person's data (every case
and information request where they appear, found as for the export) or lifts it, with a
reason (issue 14 §1.2)."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.context import CliContext
from desktop.domain.roles import Perm
from desktop.domain.subject_access import MSG_NAME_NEEDS_BIRTH
from desktop.messages import LANGUAGES, HaloError, Msg
from desktop.services.restriction import clean_reason
from desktop.services.subject_access import FORMATS

STDOUT = "-"

MSG_SAVED = Msg("cli_person_saved", "Data pribadi disimpan: {path} (kasus: {cases}, "
                "permintaan informasi: {requests})",
                "Personal data saved: {path} (cases: {cases}, information requests: {requests})")
MSG_STDOUT_JSON_ONLY = Msg(
    "cli_person_stdout_json",
    "Hanya format json yang dapat ditulis ke keluaran standar (--output -); untuk pdf "
    "sebutkan nama berkas.",
    "Only the json format can go to standard output (--output -); for pdf give a file name.")
MSG_RESTRICTED = Msg(
    "cli_person_restricted",
    "Data orang ini dibatasi: {changed} catatan baru dibatasi (kasus: {cases}, permintaan "
    "informasi: {requests}).",
    "This person's data is restricted: {changed} records newly restricted (cases: {cases}, "
    "information requests: {requests}).")
MSG_LIFTED = Msg(
    "cli_person_lifted",
    "Pembatasan data orang ini dicabut: {changed} catatan (kasus: {cases}, permintaan "
    "informasi: {requests}).",
    "The restriction of this person's data is lifted: {changed} records (cases: {cases}, "
    "information requests: {requests}).")
MSG_NOBODY = Msg(
    "cli_person_not_found",
    "Tidak ada data orang ini di komputer ini: tidak ada yang dibatasi atau dicabut.",
    "This PC holds no data about this person: nothing was restricted or lifted.")


class NobodyFound(HaloError):
    exit_code = 7  # as an unknown case

    def __init__(self) -> None:
        super().__init__(MSG_NOBODY, field="nik")


def add_parsers(sub) -> None:
    person = sub.add_parser(
        "person", help="a person's own data (subject access, UU PDP 27/2022)").add_subparsers(
        dest="person_command", metavar="ACTION", required=True)
    p = person.add_parser(
        "export", help="save everything held about one person as PDF or JSON",
        description="Every case where the person is the worker or the complainant, every "
                    "information request, and the attachments' details, found by one "
                    "identifier. Audited (the kind of identifier and the counts only).")
    _identifiers(p)
    p.add_argument("--output", required=True, metavar="FILE",
                   help="the file to write ('-': standard output, json only)")
    p.add_argument("--format", dest="fmt", choices=FORMATS, default="pdf")
    # Its own dest: the global --lang (messages) must not be overwritten by this default.
    p.add_argument("--lang", dest="file_lang", choices=LANGUAGES, default=None,
                   help="language of the PDF (default: the command's language)")
    p.set_defaults(handler=run_export)
    for action, helptext, handler in (
            ("restrict", "restrict the person's data (supervisors): hidden from everyone "
                         "else's search, lists and exports", run_restrict),
            ("unrestrict", "lift the restriction of the person's data (supervisors)",
             run_unrestrict)):
        p = person.add_parser(action, help=helptext, description=helptext + ". Every case "
                              "and information request where the person appears; audited.")
        _identifiers(p)
        p.add_argument("--reason", required=True, metavar="TEXT",
                       help="why (one paragraph, at most 500 characters)")
        p.set_defaults(handler=handler)


def _identifiers(p) -> None:
    """The person's identifiers, as `person export` takes them."""
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--nik", metavar="N", help="the person's NIK (16 digits)")
    which.add_argument("--passport", metavar="P", help="passport number")
    which.add_argument("--phone", metavar="X", help="phone number, in any usual form")
    which.add_argument("--name", metavar="S", help="full name (with --birth-date)")
    p.add_argument("--birth-date", dest="birth_date", default="", metavar="YYYY-MM-DD",
                   help="date of birth; required with --name")


def _check_name(args) -> None:
    if bool(args.name) != bool(args.birth_date):
        raise HaloError(MSG_NAME_NEEDS_BIRTH, field="birth_date" if args.name else "name")


def _find(core, args):
    return core.subject_access.find(nik=args.nik or "", passport=args.passport or "",
                                    phone=args.phone or "", name=args.name or "",
                                    birth_date=args.birth_date)


def run_export(ctx: CliContext, args) -> int:
    # Checked before the password is asked: a typing error costs no login.
    to_stdout = args.output == STDOUT
    if to_stdout and args.fmt != "json":
        raise HaloError(MSG_STDOUT_JSON_ONLY, field="output")
    _check_name(args)
    with ctx.core() as core:
        service = core.subject_access
        record = _find(core, args)
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


def run_restrict(ctx: CliContext, args) -> int:
    return _restriction(ctx, args, lift=False)


def run_unrestrict(ctx: CliContext, args) -> int:
    return _restriction(ctx, args, lift=True)


def _restriction(ctx: CliContext, args, lift: bool) -> int:
    # Checked before the password is asked: a typing error costs no login.
    _check_name(args)
    reason = clean_reason(args.reason)
    with ctx.core() as core:
        core.require(Perm.RESTRICT)  # before the (audited) search: nothing done for nothing
        record = _find(core, args)
        if not record.cases and not record.inquiries:
            raise NobodyFound()
        service = core.restriction
        targets = service.targets_of(record)
        changed = (service.lift if lift else service.restrict)(targets, reason)
    ctx.say(MSG_LIFTED if lift else MSG_RESTRICTED, changed=changed, cases=len(record.cases),
            requests=len(record.inquiries))
    return 0
