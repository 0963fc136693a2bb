"""Sync's place in the session: started after login (once the page check passed), stopped
before the core closes at logout and at quit, never started on a damaged store."""

from __future__ import annotations

import pytest

from desktop.services.sync_service import SyncService
from tests.ui.sync_fakes import WAIT_MS, FakeScheduler, link


@pytest.fixture
def made(monkeypatch):
    """Every scheduler the core would make, with whether the store was open at stop()."""
    schedulers: list[FakeScheduler] = []

    def scheduler(self, listener):
        fake = FakeScheduler(listener)
        store = self.core.store
        original_stop = fake.stop

        def stop(timeout: float = 30.0) -> None:
            fake.store_open_at_stop = store.raw_connection is not None
            original_stop(timeout)

        fake.stop = stop
        schedulers.append(fake)
        return fake

    monkeypatch.setattr(SyncService, "scheduler", scheduler)
    return schedulers


def test_logging_in_starts_sync_and_logging_out_stops_it_before_the_store_closes(
        qtbot, flow, supervisor, made, message_boxes):
    from desktop.ui.login import LoginDialog

    link(supervisor)
    flow.logged_in(supervisor)
    controller = flow.ctx.sync
    qtbot.waitUntil(lambda: bool(made) and made[0].started, timeout=WAIT_MS)
    assert controller.enrolled and flow.main_window.menu_sync.menuAction().isVisible()
    flow.main_window.act_logout.trigger()
    qtbot.waitUntil(lambda: isinstance(flow.dialog, LoginDialog), timeout=WAIT_MS)
    assert made[0].stopped and made[0].store_open_at_stop
    assert supervisor.store.raw_connection is None  # and then the store closed
    assert flow.ctx.sync is None


def test_quitting_stops_sync_before_the_store_closes(qtbot, flow, supervisor, made):
    link(supervisor)
    flow.logged_in(supervisor)
    qtbot.waitUntil(lambda: bool(made) and made[0].started, timeout=WAIT_MS)
    flow.finish(0)
    flow.shutdown()
    assert made[0].stopped and made[0].store_open_at_stop
    assert supervisor.store.raw_connection is None


def test_a_damaged_store_never_starts_syncing(qtbot, flow, supervisor, made, monkeypatch,
                                               message_boxes):
    link(supervisor)
    monkeypatch.setattr(supervisor.maintenance, "verify_pages",
                        lambda: ["hmac check failed for pgno=58"])
    flow.logged_in(supervisor)
    qtbot.waitUntil(lambda: flow.exit_code == 3, timeout=WAIT_MS)
    assert made == []


def test_a_local_only_pc_starts_no_sync_thread(qtbot, flow, supervisor, made):
    flow.logged_in(supervisor)
    controller = flow.ctx.sync
    qtbot.waitUntil(lambda: controller.enrolled is not None, timeout=WAIT_MS)
    assert controller.enrolled is False and made == []
    status = flow.main_window.status
    assert status.sync_label.text() == "● Only on this computer"
