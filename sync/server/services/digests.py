"""Per-case state digests and each office's running total: what makes a scope's checksum
cost one read, whatever the scope holds.

A scope's checksum (sync/protocol.py) is the sum of its cases' digests (ScopeTotal), so
the server keeps one digest per case, rewritten in the same transaction as every write of
that case (a push, a central operation, a conflict, an anonymisation), and one total per
office that the difference of each rewritten digest is added to. Reading a scope's
checksum is then one row per office (an office's device: two), however many cases and
rows the scope holds. The per-case digests stay, to locate drift and to rebuild the totals
(refresh_all); sync_pull.compute_checksum recomputes a scope's checksum from its rows.

The directory, which every device holds, has one digest too: the row of the pseudo case
protocol.DIRECTORY_SCOPE with office EVERY_OFFICE, rewritten with every write of an entry
and part of every device's scope.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from sync import protocol
from sync.protocol import ScopeTotal
from sync.server.db.tables import ENTITY_TABLES, case_digests, cases, inquiries, scope_digests
from sync.server.db.upsert import insert_for, upsert_many
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
    """Rewrite the digests of these cases from their rows, and move their offices' running
    totals by the difference (in the caller's transaction). A case that moved office comes
    off its old office's total and onto the new one; a case with no rows left loses its
    digest."""
    ids = sorted({c for c in case_ids if c})
    deltas: dict[str, ScopeTotal] = defaultdict(ScopeTotal)
    for start in range(0, len(ids), CHUNK):
        _refresh_part(conn, ids[start:start + CHUNK], deltas)
    _apply(conn, deltas)


def _refresh_part(conn: Connection, part: list[str], deltas: dict[str, ScopeTotal]) -> None:
    old = {case_id: (office, rows, digest) for case_id, office, rows, digest in conn.execute(
        select(case_digests.c.case_id, case_digests.c.office_code, case_digests.c.rows,
               case_digests.c.digest).where(case_digests.c.case_id.in_(part)))}
    offices = root_offices(conn, part)
    new = {case_id: (offices[case_id], rows, digest)
           for case_id, (rows, digest) in case_digests_of(conn, part).items()}
    written, gone = [], []
    for case_id in part:
        before, after = old.get(case_id), new.get(case_id)
        if before == after:
            continue
        if before is not None:
            deltas[before[0]] = deltas[before[0]].minus(before[1], before[2])
        if after is not None:
            deltas[after[0]] = deltas[after[0]].plus(after[1], after[2])
            written.append({"case_id": case_id, "office_code": after[0], "rows": after[1],
                            "digest": after[2]})
        else:
            gone.append(case_id)
    upsert_many(conn, case_digests, written, ["case_id"])
    if gone:
        conn.execute(delete(case_digests).where(case_digests.c.case_id.in_(gone)))


# -- the rows a push wrote: the digests moved by their difference --------------------------

RowKey = tuple[str, str]  # (entity, id)


def row_digests(conn: Connection, keys: Iterable[RowKey]) -> dict[RowKey, tuple[str, int]]:
    """{(entity, id): (its case, its row digest as a number)} of these rows as the database
    holds them now (rows it lacks are absent); one query per entity and CHUNK ids."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, row_id in keys:
        if entity in protocol.REPLICATED:
            by_entity[entity].append(row_id)
    out: dict[RowKey, tuple[str, int]] = {}
    for entity, ids in sorted(by_entity.items()):
        table = ENTITY_TABLES[entity]
        names = protocol.REPLICATED[entity]
        cols = [table.c[name] for name in names]
        for start in range(0, len(ids), CHUNK):
            for values in conn.execute(select(*cols).where(
                    table.c.id.in_(sorted(ids[start:start + CHUNK])))):
                row = dict(zip(names, values, strict=True))
                digest = protocol.values_digest(entity, values)
                out[(entity, row["id"])] = (protocol.case_of(entity, row),
                                           int.from_bytes(digest, "big"))
    return out


def shift(conn: Connection, before: dict[RowKey, tuple[str, int]],
          after: dict[RowKey, tuple[str, int]]) -> None:
    """Move the digests of the cases whose rows went from `before` to `after` (row_digests
    read around the writes, with the change log's lock held from before the first read) by
    the rows' difference, and their offices' totals with them: a push costs the rows it
    wrote, not the rows its cases hold. A case's digest is the sum of its rows' digests
    (protocol.fold_digests), so this equals refresh(), which tests check."""
    moved: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # case -> [rows, acc]
    for case_id, digest in before.values():
        moved[case_id][0] -= 1
        moved[case_id][1] -= digest
    for case_id, digest in after.values():
        moved[case_id][0] += 1
        moved[case_id][1] += digest
    ids = sorted(c for c, (rows, acc) in moved.items() if rows or acc)
    deltas: dict[str, ScopeTotal] = defaultdict(ScopeTotal)
    for start in range(0, len(ids), CHUNK):
        part = ids[start:start + CHUNK]
        old = {case_id: (office, rows, digest) for case_id, office, rows, digest in conn.execute(
            select(case_digests.c.case_id, case_digests.c.office_code, case_digests.c.rows,
                   case_digests.c.digest).where(case_digests.c.case_id.in_(part)))}
        offices = root_offices(conn, part)
        written = []
        for case_id in part:
            office, rows, digest = old.get(case_id, (offices[case_id], 0, f"{0:064x}"))
            if case_id in old:
                deltas[office] = deltas[office].minus(rows, digest)
            new_rows = rows + moved[case_id][0]
            summed = (int(digest, 16) + moved[case_id][1]) % protocol.DIGEST_MODULUS
            new_digest = f"{summed:064x}"
            deltas[offices[case_id]] = deltas[offices[case_id]].plus(new_rows, new_digest)
            written.append({"case_id": case_id, "office_code": offices[case_id],
                            "rows": new_rows, "digest": new_digest})
        upsert_many(conn, case_digests, written, ["case_id"])
    _apply(conn, deltas)


def root_offices(conn: Connection, ids: list[str]) -> dict[str, str]:
    """{id: office} of these cases and information requests (the directory's: '*')."""
    offices = dict(conn.execute(select(cases.c.id, cases.c.office_code)
                                .where(cases.c.id.in_(ids))).all())
    offices.update(conn.execute(select(inquiries.c.id, inquiries.c.office_code)
                                .where(inquiries.c.id.in_(ids))).all())
    offices[protocol.DIRECTORY_SCOPE] = EVERY_OFFICE
    return offices


def _apply(conn: Connection, deltas: dict[str, ScopeTotal]) -> None:
    """Add each office's difference to its running total.

    Every write reaches this through ServerTx.finish after it logged a change, so the change
    log's advisory lock (ServerTx._tick_ready) is already held on PostgreSQL and writers of
    the totals take turns anyway. The rows are locked too, in office order, so that the
    totals stay right if a writer ever comes without that lock: none adds to a total
    another has read but not yet written, and two never deadlock."""
    codes = sorted(code for code, delta in deltas.items() if delta != ScopeTotal())
    if not codes:
        return
    # Made first (empty) when missing, so that the locking read below finds every row.
    conn.execute(insert_for(conn, scope_digests).on_conflict_do_nothing(
        index_elements=["office_code"]), [_total_row(code, ScopeTotal()) for code in codes])
    stmt = (select(scope_digests).where(scope_digests.c.office_code.in_(codes))
            .order_by(scope_digests.c.office_code))
    if conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    current = {row.office_code: _total_of(row) for row in conn.execute(stmt)}
    conn.execute(update(scope_digests).where(scope_digests.c.office_code == bindparam("code"))
                 .values(rows=bindparam("new_rows"), roots=bindparam("new_roots"),
                         acc=bindparam("new_acc")),
                 [_update_row(code, current[code].merged(deltas[code])) for code in codes])


def _total_of(row) -> ScopeTotal:
    return ScopeTotal(int(row.rows), int(row.roots), int(row.acc, 16))


def _total_row(code: str, total: ScopeTotal) -> dict:
    return {"office_code": code, "rows": total.rows, "roots": total.roots,
            "acc": f"{total.acc:064x}"}


def _update_row(code: str, total: ScopeTotal) -> dict:
    return {"code": code, "new_rows": total.rows, "new_roots": total.roots,
            "new_acc": f"{total.acc:064x}"}


def refresh_all(conn: Connection) -> None:
    """Every case digest recomputed from its rows (those of cases gone, removed), and every
    running total rewritten from them: after a migration, or to repair drift."""
    known = conn.scalars(select(case_digests.c.case_id)).all()
    refresh(conn, [protocol.DIRECTORY_SCOPE, *root_ids(conn), *known])
    rewrite_totals(conn)


def rewrite_totals(conn: Connection) -> None:
    """The running totals summed again from the case digests."""
    totals = totals_from_digests(conn)
    conn.execute(delete(scope_digests))
    if totals:
        conn.execute(insert(scope_digests),
                     [_total_row(code, total) for code, total in sorted(totals.items())])


def totals_from_digests(conn: Connection) -> dict[str, ScopeTotal]:
    """{office: ScopeTotal} summed from the stored case digests (O(cases))."""
    totals: dict[str, ScopeTotal] = defaultdict(ScopeTotal)
    for office, rows, digest in conn.execute(select(
            case_digests.c.office_code, case_digests.c.rows, case_digests.c.digest)):
        totals[office] = totals[office].plus(rows, digest)
    return dict(totals)


def stored_totals(conn: Connection) -> dict[str, ScopeTotal]:
    """{office: ScopeTotal} as kept running (offices never written are absent)."""
    return {row.office_code: _total_of(row) for row in conn.execute(select(scope_digests))}


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


def scope_offices(actor: Actor) -> list[str] | None:
    """The office codes the digests of the actor's scope are kept under: its office's and
    the directory's ('*'); None for a national actor (every office)."""
    return None if actor.national else [actor.office_code, EVERY_OFFICE]


def scope_total(conn: Connection, actor: Actor) -> ScopeTotal:
    """The running total of the actor's scope, one row per office, never one per case."""
    stmt = select(scope_digests)
    offices = scope_offices(actor)
    if offices is not None:
        stmt = stmt.where(scope_digests.c.office_code.in_(offices))
    total = ScopeTotal()
    for row in conn.execute(stmt):
        total = total.merged(_total_of(row))
    return total


def scope_checksum(conn: Connection, actor: Actor) -> str:
    return scope_total(conn, actor).checksum


def scope_roots(conn: Connection, actor: Actor) -> int:
    """How many cases and information requests the actor's scope holds (the directory is
    not one): what a first sync's progress counts towards."""
    stmt = select(func.coalesce(func.sum(scope_digests.c.roots), 0)).where(
        scope_digests.c.office_code != EVERY_OFFICE)
    if not actor.national:
        stmt = stmt.where(scope_digests.c.office_code == actor.office_code)
    return int(conn.scalar(stmt))
