"""GET /api/v1/device: who this credential is (lets a desktop test its enrolment)."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import select

from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import READ
from sync.server.api.schemas import DeviceOut
from sync.server.db.tables import devices

router = APIRouter(prefix="/api/v1", tags=["devices"])


@router.get("/device", response_model=DeviceOut, responses=READ)
def this_device(actor: CurrentActor, ctx: Context) -> DeviceOut:
    with ctx.db.read() as conn:
        row = conn.execute(select(devices).where(devices.c.id == actor.device)).mappings().one()
    return DeviceOut(device_id=row["id"], office_code=row["office_code"], national=actor.national,
                     label=row["label"], device_letter=row["device_letter"],
                     enrolled_at=row["enrolled_at"], last_seen_at=row["last_seen_at"])
