"""First run on a PC with no data yet: enrol with the central server, or set up the office
on this PC only; either way this PC's name and the first administrator.

Enrolment talks to the server on the network pool, then creates the store on the database
thread; a refusal (bad code, rate limit, unreachable, http://) is shown at its field and
nothing is created.

Layout: two columns (office or server | administrator) so that the form, with every error
showing, fits a 1366x768 screen; the height follows the wrapped texts (Qt sizes a window
without them) and the window stays on the screen. An error leaves its field as soon as the
field is edited, and any other error of the form's own checks once it no longer holds.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import validation as v
from desktop.domain.accounts import MIN_PASSWORD_LEN, check_new_password, check_username
from desktop.domain.reference import Reference
from desktop.messages import HaloError
from desktop.session import enrolment
from desktop.session.enrolment import EnrolRequest
from desktop.session.setup import MSG_OFFICE_CODE, InitRequest, initialize
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text, is_fatal_store_error
from desktop.ui.first_run_enrol import EnrolBox, SetupChoice
from desktop.ui.i18n import switch_language
from desktop.ui.icons import app_icon
from desktop.ui.login import header_widget
from desktop.ui.widgets import (
    FormErrors,
    LanguageComboBox,
    error_label,
    grow_to_fit,
    set_busy_cursor,
)

log = logging.getLogger(__name__)

SEPARATOR = " — "
WIDTH = 880  # two columns, each wide enough for a one- or two-line error under a field
# Error fields that are the same input: the core says "device_label" for either way's name.
SAME_FIELD = {"local_device_label": "device_label", "enrol_device_label": "device_label"}


class FirstRunDialog(QDialog):
    """Creates the encrypted store; `initialized(core)` hands over the administrator's Core."""

    initialized = Signal(object)
    fatalError = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.core = None
        self._busy = False
        self._stage = "create"  # what the busy line says: "enrol" (server), then "create"
        self._name_edited = False
        self._shown_errors: list[BaseException] = []
        self._errors_checked = False  # the shown errors are the form's own checks (not a refusal)
        self._offices = Reference.from_seed().items("office")
        self.labels: dict[str, QLabel] = {}  # the form's labels by field, see _label()
        self.setWindowIcon(app_icon())

        self._build_header()
        self._build_fields()
        self._build_way_choice()
        self._build_office_box()
        self._build_admin_box()
        self._build_buttons()
        self._build_layout()
        self._set_tab_order()
        self.enrol_box.hide()
        self._connect_inputs()
        self.retranslate()
        self.office_code.setFocus()

    # -- building the window ---------------------------------------------------------------
    def _build_header(self) -> None:
        self.title = QLabel()
        self.subtitle = QLabel()
        self.language_label = QLabel()
        self.language = LanguageComboBox(self.ctx.lang)
        self.language_label.setBuddy(self.language)

    def _build_fields(self) -> None:
        lang = self.ctx.lang
        self.office_code = QComboBox()
        self.office_code.setEditable(True)
        self.office_code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for item in self._offices:
            self.office_code.addItem(f"{item.code}{SEPARATOR}{item.label(lang)}", item.code)
        self.office_code.setCurrentIndex(-1)
        self.office_code.setEditText("")
        self.office_name = QLineEdit()
        self.office_name.setMaxLength(120)
        self.device_label = QLineEdit()
        self.device_label.setMaxLength(60)
        self.username = QLineEdit()
        self.username.setMaxLength(32)
        self.full_name = QLineEdit()
        self.full_name.setMaxLength(120)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_confirm = QLineEdit()
        self.password_confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = FormErrors(error_label())

    def _build_way_choice(self) -> None:
        """Enrol with the central server or this PC only; the server's fields in enrol_box."""
        self.choice = SetupChoice()
        self.enrol_box = EnrolBox(self.errors)

    def _build_office_box(self) -> None:
        self.office_box = QGroupBox()
        office_form = QFormLayout(self.office_box)
        office_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in (("office_code", self.office_code), ("office_name", self.office_name),
                              ("local_device_label", self.device_label)):
            office_form.addRow(self._label(field, widget), self.errors.wrap(field, widget))
        # "device_label" (the core's name) means the name field of the chosen way.
        self.errors.alias("device_label", "local_device_label")

    def _build_admin_box(self) -> None:
        self.admin_box = QGroupBox()
        admin_form = QFormLayout(self.admin_box)
        admin_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in (("username", self.username), ("full_name", self.full_name),
                              ("password", self.password),
                              ("password_confirm", self.password_confirm)):
            admin_form.addRow(self._label(field, widget), self.errors.wrap(field, widget))
        self.admin_hint = QLabel()
        self.admin_hint.setWordWrap(True)
        self.admin_hint.setStyleSheet("color: #555;")
        admin_form.addRow(self.admin_hint)

    def _build_buttons(self) -> None:
        self.busy_label = QLabel()
        self.busy_label.setStyleSheet("color: #555;")
        self.busy_label.hide()
        self.buttons = QDialogButtonBox()
        self.setup_button = QPushButton()
        self.setup_button.setDefault(True)
        self.quit_button = QPushButton()
        self.quit_button.setAutoDefault(False)  # Enter never quits
        self.buttons.addButton(self.setup_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.setup_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)

    def _build_layout(self) -> None:
        lang_row = QHBoxLayout()
        lang_row.addStretch(1)
        lang_row.addWidget(self.language_label)
        lang_row.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(10)
        layout.addLayout(lang_row)
        layout.addWidget(header_widget(self.title, self.subtitle))
        layout.addWidget(self.choice)
        # Side by side: one column under the other would not fit 768 px with the errors.
        columns = QHBoxLayout()
        columns.setSpacing(16)
        for box in (self.enrol_box, self.office_box, self.admin_box):
            # Two equal halves, whatever errors are showing (their texts wrap instead).
            box.setSizePolicy(QSizePolicy.Policy.Ignored, box.sizePolicy().verticalPolicy())
        where = QVBoxLayout()
        where.addWidget(self.enrol_box)
        where.addWidget(self.office_box)
        where.addStretch(1)
        columns.addLayout(where, 1)
        admin = QVBoxLayout()
        admin.addWidget(self.admin_box)
        admin.addStretch(1)
        columns.addLayout(admin, 1)
        layout.addLayout(columns)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _set_tab_order(self) -> None:
        order = [self.choice.enrol, self.choice.local, *self.enrol_box.fields(),
                 self.office_code, self.office_name, self.device_label, self.username,
                 self.full_name, self.password, self.password_confirm, self.setup_button,
                 self.quit_button, self.language]
        for a, b in zip(order, order[1:], strict=False):
            self.setTabOrder(a, b)

    def _connect_inputs(self) -> None:
        self.choice.enrol.toggled.connect(self._way_chosen)
        self.office_code.currentIndexChanged.connect(self._office_chosen)
        self.office_code.editTextChanged.connect(self._office_typed)
        self.office_name.textEdited.connect(self._name_typed)
        self.language.currentIndexChanged.connect(self._language_chosen)
        edits = ((self.office_name, "office_name"), (self.device_label, "device_label"),
                 (self.enrol_box.server_url, "server_url"), (self.enrol_box.code, "code"),
                 (self.enrol_box.device_label, "device_label"), (self.username, "username"),
                 (self.full_name, "full_name"), (self.password, "password"),
                 (self.password_confirm, "password_confirm"))
        for edit, field in edits:
            edit.textChanged.connect(lambda _text, f=field: self._field_changed(f))
        self.office_code.editTextChanged.connect(lambda _t: self._field_changed("office_code"))

    def _label(self, field: str, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self.labels[field] = label
        return label

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up this PC"))
        self.title.setText(self.tr("Set up Halo TKI Desk"))
        if self.enrolling():
            self.subtitle.setText(self.tr(
                "No data was found on this PC. Type the central server's address and the "
                "enrolment code, and create the first administrator account. The data will be "
                "encrypted with its password."))
        else:
            self.subtitle.setText(self.tr(
                "No data was found on this PC. Choose the office this PC belongs to and create "
                "the first administrator account. The data will be encrypted with its password."))
        self.choice.retranslate()
        self.enrol_box.retranslate()
        self.language_label.setText(self.tr("&Language:"))
        self.office_box.setTitle(self.tr("Office and PC"))
        self.admin_box.setTitle(self.tr("First administrator"))
        texts = {
            "office_code": self.tr("&Office code:"),
            "office_name": self.tr("Office &name:"),
            "local_device_label": self.tr("Name of this &PC:"),
            "username": self.tr("&Username:"),
            "full_name": self.tr("&Full name:"),
            "password": self.tr("Pass&word:"),
            "password_confirm": self.tr("&Confirm password:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        # One label width for both columns' boxes, so the fields line up.
        labels = [*self.labels.values(), *self.enrol_box.labels.values()]
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)
        self.office_code.lineEdit().setPlaceholderText(self.tr("e.g. SBY"))
        self.device_label.setPlaceholderText(self.tr("e.g. Front desk 1"))
        self.username.setPlaceholderText(self.tr("e.g. admin.sby"))
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.admin_hint.setText(self.tr(
            "The administrator manages staff accounts on this PC. Keep the password safe: "
            "without any valid password the data cannot be opened."))
        self.setup_button.setText(self.tr("&Set up"))
        self.quit_button.setText(self.tr("&Quit"))
        self._show_stage()
        self._relabel_offices()
        if self.language.language() != self.ctx.lang:
            blocked = self.language.blockSignals(True)
            self.language.set_language(self.ctx.lang)
            self.language.blockSignals(blocked)
        if self._errors_checked and any(isinstance(e, _UiError) for e in self._shown_errors):
            # Its own texts, in the old language: check again, at the fields marked now.
            shown = {_field(e) for e in self._shown_errors}
            self._show_errors([p for p in self.check(self.current_request())
                               if _field(p) in shown], checked=True, focus=False)
        elif self._shown_errors:
            self._show_errors(self._shown_errors, checked=self._errors_checked, focus=False)
        self._fit_later()

    def _relabel_offices(self) -> None:
        text = self.office_code.currentText()
        blocked = self.office_code.blockSignals(True)
        for i, item in enumerate(self._offices):
            self.office_code.setItemText(i, f"{item.code}{SEPARATOR}{item.label(self.ctx.lang)}")
        self.office_code.setEditText(text)
        self.office_code.blockSignals(blocked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self) -> None:
        lang = self.language.language()
        if lang != self.ctx.lang:
            switch_language(self.ctx, lang)

    # -- office code and name --------------------------------------------------------------
    def office_code_value(self) -> str:
        """The code whether an entry was chosen ("SBY — BP3TKI Surabaya") or typed ("sby")."""
        text = self.office_code.currentText().strip()
        index = self.office_code.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.office_code.itemData(index)
        return text.split(SEPARATOR.strip())[0].strip().upper()

    def _office_chosen(self, index: int) -> None:
        if index >= 0:
            self._prefill_name(self.office_code.itemData(index))

    def _office_typed(self, _text: str) -> None:
        self._prefill_name(self.office_code_value())

    def _prefill_name(self, code: str) -> None:
        if self._name_edited:
            return
        item = next((o for o in self._offices if o.code == code), None)
        self.office_name.setText(item.label(self.ctx.lang) if item else "")

    def _name_typed(self, text: str) -> None:
        # Once the person writes their own name, choosing an office no longer overwrites it.
        self._name_edited = bool(text)

    # -- which way: enrol or this PC only ---------------------------------------------------
    def enrolling(self) -> bool:
        return self.choice.enrolling()

    def _way_chosen(self, enrolling: bool) -> None:
        self.enrol_box.setVisible(enrolling)
        self.office_box.setVisible(not enrolling)
        # The PC's name typed in one box is not lost by switching to the other.
        source, target = ((self.device_label, self.enrol_box.device_label) if enrolling
                          else (self.enrol_box.device_label, self.device_label))
        if not target.text():
            target.setText(source.text())
        self.errors.alias("device_label", "enrol_device_label" if enrolling
                          else "local_device_label")
        self._shown_errors = []
        self.errors.clear()
        self.retranslate()

    # -- size and place ----------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Before the first paint: Qt's own first size ignores the wrapped texts, and it
        # centred that size.
        self._fit(centre=not event.spontaneous())

    def _fit_later(self) -> None:
        # Once the layout has taken the change in: errors shown or gone, another language.
        QTimer.singleShot(0, self, self._fit)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # The last of the layout requests a change makes, from the error label up through
        # the boxes to the window: only now does heightForWidth() count the change.
        if event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return handled

    def _fit(self, centre: bool = False) -> None:
        """The height the wrapped texts need at this width, exactly (Qt grows a window but
        never shrinks it), and the whole window on the screen."""
        if not self.isVisible():
            return
        screen = self.screen().availableGeometry()
        # Its own width when it first shows; afterwards whatever width the person gave it.
        width = min(WIDTH if centre else self.width(), screen.width() - 16)
        if self.width() != width:
            self.resize(width, self.height())
        layout = self.layout()
        layout.activate()
        need = self.heightForWidth(width)
        if need <= 0:
            need = self.sizeHint().height()
        need = min(need, screen.height())  # never taller than the screen
        if self.minimumHeight() != need:
            self.setMinimumHeight(need)
        if self.height() != need:
            self.resize(width, need)
        if centre:
            frame = self.frameGeometry()
            frame.moveCenter(screen.center())
            self.move(frame.topLeft())
        self._keep_on_screen(screen)

    def _keep_on_screen(self, screen: QRect) -> None:
        frame = self.frameGeometry()  # with a window manager, the title bar too
        x = min(max(frame.x(), screen.left()), screen.right() - frame.width() + 1)
        y = min(max(frame.y(), screen.top()), screen.bottom() - frame.height() + 1)
        if (x, y) != (frame.x(), frame.y()):
            self.move(max(x, screen.left()), max(y, screen.top()))

    def _show_stage(self) -> None:
        self.busy_label.setText(self.tr("Enrolling with the central server…")
                                if self._stage == "enrol"
                                else self.tr("Creating the encrypted data…"))

    # -- setting up -------------------------------------------------------------------------
    def request(self) -> InitRequest:
        return InitRequest(
            office_code=self.office_code_value(),
            admin_username=self.username.text(),
            admin_full_name=self.full_name.text(),
            password=self.password.text(),
            office_name=self.office_name.text(),
            device_label=self.device_label.text(),
        )

    def enrol_request(self) -> EnrolRequest:
        return EnrolRequest(
            server_url=self.enrol_box.server_url.text(),
            code=self.enrol_box.code.text(),
            admin_username=self.username.text(),
            admin_full_name=self.full_name.text(),
            password=self.password.text(),
            device_label=self.enrol_box.device_label.text(),
        )

    def current_request(self) -> InitRequest | EnrolRequest:
        return self.enrol_request() if self.enrolling() else self.request()

    def check(self, req: InitRequest | EnrolRequest) -> list[BaseException]:
        """What the person can fix before anything is written (all at once, not one by one)."""
        if isinstance(req, EnrolRequest):
            problems: list[BaseException] = list(enrolment.problems(req))
            self._check_confirm(req.password, problems)
            return problems
        problems = []

        def run(fn, *args) -> None:
            try:
                fn(*args)
            except HaloError as exc:
                problems.append(exc)

        if not re.fullmatch(r"[A-Z]{2,5}", req.office_code):
            problems.append(HaloError(MSG_OFFICE_CODE, field="office_code"))
        run(v.normalize_name, req.office_name, "office_name")
        run(v.normalize_name, req.device_label, "device_label")
        run(check_username, req.admin_username)
        run(v.normalize_name, req.admin_full_name, "full_name", True)
        run(check_new_password, req.password)
        self._check_confirm(req.password, problems)
        return problems

    def _check_confirm(self, password: str, problems: list[BaseException]) -> None:
        if len(password) >= MIN_PASSWORD_LEN and self.password_confirm.text() != password:
            problems.append(_UiError(self.tr("The two passwords do not match."),
                                     "password_confirm"))

    def submit(self) -> None:
        if self._busy:
            return
        req = self.current_request()
        problems = self.check(req)
        if problems:
            self._show_errors(problems, checked=True)
            return
        self._show_errors([], focus=False)
        ctx = self.ctx
        tasks = ctx.tasks
        if isinstance(req, EnrolRequest):
            self._stage = "enrol"
            self._set_busy(True)
            # The server first (network pool); the store only once the server said yes.
            tasks.run_net(lambda: enrolment.register(req), lambda reg: self._registered(req, reg),
                          self._failed)
            return
        self._stage = "create"
        self._set_busy(True)
        tasks.run_db(lambda: initialize(ctx.paths, req, ctx.kdf), self._done, self._failed)

    def _registered(self, req: EnrolRequest, reg) -> None:
        self._stage = "create"
        self._show_stage()
        ctx = self.ctx
        ctx.tasks.run_db(lambda: enrolment.create_store(ctx.paths, req, reg, ctx.kdf),
                         self._done, self._failed)

    def _done(self, core) -> None:
        self._set_busy(False)
        self.core = core
        self.ctx.settings.last_username = core.session.username
        self.ctx.tasks.run_db(self.ctx.save_settings, None,
                              lambda exc: log.warning("settings not saved: %s", exc))
        self.initialized.emit(core)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if is_fatal_store_error(exc):
            self.fatalError.emit(exc)
            return
        self._show_errors([exc])

    def _show_errors(self, problems: list[BaseException], *, checked: bool = False,
                     focus: bool = True) -> None:
        """`checked`: the form's own checks found them (they are checked again on edits)."""
        self._shown_errors = list(problems)
        self._errors_checked = checked
        self.errors.clear()
        first = None
        for exc in problems:
            widget = self.errors.set(getattr(exc, "field", None), _text(exc, self.ctx.lang))
            first = first or widget
        if first is not None and focus:
            first.setFocus()
        self._fit_later()

    def _field_changed(self, field: str) -> None:
        """An edited field loses its error at once; the form's own checks run again, and an
        error that no longer holds goes too (new ones wait for the next "Set up")."""
        if self._busy or not self._shown_errors:
            return
        still = ({_field(p) for p in self.check(self.current_request())}
                 if self._errors_checked else None)
        keep = [e for e in self._shown_errors if _field(e) != field
                and (still is None or _field(e) in still)]
        if len(keep) != len(self._shown_errors):
            self._show_errors(keep, checked=self._errors_checked, focus=False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        # Read-only rather than disabled: disabling would push the focus onto a button.
        for edit in (self.office_code.lineEdit(), self.office_name, self.device_label,
                     *self.enrol_box.fields(), self.username, self.full_name, self.password,
                     self.password_confirm):
            edit.setReadOnly(busy)
        set_busy_cursor(self, busy)
        self._show_stage()
        self.choice.setEnabled(not busy)
        self.setup_button.setEnabled(not busy)
        self.language.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        if busy:
            grow_to_fit(self)


class _UiError(Exception):
    """A problem found by the form itself, already in the person's language."""

    def __init__(self, text: str, field: str) -> None:
        super().__init__(text)
        self.text = text
        self.field = field


def _field(exc: BaseException) -> str | None:
    """The input an error belongs to, one name whichever way the PC is set up."""
    field = getattr(exc, "field", None)
    return SAME_FIELD.get(field, field)


def _text(exc: BaseException, lang: str) -> str:
    return exc.text if isinstance(exc, _UiError) else error_text(exc, lang)
