"""The background sync thread: triggers, debounce, backoff with jitter, revocation, fetch,
and surviving a run that raises."""

from __future__ import annotations

import json
import random
import threading
from datetime import UTC, datetime

import pytest

from desktop.messages import HaloError
from desktop.sync import errors as e
from desktop.sync.engine import SyncReport
from desktop.sync.scheduler import MAX_BACKOFF_S, SyncScheduler, SyncStatus

WAIT = 10.0  # seconds: generous bound for a thread to react on a slow CI machine


class FakeReplica:
    def __init__(self):
        self.runs = []

    def pending_count(self):
        return 0

    def rejected(self):
        return []

    def last_success(self):
        return max((r[1] for r in self.runs if r[2] == "ok"), default=None)

    def record_run(self, started, finished, outcome, *counts, error=""):
        self.runs.append((started, finished.isoformat(), outcome))

    @property
    def store(self):
        return self

    def query_one(self, sql, params=()):
        return (0,)


class FakeEngine:
    def __init__(self, outcomes):
        self.replica = FakeReplica()
        self.outcomes = list(outcomes)
        self.runs = 0
        self.fetched = []
        self.progress = None
        self.ran = threading.Condition()

    def run(self):
        outcome = self.outcomes.pop(0) if self.outcomes else "ok"
        now = datetime.now(UTC)
        report = SyncReport(started_at=now, finished_at=now, outcome=outcome)
        if outcome == "offline":
            report.error = e.ServerUnreachable()
        if outcome == "revoked":
            report.error = e.DeviceRevoked(reason="dicuri")
        with self.ran:
            self.runs += 1
            self.ran.notify_all()
        return report

    def fetch(self, sha, size, progress=None):
        self.fetched.append(sha)

    def wait_runs(self, n):
        with self.ran:
            assert self.ran.wait_for(lambda: self.runs >= n, WAIT), self.runs


@pytest.fixture
def run_scheduler():
    made = []

    def _start(engine, **kw):
        statuses: list[SyncStatus] = []
        kw.setdefault("interval_s", 3600)
        kw.setdefault("debounce_s", 0.2)
        s = SyncScheduler(lambda: engine, statuses.append, **kw)
        s.start()
        made.append(s)
        return s, statuses

    yield _start
    for s in made:
        s.stop()


def test_it_syncs_at_start_and_when_asked(run_scheduler):
    engine = FakeEngine(["ok", "ok"])
    s, statuses = run_scheduler(engine)
    engine.wait_runs(1)
    s.sync_now()
    engine.wait_runs(2)
    assert any(st.running for st in statuses)
    assert statuses[-1].online is True or statuses[-1].running


def test_a_burst_of_local_changes_makes_one_sync(run_scheduler):
    engine = FakeEngine([])
    s, _ = run_scheduler(engine, debounce_s=0.5)
    engine.wait_runs(1)
    for _ in range(20):
        s.local_change()
    engine.wait_runs(2)
    threading.Event().wait(1.0)  # well past the debounce: no further run may follow
    assert engine.runs == 2


def test_offline_backs_off_and_probes_until_the_connection_returns(run_scheduler):
    engine = FakeEngine(["offline", "ok"])
    probes = []
    answer = threading.Event()

    def probe(_engine):
        probes.append(1)
        return answer.is_set()

    s, statuses = run_scheduler(engine, probe=probe, rng=random.Random(1))
    engine.wait_runs(1)
    assert statuses[-1].online is False and isinstance(statuses[-1].error, e.ServerUnreachable)
    assert 2.5 <= statuses[-1].next_try_s <= 5
    answer.set()
    s.sync_now()  # "Sync now" while offline: probe first, then sync
    engine.wait_runs(2)
    assert probes and engine.runs == 2


def test_the_backoff_grows_to_five_minutes_with_jitter():
    s = SyncScheduler(lambda: None, lambda st: None, rng=random.Random(3))
    delays = [s._backoff() for _ in range(12)]
    assert delays[0] <= 5 and delays[3] > 5
    assert max(delays) <= MAX_BACKOFF_S and delays[-1] >= MAX_BACKOFF_S / 2
    assert len({round(d, 3) for d in delays[-4:]}) == 4  # jitter: never in step


def test_a_revoked_pc_stops_syncing_and_says_why(run_scheduler):
    engine = FakeEngine(["revoked"])
    s, statuses = run_scheduler(engine)
    engine.wait_runs(1)
    s.sync_now()
    s.local_change()
    threading.Event().wait(0.8)
    assert engine.runs == 1
    assert statuses[-1].revoked and "dicuri" in statuses[-1].error.text("en")


def test_a_download_runs_on_the_sync_thread_and_reports_back(run_scheduler):
    engine = FakeEngine([])
    s, _ = run_scheduler(engine)
    engine.wait_runs(1)
    done = threading.Event()
    result = []
    s.fetch("ab" * 32, 10, lambda err: (result.append(err), done.set()))
    assert done.wait(WAIT)
    assert result == [None] and engine.fetched == ["ab" * 32]
    assert engine.runs == 1  # a download is not a sync


