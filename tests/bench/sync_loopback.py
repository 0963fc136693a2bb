"""Push and pull of 10,000 changes over loopback, and an idle sync (tests.bench.sync_bench),
on SQLite and on PostgreSQL.

PC A of SBY records 10,000 changes (demo cases with their worker, complainant, documents,
timeline and status changes, then timeline events and case edits made through the
services, topped up to exactly 10,000); A syncs (push), then PC B of SBY syncs (pull). The
server is the real app on uvicorn in this process (tests.bench.sync_env.BenchServer) over a
SQLite file, then over a fresh PostgreSQL database (dropped afterwards).

Baselines (issue 15), from the same run; the target is <= 1.5x:
- push: the very bytes A sent and received, POSTed with one requests.Session to a trivial
  endpoint of the same app on the same uvicorn (the HTTP share), plus a raw executemany of
  the same changes' rows (each entity's final row, the audit entries, the change-log rows;
  tests.bench.sync_pg.raw_rows) into the server's tables in one transaction, on a database
  as it was before the push (a copy of the SQLite file; a fresh PostgreSQL database);
- pull: the bytes B sent and received, the same way, plus a raw executemany of the rows
  the pull leaves (each table's final rows, the change-log rows) into a new SQLCipher store
  made as make_pc makes one, in one transaction (tests.bench.sync_env.raw_store_insert).
  The store's digest triggers are dropped first: they are the pull's bookkeeping (each
  written row marks its case), not the raw work of writing the rows.
Wire bytes are SyncTransport.stats; the reference size is the gzip (level 6, as the
protocol's) of the compact JSON of exactly the changes' wire dicts (SQLite run).
A missed time target prints a short profile of both sides: the server's sync handler
replayed with the same bodies on a database as it was before (push; the pull's on SQLite),
a third PC's same pull and a fourth PC's push of as many changes of its own (the client
side; the server then runs in another thread: its time shows as waiting in recv).
"""

from __future__ import annotations

import cProfile
import gzip
import json
import math
import random
import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop.demo.generator import bulk_generate
from desktop.sync.engine import SyncReport, _wire
from sync import protocol
from sync.server.api.routes.sync import _sync
from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.db.tables import devices
from sync.server.services.actor import Actor
from sync.server.setup import migrate_and_seed
from tests.bench.run import Figure, failed, profile_report
from tests.bench.sync_env import (
    STAFF,
    BenchPc,
    BenchServer,
    Exchange,
    enrol_direct,
    make_pc,
    raw_store_insert,
    real_time,
    received_changes,
    replay,
    sqlite_context,
    sqlite_copy,
)
from tests.bench.sync_pg import (
    PG_DEFAULT,
    PG_ENV,
    pg_admin_url,
    raw_rows,
    write_raw,
)
from tests.server.helpers import pg_database

CHANGES = 10_000
SEED = 20_241_122
EVENT_TYPES = ("informasi", "konsultasi", "klarifikasi_pptkis", "koordinasi_perwakilan",
               "koordinasi_pusat", "mediasi", "pendampingan_hukum", "catatan", "rujukan")
SUMMARIES = (
    "Menghubungi PPTKIS, dijanjikan jawaban dalam 3 hari kerja.",
    "Keluarga datang menanyakan perkembangan; dijelaskan langkah berikutnya.",
    "Surat ke perwakilan RI dikirim melalui surel, menunggu tanggapan.",
    "Mediasi dengan agensi dijadwalkan ulang atas permintaan pihak perusahaan.",
    "Dokumen tambahan diterima dan diperiksa petugas.",
    "Koordinasi dengan dinas tenaga kerja kabupaten mengenai data keberangkatan.",
)
IDLE_LIMIT = 1024
TIME_TARGET = 1.5  # push, pull: at most this times echo + raw executemany of the same rows
RAW_RUNS = 3  # each raw baseline's median (--quick: one)


