"""A real slow link: the server and the PC in two network namespaces, a veth pair between
them capped by the kernel (`tc qdisc ... tbf rate 256kbit burst 16kb latency 400ms`, each
way). A PC with over a thousand changes syncs across it as a real `halotki sync` process;
the link is cut mid-run (the PC's side of it dies: its connections are reset), the run
reports offline and keeps what it had not sent; the next run over the restored link
completes, and PC and server agree.

Needs root and iproute2 (`ip netns`, `tc`); skipped, with the reason, otherwise. The
namespaces are removed whatever happens.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.store.replica import Replica
from desktop.sync.api import CentralClient
from sync.server.config import Settings
from sync.server.context import ServerContext
from tests.cli_runner import halotki_env, process_env
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake
from tests.live_server import LiveServer
from tests.server.helpers import issue_code
from tests.sync.conftest import real_time
from tests.sync.harness import server_change_ids

ROOT = Path(__file__).resolve().parents[2]
FORWARDER = Path(__file__).with_name("netns_forward.py")
TBF = ("tbf", "rate", "256kbit", "burst", "16kb", "latency", "400ms")
SERVER_PORT, FORWARD_PORT = 8470, 18470
WAIT_S = 120  # bound on any wait: a whole sync over the capped link takes seconds


def _why_not() -> str | None:
    if sys.platform != "linux":
        return "network namespaces are Linux only"
    if os.geteuid() != 0:
        return "needs root (network namespaces and tc)"
    for tool in ("ip", "tc"):
        if shutil.which(tool) is None:
            return f"'{tool}' (iproute2) is not installed"
    probe = f"halotki-probe-{os.getpid()}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"cannot create a network namespace: {made.stderr.strip()[:200]}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


REASON = _why_not()
pytestmark = pytest.mark.skipif(REASON is not None, reason=REASON or "")


def _ip(*args: str, ns: str | None = None) -> None:
    cmd = (["ip", "netns", "exec", ns] if ns else []) + list(args)
    done = subprocess.run(cmd, capture_output=True, text=True)
    assert done.returncode == 0, (cmd, done.stderr)


@pytest.fixture
def link():
    """Two namespaces joined by a veth pair, shaped by tbf both ways."""
    tag = f"{os.getpid() % 100000}"
    server_ns, client_ns = f"htki-s{tag}", f"htki-c{tag}"
    net = f"10.{200 + os.getpid() % 50}.{os.getpid() % 250}"
    try:
        for ns in (server_ns, client_ns):
            _ip("ip", "netns", "add", ns)
            _ip("ip", "link", "set", "lo", "up", ns=ns)
        _ip("ip", "link", "add", f"vs{tag}", "netns", server_ns, "type", "veth", "peer",
            "name", f"vc{tag}", "netns", client_ns)
        for ns, dev, addr in ((server_ns, f"vs{tag}", f"{net}.1"),
                              (client_ns, f"vc{tag}", f"{net}.2")):
            _ip("ip", "addr", "add", f"{addr}/24", "dev", dev, ns=ns)
            _ip("ip", "link", "set", dev, "up", ns=ns)
            _ip("tc", "qdisc", "add", "dev", dev, "root", *TBF, ns=ns)
        shown = subprocess.run(["ip", "netns", "exec", client_ns, "tc", "qdisc", "show", "dev",
                                f"vc{tag}"], capture_output=True, text=True).stdout
        assert "tbf" in shown and "256Kbit" in shown, shown
        yield server_ns, client_ns, f"{net}.1"
    finally:
        for ns in (server_ns, client_ns):
            subprocess.run(["ip", "netns", "del", ns], capture_output=True)


def _env() -> dict[str, str]:
    return process_env(halotki_env(user="kasi", password=STAFF_PW))


def _in(ns: str, *argv: str, **kw) -> subprocess.Popen:
    return subprocess.Popen(["ip", "netns", "exec", ns, sys.executable, *argv], cwd=ROOT,
                            env=_env(), stdin=subprocess.DEVNULL, **kw)


def _ready(proc: subprocess.Popen, what: str) -> None:
    line = proc.stdout.readline()  # the child prints one line when it listens
    assert line.startswith(what), (what, line, proc.poll())


def _stop(proc: subprocess.Popen | None) -> None:
    if proc is not None and proc.poll() is None:
        proc.kill()
        proc.wait(timeout=WAIT_S)


def _count(ctx: ServerContext) -> int:
    return len(server_change_ids(ctx))


def test_sync_over_a_tbf_capped_link_completes_and_resumes_after_a_cut(link, tmp_path,
                                                                       sqlite_template):
    server_ns, client_ns, server_host = link
    # The server's database with this PC enrolled (done on loopback, before the link).
    db = tmp_path / "server.db"
    shutil.copy(sqlite_template, db)
    settings = Settings(database_url=f"sqlite:///{db}", fast_kdf=True)
    ctx = ServerContext.create(settings, real_time)
    enrolling = LiveServer(ctx).start()
    try:
        with CentralClient(enrolling.url) as client:
            enrolment = client.enrol(issue_code(ctx, "SBY"), "PC-Loket")
    finally:
        enrolling.stop()
    paths = DataPaths(tmp_path / "pc")
    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin", ADMIN_PW,
                                          device_letter=enrolment.device_letter), TEST_KDF)
    admin.accounts.add_user("kasi", "Kasi", "supervisor", STAFF_PW)
    admin.close()
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    try:
        Replica(core.store).set_link(f"http://127.0.0.1:{FORWARD_PORT}",
                                     enrolment.credential.token)
        for i in range(200):
            core.cases.record_intake(make_intake(worker__name=f"Pekerja {i}"))
        mine = {r[0] for r in core.store.query("SELECT change_id FROM changes")}
    finally:
        core.close()
    assert len(mine) > 1500  # four push rounds: over a second each on this link

    server = forwarder = sync = None
    try:
        server = _in(server_ns, "-m", "sync.server.cli.main", "--db", settings.database_url,
                     "serve", "--host", server_host, "--port", str(SERVER_PORT), "--insecure",
                     "--log-level", "warning", stdout=subprocess.PIPE, text=True)
        _ready(server, "halotki-server:")
        forwarder = _in(client_ns, str(FORWARDER), server_host, str(SERVER_PORT),
                        str(FORWARD_PORT), stdout=subprocess.PIPE, text=True)
        _ready(forwarder, "ready")
        sync_argv = ("-m", "desktop.cli.main", "--lang", "en", "--data-dir", str(paths.root),
                     "sync")
        sync = _in(client_ns, *sync_argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                   text=True)
        # Cut the link once the first round is in: the rest cannot have crossed it yet.
        deadline = time.monotonic() + WAIT_S
        while _count(ctx) == 0:
            assert sync.poll() is None, sync.stdout.read()
            assert time.monotonic() < deadline, "nothing reached the server"
            time.sleep(0.01)
        _stop(forwarder)
        out, _ = sync.communicate(timeout=WAIT_S)
        assert sync.returncode == 9, out  # offline: nothing lost, try again later
        arrived = _count(ctx)
        assert 0 < arrived < len(mine)
        # The link is back: the next run sends only the rest and completes.
        forwarder = _in(client_ns, str(FORWARDER), server_host, str(SERVER_PORT),
                        str(FORWARD_PORT), stdout=subprocess.PIPE, text=True)
        _ready(forwarder, "ready")
        again = _in(client_ns, *sync_argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                    text=True)
        out, _ = again.communicate(timeout=WAIT_S)
        assert again.returncode == 0 and out.startswith("OK: ") and "0 waiting" in out, out
    finally:
        _stop(sync)
        _stop(forwarder)
        _stop(server)
    ids = server_change_ids(ctx)
    assert len(ids) == len(set(ids)) and mine <= set(ids)
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    try:
        from sync.server.services import sync_pull
        from sync.server.services.actor import Actor

        with ctx.db.read() as conn:
            theirs = sync_pull.compute_checksum(conn, Actor("kasi", enrolment.credential.device_id,
                                                            "SBY", False))
        assert Replica(core.store).state_checksum() == theirs
        assert core.maintenance.check().ok
    finally:
        core.close()
        ctx.close()
