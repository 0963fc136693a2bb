"""Revision 0013 (issue 15) from the previous schema, on SQLite and PostgreSQL: a server
holding real data (cases pushed by devices and edited, a central case assigned and one
transferred, directory entries, information requests, a conflict and its settling, an
account) is taken back to revision 0012, which drops the running totals and the field
clocks; upgrading fills them again from what 0012 kept (the per-case digests, the change
log) exactly as the writes keep them: totals equal to a full recomputation, clocks equal
to the log's rebuild."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import inspect, select

from sync.protocol import ScopeTotal
from sync.server.api.app import create_app
from sync.server.config import KEY_FILE, Settings
from sync.server.context import ServerContext
from sync.server.db import migrate
from sync.server.db.tables import case_digests
from sync.server.services import digests, field_clocks, sync_pull
from sync.server.setup import migrate_and_seed, prepare_key
from tests.server.helpers import enrol
from tests.server.sync_helpers import real_time
from tests.server.test_scope_totals import (
    World,
    accounts,
    actors,
    central_case_and_assignment,
    concurrent_edits,
    directory_entries,
    edits,
    information_requests,
    new_cases,
    settling,
    transfer,
)

PREVIOUS = "0012_device_holdings"
NEW_TABLES = {"scope_digests", "field_clocks"}


@pytest.fixture
def world(empty_db_url, tmp_path, clock):
    """A server of its own database (it changes schema), with devices and real data."""
    real_time(clock)
    ctx = ServerContext.create(Settings(database_url=empty_db_url, fast_kdf=True,
                                        key_file=str(tmp_path / KEY_FILE)), clock)
    migrate_and_seed(ctx)
    prepare_key(ctx, create=True)
    with TestClient(create_app(ctx), raise_server_exceptions=False) as client:
        devices = {office: enrol(client, ctx, office) for office in ("PST", "SBY", "SMG")}
        w = World(client, ctx, devices)
        for write in (new_cases, edits, directory_entries, information_requests,
                      central_case_and_assignment, concurrent_edits, settling, transfer,
                      accounts):
            write(w)
        yield w
    ctx.close()


def _state(w: World):
    with w.ctx.db.read() as conn:
        checksums = {a.office_code: sync_pull.checksum(conn, a) for a in actors(w)}
        recomputed = {a.office_code: sync_pull.compute_checksum(conn, a) for a in actors(w)}
        roots = {a.office_code: digests.scope_roots(conn, a) for a in actors(w)}
        totals = {k: t for k, t in digests.stored_totals(conn).items() if t != ScopeTotal()}
        clocks = {(e, i): c for e, i, c in field_clocks.stored(conn)}
        rebuilt = {(e, i): c for e, i, c in field_clocks.rebuilt(conn)}
    return checksums, recomputed, roots, totals, clocks, rebuilt


def test_upgrading_from_0012_fills_the_totals_and_the_clocks_as_the_writes_keep_them(
        world):
    checksums, recomputed, roots, totals, clocks, rebuilt = _state(world)
    assert checksums == recomputed and clocks == rebuilt and len(clocks) > 20
    engine = world.ctx.db.engine
    migrate.downgrade(engine, PREVIOUS)
    assert not NEW_TABLES & set(inspect(engine).get_table_names())
    migrate.upgrade(engine)  # the revision alone: migrate_and_seed would recompute anyway
    assert migrate.current_revision(engine) == migrate.head_revision()
    assert _state(world) == (checksums, recomputed, roots, totals, clocks, rebuilt)


def test_a_stale_digest_the_previous_release_left_is_gone_after_migrate(world):
    """The previous release never removed the digest of a root that has no rows any more;
    `migrate` (migrate_and_seed) makes every digest again, so no total counts it."""
    checksums, recomputed, *_ = _state(world)
    engine = world.ctx.db.engine
    migrate.downgrade(engine, PREVIOUS)
    with world.ctx.db.write() as conn:
        conn.execute(case_digests.insert().values(
            case_id="00000000-dead-4000-8000-000000000000", office_code="SBY", rows=3,
            digest="ab" * 32))
    migrate_and_seed(world.ctx)
    after, again, *_ = _state(world)
    assert after == again == checksums == recomputed
    with world.ctx.db.read() as conn:
        assert "00000000-dead-4000-8000-000000000000" not in set(
            conn.scalars(select(case_digests.c.case_id)))


def test_a_database_without_cases_migrates_and_comes_back(empty_db_url, tmp_path):
    ctx = ServerContext.create(Settings(database_url=empty_db_url, fast_kdf=True,
                                        key_file=str(tmp_path / KEY_FILE)))
    try:
        migrate.upgrade(ctx.db.engine, PREVIOUS)
        migrate_and_seed(ctx)  # the directory's seed: its digest, its entries' clocks
        with ctx.db.read() as conn:
            seeded = digests.stored_totals(conn)
            assert set(seeded) == {digests.EVERY_OFFICE}
            assert list(field_clocks.stored(conn)) == list(field_clocks.rebuilt(conn))
        migrate.downgrade(ctx.db.engine, PREVIOUS)
        migrate.upgrade(ctx.db.engine)
        with ctx.db.read() as conn:
            assert digests.stored_totals(conn) == seeded
    finally:
        ctx.close()
