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
