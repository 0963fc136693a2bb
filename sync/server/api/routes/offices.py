"""Offices: every device may list them; the national office creates and changes them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, status

from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import READ, WRITE
from sync.server.api.schemas import OfficeChange, OfficeIn, OfficeOut
from sync.server.services import offices

router = APIRouter(prefix="/api/v1/offices", tags=["offices"])

OfficePath = Annotated[str, Path(pattern=r"^[A-Z]{2,5}$")]


def office_out(row) -> OfficeOut:
    return OfficeOut(code=row["code"], name=row["name"], tz=row["tz"],
                     national=bool(row["national"]), active=bool(row["active"]))


@router.get("", response_model=list[OfficeOut], responses=READ)
def list_offices(_actor: CurrentActor, ctx: Context) -> list[OfficeOut]:
    with ctx.db.read() as conn:
        return [office_out(r) for r in offices.list_offices(conn)]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=OfficeOut, responses=WRITE)
def create_office(body: OfficeIn, actor: CurrentActor, ctx: Context) -> OfficeOut:
    with ctx.db.write() as conn:
        return office_out(offices.create(conn, actor, ctx.now(), body.code, body.name, body.tz))


@router.patch("/{code}", response_model=OfficeOut, responses=WRITE)
def change_office(code: OfficePath, body: OfficeChange, actor: CurrentActor,
                  ctx: Context) -> OfficeOut:
    with ctx.db.write() as conn:
        return office_out(offices.change(conn, actor, ctx.now(), code, name=body.name,
                                         tz=body.tz, active=body.active))
