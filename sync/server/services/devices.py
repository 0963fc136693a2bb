"""Enrolled devices: authenticate a credential, list, revoke."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from datetime import datetime, timedelta

from sqlalchemy import Connection, or_, select, update
from sqlalchemy.engine import RowMapping

from desktop.domain import validation as v
from desktop.messages import Msg
from sync.credentials import parse_token
from sync.server.db.tables import devices, offices
from sync.server.errors import (
    MSG_CREDENTIAL_INVALID,
    MSG_CREDENTIAL_MISSING,
    MSG_DEVICE_REVOKED,
    MSG_DEVICE_UNKNOWN,
    BadRequest,
    Conflict,
    NotFound,
    Unauthenticated,
)
from sync.server.services import audit
from sync.server.services.actor import Actor

UNLOCK_KEY_BYTES = 32

MSG_UNLOCK_KEY_INVALID = Msg(
    "unlock_key_invalid",
    "Kunci buka perangkat tidak sah (harus 32 bita, base64url).",
    "The device unlock key is not valid (it must be 32 bytes, base64url).")
MSG_NO_UNLOCK_KEY = Msg(
    "device_no_unlock_key",
    "Komputer ini didaftarkan tanpa kunci buka perangkat, jadi akun pusat belum dapat masuk "
    "untuk pertama kali di sini. Administrator kantor dapat menambahkan akun di komputer ini.",
    "This computer was enrolled without a device unlock key, so a central account cannot log "
    "in here for the first time. The office administrator can add the account on this computer.")


def check_unlock_key(text: str) -> str:
    """The key as given, once it is certain to be 32 bytes of base64url (no padding)."""
    try:
        raw = base64.urlsafe_b64decode(text + "=")
    except (binascii.Error, ValueError, TypeError):
        raise BadRequest(MSG_UNLOCK_KEY_INVALID, field="unlock_key") from None
    # Only the canonical spelling: 43 characters can also carry 2 stray low bits.
    if len(raw) != UNLOCK_KEY_BYTES or base64.urlsafe_b64encode(raw).rstrip(b"=").decode() != text:
        raise BadRequest(MSG_UNLOCK_KEY_INVALID, field="unlock_key")
    return text


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
    _refuse_if_revoked(row)
    return row


def for_unlock(conn: Connection, device_id: str) -> RowMapping:
    """The device row (with `national`) whose unlock key a staff member asks for.

    There is no device credential here (its secret is inside the locked database), so the
    staff member's password is what authenticates; this only says whether the device may.
    """
    row = conn.execute(
        select(devices, offices.c.national)
        .join(offices, offices.c.code == devices.c.office_code)
        .where(devices.c.id == device_id)
    ).mappings().first()
    if row is None:
        raise Unauthenticated(MSG_CREDENTIAL_INVALID)
    _refuse_if_revoked(row)
    if not row["unlock_key"]:
        raise Conflict(MSG_NO_UNLOCK_KEY)
    return row


def _refuse_if_revoked(row: RowMapping) -> None:
    if row["revoked_at"] is not None:
        reason = row["revoked_reason"] or "-"
        raise Unauthenticated(MSG_DEVICE_REVOKED, reason=reason, details={
            "reason": reason, "revoked_at": row["revoked_at"].isoformat()})


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