def compact_gzip(wire_dicts: list[dict]) -> int:
    raw = json.dumps(wire_dicts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return len(gzip.compress(raw, compresslevel=6, mtime=0))


def record_changes(pc, total: int, seed: int) -> dict[str, int]:
    """Exactly `total` new pending changes on the PC: ~3/4 demo cases, then events, edits."""
    core, replica = pc.core, pc.replica
    before = replica.pending_count()
    rng = random.Random(seed)
    bulk_generate(core, max(1, total * 3 // 4 // 24), seed=seed)
    cases = core.store.query("SELECT id, case_number FROM cases ORDER BY seq")
    events = edits = 0
    while (left := total - (replica.pending_count() - before)) > 0:
        case_id, number = rng.choice(cases)
        if left > total // 20:  # an event: the event row and the case's updated_at
            core.cases.add_event(number, rng.choice(EVENT_TYPES), rng.choice(SUMMARIES))
            events += 1
        else:  # an edit of one case field (one change)
            with core.write() as tx:
                tx.update("case", case_id, {
                    "description": f"{rng.choice(SUMMARIES)} (koreksi {edits + 1})",
                    "updated_at": tx.now})
            edits += 1
    made = replica.pending_count() - before
    if made != total:
        raise RuntimeError(f"recorded {made} changes, not {total}")
    mix: dict[str, int] = {}
    for entity, op, n in core.store.query(
            "SELECT entity, op, count(*) FROM changes WHERE pushed_at IS NULL GROUP BY 1, 2"):
        mix[f"{entity}.{op}"] = n
    return mix


def sync_requests(exchanges: list[Exchange]) -> list[Exchange]:
    return [ex for ex in exchanges if ex.path == protocol.SYNC_PATH]


@contextmanager
def sqlite_state(src: Path, tmp: Path) -> Iterator[ServerContext]:
    """A server context on a fresh copy of the SQLite database `src`, removed afterwards."""
    copy = tmp / f"state-{uuid.uuid4().hex[:8]}-{src.name}"
    sqlite_copy(src, copy)
    ctx = sqlite_context(copy)
    try:
        yield ctx
    finally:
        ctx.close()
        for path in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")):
            path.unlink(missing_ok=True)


@contextmanager
def fresh_pg(admin_url: str) -> Iterator[ServerContext]:
    """A server context on a new, migrated and seeded PostgreSQL database (dropped after)."""
    with pg_database(admin_url, prefix="halotki_bench") as db_url:
        ctx = ServerContext.create(Settings(database_url=db_url, fast_kdf=True), real_time)
        try:
            migrate_and_seed(ctx)
            yield ctx
        finally:
            ctx.close()


# -- the server's share, replayed -----------------------------------------------------------

ReplayState = Callable[[], AbstractContextManager[tuple[ServerContext, Actor]]]


def server_replay(state: ReplayState, exchanges: list[Exchange], profile: bool
                  ) -> tuple[float, str]:
    """Seconds the server's sync handler (_sync: parse, apply, pull, checksum) takes for the
    same request bodies, on a database as it was before: the server's share. With
    `profile`, once more under cProfile on another such database (the timing unprofiled)."""
    messages = [protocol.decode(ex.sent) for ex in sync_requests(exchanges)]
    seconds, report = 0.0, ""
    for run in range(2 if profile else 1):
        with state() as (ctx, actor):
            prof = cProfile.Profile() if run else None
            start = time.perf_counter()
            if prof:
                prof.enable()
            for msg in messages:
                _sync(ctx, actor, msg)
            if prof:
                prof.disable()
                report = profile_report(prof)
            else:
                seconds = time.perf_counter() - start
    return seconds, report


def _actor(device_id: str) -> Actor:
    return Actor(user=STAFF, device=device_id, office_code="SBY", national=False,
                 request_id="bench-replay")


def _letter(ctx: ServerContext, device_id: str) -> str:
    with ctx.db.read() as conn:
        return conn.scalar(select(devices.c.device_letter).where(devices.c.id == device_id))


def pg_replay_state(admin_url: str, letters: list[str], setup: list[Exchange]) -> ReplayState:
    """A fresh PostgreSQL database where devices of SBY were enrolled in the same order (so
    they have the same letters) and PC A's set-up sync was replayed: the state before the
    push, for the first device's actor."""
    @contextmanager
    def state() -> Iterator[tuple[ServerContext, Actor]]:
        with fresh_pg(admin_url) as ctx:
            made = [enrol_direct(ctx, "SBY", f"PC-replay-{n}") for n in range(len(letters))]
            if [m.device_letter for m in made] != letters:
                raise RuntimeError("the replay's devices did not get the same letters")
            actor = _actor(made[0].credential.device_id)
            for msg in (protocol.decode(ex.sent) for ex in sync_requests(setup)):
                _sync(ctx, actor, msg)
            yield ctx, actor
    return state


# -- the raw baselines ---------------------------------------------------------------------

def raw_push_s(state: Callable[[], AbstractContextManager[ServerContext]],
               changes: list[dict], office: str, runs: int) -> float:
    """Median seconds of a raw executemany of the rows the push leaves, in one transaction,
    each run on its own database as it was before the push."""
    times = []
    for _ in range(runs):
        with state() as ctx:
            writes, log = raw_rows(changes, office, real_time())
            start = time.perf_counter()
            with ctx.db.write() as conn:
                write_raw(conn, writes, log)
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_pull_s(root: Path, received: list[dict], runs: int) -> float:
    """Median seconds of a raw executemany of the rows the pull leaves into a new SQLCipher
    store (no digest triggers), in one transaction; each run its own store."""
    return statistics.median(
        raw_store_insert(root / f"raw-store-{n}", "SBY", received)[0] for n in range(runs))


# -- one push and one pull ---------------------------------------------------------------

def _recorded_sync(pc: BenchPc) -> tuple[SyncReport, float, list[Exchange]]:
    """One timed sync of `pc` with its HTTP exchanges recorded: (report, seconds, exchanges)."""
    pc.session.recording = True
    start = time.perf_counter()
    report = pc.sync()
    seconds = time.perf_counter() - start
    pc.session.recording = False
    return report, seconds, pc.session.take()


@dataclass
class PairRun:
    """PC A's push of CHANGES and PC B's pull of them, with the echo of the same bytes."""

    a: BenchPc
    b: BenchPc
    letters: list[str]  # A's and B's device letters
    setup: list[Exchange]  # A's first sync (its accounts and audit entries)
    mix: dict[str, int]
    pushed: list[dict]  # the wire dicts A pushed
    push: SyncReport
    push_s: float
    push_ex: list[Exchange]
    pull: SyncReport
    pull_s: float
    pull_ex: list[Exchange]
    push_echo: float = 0.0
    pull_echo: float = 0.0

    @property
    def pulled(self) -> list[dict]:
        return received_changes(self.pull_ex)


def push_and_pull(server: BenchServer, ctx: ServerContext, root: Path, pcs: list[BenchPc],
                  before: Callable[[str], None]) -> PairRun:
    """A records CHANGES and pushes them, B pulls them; before("push") and before("pull")
    run just before each (the SQLite run copies its database there)."""
    a = make_pc(server.url, ctx, root, "SBY", "loopback-A")
    pcs.append(a)
    b = make_pc(server.url, ctx, root, "SBY", "loopback-B")
    pcs.append(b)
    _, _, setup = _recorded_sync(a)
    b.sync()  # their own set-up (accounts) is on the server: only the 10,000 remain
    letters = [_letter(ctx, pc.credential.device_id) for pc in (a, b)]

    print(f"  recording {CHANGES:,} changes on PC A ...", flush=True)
    started = time.perf_counter()
    mix = record_changes(a, CHANGES, SEED)
    print(f"  recorded in {time.perf_counter() - started:.1f} s: "
          + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())), flush=True)
    pushed = [_wire(c) for c in a.replica.pending(CHANGES + 1)]
    before("push")
    print("  push (PC A syncs) ...", flush=True)
    push, push_s, push_ex = _recorded_sync(a)
    before("pull")
    print("  pull (PC B syncs) ...", flush=True)
    pull, pull_s, pull_ex = _recorded_sync(b)
    run = PairRun(a, b, letters, setup, mix, pushed, push, push_s, push_ex, pull, pull_s,
                  pull_ex)
    print("  baseline: the same bytes to the echo endpoint ...", flush=True)
    run.push_echo = replay(server.url, push_ex)
    run.pull_echo = replay(server.url, pull_ex)
    return run


def profile_pull(server: BenchServer, ctx: ServerContext, root: Path, pcs: list[BenchPc]
                 ) -> str:
    """A third PC's pull of the same changes under cProfile (the client side)."""
    print("  profiling PC C's pull (client side) ...", flush=True)
    c = make_pc(server.url, ctx, root, "SBY", "loopback-C")
    pcs.append(c)
    prof = cProfile.Profile()
    prof.enable()
    c.sync()
    prof.disable()
    return profile_report(prof)


def profile_push(server: BenchServer, ctx: ServerContext, root: Path, pcs: list[BenchPc]
                 ) -> str:
    """A fourth PC's push of CHANGES changes of its own under cProfile (the client side);
    it first takes what the others pushed (not profiled)."""
    print("  profiling PC D's push (client side) ...", flush=True)
    d = make_pc(server.url, ctx, root, "SBY", "loopback-D")
    pcs.append(d)
    d.sync()
    record_changes(d, CHANGES, SEED + 1)
    prof = cProfile.Profile()
    prof.enable()
    d.sync()
    prof.disable()
    return profile_report(prof)


def time_figures(prefix: str, where: str, run: PairRun, push_raw: float, pull_raw: float,
                 runs: int, push_share: str) -> list[Figure]:
    """The push, the pull and both, each against its echo + raw executemany."""
    push_base, pull_base = run.push_echo + push_raw, run.pull_echo + pull_raw
    total_s, total_base = run.push_s + run.pull_s, push_base + pull_base
    target = f"ratio <= {TIME_TARGET}"
    return [
        Figure(f"{prefix}_push_10k_s", run.push_s, "s", push_base, target,
               run.push_s <= TIME_TARGET * push_base,
               f"{where}: {run.push.pushed:,} changes in {run.push.requests} requests; baseline:"
               f" echo of the same bytes {run.push_echo:.3f} s + raw executemany of the same "
               f"rows {push_raw:.3f} s (median of {runs}); {push_share}; mix: "
               + ", ".join(f"{k} {v}" for k, v in sorted(run.mix.items()))),
        Figure(f"{prefix}_pull_10k_s", run.pull_s, "s", pull_base, target,
               run.pull_s <= TIME_TARGET * pull_base,
               f"{where}: {run.pull.pulled:,} changes in {run.pull.requests} requests; "
               f"baseline: echo of the same bytes {run.pull_echo:.3f} s + raw executemany of "
               f"the same rows into a new SQLCipher store {pull_raw:.3f} s (median of {runs})"),
        Figure(f"{prefix}_push_pull_10k_s", total_s, "s", total_base, target,
               total_s <= TIME_TARGET * total_base, f"{where}: the two above together"),
    ]


def _missed(run: PairRun, push_raw: float, pull_raw: float) -> tuple[bool, bool]:
    return (run.push_s > TIME_TARGET * (run.push_echo + push_raw),
            run.pull_s > TIME_TARGET * (run.pull_echo + pull_raw))


# -- SQLite ---------------------------------------------------------------------------------

def _sqlite_loopback(tmp: Path, profile: bool, runs: int
                     ) -> tuple[list[Figure], dict[str, str]]:
    profiles: dict[str, str] = {}
    db = tmp / "loopback-server.db"
    ctx = sqlite_context(db)
    pcs: list[BenchPc] = []

    def keep_state(moment: str) -> None:
        sqlite_copy(db, tmp / f"before-{moment}.db")

    try:
        with BenchServer(ctx) as server:
            run = push_and_pull(server, ctx, tmp, pcs, keep_state)
            a = run.a
            print("  idle sync (PC A again) ...", flush=True)
            a.session.recording = True
            start = time.perf_counter()
            idle = a.sync()
            idle_s = time.perf_counter() - start
            a.session.recording = False
            idle_ex = a.session.take()
            idle_base = replay(server.url, idle_ex, runs=5)
            # Head and body as they cross the wire, through a counting proxy.
            try:
                idle_http = _idle_through_proxy(a, server)
            except ImportError as exc:  # tests/sync/fault_proxy.py is not there
                idle_http = {"up": idle.bytes_up, "down": idle.bytes_down, "bare_up": 0,
                             "bare_down": 0, "missing": repr(exc)}
            print(f"  raw baselines ({runs} run(s) each) ...", flush=True)
            pulled = run.pulled
            pull_raw = raw_pull_s(tmp, pulled, runs)
            push_raw = raw_push_s(lambda: sqlite_state(tmp / "before-push.db", tmp),
                                  run.pushed, "SBY", runs)
            push_missed, pull_missed = _missed(run, push_raw, pull_raw)
            if profile or pull_missed:
                profiles["sync_pull_10k client (PC C, same pull, SQLite)"] = profile_pull(
                    server, ctx, tmp, pcs)
            if profile or push_missed:
                profiles["sync_push_10k client (PC D, a push of its own, SQLite)"] = \
                    profile_push(server, ctx, tmp, pcs)
    finally:
        for pc in pcs:
            pc.close()
        ctx.close()

    print("  server share: _sync on a copy of the database, same bodies ...", flush=True)

    @contextmanager
    def before(moment: str, pc: BenchPc) -> Iterator[tuple[ServerContext, Actor]]:
        with sqlite_state(tmp / f"before-{moment}.db", tmp) as state:
            yield state, _actor(pc.credential.device_id)

    push_server_s, push_prof = server_replay(lambda: before("push", run.a), run.push_ex,
                                             profile or push_missed)
    pull_server_s, pull_prof = server_replay(lambda: before("pull", run.b), run.pull_ex,
                                             profile or pull_missed)
    if push_prof:
        profiles["sync_push_10k server (_sync replay, SQLite)"] = push_prof
    if pull_prof:
        profiles["sync_pull_10k server (_sync replay, SQLite)"] = pull_prof

    figures = time_figures("sync", "SQLite", run, push_raw, pull_raw, runs,
                           f"server handler {push_server_s:.2f} s (direct _sync replay), "
                           f"client and HTTP the rest")
    figures[1].note += f"; server handler {pull_server_s:.2f} s (direct _sync replay)"
    return figures + _wire_figures(run, pulled, idle, idle_s, idle_base, idle_http), profiles


def _wire_figures(run: PairRun, pulled: list[dict], idle: SyncReport, idle_s: float,
                  idle_base: float, idle_http: dict) -> list[Figure]:
    """Bytes against gzip, requests per batch, the idle sync (the SQLite run's)."""
    push, pull = run.push, run.pull
    push_ref, pull_ref = compact_gzip(run.pushed), compact_gzip(pulled)
    push_batches = math.ceil(len(run.pushed) / protocol.MAX_PUSH)
    pull_batches = math.ceil(len(pulled) / protocol.MAX_PULL)
    push_bytes = push.bytes_up + push.bytes_down
    pull_bytes = pull.bytes_up + pull.bytes_down
    return [
        Figure("sync_push_10k_wire_bytes", push_bytes, "B", push_ref, "ratio <= 1.15",
               push_bytes <= 1.15 * push_ref,
               f"up {push.bytes_up:,} + down {push.bytes_down:,} (acks); baseline: gzip of the "
               f"{len(run.pushed):,} changes' compact JSON"),
        Figure("sync_pull_10k_wire_bytes", pull_bytes, "B", pull_ref, "ratio <= 1.15",
               pull_bytes <= 1.15 * pull_ref,
               f"up {pull.bytes_up:,} + down {pull.bytes_down:,}; baseline: gzip of the "
               f"{len(pulled):,} received changes' compact JSON"),
        Figure("sync_push_requests_per_batch", push.requests / push_batches, "req", 1.0, "== 1",
               push.requests == push_batches,
               f"{push.requests} requests / ceil({len(run.pushed):,} / MAX_PUSH "
               f"{protocol.MAX_PUSH}) = {push_batches}"),
        Figure("sync_pull_requests_per_batch", pull.requests / pull_batches, "req", 1.0, "== 1",
               pull.requests == pull_batches,
               f"{pull.requests} requests / ceil({len(pulled):,} / MAX_PULL "
               f"{protocol.MAX_PULL}) = {pull_batches}"),
        Figure("sync_idle_requests", idle.requests, "req", 1, "== 1", idle.requests == 1),
        Figure("sync_idle_bytes_up", idle_http["up"], "B", idle.bytes_up, "< 1024 B",
               idle_http["up"] < IDLE_LIMIT and "missing" not in idle_http,
               idle_http.get("missing", "HTTP head + body through a counting proxy") +
               f"; baseline: the body alone ({idle.bytes_up} B); a bare POST of it: "
               f"{idle_http['bare_up']} B"),
        Figure("sync_idle_bytes_down", idle_http["down"], "B", idle.bytes_down, "< 1024 B",
               idle_http["down"] < IDLE_LIMIT and "missing" not in idle_http,
               idle_http.get("missing", "HTTP head + body") +
               f"; baseline: the body alone ({idle.bytes_down} B); a bare answer of that "
               f"size: {idle_http['bare_down']} B"),
        Figure("sync_idle_ms", idle_s * 1000, "ms", idle_base * 1000, "(report)", True,
               "whole run: one round, then the PC's running scope total compared with the "
               "server's; baseline: the same request and answer bytes to the echo endpoint "
               "(median of 5)"),
    ]


# -- PostgreSQL -----------------------------------------------------------------------------

def _pg_loopback(tmp: Path, admin_url: str, profile: bool, runs: int
                 ) -> tuple[list[Figure], dict[str, str]]:
    profiles: dict[str, str] = {}
    pcs: list[BenchPc] = []
    with fresh_pg(admin_url) as ctx:
        try:
            with BenchServer(ctx) as server:
                run = push_and_pull(server, ctx, tmp, pcs, lambda moment: None)
                print(f"  raw baselines ({runs} run(s) each) ...", flush=True)
                pull_raw = raw_pull_s(tmp, run.pulled, runs)
                push_raw = raw_push_s(lambda: fresh_pg(admin_url), run.pushed, "SBY", runs)
                push_missed, pull_missed = _missed(run, push_raw, pull_raw)
                if profile or pull_missed:
                    profiles["sync_pg_pull_10k client (PC C, same pull, PostgreSQL)"] = \
                        profile_pull(server, ctx, tmp, pcs)
                if profile or push_missed:
                    profiles["sync_pg_push_10k client (PC D, a push of its own, PostgreSQL)"] = \
                        profile_push(server, ctx, tmp, pcs)
        finally:
            for pc in pcs:
                pc.close()
    print("  server share: _sync on a fresh PostgreSQL database, same bodies ...", flush=True)
    push_server_s, push_prof = server_replay(pg_replay_state(admin_url, run.letters, run.setup),
                                             run.push_ex, profile or push_missed)
    if push_prof:
        profiles["sync_pg_push_10k server (_sync replay, PostgreSQL)"] = push_prof
    return time_figures("sync_pg", "PostgreSQL", run, push_raw, pull_raw, runs,
                        f"server handler {push_server_s:.2f} s (direct _sync replay on a fresh "
                        f"database), client and HTTP the rest"), profiles


def bench_loopback(tmp: Path, profile: bool = False, quick: bool = False,
                   backends: tuple[str, ...] = ("sqlite", "pg")
                   ) -> tuple[list[Figure], dict[str, str]]:
    """The figures on SQLite, then on PostgreSQL (a failed figure when it is unreachable).
    --quick: one raw run per baseline instead of RAW_RUNS."""
    runs = 1 if quick else RAW_RUNS
    figures: list[Figure] = []
    profiles: dict[str, str] = {}
    if "sqlite" in backends:
        (tmp / "sqlite").mkdir(exist_ok=True)
        figs, profs = _sqlite_loopback(tmp / "sqlite", profile, runs)
        figures += figs
        profiles.update(profs)
    if "pg" in backends:
        admin_url = pg_admin_url()
        if admin_url is None:
            reason = f"PostgreSQL unreachable (${PG_ENV} or {PG_DEFAULT})"
            figures += [failed(f"sync_pg_{what}_10k_s", "s", reason)
                        for what in ("push", "pull", "push_pull")]
        else:
            print("  the same on PostgreSQL ...", flush=True)
            (tmp / "pg").mkdir(exist_ok=True)
            figs, profs = _pg_loopback(tmp / "pg", admin_url, profile, runs)
            figures += figs
            profiles.update(profs)
    return figures, profiles


def _idle_through_proxy(pc, server) -> dict[str, int]:
    """Bytes of one idle sync as they cross the wire (head and body), through the fault proxy
    unshaped; and of a bare POST of the same body to the echo endpoint, for comparison."""
    import requests

    from tests.bench.sync_env import ECHO_PATH, REPLY_HEADER
    from tests.sync.fault_proxy import FaultProxy

    with FaultProxy(server.port) as proxy:
        report = pc.sync(proxy.url)
        if report.requests != 1:
            raise RuntimeError(f"idle sync made {report.requests} requests")
        seen = list(proxy.seen)
        with requests.Session() as s:
            s.trust_env = False
            s.post(proxy.url + ECHO_PATH, data=bytes(report.bytes_up),
                   headers={REPLY_HEADER: str(report.bytes_down)})
        bare = proxy.seen[len(seen):]
    return {"up": sum(x.forwarded_up for x in seen), "down": sum(x.forwarded_down for x in seen),
            "bare_up": bare[0].forwarded_up, "bare_down": bare[0].forwarded_down}
