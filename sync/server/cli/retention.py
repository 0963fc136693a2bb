"""`halotki-server retention policy|preview|run`: how long closed cases and information
requests are kept, what would be anonymised, and the anonymisation itself (UU PDP 27/2022;
services/retention.py). Every step is audited; a run cannot be undone, so it needs --yes."""

from __future__ import annotations

import csv
import io
import re
import sys
from datetime import date
from pathlib import Path

from desktop.formatting import zone_info
from desktop.messages import HaloError, Msg
from desktop.terminal import render
from sync.server.cli.opening import open_ready
from sync.server.cli.output import STDOUT, save_output
from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.services import offices, retention
from sync.server.services.actor import Actor, cli_actor

FORMATS = ("text", "csv")
CSV_COLUMNS = ("kind", "id", "case_number", "office_code", "category", "status", "closed_on",
               "received_on")
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

MSG_AS_OF = Msg(
    "retention_as_of_invalid",
    "Tanggal acuan harus ditulis TTTT-BB-HH, misalnya 2026-01-31.",
    "The reference date must be written YYYY-MM-DD, e.g. 2026-01-31.")
MSG_POLICY = Msg(
    "retention_policy_shown",
    "Kasus selesai/ditutup disimpan {cases} tahun setelah ditutup; permintaan informasi "
    "{inquiries} tahun setelah diterima. Setelah itu data pribadinya dianonimkan.",
    "Resolved/closed cases are kept {cases} years after they were closed; information "
    "requests {inquiries} years after they were received. Then their personal data is "
    "anonymised.")
MSG_HEADING = Msg(
    "retention_preview_heading",
    "Tanggal acuan {as_of}: {cases} kasus dan {inquiries} permintaan informasi akan dianonimkan.",
    "Reference date {as_of}: {cases} cases and {inquiries} information requests would be "
    "anonymised.")
MSG_SAVED = Msg(
    "retention_preview_saved",
    "Pratinjau disimpan: {path} ({cases} kasus, {inquiries} permintaan informasi)",
    "Preview saved: {path} ({cases} cases, {inquiries} information requests)")
MSG_NEEDS_YES = Msg(
    "retention_run_needs_yes",
    "{cases} kasus dan {inquiries} permintaan informasi akan dianonimkan (tanggal acuan "
    "{as_of}). Anonimisasi tidak dapat dibatalkan: periksa dulu 'retention preview', lalu "
    "jalankan lagi dengan --yes.",
    "{cases} cases and {inquiries} information requests would be anonymised (reference date "
    "{as_of}). Anonymisation cannot be undone: check 'retention preview' first, then run it "
    "again with --yes.")
MSG_DONE = Msg(
    "retention_run_done",
    "Dianonimkan: {cases} kasus dan {inquiries} permintaan informasi; isi lampiran yang "
    "dihapus: {contents}. Komputer kantor menerimanya pada sinkronisasi berikutnya.",
    "Anonymised: {cases} cases and {inquiries} information requests; attachment contents "
    "deleted: {contents}. The office PCs receive it at their next sync.")
MSG_SKIPPED = Msg(
    "retention_run_skipped",
    "{skipped} data tidak lagi jatuh tempo saat gilirannya tiba (misalnya kasus dibuka kembali) "
    "dan dibiarkan.",
    "{skipped} records were no longer due when their turn came (a case reopened, say) and "
    "were left as they are.")
CASE_HEAD = {"id": ("Nomor kasus", "Kantor", "Kategori", "Status", "Ditutup"),
             "en": ("Case number", "Office", "Category", "Status", "Closed on")}
INQUIRY_HEAD = {"id": ("Permintaan informasi", "Kantor", "Diterima"),
                "en": ("Information request", "Office", "Received")}


def add_parsers(sub) -> None:
    r = sub.add_parser(
        "retention", help="retention policy and anonymisation of personal data (UU PDP)"
    ).add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    p = r.add_parser(
        "policy", help="show or set how long records are kept",
        description="Show the retention periods; with an option, set it (1 to 50 years; "
                    "audited).")
    p.add_argument("--cases-years", dest="cases_years", metavar="N",
                   help="years a resolved/closed case is kept after it was closed")
    p.add_argument("--inquiries-years", dest="inquiries_years", metavar="M",
                   help="years an information request is kept after it was received")
    p.set_defaults(handler=run_policy)
    v = r.add_parser(
        "preview", help="list what a run would anonymise (nothing is changed)",
        description="The cases and information requests whose retention period has ended "
                    "on the reference date. Nothing is changed; the preview is audited.")
    _as_of(v)
    v.add_argument("--format", dest="fmt", choices=FORMATS, default="text")
    v.add_argument("--output", default=STDOUT, metavar="FILE",
                   help="the file to write (default '-': standard output)")
    v.set_defaults(handler=run_preview)
    n = r.add_parser(
        "run", help="anonymise what is due (cannot be undone)",
        description="Replace the personal data of every record whose retention period has "
                    "ended with a marker, on the server and, through sync, on every PC; "
                    "delete the attachments' content. Cannot be undone. Audited.")
    _as_of(n)
    n.add_argument("--yes", action="store_true", help="really anonymise")
    n.set_defaults(handler=run_run)


