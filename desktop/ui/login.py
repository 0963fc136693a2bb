"""The login screen: each staff member unlocks the encrypted data with their own password.

On a PC enrolled with the central server, a name without a key slot here may be a central
account logging in for the first time: the server is asked on the network pool (never on
the database thread), then the account is created here on the database thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.crypto.keyslots import EmptyPassword, UnknownUser, WrongPassword
from desktop.services.throttle import LoginThrottle, LoginThrottled
from desktop.session import enrolment
from desktop.session.login import NeedsCentralLogin, log_in
from desktop.sync.errors import InvalidCredentials, RateLimited
from desktop.ui.context import UiContext
from desktop.ui.errors import is_fatal_store_error
from desktop.ui.i18n import switch_language
from desktop.ui.icons import app_icon
from desktop.ui.widgets import (
    FormErrors,
    LanguageComboBox,
    error_label,
    grow_to_fit,
    set_busy_cursor,
)

log = logging.getLogger(__name__)

TICK_MS = 250


def header_widget(title: QLabel, subtitle: QLabel) -> QWidget:
    """The app icon with a title and one line of explanation (login and first run)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(14)
    icon = QLabel()
    icon.setPixmap(app_icon().pixmap(56, 56))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    row.addWidget(icon)
    text = QVBoxLayout()
    text.setSpacing(2)
    font = QFont(title.font())
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setBold(True)
    title.setFont(font)
    subtitle.setWordWrap(True)
    subtitle.setStyleSheet("color: #555;")
    text.addWidget(title)
    text.addWidget(subtitle)
    text.addStretch(1)
    row.addLayout(text, 1)
    return box


