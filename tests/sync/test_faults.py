"""The real sync engine through a faulty link (tests/sync/fault_proxy.py), on both databases.

Whatever fails, the PC reports `offline`, keeps every change it recorded and marks none
pushed that the server did not acknowledge; the server applies each change at most once;
the PC's cursor never moves backwards; and a clean sync afterwards converges: the PC's
state checksum equals the server's checksum of its scope, without a re-download.
"""

from __future__ import annotations

import pytest

from desktop.services.maintenance import outbox_errors
from desktop.store.replica import Replica
from desktop.sync.errors import ServerUnreachable
from sync import protocol
from sync.server.context import ServerContext
from tests.conftest import make_intake
from tests.live_server import LiveServer
from tests.sync import fault_proxy as fp
from tests.sync.conftest import real_time
from tests.sync.harness import (
    converged,
    local_checksum,
    own_changes,
    pending_ids,
    server_change_ids,
    server_event_counts,
)

pytestmark = pytest.mark.usefixtures("backend")


def offline(pc, url: str):
    report = pc.engine(url).run()
    assert report.outcome == "offline", report
    assert isinstance(report.error, ServerUnreachable)
    return report


def clean(pc, url: str):
    """A sync with no fault: it must end in agreement, not in a re-download."""
    report = pc.sync(url)
    assert not report.healed and report.checksum_ok, report
    return report


def record(pc, cases: int = 1) -> list[str]:
    numbers = []
    for i in range(cases):
        number = pc.core.cases.record_intake(make_intake(worker__name=f"Pekerja {i}"))
        pc.core.cases.add_event(number, "konsultasi", f"Konsultasi {i}.")
        numbers.append(number)
    return numbers


def assert_once_on_server(ctx, ids: set[str]) -> None:
    on_server = server_change_ids(ctx)
    assert len(on_server) == len(set(on_server))
    assert ids <= set(on_server)
    rows, distinct = server_event_counts(ctx)
    assert rows == distinct


LOST_BEFORE_COMMIT = {
    "dropped": fp.drop(),
    "dropped-reset": fp.drop(reset=True),
    "cut-at-0": fp.cut_request(0),
    "cut-in-body": fp.cut_request(400),
    "reset-in-body": fp.cut_request(400, reset=True),
}


@pytest.mark.parametrize("fault", LOST_BEFORE_COMMIT.values(), ids=LOST_BEFORE_COMMIT.keys())
def test_a_request_lost_before_the_server_commits_applies_nothing(make_pc, proxy, server_ctx,
                                                                   fault):
    a = make_pc("SBY")
    record(a)
    before, cursor = pending_ids(a), Replica(a.core.store).cursor()
    armed = proxy.arm(fault, path=protocol.SYNC_PATH)
    offline(a, proxy.url)
    assert armed.fired.is_set() and proxy.seen[-1].status == 0
    assert pending_ids(a) == before and Replica(a.core.store).cursor() == cursor
    assert not before & set(server_change_ids(server_ctx))
    report = clean(a, proxy.url)
    assert report.pushed == len(before)
    assert_once_on_server(server_ctx, before)
    assert converged(server_ctx, a) and outbox_errors(a.core.store) == []


LOST_AFTER_COMMIT = {
    "answer-lost": fp.cut_response(0),
    "answer-lost-reset": fp.cut_response(0, reset=True),
    "cut-in-status-line": fp.cut_response(9),
    "cut-in-headers": fp.cut_response(60),
    "cut-in-body": fp.cut_response(200),
    "reset-in-body": fp.cut_response(200, reset=True),
}


@pytest.mark.parametrize("fault", LOST_AFTER_COMMIT.values(), ids=LOST_AFTER_COMMIT.keys())
def test_an_answer_lost_after_the_server_committed_is_applied_once(make_pc, proxy, server_ctx,
                                                                    fault):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = record(a)[0]
    before = pending_ids(a)
    proxy.arm(fault, path=protocol.SYNC_PATH)
    offline(a, proxy.url)
    assert proxy.seen[-1].status == 200  # the server answered: it had committed
    assert pending_ids(a) == before  # but no acknowledgement arrived: nothing marked pushed
    applied = server_change_ids(server_ctx)
    assert before <= set(applied)
    events = server_event_counts(server_ctx)
    report = clean(a, proxy.url)  # sends the same changes again
    assert report.pushed == len(before) and pending_ids(a) == set()
    assert sorted(server_change_ids(server_ctx)) == sorted(applied)  # acknowledged, not re-applied
    assert server_event_counts(server_ctx) == events == (2, 2)
    clean(b, proxy.url)
    assert [e["event_type"] for e in b.core.cases.get(number).events] == [
        "pengaduan_diterima", "konsultasi"]
    assert local_checksum(a) == local_checksum(b)
    assert converged(server_ctx, a) and converged(server_ctx, b)


