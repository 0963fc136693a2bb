"""The only way to write synced rows: each write also records its change row (the outbox)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from desktop.domain import data_protection as pdp
from desktop.formatting import iso_utc
from desktop.store import clock
from desktop.store.schema import APPEND_ONLY, CASE_ENTITIES, ROOT_ENTITIES, SYNCED_TABLES
from desktop.store.versions import field_versions

# Blob content is kept in pieces of this size, so a transfer can stop and resume between pieces.
BLOB_CHUNK = 256 * 1024

# Fields of each entity that feed the search index; touching one refreshes the case's index row.
_INDEXED = {
    "case": {"case_number"},
    "worker": {"name", "passport", "nik", "phone"},
    "complainant": {"name", "nik", "phones"},
}

_SEARCH_ROW_SQL = """
SELECT c.seq, c.case_number, coalesce(w.name, ''), coalesce(p.name, ''),
       coalesce(w.passport, ''), trim(coalesce(w.nik, '') || ' ' || coalesce(p.nik, '')),
       trim(coalesce(w.phone, '') || ' ' || coalesce(p.phones, ''))
FROM cases c LEFT JOIN workers w ON w.case_id = c.id LEFT JOIN complainants p ON p.case_id = c.id
WHERE c.id = ?
"""
# Fields of a directory entry that feed its search row.
DIRECTORY_INDEXED = frozenset({"name", "licence_no"})


class WriteTx:
    """One transaction on the writer connection; see Store.write()."""

    def __init__(self, conn, clock, user: str, device: str, now: datetime | None = None,
                 defaults: dict[str, dict[str, Any]] | None = None) -> None:
        self._conn = conn
        self._defaults = {} if defaults is None else defaults  # the store's, kept across writes
        self._clock = clock
        self.user = user
        self.device = device
        # The core's clock, so recorded times follow it (tests, demo data replaying a history).
        self.moment = now or datetime.now(UTC)
        self.now = iso_utc(self.moment)
        self._reindex: dict[str, bool] = {}  # case id -> is new (no old index row)
        self._reclock: set[str] = set()  # cases whose deadline clock this write changed
        self._directory: set[str] = set()  # directory entries whose search row is stale
        self._last_hlc = ""

    def insert(self, entity: str, row: dict[str, Any]) -> None:
        """Insert a row; columns left out take the schema's defaults, and the change
        carries the whole row (a replica of another schema version sees every value)."""
        table = SYNCED_TABLES[entity]
        row = {**self._column_defaults(table), **row}
        columns = list(row)
        self._conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
            [row[c] for c in columns],
        )
        case_id = row["id"] if entity in ROOT_ENTITIES else row.get("case_id", "")
        self._record(entity, row["id"], "insert", row, case_id)
        if entity == "case":
            self._reindex[row["id"]] = True
        elif entity in _INDEXED:
            self._reindex.setdefault(row["case_id"], False)
        elif entity == "stakeholder":
            self._directory.add(row["id"])
        if clock.touches_clock(entity, "insert", row):
            self._reclock.add(case_id)

    def update(self, entity: str, entity_id: str, fields: dict[str, Any]) -> dict[str, Any]:
        """Write only the fields whose value differs; returns what changed (old values)."""
        table = SYNCED_TABLES[entity]
        if table in APPEND_ONLY:
            raise ValueError(f"{table} is append-only")
        names = list(fields)
        cur = self._conn.execute(
            f"SELECT {', '.join(names)} FROM {table} WHERE id = ?", (entity_id,)
        ).fetchone()
        if cur is None:
            raise KeyError(f"{entity} {entity_id} not found")
        old = dict(zip(names, cur, strict=True))
        changed = {k: v for k, v in fields.items() if old[k] != v}
        if not changed:
            return {}
        assignments = ", ".join(f"{k} = ?" for k in changed)
        # The versions this edit overwrites: the server tells a concurrent edit by them.
        base = field_versions(self._conn, entity, entity_id, changed)
        self._conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed.values(), entity_id]
        )
        case_id = ""
        if entity in ROOT_ENTITIES:
            case_id = entity_id
        elif entity in CASE_ENTITIES:
            case_id = self._case_of(table, entity_id)
        self._record(entity, entity_id, "update", changed, case_id, base)
        if entity in _INDEXED and changed.keys() & _INDEXED[entity]:
            self._reindex.setdefault(case_id, False)
        if entity == "stakeholder" and changed.keys() & DIRECTORY_INDEXED:
            self._directory.add(entity_id)
        if clock.touches_clock(entity, "update", changed):
            self._reclock.add(case_id)
        return {k: old[k] for k in changed}

    def _column_defaults(self, table: str) -> dict[str, Any]:
        """{column: default} of the table's columns with a constant default (not the
        rowid): what an insert that leaves them out stores."""
        if table not in self._defaults:
            found: dict[str, Any] = {}
            for _cid, name, _type, _notnull, default, pk in self._conn.execute(
                    f"PRAGMA table_info({table})"):
                if pk or default is None:
                    continue
                if default.startswith("'") and default.endswith("'"):
                    found[name] = default[1:-1].replace("''", "'")
                elif default.lstrip("-").isdigit():
                    found[name] = int(default)
            self._defaults[table] = found
        return self._defaults[table]

    def _case_of(self, table: str, entity_id: str) -> str:
        return self._conn.execute(f"SELECT case_id FROM {table} WHERE id = ?", (entity_id,)).fetchone()[0]

    def _record(self, entity: str, entity_id: str, op: str, fields: dict[str, Any],
                case_id: str = "", base: dict[str, str] | None = None) -> None:
        self._last_hlc = self._clock.tick()
        self._conn.execute(
            "INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc, user, device,"
            " created_at, case_id, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(uuid.uuid4()),
                entity,
                entity_id,
                op,
                json.dumps(fields, ensure_ascii=False, separators=(",", ":")),
                self._last_hlc,
                self.user,
                self.device,
                self.now,
                case_id,
                json.dumps(base or {}, separators=(",", ":")),
            ),
        )

    def meta_next(self, key: str, floor: int = 0) -> int:
        """Increment a local counter (not synced: e.g. the case-number sequence); the result
        is above `floor` whatever the counter held."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        value = max(int(row[0]) if row else 0, floor) + 1
        self._conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, str(value)),
        )
        return value

    def put_blob(self, sha256: str, data: bytes) -> bool:
        """Keep a file's content in the local blob tables, in chunks, in this transaction.

        Blobs are local (the server gets them by upload, not as changes), so no change row.
        Content-addressed: content already complete here is kept as it is, and content that
        does not hash to `sha256` is refused. Returns whether anything was written.
        """
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError("blob content does not match its sha256")
        row = self._conn.execute("SELECT size, stored FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
        if row is not None and row[0] == row[1] == len(data):
            return False
        if row is None:
            self._conn.execute("INSERT INTO blobs (sha256, size, stored, uploaded, created_at)"
                               " VALUES (?, ?, 0, 0, ?)", (sha256, len(data), self.now))
        else:  # a download that stopped part-way: the whole content is here now
            self._conn.execute("DELETE FROM blob_chunks WHERE sha256 = ?", (sha256,))
        for idx, start in enumerate(range(0, len(data), BLOB_CHUNK)):
            self._conn.execute("INSERT INTO blob_chunks (sha256, idx, data) VALUES (?, ?, ?)",
                               (sha256, idx, data[start:start + BLOB_CHUNK]))
        self._conn.execute("UPDATE blobs SET size = ?, stored = ? WHERE sha256 = ?",
                           (len(data), len(data), sha256))
        return True

    def finish(self) -> None:
        """Refresh what is derived from the rows this transaction touched: the cases' and
        the directory's search rows, the cases' deadline clocks."""
        refresh_search(self._conn, self._reindex)
        self._reindex.clear()
        refresh_directory_search(self._conn, self._directory)
        self._directory.clear()
        clock.refresh(self._conn, self._reclock, self.moment)
        self._reclock.clear()
        if self._last_hlc:
            self._conn.execute(
                "INSERT INTO meta (key, value) VALUES ('hlc_high', ?) ON CONFLICT(key) DO UPDATE"
                " SET value = max(value, excluded.value)", (self._last_hlc,))


def refresh_search(conn, cases: dict[str, bool]) -> None:
    """Rewrite the search rows of these cases ({case id: is new, so has no old row})."""
    for case_id, is_new in cases.items():
        row = conn.execute(_SEARCH_ROW_SQL, (case_id,)).fetchone()
        if row is None:
            continue
        if not is_new:
            conn.execute("DELETE FROM case_search WHERE rowid = ?", (row[0],))
        conn.execute(
            "INSERT INTO case_search (rowid, case_number, worker_name, complainant_name,"
            " passport, nik, phones) VALUES (?, ?, ?, ?, ?, ?, ?)",
            row,
        )


def refresh_directory_search(conn, entry_ids) -> None:
    """Rewrite the search rows of these directory entries (trigram: fuzzy names)."""
    for entry_id in sorted(entry_ids):
        row = conn.execute("SELECT seq, name, licence_no FROM stakeholders WHERE id = ?",
                           (entry_id,)).fetchone()
        if row is None:
            continue
        conn.execute("DELETE FROM stakeholder_search WHERE rowid = ?", (row[0],))
        conn.execute("INSERT INTO stakeholder_search (rowid, name, licence_no) VALUES (?, ?, ?)",
                     row)


# -- anonymisation (issue 14 §1.3) -------------------------------------------------------------

ANONYMISING = "anonymising"  # removed_cases.reason while a record is rewritten in place


@contextmanager
def append_only_opened(conn, root_id: str) -> Iterator[None]:
    """Let the append-only rows of one case (or information request) be rewritten in this
    transaction. The triggers let rows go whose case is in `removed_cases` (a case leaving
    the PC); a rewrite is a removal and the same row again, under that mark for as long as
    it takes (an error rolls the mark back with everything else)."""
    marked = conn.execute("INSERT OR IGNORE INTO removed_cases (case_id, case_number,"
                          " removed_at, reason) VALUES (?, '', '', ?)",
                          (root_id, ANONYMISING)).rowcount
    yield
    if marked:
        conn.execute("DELETE FROM removed_cases WHERE case_id = ? AND reason = ?",
                     (root_id, ANONYMISING))


def rewrite_row(conn, table: str, rowid_name: str, row: dict[str, Any]) -> None:
    """Write an append-only row again with new values, under the same rowid (inside
    append_only_opened)."""
    conn.execute(f"DELETE FROM {table} WHERE {rowid_name} = ?", (row[rowid_name],))
    names = list(row)
    conn.execute(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                 [row[n] for n in names])


def anonymise_logged(conn, root_id: str) -> list[str]:
    """Replace the personal values of every logged change of a record, pushed or still to
    push (which fields a change carries and its clock stay: the log is the version vector).
    A row this PC added that the server does not have goes whole, change and row: an
    attachment not pushed yet (the server refuses any attachment of an anonymised case),
    or any row whose insert the server refused (it held personal data). Returns the
    content hashes of the attachments gone. Call inside append_only_opened."""
    dropped = []
    cur = conn.execute(
        "SELECT c.*, EXISTS (SELECT 1 FROM rejected_changes r WHERE r.change_id = c.change_id)"
        " AS refused FROM changes c WHERE c.case_id = ? AND c.case_id != '' ORDER BY c.seq",
        (root_id,))
    names = [d[0] for d in cur.description]
    for values in cur.fetchall():
        row = dict(zip(names, values, strict=True))
        refused = row.pop("refused")
        fields = json.loads(row["fields"])
        pending = row["pushed_at"] is None
        if pending:  # the trigger keeps a change to push; it is one pushed for a moment
            conn.execute("UPDATE changes SET pushed_at = ? WHERE seq = ?", (ANONYMISING, row["seq"]))
        if row["op"] == "insert" and row["entity"] not in ROOT_ENTITIES and (
                refused or (pending and row["entity"] == "attachment")):
            conn.execute("DELETE FROM changes WHERE seq = ?", (row["seq"],))
            conn.execute(f"DELETE FROM {SYNCED_TABLES[row['entity']]} WHERE id = ?",
                         (row["entity_id"],))
            if row["entity"] == "attachment":
                dropped.append(str(fields.get("sha256", "")))
            continue
        replaced = pdp.anonymised_fields(row["entity"], fields)
        if replaced:
            row["fields"] = json.dumps({**fields, **replaced}, ensure_ascii=False,
                                       separators=(",", ":"))
            rewrite_row(conn, "changes", "seq", row)
        elif pending:
            conn.execute("UPDATE changes SET pushed_at = NULL WHERE seq = ?", (row["seq"],))
    return dropped