class LoginDialog(QDialog):
    """Username and password; unlocks on the database thread and hands over the Core.

    `loggedIn(core)` on success; `fatalError(exc)` when the data itself cannot be opened
    (the caller stops the application: a damaged store is never replaced by a new one).
    """

    loggedIn = Signal(object)
    fatalError = Signal(object)

    def __init__(self, ctx: UiContext, throttle: LoginThrottle | None = None,
                 clock: Callable[[], float] = time.monotonic, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = None
        self._throttle = throttle or LoginThrottle(ctx.paths.login_state)
        self._clock = clock
        self._wait_until = 0.0
        self._busy = False
        self._asking_server = False
        self._shown_error: BaseException | None = None
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)

        self._build_fields()
        self._build_form()
        self._build_buttons()
        self._build_layout()
        self._set_tab_order()
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._build_wait_timer()
        self.retranslate()
        (self.password if self.username.text() else self.username).setFocus()
        # The wait survives a restart of the app: show it before the first attempt.
        ctx.tasks.run_db(self._throttle.remaining_wait, self._initial_wait,
                         lambda exc: log.warning("login state unreadable: %s", exc))

    # -- building the window ---------------------------------------------------------------
    def _build_fields(self) -> None:
        self.title = QLabel()
        self.subtitle = QLabel()
        self.language = LanguageComboBox(self.ctx.lang)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.username = QLineEdit(self.ctx.settings.last_username)
        self.username.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = FormErrors(error_label())
        self.wait_label = error_label()
        self.busy_label = QLabel()
        self.busy_label.setStyleSheet("color: #555;")
        self.busy_label.hide()

    def _build_form(self) -> None:
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel()
        self.password_label = QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label.setBuddy(self.password)
        self.form.addRow(self.username_label, self.errors.wrap("username", self.username))
        self.form.addRow(self.password_label, self.errors.wrap("password", self.password))

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.login_button = QPushButton()
        self.login_button.setDefault(True)
        self.quit_button = QPushButton()
        self.quit_button.setAutoDefault(False)  # Enter never quits
        # The store is closed here: the one place a restore from a backup can run.
        self.restore_button = QPushButton()
        self.restore_button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.open_restore)
        self.buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ResetRole)
        self.login_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)

    def _build_layout(self) -> None:
        lang_row = QHBoxLayout()
        lang_row.addStretch(1)
        lang_row.addWidget(self.language_label)
        lang_row.addWidget(self.language)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addLayout(lang_row)
        layout.addWidget(header_widget(self.title, self.subtitle))
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _set_tab_order(self) -> None:
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.login_button)
        self.setTabOrder(self.login_button, self.quit_button)
        self.setTabOrder(self.quit_button, self.language)

    def open_restore(self) -> None:
        from desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.ctx, self)
        dialog.restored.connect(self._restored)
        self.restore_dialog = dialog
        dialog.open()

    def _restored(self, kept: str) -> None:
        text = self.tr("The backup was restored. Log in with an account of the backup.")
        if kept:
            text += "\n\n" + self.tr("The previous data is kept in: {path}").format(path=kept)
        QMessageBox.information(self, self.tr("Restore from a backup"), text)
        self.username.setFocus()

    def _build_wait_timer(self) -> None:
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in"))
        self.title.setText(self.tr("Halo TKI Desk"))
        self.subtitle.setText(self.tr("Log in with your own username and password."))
        self.language_label.setText(self.tr("Lan&guage:"))
        self.username_label.setText(self.tr("&Username:"))
        self.password_label.setText(self.tr("&Password:"))
        self.login_button.setText(self.tr("&Log in"))
        self.quit_button.setText(self.tr("&Quit"))
        self.restore_button.setText(self.tr("&Restore from a backup…"))
        self.busy_label.setText(self.tr("Asking the central server…") if self._asking_server
                                else self.tr("Opening the data…"))
        if self.language.language() != self.ctx.lang:
            blocked = self.language.blockSignals(True)
            self.language.set_language(self.ctx.lang)
            self.language.blockSignals(blocked)
        if self._shown_error is not None:
            self.errors.show(self._shown_error, self.ctx.lang)
        self._update_wait_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        lang = self.language.language()
        if lang == self.ctx.lang:
            return
        switch_language(self.ctx, lang)
        self.ctx.tasks.run_db(self.ctx.save_settings, None,
                              lambda exc: log.warning("settings not saved: %s", exc))

    # -- logging in ----------------------------------------------------------------------
    def submit(self) -> None:
        if self._busy or self._waiting():
            return
        username = self.username.text().strip()
        password = self.password.text()
        self._shown_error = None
        self.errors.clear()
        if not username:
            self.errors.set("username", self.tr("Type your username."))
            self.username.setFocus()
            return
        if not password:
            self._show(EmptyPassword("password"))
            return
        self._set_busy(True)
        ctx = self.ctx
        throttle = self._throttle
        ctx.tasks.run_db(
            lambda: log_in(ctx.paths, username, password, ctx.kdf, throttle, central=False),
            self._unlocked, lambda exc: self._local_failed(exc, username, password))

    def _local_failed(self, exc: BaseException, username: str, password: str) -> None:
        if not isinstance(exc, NeedsCentralLogin):
            self._failed(exc)
            return
        # A central account's first login on this PC: the server checks the password.
        ctx, throttle, link = self.ctx, self._throttle, exc.link
        self._asking_server = True
        self.retranslate()
        ctx.tasks.run_net(
            lambda: enrolment.ask_server(link, username, password, throttle),
            lambda answer: self._server_answered(answer, username, password), self._failed)

    def _server_answered(self, answer, username: str, password: str) -> None:
        self._asking_server = False
        self.retranslate()
        ctx, throttle = self.ctx, self._throttle
        ctx.tasks.run_db(
            lambda: enrolment.first_login(ctx.paths, username, password, answer, ctx.kdf,
                                          throttle),
            self._unlocked, self._failed)

    def _unlocked(self, core) -> None:
        self._set_busy(False)
        self.core = core
        self.ctx.settings.last_username = core.session.username
        self.ctx.tasks.run_db(self.ctx.save_settings, None,
                              lambda exc: log.warning("settings not saved: %s", exc))
        self.loggedIn.emit(core)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._asking_server = False
        self._set_busy(False)
        self.retranslate()
        if is_fatal_store_error(exc):
            self.fatalError.emit(exc)
            return
        if isinstance(exc, LoginThrottled):
            self._start_wait(exc.seconds)
            self.password.setFocus()
            return
        if isinstance(exc, RateLimited):  # the server's limit: the same countdown, its seconds
            self._start_wait(max(exc.retry_after, 1))
            self.password.clear()
            self.password.setFocus()
            return
        self._show(exc)
        if isinstance(exc, WrongPassword | UnknownUser | InvalidCredentials):
            # Each failure may have started a wait: show it now, not after the next try.
            self.ctx.tasks.run_db(self._throttle.remaining_wait, self._initial_wait,
                                  lambda e: log.warning("login state unreadable: %s", e))

    def _show(self, exc: BaseException) -> None:
        self._shown_error = exc
        self.errors.show(exc, self.ctx.lang)
        if isinstance(exc, UnknownUser):
            self.password.clear()
            self.username.setFocus()
            self.username.selectAll()
        elif isinstance(exc, WrongPassword | EmptyPassword | InvalidCredentials):
            self.password.clear()
            self.password.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        # Read-only rather than disabled: disabling would push the focus onto a button.
        for edit in (self.username, self.password):
            edit.setReadOnly(busy)
        self.language.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)  # never while the data is being opened
        set_busy_cursor(self, busy)
        self._update_button()
        self.busy_label.setVisible(busy)
        if busy:
            self.errors.general.hide()

    def _update_button(self) -> None:
        self.login_button.setEnabled(not self._busy and not self._waiting())

    # -- waiting after repeated failures ----------------------------------------------------
    def _initial_wait(self, seconds: float) -> None:
        if seconds > 0:
            self._start_wait(seconds)

    def _start_wait(self, seconds: float) -> None:
        self._wait_until = self._clock() + seconds
        self._timer.start()
        self._tick()

    def _waiting(self) -> bool:
        return self._wait_until > self._clock()

    def remaining_seconds(self) -> float:
        return max(self._wait_until - self._clock(), 0.0)

    def _tick(self) -> None:
        if not self._waiting():
            self._timer.stop()
            self._wait_until = 0.0
        self._update_wait_text()
        self._update_button()
        if not self._waiting() and not self._busy and self.isVisible():
            self.password.setFocus()

    def _update_wait_text(self) -> None:
        remaining = self.remaining_seconds()
        if remaining > 0:
            self.wait_label.setText(LoginThrottled(remaining).text(self.ctx.lang))
            if self.wait_label.isHidden():
                self.wait_label.show()
                grow_to_fit(self)
        else:
            self.wait_label.hide()
            self.wait_label.clear()

    def keyPressEvent(self, event) -> None:
        # Enter logs in from either field (QDialog would press the default button, which
        # is disabled during a wait; then Enter must simply do nothing).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)
