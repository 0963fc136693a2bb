"""`halotki`: parser, dispatch, and the one place where failures become messages and exit codes."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys

from desktop import __version__
from desktop.cli import (
    cases,
    demo,
    enrol,
    gui,
    inquiries,
    maintenance,
    person,
    referrals,
    reports,
    self_test,
    setup_cmds,
    sync_cmd,
    users,
)
from desktop.cli.context import CliContext
from desktop.cli.kdf_policy import kdf_policy
from desktop.cli.logging_setup import CommandLog
from desktop.messages import DEFAULT_LANGUAGE, LANGUAGES, HaloError, Msg
from desktop.paths import DataPaths, resolve_data_dir
from desktop.private_fs import PRIVATE_UMASK
from desktop.settings import Settings

log = logging.getLogger("halotki.cli")

EXIT_OK, EXIT_INVALID, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 70, 130
COMMAND_MODULES = (setup_cmds, enrol, users, maintenance, cases, referrals, inquiries, reports,
                   demo, sync_cmd, person)

EPILOG = """\
exit codes:
  0    success
  1    invalid input (the message names what is wrong)
  2    authentication failed: wrong, unknown or empty password, no password given,
       too many attempts, inactive account; enrolment code unknown, used or expired
  3    data unusable: database damaged, missing or not encrypted; key file or backup
       unusable; data already set up (init, enrol)
  4    this PC is not set up yet (run 'halotki init' or 'halotki enrol', or start the
       application)
  5    could not write (e.g. disk full); nothing was partly saved (enrol: the code is
       then used up; the message names the device central should revoke)
  6    permission denied: your role may not do this
  7    case not found
  8    'check' or '--self-test' found problems
  9    the central server could not be reached, or its certificate is not valid (sync,
       enrol, a central account's first login on this PC); nothing is lost, try again later
  10   this PC is not enrolled, or its access was revoked (sync, first login); restore:
       a backup of an enrolled PC needs a new enrolment code (--code)
  11   sync: done, but this PC's clock is wrong (correct its date and time)
  70   internal error (details, without personal data, in <data dir>/logs/halotki.log)
  130  interrupted

environment:
  HALOTKI_DATA_DIR   data folder (default: the per-user application data folder)
  HALOTKI_USER       account for commands that open the data (else asked on a terminal)
  HALOTKI_PASSWORD   its password, for scripts (else asked on a terminal); for 'enrol'
                     the new administrator's password
"""

MSG_INTERNAL = Msg(
    "cli_internal_error",
    "Terjadi kesalahan internal; rinciannya ada di {path}",
    "Internal error; details are in {path}",
)
MSG_INTERNAL_NO_LOG = Msg(
    "cli_internal_error_no_log",
    "Terjadi kesalahan internal, dan berkas log tidak dapat ditulis.",
    "Internal error, and the log file could not be written.",
)


class _UsageError(Exception):
    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.message = message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        # argparse would exit with 2, which here means "authentication failed".
        raise _UsageError(self, message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="halotki",
        description="Halo TKI Desk. Without a command the desktop application starts.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--data-dir", metavar="DIR",
                        help="this PC's data folder (default: $HALOTKI_DATA_DIR, else per user)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of messages (default: the saved setting, Bahasa Indonesia)")
    parser.add_argument("--version", action="version", version=f"halotki {__version__}")
    self_test.add_argument(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui.add_parsers(sub)
    for module in COMMAND_MODULES:
        module.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        # --help and --version end in SystemExit(0), as in any argparse program.
        args = parser.parse_args(argv)
        if args.self_test and args.command is not None:
            raise _UsageError(parser, "--self-test takes no command")
    except _UsageError as exc:
        exc.parser.print_usage(sys.stderr)
        print(f"halotki: {exc.message}", file=sys.stderr)
        return EXIT_INVALID
    if args.self_test:
        args.command, args.handler = "self-test", self_test.run
    elif args.command is None:
        args.command, args.handler = "gui", gui.run
    # For the log: "case list", never the arguments (they can be names or search texts).
    args.command = " ".join(filter(None, (args.command, getattr(args, "user_command", None),
                                          getattr(args, "case_command", None),
                                          getattr(args, "referral_command", None))))
    _tolerant_output()
    # Whatever this run creates (the store, logs, backups, exports) is the owner's alone; the
    # umask is given back for callers in the same process (tests).
    previous = os.umask(PRIVATE_UMASK)
    try:
        return _run(args)
    finally:
        os.umask(previous)


def _run(args: argparse.Namespace) -> int:
    lang = args.lang or DEFAULT_LANGUAGE
    command_log: CommandLog | None = None
    try:
        paths = DataPaths(resolve_data_dir(args.data_dir))
        command_log = CommandLog(paths)
        # The desktop application writes its own log; a command writes into an existing
        # data folder only (a mistyped --data-dir must not create one).
        if args.command != "gui":
            command_log.open()
        lang = args.lang or Settings.load(paths.settings).language
        ctx = CliContext(paths, lang, kdf_policy(), sys.stdout, lang_override=args.lang)
        code = args.handler(ctx, args)
        if args.command != "gui" and command_log.open():  # init and restore create the folder
            log.info("command %s: exit %d", args.command, code)
        return code
    except HaloError as exc:
        log.info("command %s failed: %s (exit %d)", args.command, exc.code, exc.exit_code)
        _say(exc.text(lang))
        return exc.exit_code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (`| head`): nothing to tell anyone, and the final flush
        # at exit must not fail again.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:
        where = command_log.internal_error(args.command, exc) if command_log else None
        _say(MSG_INTERNAL.text(lang, path=where) if where else MSG_INTERNAL_NO_LOG.text(lang))
        return EXIT_INTERNAL
    finally:
        if command_log is not None:
            command_log.close()


def _say(text: str) -> None:
    # One line, whatever the message holds (a path or a driver detail with a newline).
    print("halotki: " + " ".join(text.split()), file=sys.stderr)


def _tolerant_output() -> None:
    # A Windows console in cp1252 cannot show "—" or some names; replace, never crash.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
