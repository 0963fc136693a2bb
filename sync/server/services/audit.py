"""The server's append-only audit trail: who, on which device, did what, when.

Targets and details name ids, codes and case numbers only, never personal data.
"""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, insert

from desktop.formatting import iso_utc
from sync.server.db.tables import audit_log
from sync.server.services.actor import Actor

ENROL_CODE_ISSUED = "enrolment.code_issued"
DEVICE_ENROLLED = "device.enrolled"
DEVICE_REVOKED = "device.revoked"
USER_CREATED = "user.created"
USER_UPDATED = "user.updated"
PASSWORD_VERIFIED = "user.password_verified"
PASSWORD_REJECTED = "user.password_rejected"
OFFICE_CREATED = "office.created"
OFFICE_UPDATED = "office.updated"
CASE_CREATED = "case.created"
CASE_ASSIGNED = "case.assigned"
CASE_TRANSFERRED = "case.transferred"


def record(conn: Connection, actor: Actor, action: str, *, at, target: str = "",
           detail: str = "", office_code: str = "") -> None:
    conn.execute(insert(audit_log).values(
        id=str(uuid.uuid4()), at=iso_utc(at), user=actor.user, device=actor.device,
        action=action, target=target[:200], detail=detail[:1000],
        office_code=office_code or actor.office_code, request_id=actor.request_id[:64],
    ))
