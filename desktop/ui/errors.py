"""Showing failures to people: their language, what to do next, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.messages import HaloError

log = logging.getLogger(__name__)


def error_text(exc: BaseException, lang: str) -> str:
    if isinstance(exc, HaloError):
        return exc.text(lang)
    log.error("unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "Errors",
        "Something went wrong. Nothing was lost; try again. If it happens again, "
        "tell the office administrator (details are in the log file).",
    )


def show_error(parent: QWidget | None, exc: BaseException, lang: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Halo TKI Desk"),
                        error_text(exc, lang))


# Exit code of the data files being missing, damaged or not encrypted (StoreError,
# SlotFileMissing, ...); 4 is "not set up", which at login means the files vanished.
FATAL_EXIT_CODES = (3, 4)


def is_fatal_store_error(exc: BaseException) -> bool:
    """The data cannot be opened: the app must stop, never start over with a new store."""
    return isinstance(exc, HaloError) and exc.exit_code in FATAL_EXIT_CODES
