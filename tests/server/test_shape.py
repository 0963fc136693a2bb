"""One protocol for both sides: the server stores synced rows under the desktop's column names."""

from __future__ import annotations

import json

import pytest
import sqlcipher3
import sqlite_utils
from sqlalchemy import select

from desktop.store.schema import SYNCED_TABLES, migrations
from sync.server.db.tables import ENTITY_TABLES, changes, metadata
from sync.server.services.changelog import PRIVATE_COLUMNS
from tests.server.helpers import create_case


@pytest.fixture(scope="module")
def desktop_columns() -> dict[str, list[str]]:
    # The desktop's SQLite (SQLCipher's, unkeyed): its search index needs a newer tokenizer.
    db = sqlite_utils.Database(sqlcipher3.dbapi2.connect(":memory:"))
    migrations.apply(db)
    return {t.name: [c.name for c in t.columns] for t in db.tables}


def test_entities_map_to_the_desktop_tables():
    for entity, table in ENTITY_TABLES.items():
        assert SYNCED_TABLES[entity] == table.name


@pytest.mark.parametrize("entity", sorted(ENTITY_TABLES))
def test_server_tables_have_every_desktop_column(desktop_columns, entity):
    table = ENTITY_TABLES[entity]
    server = {c.name for c in table.columns}
    assert set(desktop_columns[table.name]) <= server
    assert server - set(desktop_columns[table.name]) == PRIVATE_COLUMNS.get(entity, set())


def test_audit_log_has_the_desktop_columns(desktop_columns):
    server = {c.name for c in metadata.tables["audit_log"].columns}
    assert set(desktop_columns["audit_log"]) <= server


def test_change_log_has_the_outbox_row_shape(desktop_columns):
    outbox = set(desktop_columns["changes"]) - {"seq", "pushed_at"}
    assert outbox <= {c.name for c in changes.columns}


@pytest.mark.usefixtures("backend")
def test_central_writes_are_logged_as_outbox_rows(client, devices, ctx):
    created = create_case(client, devices["PST"], assign_to="SBY")
    case_id = created["case"]["id"]
    with ctx.db.read() as conn:
        rows = conn.execute(select(changes).order_by(changes.c.seq)).mappings().all()
    mine = [r for r in rows if r["case_id"] == case_id]
    assert [r["entity"] for r in mine[:3]] == ["case", "worker", "complainant"]
    assert {r["entity"] for r in mine} == {"case", "worker", "complainant", "document", "event"}
    assert all(r["office_code"] == "SBY" and r["op"] == "insert" for r in mine)
    assert all(r["device"] == devices["PST"].device_id for r in mine)
    seqs, hlcs = [r["seq"] for r in rows], [r["hlc"] for r in rows]
    assert seqs == sorted(seqs) and hlcs == sorted(hlcs) and len(set(hlcs)) == len(hlcs)
    case_row = json.loads(mine[0]["fields"])
    assert case_row["case_number"] == created["case"]["case_number"]
    assert case_row["office_code"] == "SBY"
