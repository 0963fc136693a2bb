"""The PC's side of sync: what to push, what arrived, and cases that leave the PC.

Received changes are merged field by field: a field takes the received value only when the
received change is newer (hybrid-logical-clock order) than the change that wrote the value
held here. Every received change is kept in `changes` too (already pushed, since it came
from the server), so the log stays the complete history the consistency check replays.
The sync engine uses this on its own connection; the UI never does.

A case (or information request) whose `anonymised_at` arrives set, because the retention
run anonymised it on the server, is anonymised here in the same transaction, whatever the
clocks: every row of it and every logged change (what the server rewrote in place, the
PC rewrites the same way, so the state checksums agree), the attachments' content, the
search index, and what the server refused of it (set aside without the personal values).
"""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from desktop.domain import data_protection as pdp
from desktop.formatting import iso_utc
from desktop.store import clock, connection, digests, versions
from desktop.store.outbox import (
    DIRECTORY_INDEXED,
    anonymise_logged,
    append_only_opened,
    refresh_directory_search,
    refresh_search,
    rewrite_row,
)
from desktop.store.schema import (
    APPEND_ONLY,
    CASE_ENTITIES,
    DIRECTORY_ENTITIES,
    ROOT_ENTITIES,
    SYNCED_TABLES,
)
from sync.protocol import Change, ProtocolError, bucket_checksums, parse_change

log = logging.getLogger(__name__)

# Entities a PC receives: the cases of its scope and the whole directory. Accounts and the
# audit trail only go up.
RECEIVED_ENTITIES = (frozenset(CASE_ENTITIES) | frozenset(ROOT_ENTITIES)
                     | frozenset(DIRECTORY_ENTITIES))
CURSOR_KEY = "sync_cursor"
# The link to the central server, kept only inside the encrypted database.
CENTRAL_URL_KEY, CENTRAL_CREDENTIAL_KEY = "central_url", "central_credential"
HLC_HIGH_KEY = "hlc_high"
_REMOVE_ORDER = ("conflict", "attachment", "event", "document", "referral", "summons", "link",
                 "worker", "complainant", "case")
# An attachment `a` whose insert the server did not refuse (a late change of a case that had
# left the office, say).
_NOT_REFUSED = ("NOT EXISTS (SELECT 1 FROM rejected_changes r WHERE r.entity = 'attachment'"
                " AND r.entity_id = a.id)")
# The server's refusal of personal data for an anonymised case (sync_apply MSG_ANONYMISED).
REFUSED_ANONYMISED = "sync_case_anonymised"
# An attachment `a` of a case not anonymised: its content is still the office's to keep.
_OF_LIVE_CASE = ("NOT EXISTS (SELECT 1 FROM cases k WHERE k.id = a.case_id"
                 " AND k.anonymised_at != '')")


class ReplicaError(ValueError):
    """A received change that cannot be a change of this schema (the network is input too)."""


@dataclass
class ReceiveStats:
    applied: int = 0
    duplicates: int = 0
    stale_fields: int = 0  # fields a newer local version kept
    orphans: int = 0  # updates of a row this PC does not have (healed by the checksum)
    cases: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Outgoing:
    seq: int
    change_id: str
    entity: str
    entity_id: str
    case_id: str
    op: str
    fields: dict[str, Any]
    base: dict[str, str]
    hlc: str
    user: str
    device: str
    created_at: str


def parse_remote(obj: Any, columns: dict[str, set[str]]) -> Change:
    """Validate one received change against the protocol and the local schema."""
    try:
        ch = parse_change(obj, RECEIVED_ENTITIES)
    except ProtocolError as exc:
        raise ReplicaError(str(exc)) from exc
    known = columns[SYNCED_TABLES[ch.entity]]
    # A field a newer server knows and this schema does not: kept in the log, not applied.
    return replace(ch, fields={k: v for k, v in ch.fields.items() if k in known})


