"""`halotki sync`: one run for a scheduled task; the exit code says what happened."""

from __future__ import annotations

import socket

import pytest

from desktop.store.replica import Replica
from sync.server.services import devices as device_service
from sync.server.services.actor import cli_actor
from tests.conftest import make_intake

pytestmark = pytest.mark.usefixtures("backend")


def linked(pc, url=None):
    Replica(pc.core.store).set_link(url or pc.url, pc.credential.token)
    return pc


@pytest.fixture
def run(halotki_on):
    """run(pc): `halotki sync` on the PC as its supervisor -> (code, out, err)."""
    return lambda pc: halotki_on(pc, "sync")


def test_sync_sends_and_receives_and_logs_the_run(make_pc, run):
    a, b = linked(make_pc("SBY")), linked(make_pc("SBY"))
    number = a.core.cases.record_intake(make_intake())
    code, out, _ = run(a)
    assert code == 0 and out.startswith("OK: ") and "0 waiting" in out
    code, out, _ = run(b)
    assert code == 0
    assert b.core.cases.get(number)
    runs = Replica(b.core.store).runs()
    assert runs[0]["outcome"] == "ok" and runs[0]["pulled"] > 0 and runs[0]["requests"] >= 1


def test_a_pc_never_enrolled_says_so(make_pc, run):
    code, _, err = run(make_pc("SBY"))
    assert code == 10 and "not enrolled" in err


def test_offline_is_its_own_exit_code_and_nothing_is_lost(make_pc, run):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()  # nobody listens there
    pc = linked(make_pc("SBY"), closed)
    pc.core.cases.record_intake(make_intake())
    pending = Replica(pc.core.store).pending_count()
    code, _, err = run(pc)
    assert code == 9 and "cannot be reached" in err and "Traceback" not in err
    assert Replica(pc.core.store).pending_count() == pending
    assert Replica(pc.core.store).runs()[0]["outcome"] == "offline"


def test_a_revoked_pc_is_told_why(make_pc, run, server_ctx):
    pc = linked(make_pc("SBY"))
    with server_ctx.db.write() as conn:
        device_service.revoke(conn, cli_actor(), server_ctx.now(), pc.credential.device_id,
                              "PC dicuri")
    code, _, err = run(pc)
    assert code == 10 and "revoked" in err and "PC dicuri" in err
