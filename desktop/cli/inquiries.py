"""`halotki inquiry add|list`: information requests from the command line (a phone line's
log typed in later, a check of what was asked)."""

from __future__ import annotations

from dataclasses import asdict

from desktop import terminal
from desktop.cli.context import CliContext
from desktop.domain.inquiries import InquiryInput
from desktop.messages import Msg

LIST_WIDTHS = (17, 14, 28, 0)

MSG_ADDED = Msg("cli_inquiry_added", "Permintaan informasi dicatat.",
                "Information request recorded.")
MSG_COUNT = Msg("cli_inquiry_count", "{shown} dari {total} permintaan informasi",
                "{shown} of {total} information requests")


def add_parsers(sub) -> None:
    inquiry = sub.add_parser("inquiry", help="information requests (not complaints)")
    actions = inquiry.add_subparsers(dest="inquiry_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="record a question answered")
    p.add_argument("--channel", default="telepon", help="reference code (default: telepon)")
    p.add_argument("--topic", required=True, help="reference code of the topic")
    p.add_argument("--question", required=True)
    p.add_argument("--answer", default="")
    p.add_argument("--name", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--type", dest="complainant_type", default="",
                   help="who asked (complainant type code)")
    p.set_defaults(handler=run_add)
    p = actions.add_parser("list", help="newest first")
    p.add_argument("--search", default="", help="text, name or phone number")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=run_list)


def run_add(ctx: CliContext, args) -> int:
    inp = InquiryInput(channel=args.channel, topic=args.topic, question=args.question,
                       answer=args.answer, name=args.name, phone=args.phone,
                       complainant_type=args.complainant_type)
    with ctx.core() as core:
        core.inquiries.record(inp)
    ctx.say(MSG_ADDED)
    return 0


def run_list(ctx: CliContext, args) -> int:
    with ctx.core() as core:
        rows = core.inquiries.list(args.search)
        total = core.inquiries.count()
        labels = {r.topic: core.reference.label("inquiry_topic", r.topic, ctx.lang) for r in rows}
    if args.json:
        ctx.print(terminal.to_json([asdict(r) for r in rows]))
        return 0
    table = [(r.received_at[:16].replace("T", " "), r.phone or r.name or "-", labels[r.topic],
              " ".join(r.question.split())) for r in rows]
    for line in terminal.render(table, LIST_WIDTHS):
        ctx.print(line)
    ctx.say(MSG_COUNT, shown=len(rows), total=total)
    return 0