class _Seen:
    """What a received batch needs to know of the store, read in a few queries up front."""

    CHUNK = 500

    def __init__(self, conn, changes: list[Change]) -> None:
        self.conn = conn
        self.known: set[str] = set()
        for part in self._parts(sorted({c.change_id for c in changes})):
            self.known |= {r[0] for r in conn.execute(
                f"SELECT change_id FROM changes WHERE change_id IN ({_marks(part)})", part)}
        case_ids = sorted(({c.case_id for c in changes} | {
            c.fields.get("case_id") for c in changes
            if isinstance(c.fields.get("case_id"), str)}) - {""})
        self.removed: set[str] = set()
        for part in self._parts(case_ids):
            self.removed |= {r[0] for r in conn.execute(
                f"SELECT case_id FROM removed_cases WHERE case_id IN ({_marks(part)})", part)}
        wanted: dict[str, set[str]] = {"case": set(case_ids)}
        for c in changes:
            wanted.setdefault(c.entity, set()).add(c.entity_id)
        self.rows: set[tuple[str, str]] = set()
        for entity, ids in wanted.items():
            table = SYNCED_TABLES[entity]
            for part in self._parts(sorted(ids)):
                self.rows |= {(entity, r[0]) for r in conn.execute(
                    f"SELECT id FROM {table} WHERE id IN ({_marks(part)})", part)}
        self.versions: dict[tuple[str, str], dict[str, str]] = {}

    def _parts(self, values: list) -> list[list]:
        return [values[i:i + self.CHUNK] for i in range(0, len(values), self.CHUNK)]

    def versions_of(self, key: tuple[str, str]) -> dict[str, str]:
        """{field: clock} of a row here; read once, then kept up to date by the merge."""
        if key not in self.versions:
            self.versions[key] = versions.field_versions(self.conn, key[0], key[1])
        return self.versions[key]


def _marks(values: list) -> str:
    return ", ".join("?" * len(values))


# Tables whose rows others name (a case's rows name its case): written first.
_PARENT_TABLES = frozenset(SYNCED_TABLES[e] for e in ROOT_ENTITIES)


class _Writes:
    """The rows a received batch writes, gathered while it is merged in order and written
    per table at its end (executemany), in the batch's transaction: one statement per
    table and column set instead of one per change. A row inserted and then updated in
    the batch is inserted with its final values; a row updated twice gets the values the
    merge kept (it only lets a newer clock replace a field)."""

    def __init__(self) -> None:
        self.inserts: dict[str, dict[str, dict[str, Any]]] = {}  # table -> id -> row
        self.updates: dict[str, dict[str, dict[str, Any]]] = {}  # table -> id -> fields

    def insert(self, table: str, row_id: str, row: dict[str, Any]) -> None:
        self.inserts.setdefault(table, {})[row_id] = dict(row)

    def update(self, table: str, row_id: str, fields: dict[str, Any]) -> None:
        row = self.inserts.get(table, {}).get(row_id)
        if row is None:
            row = self.updates.setdefault(table, {}).setdefault(row_id, {})
        row.update(fields)

    def flush(self, conn) -> None:
        # Updates first: every row they touch was here before the batch (a new row's
        # updates went into its insert), and a unique value one gives up is then free for
        # a new row. Then the new rows, cases before the rows that name them.
        for table, rows in self.updates.items():
            for names, group in _by_columns(rows.items()):
                sets = ", ".join(f"{n} = ?" for n in names)
                conn.executemany(f"UPDATE {table} SET {sets} WHERE id = ?",
                                 [[*(fields[n] for n in names), row_id]
                                  for row_id, fields in group])
        for table in sorted(self.inserts, key=lambda t: t not in _PARENT_TABLES):
            for names, group in _runs(self.inserts[table].items()):
                conn.executemany(f"INSERT INTO {table} ({', '.join(names)})"
                                 f" VALUES ({', '.join('?' * len(names))})",
                                 [[row[n] for n in names] for _row_id, row in group])
        self.inserts.clear()
        self.updates.clear()


_Rows = list[tuple[str, dict[str, Any]]]  # (row id, {column: value})


def _by_columns(rows: Iterable[tuple[str, dict[str, Any]]]) -> list[tuple[tuple[str, ...], _Rows]]:
    """Rows grouped by the set of columns they set (an update's fields)."""
    groups: dict[tuple[str, ...], _Rows] = {}
    for row_id, fields in rows:
        groups.setdefault(tuple(sorted(fields)), []).append((row_id, fields))
    return list(groups.items())


def _runs(rows: Iterable[tuple[str, dict[str, Any]]]) -> list[tuple[tuple[str, ...], _Rows]]:
    """Rows in their order, cut where the columns change: new rows get their rowids in
    the order they arrived, as when they were inserted one at a time."""
    runs: list[tuple[tuple[str, ...], _Rows]] = []
    for row_id, row in rows:
        names = tuple(row)
        if runs and runs[-1][0] == names:
            runs[-1][1].append((row_id, row))
        else:
            runs.append((names, [(row_id, row)]))
    return runs


