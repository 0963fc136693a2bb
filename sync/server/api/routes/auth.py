"""A central account's first login on a PC.

POST /api/v1/auth/verify-password checks a password for an unlocked, enrolled desktop (it
sends its device credential). POST /api/v1/auth/device-unlock serves the login screen,
where the database and with it the device credential are still locked: the password of
an account of the device's office, in a role that works on a PC (Settings.unlock_roles),
releases the device unlock key given at enrolment.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import errors
from sync.server.api.schemas import (
    DeviceUnlockIn,
    DeviceUnlockOut,
    StaffOut,
    VerifyIn,
    VerifyOut,
)
from sync.server.keys import reported_to_clients
from sync.server.services import devices, ratelimit, staff
from sync.server.services.actor import Actor

router = APIRouter(prefix="/api/v1/auth", tags=["staff"])


@router.post("/verify-password", response_model=VerifyOut,
             responses=errors(400, 401, 413, 422, 429, 503))
def verify_password(body: VerifyIn, actor: CurrentActor, ctx: Context) -> VerifyOut:
    now = ctx.now()
    settings = ctx.settings
    with ctx.db.write() as conn:
        seconds = int(now.timestamp())
        ratelimit.hit(conn, f"verify-device:{actor.device}", settings.verify_device_limit, seconds)
        ratelimit.hit(conn, f"verify-user:{body.username.strip().lower()}",
                      settings.verify_user_limit, seconds)
    user = staff.check_password(ctx.db, actor, now, ctx.passwords, body.username, body.password)
    if user is None:
        raise staff.refuse_login()
    return VerifyOut(user=staff_out(user))


@router.post("/device-unlock", response_model=DeviceUnlockOut,
             responses=errors(400, 401, 403, 409, 413, 422, 429, 503))
def device_unlock(body: DeviceUnlockIn, request: Request, ctx: Context) -> DeviceUnlockOut:
    now = ctx.now()
    settings = ctx.settings
    state = request.scope["state"]
    state["device_id"] = body.device_id
    seconds = int(now.timestamp())
    client = request.client.host if request.client else "unknown"
    with ctx.db.write() as conn:
        ratelimit.hit(conn, f"unlock-address:{client}", settings.unlock_address_limit, seconds)
    with ctx.db.read() as conn:
        device = devices.for_unlock(conn, body.device_id)
    # Only now, with a real and active device, do attempts count against the account: random
    # device ids must not lock anyone out. The same buckets as verify-password, so the two
    # endpoints do not double the guesses.
    with ctx.db.write() as conn:
        ratelimit.hit(conn, f"verify-device:{device['id']}", settings.verify_device_limit,
                      seconds)
        ratelimit.hit(conn, f"verify-user:{body.username.strip().lower()}",
                      settings.verify_user_limit, seconds)
    with reported_to_clients():  # opened before the password: released only if it opens
        unlock_key = devices.open_unlock_key(device, ctx.keys.load())
    actor = Actor(user="", device=device["id"], office_code=device["office_code"],
                  national=bool(device["national"]), request_id=state["request_id"])
    # A national (PST) PC serves central staff of every office; a regional PC its own.
    user = staff.check_password(ctx.db, actor, now, ctx.passwords, body.username, body.password,
                                any_office=actor.national, roles=settings.unlock_roles,
                                verified=staff.DEVICE_UNLOCKED,
                                rejected=staff.DEVICE_UNLOCK_REFUSED)
    if user is None:
        raise staff.refuse_login()
    return DeviceUnlockOut(unlock_key=unlock_key, user=staff_out(user))


def staff_out(row) -> StaffOut:
    return StaffOut(id=row["id"], username=row["username"], full_name=row["full_name"],
                    role=row["role"], office_code=row["office_code"], active=bool(row["active"]),
                    created_at=row["created_at"], updated_at=row["updated_at"])
