"""Enrolled devices: authenticate a credential, list, revoke."""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta

from sqlalchemy import Connection, or_, select, update
from sqlalchemy.engine import RowMapping

from desktop.domain import validation as v
from sync.credentials import parse_token
from sync.server.db.tables import devices, offices
from sync.server.errors import (
    MSG_CREDENTIAL_INVALID,
    MSG_CREDENTIAL_MISSING,
    MSG_DEVICE_REVOKED,
    MSG_DEVICE_UNKNOWN,
    NotFound,
    Unauthenticated,
)
from sync.server.services import audit
from sync.server.services.actor import Actor


def hash_secret(secret: str) -> str:
    # The secret has 256 random bits: a plain SHA-256 is enough, no slow hash needed.
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def authenticate(conn: Connection, token: str | None) -> RowMapping:
    """The device row (with `national`) for a bearer token, or Unauthenticated."""
    if not token:
        raise Unauthenticated(MSG_CREDENTIAL_MISSING)
    credential = parse_token(token)
    if credential is None:
        raise Unauthenticated(MSG_CREDENTIAL_INVALID)
    row = conn.execute(
        select(devices, offices.c.national)
        .join(offices, offices.c.code == devices.c.office_code)
        .where(devices.c.id == credential.device_id)
    ).mappings().first()
    if row is None or not hmac.compare_digest(row["secret_hash"], hash_secret(credential.secret)):
        raise Unauthenticated(MSG_CREDENTIAL_INVALID)
    if row["revoked_at"] is not None:
        reason = row["revoked_reason"] or "-"
        raise Unauthenticated(MSG_DEVICE_REVOKED, reason=reason, details={
            "reason": reason, "revoked_at": row["revoked_at"].isoformat()})
    return row


def touch(conn: Connection, device_id: str, now: datetime, interval_s: int) -> None:
    """Record that the device was seen, at most once per interval (not a write per call)."""
    conn.execute(update(devices).where(
        devices.c.id == device_id,
        or_(devices.c.last_seen_at.is_(None),
            devices.c.last_seen_at < now - timedelta(seconds=interval_s)),
    ).values(last_seen_at=now))


def list_devices(conn: Connection, office_code: str | None = None) -> list[RowMapping]:
    stmt = select(devices).order_by(devices.c.office_code, devices.c.device_letter)
    if office_code:
        stmt = stmt.where(devices.c.office_code == office_code)
    return list(conn.execute(stmt).mappings())


def revoke(conn: Connection, actor: Actor, now: datetime, device_id: str,
           reason: str) -> RowMapping:
    reason = v.normalize_text(reason, "reason", max_len=500, required=True)
    row = conn.execute(select(devices).where(devices.c.id == device_id)).mappings().first()
    if row is None:
        raise NotFound(MSG_DEVICE_UNKNOWN, field="device_id")
    if row["revoked_at"] is None:
        conn.execute(update(devices).where(devices.c.id == device_id)
                     .values(revoked_at=now, revoked_reason=reason))
        audit.record(conn, actor, audit.DEVICE_REVOKED, at=now, target=device_id,
                     office_code=row["office_code"])
    return conn.execute(select(devices).where(devices.c.id == device_id)).mappings().one()
