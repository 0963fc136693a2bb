"""The real scheduler against a live central server (uvicorn on loopback, SQLite): the
status bar goes online and the pending changes drop to none, without blocking the UI."""

from __future__ import annotations

import pytest

from desktop.store.replica import Replica
from desktop.ui.main_window import MainWindow
from desktop.ui.sync.controller import SyncController
from tests.conftest import make_intake
from tests.server.conftest import db_url, settings, sqlite_template  # noqa: F401 - fixtures
from tests.sync.conftest import live_url, make_pc, server_ctx  # noqa: F401 - fixtures

LIVE_WAIT_MS = 30_000  # a generous bound for a first sync on a slow CI machine


@pytest.fixture
def backend() -> str:
    return "sqlite"  # the server's two databases are covered by tests/sync


@pytest.fixture
def pc(make_pc):  # noqa: F811 - the fixture imported above
    pc = make_pc("SBY")
    Replica(pc.core.store).set_link(pc.url, pc.credential.token)  # as enrolment leaves it
    return pc


@pytest.fixture
def live_ctx(pc, make_ctx):
    return make_ctx(pc.core)


def test_a_real_scheduler_brings_the_status_bar_online_and_sends_everything(
        qtbot, pc, live_ctx):
    core = pc.core
    number = core.cases.record_intake(make_intake(worker__name="Sinkron Langsung"))
    assert core.sync.pending_count() > 0
    controller = SyncController(live_ctx, core)  # the core's own scheduler, own connection
    live_ctx.sync = controller
    window = MainWindow(live_ctx)
    qtbot.addWidget(window)
    window.show()
    try:
        controller.start()
        status = window.status
        qtbot.waitUntil(lambda: status.sync_label.text() == "● Online", timeout=LIVE_WAIT_MS)
        qtbot.waitUntil(lambda: status.pending_label.text() == "All changes sent",
                        timeout=LIVE_WAIT_MS)
        assert core.sync.pending_count() == 0
        assert status.sync_message.text().startswith("Last sync: ")
        assert core.sync.runs(1)[0]["outcome"] == "ok"
        # A save afterwards waits to be sent; "Sync now" (F9) sends it.
        runs = len(core.sync.runs())
        core.cases.add_event(number, "konsultasi", "Konsultasi lanjutan.")
        assert core.sync.pending_count() > 0
        window.act_sync_now.trigger()
        qtbot.waitUntil(lambda: len(core.sync.runs()) > runs and controller.pending == 0
                        and status.pending_label.text() == "All changes sent",
                        timeout=LIVE_WAIT_MS)
    finally:
        window.close()
        controller.stop()  # before the core closes (make_pc closes it)
