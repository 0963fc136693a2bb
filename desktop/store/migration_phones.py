"""Phone numbers stored under the old hand-written rules, brought to libphonenumber's form.

The old rules (before issue 12) kept every digit after a foreign country code, so
"+60 012-345 6789" was stored as "+600123456789"; libphonenumber drops the trunk 0 and
stores "+60123456789", the form a new entry of the same number gets. Indonesian numbers
keep their form (tests/unit/test_phones_legacy.py holds the evidence). Equal numbers must
be equal text: duplicate hints and the server's check that a value is normalised compare
them as stored.

A changed value is written as an ordinary update (the row, and its change row in the
outbox, with the versions it overwrites as `base`), by MIGRATION_USER: it reaches the
server and every other PC like an edit, and the change log, which the consistency check
replays, stays the whole story. PCs holding the same case write the same value, which the
server merges without a conflict. A value the new rules refuse is left as it is (nobody
can say now what was meant): it is shown as stored and refused only when someone edits it.

Directory entries are re-normalised only where this PC may edit them (its own office's,
or all of them on central's PC): the server refuses any other PC's edit of an entry.

A migration (desktop/store/schema.py registers it), so it writes with its own SQL as of
that schema version rather than through desktop/store/outbox.py, which imports the schema.
"""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime

from desktop.domain import phones
from desktop.formatting import iso_utc
from desktop.store.versions import field_versions
from sync.hlc import HybridClock

MIGRATION_USER = "system"
# (entity, table, column, holds a list "a, b")
PHONE_COLUMNS = (
    ("worker", "workers", "phone", False),
    ("worker", "workers", "employer_phone", False),
    ("complainant", "complainants", "phones", True),
    ("stakeholder", "stakeholders", "phone", False),
)
_LIST_SPLIT = re.compile(r"\s*,\s*")
# A case's search row (desktop/store/outbox.py, as of schema 0005).
_SEARCH_ROW_SQL = """
SELECT c.seq, c.case_number, coalesce(w.name, ''), coalesce(p.name, ''),
       coalesce(w.passport, ''), trim(coalesce(w.nik, '') || ' ' || coalesce(p.nik, '')),
       trim(coalesce(w.phone, '') || ' ' || coalesce(p.phones, ''))
FROM cases c LEFT JOIN workers w ON w.case_id = c.id LEFT JOIN complainants p ON p.case_id = c.id
WHERE c.id = ?
"""


def renormalized(value: str, is_list: bool = False) -> str:
    """`value` in the form the new rules store; a number they refuse stays as it was."""
    pieces = [p for p in _LIST_SPLIT.split(value.strip()) if p] if is_list else [value]
    out: list[str] = []
    for piece in pieces:
        try:
            number = phones.to_e164(piece) or piece
        except phones.PhoneError:
            number = piece
        if number not in out:
            out.append(number)
    return ", ".join(out)


def renormalize_stored_phones(conn, now: datetime | None = None) -> int:
    """Rewrite every stored number whose form the new rules change; returns how many
    fields changed. Runs in the caller's transaction (a schema migration's)."""
    todo: list[tuple[str, str, str, str]] = []  # (entity, id, column, new value)
    editable = _editable_entries(conn)
    for entity, table, column, is_list in PHONE_COLUMNS:
        for row_id, value in conn.execute(
                f"SELECT id, {column} FROM {table} WHERE {column} != ''").fetchall():
            if entity == "stakeholder" and not editable(row_id):
                continue
            new = renormalized(value, is_list)
            if new != value:
                todo.append((entity, row_id, column, new))
    if not todo:
        return 0
    device = _device(conn)
    clock = _clock(conn, device)
    created_at = iso_utc(now or datetime.now(UTC))
    cases: set[str] = set()
    hlc = ""
    for entity, row_id, column, new in todo:
        table = next(t for e, t, _c, _l in PHONE_COLUMNS if e == entity)
        base = field_versions(conn, entity, row_id, [column])
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE id = ?", (new, row_id))
        case_id = "" if entity == "stakeholder" else conn.execute(
            f"SELECT case_id FROM {table} WHERE id = ?", (row_id,)).fetchone()[0]
        hlc = clock.tick()
        conn.execute(
            "INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc, user, device,"
            " created_at, case_id, base) VALUES (?, ?, ?, 'update', ?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), entity, row_id,
             json.dumps({column: new}, ensure_ascii=False, separators=(",", ":")), hlc,
             MIGRATION_USER, device, created_at, case_id,
             json.dumps(base, separators=(",", ":"))))
        if case_id:
            cases.add(case_id)
    for case_id in sorted(cases):
        _refresh_search(conn, case_id)
    conn.execute("INSERT INTO meta (key, value) VALUES ('hlc_high', ?) ON CONFLICT(key)"
                 " DO UPDATE SET value = max(value, excluded.value)", (hlc,))
    return len(todo)


def _refresh_search(conn, case_id: str) -> None:
    row = conn.execute(_SEARCH_ROW_SQL, (case_id,)).fetchone()
    if row is None:
        return
    conn.execute("DELETE FROM case_search WHERE rowid = ?", (row[0],))
    conn.execute("INSERT INTO case_search (rowid, case_number, worker_name, complainant_name,"
                 " passport, nik, phones) VALUES (?, ?, ?, ?, ?, ?, ?)", row)


def _device(conn) -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
    if row is None:
        raise RuntimeError("stored rows but no device id: the store's metadata is missing")
    return row[0]


def _clock(conn, device: str) -> HybridClock:
    """This PC's clock, past every change it has made or received (as Store.write)."""
    last = conn.execute("SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1").fetchone()
    clock = HybridClock(device[:8], last[0] if last else None)
    high = conn.execute("SELECT value FROM meta WHERE key = 'hlc_high'").fetchone()
    if high:
        clock.observe(high[0])
    return clock


def _editable_entries(conn):
    """Which directory entries this PC may edit, by id (sync/server/services/directory.py
    refusal: a regional office its own entries, central all)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'office_code'").fetchone()
    office = row[0] if row else ""
    extra = conn.execute("SELECT extra FROM ref_items WHERE kind = 'office' AND code = ?",
                         (office,)).fetchone()
    if extra and json.loads(extra[0] or "{}").get("national"):
        return lambda _entry_id: True
    own = {r[0] for r in conn.execute(
        "SELECT id FROM stakeholders WHERE office_code = ? AND office_code != ''", (office,))}
    return own.__contains__