def _as_of(p) -> None:
    p.add_argument("--as-of", dest="as_of", default="", metavar="YYYY-MM-DD",
                   help="the reference date (default: today)")


def parse_day(value: str) -> date | None:
    """A reference date as typed (YYYY-MM-DD), None when not given."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        if not _ISO_DAY.fullmatch(value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise HaloError(MSG_AS_OF, field="as_of") from None


def _actor_and_today(ctx: ServerContext) -> tuple[Actor, date]:
    """The CLI's actor (the national office) and today in that office's zone."""
    with ctx.db.read() as conn:
        national = offices.get(conn, offices.national_code(conn))
    return cli_actor(national["code"]), ctx.now().astimezone(zone_info(national["tz"])).date()


def run_policy(settings: Settings, args) -> int:
    # Typing errors are told before the database is opened.
    cases_years = (None if args.cases_years is None
                   else retention.check_years(args.cases_years, "cases_years"))
    inquiries_years = (None if args.inquiries_years is None
                       else retention.check_years(args.inquiries_years, "inquiries_years"))
    ctx = open_ready(settings)
    try:
        actor, _today = _actor_and_today(ctx)
        if cases_years is None and inquiries_years is None:
            with ctx.db.read() as conn:
                policy = retention.read_policy(conn)
        else:
            with ctx.db.write() as conn:
                policy = retention.set_policy(conn, actor, ctx.now(), cases_years=cases_years,
                                              inquiries_years=inquiries_years)
    finally:
        ctx.close()
    print(MSG_POLICY.text(args.lang, cases=policy.cases_years,
                          inquiries=policy.inquiries_years))
    return 0


def run_preview(settings: Settings, args) -> int:
    as_of = parse_day(args.as_of)
    ctx = open_ready(settings)
    try:
        actor, today = _actor_and_today(ctx)
        with ctx.db.write() as conn:
            found = retention.due(conn, as_of or today)
            retention.record_preview(conn, actor, ctx.now(), found)
    finally:
        ctx.close()
    body = to_csv(found) if args.fmt == "csv" else to_text(found, args.lang)
    counts = {"cases": len(found.cases), "inquiries": len(found.inquiries)}
    if args.output == STDOUT:
        sys.stdout.write(body)
        return 0
    path = save_output(Path(args.output), body.encode("utf-8"))
    print(MSG_SAVED.text(args.lang, path=path, **counts), file=sys.stderr)
    return 0


def run_run(settings: Settings, args) -> int:
    as_of = parse_day(args.as_of)
    ctx = open_ready(settings)
    try:
        actor, today = _actor_and_today(ctx)
        as_of = as_of or today
        retention.check_as_of(as_of, today)
        if not args.yes:
            with ctx.db.read() as conn:
                found = retention.due(conn, as_of)
            raise HaloError(MSG_NEEDS_YES, field="yes", cases=len(found.cases),
                            inquiries=len(found.inquiries), as_of=as_of)
        result = retention.run(ctx.db, actor, ctx.now(), as_of)
    finally:
        ctx.close()
    print(MSG_DONE.text(args.lang, cases=len(result.cases), inquiries=result.inquiries,
                        contents=result.contents_erased))
    if result.skipped:
        print(MSG_SKIPPED.text(args.lang, skipped=result.skipped))
    return 0


def to_text(found: retention.Due, lang: str) -> str:
    lang = "en" if lang == "en" else "id"
    lines = [MSG_HEADING.text(lang, as_of=found.as_of, cases=len(found.cases),
                              inquiries=len(found.inquiries)), ""]
    if found.cases:
        lines += render([CASE_HEAD[lang]] + [
            (c.case_number, c.office_code, c.category, c.status, c.closed_on.isoformat())
            for c in found.cases], (22, 6, 24, 10, 0))
        lines.append("")
    if found.inquiries:
        lines += render([INQUIRY_HEAD[lang]] + [
            (i.id, i.office_code, i.received_on.isoformat()) for i in found.inquiries],
            (36, 6, 0))
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def to_csv(found: retention.Due) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for c in found.cases:
        writer.writerow(("case", c.id, c.case_number, c.office_code, c.category, c.status,
                         c.closed_on.isoformat(), ""))
    for i in found.inquiries:
        writer.writerow(("inquiry", i.id, "", i.office_code, "", "", "",
                         i.received_on.isoformat()))
    return out.getvalue()
