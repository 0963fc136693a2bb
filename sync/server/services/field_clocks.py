"""Each mutable synced row's per-field clocks, stored beside it rather than rebuilt.

A merge compares a pushed change's clock with the clock of each field it carries: the
newest clock of a logged change of that row carrying the field (the desktop's
desktop.store.versions rule, on the server's log). Rebuilt from the log on every push, an
edit of a case edited 5,000 times read 5,000 changes; stored, it reads one row.

The table (tables.field_clocks) is written in the transaction of every logged change of a
row of CLOCKED (ServerTx for central writes, the push's bulk append), after the change's
real clock is known, and always under the change log's lock: concurrent writers take
turns, and each merges what it logged with what is stored *then* (by max), so the table
stays exactly what `rebuilt` computes from the log.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator

from sqlalchemy import Connection, delete, insert, select

from sync import protocol
from sync.server.db.tables import ENTITY_TABLES, changes, field_clocks
from sync.server.db.upsert import upsert_many

# The entities whose rows change in place (append-only rows are written once: no merge).
CLOCKED = frozenset(e for e in ENTITY_TABLES if e not in protocol.APPEND_ONLY)
CHUNK = 500  # ids per IN (...) list
BATCH = 1000  # rows per insert while rebuilding

Key = tuple[str, str]  # (entity, entity id)


def encode(clocks: dict[str, str]) -> str:
    return json.dumps(clocks, separators=(",", ":"), sort_keys=True)


def advance(clocks: dict[str, str], names: Iterable[str], hlc: str) -> None:
    """Take a change at `hlc` carrying `names` into `clocks` (in place): newest wins."""
    for name in names:
        if hlc > clocks.get(name, ""):
            clocks[name] = hlc


def merge(into: dict[str, str], other: dict[str, str]) -> None:
    for name, hlc in other.items():
        if hlc > into.get(name, ""):
            into[name] = hlc


def read(conn: Connection, entity: str, ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """{entity id: {field: hlc}} of these rows, one query per CHUNK ids (rows never logged
    are absent)."""
    wanted = sorted(set(ids))
    out: dict[str, dict[str, str]] = {}
    for start in range(0, len(wanted), CHUNK):
        for entity_id, clocks in conn.execute(
                select(field_clocks.c.entity_id, field_clocks.c.clocks).where(
                    field_clocks.c.entity == entity,
                    field_clocks.c.entity_id.in_(wanted[start:start + CHUNK]))):
            out[entity_id] = json.loads(clocks)
    return out


class ClockBook:
    """The clocks a transaction's logged changes give, written once at its end."""

    def __init__(self) -> None:
        self.pending: dict[Key, dict[str, str]] = {}
        self.new: set[Key] = set()  # rows inserted by this transaction: nothing stored yet

    def note(self, entity: str, entity_id: str, names: Iterable[str], hlc: str, *,
             new: bool = False) -> None:
        """A change of the row at `hlc` carrying `names` was logged (`new`: its insert, or
        a change of a row this transaction inserted)."""
        if entity not in CLOCKED:
            return
        key = (entity, entity_id)
        advance(self.pending.setdefault(key, {}), names, hlc)
        if new:
            self.new.add(key)

    def current(self, conn: Connection, entity: str, entity_id: str) -> dict[str, str]:
        """The row's clocks as this transaction leaves them so far."""
        key = (entity, entity_id)
        clocks = {} if key in self.new else read(conn, entity, [entity_id]).get(entity_id, {})
        merge(clocks, self.pending.get(key, {}))
        return clocks

    def write(self, conn: Connection) -> None:
        """Merge what was noted with what is stored now, and write the rows that changed.
        Call with the change log's lock held (it is, once a change was logged)."""
        if not self.pending:
            return
        stored: dict[Key, dict[str, str]] = {}
        by_entity: dict[str, list[str]] = defaultdict(list)
        for entity, entity_id in self.pending:
            if (entity, entity_id) not in self.new:
                by_entity[entity].append(entity_id)
        for entity, ids in sorted(by_entity.items()):
            stored.update(((entity, i), c) for i, c in read(conn, entity, ids).items())
        rows = []
        for key in sorted(self.pending):
            before = stored.get(key, {})
            after = dict(before)
            merge(after, self.pending[key])
            if after != before:
                rows.append({"entity": key[0], "entity_id": key[1], "clocks": encode(after)})
        upsert_many(conn, field_clocks, rows, ["entity", "entity_id"])
        self.pending.clear()
        self.new.clear()


# -- from the change log (the migration, a repair, the tests) ---------------------------------

def rebuilt(conn: Connection, entity: str | None = None,
            ids: Iterable[str] | None = None) -> Iterator[tuple[str, str, dict[str, str]]]:
    """(entity, entity id, clocks) of every row of CLOCKED the log holds changes of (or of
    one entity, or of some of its ids), in entity and id order; the log is streamed, one
    row's changes at a time in memory."""
    stmt = (select(changes.c.entity, changes.c.entity_id, changes.c.hlc, changes.c.fields)
            .where(changes.c.entity.in_(sorted(CLOCKED) if entity is None else [entity])))
    if ids is not None:
        stmt = stmt.where(changes.c.entity_id.in_(sorted(set(ids))))
    stmt = stmt.order_by(changes.c.entity, changes.c.entity_id)
    key: Key | None = None
    clocks: dict[str, str] = {}
    for found_entity, found_id, hlc, fields in conn.execute(
            stmt.execution_options(yield_per=BATCH)):
        if (found_entity, found_id) != key:
            if key is not None:
                yield (*key, clocks)
            key, clocks = (found_entity, found_id), {}
        advance(clocks, json.loads(fields), hlc)
    if key is not None:
        yield (*key, clocks)


def stored(conn: Connection) -> Iterator[tuple[str, str, dict[str, str]]]:
    """(entity, entity id, clocks) of every stored row, in entity and id order."""
    stmt = select(field_clocks).order_by(field_clocks.c.entity, field_clocks.c.entity_id)
    for entity, entity_id, clocks in conn.execute(stmt.execution_options(yield_per=BATCH)):
        yield entity, entity_id, json.loads(clocks)


def rebuild(conn: Connection) -> int:
    """Rewrite the whole table from the change log; returns the rows written."""
    conn.execute(delete(field_clocks))
    rows: list[dict[str, str]] = []
    written = 0
    for entity, entity_id, clocks in rebuilt(conn):
        rows.append({"entity": entity, "entity_id": entity_id, "clocks": encode(clocks)})
        if len(rows) == BATCH:
            written += _insert(conn, rows)
    return written + _insert(conn, rows)


def _insert(conn: Connection, rows: list[dict[str, str]]) -> int:
    if rows:
        conn.execute(insert(field_clocks), rows)
    count = len(rows)
    rows.clear()
    return count
