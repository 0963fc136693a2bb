"""POST /api/v1/enroll: a one-time code becomes this device's credential (with `replaces`,
a restored backup's device gets a new one in place of its old; with `existing`, a PC set up
locally keeps the letter its cases are numbered with, or is refused)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request, status
from pydantic import Field

from sync.server.api.deps import Context
from sync.server.api.responses import errors
from sync.server.api.schemas import EnrolIn, EnrolOut, OfficeCode, OfficeOut, RequestModel
from sync.server.keys import reported_to_clients
from sync.server.services import enrol_existing, enrolment, ratelimit
from sync.server.services.actor import Actor
from sync.server.services.enrol_existing import ExistingStore

router = APIRouter(prefix="/api/v1", tags=["devices"])


class LatestNumberIn(RequestModel):
    year: Annotated[int, Field(strict=True, ge=enrol_existing.FIRST_YEAR, le=9999)]
    highest: Annotated[int, Field(strict=True, ge=1, le=enrol_existing.MAX_SEQ,
                                  description="the highest sequence number of that year")]


class ExistingStoreIn(RequestModel):
    office_code: OfficeCode = Field(description="the office the PC's case numbers carry")
    letter: Annotated[str, Field(pattern=r"^[A-Z]$", description="the PC's device letter")]
    latest: list[LatestNumberIn] = Field(
        default_factory=list, max_length=enrol_existing.MAX_YEARS,
        description="per year, the highest sequence number of the PC's cases (none: empty)")


class EnrolWithStoreIn(EnrolIn):
    existing: ExistingStoreIn | None = Field(
        default=None, description="a PC set up locally, its cases already numbered "
        "{OFFICE}-{YEAR}-{LETTER}-{SEQ}: it keeps its letter if no other device of the office "
        "has it and no case on the server carries a number of that office and letter; "
        "otherwise 409 with the reason, and the code stays usable")


def _existing(body: ExistingStoreIn | None) -> ExistingStore | None:
    if body is None:
        return None
    return ExistingStore(body.office_code, body.letter,
                         tuple((item.year, item.highest) for item in body.latest))


@router.post("/enroll", status_code=status.HTTP_201_CREATED, response_model=EnrolOut,
             responses=errors(400, 403, 404, 409, 410, 413, 422, 429, 503))
def enrol(body: EnrolWithStoreIn, request: Request, ctx: Context) -> EnrolOut:
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
                                body.unlock_key, replaces=body.replaces, keys=ctx.keys,
                                existing=_existing(body.existing))
    request.scope["state"]["device_id"] = done.credential.device_id
    office = done.office
    return EnrolOut(
        device_id=done.credential.device_id, device_letter=done.device_letter,
        device_secret=done.credential.secret, server_time=now,
        office=OfficeOut(code=office["code"], name=office["name"], tz=office["tz"],
                         national=bool(office["national"]), active=bool(office["active"])),
    )


