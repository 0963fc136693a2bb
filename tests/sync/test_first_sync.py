"""The first sync of a large scope (a national office's PC enrolling): progress the officer
can read (cases received / cases in the scope) and a resume that downloads nothing twice.

The scope here is a few hundred cases, enough for several rounds of protocol.MAX_PULL; the
50,000-case figure is a benchmark (tests/bench).
"""

from __future__ import annotations

from sqlalchemy import func, select

from desktop.store.replica import Replica
from desktop.sync import errors as e
from desktop.sync.engine import SyncEngine
from sync.server.db.tables import cases
from tests.conftest import make_intake
from tests.sync.harness import converged

CASES = 400  # with their events: three answers of MAX_PULL changes or more


def _record(pc, count: int) -> None:
    for i in range(count):
        number = pc.core.cases.record_intake(make_intake(worker__name=f"Pekerja Awal {i}"))
        pc.core.cases.add_event(number, "konsultasi", f"Konsultasi pertama {i}.")


class _Counting:
    """A transport that counts the changes each answer carries and, when asked, is cut off
    after a number of rounds (the network gone, the PC switched off)."""

    def __init__(self, inner, cut_after: int | None = None) -> None:
        self.inner = inner
        self.stats = inner.stats
        self.cut_after = cut_after
        self.rounds = 0
        self.received = 0

    def round(self, message):
        if self.cut_after is not None and self.rounds >= self.cut_after:
            raise e.ServerUnreachable()
        answer = self.inner.round(message)
        self.rounds += 1
        self.received += len(answer.get("changes", []))
        return answer

    def rebuild(self, after):
        return self.inner.rebuild(after)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _engine(pc, transport, calls: list | None = None) -> SyncEngine:
    plain = pc.engine()
    progress = (lambda phase, done, total: calls.append((phase, done, total))) \
        if calls is not None else None
    return SyncEngine(plain.replica, transport, office_code=pc.office, national=pc.national,
                      user=pc.core.session.username, progress=progress)


def _server_cases(server_ctx) -> int:
    with server_ctx.db.read() as conn:
        return conn.scalar(select(func.count()).select_from(cases))


def test_an_idle_sync_shows_no_case_count(make_pc):
    sby = make_pc("SBY")
    _record(sby, 2)
    sby.sync()
    calls: list[tuple[str, int, int]] = []
    report = _engine(sby, sby.engine().transport, calls).run()
    assert report.outcome == "ok"
    assert not [c for c in calls if c[0] == "cases"]


def test_a_first_sync_counts_the_cases_and_resumes_without_downloading_again(
        make_pc, server_ctx):
    sby = make_pc("SBY")
    _record(sby, CASES)
    sby.sync()
    whole = make_pc("PST", "pst-whole")
    calls: list[tuple[str, int, int]] = []
    once = _Counting(whole.engine().transport)
    assert _engine(whole, once, calls).run().outcome == "ok"
    shown = [(done, total) for phase, done, total in calls if phase == "cases"]
    assert len(shown) >= 2, calls  # one per answer while more was waiting
    assert {total for _, total in shown} == {_server_cases(server_ctx)}
    dones = [done for done, _ in shown]
    assert dones == sorted(dones) and 0 < dones[0] < dones[-1] <= CASES
    assert Replica(whole.core.store).held_roots() == CASES
    assert converged(server_ctx, whole)

    cut = make_pc("PST", "pst-cut")
    first = _Counting(cut.engine().transport, cut_after=1)
    assert _engine(cut, first).run().outcome == "offline"
    held = Replica(cut.core.store).held_roots()
    assert 0 < held < CASES  # part of the scope arrived and stayed
    second = _Counting(cut.engine().transport)
    report = _engine(cut, second).run()
    assert report.outcome == "ok", report.error
    # What the cut run received is not sent again: the two runs together received what
    # one uninterrupted first sync did.
    assert first.received + second.received == once.received
    assert report.healed is False
    assert converged(server_ctx, cut)
