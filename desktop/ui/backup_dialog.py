"""Back up this PC's data from the app (an administrator; File menu): where to, then a
progress bar while the core writes the encrypted copy (core.maintenance.backup, the same
as `halotki backup FILE`: consistent while the app runs).

The core reports no steps, so the bar runs without a percentage until the file is written.
Restoring stays in `halotki restore`: it replaces the data the running app holds open.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import file_dialogs
from desktop.ui.context import UiContext
from desktop.ui.errors import show_error


class BackupDialog(QDialog):
    finishedBackup = Signal(object)  # the Path written, or None when it failed

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = ctx.require_core()
        self.target: Path | None = None
        self.setWindowTitle(self.tr("Back up data"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the copy has no steps to count
        self.bar.setTextVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.setEnabled(False)  # the copy cannot be stopped half-way
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def suggested_name(self) -> str:
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        return f"halotki-{self.core.office.code}-{stamp}.zip"

    def ask_and_start(self) -> bool:
        """Ask where to write the backup; False when the person cancelled."""
        path = file_dialogs.save_file(
            self.parentWidget(), self.tr("Back up data to"),
            file_dialogs.documents_folder() / self.suggested_name(),
            self.tr("Halo TKI Desk backups (*.zip)"))
        if not path:
            return False
        self.start(Path(path))
        return True

    def start(self, target: Path) -> None:
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        self.target = target
        self.label.setText(self.tr("Writing the encrypted backup to {path}…").format(
            path=str(target)))
        self.bar.setRange(0, 0)
        self.buttons.setEnabled(False)
        self.open()
        core = self.core
        self.ctx.tasks.run_db(lambda: core.maintenance.backup(target), self._done,
                              self._failed)

    def _done(self, path: Path) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.setEnabled(True)
        self.label.setText(self.tr(
            "Backup written: {path}\n\nKeep it somewhere other than this PC (an external "
            "disk). It is encrypted: the passwords of this PC's accounts open it.").format(
            path=str(path)))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus(
            Qt.FocusReason.OtherFocusReason)
        self.finishedBackup.emit(Path(path))

    def _failed(self, exc: BaseException) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.buttons.setEnabled(True)
        self.label.setText(self.tr("The backup was not written."))
        self.finishedBackup.emit(None)
        show_error(self, exc, self.ctx.lang)

    def reject(self) -> None:
        if not self.buttons.isEnabled():
            return  # still writing: Esc must not hide a copy that is running
        super().reject()

