"""The PC's running state digest: the end-of-sync comparison costs the cases that changed.

A scope's checksum (sync/protocol.py) is the sum of its cases' digests (ScopeTotal). The
PC keeps each case's digest (`case_digests`), their sum (`digest_total`, one row) and the
cases written since the sum was last brought up to date (`digest_dirty`). Triggers on every
replicated table put a written row's case in `digest_dirty` in the same transaction as the
write, so no write path (the outbox, a received batch, a case leaving, a heal, an
anonymisation, a restore, the demo's bulk writer) can forget it; refresh() recomputes
the dirty cases only.

The triggers are made when the store opens, not by a migration: a future migration that
rebuilds a table (sqlite-utils `transform`) drops its triggers, and whatever it wrote
meanwhile went unmarked, so when a trigger had to be made again every case is marked.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable

from desktop.store import triggers
from desktop.store.schema import SYNCED_TABLES
from sync import protocol
from sync.protocol import DIRECTORY, DIRECTORY_SCOPE, REPLICATED, ROOTS, ScopeTotal

CHUNK = 500  # ids per IN (...) list
_OPS = ("insert", "update", "delete")


# -- the triggers ---------------------------------------------------------------------------

def trigger_name(table: str, op: str) -> str:
    return f"{table}_digest_{op}"


def _case_expr(entity: str, row: str) -> str:
    """SQL of the case a row (NEW or OLD) is counted under in the scope's checksum."""
    if entity in DIRECTORY:
        return f"'{DIRECTORY_SCOPE}'"
    return f"{row}.id" if entity in ROOTS else f"{row}.case_id"


def trigger_sql(entity: str, op: str) -> str:
    table = SYNCED_TABLES[entity]
    rows = {"insert": ("NEW",), "update": ("OLD", "NEW"), "delete": ("OLD",)}[op]
    # An update may move a row between cases: both are dirty.
    values = ", ".join(sorted({f"({_case_expr(entity, r)})" for r in rows}))
    return (f"CREATE TRIGGER {trigger_name(table, op)}"
            f" AFTER {op.upper()} ON {table}"
            f" BEGIN INSERT OR IGNORE INTO digest_dirty (case_id) VALUES {values}; END")


def wanted_triggers() -> dict[str, str]:
    """{trigger name: its SQL} for every replicated table."""
    return {trigger_name(SYNCED_TABLES[entity], op): trigger_sql(entity, op)
            for entity in REPLICATED for op in _OPS}


RULE_KEY = "digest_rule"  # meta: the rule the kept digests were made by


def rule_fingerprint() -> str:
    """What the kept digests depend on besides the rows: the replicated columns (a release
    that adds one makes every digest differ) and the fold (protocol.VERSION)."""
    rule = json.dumps([protocol.VERSION, REPLICATED], sort_keys=True)
    return hashlib.sha256(rule.encode("utf-8")).hexdigest()


def ensure_triggers(conn) -> bool:
    """Make the triggers a store lacks or holds in another form (in their own
    transaction); when any was, or the digests were kept by another rule, mark every case
    dirty: writes made without a trigger went unmarked, digests of another rule are
    stale. Returns whether anything was redone."""
    wanted = wanted_triggers()
    missing = triggers.stale(conn, wanted)
    rule = conn.execute("SELECT value FROM meta WHERE key = ?", (RULE_KEY,)).fetchone()
    same_rule = rule is not None and rule[0] == rule_fingerprint()
    if not missing and same_rule:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        triggers.remake(conn, missing, wanted)
        if not same_rule:  # nothing kept can be taken away from a total of this rule
            conn.execute("DELETE FROM case_digests")
            _store_total(conn, ScopeTotal())
        mark_all_dirty(conn)
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key)"
                     " DO UPDATE SET value = excluded.value", (RULE_KEY, rule_fingerprint()))
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return True


def mark_all_dirty(conn) -> None:
    """Every case, information request and the directory, and every case a digest is kept
    for (one that left while nothing marked it must leave the sum too)."""
    conn.execute(
        "INSERT OR IGNORE INTO digest_dirty (case_id)"
        " SELECT id FROM cases UNION SELECT id FROM inquiries UNION SELECT ?"
        " UNION SELECT case_id FROM case_digests", (DIRECTORY_SCOPE,))


# -- the running total ----------------------------------------------------------------------

def stored_total(conn) -> ScopeTotal:
    rows, roots, acc = conn.execute(
        "SELECT rows, roots, acc FROM digest_total WHERE id = 1").fetchone()
    return ScopeTotal(rows, roots, int(acc, 16))


# The stored total and whether any case was written since it was brought up to date, in
# one statement (so in one state).
CLEAN_TOTAL_SQL = ("SELECT rows, roots, acc, EXISTS (SELECT 1 FROM digest_dirty)"
                   " FROM digest_total WHERE id = 1")


