"""`halotki report`: the office's figures for a period, as the report window computes them,
saved as XLSX, CSV, PDF or JSON (JSON also to standard output)."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.context import CliContext
from desktop.domain.reports.period import Period
from desktop.messages import HaloError, Msg
from desktop.services.reports import REPORT_FORMATS, report_json

STDOUT = "-"

MSG_SAVED = Msg("cli_report_saved", "Laporan disimpan: {path}", "Report saved: {path}")
MSG_STDOUT_JSON_ONLY = Msg(
    "cli_report_stdout_json",
    "Hanya format json yang dapat ditulis ke keluaran standar (--output -); untuk {fmt} "
    "sebutkan nama berkas.",
    "Only the json format can go to standard output (--output -); for {fmt} give a file name.")


def add_parsers(sub) -> None:
    p = sub.add_parser(
        "report", help="the office's figures for a period (counts only), as a file",
        description="Complaints by category, status, country, channel, ...; outcomes, "
                    "resolution time, ageing, deadlines, workload, information requests and "
                    "the monthly trend, counted by the day each complaint was received.")
    p.add_argument("--from", dest="first", required=True, metavar="DATE",
                   help="first day of the period (YYYY-MM-DD)")
    p.add_argument("--to", dest="last", required=True, metavar="DATE",
                   help="last day of the period, included (YYYY-MM-DD)")
    p.add_argument("--office", default=None, metavar="CODE",
                   help="on the head office's PC: one office (default: every office); "
                        "elsewhere only this PC's own office")
    p.add_argument("--format", dest="fmt", required=True, choices=REPORT_FORMATS)
    p.add_argument("--output", required=True, metavar="FILE",
                   help="the file to write ('-': standard output, json only)")
    p.set_defaults(handler=run_report)


def run_report(ctx: CliContext, args) -> int:
    # Checked before the password is asked: a typing error costs no login.
    period = Period.parse(args.first, args.last)
    to_stdout = args.output == STDOUT
    if to_stdout and args.fmt != "json":
        raise HaloError(MSG_STDOUT_JSON_ONLY, field="output", fmt=args.fmt)
    with ctx.core() as core:
        report = core.reports.compute(period, args.office)
        if to_stdout:
            core.reports.record_export(report, args.fmt)
        else:
            path = core.reports.export(report, args.fmt, Path(args.output), ctx.lang)
    if to_stdout:
        ctx.out.write(report_json(report))
        return 0
    ctx.say(MSG_SAVED, path=path)
    return 0
