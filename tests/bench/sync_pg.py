"""The server on PostgreSQL: ingest of pushed changes, and 200 devices syncing at once
(tests.bench.sync_bench).

Each part has a fresh database, created for it and dropped afterwards
(tests.server.helpers). The changes are real desktop changes: a template office store is
filled by the demo bulk writer, and its outbox, case by case, is copied for each device
(tests.bench.scope_factory.copy_case: new ids, change ids, case numbers with the device's
letter, the device's office and clock, `base` mapped onto the new clocks), so every device
pushes what a desktop of its office would have.

- Ingest: the same batches of whole cases (at most MAX_PUSH changes) go once through the
  /sync endpoint's apply path (parse_change, the reference, apply_push, in one write
  transaction per batch, as the route runs it) and once, copied again, as a raw
  SQLAlchemy Core executemany of the same rows into the same tables (each entity's final
  row, and every change-log row), one transaction per batch. Alternating, so both see the
  same table sizes.
- Devices: the server runs as `serve --workers 3` does (tests.bench.sync_server), 200
  enrolled devices of 10 offices (an office has at most 25 letters), one thread each with
  its own CentralClient and SyncTransport, driving the protocol directly: no desktop store,
  but a model of one (ModelReplica: rows merged field by field by clock, as a PC merges).
  Each device syncs once (the directory; not timed), then all at once a bounded run: 5
  incremental syncs each (3 with --quick), each pushing the next 1-8 changes of that
  device's stream and pulling what the others of its office pushed, rounds until nothing
  more. Latency is per round (SyncTransport.round). Baseline: the same threads, think
  times and request bodies to the echo endpoint, answered with bodies of the same sizes.
  Then every device catches up: its state checksum must equal the one the server answers
  for its scope, and it must hold every change the others of its office pushed.
"""

from __future__ import annotations

import cProfile
import os
import random
import statistics
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import requests
from sqlalchemy import Connection, Table, insert

from desktop.sync.api import CentralClient
from desktop.sync.transport import SyncTransport
from sync import protocol
from sync.hlc import HybridClock
from sync.server.config import Settings
from sync.server.context import ServerContext
from sync.server.db.tables import ENTITY_TABLES, audit_log
from sync.server.db.tables import changes as changes_table
from sync.server.services import reference as reference_service
from sync.server.services.actor import Actor
from sync.server.services.changelog import _json
from sync.server.services.digests import EVERY_OFFICE
from sync.server.services.sync_apply import apply_push
from sync.server.setup import migrate_and_seed
from tests.bench.run import Figure, profile_report
from tests.bench.scope_factory import copy_case, demo_template
from tests.bench.sync_env import ECHO_PATH, PARENTS, REPLY_HEADER, STAFF, enrol_direct
from tests.bench.sync_server import ServerProcess
from tests.server.helpers import libpq, pg_database

PG_ENV = "HALOTKI_TEST_PG_URL"
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/postgres"
OFFICES = ("SBY", "SMG", "MTR", "KPG", "MDN")
# 200 devices need more offices than letters in one (enrolment.DEVICE_LETTERS: 25 each).
DEVICE_OFFICES = ("SBY", "SMG", "MTR", "KPG", "MDN", "NNK", "SRG", "BDG", "DPS", "MKS")
DEVICES = 200
WORKERS = 3
THINK_S = (0.5, 1.5)  # between two syncs of a device
PUSH_PER_SYNC = (1, 8)
TEMPLATE_CASES = 120
SEED = 20_241_124


def pg_admin_url() -> str | None:
    url = os.environ.get(PG_ENV) or PG_DEFAULT
    try:
        with psycopg.connect(libpq(url), connect_timeout=5):
            return url
    except psycopg.Error:
        return None


# -- the devices that push demo cases (scope_factory.copy_case) --------------------------------

@dataclass
class Device:
    office: str
    device_id: str
    letter: str
    credential: object
    clock: HybridClock = field(init=False)
    numbers: int = 0

    def __post_init__(self) -> None:
        self.clock = HybridClock(self.device_id[:8])

    def tick(self) -> str:
        return self.clock.tick()


def batches(bundles: list[list[dict]], limit: int = protocol.MAX_PUSH) -> list[list[list[dict]]]:
    """Whole cases per batch, at most `limit` changes."""
    out: list[list[list[dict]]] = [[]]
    size = 0
    for b in bundles:
        if size + len(b) > limit and out[-1]:
            out.append([])
            size = 0
        out[-1].append(b)
        size += len(b)
    return out


