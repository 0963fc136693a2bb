"""Background sync for the logged-in session: start, stop, "sync now", downloads, and what
the windows need to know (status, pending changes, cases that left, changes that arrived).

The scheduler (desktop/sync/scheduler.py) runs on its own thread with its own connection.
Its statuses reach this object through the SyncBridge, so every signal here is emitted on
the UI thread. A PC that was never enrolled gets no scheduler at all: it only works locally.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from desktop.ui.context import UiContext
from desktop.ui.sync.bridge import SyncBridge

log = logging.getLogger(__name__)


class NotSyncing(Exception):
    """A download was asked for while no scheduler runs (the window says so in words)."""


class SyncController(QObject):
    linkKnown = Signal()  # enrolled / national are known
    statusChanged = Signal(object)  # SyncStatus
    pendingChanged = Signal(int)
    runFinished = Signal(object)  # the newest sync-log row (dict), after each run
    changesReceived = Signal()  # a run brought changes or removed cases: refresh the views
    casesRemoved = Signal(tuple)  # case numbers that left this PC in the last run
    revoked = Signal(object)  # the error, the first time the server says so

    def __init__(self, ctx: UiContext, core, make_scheduler: Callable | None = None,
                 parent: QObject | None = None) -> None:
        """`make_scheduler(listener)` -> a started-later SyncScheduler (default: the core's,
        on its own connection). Tests pass a fake."""
        super().__init__(parent)
        self.ctx = ctx
        self.core = core
        self._make = make_scheduler or core.sync.scheduler
        self.enrolled: bool | None = None  # None: not known yet
        self.national = False
        self.status = None  # the newest SyncStatus
        self.pending: int | None = None
        self._job = ""  # what the scheduler is busy with: "run" or "fetch"
        self._told_revoked = False
        self._counting = self._recount = False
        # Set and read on the database thread as well (start and stop run there).
        self._lock = threading.Lock()
        self._stopped = False
        self._scheduler = None
        self._unwatch: Callable[[], None] | None = None
        self.bridge = SyncBridge(self)
        queued = Qt.ConnectionType.QueuedConnection
        self.bridge.status.connect(self._on_status, queued)
        self.bridge.localChange.connect(self._on_local_change, queued)

    @property
    def tasks(self):
        return self.ctx.tasks

    # -- life ------------------------------------------------------------------------------
    def start(self) -> None:
        """Find out whether this PC syncs, and if so start the scheduler (database thread)."""
        core = self.core

        def begin() -> tuple[bool, bool, int]:
            enrolled, national = core.sync.enrolled(), core.sync.national()
            if enrolled:
                with self._lock:
                    if self._stopped:
                        return enrolled, national, 0
                    self._unwatch = core.sync.watch_local_changes(self.bridge.local_change)
                    self._scheduler = self._make(self.bridge.listener)
                    self._scheduler.start()
            return enrolled, national, core.sync.pending_count() if enrolled else 0

        self.tasks.run_db(begin, self._begun, self._start_failed)

    def learn_link(self) -> None:
        """Find out whether this PC syncs at once: start() waits for the page check, and
        until then the status bar could not tell a local-only PC from one connecting."""
        core = self.core

        def known(result: tuple[bool, bool]) -> None:
            if self._stopped or self.enrolled is not None:
                return
            self.enrolled, self.national = result
            self.linkKnown.emit()

        self.tasks.run_db(lambda: (core.sync.enrolled(), core.sync.national()), known,
                          lambda exc: log.warning("sync link not known yet", exc_info=exc))

    def _begun(self, result: tuple[bool, bool, int]) -> None:
        if self._stopped:
            return
        self.enrolled, self.national, pending = result
        if self.enrolled:
            self._set_pending(pending)
        self.linkKnown.emit()

    def _start_failed(self, exc: BaseException) -> None:
        # Sync not starting must not stop anyone working: the PC works locally meanwhile.
        log.error("sync could not start", exc_info=exc)
        self.enrolled = False
        self.linkKnown.emit()

    def stop(self) -> None:
        """End the sync thread (waits for the round it is in). Any thread; blocks, so the
        UI calls it through the database thread, before the core closes."""
        with self._lock:
            self._stopped = True
            scheduler, self._scheduler = self._scheduler, None
            unwatch, self._unwatch = self._unwatch, None
        self.bridge.close()
        if unwatch is not None:
            unwatch()
        if scheduler is not None:
            scheduler.stop()

    @property
    def running(self) -> bool:
        """A scheduler is there to sync and download (enrolled, started, not stopped)."""
        return self._scheduler is not None and not self._stopped

    @property
    def is_revoked(self) -> bool:
        return bool(self.status is not None and self.status.revoked)

    # -- asking ----------------------------------------------------------------------------
    def sync_now(self) -> None:
        scheduler = self._scheduler
        if scheduler is not None and not self._stopped:
            scheduler.sync_now()

    def fetch(self, sha256: str, size: int, on_done: Callable[[BaseException | None], None]
              ) -> None:
        """Download an attachment's content; `on_done(error or None)` on the UI thread."""
        scheduler = self._scheduler
        if scheduler is None or self._stopped:
            on_done(NotSyncing())
            return
        scheduler.fetch(sha256, size, lambda error: self.bridge.post(lambda: on_done(error)))

    # -- what the scheduler says (UI thread) ------------------------------------------------
    def _on_status(self, status) -> None:
        if self._stopped:
            return
        before = self.status
        self.status = status
        was_running = before is not None and before.running
        if status.running and not was_running:
            self._job = "fetch" if status.phase == "download" else "run"
        self.statusChanged.emit(status)
        if status.revoked and not self._told_revoked:
            self._told_revoked = True
            self.revoked.emit(status.error)
        if was_running and not status.running and self._job == "run":
            self._run_ended(status)

    def _run_ended(self, status) -> None:
        core = self.core
        removed = tuple(status.removed)

        def after() -> tuple[int, dict | None] | None:
            if self._stopped:  # logged out meanwhile: the store may be closing
                return None
            runs = core.sync.runs(1)
            return core.sync.pending_count(), (runs[0] if runs else None)

        def done(result) -> None:
            if result is None or self._stopped:
                return
            pending, run = result
            self._set_pending(pending)
            self.runFinished.emit(run)
            if removed:
                self.casesRemoved.emit(removed)
            if removed or (run is not None and run.get("pulled")):
                self.changesReceived.emit()

        self.tasks.run_db(after, done, lambda exc: log.error("after sync", exc_info=exc))

    def _on_local_change(self) -> None:
        """A save here: count what waits to be sent (one count at a time, then once more
        if more saves came while it ran)."""
        if self._stopped:
            return
        if self._counting:
            self._recount = True
            return
        self._counting = True
        core = self.core

        def count() -> int | None:
            return None if self._stopped else core.sync.pending_count()

        def done(pending: int | None) -> None:
            self._counting = False
            if pending is not None and not self._stopped:
                self._set_pending(pending)
            if self._recount:
                self._recount = False
                self._on_local_change()

        def failed(exc: BaseException) -> None:
            self._counting = False
            log.error("counting pending changes failed", exc_info=exc)

        self.tasks.run_db(count, done, failed)

    def _set_pending(self, pending: int) -> None:
        self.pending = pending
        self.pendingChanged.emit(pending)