def test_a_pc_never_enrolled_reports_it_and_does_nothing(run_scheduler):
    statuses = []
    s = SyncScheduler(lambda: None, statuses.append)
    s.start()
    try:
        for _ in range(100):
            if statuses:
                break
            threading.Event().wait(0.05)
        assert statuses and statuses[-1].enrolled is False
    finally:
        s.stop()


def wait_status(statuses, wanted):
    """The first status so far (or within WAIT) that is `wanted`; the list is then emptied."""
    for _ in range(int(WAIT / 0.02)):
        found = next((st for st in list(statuses) if wanted(st)), None)
        if found is not None:
            statuses.clear()
            return found
        threading.Event().wait(0.02)
    raise AssertionError(f"no such status: {statuses[-1:]}")


class Raising(FakeEngine):
    """Its first runs raise `failures` (a bug, not a failure the engine expects)."""

    def __init__(self, failures, outcomes=()):
        super().__init__(outcomes)
        self.failures = list(failures)

    def run(self):
        if not self.failures:
            return super().run()
        with self.ran:
            self.runs += 1
            self.ran.notify_all()
        raise self.failures.pop(0)


FAILURES = {
    "runtime-error": RuntimeError("Siti Aminah 3578014101800001"),
    "json-decode-error": json.JSONDecodeError("Siti Aminah", "3578014101800001", 0),
    "key-error": KeyError("3578014101800001"),
}


@pytest.mark.parametrize("failure", FAILURES.values(), ids=FAILURES.keys())
def test_a_run_that_raises_is_shown_and_tried_again(run_scheduler, caplog, failure):
    engine = Raising([failure])
    s, statuses = run_scheduler(engine, rng=random.Random(1))
    engine.wait_runs(1)
    failed = wait_status(statuses, lambda st: not st.running and st.error is not None)
    assert s._thread.is_alive() and not failed.stopped
    # In words the UI shows (desktop/ui/sync/describe.py: "Sync failed", the error's text).
    assert isinstance(failed.error, HaloError) and failed.error.code == e.MSG_SYNC_FAILED.code
    assert failed.error.text("id") and failed.error.text("en") != failed.error.text("id")
    assert failed.online is None
    assert 2.5 <= failed.next_try_s <= 5  # backed off as for a failed sync
    assert engine.replica.runs[-1][2] == "error"  # and in the sync log
    # The log says what and where, never the exception's words (they may quote data).
    assert type(failure).__name__ in caplog.text
    assert "Siti" not in caplog.text and "3578014101800001" not in caplog.text
    s.sync_now()
    engine.wait_runs(2)
    ok = wait_status(statuses, lambda st: not st.running and st.online is True)
    assert ok.error is None and s._thread.is_alive()
    s.local_change()  # local changes still trigger a sync
    engine.wait_runs(3)


def test_a_run_that_keeps_raising_backs_off_further_and_serves_sync_now(run_scheduler):
    engine = Raising([RuntimeError("a bug")] * 3)
    s, statuses = run_scheduler(engine, rng=random.Random(2))
    delays = []
    for n in range(1, 4):
        engine.wait_runs(n)
        delays.append(wait_status(statuses, lambda st: st.error is not None
                                  and not st.running).next_try_s)
        s.sync_now()
    engine.wait_runs(4)
    assert wait_status(statuses, lambda st: st.online is True).error is None
    assert delays[2] > 5 >= delays[0]  # the ceiling grows as for failed syncs
    assert s._thread.is_alive()


def test_a_failing_probe_is_survived_too(run_scheduler):
    def probe(_engine):
        raise ValueError("not a HaloError")

    engine = FakeEngine(["offline", "ok"])
    s, statuses = run_scheduler(engine, probe=probe, rng=random.Random(1))
    engine.wait_runs(1)
    wait_status(statuses, lambda st: st.online is False)
    s.sync_now()
    failed = wait_status(statuses, lambda st: st.error is not None
                         and st.error.code == e.MSG_SYNC_FAILED.code)
    assert not failed.stopped and s._thread.is_alive()


def test_a_download_whose_caller_fails_does_not_end_the_thread(run_scheduler):
    engine = FakeEngine([])
    s, _ = run_scheduler(engine)
    engine.wait_runs(1)
    done = threading.Event()

    def broken(err):
        raise RuntimeError("a bug in the caller")

    s.fetch("ab" * 32, 10, broken)
    s.fetch("cd" * 32, 10, lambda err: done.set())
    assert done.wait(WAIT)
    s.sync_now()
    engine.wait_runs(2)
    assert s._thread.is_alive()


def test_an_engine_that_cannot_be_made_stops_sync_and_says_so():
    def make():
        raise RuntimeError("the store cannot be opened")

    statuses: list[SyncStatus] = []
    s = SyncScheduler(make, statuses.append)
    s.start()
    try:
        s._thread.join(WAIT)
        assert not s._thread.is_alive()
        assert statuses[-1].stopped and not statuses[-1].running
    finally:
        s.stop()
