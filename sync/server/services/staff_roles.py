"""What role a staff member acting through a device has, as far as the server knows.

Two records may name the account: the account as the device's own pushed "user" changes left
it (a PC's local accounts), and the central account of that name (a central login, usable on
its office's PCs or on any national PC). A role counts only when every record agrees, so an
account demoted or deactivated at central is refused even where a PC still has the old role.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection, select

from sync.server.db.tables import changes, users
from sync.server.services.actor import Actor


def has_role(conn: Connection, actor: Actor, username: str, roles: Iterable[str]) -> bool:
    """Whether `username`, acting through `actor`'s device, is an active account of one of
    `roles` on every record the server has of it (and has at least one)."""
    if not username:
        return False
    wanted = frozenset(roles)
    records = [r for r in (pushed_account(conn, actor, username),
                           central_account(conn, actor, username)) if r is not None]
    return bool(records) and all(_active_in(r, wanted) for r in records)


def _active_in(account: Mapping, roles: frozenset[str]) -> bool:
    return str(account.get("role", "")) in roles and str(account.get("active", "")) in (
        "1", "True", "true")


def pushed_account(conn: Connection, actor: Actor, username: str) -> dict | None:
    """The account named `username` as this device's own pushed changes left it."""
    state: dict[str, dict] = {}
    rows = conn.execute(select(changes.c.entity_id, changes.c.fields)
                        .where(changes.c.entity == "user", changes.c.device == actor.device)
                        .order_by(changes.c.seq))
    for entity_id, fields in rows:
        try:
            values = json.loads(fields)
        except ValueError:
            continue
        if isinstance(values, dict):
            state.setdefault(entity_id, {}).update(values)
    return next((s for s in state.values() if s.get("username") == username), None)


def central_account(conn: Connection, actor: Actor, username: str) -> dict | None:
    """The central account of that name, when it could be the one logged in on the device:
    its office's, or any office's on a national device."""
    row = conn.execute(select(users.c.role, users.c.active, users.c.office_code)
                       .where(users.c.username == username)).mappings().first()
    if row is None or not (actor.national or row["office_code"] == actor.office_code):
        return None
    return {"role": row["role"], "active": str(int(bool(row["active"])))}
