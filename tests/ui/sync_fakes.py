"""Test support for the desktop's sync UI: a scheduler stand-in that talks from its own
thread like the real one, a linked (enrolled) store, and a server-made conflict."""

from __future__ import annotations

import threading
import time
import uuid
from datetime import UTC, datetime

from desktop.store.replica import Replica
from desktop.sync.scheduler import SyncStatus
from sync.credentials import DeviceCredential
from sync.hlc import format_hlc

NOW = datetime(2026, 11, 22, 7, 5, tzinfo=UTC)  # 14.05 WIB
TOKEN = DeviceCredential("0" * 32, "s" * 43).token
WAIT_MS = 5000


def link(core, url: str = "http://127.0.0.1:9") -> None:
    """Make the store an enrolled PC's (the central link inside the encrypted store)."""
    Replica(core.store).set_link(url, TOKEN)


class FakeScheduler:
    """What SyncController needs of a SyncScheduler. `say(...)` calls the listener from a
    thread of its own, as the sync thread does; `fetch` answers from a thread too."""

    def __init__(self, listener, fetcher=None) -> None:
        self.listener = listener
        self.fetcher = fetcher  # fetcher(sha256, size, done, say) on a thread, or None
        self.started = self.stopped = False
        self.sync_now_calls = 0
        self.fetched: list[str] = []
        self.status = SyncStatus()

    def start(self) -> None:
        self.started = True

    def stop(self, timeout: float = 30.0) -> None:
        self.stopped = True

    def sync_now(self) -> None:
        self.sync_now_calls += 1

    def local_change(self) -> None:
        pass

    def fetch(self, sha256: str, size: int, done) -> None:
        self.fetched.append(sha256)
        fetcher = self.fetcher or (lambda s, n, d, say: d(None))
        threading.Thread(target=fetcher, args=(sha256, size, done, self.say)).start()

    def say(self, **changes) -> SyncStatus:
        """Deliver a status (changes over the previous one) from a foreign thread."""
        from dataclasses import replace

        self.status = replace(self.status, **changes)
        status = self.status
        thread = threading.Thread(target=self.listener, args=(status,))
        thread.start()
        thread.join(5)
        return status

    def run(self, **end) -> None:
        """A whole sync run as the scheduler reports it: start, a phase, the end."""
        self.say(running=True, phase="", done=0, total=0, error=None)
        self.say(phase="push", done=1, total=2)
        self.say(**{"running": False, "phase": "", "online": True, **end})


class Schedulers:
    """make_scheduler for SyncController; remembers what it made."""

    def __init__(self, fetcher=None) -> None:
        self.made: list[FakeScheduler] = []
        self.fetcher = fetcher

    def __call__(self, listener) -> FakeScheduler:
        scheduler = FakeScheduler(listener, self.fetcher)
        self.made.append(scheduler)
        return scheduler

    @property
    def last(self) -> FakeScheduler:
        return self.made[-1]


def start_controller(qtbot, ctx, schedulers=None):
    """A started SyncController in ctx.sync (link the store first to enrol it)."""
    from desktop.ui.sync.controller import SyncController

    controller = SyncController(ctx, ctx.core, make_scheduler=schedulers or Schedulers())
    ctx.sync = controller
    with qtbot.waitSignal(controller.linkKnown, timeout=WAIT_MS):
        controller.start()
    return controller


def receive_conflict(core, case_key, entity: str, field: str, kept: str, other: str, *,
                     reason: str = "concurrent_edit", kept_by: str = "kasi",
                     other_by: str = "budi.sby") -> str:
    """A conflict the server made, received as sync receives it; returns its id."""
    detail = core.cases.get(case_key)
    case_id = detail.case["id"]
    entity_id = {"case": case_id, "worker": detail.worker.get("id"),
                 "complainant": detail.complainant.get("id")}.get(entity) or case_id
    conflict_id = str(uuid.uuid4())
    stamp = "2026-11-22T07:05:00.000000Z"
    change = {
        "change_id": str(uuid.uuid4()), "entity": "conflict", "entity_id": conflict_id,
        "case_id": case_id, "op": "insert",
        "fields": {"id": conflict_id, "case_id": case_id, "entity": entity,
                   "entity_id": entity_id, "field": field, "kept_value": kept,
                   "kept_by": kept_by, "other_value": other, "other_by": other_by,
                   "reason": reason, "created_at": stamp, "resolved_at": "",
                   "resolved_by": "", "resolution": ""},
        "hlc": format_hlc(int(time.time() * 1000), 0, "5e4e4e4e"), "user": "sync",
        "device": "server", "created_at": stamp,
    }
    replica = Replica(core.store)
    replica.receive(replica.parse([change]), NOW)
    return conflict_id
