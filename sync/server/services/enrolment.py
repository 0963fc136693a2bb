"""One-time enrolment codes: issued by `halotki-server enrol`, exchanged for a credential."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.engine import RowMapping

from desktop.domain import validation as v
from sync.credentials import DeviceCredential, new_enrolment_code, new_secret, normalize_code
from sync.server.db.tables import devices, enrolment_codes, offices
from sync.server.errors import (
    MSG_CODE_EXPIRED,
    MSG_CODE_INVALID,
    MSG_CODE_OFFICE,
    MSG_CODE_USED,
    MSG_LETTERS_EXHAUSTED,
    BadRequest,
    Conflict,
    Gone,
)
from sync.server.services import audit
from sync.server.services import offices as office_service
from sync.server.services.actor import Actor
from sync.server.services.devices import check_unlock_key, hash_secret

# "Z" is the server's own letter (cases created centrally), so devices never get it.
SERVER_LETTER = "Z"
DEVICE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXY"


@dataclass(frozen=True)
class IssuedCode:
    code: str
    office_code: str
    expires_at: datetime


@dataclass(frozen=True)
class Enrolment:
    credential: DeviceCredential
    device_letter: str
    office: RowMapping


def _hash(canonical: str) -> str:
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def issue(conn: Connection, actor: Actor, now: datetime, office_code: str,
          ttl: timedelta) -> IssuedCode:
    office = office_service.get(conn, office_service.check_code(office_code), active=True)
    code = new_enrolment_code()
    expires = now + ttl
    conn.execute(insert(enrolment_codes).values(
        id=uuid.uuid4().hex, code_hash=_hash(normalize_code(code)), office_code=office["code"],
        created_at=now, expires_at=expires, created_by=actor.user[:64],
    ))
    audit.record(conn, actor, audit.ENROL_CODE_ISSUED, at=now, office_code=office["code"],
                 target=office["code"])
    return IssuedCode(code, office["code"], expires)


def redeem(conn: Connection, actor: Actor, now: datetime, code: str, label: str,
           expected_office: str | None = None, unlock_key: str | None = None) -> Enrolment:
    """Exchange a code for a new device credential; the code is spent only on success.

    `unlock_key` is the device unlock key the desktop wrapped its database key with; it is
    kept for a central account's first login on that PC (see devices.for_unlock)."""
    canonical = normalize_code(code)
    if canonical is None:
        raise BadRequest(MSG_CODE_INVALID, field="code")
    label = v.normalize_name(label, "label", required=True)
    if unlock_key is not None:
        unlock_key = check_unlock_key(unlock_key)
    expected = office_service.check_code(expected_office) if expected_office else None
    stmt = select(enrolment_codes).where(enrolment_codes.c.code_hash == _hash(canonical))
    row = conn.execute(stmt.with_for_update()).mappings().first()
    if row is None:
        raise BadRequest(MSG_CODE_INVALID, field="code")
    if row["used_at"] is not None:
        raise Conflict(MSG_CODE_USED, field="code")
    if row["expires_at"] <= now:
        raise Gone(MSG_CODE_EXPIRED, field="code")
    if expected and expected != row["office_code"]:
        raise Conflict(MSG_CODE_OFFICE, field="office_code", office=expected)
    office = office_service.get(conn, row["office_code"], active=True)
    # Lock the office row: two enrolments of one office must not pick the same letter.
    conn.execute(select(offices.c.code).where(offices.c.code == office["code"]).with_for_update())
    letter = _free_letter(conn, office["code"])
    credential = DeviceCredential(uuid.uuid4().hex, new_secret())
    conn.execute(insert(devices).values(
        id=credential.device_id, office_code=office["code"], label=label, device_letter=letter,
        secret_hash=hash_secret(credential.secret), enrolled_at=now, last_seen_at=now,
        unlock_key=unlock_key,
    ))
    spent = conn.execute(
        update(enrolment_codes)
        .where(enrolment_codes.c.id == row["id"], enrolment_codes.c.used_at.is_(None))
        .values(used_at=now, device_id=credential.device_id)
    ).rowcount
    if spent != 1:  # another request spent it between our read and now
        raise Conflict(MSG_CODE_USED, field="code")
    who = Actor(actor.user, credential.device_id, office["code"], bool(office["national"]),
                actor.request_id)
    audit.record(conn, who, audit.DEVICE_ENROLLED, at=now, target=credential.device_id,
                 detail=f"letter={letter}")
    return Enrolment(credential, letter, office)


def _free_letter(conn: Connection, office_code: str) -> str:
    taken = set(conn.scalars(select(devices.c.device_letter)
                             .where(devices.c.office_code == office_code)))
    for letter in DEVICE_LETTERS:
        if letter not in taken:
            return letter
    raise Conflict(MSG_LETTERS_EXHAUSTED)
