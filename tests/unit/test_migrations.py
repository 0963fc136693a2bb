"""Schema migrations (desktop/store/schema.py) and the backup taken before migrating."""

from __future__ import annotations

import contextlib
import os
import uuid

import pytest
import sqlite_utils

from desktop.domain.reference import seed_reference
from desktop.session.login import log_in
from desktop.store import connection
from desktop.store import store as store_module
from desktop.store.errors import StoreError, StoreNewerSchema, WriteFailed
from desktop.store.schema import (
    APPEND_ONLY,
    MIGRATION_SET,
    SYNCED_TABLES,
    migrations,
    schema_version,
)
from desktop.store.store import BACKUPS_KEPT, Store
from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF

EXTRA = "9000_test_extra_table"


@contextlib.contextmanager
def extra_migration(name: str = EXTRA, sql: str = "CREATE TABLE test_extra (x TEXT)"):
    """Register a temporary migration; the registry is restored whatever happens."""
    saved = list(migrations._migrations)
    try:
        @migrations(name=name)
        def _extra(db):
            for statement in sql.split(";"):
                if statement.strip():
                    db.execute(statement)

        yield
    finally:
        migrations._migrations[:] = saved


def _applied_names(conn) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY id",
        (MIGRATION_SET,))]


def _tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.fixture
def key():
    return os.urandom(32)


@pytest.fixture
def made(tmp_path, key):
    path = tmp_path / "m.db"
    Store.create(path, key, {"device_id": uuid.uuid4().hex, "office_code": "SBY"},
                 seed_reference()).close()
    return path


def test_all_migrations_apply_to_an_empty_file(tmp_path, key):
    path = tmp_path / "empty.db"
    conn = connection.connect(path, key, create=True)
    try:
        db = sqlite_utils.Database(conn)
        assert migrations.applied(db) == []
        migrations.apply(db)
        names = [m.name for m in migrations._migrations]
        assert _applied_names(conn) == names
        assert len(names) == schema_version() >= 1
        assert migrations.pending(db) == []
        tables = _tables(conn)
        assert set(SYNCED_TABLES.values()) <= tables
        assert {"meta", "ref_items", "changes", "case_search"} <= tables
        assert set(APPEND_ONLY) <= set(SYNCED_TABLES.values())
        # Applying again is a no-op.
        migrations.apply(db)
        assert _applied_names(conn) == names
    finally:
        conn.close()


def test_migration_names_are_numbered_and_ordered():
    names = [m.name for m in migrations._migrations]
    assert len(set(names)) == len(names)
    numbers = [int(n.split("_", 1)[0]) for n in names]
    assert numbers == sorted(numbers)
    assert all(len(n.split("_", 1)[0]) == 4 for n in names)


def test_created_store_lists_its_migrations(made, key):
    store = Store.open(made, key)
    try:
        assert _applied_names(store.raw_connection) == [m.name for m in migrations._migrations]
    finally:
        store.close()


def test_opening_without_pending_migrations_makes_no_backup(made, key, tmp_path):
    backups = tmp_path / "backups"
    Store.open(made, key, backup_dir=backups).close()
    assert not backups.exists() or list(backups.iterdir()) == []


def test_pending_migration_is_applied_after_a_backup(made, key, tmp_path):
    backups = tmp_path / "backups"
    with extra_migration():
        store = Store.open(made, key, backup_dir=backups)
        try:
            conn = store.raw_connection
            assert _applied_names(conn)[-1] == EXTRA
            assert "test_extra" in _tables(conn)
        finally:
            store.close()

    copies = list(backups.glob("halotki-v*.db"))
    assert len(copies) == 1
    assert copies[0].name.startswith(f"halotki-v{schema_version():04d}-")
    # The backup is the database as it was before migrating, still encrypted with the same key.
    old = connection.connect(copies[0], key)
    try:
        assert EXTRA not in _applied_names(old)
        assert "test_extra" not in _tables(old)
        assert old.execute("SELECT value FROM meta WHERE key = 'office_code'").fetchone() == ("SBY",)
    finally:
        old.close()
    assert b"SQLite format 3" not in copies[0].read_bytes()[:16]


def test_login_backs_up_into_the_backups_folder(admin_core, paths):
    admin_core.close()
    with extra_migration():
        core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
        core.close()
    assert len(list(paths.backups.glob("halotki-v*.db"))) == 1


def test_failing_migration_leaves_the_database_as_it_was(made, key, tmp_path):
    with (extra_migration(sql="CREATE TABLE half_done (x); SELECT * FROM no_such_table"),
          pytest.raises(StoreError)):
        Store.open(made, key, backup_dir=tmp_path / "backups")
    store = Store.open(made, key)
    try:
        assert EXTRA not in _applied_names(store.raw_connection)
        assert "half_done" not in _tables(store.raw_connection)
    finally:
        store.close()


