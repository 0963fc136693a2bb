"""POST /api/v1/enroll: a one-time code becomes this device's credential (with `replaces`,
a restored backup's device gets a new one in place of its old)."""

from __future__ import annotations

from fastapi import APIRouter, Request, status

from sync.server.api.deps import Context
from sync.server.api.responses import errors
from sync.server.api.schemas import EnrolIn, EnrolOut, OfficeOut
from sync.server.keys import reported_to_clients
from sync.server.services import enrolment, ratelimit
from sync.server.services.actor import Actor

router = APIRouter(prefix="/api/v1", tags=["devices"])


@router.post("/enroll", status_code=status.HTTP_201_CREATED, response_model=EnrolOut,
             responses=errors(400, 403, 404, 409, 410, 413, 422, 429, 503))
def enrol(body: EnrolIn, request: Request, ctx: Context) -> EnrolOut:
    now = ctx.now()
    client = request.client.host if request.client else "unknown"
    # Counted in its own transaction first, so a refused code (or old credential) still uses
    # up an attempt.
    with ctx.db.write() as conn:
        ratelimit.hit(conn, f"enrol:{client}", ctx.settings.enrol_limit, int(now.timestamp()))
    actor = Actor(user="", device="", office_code="", national=False,
                  request_id=request.scope["state"]["request_id"])
    with reported_to_clients(), ctx.db.write() as conn:
        done = enrolment.redeem(conn, actor, now, body.code, body.label, body.office_code,
                                body.unlock_key, replaces=body.replaces, keys=ctx.keys)
    request.scope["state"]["device_id"] = done.credential.device_id
    office = done.office
    return EnrolOut(
        device_id=done.credential.device_id, device_letter=done.device_letter,
        device_secret=done.credential.secret, server_time=now,
        office=OfficeOut(code=office["code"], name=office["name"], tz=office["tz"],
                         national=bool(office["national"]), active=bool(office["active"])),
    )


