"""Saving an export: ask where, write it on the database thread with a progress bar that
can cancel, then say where it went (with a button that opens the folder).

The core writes whole or nothing (desktop/reports/files.py atomic_output): a cancel or a
failure leaves no file behind, so this flow only has to ask, wait and tell.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.reports.files import Cancelled, ExportCancelled, Progress
from desktop.ui import file_dialogs
from desktop.ui.errors import show_error

SHOW_PROGRESS_AFTER_MS = 400  # a quick export finishes without a dialog flashing up
FORMATS = ("xlsx", "csv", "pdf")

Job = Callable[[Progress, Cancelled], Any]  # runs on the database thread


def ask_open_folder(parent: QWidget | None, title: str, text: str, open_text: str) -> bool:
    """Say where the file went; True when the person asks to open its folder."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok,
                      parent)
    open_button = box.addButton(open_text, QMessageBox.ButtonRole.ActionRole)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.exec()
    return box.clickedButton() is open_button


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


class _Relay(QObject):
    """Lives on the UI thread: a signal emitted on the database thread is delivered here
    queued, so the progress bar is only touched by the UI thread."""

    progressed = Signal(int, int)


class ExportFlow(QObject):
    finished = Signal(object)  # the saved path; None when cancelled, refused or failed

    def __init__(self, parent: QWidget, ctx) -> None:
        super().__init__(parent)
        self.window = parent
        self.ctx = ctx
        self.busy = False
        self.saved_path: Path | None = None
        self.progress: QProgressDialog | None = None
        self._cancel = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)

    # -- words -------------------------------------------------------------------------------
    def filters(self, fmt: str) -> str:
        return {"xlsx": self.tr("Excel workbooks (*.xlsx)"), "csv": self.tr("CSV files (*.csv)"),
                "pdf": self.tr("PDF files (*.pdf)")}[fmt]

    # -- asking ------------------------------------------------------------------------------
    def ask_target(self, title: str, suggested: str, fmt: str) -> Path | None:
        """The file to write, in the reports' default folder unless the person chose another
        folder earlier in this run; the format's suffix is added when left off."""
        folder = self.ctx.core.reports.default_folder()
        chosen = file_dialogs.save_file(self.window, title, Path(folder) / suggested,
                                        self.filters(fmt))
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != "." + fmt:
            target = target.with_name(target.name + "." + fmt)
        return target

    # -- the report --------------------------------------------------------------------------
    def export_report(self, report, fmt: str) -> bool:
        """Ask for a file name and write `report` as `fmt`; False when nothing was started."""
        if self.busy:
            return False
        reports, lang = self.ctx.core.reports, self.ctx.lang
        target = self.ask_target(self.tr("Export the report"),
                                 reports.suggested_name("report", report, fmt, lang), fmt)
        if target is None:
            return False
        self.run(lambda progress, cancelled: reports.export(
                     report, fmt, target, lang, progress, cancelled),
                 self.tr("Writing the report…"), self.tr("Report saved"))
        return True

    # -- running -----------------------------------------------------------------------------
    def run(self, job: Job, label: str, saved_title: str,
            describe: Callable[[Any, Path], str] | None = None) -> None:
        """Run `job(progress, cancelled)` on the database thread; it returns the saved path
        (or an object with .path). `describe(result, path)` words the saved message."""
        self.busy = True
        self.saved_path = None
        self._cancel.clear()
        self.progress = self._progress_dialog(label)
        relay = self._relay

        def progress(done: int, total: int) -> None:
            relay.progressed.emit(int(done), int(total))

        self.ctx.tasks.run_db(lambda: job(progress, self._cancel.is_set),
                              lambda result: self._done(result, saved_title, describe),
                              self._failed)

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self.cancel)
        dialog.setValue(0)
        return dialog

    def cancel(self) -> None:
        """Ask the running export to stop; it removes what it wrote and says so."""
        if self.busy and not self._cancel.is_set():
            self._cancel.set()
            if self.progress is not None:
                self.progress.setLabelText(self.tr("Cancelling…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is None or self._cancel.is_set():
            return
        if total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))

    def _close_progress(self) -> None:
        self.busy = False
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _done(self, result: Any, saved_title: str,
              describe: Callable[[Any, Path], str] | None) -> None:
        self._close_progress()
        path = Path(getattr(result, "path", result))
        self.saved_path = path
        text = describe(result, path) if describe else \
            self.tr("Saved to:\n{path}").format(path=str(path))
        if ask_open_folder(self.window, saved_title, text, self.tr("&Open folder")):
            open_folder(path)
        self.finished.emit(path)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if not isinstance(exc, ExportCancelled):  # the person cancelled: nothing to tell
            show_error(self.window, exc, self.ctx.lang)
        self.finished.emit(None)