class _Touched:
    """What a received batch changed that derived tables follow: search rows of cases and
    directory entries, and the cases' deadline clocks; refreshed once, at the batch's end."""

    def __init__(self) -> None:
        self.cases: dict[str, bool] = {}  # case id -> is new (no old search row)
        self.entries: set[str] = set()
        self.clocks: set[str] = set()

    def note(self, ch: Change, fields: dict[str, Any], new: bool) -> None:
        if ch.entity == "case" and new:
            self.cases[ch.entity_id] = True
        elif ch.entity in ("case", "worker", "complainant"):
            self.cases.setdefault(ch.case_id, False)
        elif ch.entity in DIRECTORY_ENTITIES and (new or fields.keys() & DIRECTORY_INDEXED):
            self.entries.add(ch.entity_id)
        if clock.touches_clock(ch.entity, "insert" if new else "update", fields):
            self.clocks.add(ch.case_id)

    def refresh(self, conn, now) -> None:
        refresh_search(conn, self.cases)
        refresh_directory_search(conn, self.entries)
        clock.refresh(conn, self.clocks, now)


# Cases of other offices than the one given (twice), by two ranges of the index
# cases_office: `!=`, or an OR the planner may answer from another index, reads every case.
CASES_ELSEWHERE = ("SELECT id FROM cases INDEXED BY cases_office WHERE office_code < ?"
                   " UNION ALL SELECT id FROM cases INDEXED BY cases_office WHERE office_code > ?")


