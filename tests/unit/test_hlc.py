"""Hybrid logical clock (sync/hlc.py): the order of local changes across devices."""

from __future__ import annotations

import os
import threading
import uuid

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.reference import seed_reference
from desktop.store.store import Store
from sync.hlc import MAX_COUNTER, HybridClock, format_hlc, parse_hlc


class FakeClock:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def _strictly_increasing(values: list[str]) -> bool:
    return all(a < b for a, b in zip(values, values[1:], strict=False))


def test_ticks_follow_the_physical_clock_when_it_moves_forward():
    clock = FakeClock(1_000)
    hlc = HybridClock("node1", clock=clock)
    first = hlc.tick()
    clock.ms = 2_000
    second = hlc.tick()
    assert parse_hlc(first) == (1_000, 0, "node1")
    assert parse_hlc(second) == (2_000, 0, "node1")


def test_monotonic_under_a_frozen_clock():
    hlc = HybridClock("node1", clock=FakeClock(5_000))
    ticks = [hlc.tick() for _ in range(50)]
    assert _strictly_increasing(ticks)
    assert len(set(ticks)) == 50
    assert [parse_hlc(t)[1] for t in ticks] == list(range(50))
    assert {parse_hlc(t)[0] for t in ticks} == {5_000}


def test_monotonic_when_the_clock_goes_backwards():
    clock = FakeClock(10_000)
    hlc = HybridClock("node1", clock=clock)
    ticks = [hlc.tick()]
    for ms in (9_000, 5_000, 1, 9_999, 10_000):
        clock.ms = ms
        ticks.append(hlc.tick())
    assert _strictly_increasing(ticks)
    # The wall part never moves back with the physical clock.
    assert {parse_hlc(t)[0] for t in ticks} == {10_000}
    clock.ms = 10_001
    later = hlc.tick()
    assert later > ticks[-1]
    assert parse_hlc(later)[:2] == (10_001, 0)


def test_counter_overflow_borrows_the_next_millisecond():
    hlc = HybridClock("n", clock=FakeClock(7_000))
    ticks = [hlc.tick() for _ in range(MAX_COUNTER + 3)]
    assert _strictly_increasing(ticks)
    assert parse_hlc(ticks[MAX_COUNTER])[:2] == (7_000, MAX_COUNTER)
    assert parse_hlc(ticks[MAX_COUNTER + 1])[:2] == (7_001, 0)
    assert parse_hlc(ticks[MAX_COUNTER + 2])[:2] == (7_001, 1)
    # Fixed width: every counter field has 4 digits, so string order stays clock order.
    assert all(len(t.split("-")[1]) == 4 for t in ticks)


def test_starts_after_the_last_recorded_timestamp():
    last = format_hlc(50_000, 17, "node1")
    hlc = HybridClock("node1", last=last, clock=FakeClock(10))
    nxt = hlc.tick()
    assert nxt > last
    assert parse_hlc(nxt)[:2] == (50_000, 18)


def test_observe_remote_timestamp_ahead_of_us():
    hlc = HybridClock("local", clock=FakeClock(1_000))
    hlc.tick()
    remote = format_hlc(90_000, 3, "remote")
    hlc.observe(remote)
    nxt = hlc.tick()
    assert parse_hlc(nxt) == (90_000, 4, "local")
    assert nxt > remote


def test_observe_older_remote_timestamp_changes_nothing():
    hlc = HybridClock("local", clock=FakeClock(50_000))
    before = hlc.tick()
    hlc.observe(format_hlc(1_000, 9_000, "remote"))
    after = hlc.tick()
    assert after > before
    assert parse_hlc(after)[:2] == (50_000, 1)


def test_observe_then_overflow_stays_monotonic():
    hlc = HybridClock("local", clock=FakeClock(1))
    remote = format_hlc(2_000, MAX_COUNTER, "remote")
    hlc.observe(remote)
    nxt = hlc.tick()
    assert nxt > remote
    assert parse_hlc(nxt)[:2] == (2_001, 0)


def test_parse_keeps_a_node_containing_hyphens():
    value = format_hlc(123, 4, "ab-cd-ef")
    assert parse_hlc(value) == (123, 4, "ab-cd-ef")


@given(st.tuples(st.integers(0, 10**13 - 1), st.integers(0, MAX_COUNTER)),
       st.tuples(st.integers(0, 10**13 - 1), st.integers(0, MAX_COUNTER)))
def test_string_order_equals_clock_order(a, b):
    sa, sb = format_hlc(*a, "node"), format_hlc(*b, "node")
    assert parse_hlc(sa)[:2] == a
    assert (sa < sb) == (a < b)
    assert (sa == sb) == (a == b)


def test_concurrent_ticks_are_unique():
    hlc = HybridClock("node", clock=FakeClock(1_000))
    results: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        mine = [hlc.tick() for _ in range(200)]
        with lock:
            results.extend(mine)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == len(set(results)) == 800


def test_reopened_store_continues_after_its_highest_recorded_timestamp(tmp_path):
    """A store reopened with its wall clock far behind still orders new changes last."""
    key = os.urandom(32)
    path = tmp_path / "h.db"
    store = Store.create(path, key, {"device_id": uuid.uuid4().hex, "office_code": "SBY"},
                         seed_reference())
    far_future = format_hlc(9_000_000_000_000, 0, "elsewhere")
    store.clock.observe(far_future)
    with store.write("tester") as tx:
        tx.insert("audit", {"id": "a1", "at": tx.now, "user": "tester", "device": tx.device,
                            "action": "login", "target": "", "detail": ""})
    store.close()

    store = Store.open(path, key)
    try:
        with store.write("tester") as tx:
            tx.insert("audit", {"id": "a2", "at": tx.now, "user": "tester", "device": tx.device,
                                "action": "logout", "target": "", "detail": ""})
        hlcs = [r[0] for r in store.query("SELECT hlc FROM changes ORDER BY seq")]
    finally:
        store.close()
    assert hlcs[-2] > far_future
    assert hlcs[-1] > hlcs[-2]
