"""From start to quit: set-up or login, the main window, logging out and back in.

Sync: after login a SyncController (desktop/ui/sync/controller.py) is made for the session
and started once the page check passed; it is stopped before the core closes (logout,
quit, a fatal error), since its thread works on the same database file.

A store that exists but cannot be opened (key file or database missing, damaged, not
encrypted) ends the application with exit code 3 after saying so: it is never replaced
by a fresh store and the app never carries on without it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.session.setup import SetupState, setup_state
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_STORE_UNUSABLE = 3


class StartupFlow(QObject):
    """`finished(exit_code)` once the application should end; `shown(dialog)` whenever the
    first-run or login window appears (the packaging smoke test waits for it)."""

    finished = Signal(int)
    shown = Signal(object)

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.exit_code: int | None = None
        self.dialog: QWidget | None = None
        self.main_window: QWidget | None = None
        self.login_throttle = None  # tests put a LoginThrottle with a fake clock here
        self._restore_next = False  # open the restore once the login screen shows

    def start(self) -> None:
        self.ctx.tasks.run_db(lambda: setup_state(self.ctx.paths), self._state_known,
                              self.fail)

    def _state_known(self, state: SetupState) -> None:
        if state is SetupState.NEW:
            self.show_first_run()
        else:
            self.show_login()

    def show_first_run(self) -> None:
        from desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.ctx)
        dialog.initialized.connect(self.logged_in)
        self._show_dialog(dialog)

    def show_login(self) -> None:
        from desktop.ui.login import LoginDialog

        dialog = LoginDialog(self.ctx, throttle=self.login_throttle)
        dialog.loggedIn.connect(self.logged_in)
        self._show_dialog(dialog)
        if self._restore_next:  # asked for in the main window: the store is closed now
            self._restore_next = False
            dialog.open_restore()

    def restore_from_backup(self) -> None:
        """Log out, then open the restore at the login screen (the store must be closed)."""
        self._restore_next = True
        self.log_out()

    def _show_dialog(self, dialog) -> None:
        dialog.fatalError.connect(self.fail)
        dialog.rejected.connect(lambda: self.finish(EXIT_OK))
        self.dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.shown.emit(dialog)

    def logged_in(self, core) -> None:
        from desktop.ui.main_window import MainWindow
        from desktop.ui.sync.controller import SyncController

        self.ctx.core = core
        self.dialog = None
        # Made before the window, which shows its state; started after the page check.
        self.ctx.sync = SyncController(self.ctx, core, parent=self)
        window = MainWindow(self.ctx)
        window.loggedOut.connect(self.log_out)
        window.restoreRequested.connect(self.restore_from_backup)
        window.closed.connect(lambda: self.finish(EXIT_OK))
        self.main_window = window
        window.show()
        # A damaged page is otherwise only noticed when something reads it; check them all
        # now, in the background, and stop before anyone works on a damaged store.
        self.ctx.tasks.run_db(core.maintenance.require_sound_pages, self._pages_checked,
                              self.fail)

    def _pages_checked(self, _result: None) -> None:
        controller = self.ctx.sync
        if controller is not None and self.exit_code is None:
            controller.start()

    def _take_sync(self):
        """The session's sync controller, no longer reachable by the windows."""
        sync, self.ctx.sync = self.ctx.sync, None
        return sync

    def log_out(self) -> None:
        core, self.ctx.core = self.ctx.core, None
        window, self.main_window = self.main_window, None
        sync = self._take_sync()

        def closed(_result=None) -> None:
            # Only now: replies to the window's earlier requests have all been delivered.
            if window is not None:
                window.deleteLater()
            if sync is not None:
                sync.deleteLater()
            self.show_login()

        if core is None:
            closed()
            return

        def close() -> None:
            # On the database thread, after any save still running: the sync thread ends
            # first (it may be in a round), then the connection closes. The UI stays free.
            if sync is not None:
                sync.stop()
            core.close()

        self.ctx.tasks.run_db(close, closed, self.fail)

    def fail(self, exc: BaseException) -> None:
        """The data cannot be used: say why in the person's language, then stop."""
        if self.exit_code is not None:
            return
        parent = self.dialog if self.dialog is not None and self.dialog.isVisible() else None
        text = error_text(exc, self.ctx.lang) + "\n\n" + QCoreApplication.translate(
            "StartupFlow", "Halo TKI Desk will close now.")
        QMessageBox.critical(parent, QCoreApplication.translate("StartupFlow", "Halo TKI Desk"),
                             text)
        self.finish(EXIT_STORE_UNUSABLE)

    def finish(self, code: int) -> None:
        if self.exit_code is not None:
            return
        self.exit_code = code
        for window in (self.dialog, self.main_window):
            if window is not None and window.isVisible():
                window.hide()
        self.finished.emit(code)

    def shutdown(self) -> None:
        """Stop sync, wait for database work still queued (a save), then close the store."""
        sync = self._take_sync()
        if sync is not None:
            try:
                sync.stop()
            except Exception:
                log.exception("stopping sync failed")
        self.ctx.tasks.shutdown()
        core, self.ctx.core = self.ctx.core, None
        if core is not None:
            try:
                core.close()
            except Exception:  # the app is ending; the log says what went wrong
                log.exception("closing the store failed")