class Replica:
    """Sync's view of a Store. Every method runs on the store's (the engine's) thread."""

    def __init__(self, store) -> None:
        self.store = store
        self._columns: dict[str, set[str]] | None = None

    # -- what to push ------------------------------------------------------------------
    def pending(self, limit: int) -> list[Outgoing]:
        rows = self.store.query(
            "SELECT seq, change_id, entity, entity_id, case_id, op, fields, base, hlc, user,"
            " device, created_at FROM changes WHERE pushed_at IS NULL ORDER BY seq LIMIT ?",
            (limit,),
        )
        return [Outgoing(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), json.loads(r[7]),
                         r[8], r[9], r[10], r[11]) for r in rows]

    def pending_count(self) -> int:
        return self.store.query_one("SELECT count(*) FROM changes WHERE pushed_at IS NULL")[0]

    def pending_for_case(self, case_id: str) -> int:
        return self.store.query_one(
            "SELECT count(*) FROM changes WHERE pushed_at IS NULL AND case_id = ?"
            " AND case_id != ''", (case_id,))[0]  # != '': the partial index changes_case

    def acknowledge(self, acks: Iterable[tuple[str, str]], now) -> int:
        """Mark changes as applied by the server; (change id, the clock the server kept).

        The server re-stamps a change whose clock ran ahead of its own; the PC keeps the
        server's stamp so that both merge the next edit of that field the same way.
        """
        acks = list(acks)
        if not acks:
            return 0  # an idle round: no write transaction
        at = iso_utc(now)
        done = 0
        with self._tx() as conn:
            for change_id, hlc in acks:
                cur = conn.execute(
                    "UPDATE changes SET pushed_at = ?, hlc = coalesce(?, hlc)"
                    " WHERE change_id = ? AND pushed_at IS NULL", (at, hlc or None, change_id))
                done += cur.rowcount
        return done

    def set_aside(self, rejections: Iterable[dict], now) -> int:
        """Changes the server refused as invalid: kept with the reason, no longer pushed."""
        rejections = list(rejections)
        if not rejections:
            return 0
        at = iso_utc(now)
        done = 0
        with self._tx() as conn:
            for rej in rejections:
                row = conn.execute(
                    "SELECT entity, entity_id, case_id, fields FROM changes"
                    " WHERE change_id = ? AND pushed_at IS NULL", (rej["change_id"],)).fetchone()
                if row is None:
                    continue
                if rej.get("code") == REFUSED_ANONYMISED or _is_anonymised(conn, row[2]):
                    row = (*row[:3], _without_personal(row[0], row[3]))
                conn.execute(
                    "INSERT OR REPLACE INTO rejected_changes (change_id, entity, entity_id, case_id,"
                    " fields, code, message_id, message_en, rejected_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (rej["change_id"], *row, rej.get("code", "rejected"),
                     rej.get("message_id", ""), rej.get("message_en", ""), at))
                conn.execute("UPDATE changes SET pushed_at = ? WHERE change_id = ?",
                             (at, rej["change_id"]))
                done += 1
        return done

    def rejected(self) -> list[dict]:
        return self.store.query_dicts("SELECT * FROM rejected_changes ORDER BY rejected_at")

    # -- what arrived ------------------------------------------------------------------
    def columns(self) -> dict[str, set[str]]:
        if self._columns is None:
            self._columns = {
                table: {r[1] for r in self.store.query(f"PRAGMA table_info({table})")} - {"seq"}
                for table in SYNCED_TABLES.values()
            }
        return self._columns

    def parse(self, objs: Iterable[Any]) -> list[Change]:
        columns = self.columns()
        return [parse_remote(o, columns) for o in objs]

    def receive(self, changes: list[Change], now) -> ReceiveStats:
        """Merge a batch of received changes in one transaction (all or nothing).

        What the batch needs to know of the store is read up front, a few queries for the
        whole batch, and kept up to date in memory as the batch is merged in order; the
        rows it writes are written per table at the end (_Writes)."""
        stats = ReceiveStats()
        at = iso_utc(now)
        touched = _Touched()
        high = ""
        logged: list[tuple] = []
        with self._tx() as conn:
            seen = _Seen(conn, changes)
            writes = _Writes()
            for ch in changes:
                high = max(high, ch.hlc)
                if ch.change_id in seen.known:
                    stats.duplicates += 1
                    continue
                if ch.case_id in seen.removed:
                    # Came back to this office: it is a case here again.
                    conn.execute("DELETE FROM removed_cases WHERE case_id = ?", (ch.case_id,))
                    seen.removed.discard(ch.case_id)
                if not self._merge(writes, ch, stats, touched, seen):
                    # Not logged: when the row arrives (the heal re-sends the case) so does this.
                    stats.orphans += 1
                    continue
                seen.known.add(ch.change_id)
                logged.append((ch.change_id, ch.entity, ch.entity_id, ch.op,
                               json.dumps(ch.fields, ensure_ascii=False, separators=(",", ":")),
                               ch.hlc, ch.user, ch.device, ch.created_at, ch.case_id, at))
                stats.applied += 1
                if ch.case_id:
                    stats.cases.add(ch.case_id)
            writes.flush(conn)
            conn.executemany(
                "INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc, user,"
                " device, created_at, case_id, base, pushed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '{}', ?)", logged)
            for entity, root_id in _anonymised_roots(conn, stats.cases):
                anonymise_root(conn, entity, root_id)
                if entity == "case":
                    touched.cases.setdefault(root_id, False)
            touched.refresh(conn, now)
            if high:
                self._raise_clock(conn, high)
        if high:
            self.store.clock.observe(high)
        return stats

    def _merge(self, writes: _Writes, ch: Change, stats: ReceiveStats, touched: _Touched,
               seen) -> bool:
        """Merge one change into what the batch will write; False for an orphan."""
        table = SYNCED_TABLES[ch.entity]
        key = (ch.entity, ch.entity_id)
        if key not in seen.rows:
            parent = ch.fields.get("case_id", ch.case_id)
            if ch.op != "insert" or (ch.entity not in (*ROOT_ENTITIES, *DIRECTORY_ENTITIES)
                                     and ("case", parent) not in seen.rows):
                return False
            writes.insert(table, ch.entity_id, {**ch.fields, "id": ch.entity_id})
            seen.rows.add(key)
            seen.versions[key] = dict.fromkeys(ch.fields, ch.hlc)
            touched.note(ch, ch.fields, new=True)
            return True
        if table in APPEND_ONLY:
            stats.stale_fields += len(ch.fields)  # an append-only row never changes
            return True
        clocks = seen.versions_of(key)
        newer = {k: v for k, v in ch.fields.items() if k != "id" and ch.hlc > clocks.get(k, "")}
        stats.stale_fields += len(ch.fields) - len(newer)
        for name in ch.fields:
            if ch.hlc > clocks.get(name, ""):
                clocks[name] = ch.hlc
        if newer:
            writes.update(table, ch.entity_id, newer)
            touched.note(ch, newer, new=False)
        return True

    # -- the directory's heal -----------------------------------------------------------
    def heal_directory(self, changes: list[Change], now) -> int:
        """Re-apply the server's history of the directory (a page of the scoped
        re-download): changes not seen here are logged, then every entry they name is
        rebuilt from its whole log by the merge rule (newest clock per field). Entries are
        never removed, and what this PC changed and has not pushed yet stays in the log and
        in the rebuilt row. Returns how many changes were new here."""
        if any(ch.entity not in DIRECTORY_ENTITIES for ch in changes):
            raise ReplicaError("a directory page holds a change of a case")
        at = iso_utc(now)
        high = max((ch.hlc for ch in changes), default="")
        with self._tx() as conn:
            seen = _Seen(conn, changes)
            fresh = [ch for ch in {ch.change_id: ch for ch in changes}.values()
                     if ch.change_id not in seen.known]
            conn.executemany(
                "INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc, user,"
                " device, created_at, case_id, base, pushed_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '', '{}', ?)",
                [(ch.change_id, ch.entity, ch.entity_id, ch.op,
                  json.dumps(ch.fields, ensure_ascii=False, separators=(",", ":")), ch.hlc,
                  ch.user, ch.device, ch.created_at, at) for ch in fresh])
            for entity, entry_id in sorted({(ch.entity, ch.entity_id) for ch in changes}):
                self._replay(conn, entity, entry_id)
            # Rebuilt whole (a few thousand short rows): no stale row survives a heal.
            conn.execute("DELETE FROM stakeholder_search")
            conn.execute("INSERT INTO stakeholder_search (rowid, name, licence_no)"
                         " SELECT seq, name, licence_no FROM stakeholders")
            if high:
                self._raise_clock(conn, high)
        if high:
            self.store.clock.observe(high)
        return len(fresh)

    def _replay(self, conn, entity: str, entry_id: str) -> None:
        """Rewrite one directory entry from its logged changes, in clock order (those the
        server refused left out: it never took them)."""
        state: dict[str, Any] = {}
        inserted = False
        for op, fields in conn.execute(
                "SELECT c.op, c.fields FROM changes c WHERE c.entity = ? AND c.entity_id = ?"
                " AND NOT EXISTS (SELECT 1 FROM rejected_changes r"
                " WHERE r.change_id = c.change_id) ORDER BY c.hlc, c.seq", (entity, entry_id)):
            inserted = inserted or op == "insert"
            state.update(json.loads(fields))
        if not inserted:
            return  # updates of an entry whose insert never arrived: nothing to rebuild
        table = SYNCED_TABLES[entity]
        known = self.columns()[table]
        row = {k: v for k, v in state.items() if k in known and k != "id"}
        if not row:
            return
        if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (entry_id,)).fetchone():
            sets = ", ".join(f"{k} = ?" for k in row)
            conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*row.values(), entry_id])
        else:
            names = ["id", *row]
            conn.execute(f"INSERT INTO {table} ({', '.join(names)})"
                         f" VALUES ({', '.join('?' * len(names))})", [entry_id, *row.values()])

    @staticmethod
    def _raise_clock(conn, hlc: str) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET"
            " value = max(value, excluded.value)", (HLC_HIGH_KEY, hlc))

    # -- cases leaving -----------------------------------------------------------------
    def remove_case(self, case_id: str, reason: str, now) -> str | None:
        """Delete a case transferred away; returns its number, None while changes or
        attachment content of it are still to be sent (nothing recorded here is lost).
        """
        at = iso_utc(now)
        with self._tx() as conn:
            pending = conn.execute("SELECT count(*) FROM changes WHERE pushed_at IS NULL"
                                   " AND case_id = ? AND case_id != ''", (case_id,)).fetchone()[0]
            # Attachment content the server does not have yet stays (with its case) until sent;
            # not the content of an attachment the server refused (it will never take it).
            unsent = conn.execute(
                "SELECT count(*) FROM attachments a JOIN blobs b ON b.sha256 = a.sha256"
                " WHERE a.case_id = ? AND b.stored = b.size AND b.uploaded < b.size"
                f" AND {_NOT_REFUSED}", (case_id,)).fetchone()[0]
            if pending or unsent:
                return None
            row = conn.execute("SELECT seq, case_number FROM cases WHERE id = ?",
                               (case_id,)).fetchone()
            if row is None:
                # An information request (a root of its own, never moved): a heal replaces it.
                if conn.execute("DELETE FROM inquiries WHERE id = ?", (case_id,)).rowcount:
                    # Marked removed, as a case is, so its pushed changes may go; its next
                    # received change clears the mark.
                    conn.execute("INSERT OR REPLACE INTO removed_cases (case_id, case_number,"
                                 " removed_at, reason) VALUES (?, '', ?, ?)",
                                 (case_id, at, reason))
                    conn.execute("DELETE FROM changes WHERE case_id = ? AND case_id != ''",
                                 (case_id,))
                return ""
            seq, number = row
            conn.execute("INSERT OR REPLACE INTO removed_cases (case_id, case_number, removed_at,"
                         " reason) VALUES (?, ?, ?, ?)", (case_id, number, at, reason))
            for entity in _REMOVE_ORDER:
                column = "id" if entity == "case" else "case_id"
                conn.execute(f"DELETE FROM {SYNCED_TABLES[entity]} WHERE {column} = ?", (case_id,))
            conn.execute("DELETE FROM case_search WHERE rowid = ?", (seq,))
            conn.execute("DELETE FROM case_clock WHERE case_id = ?", (case_id,))
            # != '' lets SQLite use the partial index changes_case (else: every change read)
            conn.execute("DELETE FROM changes WHERE case_id = ? AND case_id != ''", (case_id,))
            # Content of a refused attachment stays, beside the refused change: nothing
            # recorded here is lost.
            conn.execute("DELETE FROM blobs WHERE sha256 NOT IN (SELECT sha256 FROM attachments)"
                         " AND sha256 NOT IN (SELECT json_extract(fields, '$.sha256')"
                         " FROM rejected_changes WHERE entity = 'attachment')")
        return number

    def case_ids(self) -> list[str]:
        return [r[0] for r in self.store.query("SELECT id FROM cases ORDER BY id")]

    def root_ids(self) -> list[str]:
        """Cases and information requests: what a scoped re-download replaces."""
        return [r[0] for r in self.store.query(
            "SELECT id FROM cases UNION SELECT id FROM inquiries ORDER BY 1")]

    def cases_elsewhere(self, office_code: str) -> list[str]:
        """Cases here that now belong to another office (transferred away)."""
        # Sorted here: an office PC holds few cases of other offices, mostly none.
        return sorted(r[0] for r in self.store.query(CASES_ELSEWHERE, (office_code, office_code)))

    def record_audit(self, user: str, action: str, target: str, detail: str, now) -> None:
        with self.store.write(user, now) as tx:
            tx.insert("audit", {"id": str(uuid.uuid4()), "at": tx.now, "user": user,
                                "device": tx.device, "action": action, "target": target,
                                "detail": detail})

    def held_roots(self) -> int:
        """Cases and information requests held here (a first sync's progress)."""
        return self.store.query_one(
            "SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM inquiries)")[0]

    # -- state checksum ------------------------------------------------------------------
    def state_checksum(self) -> str:
        """The protocol's checksum of every case here and of the directory (compare with
        the server's scope): the running total, after the digests of the cases written
        since the last one are brought up to date (desktop/store/digests.py). An idle
        sync finds nothing written since: one read, no write transaction."""
        clean = digests.clean_total(self.store.query_one(digests.CLEAN_TOTAL_SQL))
        if clean is not None:
            return clean.checksum
        with self._tx() as conn:
            return digests.refresh(conn).checksum

    def bucket_checksums(self) -> dict[str, str]:
        """{drift bucket: checksum} of the cases here (sync/protocol.py bucket_checksums),
        to find which cases differ from the server's when the checksums do."""
        with self._tx() as conn:
            digests.refresh(conn)
            return bucket_checksums(digests.kept(conn))

    def case_digests_in(self, buckets: Iterable[str]) -> dict[str, tuple[int, str]]:
        """{case id: (rows, digest)} of the cases here in these drift buckets."""
        with self._tx() as conn:
            digests.refresh(conn)
            return digests.kept_in(conn, buckets)

    def resum_total(self) -> str:
        """The running total summed again from the kept case digests; its checksum."""
        with self._tx() as conn:
            return digests.resum(conn).checksum

    def full_checksum(self) -> str:
        """The same checksum recomputed from every row held (reads the whole scope), in
        one transaction so that it sees one state."""
        with self._tx() as conn:
            return digests.full_checksum(conn)

    # -- the central server ------------------------------------------------------------
    def link(self) -> tuple[str, str] | None:
        """(server URL, device credential token), or None for a PC that was never enrolled."""
        url = self.store.meta(CENTRAL_URL_KEY)
        token = self.store.meta(CENTRAL_CREDENTIAL_KEY)
        return (url, token) if url and token else None

    def set_link(self, url: str, token: str) -> None:
        with self._tx() as conn:
            for key, value in ((CENTRAL_URL_KEY, url), (CENTRAL_CREDENTIAL_KEY, token)):
                conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key)"
                             " DO UPDATE SET value = excluded.value", (key, value))

    # -- attachment content ------------------------------------------------------------
    def uploads_pending(self) -> list[tuple[str, int, int]]:
        """(sha256, size, bytes the server has) of complete local content the server lacks,
        once an attachment naming it has reached the server (it checks scope by that; one
        it refused names nothing there)."""
        return [tuple(r) for r in self.store.query(
            "SELECT b.sha256, b.size, b.uploaded FROM blobs b WHERE b.stored = b.size"
            " AND b.uploaded < b.size AND EXISTS (SELECT 1 FROM attachments a"
            " JOIN changes c ON c.entity = 'attachment' AND c.entity_id = a.id"
            f" WHERE a.sha256 = b.sha256 AND c.pushed_at IS NOT NULL AND {_NOT_REFUSED}"
            f" AND {_OF_LIVE_CASE}) ORDER BY b.created_at")]

    def read_blob(self, sha256: str, offset: int, length: int) -> bytes:
        out = bytearray()
        position = 0
        for (data,) in self.store.query(
                "SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY idx", (sha256,)):
            end = position + len(data)
            if end > offset:
                out += data[max(0, offset - position):]
                if len(out) >= length:
                    break
            position = end
        return bytes(out[:length])

    def mark_uploaded(self, sha256: str, received: int) -> None:
        with self._tx() as conn:
            conn.execute("UPDATE blobs SET uploaded = max(uploaded, ?) WHERE sha256 = ?",
                         (received, sha256))

    def blob_progress(self, sha256: str) -> tuple[int, int] | None:
        """(size, bytes stored here) of a content, or None if nothing of it is here."""
        row = self.store.query_one("SELECT size, stored FROM blobs WHERE sha256 = ?", (sha256,))
        return (row[0], row[1]) if row else None

    def append_download(self, sha256: str, size: int, offset: int, data: bytes, now) -> int:
        """Keep a downloaded piece (committed, so a cut download resumes after it); returns
        the bytes stored. A complete content that does not hash to its name is thrown away."""
        at = iso_utc(now)
        with self._tx() as conn:
            conn.execute("INSERT INTO blobs (sha256, size, stored, uploaded, created_at)"
                         " VALUES (?, ?, 0, 0, ?) ON CONFLICT(sha256) DO NOTHING",
                         (sha256, size, at))
            stored, = conn.execute("SELECT stored FROM blobs WHERE sha256 = ?",
                                   (sha256,)).fetchone()
            if offset != stored or stored + len(data) > size:
                raise ReplicaError("download piece out of place")
            idx = conn.execute("SELECT coalesce(max(idx), -1) + 1 FROM blob_chunks"
                               " WHERE sha256 = ?", (sha256,)).fetchone()[0]
            conn.execute("INSERT INTO blob_chunks (sha256, idx, data) VALUES (?, ?, ?)",
                         (sha256, idx, data))
            stored += len(data)
            if stored == size and not self._hash_matches(conn, sha256):
                conn.execute("DELETE FROM blob_chunks WHERE sha256 = ?", (sha256,))
                conn.execute("UPDATE blobs SET stored = 0 WHERE sha256 = ?", (sha256,))
                return -1
            # The server has every byte we got from it.
            conn.execute("UPDATE blobs SET stored = ?, uploaded = ? WHERE sha256 = ?",
                         (stored, stored, sha256))
        return stored

    @staticmethod
    def _hash_matches(conn, sha256: str) -> bool:
        h = hashlib.sha256()
        for (data,) in conn.execute("SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY idx",
                                    (sha256,)):
            h.update(data)
        return h.hexdigest() == sha256

    # -- the sync log ------------------------------------------------------------------
    def record_run(self, started, finished, outcome: str, pushed: int, pulled: int,
                   requests: int, bytes_up: int, bytes_down: int, error: str = "") -> None:
        """One line of the sync log screen; no personal data (counts and error codes)."""
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO sync_runs (started_at, finished_at, outcome, pushed, pulled,"
                " requests, bytes_up, bytes_down, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (iso_utc(started), iso_utc(finished), outcome, pushed, pulled, requests,
                 bytes_up, bytes_down, error[:200]))
            # A PC syncing every few minutes for years: keep the recent history only.
            conn.execute("DELETE FROM sync_runs WHERE id <= (SELECT max(id) FROM sync_runs)"
                         " - 2000")

    def runs(self, limit: int = 200) -> list[dict]:
        return self.store.query_dicts("SELECT * FROM sync_runs ORDER BY id DESC LIMIT ?",
                                      (limit,))

    def last_success(self) -> str | None:
        row = self.store.query_one("SELECT max(finished_at) FROM sync_runs"
                                   " WHERE outcome IN ('ok', 'clock')")
        return row[0] if row else None

    # -- cursor ------------------------------------------------------------------------
    def cursor(self) -> int:
        value = self.store.meta(CURSOR_KEY, "0")
        return int(value or 0)

    def set_cursor(self, value: int) -> None:
        with self._tx() as conn:
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key)"
                         " DO UPDATE SET value = excluded.value", (CURSOR_KEY, str(value)))

    # -- plumbing ----------------------------------------------------------------------
    def _tx(self):
        return _Transaction(self.store)


