"""The audit trail for supervisors (issue 14 §1.6): every PC's pushed rows and the server's
own, newest first, in pages. Who may read and what they see: services/audit_read.py.

Every filter arrives as text and is checked by the service, so a bad value is a 400 in
both languages naming the parameter, never a bare validation error.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from sync.server.api.deps import Context, CurrentActor
from sync.server.api.responses import errors
from sync.server.services import audit_read

router = APIRouter(prefix="/api/v1/audit", tags=["audit"])


class AuditEntryOut(BaseModel):
    id: str
    at: str = Field(description="when, UTC (ISO 8601)")
    user: str = Field(description="the account that acted (cli:<name> for the server's CLI)")
    device: str = Field(description="the device id ('server' for the server itself)")
    device_label: str = Field(description="office-letter and label of the device, if known")
    office_code: str
    action: str
    target: str = Field(description="a case number, an account, an office...")
    detail: str = Field(description="codes and counts, never personal data")


class AuditPageOut(BaseModel):
    entries: list[AuditEntryOut]
    next_cursor: str | None = Field(
        description="pass as `cursor` for the next (older) page; null: nothing older")


def _q(description: str):
    return Query(description=description)


@router.get("", response_model=AuditPageOut, responses=errors(400, 401, 403, 422, 503))
def read_audit(
    actor: CurrentActor, ctx: Context,
    since: Annotated[str, _q("first day, YYYY-MM-DD (the office's own zone)")] = "",
    until: Annotated[str, _q("last day, YYYY-MM-DD (included)")] = "",
    user: Annotated[str, _q("only this account's rows")] = "",
    action: Annotated[str, _q("only this action, e.g. case_viewed")] = "",
    target: Annotated[str, _q("only rows about this target, e.g. a case number")] = "",
    office: Annotated[str, _q(
        "an office code; absent: the device's own office, or every office for a device of "
        "the national office (PST). Another office is refused (403) to a regional device.")] = "",
    limit: Annotated[str, _q(f"rows per page, 1-{audit_read.MAX_LIMIT} "
                             f"(default {audit_read.DEFAULT_LIMIT})")] = "",
    cursor: Annotated[str, _q("next_cursor of the previous page")] = "",
) -> AuditPageOut:
    # Checked before anything is read: a bad value is the caller's to fix.
    query = audit_read.parse_query(office=office, since=since, until=until, user=user,
                                   action=action, target=target, limit=limit, cursor=cursor)
    with ctx.db.write() as conn:  # the read's own audit row commits with it
        page = audit_read.read(conn, actor, ctx.now(), query)
    return AuditPageOut(entries=[AuditEntryOut(**r) for r in page.rows],
                        next_cursor=page.next_cursor)
