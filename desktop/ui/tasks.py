"""Background work with results delivered on the UI thread.

All store access runs on ONE database executor thread (the store has one connection);
network work will get its own pool. A callback never runs on a worker thread.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _EmitProbe(QObject):
    ping = Signal()


_emit_guard_checked = False
_IMMORTAL = 1 << 40


def guard_signal_emit_refcount() -> bool:
    """Work around PySide6 6.12's Signal.emit() returning True without a new reference.

    On Python 3.11 every discarded emit() result then takes a reference away from True,
    and after a few thousand signals (one per database task) the interpreter aborts with
    "bool_dealloc: deallocating True or False". Python 3.12 made True and False immortal;
    this does the same, once, and only if a probe shows the leak. Returns True if applied.
    """
    global _emit_guard_checked
    if _emit_guard_checked or sys.version_info >= (3, 12):
        return False
    _emit_guard_checked = True
    probe = _EmitProbe()
    before = sys.getrefcount(True)
    for _ in range(32):
        probe.ping.emit()
    if sys.getrefcount(True) > before - 24:
        return False
    for flag in (True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(flag)).value += _IMMORTAL
    log.info("PySide Signal.emit() reference leak detected: True/False made immortal")
    return True


class TaskManager(QObject):
    _finished = Signal(object)

    def __init__(self, on_unhandled_error: ErrorCallback | None = None, parent: QObject | None = None):
        super().__init__(parent)
        guard_signal_emit_refcount()
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="halotki-db")
        self._on_unhandled_error = on_unhandled_error
        self._pending = 0
        # Queued: the slot runs in this object's (the UI) thread whatever thread emits.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run_db(self, fn: Callable[[], Any], on_done: Callback | None = None,
               on_error: ErrorCallback | None = None) -> Future:
        """Run fn on the database thread; then on_done(result) or on_error(exc) on the UI thread."""
        self._pending += 1
        future = self._db.submit(fn)
        future.add_done_callback(lambda f: self._finished.emit((f, on_done, on_error)))
        return future

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _deliver(self, payload: tuple) -> None:
        future, on_done, on_error = payload
        self._pending -= 1
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
        """Wait for queued database work (e.g. a save) before the connection closes."""
        self._db.shutdown(wait=True)
