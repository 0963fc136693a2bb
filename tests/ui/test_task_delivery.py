"""A window closed and deleted while its background work ran gets no callback (calling a
method of a deleted Qt object may crash the process); other callbacks still run."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from desktop.ui.tasks import TaskManager


class _Receiver(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.got: list = []

    def done(self, result) -> None:
        self.got.append(result)


def test_a_deleted_receiver_is_skipped_and_a_live_one_is_called(qtbot):
    tasks = TaskManager()
    gone, alive = _Receiver(), _Receiver()
    qtbot.addWidget(alive)
    shiboken6.delete(gone)
    plain: list = []
    tasks.run_db(lambda: 1, gone.done)
    tasks.run_db(lambda: 2, alive.done)
    tasks.run_db(lambda: 3, plain.append)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert alive.got == [2] and plain == [3]
    tasks.shutdown()
