"""`halotki referral list`: the referrals still waiting for a reply, overdue ones first."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from desktop import terminal
from desktop.cli.context import CliContext
from desktop.domain import casework
from desktop.formatting import format_date
from desktop.messages import Msg

LIST_WIDTHS = (18, 36, 17, 17, 0)

MSG_COUNT = Msg("cli_referral_count", "{n} rujukan menunggu jawaban ({late} terlambat)",
                "{n} referrals waiting for a reply ({late} overdue)")
MSG_LATE = Msg("cli_referral_late", "terlambat {days} hari", "{days} days overdue")
MSG_WAITING = Msg("cli_referral_waiting", "menunggu", "waiting")


def add_parsers(sub) -> None:
    referral = sub.add_parser("referral", help="referrals to partners").add_subparsers(
        dest="referral_command", metavar="ACTION", required=True)
    p = referral.add_parser("list", help="referrals waiting for a reply, overdue ones first")
    p.add_argument("--overdue", action="store_true", help="only those past their reply date")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run_list)


def run_list(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        pending = core.referrals.pending(overdue_only=args.overdue)
    if args.json:
        ctx.print(terminal.to_json([asdict(r) for r in pending]))
        return 0
    rows = [(r.case_number, r.addressee, format_date(_day(r.sent_on), ctx.lang),
             format_date(_day(r.reply_due), ctx.lang),
             ctx.text(MSG_LATE, days=r.days_overdue) if r.state == casework.OVERDUE
             else ctx.text(MSG_WAITING)) for r in pending]
    for line in terminal.render(rows, LIST_WIDTHS):
        ctx.print(line)
    ctx.say(MSG_COUNT, n=len(pending), late=sum(r.state == casework.OVERDUE for r in pending))
    return 0


def _day(iso: str) -> date:
    return date.fromisoformat(iso)
