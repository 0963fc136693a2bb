"""An answer cut on its way back, for every request the PC's sync client makes (defect 12).

The fault proxy (tests/sync/fault_proxy.py) lets the server answer whole, then cuts the
answer right after its status line (requests then sees that status and an empty body) or
in the middle of its body. Whatever the request, the PC must see "offline, try again
later" (ServerUnreachable; a sync run's outcome "offline"; `halotki sync` exit 9), never
an exception that is not a HaloError, and the next attempt must complete and converge.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus

import pytest
from sqlalchemy import select

from desktop.store.replica import Replica
from desktop.store.store import Store
from desktop.sync import errors as e
from desktop.sync.api import CentralClient
from desktop.sync.runner import make_engine
from desktop.sync.scheduler import SyncScheduler, SyncStatus
from sync import protocol
from sync.server.db.tables import blobs as blob_table
from tests.conftest import make_intake
from tests.server.helpers import issue_code
from tests.sync import fault_proxy as fp
from tests.sync.harness import converged

pytestmark = pytest.mark.usefixtures("backend")

CUTS = {"after-status-line": fp.status_only(), "mid-body": fp.cut_body(10),
        "mid-body-reset": fp.cut_body(10, reset=True)}
WAIT = 30.0  # seconds: a generous bound for the sync thread on a slow CI machine
PASSWORD = "rahasia-123"


def scan(size: int, seed: int = 1) -> bytes:
    body = hashlib.sha256(str(seed).encode()).digest() * (size // 32 + 1)
    return (b"%PDF-1.4\n" + body)[:size]


def record(pc) -> str:
    number = pc.core.cases.record_intake(make_intake())
    pc.core.cases.add_event(number, "konsultasi", "Konsultasi.")
    return number


def assert_cut(proxy, armed) -> None:
    """The fault hit, after the server had answered (so whatever it did, it committed)."""
    assert armed.fired.is_set()
    hit = [s for s in proxy.seen if s.fault is armed.fault]
    assert hit and 200 <= hit[-1].status < 300 and hit[-1].forwarded_down > 0, hit
    if armed.fault.kind == fp.STATUS_ONLY:  # "HTTP/1.1 200 OK\r\n" and nothing more
        status = HTTPStatus(hit[-1].status)
        assert hit[-1].forwarded_down == len(f"HTTP/1.1 {status.value} {status.phrase}\r\n")


# -- a sync run: each request it makes --------------------------------------------------------

def _round(pc, ctx) -> tuple[str, str]:
    record(pc)
    return "POST", protocol.SYNC_PATH


def _rebuild(pc, ctx) -> tuple[str, str]:
    record(pc)
    pc.sync()
    # A write that bypassed everything: the checksums differ and the run re-downloads.
    pc.core.store.raw_connection.execute("UPDATE workers SET employer_name = 'Rusak'")
    return "POST", protocol.REBUILD_PATH


def _blob_state(pc, ctx) -> tuple[str, str]:
    att = pc.core.attachments.attach(record(pc), scan(100_000), "paspor.pdf")
    return "GET", f"{protocol.BLOBS_PATH}/{att.sha256}"


def _blob_piece(pc, ctx) -> tuple[str, str]:
    att = pc.core.attachments.attach(record(pc), scan(100_000), "paspor.pdf")
    return "PUT", f"{protocol.BLOBS_PATH}/{att.sha256}"


RUN_REQUESTS: dict[str, Callable] = {"sync-round": _round, "rebuild": _rebuild,
                                     "blob-state": _blob_state, "blob-piece": _blob_piece}


def assert_settled(pc, ctx) -> None:
    """Nothing waits to go up, every content is whole on the server, the states agree."""
    replica = Replica(pc.core.store)
    assert replica.pending_count() == 0 and replica.uploads_pending() == []
    with ctx.db.read() as conn:
        assert all(row.complete for row in conn.execute(select(blob_table)))
    assert converged(ctx, pc)


@pytest.mark.parametrize("cut", CUTS.values(), ids=CUTS.keys())
@pytest.mark.parametrize("request_kind", RUN_REQUESTS.values(), ids=RUN_REQUESTS.keys())
def test_a_cut_answer_in_a_sync_run_is_offline_and_the_next_run_converges(
        make_pc, proxy, server_ctx, request_kind, cut):
    pc = make_pc("SBY")
    method, path = request_kind(pc, server_ctx)
    armed = proxy.arm(cut, method=method, path=path)
    report = pc.engine(proxy.url).run()
    assert_cut(proxy, armed)
    assert report.outcome == "offline" and isinstance(report.error, e.ServerUnreachable), report
    pc.sync(proxy.url)  # completes (a heal, or the rest of an upload)
    report = pc.sync(proxy.url)
    assert not report.healed and report.checksum_ok
    assert_settled(pc, server_ctx)


@pytest.mark.parametrize("cut", CUTS.values(), ids=CUTS.keys())
@pytest.mark.parametrize("request_kind", RUN_REQUESTS.values(), ids=RUN_REQUESTS.keys())
def test_halotki_sync_exits_offline_on_a_cut_answer(make_pc, proxy, server_ctx, halotki_on,
                                                     request_kind, cut):
    pc = make_pc("SBY")
    Replica(pc.core.store).set_link(proxy.url, pc.credential.token)
    method, path = request_kind(pc, server_ctx)
    armed = proxy.arm(cut, method=method, path=path)
    code, _, err = halotki_on(pc, "sync")
    assert_cut(proxy, armed)
    assert code == 9, err
    assert "Traceback" not in err
    assert Replica(pc.core.store).runs()[0]["outcome"] == "offline"
    code, _, err = halotki_on(pc, "sync")
    assert code == 0, err
    code, out, err = halotki_on(pc, "sync")
    assert code == 0 and "0 waiting" in out, err
    assert_settled(pc, server_ctx)


@pytest.mark.parametrize("cut", CUTS.values(), ids=CUTS.keys())
def test_a_cut_download_answer_is_offline_and_the_next_fetch_completes(make_pc, proxy, cut):
    a, b = make_pc("SBY"), make_pc("SBY")
    data = scan(200_000, seed=2)
    att = a.core.attachments.attach(record(a), data, "surat.pdf")
    a.sync()
    b.sync()
    armed = proxy.arm(cut, method="GET", path=f"{protocol.BLOBS_PATH}/{att.sha256}/content")
    with pytest.raises(e.ServerUnreachable):
        b.engine(proxy.url).fetch(att.sha256, att.size)
    assert_cut(proxy, armed)
    b.engine(proxy.url).fetch(att.sha256, att.size)
    assert b.core.attachments.content(att.id) == data


# -- the central calls the desktop makes -----------------------------------------------------

@dataclass
class Central:
    """Clients of the server through the proxy: a national PC and an SBY PC enrolled with an
    unlock key, a central SBY account, a case at central and one assigned to SBY."""

    url: str
    ctx: object
    pst: CentralClient
    sby: CentralClient
    new_case: str
    sby_case: str

    def case_office(self, number: str) -> str:
        return self.pst.get_case(number)["case"]["office_code"]


@pytest.fixture
def central(proxy, server_ctx):
    pst = CentralClient(proxy.url, user="operator.pusat")
    pst.enrol(issue_code(server_ctx, "PST"), "PC-Pusat")
    pst.add_staff("budi.sby", "Budi Santoso", "SBY", "case_officer", PASSWORD)
    sby = CentralClient(proxy.url)
    sby.enrol(issue_code(server_ctx, "SBY"), "PC-1", unlock_key=os.urandom(32))
    cases = [pst.create_case(
        {"category": "gaji_tidak_dibayar", "channel": "email", "description": "Gaji."},
        {"name": "Siti Aminah", "relation": "ibu", "email": "siti@example.com"},
        {"name": "Dewi Lestari", "passport": "B1234567"})["case"]["case_number"]
        for _ in range(2)]
    pst.assign_case(cases[1], "SBY", "Domisili Surabaya")
    yield Central(proxy.url, server_ctx, pst, sby, cases[0], cases[1])
    pst.close()
    sby.close()


def _enrol(c: Central):
    with CentralClient(c.url) as client:
        return client.enrol(issue_code(c.ctx, "SBY"), "PC-2", unlock_key=os.urandom(32))


def _device_unlock(c: Central):
    with CentralClient(c.url) as client:  # the login screen: no credential
        return client.device_unlock(c.sby.credential.device_id, "budi.sby", PASSWORD)


# name: (method, path, the call, what shows it completed when called again)
CENTRAL_CALLS: dict[str, tuple[str, str, Callable, Callable]] = {
    "health": ("GET", "/health", lambda c: c.sby.health(),
               lambda c, out: out["status"] == "ok"),
    "device-info": ("GET", "/api/v1/device", lambda c: c.sby.this_device(),
                    lambda c, out: out["device_id"] == c.sby.credential.device_id),
    "enrolment": ("POST", "/api/v1/enroll", _enrol,
                  lambda c, out: out.office_code == "SBY" and out.credential.device_id),
    "verify-password": ("POST", "/api/v1/auth/verify-password",
                        lambda c: c.sby.verify_password("budi.sby", PASSWORD),
                        lambda c, out: out.username == "budi.sby"),
    "device-unlock": ("POST", "/api/v1/auth/device-unlock", _device_unlock,
                      lambda c, out: len(out.unlock_key) == 32),
    "list-offices": ("GET", "/api/v1/offices", lambda c: c.pst.list_offices(),
                     lambda c, out: {"PST", "SBY"} <= {o["code"] for o in out}),
    # A move that went through (its answer was cut) is not made twice: the case is there.
    "assign": ("POST", "/api/v1/cases/", lambda c: c.pst.assign_case(c.new_case, "SMG", ""),
               lambda c, out: c.case_office(c.new_case) == "SMG"),
    "transfer": ("POST", "/api/v1/cases/",
                 lambda c: c.pst.transfer_case(c.sby_case, "SMG", "Keluarga pindah"),
                 lambda c, out: c.case_office(c.sby_case) == "SMG"),
}
RETRIED = {"health", "device-info", "enrolment", "verify-password", "device-unlock",
           "list-offices"}  # safe to call again; a move is looked at instead


@pytest.mark.parametrize("cut", CUTS.values(), ids=CUTS.keys())
@pytest.mark.parametrize("name", CENTRAL_CALLS.keys())
def test_a_cut_answer_to_a_central_call_is_offline_and_the_next_call_completes(
        central, proxy, name, cut):
    method, path, call, completed = CENTRAL_CALLS[name]
    armed = proxy.arm(cut, method=method, path=path)
    with pytest.raises(e.ServerUnreachable) as info:
        call(central)
    assert_cut(proxy, armed)
    assert info.value.text("id") and info.value.text("en") != info.value.text("id")
    out = call(central) if name in RETRIED else None
    assert completed(central, out)


# -- the desktop's background sync ------------------------------------------------------------

class Statuses:
    """What the scheduler reports, to wait on from the test."""

    def __init__(self) -> None:
        self.seen: list[SyncStatus] = []
        self.cond = threading.Condition()

    def __call__(self, status: SyncStatus) -> None:
        with self.cond:
            self.seen.append(status)
            self.cond.notify_all()

    def wait_for(self, wanted: Callable[[SyncStatus], bool]) -> SyncStatus:
        with self.cond:
            assert self.cond.wait_for(lambda: any(wanted(s) for s in self.seen), WAIT), \
                self.seen[-1:]
            found = next(s for s in self.seen if wanted(s))
            self.seen.clear()
            return found


def idle(status: SyncStatus) -> bool:
    return not status.running and (status.online is not None or status.stopped)


@pytest.mark.parametrize("cut", CUTS.values(), ids=CUTS.keys())
def test_the_background_sync_survives_a_cut_upload_answer(make_pc, proxy, server_ctx, cut):
    pc = make_pc("SBY")
    Replica(pc.core.store).set_link(proxy.url, pc.credential.token)
    att = pc.core.attachments.attach(record(pc), scan(100_000), "paspor.pdf")
    armed = proxy.arm(cut, method="PUT", path=f"{protocol.BLOBS_PATH}/{att.sha256}")
    opened: list[Store] = []

    def engine():  # as the desktop makes it: the sync thread's own connection to the store
        opened.append(Store.open(pc.core.paths.database, pc.core.db_key))
        return make_engine(opened[-1], office_code="SBY", national=False, user="kasi")

    statuses = Statuses()
    scheduler = SyncScheduler(engine, statuses, close=lambda: [s.close() for s in opened],
                              interval_s=3600, debounce_s=0.2)
    scheduler.start()
    try:
        first = statuses.wait_for(idle)
        assert_cut(proxy, armed)
        assert not first.stopped and first.online is False
        assert isinstance(first.error, e.ServerUnreachable)
        record(pc)  # a new change, then "Sync now"
        scheduler.sync_now()
        replica = Replica(pc.core.store)
        after = statuses.wait_for(lambda s: idle(s) and s.online is True
                                  and replica.pending_count() == 0)
        assert after.error is None and not after.stopped
        assert scheduler._thread.is_alive()
    finally:
        scheduler.stop()
    assert_settled(pc, server_ctx)
