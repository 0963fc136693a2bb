"""`serve`, `migrate` and `key` (the server key that seals the device unlock keys)."""

from __future__ import annotations

import argparse
import os

import uvicorn

from desktop.messages import HaloError, Msg
from sync.netaddr import is_loopback_host
from sync.server.config import ENV_DB, ENV_KEY_FILE, Settings, safe_url
from sync.server.context import ServerContext
from sync.server.logs import ENV_LOG_LEVEL, configure_logging
from sync.server.services import devices
from sync.server.setup import (
    ensure_key,
    ensure_ready,
    migrate_and_seed,
    prepare_key,
    rotate_key,
)

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

    m = sub.add_parser("migrate", help="create or upgrade the database schema, seed reference "
                       "data, create the server key, encrypt unlock keys left in clear")
    m.add_argument("--to", default="head", metavar="REVISION", help=argparse.SUPPRESS)
    m.set_defaults(handler=run_migrate)

    k = sub.add_parser("key", help="the server key (it encrypts the device unlock keys)")
    ks = k.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    ks.add_parser("rotate", help="make a new key and re-encrypt every unlock key with it"
                  ).set_defaults(handler=run_key_rotate)
    ks.add_parser("status", help="where the key is, and what it opens"
                  ).set_defaults(handler=run_key_status)


def check_listen(host: str, certfile: str | None, keyfile: str | None, insecure: bool) -> None:
    if bool(certfile) != bool(keyfile):
        raise HaloError(MSG_TLS_PAIR, field="ssl")
    if not certfile and not insecure and not is_loopback_host(host):
        raise HaloError(MSG_NEEDS_TLS, field="host", host=host)


def run_serve(settings: Settings, args) -> int:
    check_listen(args.host, args.ssl_certfile, args.ssl_keyfile, args.insecure)
    ctx = ServerContext.create(settings)
    try:
        ensure_ready(ctx)
        ensure_key(ctx)  # refused here, with what to do, rather than at the first unlock
    finally:
        ctx.close()
    configure_logging(args.log_level)
    # Workers are separate processes: they read the settings from the environment.
    os.environ[ENV_DB] = settings.database_url
    if ctx.keys.is_file:
        os.environ[ENV_KEY_FILE] = str(ctx.keys.path)
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
        key = prepare_key(ctx, create=True)
    finally:
        ctx.close()
    print(f"{safe_url(settings.database_url)}: schema {result.before or '-'} -> {result.after}; "
          f"{result.seeded} reference rows added")
    print(f"server key {key.ring.current_id}{' (new)' if key.created else ''}: "
          f"{ctx.keys.describe()}")
    if key.sealed or key.erased:
        print(f"{_keys(key.sealed)} encrypted, {key.erased} erased (of revoked devices)")
    return 0


def _keys(count: int) -> str:
    return f"{count} unlock key{'' if count == 1 else 's'}"


def run_key_rotate(settings: Settings, args) -> int:
    ctx = ServerContext.create(settings)
    try:
        ensure_ready(ctx)
        done = rotate_key(ctx)
    finally:
        ctx.close()
    print(f"server key {', '.join(done.old_ids)} -> {done.new_id}: {ctx.keys.describe()}; "
          f"{_keys(done.resealed)} re-encrypted")
    return 0


def run_key_status(settings: Settings, args) -> int:
    ctx = ServerContext.create(settings)
    try:
        ensure_ready(ctx)
        with ctx.db.read() as conn:
            census = devices.unlock_key_census(conn)
        ring = ctx.keys.load()
    finally:
        ctx.close()
    print(f"server key {ring.current_id}: {ctx.keys.describe()}"
          + (f" (also opens {', '.join(sorted(ring.ids - {ring.current_id}))})"
             if len(ring.ids) > 1 else ""))
    for key_id, count in sorted(census.items()):
        where = (f"encrypted with {key_id}" + ("" if key_id in ring.ids else " (NOT in this key)")
                 if key_id else "in clear (run 'halotki-server migrate')")
        print(f"{_keys(count)} {where}")
    return 0
