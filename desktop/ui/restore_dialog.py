"""Restore this PC's data from a backup, in the application (issue 12 §5.7).

Only from the login screen: the store must be closed (the restore takes the data folder's
lock exclusively). It asks for the backup file and its administrator's username and
password (the backup's own accounts: the restore checks them before touching anything
here), and a new enrolment code when the backup is of a PC enrolled with the server. The
work runs off the UI thread under a busy progress bar; the current files are kept aside.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.session.restore import RestoreNeedsCode, restore
from desktop.ui import file_dialogs
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text
from desktop.ui.widgets import FormErrors, set_busy_cursor


class RestoreDialog(QDialog):
    restored = Signal(str)  # where the previous files were kept ("" if nowhere)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FormErrors()
        self._busy = False
        self.setWindowTitle(self.tr("Restore from a backup"))
        self._build()
        self.resize(620, self.sizeHint().height())

    def _build(self) -> None:
        intro = QLabel(self.tr(
            "The data on this PC is replaced by the backup; the current files are kept aside "
            "first. Log in with the administrator account of the backup."))
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.errors.wrap("restore.file", self.file), 1)
        row.addWidget(self.browse, 0, Qt.AlignmentFlag.AlignTop)
        file_box = QWidget()
        file_box.setLayout(row)
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Only for a backup of a PC enrolled with the server"))
        form = QFormLayout()
        for text, field, widget in (
                (self.tr("Backup &file:"), "restore.file", file_box),
                (self.tr("Backup's &administrator:"), "restore.username", self.username),
                (self.tr("Pass&word:"), "restore.password", self.password),
                (self.tr("New enrolment c&ode:"), "restore.code", self.code)):
            caption = QLabel(text)
            caption.setBuddy(self.file if widget is file_box else widget)
            # The file's error sits under its line, not under the Choose button too.
            form.addRow(caption, widget if widget is file_box else self.errors.wrap(field, widget))
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the restore reports no steps: busy while it runs
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Restore"))
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

    def choose_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose the backup"), "",
                                      self.tr("Halo TKI Desk backups (*.zip)"))
        if path:
            self.file.setText(path)

    def run(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        bundle = self.file.text().strip()
        if not bundle or not Path(bundle).is_file():
            self.errors.set("restore.file", self.tr("Choose the backup file (.zip)."))
            return
        paths, kdf = self.ctx.paths, self.ctx.kdf
        user, password, code = self.username.text(), self.password.text(), self.code.text()
        self._set_busy(True)

        def work():
            return restore(paths, Path(bundle), user, password, kdf, code=code.strip() or None)

        # On the database thread even when it asks the server: it swaps the store's files,
        # and the application waits for that thread before it ends.
        self.ctx.tasks.run_db(work, self._done, self._failed)

    def reject(self) -> None:
        if self._busy:
            return  # the restore runs to its end (all or nothing); closing waits for it
        super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.progress.setVisible(busy)
        for widget in (self.ok, self.browse, self.file, self.username, self.password, self.code):
            widget.setEnabled(not busy)
        set_busy_cursor(self, busy)

    def _done(self, kept) -> None:
        self._set_busy(False)
        self.restored.emit(str(kept or ""))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, RestoreNeedsCode):
            self.errors.set("restore.code", error_text(exc, self.ctx.lang))
            self.code.setFocus()
            return
        self.errors.show(exc, self.ctx.lang)
