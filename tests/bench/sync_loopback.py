"""Push and pull of 10,000 changes over loopback, and an idle sync (tests.bench.sync_bench).

PC A of SBY records 10,000 changes (demo cases with their worker, complainant, documents,
timeline and status changes, then timeline events and case edits made through the
services, topped up to exactly 10,000); A syncs (push), then PC B of SBY syncs (pull).
Baseline: the very bytes each PC sent and received, POSTed with one requests.Session to a
trivial endpoint of the same app on the same uvicorn (tests.bench.sync_env). Wire bytes
are SyncTransport.stats; the reference size is the gzip (level 6, as the protocol's) of
the compact JSON of exactly the changes' wire dicts.
"""

from __future__ import annotations

import cProfile
import gzip
import json
import math
import random
import time
from pathlib import Path

from desktop.demo.generator import bulk_generate
from desktop.sync.engine import _wire
from sync import protocol
from sync.server.api.routes.sync import _sync
from sync.server.services.actor import Actor
from tests.bench.run import Figure, profile_report
from tests.bench.sync_env import (
    STAFF,
    BenchServer,
    Exchange,
    make_pc,
    replay,
    sqlite_context,
    sqlite_copy,
)

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


def received_changes(exchanges: list[Exchange]) -> list[dict]:
    out = []
    for ex in exchanges:
        if ex.path == protocol.SYNC_PATH:
            for obj in protocol.decode(ex.received).get("changes", []):
                out.append(protocol.parse_change(obj).wire())
    return out


def sync_requests(exchanges: list[Exchange]) -> list[Exchange]:
    return [ex for ex in exchanges if ex.path == protocol.SYNC_PATH]


def server_replay(db: Path, tmp: Path, actor: Actor, exchanges: list[Exchange],
                  profile: bool) -> tuple[float, str]:
    """Seconds the server's sync handler (_sync: parse, apply, pull, checksum) takes for the
    same request bodies, on a copy of the database as it was before: the server's share.
    With `profile`, once more under cProfile on another copy (the timing stays unprofiled)."""
    messages = [protocol.decode(ex.sent) for ex in sync_requests(exchanges)]
    seconds, report = 0.0, ""
    for run in range(2 if profile else 1):
        copy = tmp / f"replay-{run}-{db.name}"
        sqlite_copy(db, copy)
        ctx = sqlite_context(copy)
        prof = cProfile.Profile() if run else None
        try:
            start = time.perf_counter()
            if prof:
                prof.enable()
            for msg in messages:
                _sync(ctx, actor, msg)
            if prof:
                prof.disable()
                report = profile_report(prof, 18)
            else:
                seconds = time.perf_counter() - start
        finally:
            ctx.close()
            copy.unlink(missing_ok=True)
    return seconds, report



def _recorded_sync(pc):
    """One timed sync of `pc` with its HTTP exchanges recorded: (report, seconds, exchanges)."""
    pc.session.recording = True
    start = time.perf_counter()
    report = pc.sync()
    seconds = time.perf_counter() - start
    pc.session.recording = False
    return report, seconds, pc.session.take()


