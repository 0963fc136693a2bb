"""A PC is not sent back what it pushed: one request per batch pushed, and the cursor
passes its own changes, so the next sync does not walk over them again. What the server
wrote on its behalf (its clock's node is the server's) still arrives."""

from __future__ import annotations

import math

from sqlalchemy import func, select

from desktop.store.replica import Replica
from sync import protocol
from sync.server.db.tables import changes
from tests.conftest import make_intake


def _record(pc, count: int) -> None:
    for i in range(count):
        number = pc.core.cases.record_intake(make_intake(worker__name=f"Pekerja Sendiri {i}"))
        pc.core.cases.add_event(number, "konsultasi", f"Konsultasi {i}.")


def _head(server_ctx) -> int:
    with server_ctx.db.read() as conn:
        return conn.scalar(select(func.max(changes.c.seq)))


def test_a_large_push_costs_one_request_per_batch_and_moves_the_cursor(make_pc, server_ctx):
    sby = make_pc("SBY")
    _record(sby, 200)
    replica = Replica(sby.core.store)
    pending = replica.pending_count()
    assert pending > protocol.MAX_PULL  # more than one page of its own changes
    report = sby.sync()
    assert report.requests == math.ceil(pending / protocol.MAX_PUSH), report
    assert report.pulled == 0 and report.checksum_ok
    assert replica.cursor() == _head(server_ctx)  # past its own changes
    again = sby.sync()
    assert again.requests == 1 and again.pulled == 0 and again.checksum_ok


def test_what_the_server_wrote_for_the_pc_still_arrives(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.sync()
    b.sync()
    worker = make_intake().worker
    worker.employer_name = "Dari A"
    a.core.cases.update_people(number, worker=worker)
    worker.employer_name = "Dari B"
    b.core.cases.update_people(number, worker=worker)
    a.sync()
    report = b.sync()  # b's edit meets a's: the server records a conflict, made for b
    assert report.pulled >= 1
    conflicts = b.core.store.query("SELECT field FROM conflicts WHERE resolved_at = ''")
    assert ("employer_name",) in conflicts
    assert b.sync().checksum_ok
