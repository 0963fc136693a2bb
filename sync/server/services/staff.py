"""Central staff accounts: created centrally, verified by password on a device's first login.

The rules for usernames, names, roles and passwords are the desktop's own functions.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import datetime

from sqlalchemy import Connection, select, update
from sqlalchemy.engine import RowMapping

from desktop.domain import validation as v
from desktop.domain.accounts import check_new_password, check_username, normalize_username
from desktop.domain.roles import parse_role, role_label
from desktop.messages import HaloError, Msg
from sync.server.db.engine import Database
from sync.server.db.tables import users
from sync.server.errors import (
    MSG_BAD_LOGIN,
    MSG_USER_EXISTS,
    MSG_USER_UNKNOWN,
    Conflict,
    Forbidden,
    NotFound,
    Unauthenticated,
)
from sync.server.services import audit
from sync.server.services import offices as office_service
from sync.server.services.actor import Actor
from sync.server.services.changelog import ServerTx
from sync.server.services.passwords import PasswordPolicy

PUBLIC = [c for c in users.c if c.name != "password_verifier"]
# Audit actions of a central account's first login on a PC (POST /auth/device-unlock).
DEVICE_UNLOCKED = "user.device_unlocked"
DEVICE_UNLOCK_REFUSED = "user.device_unlock_refused"

MSG_ROLE_REFUSED = Msg(
    "device_unlock_role_refused",
    "Akun dengan peran {role_id} tidak dapat masuk pertama kali di komputer ini melalui server "
    "pusat. Minta administrator kantor untuk menambahkan akun Anda di komputer ini.",
    "An account with the role {role_en} cannot make its first login on this computer through "
    "the central server. Ask the office administrator to add your account on this computer.")


def _check(c: v.Collector, fn, value: str, field: str):
    """Run one of the desktop's account checks, collecting its error under `field`."""
    try:
        return fn(value)
    except v.ValidationError as exc:
        c.add(exc)
    except HaloError as exc:
        c.add(v.ValidationError(exc.msg, field=field, **exc.params))
    return None


def get(conn: Connection, user_id: str) -> RowMapping:
    row = conn.execute(select(*PUBLIC).where(users.c.id == user_id)).mappings().first()
    if row is None:
        raise NotFound(MSG_USER_UNKNOWN, field="user_id")
    return row


def find(conn: Connection, username: str) -> RowMapping:
    row = conn.execute(select(*PUBLIC).where(users.c.username == username)).mappings().first()
    if row is None:
        raise NotFound(MSG_USER_UNKNOWN, field="username")
    return row


def list_users(conn: Connection, actor: Actor, office_code: str | None = None) -> list[RowMapping]:
    stmt = select(*PUBLIC).order_by(users.c.office_code, users.c.username)
    if not actor.national:
        stmt = stmt.where(users.c.office_code == actor.office_code)
    if office_code:
        stmt = stmt.where(users.c.office_code == office_code)
    return list(conn.execute(stmt).mappings())


def add(conn: Connection, actor: Actor, now: datetime, passwords: PasswordPolicy, *,
        username: str, full_name: str, office_code: str, role: str, password: str) -> RowMapping:
    actor.require_national()
    c = v.Collector()
    name = _check(c, check_username, username, "username")
    full = c.check(v.normalize_name, full_name, "full_name", required=True)
    role_value = _check(c, parse_role, role, "role")
    _check(c, check_new_password, password, "password")
    c.raise_if_any()
    office = office_service.get(conn, office_service.check_code(office_code), active=True)
    if conn.scalar(select(users.c.id).where(users.c.username == name)):
        raise Conflict(MSG_USER_EXISTS, field="username")
    tx = ServerTx(conn, actor, now)
    user_id = str(uuid.uuid4())
    tx.insert("user", {
        "id": user_id, "username": name, "full_name": full, "role": role_value.value,
        "active": 1, "created_at": tx.now, "updated_at": tx.now, "office_code": office["code"],
        "password_verifier": passwords.make_verifier(password),
    }, office_code=office["code"])
    tx.finish()
    audit.record(conn, actor, audit.USER_CREATED, at=now, target=user_id,
                 detail=f"role={role_value.value}", office_code=office["code"])
    return get(conn, user_id)


def change(conn: Connection, actor: Actor, now: datetime, passwords: PasswordPolicy,
           user_id: str, *, full_name: str | None = None, role: str | None = None,
           active: bool | None = None, password: str | None = None) -> RowMapping:
    actor.require_national()
    row = get(conn, user_id)
    c = v.Collector()
    fields: dict = {}
    if full_name is not None:
        fields["full_name"] = c.check(v.normalize_name, full_name, "full_name", required=True)
    if role is not None:
        parsed = _check(c, parse_role, role, "role")
        fields["role"] = parsed.value if parsed else ""
    if active is not None:
        fields["active"] = int(active)
    if password is not None:
        _check(c, check_new_password, password, "password")
    c.raise_if_any()
    changed = sorted(k for k, val in fields.items() if row[k] != val)
    if password is not None:
        conn.execute(update(users).where(users.c.id == user_id)
                     .values(password_verifier=passwords.make_verifier(password)))
    if changed or password is not None:
        tx = ServerTx(conn, actor, now)
        tx.update("user", user_id, {**{k: fields[k] for k in changed}, "updated_at": tx.now},
                  office_code=row["office_code"])
        tx.finish()
        audit.record(conn, actor, audit.USER_UPDATED, at=now, target=user_id,
                     detail=",".join(changed + (["password"] if password is not None else [])),
                     office_code=row["office_code"])
    return get(conn, user_id)


def check_password(db: Database, actor: Actor, now: datetime, passwords: PasswordPolicy,
                   username: str, password: str, *, any_office: bool = False,
                   roles: Collection[str] | None = None,
                   verified: str = audit.PASSWORD_VERIFIED,
                   rejected: str = audit.PASSWORD_REJECTED) -> RowMapping | None:
    """The account when the password is right and the account belongs to the device's office
    (any office with `any_office`), else None. Both outcomes are audited under the given
    actions (committed, so a refusal stays in the trail). Every refusal looks the same and
    costs the same: it cannot tell which usernames exist.

    With `roles`, a right password of an account of another role is refused with Forbidden
    saying what to do instead: only someone who proved the password learns the reason.
    """
    name = normalize_username(username)
    with db.read() as conn:
        row = conn.execute(select(users).where(users.c.username == name)).mappings().first()
    usable = (row is not None and bool(row["active"])
              and (any_office or row["office_code"] == actor.office_code))
    # Outside any transaction: Argon2 takes a while and must not hold SQLite's write lock.
    ok = passwords.verify(row["password_verifier"] if usable else None, password)
    with db.write() as conn:
        if not ok:
            audit.record(conn, actor, rejected, at=now,
                         target=row["id"] if row is not None else "")
            return None
        if passwords.needs_rehash(row["password_verifier"]):
            conn.execute(update(users).where(users.c.id == row["id"])
                         .values(password_verifier=passwords.make_verifier(password)))
        if roles is None or row["role"] in roles:
            audit.record(conn, actor, verified, at=now, target=row["id"])
            return get(conn, row["id"])
        audit.record(conn, actor, rejected, at=now, target=row["id"], detail=f"role={row['role']}")
    # Raised once the refusal is committed to the trail.
    raise Forbidden(MSG_ROLE_REFUSED, field="username", role_id=role_label(row["role"], "id"),
                    role_en=role_label(row["role"], "en"))


def refuse_login() -> Unauthenticated:
    return Unauthenticated(MSG_BAD_LOGIN)
