"""What the main window does when sync reports: status bar, refreshes, notices.

After a run that brought changes, the case list and the open case windows reload (the
list keeps its selection and search; a case window with a form open waits until the form
closes). Cases that left this PC are named once, and their open windows close.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox

from desktop.ui.errors import error_text


class MainWindowSync(QObject):
    def __init__(self, window, controller) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        c = controller
        for signal in (c.linkKnown, c.statusChanged, c.pendingChanged):
            signal.connect(self.show_state)
        c.changesReceived.connect(self.refresh_views)
        c.casesRemoved.connect(self.cases_removed)
        c.revoked.connect(self.tell_revoked)
        self.show_state()
        if c.enrolled is None:
            c.learn_link()

    def show_state(self, *_args) -> None:
        c = self.controller
        self.window.status.set_sync(c.enrolled, c.status, c.pending)
        self.window.update_sync_actions()

    def refresh_views(self) -> None:
        self.window.reload()
        for case_window in list(self.window.case_windows.values()):
            if case_window.isVisible():
                case_window.refresh_from_sync()

    def cases_removed(self, numbers: tuple[str, ...]) -> None:
        gone = set(numbers)
        closed = []
        for seq, case_window in list(self.window.case_windows.items()):
            detail = getattr(case_window, "detail", None)
            if detail is not None and detail.case_number in gone:
                closed.append(detail.case_number)
                case_window.close_removed()
                self.window.case_windows.pop(seq, None)
        # After the list has reloaded (changesReceived follows): the notice is modal.
        QTimer.singleShot(0, self, lambda: self._tell_removed(sorted(gone), bool(closed)))

    def _tell_removed(self, numbers: list[str], closed: bool) -> None:
        text = self.tr("These cases were transferred to another office and are no "
                                   "longer on this computer: {numbers}. Everything recorded "
                                   "here about them had reached the central server first."
                 ).format(numbers=", ".join(numbers))
        if closed:
            text += "\n\n" + self.tr("Their open windows were closed.")
        QMessageBox.information(self.window, self.tr("Cases moved to another office"),
                                text)

    def tell_revoked(self, error) -> None:
        why = error_text(error, self.window.ctx.lang) if error is not None else ""
        text = "\n\n".join(filter(None, (why, self.tr(
            "This computer no longer synchronises. The data on it can still "
                              "be read, and what is recorded here stays here."))))
        QMessageBox.warning(self.window, self.tr("Synchronisation stopped"), text)