def clean_total(row) -> ScopeTotal | None:
    """The total of a CLEAN_TOTAL_SQL row when nothing is dirty, else None."""
    rows, roots, acc, dirty = row
    return None if dirty else ScopeTotal(rows, roots, int(acc, 16))


def refresh(conn) -> ScopeTotal:
    """Bring the digests of the dirty cases and the total up to date; returns the total.
    Call inside a write transaction: the dirty set is read and cleared in it."""
    dirty = [r[0] for r in conn.execute("SELECT case_id FROM digest_dirty")]
    total = stored_total(conn)
    if not dirty:
        return total
    for part in _parts(sorted(dirty)):
        total = _refresh_part(conn, part, total)
    _store_total(conn, total)
    conn.execute("DELETE FROM digest_dirty")
    return total


def _store_total(conn, total: ScopeTotal) -> None:
    conn.execute("UPDATE digest_total SET rows = ?, roots = ?, acc = ? WHERE id = 1",
                 (total.rows, total.roots, f"{total.acc:064x}"))


def resum(conn) -> ScopeTotal:
    """The running total summed again from the kept digests: the repair when a heal found
    no case that differs (only the total had drifted). Call inside a write transaction."""
    refresh(conn)
    total = ScopeTotal()
    for _case_id, rows, digest in kept(conn):
        total = total.plus(rows, digest)
    _store_total(conn, total)
    return total


def _refresh_part(conn, case_ids: list[str], total: ScopeTotal) -> ScopeTotal:
    before = {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT case_id, rows, digest FROM case_digests WHERE case_id IN ({_marks(case_ids)})",
        case_ids)}
    after = case_digests_of(conn, case_ids)
    for case_id in case_ids:
        old, new = before.get(case_id), after.get(case_id)
        if old == new:
            continue
        if old is not None:
            total = total.minus(*old)
        if new is not None:
            total = total.plus(*new)
    gone = [c for c in before if c not in after]
    conn.executemany("DELETE FROM case_digests WHERE case_id = ?", [(c,) for c in gone])
    conn.executemany(
        "INSERT INTO case_digests (case_id, rows, digest) VALUES (?, ?, ?) ON CONFLICT(case_id)"
        " DO UPDATE SET rows = excluded.rows, digest = excluded.digest",
        [(c, n, d) for c, (n, d) in after.items() if before.get(c) != (n, d)])
    return total


def kept(conn) -> list[tuple[str, int, str]]:
    """(case id, rows, digest) of every case kept (after refresh(): of every case here)."""
    return conn.execute("SELECT case_id, rows, digest FROM case_digests").fetchall()


def kept_in(conn, buckets: Iterable[str]) -> dict[str, tuple[int, str]]:
    """{case id: (rows, digest)} of the cases kept in these drift buckets
    (protocol.drift_bucket); reads every kept digest: a heal's cost, never a sync's."""
    wanted = set(buckets)
    return {case_id: (rows, digest) for case_id, rows, digest in kept(conn)
            if protocol.drift_bucket(case_id) in wanted}


def case_digests_of(conn, case_ids: Iterable[str]) -> dict[str, tuple[int, str]]:
    """{case id: (rows, digest)} computed from the rows held (the directory's under
    DIRECTORY_SCOPE); a case holding no row has none."""
    ids = sorted(set(case_ids))
    out: dict[str, tuple[int, str]] = {}
    if DIRECTORY_SCOPE in ids:
        ids.remove(DIRECTORY_SCOPE)
        directory = [protocol.values_digest(entity, values) for entity in sorted(DIRECTORY)
                     for values in conn.execute(_select(entity))]
        if directory:
            out[DIRECTORY_SCOPE] = protocol.fold_digests(directory)
    for part in _parts(ids):
        found: dict[str, list[bytes]] = defaultdict(list)
        for entity in REPLICATED:
            if entity in DIRECTORY:
                continue
            key = "id" if entity in ROOTS else "case_id"
            at = REPLICATED[entity].index(key)
            # Plain tuples in REPLICATED order, as the full recomputation hashes them.
            for values in conn.execute(f"{_select(entity)} WHERE {key} IN ({_marks(part)})",
                                       part):
                found[values[at]].append(protocol.values_digest(entity, values))
        out.update({case_id: protocol.fold_digests(d) for case_id, d in found.items()})
    return out


def full_checksum(conn) -> str:
    """The scope's checksum recomputed from every row held, without the kept digests: what
    the running total must equal."""
    def rows():
        for entity, columns in REPLICATED.items():
            cur = conn.execute(_select(entity))
            for values in cur:
                yield entity, dict(zip(columns, values, strict=True))
    return protocol.scope_checksum(rows())


def _select(entity: str) -> str:
    return f"SELECT {', '.join(REPLICATED[entity])} FROM {SYNCED_TABLES[entity]}"


def _parts(values: list) -> list[list]:
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))
