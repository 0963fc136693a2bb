"""Central staff accounts: listed within the device's scope; managed by the national office."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, status

from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import READ, WRITE
from sync.server.api.routes.auth import staff_out
from sync.server.api.schemas import StaffChange, StaffIn, StaffOut
from sync.server.services import staff

router = APIRouter(prefix="/api/v1/staff", tags=["staff"])

UserPath = Annotated[str, Path(pattern=r"^[0-9a-f-]{36}$", description="account id (UUID)")]


@router.get("", response_model=list[StaffOut], responses=READ)
def list_staff(actor: CurrentActor, ctx: Context,
               office: Annotated[str, Query(pattern=r"^[A-Z]{2,5}$")] = "") -> list[StaffOut]:
    with ctx.db.read() as conn:
        return [staff_out(r) for r in staff.list_users(conn, actor, office or None)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=StaffOut, responses=WRITE)
def add_staff(body: StaffIn, actor: CurrentActor, ctx: Context) -> StaffOut:
    with ctx.db.write() as conn:
        return staff_out(staff.add(conn, actor, ctx.now(), ctx.passwords,
                                   username=body.username, full_name=body.full_name,
                                   office_code=body.office_code, role=body.role,
                                   password=body.password))


@router.patch("/{user_id}", response_model=StaffOut, responses=WRITE)
def change_staff(user_id: UserPath, body: StaffChange, actor: CurrentActor,
                 ctx: Context) -> StaffOut:
    with ctx.db.write() as conn:
        return staff_out(staff.change(conn, actor, ctx.now(), ctx.passwords, user_id,
                                      full_name=body.full_name, role=body.role,
                                      active=body.active, password=body.password))
