"""kill -9 of `halotki sync` at random moments: the store stays whole, nothing is lost.

A PC with thousands of pending changes (several push rounds) and much to pull syncs as a
real process through the fault proxy, which adds latency each way and caps the bandwidth,
so most runs are inside a request when they die: before the server got it, or after it
committed but before the answer arrived. Each run is killed (SIGKILL, no clean-up of any
kind) at a random moment: during start-up, a random time into the run, or just after its
k-th request reached the proxy. After every kill `halotki check` passes and the PC's
cursor has not moved back. At the end a clean `halotki sync` converges: the server holds
every change the PC ever recorded exactly once, no event twice, and both PCs of the office
hold exactly the server's state.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.store.replica import Replica
from tests.cli_runner import halotki_env, process_env
from tests.conftest import STAFF_PW, make_intake
from tests.sync.harness import converged, server_change_ids, server_event_counts

ROOT = Path(__file__).resolve().parents[2]
ITERATIONS = 30
SEED = 20261202
LATENCY_S = 0.25  # each way: a request lasts at least twice this at the proxy
RATE = 256 * 1024  # bytes/s each way
WAIT_S = 60  # bound on any wait for the child (it never needs more than a few seconds)

pytestmark = [pytest.mark.slow, pytest.mark.parametrize("backend", ["sqlite"], indirect=True)]


def _spawn(data_dir: Path, log: Path) -> subprocess.Popen:
    env = process_env(halotki_env(user="kasi", password=STAFF_PW))
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "desktop.cli.main", "--lang", "en", "--data-dir",
             str(data_dir), "sync"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=out,
            stderr=subprocess.STDOUT)


def _wait_for_request(proxy, proc, count: int) -> None:
    deadline = time.monotonic() + WAIT_S
    while len(proxy.seen) < count and proc.poll() is None:
        if time.monotonic() > deadline:
            raise AssertionError("the sync process made no request")
        time.sleep(0.005)


def _record(pc, cases: int, tag: str) -> None:
    for i in range(cases):
        number = pc.core.cases.record_intake(make_intake(worker__name=f"Pekerja {tag} {i}"))
        pc.core.cases.add_event(number, "konsultasi", f"Konsultasi {tag} {i}.")


def _own_ids(pc) -> set[str]:
    store = pc.core.store
    return {r[0] for r in store.query("SELECT change_id FROM changes WHERE device = ?",
                                      (store.device_id,))}


def _check(halotki_on, pc) -> None:
    code, out, err = halotki_on(pc, "check")
    assert code == 0, out + err


def test_kill_9_of_halotki_sync_at_random_moments(make_pc, proxy, server_ctx, halotki_on,
                                                  tmp_path):
    rng = random.Random(SEED)
    a, b = make_pc("SBY"), make_pc("SBY")
    Replica(a.core.store).set_link(proxy.url, a.credential.token)
    _record(b, 120, "b")  # what a has to pull: about a thousand changes
    b.sync()
    _record(a, 250, "a")  # what a has to push: thousands of changes, several rounds
    recorded = _own_ids(a)
    assert len(recorded) > 2000
    proxy.shape(latency=LATENCY_S, rate_up=RATE, rate_down=RATE)
    log = tmp_path / "sync.log"
    cursors = [Replica(a.core.store).cursor()]
    alive_at_kill = 0
    for i in range(ITERATIONS):
        if i and i % 3 == 0:  # more work on both PCs while a is "offline"
            _record(a, 5, f"a{i}")
            _record(b, 10, f"b{i}")
            b.sync()
            recorded |= _own_ids(a)
        start = len(proxy.seen)
        proc = _spawn(a.core.paths.root, log)
        mode = ("start-up", "in-request", "in-request", "any time")[i % 4]
        if mode == "start-up":
            time.sleep(rng.uniform(0, 0.4))
        elif mode == "in-request":
            _wait_for_request(proxy, proc, start + rng.randint(1, 3))
            time.sleep(rng.uniform(0, 1.6 * LATENCY_S))
        else:
            time.sleep(rng.uniform(0, 3.0))
        if proc.poll() is None:
            alive_at_kill += 1
        proc.kill()  # SIGKILL
        proc.wait(timeout=WAIT_S)
        _check(halotki_on, a)
        cursors.append(Replica(a.core.store).cursor())
        assert cursors[-1] >= cursors[-2], cursors
        pushed = {r[0] for r in a.core.store.query(
            "SELECT change_id FROM changes WHERE device = ? AND pushed_at IS NOT NULL",
            (a.core.store.device_id,))}
        assert pushed <= set(server_change_ids(server_ctx, pushed))
    assert alive_at_kill >= ITERATIONS // 3, alive_at_kill  # most died mid-run
    assert cursors[-1] > cursors[0]  # and the killed runs still got somewhere
    # Afterwards, clean runs (the link still slow) converge.
    proxy.shape()
    for _ in range(2):
        proc = _spawn(a.core.paths.root, log)
        assert proc.wait(timeout=WAIT_S * 2) == 0, log.read_text()[-2000:]
    _check(halotki_on, a)
    b.sync()
    ids = server_change_ids(server_ctx)
    assert len(ids) == len(set(ids))
    assert recorded <= set(ids), len(recorded - set(ids))
    rows, distinct = server_event_counts(server_ctx)
    assert rows == distinct
    assert Replica(a.core.store).pending_count() == 0
    assert converged(server_ctx, a) and converged(server_ctx, b)
    assert Replica(a.core.store).state_checksum() == Replica(b.core.store).state_checksum()
