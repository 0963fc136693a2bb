"""`halotki case list|show|receipt|file`: find cases, read one, save its receipt or its full
case file (berkas kasus)."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import date, datetime
from pathlib import Path

from desktop import terminal
from desktop.cli.argtypes import positive_int
from desktop.cli.case_view import CaseView
from desktop.cli.context import CliContext
from desktop.domain import validation as v
from desktop.domain.intake import MSG_UNKNOWN_CODE
from desktop.formatting import format_date, zone_info
from desktop.messages import LANGUAGES, HaloError, Msg
from desktop.services import audit
from desktop.services.cases import SORT_KEYS, UNASSIGNED, CaseFilter, CaseSort

LIST_WIDTHS = (18, 17, 20, 30, 24, 0)

MSG_COUNT = Msg("cli_case_count", "{n} kasus", "{n} cases")
MSG_COUNT_OF = Msg("cli_case_count_of", "{n} kasus (dari {of}; lihat --limit)",
                   "{n} cases (of {of}; see --limit)")
MSG_RECEIPT_SAVED = Msg("cli_receipt_saved", "Tanda terima disimpan: {path}", "Receipt saved: {path}")
MSG_CASE_FILE_SAVED = Msg("cli_case_file_saved", "Berkas kasus disimpan: {path}",
                          "Case file saved: {path}")


MSG_UNKNOWN_OFFICER = Msg(
    "cli_unknown_officer",
    "Tidak ada petugas penanganan dengan nama pengguna '{name}' di komputer ini.",
    "No handling officer with the username '{name}' on this PC.")


def add_parsers(sub) -> None:
    case = sub.add_parser("case", help="find, show and print cases").add_subparsers(
        dest="case_command", metavar="ACTION", required=True)
    p = case.add_parser("list", help="list cases, newest first, or search them (best match first)")
    p.add_argument("--search", default="", metavar="TEXT",
                   help="case number, name, passport, NIK or phone number")
    p.add_argument("--status", default="", metavar="S", help="status code, e.g. baru, proses")
    p.add_argument("--category", default="", metavar="C", help="category code, e.g. gaji_tidak_dibayar")
    p.add_argument("--overdue", action="store_true", help="only open cases whose next contact is overdue")
    p.add_argument("--officer", default="", metavar="USERNAME",
                   help="open cases of this handling officer ('-' for unassigned ones)")
    p.add_argument("--urgent", action="store_true", help="only open urgent cases")
    p.add_argument("--past-deadline", action="store_true",
                   help="only cases past their deadline (working days, clock running)")
    p.add_argument("--near-deadline", action="store_true",
                   help="only cases within 3 working days of their deadline")
    p.add_argument("--awaiting-approval", action="store_true",
                   help="only cases whose closure awaits a supervisor's approval")
    p.add_argument("--from", dest="received_from", default="", metavar="DATE",
                   help="received on or after this day (e.g. 2026-03-01 or 1/3/2026)")
    p.add_argument("--to", dest="received_to", default="", metavar="DATE",
                   help="received on or before this day")
    p.add_argument("--sort", choices=SORT_KEYS, default=None, metavar="COLUMN",
                   help="order by one column instead (urgent first, then newest): "
                        + ", ".join(SORT_KEYS))
    p.add_argument("--descending", action="store_true", help="with --sort: reverse order")
    p.add_argument("--limit", type=positive_int, default=100, metavar="N", help="at most N cases (default 100)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run_list)

    p = case.add_parser("show", help="everything about one case")
    p.add_argument("number", help="case number, e.g. SBY-2026-A-00001")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run_show)

    p = case.add_parser("receipt", help="save the complaint receipt (tanda terima) as PDF")
    p.add_argument("number", help="case number")
    p.add_argument("--output", required=True, type=Path, metavar="FILE.pdf")
    p.set_defaults(handler=run_receipt)

    p = case.add_parser("file", help="save the full case file (berkas kasus) as PDF")
    p.add_argument("number", help="case number")
    p.add_argument("--output", required=True, type=Path, metavar="FILE.pdf")
    # Its own dest: the global --lang (messages) must not be overwritten by this default.
    p.add_argument("--lang", dest="file_lang", choices=LANGUAGES, default=None,
                   help="language of the case file (default: the language of messages)")
    p.set_defaults(handler=run_case_file)


def run_list(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        ref = core.reference
        for kind, code in (("status", args.status), ("category", args.category)):
            if code and not ref.has(kind, code):
                raise HaloError(MSG_UNKNOWN_CODE, field=kind)
        officer = args.officer.strip().lower()
        if officer and officer != UNASSIGNED and officer not in {
                o.username for o in core.handling.officers(include_inactive=True)}:
            raise HaloError(MSG_UNKNOWN_OFFICER, field="officer", name=officer)
        c = v.Collector()
        received_from = c.check(v.parse_date, args.received_from, "filter.received_from")
        received_to = c.check(v.parse_date, args.received_to, "filter.received_to")
        c.raise_if_any()
        flt = CaseFilter(args.status, args.category, args.overdue,
                         officer=officer, urgent=args.urgent,
                         past_deadline=args.past_deadline, near_deadline=args.near_deadline,
                         awaiting_approval=args.awaiting_approval,
                         received_from=received_from, received_to=received_to)
        sort = CaseSort(args.sort, args.descending) if args.sort else None
        if not args.search:
            seqs = core.cases.list_seqs(flt, sort)
        elif sort is not None:  # the matches, filtered and in the column's order, in SQL
            seqs = core.cases.list_seqs(flt, sort, within=core.search.search(args.search))
        else:
            seqs = core.search.search(args.search)  # best match first
            if flt != CaseFilter():
                allowed = set(core.cases.list_seqs(flt))
                seqs = [s for s in seqs if s in allowed]
        rows = core.cases.rows(seqs[:args.limit])
        tz = core.office.tz
        if args.json:
            # Machine-readable personal data leaves the app: audited (UU PDP), counts only.
            core.audit.record(audit.CASE_LIST_READ, detail=list_read_detail(len(rows), flt))
    if args.json:
        ctx.print(terminal.to_json([asdict(r) for r in rows]))
        return 0
    lines = [(r.case_number, _local_date(r.received_at, tz, ctx.lang),
              ref.label("status", r.status, ctx.lang), ref.label("category", r.category, ctx.lang),
              r.worker_name, r.complainant_name) for r in rows]
    for line in terminal.render(lines, LIST_WIDTHS):
        ctx.print(line)
    more = len(seqs) > len(rows)
    ctx.say(MSG_COUNT_OF if more else MSG_COUNT, n=len(rows), of=len(seqs))
    return 0


def list_read_detail(count: int, flt: CaseFilter) -> str:
    """The audit detail of a list read: how many cases and which filter fields were set
    (never the search text: it may be a name or a NIK)."""
    default = CaseFilter()
    chosen = {}
    for f in fields(CaseFilter):
        value = getattr(flt, f.name)
        if value != getattr(default, f.name):
            chosen[f.name] = value.isoformat() if isinstance(value, date) else value
    return json.dumps({"cases": count, "filter": chosen}, sort_keys=True)


def _local_date(iso: str, tz: str, lang: str) -> str:
    return format_date(datetime.fromisoformat(iso).astimezone(zone_info(tz)).date(), lang)


def run_show(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        detail = core.cases.get(args.number)
        core.cases.record_viewed(detail.case["seq"], via="case_show")
        referrals = core.referrals.of_case(detail.case["id"])
        summons = core.referrals.summons_of_case(detail.case["id"])
        urgent = core.handling.is_urgent(detail.case)
        view = CaseView(core.reference, core.office.tz, ctx.lang, core.cases.today())
    if args.json:
        ctx.print(terminal.to_json({**asdict(detail), "referrals": referrals,
                                    "summons": summons, "urgent": urgent}))
        return 0
    for line in view.lines(detail, referrals, summons, urgent):
        ctx.print(line)
    return 0


def run_case_file(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        path = core.case_files.export(args.number, args.output, args.file_lang or ctx.lang)
    ctx.say(MSG_CASE_FILE_SAVED, path=path)
    return 0


def run_receipt(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        path = core.receipts.export(args.number, args.output, ctx.lang)
    ctx.say(MSG_RECEIPT_SAVED, path=path)
    return 0