# -- ingest -------------------------------------------------------------------------------

def raw_rows(changes: list[dict], office: str, now: datetime
             ) -> tuple[list[tuple[Table, list[dict]]], list[dict]]:
    """What the server ends with after applying `changes` pushed by a device of `office`:
    each entity's final row (parents first), the audit entries, and the change-log rows.
    Every row is taken as new: the changes insert what they update."""
    final: dict[str, dict[str, dict]] = defaultdict(dict)
    audit: list[dict] = []
    log = []
    for ch in changes:
        entity = ch["entity"]
        if entity == "audit":
            audit.append(_audit_row(ch, office))
        elif entity not in protocol.PUSH_ONLY:
            final[entity].setdefault(ch["entity_id"], {"id": ch["entity_id"]}).update(ch["fields"])
        scope = EVERY_OFFICE if entity in protocol.DIRECTORY else office
        log.append({"change_id": ch["change_id"], "entity": entity,
                    "entity_id": ch["entity_id"], "op": ch["op"], "fields": _json(ch["fields"]),
                    "hlc": ch["hlc"], "user": ch["user"], "device": ch["device"],
                    "created_at": ch["created_at"], "case_id": ch["case_id"],
                    "base": _json(ch.get("base", {})), "office_code": scope,
                    "left_office": "", "received_at": now})
    writes = []
    order = [e for e in PARENTS if e in final] + sorted(set(final) - set(PARENTS))
    for entity in order:
        table = ENTITY_TABLES[entity]
        writes.append((table, [{k: v for k, v in row.items() if k in table.c}
                               for row in final[entity].values()]))
    if audit:
        writes.append((audit_log, audit))
    return writes, log


def _audit_row(ch: dict, office: str) -> dict:
    """An audit entry as the server keeps a PC's (sync_apply._keep_record)."""
    row = ch["fields"]
    return {"id": str(row.get("id") or ch["entity_id"])[:36], "at": str(row.get("at", "")),
            "user": str(row.get("user", "")), "device": ch["device"],
            "action": str(row.get("action", "")), "target": str(row.get("target", "")),
            "detail": str(row.get("detail", "")), "office_code": office,
            "request_id": "bench-raw"}


def write_raw(conn: Connection, writes: list[tuple[Table, list[dict]]], log: list[dict]
              ) -> None:
    """One executemany per table and shape of row, then the change log."""
    for table, rows in writes:
        shapes: dict[tuple, list[dict]] = defaultdict(list)
        for row in rows:
            shapes[tuple(sorted(row))].append(row)
        for group in shapes.values():
            conn.execute(insert(table), group)
    conn.execute(insert(changes_table), log)


def apply_batch(ctx: ServerContext, actor: Actor, changes: list[dict]) -> int:
    """What POST /sync does with a batch, minus HTTP and gzip; returns the refused count."""
    items = [protocol.parse_change(c) for c in changes]
    with ctx.db.write() as conn:
        result = apply_push(conn, actor, datetime.now(UTC), items, reference_service.load(conn))
    return len(result.rejected)


def raw_batch(ctx: ServerContext, office: str, changes: list[dict]) -> None:
    """The same rows as a raw executemany per table, in one transaction."""
    writes, log = raw_rows(changes, office, datetime.now(UTC))
    with ctx.db.write() as conn:
        write_raw(conn, writes, log)


