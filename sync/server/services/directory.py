"""The stakeholder directory on the server: who may write an entry, central's own writes,
and the seed every replica starts from.

Every device receives every entry (its changes are logged with office EVERY_OFFICE). Who
may write, checked here for pushes (sync_apply.py) and central's writes alike:
- the national office (PST) and central's own operations: insert and update any entry,
  and adopt an office's local partner as a central entry (office_code '');
- a regional office: insert only entries of its own office, update only entries whose
  current office is its own, and never change an entry's office.
Entries merge per field by clock, without conflicts: a directory entry is not a case a
person settles, and the newest edit of a partner's address is the one to keep.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from importlib import resources
from typing import Any

from sqlalchemy import Connection, select

from desktop.domain.reference import Reference
from desktop.messages import Msg
from sync import protocol
from sync.server.db.tables import offices, stakeholders
from sync.server.db.upsert import insert_for
from sync.server.errors import MSG_INVALID_REQUEST, Forbidden, NotFound, Unprocessable
from sync.server.services.actor import Actor
from sync.server.services.changelog import ServerTx
from sync.server.services.digests import EVERY_OFFICE
from sync.server.services.sync_validate import Invalid, check_change

MSG_OWN_OFFICE_ONLY = Msg(
    "directory_own_office_only",
    "Kantor daerah hanya dapat menambahkan mitra lokal kantornya sendiri ke direktori.",
    "A regional office can add only its own local partners to the directory.")
MSG_NOT_YOURS = Msg(
    "directory_entry_not_yours",
    "Entri direktori ini dikelola pusat atau kantor lain; perubahan dari komputer ini tidak "
    "diterima.",
    "This directory entry is kept by central or another office; changes from this computer "
    "are not accepted.")
MSG_OFFICE_FIXED = Msg(
    "directory_office_fixed",
    "Hanya pusat yang dapat mengubah kantor pemilik entri direktori.",
    "Only central can change which office a directory entry belongs to.")
MSG_ENTRY_UNKNOWN = Msg("directory_entry_unknown", "Entri direktori tidak ditemukan.",
                        "Directory entry not found.")
ENTITY = "stakeholder"


def refusal(actor: Actor, current: Mapping[str, Any] | None,
            fields: Mapping[str, Any]) -> tuple[Msg, str] | None:
    """Why `actor` may not write `fields` of this entry (None: it may); `current` is the
    entry as the server holds it (None: a new entry)."""
    if actor.national:
        return None
    own = actor.office_code
    if current is None:
        if fields.get("office_code") != own:
            return MSG_OWN_OFFICE_ONLY, f"{ENTITY}.office_code"
        return None
    if current["office_code"] != own:
        return MSG_NOT_YOURS, ENTITY
    if "office_code" in fields and fields["office_code"] != own:
        return MSG_OFFICE_FIXED, f"{ENTITY}.office_code"
    return None


def office_known(conn: Connection, code: Any, known: set[str] | None = None) -> bool:
    """'' (a central entry) or an office the server has."""
    if code == "":
        return True
    if known is None:
        known = set(conn.scalars(select(offices.c.code)))
    return code in known


# -- central's own writes -----------------------------------------------------------------

def insert_entry(conn: Connection, actor: Actor, now: datetime, row: dict[str, Any],
                 ref: Reference) -> None:
    """A new entry written centrally (the national rule: any office, or '')."""
    full = {name: "" for name in protocol.REPLICATED[ENTITY]}
    full.update(active="1", created_by=actor.user[:64])
    full.update(row)
    tx = ServerTx(conn, actor, now)
    full["created_at"] = full["created_at"] or tx.now
    full["updated_at"] = tx.now
    _check(conn, actor, None, full, ref, "insert")
    tx.insert(ENTITY, full, office_code=EVERY_OFFICE)
    tx.finish()


def update_entry(conn: Connection, actor: Actor, now: datetime, entry_id: str,
                 fields: dict[str, Any], ref: Reference) -> dict[str, Any]:
    """Change an entry centrally; returns the old values of what changed."""
    current = conn.execute(select(stakeholders).where(stakeholders.c.id == entry_id)
                           ).mappings().first()
    if current is None:
        raise NotFound(MSG_ENTRY_UNKNOWN, field=ENTITY)
    tx = ServerTx(conn, actor, now)
    _check(conn, actor, current, fields, ref, "update")
    old = tx.update(ENTITY, entry_id, fields, office_code=EVERY_OFFICE)
    if old:
        tx.update(ENTITY, entry_id, {"updated_at": tx.now}, office_code=EVERY_OFFICE)
    tx.finish()
    return old


def _check(conn: Connection, actor: Actor, current: Mapping | None, fields: dict[str, Any],
           ref: Reference, op: str) -> None:
    refused = refusal(actor, current, fields)
    if refused is not None:
        raise Forbidden(refused[0], field=refused[1])
    if "office_code" in fields and not office_known(conn, fields["office_code"]):
        raise Unprocessable(MSG_INVALID_REQUEST, field=f"{ENTITY}.office_code")
    entry_id = fields.get("id") or (current or {}).get("id", "")
    try:
        check_change(protocol.Change(change_id="central", entity=ENTITY, entity_id=entry_id,
                                     case_id="", op=op, fields=fields, hlc=""), ref)
    except Invalid as exc:
        raise Unprocessable(MSG_INVALID_REQUEST, field=exc.field) from None


# -- the seed -------------------------------------------------------------------------------

def seed_changes() -> list[protocol.Change]:
    text = resources.files("desktop.seed").joinpath("stakeholders.json").read_text("utf-8")
    return protocol.directory_seed(json.loads(text))


def seed(conn: Connection, now: datetime, actor: Actor) -> int:
    """Insert the seed entries the server lacks, each with its seed change (scope: every
    office; the seed's clock, older than any edit); returns how many changes were logged.
    Entries central has edited since are left as they are."""
    tx = ServerTx(conn, actor, now)
    added = 0
    for ch in seed_changes():
        if not tx.log_as_is(ch, office_code=EVERY_OFFICE):
            continue
        conn.execute(insert_for(conn, stakeholders).values(**ch.fields)
                     .on_conflict_do_nothing(index_elements=["id"]))
        added += 1
    tx.finish()
    return added
