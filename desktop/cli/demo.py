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
MSG_NO_OFFICERS = Msg(
    "cli_demo_no_officers",
    "Catatan: belum ada akun petugas penanganan, jadi semua kasus contoh ditangani oleh Anda. "
    "Agar kasus terbagi, minta administrator menambah petugas lebih dulu "
    "(halotki user add NAMA --role case_officer).",
    "Note: there is no case officer account yet, so you handle every demo case yourself. To "
    "share the cases out, have the administrator add officers first "
    "(halotki user add NAME --role case_officer).")


def add_parsers(sub) -> None:
    p = sub.add_parser("demo-data", help="record synthetic demo cases and the office's case work "
                                         "(as a supervisor; cases go to the office's case "
                                         "officers)")
    p.add_argument("--cases", type=positive_int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="the same seed gives the same cases (default: 1)")
    p.set_defaults(handler=run_demo)


def run_demo(ctx: CliContext, args) -> int:
    from desktop.demo import generator
    from desktop.demo.officers import roster

    with ctx.core() as core:
        generator.require_generator_rights(core)
        if not any(o.role == "case_officer" for o in roster(core)):
            sys.stderr.write(ctx.text(MSG_NO_OFFICERS) + "\n")
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
