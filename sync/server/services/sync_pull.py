"""What a PC receives: the changes of its office's scope after its cursor, and checksums.

The scope of a change is the office holding its case after it (`office_code`); a transfer
is also sent to the office the case left (`left_office`), which then removes the case. The
directory's changes are every office's (`office_code` '*').
When a case arrives in an office (assigned or transferred there) its whole history is sent
ahead of the change that moved it, so the PC gets the case entire. A PC does not get the
changes it pushed back: it has them already (re-stamped clocks come back in
acknowledgements). It does get what the server wrote on its behalf (a conflict its push
caused, a status the server re-stated, a case it created or moved centrally): those carry
its device too, but the server's clock.

What each device has been sent is recorded with the answer (devices.pulled_seq), in the
answer's own transaction: "this device had not been sent the move" is then a server fact
when it later pushes changes of a case that left its office. So is what it holds since
(services/device_holdings.py): the roots the answer sent it, and those it sent away.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, func, or_, select, true, update

from sync import protocol
from sync.server.db.tables import changes, devices
from sync.server.services import device_holdings, digests
from sync.server.services.actor import Actor
from sync.server.services.changelog import SERVER_NODE
from sync.server.services.digests import EVERY_OFFICE

SENT_ENTITIES = tuple(protocol.REPLICATED)
# The clock of a change the server wrote: "<13 digits>-<4 digits>-server" (sync/hlc.py).
SERVER_MADE_HLC = "_" * 13 + "-____-" + SERVER_NODE
DIRECTORY_ENTITIES = tuple(sorted(protocol.DIRECTORY))


@dataclass
class Pull:
    changes: list[dict]
    cursor: int
    more: bool
    # The roots the answer concerns: {root id: (kind, whether the device holds it after)}.
    roots: dict[str, tuple[str, bool]] = field(default_factory=dict)
    # While more is waiting: how many cases and information requests the scope holds, so a
    # PC receiving a large scope (its first sync) can show "received N of M".
    scope_roots: int | None = None


def _in_scope(actor: Actor):
    if actor.national:
        return true()
    return or_(changes.c.office_code == actor.office_code,
               changes.c.left_office == actor.office_code,
               changes.c.office_code == EVERY_OFFICE)


def wire(row) -> dict:
    return {"change_id": row.change_id, "entity": row.entity, "entity_id": row.entity_id,
            "case_id": row.case_id, "op": row.op, "fields": json.loads(row.fields),
            "hlc": row.hlc, "user": row.user, "device": row.device,
            "created_at": row.created_at}


_COLUMNS = (changes.c.seq, changes.c.change_id, changes.c.entity, changes.c.entity_id,
            changes.c.case_id, changes.c.op, changes.c.fields, changes.c.hlc, changes.c.user,
            changes.c.device, changes.c.created_at, changes.c.office_code,
            changes.c.left_office)


def answer(conn: Connection, actor: Actor, cursor: int, check: bool,
           now: datetime) -> tuple[Pull, str | None]:
    """What a sync round sends the device: the changes after `cursor`, and when it asks
    (`check`) and nothing more waits, the scope's checksum; call in a snapshot transaction.
    The device's pulled_seq is raised to the answer's cursor, and what it holds recorded,
    in the same transaction."""
    _hold_device(conn, actor)
    got = pull(conn, actor, cursor)
    summed = checksum(conn, actor) if check and not got.more else None
    if got.more:
        got.scope_roots = digests.scope_roots(conn, actor)
    conn.execute(update(devices).where(devices.c.id == actor.device,
                                       devices.c.pulled_seq < got.cursor)
                 .values(pulled_seq=got.cursor))
    device_holdings.record_sent(conn, actor, now, got.roots)
    return got, summed


def _hold_device(conn: Connection, actor: Actor) -> None:
    # Written first, before the snapshot's first read: the record at the end then cannot
    # fail on a stale snapshot (SQLite) or a concurrent update of the row (PostgreSQL).
    conn.execute(update(devices).where(devices.c.id == actor.device)
                 .values(pulled_seq=devices.c.pulled_seq))


def _not_its_own(actor: Actor):
    """Leaves out what the device pushed (it has it), in the query: a PC that just pushed
    10,000 changes is not sent ten empty pages of them. What the server wrote on its behalf
    (its clock's node is the server's) is sent."""
    return or_(changes.c.device != actor.device, changes.c.hlc.like(SERVER_MADE_HLC))


def pull(conn: Connection, actor: Actor, cursor: int, limit: int = protocol.MAX_PULL) -> Pull:
    # `entity || ''`: no index on the entity may lead the plan (SQLite without statistics
    # would walk (entity, entity_id) and sort the scope); the log is read in seq order.
    after = (changes.c.seq > cursor, _in_scope(actor),
             (changes.c.entity + "").in_(SENT_ENTITIES))
    rows = conn.execute(
        select(*_COLUMNS).where(*after, _not_its_own(actor))
        .order_by(changes.c.seq).limit(limit + 1)).all()
    # One row beyond the limit says whether more is waiting, without an empty round trip.
    more = len(rows) > limit
    rows = rows[:limit]
    # With nothing more waiting the cursor passes the whole log as this snapshot sees it:
    # the device's own changes and other offices' work are not walked over again by the
    # next pull, so an idle sync costs what arrived since the last (the log's appends
    # commit in seq order).
    head = rows[-1].seq if more else conn.scalar(select(func.max(changes.c.seq)))
    out: list[dict] = []
    roots: dict[str, tuple[str, bool]] = {}
    for row in rows:
        arrived = (not actor.national and row.entity == "case"
                   and row.office_code == actor.office_code
                   and row.left_office not in ("", actor.office_code))
        if device_holdings.names_a_root(row.entity, row.case_id):
            # In scope after it, or sent to the office it left (which removes the case);
            # the roots the device made are recorded with its push.
            roots[row.case_id] = (device_holdings.root_kind(row.entity),
                                  actor.sees_office(row.office_code))
        if arrived:
            out.extend(wire(r) for r in history(conn, row.case_id, before=row.seq))
        out.append(wire(row))
    new_cursor = max(head or cursor, cursor)
    return Pull(out, new_cursor, more=more, roots=roots)


def history(conn: Connection, case_id: str, before: int | None = None) -> Iterator:
    stmt = select(*_COLUMNS).where(changes.c.case_id == case_id,
                                   changes.c.entity.in_(SENT_ENTITIES))
    if before is not None:
        stmt = stmt.where(changes.c.seq < before)
    return iter(conn.execute(stmt.order_by(changes.c.seq)).all())


def scope_head(conn: Connection, actor: Actor) -> int:
    """The newest change-log position of the scope: its state version."""
    return conn.scalar(select(func.max(changes.c.seq)).where(_in_scope(actor))) or 0


def checksum(conn: Connection, actor: Actor) -> str:
    """The scope's state checksum: its offices' running digests, which every write keeps
    up to date (one row per office, whatever the scope holds)."""
    return digests.scope_checksum(conn, actor)


def compute_checksum(conn: Connection, actor: Actor) -> str:
    """The same checksum computed from every row of the scope (slow; for tests and checks
    of the digests)."""
    ids = digests.root_ids(conn, None if actor.national else actor.office_code)
    return protocol.combine(digests.case_digests_of(
        conn, [protocol.DIRECTORY_SCOPE, *ids]).values())


@dataclass
class RebuildPage:
    case_ids: list[str]
    changes: list[dict]
    next_after: str | None
    cursor: int
    directory: list[dict] | None = None
    kinds: dict[str, str] = field(default_factory=dict)  # root id -> case / inquiry

    @property
    def last_of_roots(self) -> bool:
        """Whether no page of roots follows (the directory's pages come next)."""
        return self.directory is None and protocol.is_directory_page(
            self.next_after or "") is not None


def rebuild_page(conn: Connection, actor: Actor, after: str,
                 limit: int = protocol.REBUILD_CASES) -> RebuildPage:
    """A page of the scope's cases with their whole history, in case id order; after the
    last one, the directory's pages (protocol.DIRECTORY_PAGE)."""
    directory_after = protocol.is_directory_page(after)
    if directory_after is not None:
        return _directory_page(conn, actor, directory_after)
    # Cases and information requests, in id order (both are scope roots).
    ids = digests.root_ids(conn, None if actor.national else actor.office_code, after, limit)
    out: list[dict] = []
    kinds = dict.fromkeys(ids, device_holdings.CASE)
    for case_id in ids:
        for r in history(conn, case_id):
            if r.entity == device_holdings.INQUIRY:
                kinds[case_id] = device_holdings.INQUIRY
            out.append(wire(r))
    nxt = ids[-1] if len(ids) == limit else protocol.directory_page_after(0)
    return RebuildPage(ids, out, nxt, scope_head(conn, actor), kinds=kinds)


def _directory_page(conn: Connection, actor: Actor, after_seq: int,
                    limit: int = protocol.MAX_PULL) -> RebuildPage:
    """The directory's change history after log position `after_seq` (every office's)."""
    rows = conn.execute(
        select(*_COLUMNS).where(changes.c.seq > after_seq,
                                changes.c.entity.in_(DIRECTORY_ENTITIES))
        .order_by(changes.c.seq).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = protocol.directory_page_after(rows[-1].seq) if more else None
    return RebuildPage([], [], nxt, scope_head(conn, actor), [wire(r) for r in rows])
