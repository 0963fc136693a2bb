"""One-time enrolment codes: issued by `halotki-server enrol`, exchanged for a credential.

A code normally enrols a new device. With `replaces` (the device credential inside a
restored backup) it re-keys that device instead: same id and letter (case numbers carry
the letter), a new secret, and the old secret refused from then on, so a restored backup
never gives two PCs one identity. With `existing` (a PC set up locally, its cases already
numbered) the device keeps its own letter, or the enrolment is refused (enrol_existing.py).
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.engine import RowMapping

from desktop.domain import validation as v
from desktop.messages import Msg
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
    Forbidden,
    Gone,
)
from sync.server.keys import KeySource
from sync.server.services import audit, enrol_existing
from sync.server.services import devices as device_service
from sync.server.services import offices as office_service
from sync.server.services.actor import Actor
from sync.server.services.devices import check_unlock_key, hash_secret
from sync.server.services.enrol_existing import ExistingStore

# "Z" is the server's own letter (cases created centrally), so devices never get it.
SERVER_LETTER = "Z"
DEVICE_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXY"
DEVICE_REKEYED = "device.rekeyed"

MSG_REPLACED_OFFICE = Msg(
    "replaced_device_office",
    "Kode pendaftaran ini dibuat untuk kantor {code_office}, sedangkan komputer asal cadangan "
    "ini milik kantor {device_office}. Minta kode untuk kantor {device_office}.",
    "This enrolment code was issued for office {code_office}, but the computer this backup "
    "comes from belongs to office {device_office}. Ask for a code for {device_office}.")


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
           expected_office: str | None = None, unlock_key: str | None = None, *,
           replaces: str | None = None, keys: KeySource | None = None,
           existing: ExistingStore | None = None) -> Enrolment:
    """Exchange a code for a device credential; the code is spent only on success.

    `unlock_key` is the device unlock key the desktop wrapped its database key with; it is
    kept, sealed with the server key from `keys`, for a central account's first login on
    that PC (see devices.for_unlock). `replaces` is an old device credential to re-key
    instead of enrolling a new device (a restored backup). `existing` describes a PC set up
    locally whose cases already carry its letter: it keeps that letter, or is refused
    (enrol_existing.py)."""
    canonical = normalize_code(code)
    if canonical is None:
        raise BadRequest(MSG_CODE_INVALID, field="code")
    label = v.normalize_name(label, "label", required=True)
    if unlock_key is not None:
        unlock_key = check_unlock_key(unlock_key)
    if existing is not None:
        if replaces is not None:  # a restored backup keeps its device; nothing to claim
            raise BadRequest(enrol_existing.MSG_EXISTING_SHAPE, field="existing",
                             what="existing+replaces")
        existing = enrol_existing.check(existing, now)
    expected = office_service.check_code(expected_office) if expected_office else None
    row = _usable_code(conn, canonical, now, expected)
    if existing is not None:
        enrol_existing.refuse_office(existing, row["office_code"])
    office = office_service.get(conn, row["office_code"], active=True)
    # Lock the office row: two enrolments of one office must not pick the same letter, and
    # a key rotation (which locks every office) must not re-seal between our read of the
    # key file and our write (devices.seal_unlock_keys).
    conn.execute(select(offices.c.code).where(offices.c.code == office["code"]).with_for_update())
    if replaces is not None:
        return _rekey(conn, actor, now, row, office, label, unlock_key, replaces, keys)
    if existing is not None:
        letter = enrol_existing.keep_letter(conn, existing, SERVER_LETTER)
    else:
        letter = _free_letter(conn, office["code"])
    credential = DeviceCredential(uuid.uuid4().hex, new_secret())
    conn.execute(insert(devices).values(
        id=credential.device_id, office_code=office["code"], label=label, device_letter=letter,
        secret_hash=hash_secret(credential.secret), enrolled_at=now, last_seen_at=now,
        unlock_key=_sealed(keys, credential.device_id, unlock_key),
    ))
    _spend(conn, row, now, credential.device_id)
    audit.record(conn, _device_actor(actor, credential.device_id, office), audit.DEVICE_ENROLLED,
                 at=now, target=credential.device_id,
                 detail=f"letter={letter}" + (f" {existing.summary()}" if existing else ""))
    return Enrolment(credential, letter, office)


def _rekey(conn: Connection, actor: Actor, now: datetime, code_row: RowMapping,
           office: RowMapping, label: str, unlock_key: str | None, replaces: str,
           keys: KeySource | None) -> Enrolment:
    """A new secret (and unlock key) for the device whose credential a restored backup
    holds; the old secret is refused from this commit on."""
    old = device_service.for_replacement(conn, replaces)
    if old["office_code"] != office["code"]:
        raise Conflict(MSG_REPLACED_OFFICE, field="replaces", code_office=office["code"],
                       device_office=old["office_code"])
    credential = DeviceCredential(old["id"], new_secret())
    changed = conn.execute(
        update(devices)
        .where(devices.c.id == old["id"], devices.c.secret_hash == old["secret_hash"],
               devices.c.revoked_at.is_(None))
        .values(secret_hash=hash_secret(credential.secret), label=label, last_seen_at=now,
                unlock_key=_sealed(keys, old["id"], unlock_key))
    ).rowcount
    if changed != 1:  # another restore took it over between our read and now
        raise Forbidden(device_service.MSG_REPLACED_INVALID, field="replaces")
    _spend(conn, code_row, now, old["id"])
    audit.record(conn, _device_actor(actor, old["id"], office), DEVICE_REKEYED, at=now,
                 target=old["id"], detail=f"letter={old['device_letter']}")
    return Enrolment(credential, old["device_letter"], office)


def _usable_code(conn: Connection, canonical: str, now: datetime,
                 expected: str | None) -> RowMapping:
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
    return row


def _sealed(keys: KeySource | None, device_id: str, unlock_key: str | None) -> str | None:
    """The unlock key as stored: sealed with the server key, never in clear (no key, no
    enrolment: KeySource raises a ServerKeyError, and the transaction rolls back)."""
    if unlock_key is None:
        return None
    source = keys if keys is not None else KeySource()
    return source.load().seal(device_id, unlock_key)


def _spend(conn: Connection, code_row: RowMapping, now: datetime, device_id: str) -> None:
    spent = conn.execute(
        update(enrolment_codes)
        .where(enrolment_codes.c.id == code_row["id"], enrolment_codes.c.used_at.is_(None))
        .values(used_at=now, device_id=device_id)
    ).rowcount
    if spent != 1:  # another request spent it between our read and now
        raise Conflict(MSG_CODE_USED, field="code")


def _device_actor(actor: Actor, device_id: str, office: RowMapping) -> Actor:
    return Actor(actor.user, device_id, office["code"], bool(office["national"]),
                 actor.request_id)


def _free_letter(conn: Connection, office_code: str) -> str:
    taken = set(conn.scalars(select(devices.c.device_letter)
                             .where(devices.c.office_code == office_code)))
    for letter in DEVICE_LETTERS:
        if letter not in taken:
            return letter
    raise Conflict(MSG_LETTERS_EXHAUSTED)
