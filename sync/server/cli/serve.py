"""`serve` and `migrate`."""

from __future__ import annotations

import argparse
import os

import uvicorn

from desktop.messages import HaloError, Msg
from sync.netaddr import is_loopback_host
from sync.server.config import ENV_DB, Settings, safe_url
from sync.server.context import ServerContext
from sync.server.logs import ENV_LOG_LEVEL, configure_logging
from sync.server.setup import ensure_ready, migrate_and_seed

DEFAULT_PORT = 8470

MSG_NEEDS_TLS = Msg(
    "serve_needs_tls",
    "Menolak mendengarkan di {host} tanpa TLS: data pengaduan akan terkirim tanpa enkripsi. "
    "Pasang --ssl-certfile dan --ssl-keyfile, dengarkan di 127.0.0.1 di belakang reverse proxy "
    "HTTPS, atau (hanya jika jaringan sudah terenkripsi) tambahkan --insecure.",
    "Refusing to listen on {host} without TLS: complaint data would travel unencrypted. "
    "Give --ssl-certfile and --ssl-keyfile, listen on 127.0.0.1 behind an HTTPS reverse proxy, "
    "or (only if the network is already encrypted) add --insecure.",
)
MSG_TLS_PAIR = Msg("serve_tls_pair", "--ssl-certfile dan --ssl-keyfile harus diberikan bersama.",
                   "--ssl-certfile and --ssl-keyfile go together.")


def add_parsers(sub) -> None:
    p = sub.add_parser("serve", help="run the HTTP API (uvicorn)")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default 127.0.0.1, for a reverse proxy)")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--workers", type=int, default=1,
                   help="worker processes; the server is stateless, so add as many as needed")
    p.add_argument("--ssl-certfile", metavar="PEM")
    p.add_argument("--ssl-keyfile", metavar="PEM")
    p.add_argument("--insecure", action="store_true",
                   help="allow plain HTTP on a non-loopback address")
    p.add_argument("--forwarded-allow-ips", default="127.0.0.1",
                   help="proxies whose X-Forwarded-For/-Proto are trusted (default 127.0.0.1)")
    p.add_argument("--log-level", default="info",
                   choices=("critical", "error", "warning", "info", "debug"))
    p.set_defaults(handler=run_serve)

    m = sub.add_parser("migrate", help="create or upgrade the database schema, seed reference data")
    m.add_argument("--to", default="head", metavar="REVISION", help=argparse.SUPPRESS)
    m.set_defaults(handler=run_migrate)


def check_listen(host: str, certfile: str | None, keyfile: str | None, insecure: bool) -> None:
    if bool(certfile) != bool(keyfile):
        raise HaloError(MSG_TLS_PAIR, field="ssl")
    if not certfile and not insecure and not is_loopback_host(host):
        raise HaloError(MSG_NEEDS_TLS, field="host", host=host)


def run_serve(settings: Settings, args) -> int:
    check_listen(args.host, args.ssl_certfile, args.ssl_keyfile, args.insecure)
    configure_logging(args.log_level)
    ctx = ServerContext.create(settings)
    try:
        ensure_ready(ctx)
    finally:
        ctx.close()
    # Workers are separate processes: they read the settings from the environment.
    os.environ[ENV_DB] = settings.database_url
    os.environ[ENV_LOG_LEVEL] = args.log_level
    print(f"halotki-server: {safe_url(settings.database_url)} on "
          f"{'https' if args.ssl_certfile else 'http'}://{args.host}:{args.port}", flush=True)
    uvicorn.run("sync.server.asgi:app_from_env", factory=True, host=args.host, port=args.port,
                workers=args.workers, ssl_certfile=args.ssl_certfile, ssl_keyfile=args.ssl_keyfile,
                proxy_headers=True, forwarded_allow_ips=args.forwarded_allow_ips,
                access_log=False, log_config=None, server_header=False,
                log_level=args.log_level)
    return 0


def run_migrate(settings: Settings, args) -> int:
    ctx = ServerContext.create(settings)
    try:
        result = migrate_and_seed(ctx, args.to)
    finally:
        ctx.close()
    print(f"{safe_url(settings.database_url)}: schema {result.before or '-'} -> {result.after}; "
          f"{result.seeded} reference rows added")
    return 0
