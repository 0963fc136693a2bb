"""The FastAPI application: routers, error handlers and the request middleware."""

from __future__ import annotations

from fastapi import Depends, FastAPI

from desktop import __version__
from sync.server.api import errors
from sync.server.api.deps import reject_unknown_query
from sync.server.api.middleware import RequestContext
from sync.server.api.routes import (
    audit,
    auth,
    blobs,
    cases,
    device,
    enrol,
    health,
    offices,
    staff,
    stats,
    sync,
)
from sync.server.context import ServerContext
from sync.server.db import migrate

DESCRIPTION = """Central server of Halo TKI Desk. Every call except `/health` and
`/api/v1/enroll` carries the device credential (`Authorization: Bearer hd1.<id>.<secret>`).
A device sees only its own office's cases and staff; devices of the national office (PST)
see every office and may create, assign and transfer cases. Errors always have the body
`{"error": {"code", "message", "message_id", "field", "details"}}`."""


def create_app(ctx: ServerContext) -> FastAPI:
    app = FastAPI(title="Halo TKI Desk central server", version=__version__,
                  description=DESCRIPTION, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json")
    app.state.ctx = ctx
    app.state.schema_head = migrate.head_revision()  # read the scripts once, not per probe
    app.include_router(health.router)  # probes may add their own query strings
    for module in (enrol, device, auth, cases, offices, staff, sync, blobs, stats, audit):
        app.include_router(module.router, dependencies=[Depends(reject_unknown_query)])
    errors.install(app)
    app.add_middleware(RequestContext, max_body_bytes=ctx.settings.max_body_bytes)
    return app
