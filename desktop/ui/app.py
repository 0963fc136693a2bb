"""The desktop application: `run_gui(data_dir, lang)` returns the process exit code."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.crypto.keyslots import DEFAULT_KDF, KdfParams
from desktop.logging_setup import configure_logging
from desktop.messages import LANGUAGES
from desktop.paths import resolve_data_dir
from desktop.private_fs import restrict_umask
from desktop.ui.context import UiContext
from desktop.ui.i18n import install_translators, remove_translators
from desktop.ui.icons import app_icon
from desktop.ui.single_instance import SingleInstance, bring_to_front
from desktop.ui.startup_flow import StartupFlow
from desktop.ui.tasks import TaskManager

log = logging.getLogger(__name__)

APP_NAME = "Halo TKI Desk"
# For the packaging smoke test and the launch benchmark: once the first window (login or
# first run) is on screen, print "halotki-ready: <class> <title>" and end with exit code 0.
# HALOTKI_READY_SCREENSHOT=FILE.png also saves what the window shows.
ENV_EXIT_WHEN_READY, ENV_READY_SCREENSHOT = "HALOTKI_EXIT_WHEN_READY", "HALOTKI_READY_SCREENSHOT"


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("BP2MI")
    app.setWindowIcon(app_icon())
    # Between the login and the main window no window is open; the flow decides when to end.
    app.setQuitOnLastWindowClosed(False)
    return app


def run_gui(data_dir: Path, lang: str | None = None, *, kdf: KdfParams = DEFAULT_KDF) -> int:
    """Set-up or login, then the main window, until the person quits; returns the exit code.

    `lang` overrides the saved language for this run. 3 means the data could not be opened.
    """
    app = application()
    # A second start on the same data folder shows the running copy and ends.
    instance = SingleInstance(Path(data_dir))
    if not instance.claim():
        log.info("already running on %s: brought that copy to the front", data_dir)
        return 0
    try:
        return _run(app, instance, data_dir, lang, kdf)
    finally:
        instance.close()


def _run(app: QApplication, instance: SingleInstance, data_dir: Path, lang: str | None,
         kdf: KdfParams) -> int:
    tasks = TaskManager(on_unhandled_error=lambda exc: log.error("background task failed",
                                                                  exc_info=exc))
    ctx = UiContext.create(Path(data_dir), lang, kdf, tasks=tasks)
    if ctx.paths.root.exists():
        configure_logging(ctx.paths.logs)
    ctx.translators = install_translators(app, ctx.lang)
    flow = StartupFlow(ctx)
    ctx.flow = flow
    instance.activated.connect(lambda: bring_to_front(flow.main_window or flow.dialog))
    flow.finished.connect(app.exit)
    if os.environ.get(ENV_EXIT_WHEN_READY) == "1":
        flow.shown.connect(lambda dialog: QTimer.singleShot(0, lambda: _ready(flow, dialog)))
    # Started from inside the event loop, so an early finish (a broken store) still ends it.
    QTimer.singleShot(0, flow.start)
    code = app.exec()
    flow.shutdown()
    remove_translators(app, ctx.translators)
    ctx.translators = []
    return flow.exit_code if flow.exit_code is not None else code


def _ready(flow: StartupFlow, dialog) -> None:
    # Queued after show(): by now the window has been laid out and painted once.
    shot = os.environ.get(ENV_READY_SCREENSHOT)
    if shot and not dialog.grab().save(shot):
        log.warning("could not save the ready screenshot")
    if sys.stdout is not None:  # a windowed Windows program has no stdout
        print(f"halotki-ready: {type(dialog).__name__} {dialog.windowTitle()}", flush=True)
    flow.finish(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="halotki-gui", description=APP_NAME)
    parser.add_argument("--data-dir", help="folder of this PC's data (default: per user)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language for this run")
    args = parser.parse_args(argv)
    restrict_umask()  # whatever the application creates is the owner's alone
    return run_gui(resolve_data_dir(args.data_dir), args.lang)


if __name__ == "__main__":
    sys.exit(main())
