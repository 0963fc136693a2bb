"""Changing one's own password, and an administrator setting a new one for someone else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.crypto.keyslots import WrongPassword
from desktop.domain.accounts import MIN_PASSWORD_LEN, check_new_password
from desktop.messages import HaloError
from desktop.ui.context import UiContext
from desktop.ui.widgets import FormErrors, error_label, set_busy_cursor


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class _PasswordForm(QDialog):
    """New password + confirmation, checked here first, then saved on the database thread."""

    done_ok = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._shown: BaseException | None = None
        self.setMinimumWidth(440)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FormErrors(error_label())
        self.new_password = password_edit()
        self.confirm = password_edit()
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)  # Enter always means Save, wherever focus is
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def add_row(self, field: str, edit: QLineEdit) -> QLabel:
        label = QLabel()
        label.setBuddy(edit)
        self.form.addRow(label, self.errors.wrap(field, edit))
        return label

    def check_new(self) -> BaseException | None:
        try:
            check_new_password(self.new_password.text())
        except HaloError as exc:
            return exc
        if self.confirm.text() != self.new_password.text():
            return _Mismatch(self.tr("The two new passwords do not match."))
        return None

    def work(self):  # -> Callable[[], None], run on the database thread
        raise NotImplementedError

    def submit(self) -> None:
        if self._busy:
            return
        problem = self.precheck()
        if problem is not None:
            self._show(problem)
            return
        self.errors.clear()
        self._shown = None
        self._set_busy(True)
        self.ctx.tasks.run_db(self.work(), self._succeeded, self._failed)

    def precheck(self) -> BaseException | None:
        return self.check_new()

    def _succeeded(self, _result) -> None:
        self._set_busy(False)
        self.done_ok.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show(exc)

    def _show(self, exc: BaseException) -> None:
        self._shown = exc
        self.errors.clear()
        if isinstance(exc, _Mismatch):
            widget = self.errors.set("password_confirm", str(exc))
        else:
            widget = self.errors.show(exc, self.ctx.lang)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
            widget.setFocus()

    def _set_busy(self, busy: bool) -> None:
        # Read-only rather than disabled: disabling would push the focus onto a button.
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        for edit in self.findChildren(QLineEdit):
            edit.setReadOnly(busy)
        set_busy_cursor(self, busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._shown is not None and not isinstance(self._shown, _Mismatch):
                self._show(self._shown)
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.ok_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.new_password.setPlaceholderText(
            self.tr("at least {n} characters").format(n=MIN_PASSWORD_LEN))


class _Mismatch(Exception):
    pass


class ChangePasswordDialog(_PasswordForm):
    """Anyone: the old password, then the new one twice. Only this person's slot changes."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.old_password = password_edit()
        self.old_label = self.add_row("old_password", self.old_password)
        self.new_label = self.add_row("password", self.new_password)
        self.confirm_label = self.add_row("password_confirm", self.confirm)
        self.errors.alias("new_password", "password")
        self.setTabOrder(self.old_password, self.new_password)
        self.setTabOrder(self.new_password, self.confirm)
        self.retranslate()
        self.old_password.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Change my password"))
        self.intro.setText(self.tr("Your new password opens the data on this PC from now on. "
                                   "Other people's passwords are not affected."))
        self.old_label.setText(self.tr("&Current password:"))
        self.new_label.setText(self.tr("&New password:"))
        self.confirm_label.setText(self.tr("Con&firm new password:"))

    def precheck(self) -> BaseException | None:
        if not self.old_password.text():
            return _Required(self.tr("Type your current password."))
        return self.check_new()

    def _show(self, exc: BaseException) -> None:
        if isinstance(exc, _Required | WrongPassword):
            self._shown = exc
            self.errors.clear()
            text = str(exc) if isinstance(exc, _Required) else exc.text(self.ctx.lang)
            self.errors.set("old_password", text)
            self.old_password.selectAll()
            self.old_password.setFocus()
            return
        super()._show(exc)

    def work(self):
        core = self.ctx.require_core()
        old, new, confirm = self.old_password.text(), self.new_password.text(), self.confirm.text()
        return lambda: core.accounts.change_own_password(old, new, confirm)


class _Required(_Mismatch):
    pass


class ResetPasswordDialog(_PasswordForm):
    """Administrator: a new password for someone who forgot theirs."""

    def __init__(self, ctx: UiContext, username: str, full_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.username = username
        self.full_name = full_name or username
        self.new_label = self.add_row("password", self.new_password)
        self.confirm_label = self.add_row("password_confirm", self.confirm)
        self.setTabOrder(self.new_password, self.confirm)
        self.retranslate()
        self.new_password.setFocus()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Reset password"))
        self.intro.setText(self.tr(
            "Set a new password for {name} ({username}). Give it to them in person; they "
            "can change it after logging in.").format(name=self.full_name, username=self.username))
        self.new_label.setText(self.tr("&New password:"))
        self.confirm_label.setText(self.tr("Con&firm new password:"))

    def work(self):
        core = self.ctx.require_core()
        username, new = self.username, self.new_password.text()
        return lambda: core.accounts.reset_password(username, new)
