"""Audited reads reach the server (issue 14 §1.6): a case opened on an office PC is in the
server's audit trail after the next sync, attributed to the PC, its user and its office,
and never sent down to another PC."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.cli.cases import list_read_detail
from desktop.services import audit
from desktop.services.cases import CaseFilter
from sync.server.db.tables import audit_log
from tests.conftest import make_intake

pytestmark = pytest.mark.usefixtures("backend")


def server_rows(server_ctx, action: str) -> list:
    with server_ctx.db.read() as conn:
        return list(conn.execute(select(audit_log).where(audit_log.c.action == action)))


def test_a_case_viewed_row_reaches_the_server(make_pc, server_ctx):
    pc = make_pc("SBY")
    number = pc.core.cases.record_intake(make_intake())
    pc.core.cases.record_viewed(number)
    local = pc.core.store.query_dicts(
        "SELECT id, at, user FROM audit_log WHERE action = ?", (audit.CASE_VIEWED,))
    report = pc.sync()
    assert report.checksum_ok
    rows = server_rows(server_ctx, audit.CASE_VIEWED)
    assert len(rows) == 1
    row = rows[0]
    assert (row.id, row.at, row.user) == (local[0]["id"], local[0]["at"], "kasi")
    assert (row.target, row.detail, row.office_code) == (number, "", "SBY")
    assert row.device == pc.credential.device_id
    assert pc.core.store.query_one(
        "SELECT count(*) FROM changes WHERE entity = 'audit' AND pushed_at IS NULL")[0] == 0


def test_a_list_read_reaches_the_server_with_its_counts_only(make_pc, server_ctx):
    pc = make_pc("SBY")
    detail = list_read_detail(4, CaseFilter(status="proses"))
    pc.core.audit.record(audit.CASE_LIST_READ, detail=detail)
    pc.sync()
    rows = server_rows(server_ctx, audit.CASE_LIST_READ)
    assert [json.loads(row.detail) for row in rows] == [{"cases": 4,
                                                         "filter": {"status": "proses"}}]


def test_another_pc_of_the_office_does_not_receive_the_view(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.core.cases.record_viewed(number)
    a.sync()
    b.sync()
    assert b.core.cases.get(number).case_number == number  # the case came down
    assert b.core.store.query(
        "SELECT count(*) FROM audit_log WHERE action = ?", (audit.CASE_VIEWED,)) == [(0,)]
