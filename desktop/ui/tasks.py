"""Background work with results delivered on the UI thread.

All store access runs on ONE database executor thread (the store has one connection);
network work runs on its own small pool, so a slow server never queues up behind a save or
holds a save up. A callback never runs on a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
NET_WORKERS = 4


class TaskManager(QObject):
    _finished = Signal(object)

    def __init__(self, on_unhandled_error: ErrorCallback | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="halotki-db")
        self._net = ThreadPoolExecutor(max_workers=NET_WORKERS, thread_name_prefix="halotki-net")
        self._on_unhandled_error = on_unhandled_error
        self._pending = 0
        # Queued: the slot runs in this object's (the UI) thread whatever thread emits.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run_db(self, fn: Callable[[], Any], on_done: Callback | None = None,
               on_error: ErrorCallback | None = None) -> Future:
        """Run fn on the database thread; then on_done(result) or on_error(exc) on the UI thread."""
        return self._submit(self._db, fn, on_done, on_error)

    def run_net(self, fn: Callable[[], Any], on_done: Callback | None = None,
                on_error: ErrorCallback | None = None) -> Future:
        """Run network work (talking to the central server) off both the UI and the database
        thread; fn must not touch the store. Callbacks as for run_db."""
        return self._submit(self._net, fn, on_done, on_error)

    def _submit(self, pool: ThreadPoolExecutor, fn: Callable[[], Any], on_done: Callback | None,
                on_error: ErrorCallback | None) -> Future:
        self._pending += 1
        future = pool.submit(fn)
        future.add_done_callback(lambda f: self._finished.emit((f, on_done, on_error)))
        return future

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _deliver(self, payload: tuple) -> None:
        future, on_done, on_error = payload
        self._pending -= 1
        if future.cancelled():  # network work dropped at shutdown: nobody waits for it
            return
        if not (_alive(on_done) and _alive(on_error)):
            return  # its window was closed and deleted while the work ran: nobody to tell
        exc = future.exception()
        if exc is None:
            if on_done is not None:
                on_done(future.result())
            return
        if on_error is not None:
            on_error(exc)
        elif self._on_unhandled_error is not None:
            self._on_unhandled_error(exc)
        else:
            log.error("background task failed", exc_info=exc)

    def shutdown(self) -> None:
        """Wait for queued database work (e.g. a save) before the connection closes.

        Network calls are not waited for: they only read or send what the store already
        holds, and a dead link must not keep the application from closing."""
        self._net.shutdown(wait=False, cancel_futures=True)
        self._db.shutdown(wait=True)


def _alive(callback: Callable | None) -> bool:
    """False for a method of a Qt object whose C++ side is gone (calling it may crash)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
