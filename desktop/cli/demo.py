"""`halotki demo-data`: realistic synthetic cases for training and trying the application."""

from __future__ import annotations

import sys

from desktop.cli.argtypes import positive_int
from desktop.cli.context import CliContext
from desktop.messages import Msg

# Above this, one transaction per batch instead of the services' one per step: the same
# cases, minutes instead of hours for benchmark-sized stores.
BULK_FROM = 500

MSG_DONE = Msg("cli_demo_done", "{n} kasus contoh dibuat.", "{n} demo cases recorded.")
MSG_PROGRESS = Msg("cli_demo_progress", "Membuat kasus contoh: {done}/{total}",
                   "Recording demo cases: {done}/{total}")


def add_parsers(sub) -> None:
    p = sub.add_parser("demo-data", help="record synthetic demo cases (a role that records and "
                                         "closes cases, e.g. supervisor)")
    p.add_argument("--cases", type=positive_int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="the same seed gives the same cases (default: 1)")
    p.set_defaults(handler=run_demo)


def run_demo(ctx: CliContext, args) -> int:
    from desktop.demo import generator

    with ctx.core() as core:
        make = generator.bulk_generate if args.cases > BULK_FROM else generator.generate_cases
        numbers = make(core, args.cases, args.seed, progress=_progress(ctx))
    ctx.say(MSG_DONE, n=len(numbers))
    return 0


def _progress(ctx: CliContext):
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        sys.stderr.write("\r" + ctx.text(MSG_PROGRESS, done=done, total=total) + end)
        sys.stderr.flush()

    return report
