"""`halotki-server`: parser, dispatch, and the one place failures become messages and exit codes."""

from __future__ import annotations

import argparse
import logging
import sys

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from desktop import __version__
from desktop.messages import DEFAULT_LANGUAGE, LANGUAGES, HaloError, Msg
from sync.server.cli import admin, audit, person, retention, serve
from sync.server.config import (
    ENV_DATA_DIR,
    ENV_DB,
    ENV_KEY,
    ENV_KEY_FILE,
    ENV_UNLOCK_ROLES,
    Settings,
    safe_url,
)

log = logging.getLogger("halotki.server.cli")

EXIT_OK, EXIT_INVALID, EXIT_DB, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 3, 70, 130

EPILOG = f"""\
exit codes:
  0    success
  1    invalid input (the message names what is wrong); refused to listen without TLS
  3    database unreachable or unusable
  4    database schema not current: run 'halotki-server migrate'
  5    server key missing, wrong or unreadable (the message says what to do)
  7    not found (office, device, account)
  70   internal error
  130  interrupted

environment:
  {ENV_DB}      database URL (default: a SQLite file in the data folder)
  {ENV_DATA_DIR}  data folder of the embedded SQLite database
  {ENV_KEY_FILE}  server key file (default: beside the SQLite database, or in
                           the data folder with PostgreSQL)
  {ENV_KEY}     the server key itself, instead of a key file
  {ENV_UNLOCK_ROLES}  roles whose accounts may receive a PC's unlock key
                           (default: case_officer,supervisor,admin)
"""

MSG_DB = Msg("db_unreachable", "Basis data tidak dapat dibuka: {url}",
             "The database cannot be opened: {url}")
MSG_INTERNAL = Msg("server_cli_internal_error", "Terjadi kesalahan internal ({kind}).",
                   "Internal error ({kind}).")


class _UsageError(Exception):
    def __init__(self, parser: argparse.ArgumentParser, message: str) -> None:
        super().__init__(message)
        self.parser, self.message = parser, message


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise _UsageError(self, message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="halotki-server", description="Halo TKI Desk central server.",
                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", metavar="URL",
                        help=f"postgresql://user@host/db or a SQLite path (default: ${ENV_DB}, "
                             "else the embedded SQLite file)")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder of the embedded SQLite database")
    parser.add_argument("--key-file", metavar="PATH",
                        help=f"server key file (default: ${ENV_KEY_FILE}, else beside the "
                             "SQLite database or in the data folder)")
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE,
                        help="language of messages (default: id)")
    parser.add_argument("--version", action="version", version=f"halotki-server {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    serve.add_parsers(sub)
    admin.add_parsers(sub)
    retention.add_parsers(sub)
    audit.add_parsers(sub)
    person.add_parsers(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as exc:
        exc.parser.print_usage(sys.stderr)
        print(f"halotki-server: {exc.message}", file=sys.stderr)
        return EXIT_INVALID
    url = "?"
    try:
        settings = Settings.from_env(args.db, args.data_dir, args.key_file)
        url = safe_url(settings.database_url)
        return args.handler(settings, args)
    except ValueError as exc:  # a database URL we cannot use
        _say(str(exc))
        return EXIT_INVALID
    except HaloError as exc:
        _say(exc.text(args.lang))
        return exc.exit_code
    except OperationalError:
        _say(MSG_DB.text(args.lang, url=url))
        return EXIT_DB
    except SQLAlchemyError as exc:
        _say(MSG_INTERNAL.text(args.lang, kind=type(exc).__name__))
        return EXIT_DB
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _say(text: str) -> None:
    print("halotki-server: " + " ".join(text.split()), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
