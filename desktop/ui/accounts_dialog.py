"""Staff accounts on this PC (administrator only): list, add, remove, reset a password."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import validation as v
from desktop.domain.accounts import (
    MSG_PASSWORD_MISMATCH,
    AccountError,
    check_new_password,
    check_username,
)
from desktop.domain.roles import Perm, Role, can, role_label
from desktop.messages import HaloError
from desktop.ui.context import UiContext
from desktop.ui.password_dialog import ResetPasswordDialog, password_edit
from desktop.ui.widgets import FormErrors, error_label, set_busy_cursor
from desktop.ui.window_geometry import remember_geometry

COL_USERNAME, COL_FULL_NAME, COL_ROLE, COL_ACTIVE = range(4)
ROLE_ORDER = (Role.FRONT_OFFICE, Role.CASE_OFFICER, Role.SUPERVISOR, Role.ADMIN)
INACTIVE_COLOR = QColor("#8a8a8a")


class AccountsDialog(QDialog):
    """Every change goes through core.accounts on the database thread; errors show inline."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = ctx.require_core()
        self.users: list[dict] = []
        self.add_dialog: AddUserDialog | None = None
        self.reset_dialog: ResetPasswordDialog | None = None
        self._busy = False
        self._shown: BaseException | None = None
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        remember_geometry(self, ctx, "accounts", QSize(760, 440))

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_FULL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.table.setColumnWidth(COL_USERNAME, 150)
        self.table.setColumnWidth(COL_ROLE, 190)
        self.table.setColumnWidth(COL_ACTIVE, 130)
        self.error = error_label()
        self.add_button = QPushButton()
        self.reset_button = QPushButton()
        self.remove_button = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        for b in (self.add_button, self.reset_button, self.remove_button):
            b.setAutoDefault(False)  # Enter closes; changing accounts takes a deliberate click
            buttons.addWidget(b)
        self.close_button.setDefault(True)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.remove_button.clicked.connect(self.remove_user)
        self.close_button.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        allowed = can(self.core.session.role, Perm.ACCOUNTS_MANAGE)
        self.add_button.setEnabled(allowed)
        self.retranslate()
        self._update_buttons()
        self.reload()

    # -- listing ---------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        core = self.core
        self.ctx.tasks.run_db(lambda: core.accounts.list_users(include_inactive=True),
                              lambda users: self._loaded(users, select), self._show_error)

    def _loaded(self, users: list[dict], select: str | None) -> None:
        current = select or self.selected_username()
        # Active accounts first: removed ones stay listed (their history is kept) but greyed.
        self.users = sorted(users, key=lambda u: (not u["active"], u["username"]))
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            for col, text in enumerate(self._cells(user)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, user["username"])
                if not user["active"]:
                    item.setForeground(INACTIVE_COLOR)
                self.table.setItem(row, col, item)
        if current:
            for row, user in enumerate(self.users):
                if user["username"] == current:
                    self.table.selectRow(row)
        self._update_buttons()

    def _cells(self, user: dict) -> list[str]:
        return [user["username"], user["full_name"], role_label(user["role"], self.ctx.lang),
                self.tr("Yes") if user["active"] else self.tr("No (removed)")]

    def selected_user(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def selected_username(self) -> str | None:
        user = self.selected_user()
        return user["username"] if user else None

    def select_username(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user["username"] == username:
                self.table.selectRow(row)
                return

    def _update_buttons(self) -> None:
        user = self.selected_user()
        core = self.core
        allowed = can(core.session.role, Perm.ACCOUNTS_MANAGE) and not self._busy
        usable = allowed and user is not None and bool(user["active"])
        self.reset_button.setEnabled(usable)
        self.remove_button.setEnabled(usable and user["username"] != core.session.username)
        self.add_button.setEnabled(allowed)

    # -- actions -----------------------------------------------------------------------------
    def add_user(self) -> None:
        self.error.hide()
        dialog = AddUserDialog(self.ctx, self)
        dialog.added.connect(lambda name: self.reload(select=name))
        self.add_dialog = dialog
        dialog.open()

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None or not user["active"]:
            return
        self.error.hide()
        dialog = ResetPasswordDialog(self.ctx, user["username"], user["full_name"], self)
        self.reset_dialog = dialog
        dialog.done_ok.connect(lambda: self._say(
            self.tr("The password of {username} was reset.").format(username=user["username"])))
        dialog.open()

    def remove_user(self) -> None:
        user = self.selected_user()
        if user is None or not user["active"]:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove account"),
            self.tr("Remove the account of {name} ({username})?\n\nThey will no longer be able "
                    "to log in on this PC. What they recorded stays in the cases and the audit "
                    "trail.").format(name=user["full_name"], username=user["username"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        core = self.core
        username = user["username"]
        self._set_busy(True)
        self.ctx.tasks.run_db(lambda: core.accounts.remove_user(username),
                              lambda released: self._removed(username, released),
                              self._action_failed)

    def _removed(self, username: str, released: list[str]) -> None:
        self._set_busy(False)
        text = self.tr("The account {username} was removed.").format(username=username)
        if released:
            # Nobody handles these now: the supervisor assigns them again.
            text += " " + self.tr("Open cases now without a handling officer ({count}): "
                                  "{numbers}. Assign them from the list (View > Unassigned "
                                  "cases, Ctrl+5).").format(
                count=len(released), numbers=", ".join(released))
        self._say(text)
        self.reload()

    def _action_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def _say(self, text: str) -> None:
        self._shown = None
        self.error.setStyleSheet("color: #1e7e34;")
        self.error.setText(text)
        self.error.show()

    def _show_error(self, exc: BaseException) -> None:
        from desktop.ui.errors import error_text

        self._shown = exc
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setText(error_text(exc, self.ctx.lang))
        self.error.show()

    def message(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Staff accounts"))
        self.intro.setText(self.tr(
            "Each person logs in with their own account; what they record is signed with it. "
            "Remove the account of someone who leaves the office."))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Username"), self.tr("Full name"), self.tr("Role"), self.tr("Active")])
        self.add_button.setText(self.tr("&Add…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.remove_button.setText(self.tr("Re&move…"))
        self.close_button.setText(self.tr("Close"))
        for row, user in enumerate(self.users):
            for col, text in enumerate(self._cells(user)):
                item = self.table.item(row, col)
                if item is not None:
                    item.setText(text)
        if self._shown is not None:
            self._show_error(self._shown)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AddUserDialog(QDialog):
    added = Signal(str)  # the new username

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._shown: list[BaseException] = []
        self.setMinimumWidth(460)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(120)
        self.role = QComboBox()
        for role in ROLE_ORDER:
            self.role.addItem(role_label(role, ctx.lang), role.value)
        self.password = password_edit()
        self.confirm = password_edit()
        self.errors = FormErrors(error_label())
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        for field, widget in (("username", self.username), ("full_name", self.full_name),
                              ("role", self.role), ("password", self.password),
                              ("password_confirm", self.confirm)):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[field] = label
            form.addRow(label, self.errors.wrap(field, widget))
        self.buttons = QDialogButtonBox()
        self.ok_button = QPushButton()
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add an account"))
        texts = {"username": self.tr("&Username:"), "full_name": self.tr("&Full name:"),
                 "role": self.tr("&Role:"), "password": self.tr("&Password:"),
                 "password_confirm": self.tr("&Confirm password:")}
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.username.setPlaceholderText(self.tr("e.g. siti.a"))
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        for i, role in enumerate(ROLE_ORDER):
            self.role.setItemText(i, role_label(role, self.ctx.lang))
        self.ok_button.setText(self.tr("&Add"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._shown:
                self._show(self._shown)
        super().changeEvent(event)

    def check(self) -> list[BaseException]:
        problems: list[BaseException] = []
        for fn, args in ((check_username, (self.username.text(),)),
                         (v.normalize_name, (self.full_name.text(), "full_name", True)),
                         (check_new_password, (self.password.text(),))):
            try:
                fn(*args)
            except HaloError as exc:
                problems.append(exc)
        password_ok = all(getattr(p, "field", None) != "password" for p in problems)
        if password_ok and self.confirm.text() != self.password.text():
            problems.append(AccountError(MSG_PASSWORD_MISMATCH, field="password_confirm"))
        return problems

    def submit(self) -> None:
        if self._busy:
            return
        problems = self.check()
        if problems:
            self._show(problems)
            return
        self._show([])
        core = self.ctx.require_core()
        username, full_name = self.username.text(), self.full_name.text()
        role, password = self.role.currentData(), self.password.text()
        self._set_busy(True)
        self.ctx.tasks.run_db(
            lambda: core.accounts.add_user(username, full_name, role, password),
            lambda _r: self._added(check_username(username)), self._failed)

    def _added(self, username: str) -> None:
        self._set_busy(False)
        self.added.emit(username)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show([exc])

    def _show(self, problems: list[BaseException]) -> None:
        from desktop.ui.errors import error_text

        self._shown = problems
        self.errors.clear()
        first = None
        for exc in problems:
            widget = self.errors.set(getattr(exc, "field", None), error_text(exc, self.ctx.lang))
            first = first or widget
        if first is not None:
            first.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        for edit in (self.username, self.full_name, self.password, self.confirm):
            edit.setReadOnly(busy)
        set_busy_cursor(self, busy)
