"""Dependencies of the routes: the server context and the authenticated device (as an Actor)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.exceptions import RequestValidationError
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from desktop.domain.accounts import USERNAME_RE
from sync.server.context import ServerContext
from sync.server.errors import MSG_BAD_USER_HEADER, BadRequest
from sync.server.services import devices
from sync.server.services.actor import Actor

bearer = HTTPBearer(auto_error=False, scheme_name="device",
                    description="The device credential from enrolment: hd1.<device id>.<secret>")


def reject_unknown_query(request: Request) -> None:
    """Unknown query parameters are an error, as unknown body fields are: a typo such as
    ?ofice=SBY must not silently return every case of the scope."""
    route = request.scope.get("route")
    allowed = {f.alias for f in route.dependant.query_params} if route is not None else set()
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise RequestValidationError([
            {"type": "extra_forbidden", "loc": ("query", name),
             "msg": "Extra inputs are not permitted"} for name in unknown])


def context(request: Request) -> ServerContext:
    return request.app.state.ctx


Context = Annotated[ServerContext, Depends(context)]


def current_actor(
    request: Request,
    ctx: Context,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    x_halotki_user: Annotated[str | None, Header(
        max_length=64, description="the account logged in on the desktop (audit trail)")] = None,
) -> Actor:
    token = credentials.credentials if credentials else None
    with ctx.db.read() as conn:
        device = devices.authenticate(conn, token)
    request.scope.setdefault("state", {})["device_id"] = device["id"]
    now = ctx.now()
    last = device["last_seen_at"]
    if last is None or (now - last).total_seconds() >= ctx.settings.last_seen_interval_s:
        with ctx.db.write() as conn:
            devices.touch(conn, device["id"], now, ctx.settings.last_seen_interval_s)
    user = (x_halotki_user or "").strip().lower()
    if user and not USERNAME_RE.match(user):
        raise BadRequest(MSG_BAD_USER_HEADER, field="X-Halotki-User")
    return Actor(user=user, device=device["id"], office_code=device["office_code"],
                 national=bool(device["national"]), request_id=request.scope["state"]["request_id"])


CurrentActor = Annotated[Actor, Depends(current_actor)]
