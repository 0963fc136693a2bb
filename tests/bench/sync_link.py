"""An office's day over a 256 kbit/s link, and an upload cut at 60% (tests.bench.sync_bench).

The day: PC A of SBY records 50 new cases (walk-in intakes drawn by the demo planner),
300 timeline events and 20 scans of 500 KB (a PDF header, then random bytes: scans are
incompressible), offline; then A syncs (changes, then the scans' content) and PC B of SBY
syncs (the day's changes; scans are fetched on demand, so not here). The figure is the
wall time of both runs against their wire bytes (SyncTransport.stats: the bodies) divided
by the bandwidth.

Two links:
- proxy: the fault proxy of tests/sync/fault_proxy.py in front of the server, a token
  bucket of 256 kbit/s each way (HTTP bytes, heads included);
- tc: when running as root with `ip netns` and `tc`, the whole day runs again in a network
  namespace made for it (`python -m tests.bench.sync_link` under `ip netns exec`), its
  loopback shaped by `tc qdisc ... tbf rate 256kbit` (MTU 1500, so real packets with their
  TCP/IP headers and ACKs). Loopback carries both directions, so this is one 256 kbit/s
  link shared by both ways; a sync exchange is request-then-answer, so bytes / bandwidth is
  the same baseline. Nothing leaves the namespace, which is deleted afterwards.

The cut (proxy only): one more 500 KB scan; the proxy cuts the upload piece that holds the
60% mark; the next sync resumes from the server's offset. Figure: (bytes the client sent
for that content in total - its size) / its size.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from desktop.sync import blobs
from sync import protocol
from tests.bench.sync_env import BenchServer, make_pc, sqlite_context
from tests.bench.sync_loopback import EVENT_TYPES, SUMMARIES

RATE_BITS = 256_000
RATE = RATE_BITS / 8  # bytes per second
DAY_CASES, DAY_EVENTS, DAY_SCANS = 50, 300, 20
SCAN_SIZE = 500_000
CUT_AT = 0.6
SEED = 20_241_123
ROOT = Path(__file__).resolve().parents[2]
CHILD_TIMEOUT_S = 1200


def scan(size: int, rng: random.Random) -> bytes:
    """A scanned page as a PDF: a small header, one image stream of random bytes, a trailer."""
    head = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /XObject /Subtype /Image "
            b"/Width 1654 /Height 2339 /BitsPerComponent 8 /Filter /DCTDecode >>\nstream\n")
    tail = b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return head + rng.randbytes(size - len(head) - len(tail)) + tail


def record_day(pc, cases: int, events: int, scans: int, seed: int) -> dict[str, int]:
    from tests.bench.run import _intakes

    core = pc.core
    rng = random.Random(seed)
    before = pc.replica.pending_count()
    numbers = [core.cases.record_intake(i) for i in _intakes(core, cases)]
    for _ in range(events):
        core.cases.add_event(rng.choice(numbers), rng.choice(EVENT_TYPES), rng.choice(SUMMARIES))
    for n in range(scans):
        core.attachments.attach(numbers[n % len(numbers)], scan(SCAN_SIZE, rng),
                                f"scan-{n + 1:02d}.pdf")
    return {"changes": pc.replica.pending_count() - before, "scan_bytes": scans * SCAN_SIZE}


def _tc(*args: str) -> None:
    subprocess.run(["tc", *args], check=True, capture_output=True, text=True)


def shape_loopback(rate: str) -> None:
    """Inside the bench's own network namespace only."""
    _tc("qdisc", "replace", "dev", "lo", "root", "tbf", "rate", rate, "burst", "4kb",
        "limit", "64kb")


def day(tmp: Path, mode: str, scans: int, cut: bool, say=print) -> dict:
    """Run the day on a fresh server and two PCs; `mode` "proxy" or "tc" (already in the
    namespace). Returns the measurements (JSON-able)."""
    out: dict = {"mode": mode, "scans": scans}
    ctx = sqlite_context(tmp / f"day-{mode}.db")
    pcs = []
    proxy = None
    try:
        with BenchServer(ctx) as server:
            url = server.url
            if mode == "proxy":
                from tests.sync.fault_proxy import FaultProxy

                proxy = FaultProxy(server.port).start()
                # Shaped from the first connection on: the proxy reads a connection's
                # buckets before waiting for its next request, so a shape() made later
                # would miss the first request on a kept-alive connection.
                proxy.shape(rate_up=RATE, rate_down=RATE)
                url = proxy.url
            a = make_pc(server.url, ctx, tmp, "SBY", f"day-{mode}-A")
            pcs.append(a)
            b = make_pc(server.url, ctx, tmp, "SBY", f"day-{mode}-B")
            pcs.append(b)
            a.sync(url)
            b.sync(url)
            say(f"  recording the day on PC A ({DAY_CASES} cases, {DAY_EVENTS} events, "
                f"{scans} scans) ...")
            out.update(record_day(a, DAY_CASES, DAY_EVENTS, scans, SEED))

            if proxy is not None:
                seen_before = len(proxy.seen)
            else:
                shape_loopback(f"{RATE_BITS // 1000}kbit")
            say(f"  the day over the {mode} link: PC A syncs, then PC B ...")
            start = time.perf_counter()
            ra = a.sync(url)
            a_s = time.perf_counter() - start
            rb = b.sync(url)
            total_s = time.perf_counter() - start
            if ra.uploaded != scans:
                raise RuntimeError(f"PC A uploaded {ra.uploaded} of {scans} scans")
            out.update({
                "seconds": total_s, "a_seconds": a_s, "b_seconds": total_s - a_s,
                "a_requests": ra.requests, "b_requests": rb.requests,
                "a_up": ra.bytes_up, "a_down": ra.bytes_down,
                "b_up": rb.bytes_up, "b_down": rb.bytes_down, "pushed": ra.pushed,
                "pulled": rb.pulled,
                "wire_bytes": ra.bytes_up + ra.bytes_down + rb.bytes_up + rb.bytes_down,
            })
            if proxy is not None:
                seen = proxy.seen[seen_before:]
                out["http_bytes"] = sum(s.forwarded_up + s.forwarded_down for s in seen)
            if cut and proxy is not None:
                out["cut"] = cut_upload(a, proxy, url, say)
    finally:
        if proxy is not None:
            proxy.close()
        for pc in pcs:
            pc.close()
        ctx.close()
    return out