def bench_loopback(tmp: Path, profile: bool = False) -> tuple[list[Figure], dict[str, str]]:
    figures: list[Figure] = []
    profiles: dict[str, str] = {}
    db = tmp / "loopback-server.db"
    ctx = sqlite_context(db)
    pcs = []
    try:
        with BenchServer(ctx) as server:
            a = make_pc(server.url, ctx, tmp, "SBY", "loopback-A")
            pcs.append(a)
            b = make_pc(server.url, ctx, tmp, "SBY", "loopback-B")
            pcs.append(b)
            a.sync()
            b.sync()  # their own set-up (accounts) is on the server: only the 10,000 remain

            print(f"  recording {CHANGES:,} changes on PC A ...", flush=True)
            started = time.perf_counter()
            mix = record_changes(a, CHANGES, SEED)
            print(f"  recorded in {time.perf_counter() - started:.1f} s: "
                  + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())), flush=True)
            pushed_wire = [_wire(c) for c in a.replica.pending(CHANGES + 1)]
            push_ref = compact_gzip(pushed_wire)
            before_push = tmp / "before-push.db"
            sqlite_copy(db, before_push)

            print("  push (PC A syncs) ...", flush=True)
            push, push_s, push_ex = _recorded_sync(a)
            before_pull = tmp / "before-pull.db"
            sqlite_copy(db, before_pull)

            print("  pull (PC B syncs) ...", flush=True)
            pull, pull_s, pull_ex = _recorded_sync(b)
            pulled_wire = received_changes(pull_ex)
            pull_ref = compact_gzip(pulled_wire)

            print("  baseline: the same bytes to the echo endpoint ...", flush=True)
            push_base = replay(server.url, push_ex)
            pull_base = replay(server.url, pull_ex)

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

            if profile:
                print("  profiling PC C's pull (client side) ...", flush=True)
                c = make_pc(server.url, ctx, tmp, "SBY", "loopback-C")
                pcs.append(c)
                prof = cProfile.Profile()
                prof.enable()
                c.sync()
                prof.disable()
                profiles["sync_pull_10k client (PC C, same pull)"] = profile_report(prof, 18)
    finally:
        for pc in pcs:
            pc.close()
        ctx.close()

    actor_a = Actor(user=STAFF, device=a.credential.device_id, office_code="SBY", national=False,
                    request_id="bench-replay")
    actor_b = Actor(user=STAFF, device=b.credential.device_id, office_code="SBY", national=False,
                    request_id="bench-replay")
    print("  server share: _sync on a copy of the database, same bodies ...", flush=True)
    push_server_s, push_prof = server_replay(before_push, tmp, actor_a, push_ex, profile)
    pull_server_s, pull_prof = server_replay(before_pull, tmp, actor_b, pull_ex, profile)
    if profile:
        profiles["sync_push_10k server (_sync replay)"] = push_prof
        profiles["sync_pull_10k server (_sync replay)"] = pull_prof

    push_batches = math.ceil(len(pushed_wire) / protocol.MAX_PUSH)
    pull_batches = math.ceil(len(pulled_wire) / protocol.MAX_PULL)
    push_bytes = push.bytes_up + push.bytes_down
    pull_bytes = pull.bytes_up + pull.bytes_down
    total_s, total_base = push_s + pull_s, push_base + pull_base
    share = (f"server handler {push_server_s:.2f} s (direct _sync replay), client and HTTP "
             f"the rest")
    figures += [
        Figure("sync_push_10k_s", push_s, "s", push_base, "ratio <= 2", push_s <= 2 * push_base,
               f"{push.pushed:,} changes in {push.requests} requests; {share}; mix: "
               + ", ".join(f"{k} {v}" for k, v in sorted(mix.items()))),
        Figure("sync_pull_10k_s", pull_s, "s", pull_base, "ratio <= 2", pull_s <= 2 * pull_base,
               f"{pull.pulled:,} changes in {pull.requests} requests; server handler "
               f"{pull_server_s:.2f} s (direct _sync replay)"),
        Figure("sync_push_pull_10k_s", total_s, "s", total_base, "ratio <= 2",
               total_s <= 2 * total_base),
        Figure("sync_push_10k_wire_bytes", push_bytes, "B", push_ref, "ratio <= 1.15",
               push_bytes <= 1.15 * push_ref,
               f"up {push.bytes_up:,} + down {push.bytes_down:,} (acks); baseline: gzip of the "
               f"{len(pushed_wire):,} changes' compact JSON"),
        Figure("sync_pull_10k_wire_bytes", pull_bytes, "B", pull_ref, "ratio <= 1.15",
               pull_bytes <= 1.15 * pull_ref,
               f"up {pull.bytes_up:,} + down {pull.bytes_down:,}; baseline: gzip of the "
               f"{len(pulled_wire):,} received changes' compact JSON"),
        Figure("sync_push_requests_per_batch", push.requests / push_batches, "req", 1.0, "== 1",
               push.requests == push_batches,
               f"{push.requests} requests / ceil({len(pushed_wire):,} / MAX_PUSH "
               f"{protocol.MAX_PUSH}) = {push_batches}"),
        Figure("sync_pull_requests_per_batch", pull.requests / pull_batches, "req", 1.0, "== 1",
               pull.requests == pull_batches,
               f"{pull.requests} requests / ceil({len(pulled_wire):,} / MAX_PULL "
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
               "whole run: one round, then the local state checksum of the 10,000 changes' "
               "rows compared with the server's (cached) one"),
    ]
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
