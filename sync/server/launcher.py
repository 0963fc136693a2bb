"""`halotki-server`'s entry point. The server's libraries are an extra of the package
(pip install 'halotki[server]'); without them this says so in one line instead of failing
with an import error."""

from __future__ import annotations

import importlib.util
import sys

from desktop.messages import DEFAULT_LANGUAGE, LANGUAGES, Msg

# What every server needs (psycopg only for PostgreSQL, and it says so when it is missing).
SERVER_LIBRARIES = ("fastapi", "uvicorn", "sqlalchemy", "alembic")
EXIT_NOT_INSTALLED = 69  # sysexits' EX_UNAVAILABLE

MSG_NOT_INSTALLED = Msg(
    "server_not_installed",
    "halotki-server: bagian server belum terpasang (tidak ada: {missing}); pasang dengan: "
    "pip install 'halotki[server]'",
    "halotki-server: the server part is not installed (missing: {missing}); install it "
    "with: pip install 'halotki[server]'")


def missing_libraries() -> list[str]:
    return [name for name in SERVER_LIBRARIES if importlib.util.find_spec(name) is None]


def _language(argv: list[str] | None) -> str:
    """The --lang of the command line (`--lang en` or `--lang=en`), else the default; this
    runs before any parser, so anything odd falls back to the default."""
    args = sys.argv[1:] if argv is None else argv
    for i, arg in enumerate(args):
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else (
            arg.removeprefix("--lang=") if arg.startswith("--lang=") else None)
        if value in LANGUAGES:
            return value
    return DEFAULT_LANGUAGE


def main(argv: list[str] | None = None) -> int:
    missing = missing_libraries()
    if missing:
        print(MSG_NOT_INSTALLED.text(_language(argv), missing=", ".join(missing)),
              file=sys.stderr)
        return EXIT_NOT_INSTALLED
    from sync.server.cli.main import main as run_server

    return run_server(argv)


if __name__ == "__main__":
    sys.exit(main())