def test_unknown_newer_migration_is_refused(made, key, tmp_path):
    conn = connection.connect(made, key)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES (?, '9999_from_a_newer_version', '2030-01-01')", (MIGRATION_SET,))
    conn.close()
    with pytest.raises(StoreNewerSchema) as info:
        Store.open(made, key, backup_dir=tmp_path / "backups")
    assert info.value.code == "store_newer_schema"
    assert not (tmp_path / "backups").exists()


def test_newer_schema_at_login(admin_core, paths):
    with admin_core.store.raw_connection as conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES (?, '9999_future', '2030-01-01')", (MIGRATION_SET,))
    admin_core.close()
    with pytest.raises(StoreNewerSchema):
        log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)


def test_migrations_of_other_sets_are_ignored(made, key):
    conn = connection.connect(made, key)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('some_plugin', '0001_other', '2030-01-01')")
    conn.close()
    Store.open(made, key).close()


def test_old_pre_migration_backups_are_pruned(made, key, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    for stamp in ("20200101T000000", "20200102T000000", "20200103T000000", "20200104T000000"):
        (backups / f"halotki-v{schema_version()}-{stamp}.db").write_bytes(b"old")
    with extra_migration():
        Store.open(made, key, backup_dir=backups).close()
    kept = sorted(p.name for p in backups.glob("halotki-v*.db"))
    assert len(kept) == BACKUPS_KEPT
    assert not any("20200101" in k or "20200102" in k for k in kept)
    # The backup just made is among those kept.
    assert any(not k.endswith(("T000000.db",)) for k in kept)


def test_fresh_backup_survives_pruning_from_version_ten(made, key, tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    for version in (7, 8, 9):
        (backups / f"halotki-v{version}-20200101T000000.db").write_bytes(b"old")
    conn = connection.connect(made, key)
    try:
        store_module._backup_before_migrating(conn, made, backups, 10)
    finally:
        conn.close()
    assert list(backups.glob("halotki-v0010-*.db"))


def test_unusable_backup_folder_is_write_failed_and_nothing_migrates(made, key, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with extra_migration(), pytest.raises(WriteFailed):
        Store.open(made, key, backup_dir=blocker / "backups")


def test_unusable_backup_folder_never_migrates(made, key, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    with extra_migration(), pytest.raises(Exception):  # noqa: B017 - any refusal will do here
        Store.open(made, key, backup_dir=blocker / "backups")
    store = Store.open(made, key)
    try:
        assert EXTRA not in _applied_names(store.raw_connection)
    finally:
        store.close()


def test_0002_sync_from_the_first_schema_keeps_every_case_and_links_changes_to_cases(
        tmp_path, key):
    """A PC of the first release, with cases recorded, upgrades to the sync schema."""
    import json

    from desktop.services.maintenance import outbox_errors

    path = tmp_path / "v1.db"
    conn = connection.connect(path, key, create=True)
    db = sqlite_utils.Database(conn)
    migrations.apply(db, stop_before="0002_sync")
    assert "attachments" not in _tables(conn)
    conn.execute("INSERT INTO meta (key, value) VALUES ('device_id', 'dev1')")
    rows = {
        "case": ("cases", {"id": "k1", "case_number": "SBY-2026-A-00001", "office_code": "SBY",
                           "status": "baru", "category": "overstay", "channel": "datang_langsung",
                           "received_at": "2026-11-01T01:00:00Z", "created_at": "t",
                           "created_by": "kasi", "updated_at": "t"}),
        "worker": ("workers", {"id": "w1", "case_id": "k1", "name": "Dewi"}),
        "event": ("events", {"id": "e1", "case_id": "k1", "event_type": "catatan",
                             "occurred_at": "t", "recorded_at": "t", "user": "kasi",
                             "device": "dev1"}),
    }
    for n, (entity, (table, row)) in enumerate(rows.items()):
        conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                     f"({', '.join('?' * len(row))})", list(row.values()))
        columns = [d[1] for d in conn.execute(f"PRAGMA table_info({table})")]
        stored = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row["id"],)).fetchone()
        full = dict(zip(columns, stored, strict=True))
        full.pop("seq", None)
        conn.execute("INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc, user,"
                     " device, created_at) VALUES (?, ?, ?, 'insert', ?, ?, 'kasi', 'dev1', 't')",
                     (f"c{n}", entity, row["id"], json.dumps(full), f"{n:013d}-0000-dev1"))
    conn.close()

    store = Store.open(path, key, backup_dir=tmp_path / "backups")
    try:
        assert _applied_names(store.raw_connection)[-1] == migrations._migrations[-1].name
        assert dict(store.query("SELECT entity, case_id FROM changes WHERE case_id != ''")) == {
            "case": "k1", "worker": "k1", "event": "k1"}
        assert outbox_errors(store) == []
        assert store.query("SELECT count(*) FROM attachments") == [(0,)]
    finally:
        store.close()
    assert list((tmp_path / "backups").glob("halotki-v0001-*.db"))


def test_0003_casework_from_the_sync_schema_keeps_cases_and_adds_the_case_work(tmp_path, key):
    """A PC of the sync release, with a case whose clock is paused, upgrades: its case gets
    the case-work fields, its reference lists the new kinds and targets, the directory its
    seed (with the seed's changes, already pushed) and the case its deadline clock."""
    import json

    from desktop.services.maintenance import outbox_errors
    from desktop.store import clock
    from desktop.store.seeds import directory_seed

    path = tmp_path / "v2.db"
    conn = connection.connect(path, key, create=True)
    migrations.apply(sqlite_utils.Database(conn), stop_before="0003_casework")
    for k, v in {"device_id": "dev1", "office_code": "SBY"}.items():
        conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (k, v))
    # The reference lists as the sync release seeded them: no targets yet.
    conn.execute("INSERT INTO ref_items (kind, code, label_id, label_en, extra) VALUES"
                 " ('category', 'sakit', 'Sakit', 'Illness', '{}')")
    rows = [
        ("case", "cases", {"id": "k1", "case_number": "SBY-2026-A-00001", "office_code": "SBY",
                           "status": "menunggu_dokumen", "category": "sakit",
                           "channel": "datang_langsung",
                           "received_at": "2026-06-02T03:00:00.000000Z", "created_at": "t",
                           "created_by": "kasi", "updated_at": "t"}),
        ("event", "events", {"id": "e1", "case_id": "k1", "event_type": "perubahan_status",
                             "occurred_at": "2026-06-03T03:00:00.000000Z", "recorded_at": "t",
                             "user": "kasi", "device": "dev1",
                             "data": '{"from":"baru","to":"menunggu_dokumen"}'}),
    ]
    for n, (entity, table, row) in enumerate(rows):
        conn.execute(f"INSERT INTO {table} ({', '.join(row)}) VALUES "
                     f"({', '.join('?' * len(row))})", list(row.values()))
        stored = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row["id"],)).fetchone()
        columns = [d[1] for d in conn.execute(f"PRAGMA table_info({table})")]
        full = {c: v for c, v in zip(columns, stored, strict=True) if c != "seq"}
        conn.execute("INSERT INTO changes (change_id, entity, entity_id, op, fields, hlc, user,"
                     " device, created_at, case_id) VALUES (?, ?, ?, 'insert', ?, ?, 'kasi',"
                     " 'dev1', 't', 'k1')",
                     (f"c{n}", entity, row["id"], json.dumps(full), f"{n + 1:013d}-0000-dev1"))
    conn.close()

    store = Store.open(path, key, backup_dir=tmp_path / "backups")
    try:
        case = store.query_dicts("SELECT * FROM cases")[0]
        assert (case["case_number"], case["officer"], case["urgent"], case["proposed_status"]
                ) == ("SBY-2026-A-00001", "", "", "")
        assert json.loads(store.query_one(
            "SELECT extra FROM ref_items WHERE kind = 'category' AND code = 'sakit'")[0]
        )["target_days"] == 14
        assert store.query_one("SELECT count(*) FROM ref_items WHERE kind = 'stakeholder_kind'"
                               )[0] >= 9
        seed = directory_seed()
        assert store.query_one("SELECT count(*) FROM stakeholders")[0] == len(seed)
        assert store.query(
            "SELECT count(*) FROM changes WHERE entity = 'stakeholder' AND pushed_at IS NOT NULL"
            " AND device = 'seed'") == [(len(seed),)]
        # The seed gives the PC nothing to push.
        assert store.query("SELECT change_id FROM changes WHERE pushed_at IS NULL"
                           " ORDER BY change_id") == [("c0",), ("c1",)]
        assert store.query("SELECT rowid FROM stakeholder_search WHERE stakeholder_search"
                           " MATCH 'Jeddah'") == store.query(
            "SELECT seq FROM stakeholders WHERE name = 'KJRI Jeddah'")
        assert store.query("SELECT case_id, target, state FROM case_clock") == [
            ("k1", 14, "paused")]
        assert store.meta(clock.RULES_KEY) == clock.rules_key(store.raw_connection)
        assert outbox_errors(store) == []
    finally:
        store.close()
    assert list((tmp_path / "backups").glob("halotki-v0002-*.db"))


def test_a_new_store_holds_the_seeded_directory_and_its_clock_rules(made, key):
    from desktop.store import clock
    from desktop.store.seeds import directory_seed

    store = Store.open(made, key)
    try:
        names = {r[0] for r in store.query("SELECT name FROM stakeholders")}
        assert names == {ch.fields["name"] for ch in directory_seed()}
        assert store.meta(clock.RULES_KEY) == clock.rules_key(store.raw_connection)
    finally:
        store.close()