# -- anonymisation (the retention run's, arriving from the server) ----------------------------

_ANONYMISED_SQL = {"case": "SELECT id FROM cases WHERE anonymised_at != '' AND id IN ({})",
                   "inquiry": "SELECT id FROM inquiries WHERE anonymised_at != '' AND id IN ({})"}


def _anonymised_roots(conn, root_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(entity, id) of the given cases and information requests that are anonymised."""
    ids = sorted(set(root_ids))
    out = []
    for start in range(0, len(ids), _Seen.CHUNK):
        part = ids[start:start + _Seen.CHUNK]
        for entity, sql in _ANONYMISED_SQL.items():
            out += [(entity, r[0]) for r in conn.execute(sql.format(_marks(part)), part)]
    return out


def _is_anonymised(conn, root_id: str) -> bool:
    return bool(root_id) and bool(_anonymised_roots(conn, [root_id]))


def _without_personal(entity: str, fields_json: str) -> str:
    fields = json.loads(fields_json)
    return json.dumps({**fields, **pdp.anonymised_fields(entity, fields)}, ensure_ascii=False,
                      separators=(",", ":"))


# Entities of a case rewritten in place: mutable ones by an update, append-only ones
# (timeline, attachments) written again under their rowid.
_CASE_ROWS = tuple(e for e in CASE_ENTITIES if e != "case")


def anonymise_root(conn, entity: str, root_id: str) -> None:
    """Rewrite everything this PC holds of an anonymised case or information request
    (pdp.anonymised_fields: what the server wrote), in the caller's transaction; rows
    already anonymised are left as they are, so this may run again."""
    with append_only_opened(conn, root_id):
        _anonymise_row(conn, entity, SYNCED_TABLES[entity], "id", root_id)
        if entity == "case":
            for child in _CASE_ROWS:
                _anonymise_row(conn, child, SYNCED_TABLES[child], "case_id", root_id)
        dropped = anonymise_logged(conn, root_id)
    for change_id, child, fields in conn.execute(
            "SELECT change_id, entity, fields FROM rejected_changes WHERE case_id = ?"
            " AND case_id != ''", (root_id,)).fetchall():
        anonymous = _without_personal(child, fields)
        if anonymous != fields:
            conn.execute("UPDATE rejected_changes SET fields = ? WHERE change_id = ?",
                         (anonymous, change_id))
    shas = {r[0] for r in conn.execute("SELECT sha256 FROM attachments WHERE case_id = ?",
                                       (root_id,))} | set(dropped)
    _erase_contents(conn, shas)


def _anonymise_row(conn, entity: str, table: str, key: str, value: str) -> None:
    append_only = table in APPEND_ONLY
    select_rowid = "rowid AS _rowid, " if append_only else ""
    cur = conn.execute(f"SELECT {select_rowid}* FROM {table} WHERE {key} = ?", (value,))
    names = [d[0] for d in cur.description]
    for values in cur.fetchall():
        row = dict(zip(names, values, strict=True))
        replaced = pdp.anonymised_fields(entity, row)
        if not replaced:
            continue
        if append_only:
            row.update(replaced)
            rowid = row.pop("_rowid")
            rewrite_row(conn, table, "rowid", {"rowid": rowid, **row})
        else:
            sets = ", ".join(f"{name} = ?" for name in replaced)
            conn.execute(f"UPDATE {table} SET {sets} WHERE id = ?", [*replaced.values(), row["id"]])


def _erase_contents(conn, shas: Iterable[str]) -> None:
    """Delete attachment content that no attachment of a case still in use names."""
    for sha in sorted(s for s in shas if s):
        if conn.execute(f"SELECT 1 FROM attachments a WHERE a.sha256 = ? AND {_OF_LIVE_CASE}",
                        (sha,)).fetchone() is None:
            conn.execute("DELETE FROM blob_chunks WHERE sha256 = ?", (sha,))
            conn.execute("DELETE FROM blobs WHERE sha256 = ?", (sha,))


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT on the store's connection, under its write lock."""

    def __init__(self, store) -> None:
        self.store = store

    def __enter__(self):
        self.store._write_lock.acquire()
        conn = self.store.raw_connection
        try:
            conn.execute("BEGIN IMMEDIATE")
        except connection.DatabaseError as exc:
            self.store._write_lock.release()
            raise connection.classify(exc, self.store.path) from exc
        return conn

    def __exit__(self, exc_type, exc, tb) -> bool:
        conn = self.store.raw_connection
        try:
            if exc_type is None:
                conn.execute("COMMIT")
            elif conn.in_transaction:
                conn.execute("ROLLBACK")
        except connection.DatabaseError as db_exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise connection.classify(db_exc, self.store.path) from db_exc
        finally:
            self.store._write_lock.release()
        if isinstance(exc, connection.DatabaseError):
            raise connection.classify(exc, self.store.path) from exc
        return False
