"""Migrations: from an empty database and from the previous revision, on both databases."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from fastapi.testclient import TestClient
from sqlalchemy import func, insert, inspect, select, text, update
from sqlalchemy.exc import DBAPIError

from sync.server.api.app import create_app
from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.db import migrate
from sync.server.db.tables import APPEND_ONLY, audit_log, metadata, offices
from sync.server.setup import SchemaNotCurrent, ensure_ready, migrate_and_seed
from tests.server.helpers import START


@pytest.fixture
def empty_ctx(empty_db_url):
    ctx = ServerContext.create(Settings(database_url=empty_db_url, fast_kdf=True), lambda: START)
    yield ctx
    ctx.close()


def test_from_empty_to_head_builds_exactly_the_tables(empty_ctx):
    result = migrate_and_seed(empty_ctx)
    assert (result.before, result.after) == (None, migrate.head_revision())
    assert result.seeded > 100  # offices and reference lists
    with empty_ctx.db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
    with empty_ctx.db.read() as conn:
        codes = set(conn.scalars(select(offices.c.code)))
        national = set(conn.scalars(select(offices.c.code).where(offices.c.national.is_(True))))
    assert {"PST", "SBY", "SMG", "JYP"} <= codes and national == {"PST"}
    # Seeding again adds nothing and overwrites nothing.
    assert migrate_and_seed(empty_ctx).seeded == 0


def test_from_the_previous_revision_keeps_the_data(empty_ctx):
    previous, head = migrate.revisions()[-2:]
    migrate.upgrade(empty_ctx.db.engine, previous)
    assert migrate.current_revision(empty_ctx.db.engine) == previous
    with empty_ctx.db.write() as conn:
        conn.execute(insert(offices).values(code="TST", name="Kantor Uji", tz="WIT",
                                            national=False, active=True, created_at=START,
                                            updated_at=START))
    result = migrate_and_seed(empty_ctx)
    assert (result.before, result.after) == (previous, head)
    with empty_ctx.db.read() as conn:
        row = conn.execute(select(offices).where(offices.c.code == "TST")).mappings().one()
    assert (row["name"], row["tz"], row["created_at"]) == ("Kantor Uji", "WIT", START)
    assert "rate_limits" in inspect(empty_ctx.db.engine).get_table_names()


def test_0002_to_0003_adds_an_empty_unlock_key_and_keeps_devices(empty_ctx):
    from sync.server.db.tables import devices

    migrate.upgrade(empty_ctx.db.engine, "0002")
    with empty_ctx.db.write() as conn:
        conn.execute(insert(offices).values(code="TST", name="Kantor Uji", tz="WIT",
                                            national=False, active=True, created_at=START,
                                            updated_at=START))
        conn.execute(text(
            "INSERT INTO devices (id, office_code, label, device_letter, secret_hash, "
            "enrolled_at, revoked_reason) VALUES ('d1', 'TST', 'PC-1', 'A', :h, :at, '')"),
            {"h": "0" * 64, "at": START.replace(tzinfo=None)})
    migrate.upgrade(empty_ctx.db.engine, "0003_device_unlock_key")
    columns = {c["name"]: c for c in inspect(empty_ctx.db.engine).get_columns("devices")}
    assert columns["unlock_key"]["nullable"]
    with empty_ctx.db.read() as conn:
        row = conn.execute(select(devices.c.label, devices.c.device_letter,
                                  devices.c.unlock_key)).one()
    assert tuple(row) == ("PC-1", "A", None)
    migrate.downgrade(empty_ctx.db.engine, "0002")
    columns = {c["name"] for c in inspect(empty_ctx.db.engine).get_columns("devices")}
    assert "unlock_key" not in columns and "label" in columns


def test_0004_to_0005_keeps_unlock_keys_and_backfills_content_owners(empty_ctx):
    from sync.server.db.tables import attachments, blob_owners, blobs, cases, changes, devices

    key = "k" * 43  # an escrowed key as 0003 and 0004 stored it (base64url, clear)
    sha = "a" * 64
    migrate.upgrade(empty_ctx.db.engine, "0004_sync")
    with empty_ctx.db.write() as conn:
        conn.execute(insert(offices).values(code="TST", name="Kantor Uji", tz="WIT",
                                            national=False, active=True, created_at=START,
                                            updated_at=START))
        conn.execute(text(
            "INSERT INTO devices (id, office_code, label, device_letter, secret_hash, "
            "enrolled_at, revoked_reason, unlock_key) "
            "VALUES ('d1', 'TST', 'PC-1', 'A', :h, :at, '', :key)"),
            {"h": "0" * 64, "at": START.replace(tzinfo=None), "key": key})
        conn.execute(insert(cases).values(
            id="c1", case_number="TST-2026-A-00001", office_code="TST", status="baru",
            category="lainnya", channel="telepon", received_at="2026-01-01T00:00:00Z",
            created_at="2026-01-01T00:00:00Z", created_by="x", updated_at="2026-01-01T00:00:00Z"))
        conn.execute(insert(blobs).values(sha256=sha, size=3, received=3, complete=True,
                                          created_at=START))
        conn.execute(insert(attachments).values(id="a1", case_id="c1", sha256=sha,
                                                filename="scan.jpg", size=3,
                                                created_at="2026-01-01T00:00:00Z",
                                                created_by="x"))
        conn.execute(insert(changes).values(
            change_id="ch1", entity="attachment", entity_id="a1", op="insert", fields="{}",
            hlc="0000000000001-0000-d1", user="x", device="d1", created_at="x", case_id="c1",
            office_code="TST", received_at=START))
    migrate.upgrade(empty_ctx.db.engine, "0005_review")
    with empty_ctx.db.read() as conn:
        device = conn.execute(select(devices.c.unlock_key, devices.c.pulled_seq)).one()
        owners = conn.execute(select(blob_owners.c.sha256, blob_owners.c.office_code)).all()
    assert tuple(device) == (key, 0)
    assert [tuple(o) for o in owners] == [(sha, "TST")]
    migrate.downgrade(empty_ctx.db.engine, "0004_sync")
    assert "blob_owners" not in inspect(empty_ctx.db.engine).get_table_names()
    with empty_ctx.db.read() as conn:
        assert conn.execute(text("SELECT unlock_key FROM devices")).scalar() == key


def test_every_revision_downgrades_and_upgrades_again(empty_ctx):
    engine = empty_ctx.db.engine
    revs = migrate.revisions()
    migrate.upgrade(engine)
    for target in [*reversed(revs[:-1]), "base"]:
        migrate.downgrade(engine, target)
        assert migrate.current_revision(engine) == (None if target == "base" else target)
    assert inspect(engine).get_table_names() in ([], ["alembic_version"])
    migrate.upgrade(engine)
    assert migrate.current_revision(engine) == revs[-1]


@pytest.mark.parametrize("table", APPEND_ONLY)
def test_append_only_tables_refuse_changes(empty_ctx, table):
    migrate_and_seed(empty_ctx)
    with empty_ctx.db.write() as conn:
        conn.execute(insert(audit_log).values(id="a1", at="2026-11-22T03:00:00.000000Z",
                                              user="u", device="d", action="x"))
    for statement in (f'UPDATE {table} SET "user" = \'x\'' if table != "attachments"
                      else "UPDATE attachments SET note = 'x'", f"DELETE FROM {table}"):
        with pytest.raises(DBAPIError, match="append-only"), empty_ctx.db.write() as conn:
            if table == "audit_log":
                conn.execute(text(statement))
            else:  # the trigger fires per row: give it one
                _one_row(conn, table)
                conn.execute(text(statement))


def _one_row(conn, table: str) -> None:
    from sync.server.db import tables as t

    conn.execute(insert(t.cases).values(
        id="c1", case_number="PST-2026-Z-00001", office_code="PST", status="baru",
        category="lainnya", channel="telepon", received_at="x", created_at="x", created_by="u",
        updated_at="x"))
    row = {
        "events": dict(id="e1", case_id="c1", event_type="catatan", occurred_at="x",
                       recorded_at="x", user="u", device="d"),
        "changes": dict(change_id="k1", entity="case", entity_id="c1", op="insert", fields="{}",
                        hlc="h", user="u", device="d", created_at="x", office_code="PST",
                        received_at=START),
        "attachments": dict(id="f1", case_id="c1", sha256="0" * 64, filename="a.pdf", size=1,
                            created_at="x", created_by="u"),
    }[table]
    conn.execute(insert(getattr(t, table)).values(**row))


def test_other_updates_still_work(empty_ctx):
    migrate_and_seed(empty_ctx)
    with empty_ctx.db.write() as conn:
        conn.execute(update(offices).where(offices.c.code == "SBY").values(name="BP3TKI Jatim"))


def test_health_reports_the_schema_version(empty_ctx):
    previous, head = migrate.revisions()[-2:]
    migrate.upgrade(empty_ctx.db.engine, previous)
    client = TestClient(create_app(empty_ctx))
    behind = client.get("/health")
    assert behind.status_code == 503
    assert behind.json() | {"version": "-"} == {
        "status": "unavailable", "database": "reachable", "backend": empty_ctx.db.backend,
        "schema_version": previous, "schema_head": head, "up_to_date": False, "version": "-"}
    migrate.upgrade(empty_ctx.db.engine)
    ok = client.get("/health")
    assert ok.status_code == 200
    assert ok.json()["schema_version"] == head and ok.json()["status"] == "ok"


def test_health_when_the_database_is_unreachable():
    ctx = ServerContext.create(Settings(
        database_url="postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2",
        fast_kdf=True))
    resp = TestClient(create_app(ctx)).get("/health")
    assert resp.status_code == 503
    assert resp.json()["database"] == "unreachable" and resp.json()["schema_version"] is None


def test_sqlite_migrates_itself_postgresql_waits_for_migrate(empty_ctx):
    if empty_ctx.db.backend == "sqlite":
        ensure_ready(empty_ctx)
        assert migrate.current_revision(empty_ctx.db.engine) == migrate.head_revision()
    else:
        with pytest.raises(SchemaNotCurrent) as info:
            ensure_ready(empty_ctx)
        assert info.value.exit_code == 4 and "halotki-server migrate" in info.value.text("en")
        assert migrate.current_revision(empty_ctx.db.engine) is None


def test_0005_to_0006_keeps_cases_seeds_the_directory_and_remakes_the_digests(empty_ctx):
    from sync.server.db.tables import case_digests, cases, stakeholders
    from sync.server.services import sync_pull
    from sync.server.services.actor import Actor

    migrate.upgrade(empty_ctx.db.engine, "0005_review")
    with empty_ctx.db.write() as conn:
        conn.execute(insert(offices).values(code="TST", name="Kantor Uji", tz="WIT",
                                            national=False, active=True, created_at=START,
                                            updated_at=START))
        conn.execute(text(
            "INSERT INTO cases (id, case_number, office_code, status, category, channel,"
            " received_at, created_at, created_by, updated_at) VALUES ('c1', 'TST-2026-A-00001',"
            " 'TST', 'baru', 'lainnya', 'telepon', '2026-01-01T00:00:00Z', 'x', 'kasi', 'x')"))
        # The digest as the previous build made it (without the new columns).
        conn.execute(text("INSERT INTO case_digests (case_id, office_code, rows, digest)"
                          " VALUES ('c1', 'TST', 1, :d)"), {"d": "0" * 64})
    result = migrate_and_seed(empty_ctx)
    assert (result.before, result.after) == ("0005_review", migrate.head_revision())
    actor = Actor(user="t", device="d", office_code="TST", national=False)
    with empty_ctx.db.read() as conn:
        case = conn.execute(select(cases).where(cases.c.id == "c1")).mappings().one()
        assert (case["case_number"], case["officer"], case["urgent"], case["proposed_status"]) == (
            "TST-2026-A-00001", "", "", "")
        assert conn.scalar(select(func.count()).select_from(stakeholders)) >= 28
        assert sync_pull.checksum(conn, actor) == sync_pull.compute_checksum(conn, actor)
        assert conn.scalar(select(case_digests.c.digest).where(case_digests.c.case_id == "c1")
                           ) != "0" * 64
    migrate.downgrade(empty_ctx.db.engine, "0005_review")
    tables = inspect(empty_ctx.db.engine).get_table_names()
    assert not {"stakeholders", "referrals", "summons"} & set(tables)
    assert "officer" not in {c["name"] for c in inspect(empty_ctx.db.engine).get_columns("cases")}
    assert [fk["referred_table"] for fk in inspect(empty_ctx.db.engine).get_foreign_keys(
        "case_digests")] == ["cases"]
    with empty_ctx.db.read() as conn:
        assert conn.execute(text("SELECT case_number FROM cases")).scalar() == "TST-2026-A-00001"
        assert conn.execute(text("SELECT case_id FROM case_digests")).scalars().all() == ["c1"]


def test_a_database_with_cases_at_0003_reaches_the_head(empty_ctx):
    """0004 once made the digests with the code of its day; this build's digests cover
    columns 0006 adds, so they are made once the database is at the head."""
    migrate.upgrade(empty_ctx.db.engine, "0003_device_unlock_key")
    with empty_ctx.db.write() as conn:
        conn.execute(insert(offices).values(code="TST", name="Kantor Uji", tz="WIT",
                                            national=False, active=True, created_at=START,
                                            updated_at=START))
        conn.execute(text(
            "INSERT INTO cases (id, case_number, office_code, status, category, channel,"
            " received_at, created_at, created_by, updated_at) VALUES ('c1', 'TST-2026-A-00001',"
            " 'TST', 'baru', 'lainnya', 'telepon', 'x', 'x', 'kasi', 'x')"))
    migrate_and_seed(empty_ctx)
    with empty_ctx.db.read() as conn:
        assert conn.execute(text("SELECT case_id FROM case_digests WHERE case_id = 'c1'")
                            ).scalar() == "c1"
