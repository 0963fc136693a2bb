"""`halotki`: the desktop application, and headless commands for office IT and scripts."""

from __future__ import annotations

import argparse
import logging
import sys

from desktop import __version__
from desktop.cli import cmd_accounts, cmd_cases, cmd_maintenance
from desktop.cli.context import CliContext, data_paths
from desktop.logging_setup import configure_logging
from desktop.messages import LANGUAGES, HaloError
from desktop.paths import resolve_data_dir
from desktop.settings import Settings

log = logging.getLogger("halotki.cli")

EXIT_INTERNAL, EXIT_INTERRUPTED = 70, 130
EXIT_CODES = """exit codes:
  0    success
  1    invalid input (the message names the field)
  2    authentication failed: wrong, unknown or empty password, too many attempts, inactive account
  3    data unusable: database damaged, missing or not encrypted; key file or backup unusable
  4    this PC is not set up yet (run 'halotki init' or start the application)
  5    could not write (e.g. disk full); nothing was partly saved
  6    your role may not do this
  7    case not found
  8    'check' found problems
  70   internal error (details in the log file of the data folder)
  130  interrupted

environment:
  HALOTKI_DATA_DIR   data folder (default: the per-user application data folder)
  HALOTKI_USER       account for commands that open the data
  HALOTKI_PASSWORD   its password (for scripts; otherwise you are asked)
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="halotki",
        description="Halo TKI Desk. Without a command the desktop application starts.",
        epilog=EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data-dir", help="folder of this PC's data")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: saved setting)")
    parser.add_argument("--version", action="version", version=f"halotki {__version__}")
    sub = parser.add_subparsers(dest="command")
    gui = sub.add_parser("gui", help="start the desktop application (the default)")
    gui.set_defaults(func=None)
    cmd_accounts.add_parsers(sub)
    cmd_maintenance.add_parsers(sub)
    cmd_cases.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths = data_paths(resolve_data_dir(args.data_dir))
    lang = args.lang or Settings.load(paths.settings).language
    log_file = configure_logging(paths.logs) if paths.root.exists() or args.command == "init" else None
    if getattr(args, "func", None) is None:
        from desktop.ui.app import run_gui

        return run_gui(paths.root, args.lang)
    ctx = CliContext(paths, lang, sys.stdout)
    try:
        return args.func(ctx, args)
    except HaloError as exc:
        log.info("command %s failed: %s", args.command, exc.code)
        print(f"halotki: {exc.text(lang)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception:
        log.exception("internal error in command %s", args.command)
        where = str(log_file) if log_file else str(paths.logs)
        print("halotki: " + ("Terjadi kesalahan internal; rinciannya ada di " if lang == "id"
                             else "Internal error; details are in ") + where, file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
