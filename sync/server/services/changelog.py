"""Server-side writes to synced tables, each recorded in the change log like a desktop outbox.

A change row has the desktop outbox shape (change_id, entity, entity_id, op, fields, hlc,
user, device, created_at) plus the global sequence number (the sync cursor) and the scope:
the office holding the entity after the change, and the office a transfer took it from.

Sequence numbers must become visible in order, or a device pulling "after seq N" could
skip a change that commits late. SQLite has one writer at a time; on PostgreSQL every
transaction that appends takes one advisory lock first, so appends commit in seq order.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, text, update

from desktop.formatting import iso_utc
from sync import protocol
from sync.hlc import HybridClock
from sync.server.db.tables import (
    ENTITY_TABLES,
    changes,
    server_meta,
)
from sync.server.db.upsert import upsert
from sync.server.services import digests, field_clocks
from sync.server.services.actor import Actor

SERVER_NODE = "server"
CHANGELOG_LOCK = 0x48414C4F  # "HALO": the advisory lock that orders change-log appends

# Server-only columns never travel to a desktop.
PRIVATE_COLUMNS = {"user": frozenset({"password_verifier", "office_code"})}


def _json(fields: dict[str, Any]) -> str:
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def digest_key(entity: str, case_id: str) -> str:
    """The digest a change of this entity rewrites: its case's, or the directory's."""
    return protocol.DIRECTORY_SCOPE if entity in protocol.DIRECTORY else case_id


class ServerTx:
    """Writes synced rows inside the caller's transaction and logs each as a change."""

    def __init__(self, conn: Connection, actor: Actor, now: datetime) -> None:
        self.conn = conn
        self.actor = actor
        self.moment = now
        self.now = iso_utc(now)
        self._clock: HybridClock | None = None
        self._last_hlc = ""
        self.change_ids: list[str] = []
        self.touched: set[str] = set()  # cases written: their digests are refreshed at finish
        self.clocks = field_clocks.ClockBook()  # the logged rows' field clocks, written at finish

    def insert(self, entity: str, row: dict[str, Any], *, office_code: str,
               case_id: str = "") -> None:
        self.conn.execute(insert(ENTITY_TABLES[entity]).values(**row))
        self._record(entity, row["id"], "insert", row, office_code, case_id, "", new=True)

    def update(self, entity: str, entity_id: str, fields: dict[str, Any], *, office_code: str,
               case_id: str = "", left_office: str = "") -> dict[str, Any]:
        """Write only the fields whose value differs; returns the old values of those."""
        table = ENTITY_TABLES[entity]
        cols = [table.c[name] for name in fields]
        row = self.conn.execute(select(*cols).where(table.c.id == entity_id)).one()
        old = dict(zip(fields, row, strict=True))
        changed = {k: v for k, v in fields.items() if old[k] != v}
        if changed:
            clocks = self.clocks.current(self.conn, entity, entity_id)
            base = {name: clocks[name] for name in changed if name in clocks}
            self.conn.execute(update(table).where(table.c.id == entity_id).values(**changed))
            self._record(entity, entity_id, "update", changed, office_code, case_id, left_office,
                         base)
        return {k: old[k] for k in changed}

    def _record(self, entity: str, entity_id: str, op: str, fields: dict[str, Any],
                office_code: str, case_id: str, left_office: str,
                base: dict[str, str] | None = None, *, new: bool = False) -> None:
        hidden = PRIVATE_COLUMNS.get(entity, frozenset())
        public = {k: v for k, v in fields.items() if k not in hidden}
        if not public:
            return
        change_id = str(uuid.uuid4())
        self.touched.add(digest_key(entity, case_id))
        hlc = self._tick()
        self.clocks.note(entity, entity_id, public, hlc, new=new)
        self.conn.execute(insert(changes).values(
            change_id=change_id, entity=entity, entity_id=entity_id, op=op,
            fields=_json(public), hlc=hlc, user=self.actor.user,
            device=self.actor.device, created_at=self.now, base=_json(base or {}),
            office_code=office_code,
            left_office=left_office, case_id=case_id, received_at=self.moment,
        ))
        self.change_ids.append(change_id)

    def log_as_is(self, change: protocol.Change, *, office_code: str) -> bool:
        """Log a change as it is (its own id, clock, author and device: the directory's
        seed, which every replica holds the same); False when the log already has it."""
        self.clock()
        if self.conn.scalar(select(changes.c.seq).where(changes.c.change_id == change.change_id)):
            return False
        self.conn.execute(insert(changes).values(
            change_id=change.change_id, entity=change.entity, entity_id=change.entity_id,
            op=change.op, fields=_json(change.fields), hlc=change.hlc, user=change.user,
            device=change.device, created_at=change.created_at, office_code=office_code,
            left_office="", case_id=change.case_id, base=_json(change.base),
            received_at=self.moment))
        self.clocks.note(change.entity, change.entity_id, change.fields, change.hlc)
        self.touched.add(digest_key(change.entity, change.case_id))
        return True

    def restate(self, entity: str, entity_id: str, fields: dict[str, Any], *,
                office_code: str, case_id: str) -> None:
        """Log the server's current values again, newer than anything seen: replicas that
        applied a change the server could not accept take these back."""
        self._record(entity, entity_id, "update", fields, office_code, case_id, "")

    def clock(self) -> HybridClock:
        """The server's clock, with the change-log lock held (taken once per transaction)."""
        self._tick_ready()
        assert self._clock is not None
        return self._clock

    def tick(self) -> str:
        return self._tick()

    def _tick_ready(self) -> None:
        if self._clock is None:
            if self.conn.dialect.name == "postgresql":
                self.conn.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                                  {"key": CHANGELOG_LOCK})
            # The clock's state lives in the database: every worker continues the same clock.
            last = self.conn.scalar(select(server_meta.c.value).where(server_meta.c.key == "hlc"))
            self._clock = HybridClock(SERVER_NODE, last=last)

    def _tick(self) -> str:
        self._tick_ready()
        assert self._clock is not None
        self._last_hlc = self._clock.tick()
        return self._last_hlc

    def finish(self) -> None:
        """Persist the clock, the logged rows' field clocks, and refresh the written cases'
        digests and their offices' totals; call once before the transaction commits (the
        change log's lock is held by then whenever a change was logged)."""
        self.clocks.write(self.conn)
        if self.touched:
            digests.refresh(self.conn, self.touched)
            self.touched.clear()
        if self._clock is not None:
            self._last_hlc = max(self._last_hlc, self._clock.tick())
        if self._last_hlc:
            upsert(self.conn, server_meta, {"key": "hlc", "value": self._last_hlc}, ["key"])
