"""GET /health: is the database reachable, and is its schema the one this build expects."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from desktop import __version__
from sync.server.api.deps import Context
from sync.server.api.schemas import HealthOut
from sync.server.db import migrate

router = APIRouter(tags=["operations"])


@router.get("/health", response_model=HealthOut,
            responses={503: {"model": HealthOut, "description": "database unreachable or behind"}})
def health(request: Request, ctx: Context):
    current, reachable = None, True
    try:
        with ctx.db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        current = migrate.current_revision(ctx.db.engine)
    except SQLAlchemyError:
        reachable = False
    head = request.app.state.schema_head
    ok = reachable and current == head
    out = HealthOut(status="ok" if ok else "unavailable",
                    database="reachable" if reachable else "unreachable",
                    backend=ctx.db.backend, schema_version=current, schema_head=head,
                    up_to_date=current == head, version=__version__)
    return JSONResponse(out.model_dump(), status_code=200 if ok else 503)


