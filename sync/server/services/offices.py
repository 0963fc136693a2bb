"""Offices: code, name, time zone; the national office (PST) sees every case."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.engine import RowMapping

from desktop.domain import validation as v
from desktop.formatting import OFFICE_ZONES
from sync.server.db.tables import offices
from sync.server.errors import (
    MSG_OFFICE_CODE,
    MSG_OFFICE_EXISTS,
    MSG_OFFICE_INACTIVE,
    MSG_OFFICE_TZ,
    MSG_OFFICE_UNKNOWN,
    BadRequest,
    Conflict,
    NotFound,
)
from sync.server.services import audit
from sync.server.services.actor import Actor

OFFICE_CODE = re.compile(r"[A-Z]{2,5}")


def check_code(value: str, field: str = "office_code") -> str:
    code = (value or "").strip().upper()
    if not OFFICE_CODE.fullmatch(code):
        raise BadRequest(MSG_OFFICE_CODE, field=field)
    return code


def check_tz(value: str) -> str:
    tz = (value or "").strip().upper()
    if tz not in OFFICE_ZONES:
        raise BadRequest(MSG_OFFICE_TZ, field="tz")
    return tz


def list_offices(conn: Connection, include_inactive: bool = True) -> list[RowMapping]:
    stmt = select(offices).order_by(offices.c.national.desc(), offices.c.code)
    if not include_inactive:
        stmt = stmt.where(offices.c.active.is_(True))
    return list(conn.execute(stmt).mappings())


def get(conn: Connection, code: str, *, active: bool = False) -> RowMapping:
    """The office, or NotFound; with active=True an inactive office is refused too."""
    row = conn.execute(select(offices).where(offices.c.code == code)).mappings().first()
    if row is None:
        raise NotFound(MSG_OFFICE_UNKNOWN, field="office_code")
    if active and not row["active"]:
        raise Conflict(MSG_OFFICE_INACTIVE, field="office_code")
    return row


def national_code(conn: Connection) -> str:
    return conn.scalar(select(offices.c.code).where(offices.c.national.is_(True))
                       .order_by(offices.c.code)) or "PST"


def create(conn: Connection, actor: Actor, now: datetime, code: str, name: str,
           tz: str) -> RowMapping:
    actor.require_national()
    code, tz = check_code(code, "code"), check_tz(tz)
    name = v.normalize_name(name, "name", required=True)
    if conn.scalar(select(offices.c.code).where(offices.c.code == code)):
        raise Conflict(MSG_OFFICE_EXISTS, field="code")
    conn.execute(insert(offices).values(code=code, name=name, tz=tz, national=False,
                                        active=True, created_at=now, updated_at=now))
    audit.record(conn, actor, audit.OFFICE_CREATED, at=now, target=code, office_code=code)
    return get(conn, code)


def change(conn: Connection, actor: Actor, now: datetime, code: str, *, name: str | None = None,
           tz: str | None = None, active: bool | None = None) -> RowMapping:
    actor.require_national()
    row = get(conn, code)
    fields: dict = {}
    if name is not None:
        fields["name"] = v.normalize_name(name, "name", required=True)
    if tz is not None:
        fields["tz"] = check_tz(tz)
    if active is not None and not row["national"]:  # the national office stays active
        fields["active"] = active
    fields = {k: val for k, val in fields.items() if row[k] != val}
    if fields:
        conn.execute(update(offices).where(offices.c.code == code).values(updated_at=now, **fields))
        audit.record(conn, actor, audit.OFFICE_UPDATED, at=now, target=code,
                     detail=",".join(sorted(fields)), office_code=code)
    return get(conn, code)
