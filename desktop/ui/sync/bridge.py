"""From the sync thread to the UI thread.

The scheduler calls its listener, and a download's `done`, on its own thread; widgets may
only be touched on the UI thread. Emitting a Qt signal is safe from any thread, and a
queued connection runs the slot in the thread the receiver lives in (the UI thread), in
the order the signals were sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


class SyncBridge(QObject):
    status = Signal(object)  # SyncStatus, delivered on the UI thread
    localChange = Signal()  # a local write was committed (pending count changed)
    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)
        self._closed = False

    # -- from any thread ---------------------------------------------------------------
    def listener(self, status) -> None:
        """The scheduler's listener: hand the status over to the UI thread."""
        self._emit(self.status, status)

    def local_change(self) -> None:
        self._emit(self.localChange)

    def post(self, fn: Callable[[], None]) -> None:
        """Run `fn` on the UI thread (e.g. a download's `done`)."""
        self._emit(self._call, fn)

    def close(self) -> None:
        """Nothing more is delivered (the window it served is going away)."""
        self._closed = True

    def _emit(self, signal, *args) -> None:
        if self._closed:
            return
        try:
            signal.emit(*args)
        except RuntimeError:  # the Qt object is already gone (the app is ending)
            log.debug("sync bridge used after deletion")

    # -- on the UI thread --------------------------------------------------------------
    def _run(self, fn: Callable[[], None]) -> None:
        if not self._closed:
            fn()
