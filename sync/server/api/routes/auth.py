"""POST /api/v1/auth/verify-password: a central account's first login on an online device."""

from __future__ import annotations

from fastapi import APIRouter

from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import errors
from sync.server.api.schemas import StaffOut, VerifyIn, VerifyOut
from sync.server.services import ratelimit, staff

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


def staff_out(row) -> StaffOut:
    return StaffOut(id=row["id"], username=row["username"], full_name=row["full_name"],
                    role=row["role"], office_code=row["office_code"], active=bool(row["active"]),
                    created_at=row["created_at"], updated_at=row["updated_at"])
