"""Enrolled devices: authenticate a credential, list, revoke, and keep their escrowed
unlock keys sealed with the server key (see sync/server/keys.py)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections import Counter
from dataclasses import dataclass
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
    Forbidden,
    NotFound,
    Unauthenticated,
)
from sync.server.keys import KeyRing, sealed_with
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
MSG_REPLACED_INVALID = Msg(
    "replaced_credential_invalid",
    "Kredensial perangkat dalam cadangan ini tidak dikenal server pusat (mungkin sudah diambil "
    "alih oleh pemulihan lain). Kode pendaftaran tidak terpakai; hubungi administrator pusat.",
    "The central server does not recognise the device credential in this backup (another "
    "restore may have taken it over). The enrolment code was not used; contact the central "
    "administrator.")
MSG_REPLACED_REVOKED = Msg(
    "replaced_device_revoked",
    "Komputer asal cadangan ini telah dicabut di server pusat (alasan: {reason}), jadi "
    "identitasnya tidak dapat diambil alih. Kode pendaftaran tidak terpakai; hubungi "
    "administrator pusat.",
    "The computer this backup comes from was revoked at the central server (reason: "
    "{reason}), so its identity cannot be taken over. The enrolment code was not used; "
    "contact the central administrator.")


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


def for_replacement(conn: Connection, token: str) -> RowMapping:
    """The device whose credential a restored backup holds, locked for its re-key: the token
    must match a device that is not revoked (a wrong, unknown or revoked one is refused)."""
    credential = parse_token(token)
    row = None
    if credential is not None:
        row = conn.execute(select(devices).where(devices.c.id == credential.device_id)
                           .with_for_update()).mappings().first()
    if row is None or not hmac.compare_digest(row["secret_hash"],
                                              hash_secret(credential.secret)):
        raise Forbidden(MSG_REPLACED_INVALID, field="replaces")
    if row["revoked_at"] is not None:
        reason = row["revoked_reason"] or "-"
        raise Forbidden(MSG_REPLACED_REVOKED, field="replaces", reason=reason,
                        details={"reason": reason})
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
    # The escrowed key goes with the credential (also one an older server left behind):
    # nothing on the server may open a revoked PC's database any more.
    conn.execute(update(devices).where(devices.c.id == device_id).values(unlock_key=None))
    return conn.execute(select(devices).where(devices.c.id == device_id)).mappings().one()


# -- escrowed unlock keys ----------------------------------------------------------------------

@dataclass(frozen=True)
class Sealing:
    sealed: int  # keys (re-)encrypted with the current server key
    erased: int  # keys of revoked devices that older servers had kept


def seal_unlock_keys(conn: Connection, ring: KeyRing) -> Sealing:
    """Bring every stored unlock key under the ring's current key, in the caller's
    transaction: plaintext of older servers and keys sealed with an older server key are
    (re-)encrypted, keys of revoked devices erased."""
    # Enrolments lock their office row before they read the key file (enrolment.redeem):
    # holding every office row, no enrolment seals with a key file read before ours.
    conn.execute(select(offices.c.code).with_for_update())
    rows = conn.execute(select(devices.c.id, devices.c.unlock_key, devices.c.revoked_at)
                        .where(devices.c.unlock_key.is_not(None))
                        .with_for_update()).mappings().all()
    sealed = erased = 0
    for row in rows:
        if row["revoked_at"] is not None:
            value, erased = None, erased + 1
        else:
            value = ring.reseal(row["id"], row["unlock_key"])
            if value is None:
                continue
            sealed += 1
        conn.execute(update(devices).where(devices.c.id == row["id"]).values(unlock_key=value))
    return Sealing(sealed, erased)


def open_unlock_key(row: RowMapping, ring: KeyRing) -> str:
    """The unlock key of a device row (from for_unlock), opened with the server key."""
    return ring.open(row["id"], row["unlock_key"])


def unlock_key_census(conn: Connection) -> Counter:
    """How many stored unlock keys each server key sealed ("" for plaintext)."""
    values = conn.scalars(select(devices.c.unlock_key).where(devices.c.unlock_key.is_not(None)))
    return Counter(sealed_with(value) or "" for value in values)