def ingest(ctx: ServerContext, devices: list[Device], bundles: list[list[dict]], total: int,
           profile: bool) -> tuple[Figure, str]:
    """apply_push vs raw executemany of the same rows, batch by batch, alternating. With
    `profile` or a missed target, two more batches go through apply_push under cProfile."""
    ours_s = raw_s = 0.0
    ours_n = raw_n = 0
    rejected = 0
    per_office = max(1, total // len(OFFICES))
    actors = {}
    for office in OFFICES:
        dev = next(d for d in devices if d.office == office)
        actors[office] = actor = Actor(user=STAFF, device=dev.device_id, office_code=office,
                                       national=False, request_id="bench-ingest")
        picked, n = [], 0
        rng = random.Random(f"{SEED}-{office}")
        while n < per_office:
            b = rng.choice(bundles)
            picked.append(b)
            n += len(b)
        for group in batches(picked):
            mine = [c for b in group for c in copy_case(b, dev)]
            theirs = [c for b in group for c in copy_case(b, dev)]
            start = time.perf_counter()
            rejected += apply_batch(ctx, actor, mine)
            ours_s += time.perf_counter() - start
            ours_n += len(mine)
            start = time.perf_counter()
            raw_batch(ctx, office, theirs)
            raw_s += time.perf_counter() - start
            raw_n += len(theirs)
    ours, raw = ours_n / ours_s, raw_n / raw_s
    fig = Figure("sync_pg_ingest_changes_per_s", ours, "ch/s", raw, "ratio >= 0.33",
                 ours / raw >= 1 / 3 and rejected == 0,
                 f"{ours_n:,} changes through apply_push ({ours_s:.2f} s, {rejected} refused) vs "
                 f"{raw_n:,} as raw executemany ({raw_s:.2f} s), batches of whole cases "
                 f"<= {protocol.MAX_PUSH}")
    report = ""
    if profile or not fig.ok:  # two more batches through apply_push (not timed)
        office = OFFICES[0]
        dev = next(d for d in devices if d.office == office)
        prof = cProfile.Profile()
        for group in batches(bundles[:40])[:2]:
            mine = [c for b in group for c in copy_case(b, dev)]
            prof.enable()
            apply_batch(ctx, actors[office], mine)
            prof.disable()
        report = profile_report(prof)
    return fig, report


# -- 200 devices at once ------------------------------------------------------------------

class ModelReplica:
    """What a device holds, kept as a desktop keeps it (a row arrives with its insert; then
    field by field, the newer clock wins; append-only rows never change), from what it
    pushed and what it received: its state checksum then compares with the server's for its
    scope without a store per device."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, str], dict] = {}
        self.versions: dict[tuple[str, str], dict[str, str]] = {}

    def apply(self, ch: dict) -> None:
        entity = ch["entity"]
        if entity in protocol.PUSH_ONLY:
            return
        key = (entity, ch["entity_id"])
        row = self.rows.get(key)
        if row is None:
            if ch["op"] == "insert":  # an update of a row not here is an orphan, as on a PC
                self.rows[key] = {**ch["fields"], "id": ch["entity_id"]}
                self.versions[key] = dict.fromkeys(ch["fields"], ch["hlc"])
            return
        if entity in protocol.APPEND_ONLY:
            return
        versions = self.versions[key]
        for name, value in ch["fields"].items():
            if name != "id" and ch["hlc"] > versions.get(name, ""):
                row[name] = value
                versions[name] = ch["hlc"]

    def checksum(self) -> str:
        return protocol.scope_checksum((entity, row) for (entity, _), row in self.rows.items())


@dataclass
class DeviceRun:
    dev: Device
    stream: list[dict]
    cursor: int = 0
    model: ModelReplica = field(default_factory=ModelReplica)
    checksum: str | None = None  # the server's for the device's scope, at its last round
    latencies: list[float] = field(default_factory=list)
    script: list[tuple[float, bytes, int]] = field(default_factory=list)  # think, body, answer
    pushed: set[str] = field(default_factory=set)
    received: set[str] = field(default_factory=set)
    rejected: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def converged(self) -> bool:
        return self.checksum is not None and self.checksum == self.model.checksum()


def _rounds(transport: SyncTransport, run: DeviceRun, batch: list[dict], think: float,
            measure: bool) -> None:
    for ch in batch:  # a PC writes its changes before it pushes them
        run.model.apply(ch)
    while True:
        # Like the engine: the checksum is asked for on the last round of a sync.
        message = {"cursor": run.cursor, "changes": batch, "check": True}
        before = transport.stats.bytes_down
        start = time.perf_counter()
        answer = transport.round(message)
        elapsed = time.perf_counter() - start
        if measure:
            run.latencies.append(elapsed)
            body = protocol.encode({"v": protocol.VERSION, **message})
            run.script.append((think, body, transport.stats.bytes_down - before))
        think = 0.0
        refused = {r["id"] for r in answer["rejected"]}
        run.pushed.update(c["change_id"] for c in batch[:answer["acked"]]
                          if c["change_id"] not in refused)
        run.rejected += len(answer["rejected"])
        for ch in answer["changes"]:
            run.received.add(ch["change_id"])
            run.model.apply(ch)
        run.cursor = max(run.cursor, answer["cursor"])
        batch = []
        if not answer["more"]:
            run.checksum = answer.get("checksum")
            return


def catch_up(url: str, run: DeviceRun) -> None:
    """Rounds without changes until nothing more waits (not timed)."""
    with CentralClient(url, run.dev.credential, user=STAFF) as client:
        _rounds(SyncTransport(client), run, [], 0.0, measure=False)


def device_thread(url: str, run: DeviceRun, syncs: int, start: threading.Barrier) -> None:
    rng = random.Random(run.dev.device_id)
    client = CentralClient(url, run.dev.credential, user=STAFF)
    transport = SyncTransport(client)
    pos = 0
    try:
        start.wait()
        for _ in range(syncs):
            think = rng.uniform(*THINK_S)
            time.sleep(think)
            k = rng.randint(*PUSH_PER_SYNC)
            batch, pos = run.stream[pos:pos + k], pos + k
            _rounds(transport, run, batch, think, measure=True)
    except Exception as exc:  # reported, and fails the figure
        run.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        client.close()


def echo_thread(url: str, run: DeviceRun, out: list[float], start: threading.Barrier) -> None:
    with requests.Session() as session:
        session.trust_env = False
        headers = {"Content-Type": protocol.CONTENT_TYPE}
        start.wait()
        for think, body, size in run.script:
            time.sleep(think)
            t = time.perf_counter()
            resp = session.post(url + ECHO_PATH, data=body,
                                headers={**headers, REPLY_HEADER: str(size)})
            resp.content  # noqa: B018 - read it all, as the sync client does
            out.append(time.perf_counter() - t)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def _stream(dev: Device, bundles: list[list[dict]], size: int, rng: random.Random) -> list[dict]:
    stream: list[dict] = []
    while len(stream) < size:
        stream += copy_case(rng.choice(bundles), dev)
    return stream


def enrol_devices(ctx: ServerContext, count: int, offices: tuple[str, ...]) -> list[Device]:
    out = []
    for i in range(count):
        office = offices[i % len(offices)]
        e = enrol_direct(ctx, office, f"PC-{office}-{i // len(offices) + 1}")
        out.append(Device(office, e.credential.device_id, e.device_letter, e.credential))
    return out


def solo_device(url: str, dev: Device, bundles: list[list[dict]], syncs: int
                ) -> tuple[list[float], list[float]]:
    """One device alone (the others idle): the latency of a sync without queueing, and of
    the same bodies to the echo endpoint."""
    rng = random.Random(SEED - 1)
    run = DeviceRun(dev, _stream(dev, bundles, syncs * PUSH_PER_SYNC[1], rng))
    catch_up(url, run)
    with CentralClient(url, dev.credential, user=STAFF) as client:
        transport = SyncTransport(client)
        pos = 0
        for _ in range(syncs):
            time.sleep(0.05)
            k = rng.randint(*PUSH_PER_SYNC)
            batch, pos = run.stream[pos:pos + k], pos + k
            _rounds(transport, run, batch, 0.05, measure=True)
    if run.rejected:
        raise RuntimeError(f"the solo device had {run.rejected} changes refused")
    echo: list[float] = []
    echo_thread(url, run, echo, threading.Barrier(1))
    return run.latencies, echo


def _threads(target, runs: list[DeviceRun], args_of) -> float:
    """Start one thread per device at once (a barrier), wait for all; returns the wall time."""
    barrier = threading.Barrier(len(runs))
    threads = [threading.Thread(target=target, args=(*args_of(i, r), barrier),
                                name=f"device-{i}") for i, r in enumerate(runs)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - started


def concurrent_devices(url: str, devices: list[Device], bundles: list[list[dict]],
                       syncs: int) -> list[Figure]:
    """Every device syncs once (its directory, not timed), then all at once `syncs`
    incremental syncs each; then each catches up and its state checksum must equal the one
    the server answers for its scope."""
    rng = random.Random(SEED)
    runs = [DeviceRun(dev, _stream(dev, bundles, syncs * PUSH_PER_SYNC[1], rng))
            for dev in devices]
    for r in runs:
        catch_up(url, r)
    wall = _threads(device_thread, runs, lambda i, r: (url, r, syncs))
    for r in runs:
        try:
            catch_up(url, r)
        except Exception as exc:  # reported, and fails the figure
            r.errors.append(f"catching up: {type(exc).__name__}: {exc}")
    latencies = [x for r in runs for x in r.latencies]
    errors = [e for r in runs for e in r.errors]
    rejected = sum(r.rejected for r in runs)
    diverged = sum(not r.converged for r in runs)
    missing = 0
    for r in runs:
        others = set().union(*(o.pushed for o in runs
                               if o.dev.office == r.dev.office and o is not r))
        missing += len(others - r.received)

    outs: list[list[float]] = [[] for _ in runs]
    _threads(echo_thread, runs, lambda i, r: (url, r, outs[i]))
    base_lat = [x for o in outs for x in o]

    ok = not errors and not rejected and not diverged and not missing and bool(latencies)
    offices = len({d.office for d in devices})
    note = (f"{len(latencies):,} rounds of {len(runs)} devices ({offices} offices, {syncs} "
            f"incremental syncs each, think {THINK_S[0]}-{THINK_S[1]} s, "
            f"{PUSH_PER_SYNC[0]}-{PUSH_PER_SYNC[1]} changes a push) in {wall:.1f} s = "
            f"{len(latencies) / wall:.1f} req/s on {WORKERS} uvicorn workers; {len(errors)} "
            f"errors, {rejected} refused, {diverged} devices whose state checksum differs from "
            f"the server's for their scope, {missing} changes of their office not received; "
            f"baseline: the same bodies, think times and threads to the echo endpoint")
    if errors:
        note += f"; first error: {errors[0]}"
    ms = 1000.0
    n = len(runs)
    if not latencies:
        latencies = base_lat = [0.0]
    return [
        Figure(f"sync_pg_{n}dev_p50_ms", percentile(latencies, 0.5) * ms, "ms",
               percentile(base_lat, 0.5) * ms, "0 errors, all converged", ok, note),
        Figure(f"sync_pg_{n}dev_p99_ms", percentile(latencies, 0.99) * ms, "ms",
               percentile(base_lat, 0.99) * ms, "0 errors, all converged", ok,
               f"mean {statistics.mean(latencies) * ms:.0f} ms, max "
               f"{max(latencies) * ms:.0f} ms"),
    ]


# -- the whole PostgreSQL part ------------------------------------------------------------

def bench_ingest(ctx: ServerContext, bundles: list[list[dict]], quick: bool, profile: bool
                 ) -> tuple[Figure, str]:
    devices = enrol_devices(ctx, len(OFFICES), OFFICES)
    total = 2_000 if quick else 5_000
    print(f"  ingest: {total:,} changes through apply_push vs raw executemany ...", flush=True)
    return ingest(ctx, devices, bundles, total, profile)


def bench_devices(db_url: str, ctx: ServerContext, bundles: list[list[dict]], quick: bool
                  ) -> list[Figure]:
    """DEVICES devices of DEVICE_OFFICES against the server with WORKERS workers, then one
    device alone (its latency without queueing)."""
    syncs = 3 if quick else 5
    devices = enrol_devices(ctx, DEVICES + 1, DEVICE_OFFICES)
    solo, devices = devices[-1], devices[:-1]
    print(f"  {DEVICES} devices x {syncs} incremental syncs, {WORKERS} workers ...", flush=True)
    with ServerProcess(db_url, WORKERS) as url:
        figures = concurrent_devices(url, devices, bundles, syncs)
        alone, alone_echo = solo_device(url, solo, bundles, syncs)
    figures.append(Figure(
        "sync_pg_1dev_p50_ms", percentile(alone, 0.5) * 1000, "ms",
        percentile(alone_echo, 0.5) * 1000, "(report)", True,
        f"one device alone, {len(alone)} rounds (p99 {percentile(alone, 0.99) * 1000:.0f}"
        f" ms): the service time without queueing"))
    return figures


def bench_pg(tmp: Path, admin_url: str, quick: bool, profile: bool
             ) -> tuple[list[Figure], dict[str, str]]:
    """Ingest on one fresh database (its cases stay as the offices' history), the devices on
    another (each device's state must match the server's for its whole scope)."""
    figures: list[Figure] = []
    profiles: dict[str, str] = {}
    print("  template changes (demo bulk writer) ...", flush=True)
    bundles = demo_template(tmp, TEMPLATE_CASES, SEED)
    with pg_database(admin_url, prefix="halotki_bench") as db_url:
        ctx = ServerContext.create(Settings(database_url=db_url, fast_kdf=True))
        try:
            migrate_and_seed(ctx)
            fig, prof = bench_ingest(ctx, bundles, quick, profile)
        finally:
            ctx.close()
    figures.append(fig)
    if prof:
        profiles["sync_pg_ingest (apply_push, PostgreSQL)"] = prof
    with pg_database(admin_url, prefix="halotki_bench") as db_url:
        ctx = ServerContext.create(Settings(database_url=db_url, fast_kdf=True))
        try:
            migrate_and_seed(ctx)
            figures += bench_devices(db_url, ctx, bundles, quick)
        finally:
            ctx.close()
    return figures, profiles
