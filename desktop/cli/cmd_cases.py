"""`halotki case ...` and `halotki demo-data`."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from desktop.cli.context import CliContext
from desktop.formatting import format_date, format_datetime
from desktop.services.cases import CaseFilter


def add_parsers(sub) -> None:
    case = sub.add_parser("case", help="find and show cases").add_subparsers(dest="case_cmd", required=True)
    p = case.add_parser("list", help="list or search cases, newest first")
    p.add_argument("--search", default="", help="case number, name, passport, NIK or phone")
    p.add_argument("--status", default="")
    p.add_argument("--category", default="")
    p.add_argument("--overdue", action="store_true", help="only cases whose follow-up is overdue")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_case_list)
    p = case.add_parser("show", help="everything about one case")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_case_show)
    p = case.add_parser("receipt", help="save the complaint receipt (PDF)")
    p.add_argument("number")
    p.add_argument("--output", required=True, type=Path)
    p.set_defaults(func=cmd_case_receipt)

    p = sub.add_parser("demo-data", help="record realistic synthetic cases (supervisor)")
    p.add_argument("--cases", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(func=cmd_demo_data)


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def cmd_case_list(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        if args.search:
            seqs = core.search.search(args.search)
        else:
            seqs = core.cases.list_seqs(CaseFilter(args.status, args.category, args.overdue))
        rows = core.cases.rows(seqs[:max(args.limit, 0)])
        ref, tz = core.reference, core.office.tz
        if args.json:
            ctx.print(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1))
            return 0
        for r in rows:
            received = format_datetime(_utc(r.received_at), tz, ctx.lang).split(",")[0]
            ctx.print(f"{r.case_number:<18} {received:<18} {ref.label('status', r.status, ctx.lang):<20} "
                      f"{ref.label('category', r.category, ctx.lang)[:32]:<32} {r.worker_name[:28]:<28} "
                      f"{r.complainant_name[:28]}")
        ctx.print(ctx.t(f"{len(rows)} kasus", f"{len(rows)} cases"))
    return 0


def cmd_case_show(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        detail = core.cases.get(args.number)
        if args.json:
            ctx.print(json.dumps(asdict(detail), ensure_ascii=False, indent=1))
            return 0
        _print_detail(ctx, core, detail)
    return 0


def _print_detail(ctx: CliContext, core, detail) -> None:
    ref, tz, lang = core.reference, core.office.tz, ctx.lang
    c, w, p = detail.case, detail.worker, detail.complainant
    label = ref.label
    ctx.print(f"{c['case_number']} — {label('status', c['status'], lang)}")
    lines = [
        (ctx.t("Diterima", "Received"), format_datetime(_utc(c["received_at"]), tz, lang)),
        (ctx.t("Jenis pengaduan", "Category"), label("category", c["category"], lang)),
        (ctx.t("Saluran", "Channel"), label("channel", c["channel"], lang)),
        (ctx.t("Hasil", "Outcome"), label("outcome", c["outcome"], lang) if c["outcome"] else ""),
        (ctx.t("Duplikat dari", "Duplicate of"), c["duplicate_of"]),
        (ctx.t("Kontak berikutnya", "Next contact"),
         format_date(date.fromisoformat(c["next_contact_due"]), lang) if c["next_contact_due"] else ""),
        (ctx.t("Pengadu", "Complainant"), p.get("name", "")),
        (ctx.t("Hubungan", "Relation"), label("relation", p.get("relation", ""), lang) if p.get("relation") else ""),
        (ctx.t("Telepon pengadu", "Complainant phone"), p.get("phones", "")),
        (ctx.t("NIK pengadu", "Complainant NIK"), p.get("nik", "")),
        (ctx.t("TKI", "Worker"), w.get("name", "")),
        (ctx.t("Paspor", "Passport"), w.get("passport", "")),
        (ctx.t("NIK TKI", "Worker NIK"), w.get("nik", "")),
        (ctx.t("Negara tujuan", "Destination"),
         label("country", w["destination_country"], lang) if w.get("destination_country") else ""),
        (ctx.t("Majikan", "Employer"), w.get("employer_name", "")),
        (ctx.t("PPTKIS", "Placement agency"), w.get("pptkis", "")),
    ]
    for name, value in lines:
        if value:
            ctx.print(f"  {name + ':':<22} {value}")
    ctx.print(ctx.t("Uraian:", "Description:"))
    ctx.print("  " + c["description"].replace("\n", "\n  "))
    ctx.print(ctx.t("Dokumen:", "Documents:"))
    states = {"ada": ctx.t("ada", "present"), "tidak_ada": ctx.t("belum ada", "missing"),
              "tidak_berlaku": ctx.t("tidak berlaku", "not applicable")}
    for d in detail.documents:
        ctx.print(f"  {label('document_type', d['doc_type'], lang):<40} {states.get(d['state'], d['state'])}")
    ctx.print(ctx.t("Linimasa:", "Timeline:"))
    for e in detail.events:
        when = format_datetime(_utc(e["occurred_at"]), tz, lang)
        text = e["summary"]
        data = e.get("data") or {}
        if "to" in data:
            text = (f"{label('status', data.get('from', ''), lang)} → {label('status', data['to'], lang)}"
                    + (f" ({label('outcome', data['outcome'], lang)})" if data.get("outcome") else "")
                    + (f" — {e['summary']}" if e["summary"] else ""))
        ctx.print(f"  {when}  {label('event_type', e['event_type'], lang)} [{e['user']}]: {text}")


def cmd_case_receipt(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        path = core.receipts.export(args.number, args.output, ctx.lang)
    ctx.print(ctx.t("Tanda terima disimpan", "Receipt saved") + f": {path}")
    return 0


def cmd_demo_data(ctx: CliContext, args) -> int:
    from desktop.demo.generator import bulk_generate, generate_cases

    with ctx.core() as core:
        make = generate_cases if args.cases <= 500 else bulk_generate
        numbers = make(core, args.cases, args.seed)
    ctx.print(ctx.t(f"{len(numbers)} kasus contoh dibuat", f"{len(numbers)} demo cases recorded"))
    return 0
