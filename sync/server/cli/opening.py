"""Opening the server's database for an admin command: its schema current and its key at
hand (ensure_ready says what to do otherwise), closed again whatever happens."""

from __future__ import annotations

from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.setup import ensure_ready


def open_ready(settings: Settings) -> ServerContext:
    ctx = ServerContext.create(settings)
    try:
        ensure_ready(ctx)
    except BaseException:
        ctx.close()
        raise
    return ctx


def with_ctx(fn):
    """A command handler `fn(ctx, args)` as the parser calls it: `handler(settings, args)`."""
    def handler(settings: Settings, args) -> int:
        ctx = open_ready(settings)
        try:
            return fn(ctx, args)
        finally:
            ctx.close()
    return handler
