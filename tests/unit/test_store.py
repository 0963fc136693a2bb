"""The encrypted store (desktop/store): opening, pragmas, all-or-nothing writes, append-only."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import uuid

import pytest

from desktop.domain.reference import seed_reference
from desktop.store import connection
from desktop.store.errors import StoreCorrupt, StoreError, StoreNotEncrypted, WriteFailed
from desktop.store.store import Store
from tests.conftest import make_intake

MARKER = "Wulandari Kusumaningtyas"


def _meta() -> dict[str, str]:
    return {"device_id": uuid.uuid4().hex, "office_code": "SBY", "office_name": "Surabaya"}


def _audit_row(tx, rid: str, action: str = "login", target: str = "") -> dict:
    return {"id": rid, "at": tx.now, "user": tx.user, "device": tx.device, "action": action,
            "target": target, "detail": ""}


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def key() -> bytes:
    return os.urandom(32)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "store.db"


@pytest.fixture
def store(db_path, key):
    s = Store.create(db_path, key, _meta(), seed_reference())
    yield s
    s.close()


def _counts(store: Store) -> tuple[int, int, str | None]:
    audit = store.query_one("SELECT count(*) FROM audit_log")[0]
    # This PC's own changes (the directory's seed came with the store).
    changes = store.query_one("SELECT count(*) FROM changes WHERE device = ?",
                              (store.device_id,))[0]
    return audit, changes, store.meta("counter")


# -- opening ------------------------------------------------------------------------------

def test_create_and_open_round_trip(db_path, key):
    meta = _meta()
    store = Store.create(db_path, key, meta, seed_reference())
    with store.write("admin") as tx:
        tx.insert("audit", _audit_row(tx, "a1", "initialized", MARKER))
    store.close()

    again = Store.open(db_path, key)
    try:
        assert again.device_id == meta["device_id"]
        assert again.meta("office_code") == "SBY"
        assert again.meta("no-such-key", "dflt") == "dflt"
        assert again.query("SELECT target FROM audit_log") == [(MARKER,)]
        kinds = {r[0] for r in again.query("SELECT DISTINCT kind FROM ref_items")}
        assert {"category", "channel", "document_type", "outcome", "office"} <= kinds
        assert again.integrity_errors() == []
    finally:
        again.close()


def test_database_file_is_private(store, db_path):
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_wrong_key_is_store_corrupt_and_file_untouched(store, db_path):
    store.close()
    before = _sha(db_path)
    with pytest.raises(StoreCorrupt) as info:
        Store.open(db_path, os.urandom(32))
    assert info.value.code == "store_corrupt"
    assert _sha(db_path) == before


def test_key_must_be_32_bytes(store, db_path):
    store.close()
    with pytest.raises(ValueError):
        Store.open(db_path, b"short")


def test_plaintext_database_is_refused(tmp_path, key):
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreNotEncrypted):
        Store.open(path, key)


@pytest.mark.parametrize("damage", ["empty", "truncated", "garbage"])
def test_damaged_file_is_store_corrupt(store, db_path, key, damage):
    store.close()
    data = db_path.read_bytes()
    if damage == "empty":
        db_path.write_bytes(b"")
    elif damage == "truncated":
        db_path.write_bytes(data[: len(data) // 2 + 100])
    else:
        db_path.write_bytes(os.urandom(len(data)))
    with pytest.raises(StoreCorrupt):
        Store.open(db_path, key)


def test_open_never_creates_a_missing_database(tmp_path, key):
    path = tmp_path / "missing.db"
    with pytest.raises((OSError, StoreError)):
        Store.open(path, key)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_connect_uses_read_write_mode_without_create(tmp_path, key, monkeypatch):
    """Even if the file vanishes after the shape check, SQLite must not create an empty one."""
    path = tmp_path / "vanished.db"
    monkeypatch.setattr(connection, "check_file_shape", lambda p: None)
    with pytest.raises(StoreError):
        connection.connect(path, key)
    assert not path.exists()


def test_pragmas_in_effect(store):
    conn = store.raw_connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_pragmas_in_effect_after_reopen(store, db_path, key):
    store.close()
    again = Store.open(db_path, key)
    try:
        conn = again.raw_connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    finally:
        again.close()


def test_no_plaintext_personal_data_on_disk(store, db_path):
    with store.write("admin") as tx:
        tx.insert("audit", _audit_row(tx, "p1", "exported", MARKER))
    needle = MARKER.encode()
    for path in [db_path, *db_path.parent.glob(db_path.name + "-*")]:
        assert needle not in path.read_bytes(), path.name
    store.close()
    assert needle not in db_path.read_bytes()


# -- writing ------------------------------------------------------------------------------

def test_write_commits_rows_change_records_and_counters(store):
    with store.write("admin") as tx:
        assert tx.meta_next("counter") == 1
        assert tx.meta_next("counter") == 2
        tx.insert("audit", _audit_row(tx, "w1"))
    assert _counts(store) == (1, 1, "2")


def test_exception_in_block_rolls_back_everything(store):
    with store.write("admin") as tx:
        tx.meta_next("counter")
        tx.insert("audit", _audit_row(tx, "keep"))
    before = _counts(store)

    with pytest.raises(RuntimeError), store.write("admin") as tx:
        tx.meta_next("counter")
        tx.insert("audit", _audit_row(tx, "gone1"))
        tx.insert("user", {"id": "u1", "username": "ghost", "full_name": "Ghost",
                           "role": "admin", "active": 1, "created_at": tx.now,
                           "updated_at": tx.now})
        raise RuntimeError("boom")

    assert _counts(store) == before == (1, 1, "1")
    assert store.query("SELECT id FROM audit_log") == [("keep",)]
    assert store.query("SELECT count(*) FROM users") == [(0,)]
    assert not store.raw_connection.in_transaction


def test_base_exception_also_rolls_back(store):
    with pytest.raises(KeyboardInterrupt), store.write("admin") as tx:
        tx.meta_next("counter")
        tx.insert("audit", _audit_row(tx, "k1"))
        raise KeyboardInterrupt
    assert _counts(store) == (0, 0, None)


def test_database_error_rolls_back_and_becomes_write_failed(store):
    with store.write("admin") as tx:
        tx.insert("audit", _audit_row(tx, "dup"))
    with pytest.raises(WriteFailed), store.write("admin") as tx:
        tx.meta_next("counter")
        tx.insert("audit", _audit_row(tx, "fresh"))
        tx.insert("audit", _audit_row(tx, "dup"))  # primary key clash
    assert _counts(store) == (1, 1, None)
    # The store stays usable after a failed write.
    with store.write("admin") as tx:
        tx.insert("audit", _audit_row(tx, "after"))
    assert _counts(store)[:2] == (2, 2)


def test_update_writes_only_changed_fields(store):
    with store.write("admin") as tx:
        tx.insert("user", {"id": "u1", "username": "budi", "full_name": "Budi",
                           "role": "front_office", "active": 1, "created_at": "t0",
                           "updated_at": "t0"})
    with store.write("admin") as tx:
        old = tx.update("user", "u1", {"full_name": "Budi", "role": "supervisor"})
    assert old == {"role": "front_office"}
    with store.write("admin") as tx:
        assert tx.update("user", "u1", {"full_name": "Budi", "role": "supervisor"}) == {}
    rows = store.query("SELECT op, fields FROM changes WHERE entity = 'user' ORDER BY seq")
    assert [r[0] for r in rows] == ["insert", "update"]
    assert rows[1][1] == '{"role":"supervisor"}'


def test_update_of_missing_row_raises_and_rolls_back(store):
    with pytest.raises(KeyError), store.write("admin") as tx:
        tx.insert("audit", _audit_row(tx, "x1"))
        tx.update("user", "nobody", {"full_name": "X"})
    assert _counts(store)[:2] == (0, 0)


@pytest.mark.parametrize("entity", ["event", "audit"])
def test_write_tx_refuses_updates_of_append_only_entities(store, entity):
    with pytest.raises(ValueError), store.write("admin") as tx:
        tx.update(entity, "any", {"summary": "x"})


# -- append-only tables -------------------------------------------------------------------

@pytest.fixture
def filled(officer):
    """A real case with events, audit rows and change records."""
    officer.cases.record_intake(make_intake())
    return officer.store


@pytest.mark.parametrize("sql", [
    "UPDATE events SET summary = 'rewritten'",
    "DELETE FROM events",
    "UPDATE audit_log SET action = 'nothing'",
    "DELETE FROM audit_log",
    "DELETE FROM changes",
])
def test_append_only_triggers_refuse(filled, sql):
    conn = filled.raw_connection
    table = sql.split()[1] if sql.startswith("UPDATE") else sql.split()[2]
    before = conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    assert before
    with pytest.raises(connection.DatabaseError, match="append-only"):
        conn.execute(sql)
    assert conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall() == before


def test_marking_changes_pushed_stays_possible(filled):
    conn = filled.raw_connection
    conn.execute("UPDATE changes SET pushed_at = '2026-01-01T00:00:00Z' WHERE seq = 1")
    assert conn.execute("SELECT pushed_at FROM changes WHERE seq = 1").fetchone()[0]


@pytest.mark.parametrize("column", ["fields", "hlc", "change_id", "entity_id", "user"])
def test_change_record_content_cannot_be_rewritten(filled, column):
    conn = filled.raw_connection
    with pytest.raises(connection.DatabaseError):
        conn.execute(f"UPDATE changes SET {column} = 'x' WHERE seq = 1")


def test_listeners_hear_of_committed_writes_only(supervisor):
    from tests.conftest import make_intake

    heard = []
    supervisor.store.after_commit.append(lambda: heard.append("commit"))
    supervisor.cases.record_intake(make_intake())
    assert heard == ["commit"]
    from desktop.domain.validation import ValidationErrors

    with pytest.raises(ValidationErrors):
        supervisor.cases.record_intake(make_intake(worker__nik="123"))
    assert heard == ["commit"]
    supervisor.store.after_commit.append(lambda: 1 / 0)  # a failing listener changes nothing
    supervisor.cases.record_intake(make_intake(worker__passport="C7654321"))
    assert heard == ["commit", "commit"]
