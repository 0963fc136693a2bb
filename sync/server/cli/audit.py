"""`halotki-server audit list`: the audit trail of every office (PCs' pushed rows and the
server's own), newest first, as text or CSV; the read is itself audited (filters, count)."""

from __future__ import annotations

import csv
import io
import sys
from dataclasses import replace
from pathlib import Path

from desktop.messages import Msg
from desktop.terminal import render
from sync.server.cli.output import STDOUT, save_output
from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.services import audit_read, offices
from sync.server.services.actor import cli_actor
from sync.server.setup import ensure_ready

FORMATS = ("text", "csv")
COLUMNS = ("at", "office_code", "device_label", "user", "action", "target", "detail",
           "device", "id")

MSG_SAVED = Msg(
    "server_cli_audit_saved",
    "Jejak audit disimpan: {path} ({count} baris)",
    "Audit trail saved: {path} ({count} rows)")


def add_parsers(sub) -> None:
    a = sub.add_parser("audit", help="the audit trail of every office").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True)
    al = a.add_parser(
        "list", help="list audit rows, newest first",
        description="Every office's audit rows (what the PCs pushed and what the server did "
                    "itself), newest first. Days are the office's own (every office: the "
                    "national office's zone). This read is itself audited.")
    al.add_argument("--office", default="", metavar="CODE", help="only this office")
    al.add_argument("--since", default="", metavar="YYYY-MM-DD", help="first day")
    al.add_argument("--until", default="", metavar="YYYY-MM-DD", help="last day (included)")
    al.add_argument("--user", default="", metavar="U", help="only this account")
    al.add_argument("--action", default="", metavar="A", help="only this action, e.g. "
                    "case_viewed")
    al.add_argument("--case", dest="target", default="", metavar="NUMBER",
                    help="only rows about this case number")
    al.add_argument("--format", dest="fmt", choices=FORMATS, default="text")
    al.add_argument("--output", default=STDOUT, metavar="FILE",
                    help="the file to write (default '-': standard output)")
    al.set_defaults(handler=run_list)


def run_list(settings: Settings, args) -> int:
    # A typing error is told before the database is opened.
    query = audit_read.parse_query(
        office=args.office, since=args.since, until=args.until, user=args.user,
        action=args.action, target=args.target, limit=audit_read.MAX_LIMIT)
    ctx = ServerContext.create(settings)
    try:
        ensure_ready(ctx)
        rows = _read_all(ctx, query)
    finally:
        ctx.close()
    data = (to_csv(rows) if args.fmt == "csv" else to_text(rows)).encode("utf-8")
    if args.output == STDOUT:
        sys.stdout.write(data.decode("utf-8"))
        return 0
    path = save_output(Path(args.output), data)
    print(MSG_SAVED.text(args.lang, path=path, count=len(rows)), file=sys.stderr)
    return 0


def _read_all(ctx: ServerContext, query: audit_read.AuditQuery) -> list[dict]:
    """Every matching row, page by page; then the read's one audit row (all pages)."""
    rows: list[dict] = []
    pages = 0
    with ctx.db.read() as conn:
        actor = cli_actor(offices.national_code(conn))
        page_query = query
        while True:
            page = audit_read.fetch_page(conn, actor, page_query)
            rows += page.rows
            pages += 1
            if page.next_cursor is None:
                break
            page_query = replace(query, cursor=audit_read.parse_cursor(page.next_cursor))
    with ctx.db.write() as conn:
        audit_read.record_read(conn, actor, ctx.now(), query, len(rows), pages=pages)
    return rows


def to_text(rows: list[dict]) -> str:
    lines = render([(r["at"][:19].replace("T", " "), r["office_code"], r["device_label"] or "-",
                     r["user"] or "-", r["action"], r["target"] or "-", r["detail"])
                    for r in rows], (19, 5, 24, 20, 26, 22, 0))
    return "\n".join(lines) + "\n" if lines else "(no audit rows)\n"


def to_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow([_cell(r[c]) for c in COLUMNS])
    return out.getvalue()


def _cell(value: str) -> str:
    # A spreadsheet runs a cell that starts like a formula; the trail's text is data.
    text = str(value or "")
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
