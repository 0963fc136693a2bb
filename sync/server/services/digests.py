"""Per-case state digests on the server: what makes a scope's checksum cheap.

A scope's checksum (sync/protocol.py) combines its cases' digests, so the server keeps
one digest per case, rewritten in the same transaction as every write of that case (a
push, a central operation, a conflict). Reading a scope's checksum is then one row per
case, however many rows the cases hold.

The directory, which every device holds, has one digest too: the row of the pseudo case
protocol.DIRECTORY_SCOPE with office EVERY_OFFICE, rewritten with every write of an entry
and part of every device's scope.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, or_, select

from sync import protocol
from sync.server.db.tables import ENTITY_TABLES, case_digests, cases, inquiries
from sync.server.db.upsert import upsert_many
from sync.server.services.actor import Actor

CHUNK = 200
EVERY_OFFICE = "*"  # the scope of what every device holds: the directory


def _tables():
    return {e: t for e, t in ENTITY_TABLES.items()
            if e in protocol.REPLICATED and e not in protocol.DIRECTORY}


def directory_digest(conn: Connection) -> tuple[int, str] | None:
    """(rows, digest) of the whole directory; None while it is empty."""
    found: list[bytes] = []
    for entity in sorted(protocol.DIRECTORY):
        table = ENTITY_TABLES[entity]
        cols = [table.c[name] for name in protocol.REPLICATED[entity]]
        found += [protocol.values_digest(entity, values) for values in conn.execute(select(*cols))]
    return protocol.fold_digests(found) if found else None


def case_digests_of(conn: Connection, case_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    """{case id: (rows, digest)} computed from the cases' rows (the directory's under
    protocol.DIRECTORY_SCOPE)."""
    ids = sorted({c for c in case_ids if c})
    out: dict[str, tuple[int, str]] = {}
    if protocol.DIRECTORY_SCOPE in ids:
        ids.remove(protocol.DIRECTORY_SCOPE)
        directory = directory_digest(conn)
        if directory is not None:
            out[protocol.DIRECTORY_SCOPE] = directory
    tables = _tables()
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        digests: dict[str, list[bytes]] = defaultdict(list)
        for entity, table in tables.items():
            names = protocol.REPLICATED[entity]
            key = "id" if entity in protocol.ROOTS else "case_id"
            at = names.index(key)
            cols = [table.c[name] for name in names]
            # Plain tuples in REPLICATED order: mappings cost more than the hashing itself.
            for values in conn.execute(select(*cols).where(table.c[key].in_(part))):
                digests[values[at]].append(protocol.values_digest(entity, values))
        for case_id in part:
            if case_id in digests:
                out[case_id] = protocol.fold_digests(digests[case_id])
    return out


def refresh(conn: Connection, case_ids: Iterable[str]) -> None:
    """Rewrite the digests of these cases from their rows (in the caller's transaction)."""
    ids = sorted({c for c in case_ids if c})
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        offices = dict(conn.execute(select(cases.c.id, cases.c.office_code)
                                    .where(cases.c.id.in_(part))).all())
        offices.update(conn.execute(select(inquiries.c.id, inquiries.c.office_code)
                                    .where(inquiries.c.id.in_(part))).all())
        offices[protocol.DIRECTORY_SCOPE] = EVERY_OFFICE
        upsert_many(conn, case_digests, [
            {"case_id": case_id, "office_code": offices[case_id], "rows": count, "digest": digest}
            for case_id, (count, digest) in case_digests_of(conn, part).items()], ["case_id"])


def refresh_all(conn: Connection) -> None:
    refresh(conn, [protocol.DIRECTORY_SCOPE, *root_ids(conn)])


def root_ids(conn: Connection, office_code: str | None = None, after: str = "",
             limit: int | None = None) -> list[str]:
    """The ids of the scope roots (cases and information requests), in id order; of one
    office, after an id, at most `limit`."""
    out: list[str] = []
    for table in (cases, inquiries):
        stmt = select(table.c.id).where(table.c.id > after)
        if office_code is not None:
            stmt = stmt.where(table.c.office_code == office_code)
        stmt = stmt.order_by(table.c.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        out += [r[0] for r in conn.execute(stmt)]
    out.sort()
    return out if limit is None else out[:limit]


def scope_checksum(conn: Connection, actor: Actor) -> str:
    stmt = select(case_digests.c.rows, case_digests.c.digest)
    if not actor.national:
        stmt = stmt.where(or_(case_digests.c.office_code == actor.office_code,
                              case_digests.c.office_code == EVERY_OFFICE))
    return protocol.combine((r[0], r[1]) for r in conn.execute(stmt))