@pytest.mark.parametrize("fault", [fp.drop(), fp.cut_request(300, reset=True),
                                   fp.cut_response(0), fp.cut_response(150, reset=True)],
                         ids=["dropped", "reset-in-request", "answer-lost", "reset-in-answer"])
def test_a_fault_in_a_later_round_keeps_what_the_earlier_rounds_did(make_pc, proxy, server_ctx,
                                                                    monkeypatch, fault):
    monkeypatch.setattr(protocol, "MAX_PUSH", 4)  # both ends of this process: many rounds
    a = make_pc("SBY")
    record(a, cases=2)
    order = [c.change_id for c in Replica(a.core.store).pending(1000)]
    proxy.arm(fault, path=protocol.SYNC_PATH, skip=1)  # the second round
    offline(a, proxy.url)
    pushed = {c for c, done in own_changes(a).items() if done}
    assert pushed == set(order[:4])  # the first round was acknowledged, only it
    cursor = Replica(a.core.store).cursor()
    report = clean(a, proxy.url)
    assert report.pushed == len(order) - 4 and report.requests >= (len(order) - 4) // 4
    assert Replica(a.core.store).cursor() >= cursor
    assert_once_on_server(server_ctx, set(order))
    assert converged(server_ctx, a)


@pytest.mark.parametrize("fault", [fp.cut_response(0), fp.cut_response(500, reset=True)],
                         ids=["answer-lost", "reset-in-answer"])
def test_a_pull_cut_mid_answer_changes_nothing_here(make_pc, proxy, server_ctx, fault):
    a, b = make_pc("SBY"), make_pc("SBY")
    record(a, cases=5)
    clean(a, proxy.url)
    replica = Replica(b.core.store)
    state, cursor = local_checksum(b), replica.cursor()
    proxy.arm(fault, path=protocol.SYNC_PATH)
    offline(b, proxy.url)
    assert local_checksum(b) == state and replica.cursor() == cursor
    report = clean(b, proxy.url)
    assert report.pulled > 0 and replica.cursor() > cursor
    assert local_checksum(a) == local_checksum(b) and converged(server_ctx, b)


def test_a_slow_link_with_latency_completes_and_converges(make_pc, proxy, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    record(a, cases=10)
    proxy.shape(latency=0.05, rate_up=24_000, rate_down=24_000)
    report = clean(a, proxy.url)
    assert report.pushed == len(own_changes(a))
    clean(b, proxy.url)
    assert all(s.status == 200 and s.fault is None for s in proxy.seen)
    assert local_checksum(a) == local_checksum(b) and converged(server_ctx, b)


def test_a_slow_link_that_also_cuts_resumes_on_the_next_sync(make_pc, proxy, server_ctx,
                                                             monkeypatch):
    monkeypatch.setattr(protocol, "MAX_PUSH", 10)
    a = make_pc("SBY")
    record(a, cases=6)
    proxy.shape(latency=0.02, rate_up=16_000, rate_down=16_000)
    total = len(pending_ids(a))
    for skip in (2, 1, 0):  # each run gets a little further before the link cuts
        proxy.arm(fp.cut_response(80, reset=True), path=protocol.SYNC_PATH, skip=skip)
        offline(a, proxy.url)
        assert len(pending_ids(a)) < total
    clean(a, proxy.url)
    assert_once_on_server(server_ctx, set(own_changes(a)))
    assert converged(server_ctx, a)


def test_a_heal_cut_mid_way_is_finished_by_the_next_sync(make_pc, proxy, server_ctx):
    a = make_pc("SBY")
    number = record(a)[0]
    clean(a, proxy.url)
    # A write that bypassed everything: the replica drifted; the next sync re-downloads.
    a.core.store.raw_connection.execute("UPDATE workers SET employer_name = 'Rusak'")
    proxy.arm(fp.cut_response(300, reset=True), path=protocol.REBUILD_PATH)
    offline(a, proxy.url)
    report = a.sync(proxy.url)
    assert report.healed
    assert a.core.cases.get(number).worker["employer_name"] == "Tan Ah Kow"
    clean(a, proxy.url)
    assert converged(server_ctx, a) and outbox_errors(a.core.store) == []


def test_a_server_restarted_between_syncs_carries_on(make_pc, proxy, server_ctx, settings):
    a, b = make_pc("SBY"), make_pc("SBY")
    record(a)
    clean(a, proxy.url)
    record(a)
    # The server goes down: nobody listens where the proxy forwards.
    proxy.retarget(_closed_port())
    offline(a, proxy.url)
    restarted = ServerContext.create(settings, real_time)  # a new process on the same database
    server = LiveServer(restarted).start()
    try:
        proxy.retarget(server.port)
        clean(a, proxy.url)
        clean(b, proxy.url)
        assert local_checksum(a) == local_checksum(b)
        assert converged(restarted, a)
        assert_once_on_server(restarted, set(own_changes(a)))
    finally:
        server.stop()
        restarted.close()


def _closed_port() -> int:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return port