def cut_upload(pc, proxy, url: str, say=print) -> dict:
    """One more scan; the link is cut inside the upload piece holding the 60% mark, the
    next sync resumes. Counts every byte of that content the client put on the wire."""
    from tests.sync.fault_proxy import cut_request

    core = pc.core
    rng = random.Random(SEED + 1)
    number = core.store.query_one("SELECT case_number FROM cases ORDER BY seq DESC LIMIT 1")[0]
    att = core.attachments.attach(number, scan(SCAN_SIZE, rng), "scan-cut.pdf")
    size, piece = att.size, blobs.piece_size(att.size)
    mark = int(size * CUT_AT)
    index = mark // piece  # the piece holding the mark
    put_path = f"{protocol.BLOBS_PATH}/{att.sha256}"
    armed = proxy.arm(cut_request(after=400 + mark - index * piece), method="PUT",
                      path=put_path, skip=index)
    sent = {"bytes": 0, "pieces": 0}

    def counting(engine):
        real = engine.transport.request

        def request(method, path, **kw):
            if method == "PUT" and path.startswith(put_path):
                sent["bytes"] += len(kw.get("data") or b"")
                sent["pieces"] += 1
            return real(method, path, **kw)
        engine.transport.request = request
        return engine

    say(f"  upload cut at {CUT_AT:.0%} of a {size:,} B scan (piece {index + 1} of "
        f"{-(-size // piece)}), then resumed (the server logs the cut piece's "
        f"ClientDisconnect) ...")
    start = time.perf_counter()
    first = counting(pc.engine(url)).run()
    if not armed.fired.is_set() or first.outcome != "offline":
        raise RuntimeError(f"the cut did not happen (outcome {first.outcome})")
    second = counting(pc.engine(url)).run()
    seconds = time.perf_counter() - start
    if second.outcome != "ok" or second.uploaded != 1:
        raise RuntimeError(f"the resumed upload ended {second.outcome}")
    return {"size": size, "piece": piece, "sent": sent["bytes"], "pieces": sent["pieces"],
            "seconds": seconds, "resent_fraction": (sent["bytes"] - size) / size}


# -- the tc run, in a network namespace of its own ------------------------------------------

def tc_possible() -> str | None:
    """None if the tc run can happen here, else why not."""
    if os.geteuid() != 0:
        return "not root"
    for tool in ("ip", "tc"):
        if shutil.which(tool) is None:
            return f"no `{tool}`"
    return None


class TcDay:
    """Starts the day in a new network namespace (a child process); `result()` waits."""

    def __init__(self, scans: int) -> None:
        self.name = f"halobench-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.tmp = Path(tempfile.mkdtemp(prefix="halotki-bench-tc-"))
        self.json = self.tmp / "result.json"
        self.proc: subprocess.Popen | None = None
        self.scans = scans

    def start(self) -> TcDay:
        try:
            subprocess.run(["ip", "netns", "add", self.name], check=True, capture_output=True)
            env = dict(os.environ, PYTHONPATH=os.pathsep.join(
                p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p))
            self.proc = subprocess.Popen(
                ["ip", "netns", "exec", self.name, sys.executable, "-m", "tests.bench.sync_link",
                 "--scans", str(self.scans), "--tmp", str(self.tmp), "--json", str(self.json)],
                cwd=ROOT, env=env)
        except BaseException:
            self.close()
            raise
        return self

    def result(self) -> dict:
        try:
            assert self.proc is not None
            code = self.proc.wait(timeout=CHILD_TIMEOUT_S)
            if code != 0:
                raise RuntimeError(f"the tc day ended with exit code {code}")
            return json.loads(self.json.read_text())
        finally:
            self.close()

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        subprocess.run(["ip", "netns", "del", self.name], capture_output=True)
        shutil.rmtree(self.tmp, ignore_errors=True)


def _child(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.sync_link")
    parser.add_argument("--scans", type=int, default=DAY_SCANS)
    parser.add_argument("--tmp", type=Path, required=True)
    parser.add_argument("--json", type=Path, required=True)
    args = parser.parse_args(argv)
    # A fresh namespace has only a loopback, down; MTU 1500 so tbf sees Ethernet-sized packets.
    subprocess.run(["ip", "link", "set", "dev", "lo", "mtu", "1500", "up"], check=True)
    result = day(args.tmp, "tc", args.scans, cut=False,
                 say=lambda text: print("[tc]" + text, flush=True))
    args.json.write_text(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1:]))
