"""Enrolling later (issue 12 §5.8): an administrator enrols a PC that was set up on its own,
keeping every case and its number.

Three background steps (desktop/session/enrol_existing.py): the store is read on the
database thread, the server is asked on the network pool, the credential is written on the
database thread. A refusal shows the server's reason (the letter is another PC's, the code
is another office's, ...); nothing on this PC has changed then, and the code stays usable.
Once enrolled, the person logs in again: sync starts at login, and the first sync sends the
cases.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.session import enrol_existing
from desktop.session.enrol_existing import Claim, ExistingRequest
from desktop.session.enrolment import Registration
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text
from desktop.ui.widgets import FormErrors, error_label, set_busy_cursor

log = logging.getLogger(__name__)


class EnrolExistingDialog(QDialog):
    """Server address, one-time code and this PC's name; `enrolled` once the store holds
    the credential."""

    enrolled = Signal(object)  # the Registration

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._shown: list[BaseException] = []
        self.setMinimumWidth(520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.errors = FormErrors(error_label())
        self.server_url = QLineEdit()
        self.server_url.setMaxLength(300)
        self.code = QLineEdit()
        self.code.setMaxLength(40)
        self.device_label = QLineEdit()
        self.device_label.setMaxLength(60)
        self.device_label.setText(ctx.core.office.device_label if ctx.core else "")
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, widget in (("server_url", self.server_url), ("code", self.code),
                              ("device_label", self.device_label)):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[field] = label
            form.addRow(label, self.errors.wrap(field, widget))
            widget.textEdited.connect(lambda _t, f=field: self._field_edited(f))
        self.busy_label = QLabel()
        self.busy_label.hide()
        self.enrol_button = QPushButton()
        self.enrol_button.setDefault(True)
        self.cancel_button = QPushButton()
        self.cancel_button.setAutoDefault(False)
        buttons = QDialogButtonBox()
        buttons.addButton(self.enrol_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.enrol_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.busy_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.retranslate()
        self.server_url.setFocus()

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enrol with the central server"))
        office = self.ctx.core.office if self.ctx.core else None
        self.intro.setText(self.tr(
            "This PC keeps all its cases and their numbers ({office}-…-{letter}-…). The "
            "central server checks that no other PC uses letter {letter}; if one does, it "
            "says so and nothing changes here. Once enrolled, log in again: the first sync "
            "sends the cases.").format(office=office.code if office else "?",
                                       letter=office.device_letter if office else "?"))
        self.labels["server_url"].setText(self.tr("Server &address:"))
        self.labels["code"].setText(self.tr("Enrolment co&de:"))
        self.labels["device_label"].setText(self.tr("Name of this &PC:"))
        self.server_url.setPlaceholderText(self.tr("e.g. https://pusat.example.go.id"))
        self.code.setPlaceholderText(self.tr("e.g. 7K3M-Q9XD-2HPA"))
        self.enrol_button.setText(self.tr("&Enrol"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.busy_label.setText(self.tr("Asking the central server…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._shown:
                self._show(self._shown, focus=False)
        super().changeEvent(event)

    # -- the steps -----------------------------------------------------------------------
    def request(self) -> ExistingRequest:
        return ExistingRequest(self.server_url.text().strip(), self.code.text().strip(),
                               self.device_label.text().strip())

    def submit(self) -> None:
        if self._busy:
            return
        req = self.request()
        problems = enrol_existing.problems(req)
        if problems:
            self._show(problems)
            return
        self._show([], focus=False)
        self._set_busy(True)
        core = self.ctx.core
        self.ctx.tasks.run_db(lambda: enrol_existing.prepare(core, req),
                              lambda claim: self._prepared(req, claim), self._failed)

    def _prepared(self, req: ExistingRequest, claim: Claim) -> None:
        # The network step touches no file: the database thread stays free meanwhile.
        self.ctx.tasks.run_net(lambda: enrol_existing.register(req, claim),
                               lambda reg: self._registered(claim, reg), self._failed)

    def _registered(self, claim: Claim, reg: Registration) -> None:
        core = self.ctx.core
        self.ctx.tasks.run_db(lambda: enrol_existing.adopt(core, claim, reg),
                              lambda _none: self._done(reg), self._failed)

    def _done(self, reg: Registration) -> None:
        self._set_busy(False)
        self.enrolled.emit(reg)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show([exc])

    # -- showing -------------------------------------------------------------------------
    def _show(self, problems: list[BaseException], *, focus: bool = True) -> None:
        self._shown = list(problems)
        self.errors.clear()
        first = None
        for exc in problems:
            widget = self.errors.set(getattr(exc, "field", None), error_text(exc, self.ctx.lang))
            first = first or widget
        if first is not None and focus:
            first.setFocus()

    def _field_edited(self, field: str) -> None:
        """An edited field loses its error (the server's reason stays until asked again)."""
        keep = [p for p in self._shown if getattr(p, "field", None) != field]
        if len(keep) != len(self._shown):
            self._show(keep, focus=False)

    def _set_busy(self, busy: bool) -> None:
        # Read-only rather than disabled: disabling would push the focus onto a button.
        self._busy = busy
        self.enrol_button.setEnabled(not busy)
        self.busy_label.setVisible(busy)
        for edit in (self.server_url, self.code, self.device_label):
            edit.setReadOnly(busy)
        set_busy_cursor(self, busy)

    def reject(self) -> None:
        if not self._busy:  # a code half-spent must not lose its answer
            super().reject()


def open_enrol_existing(ctx: UiContext, parent: QWidget | None = None) -> EnrolExistingDialog:
    """The dialog, opened (window-modal). Once enrolled, the person is told, and a parent
    that can log out (the main window) does so: sync starts at the next login."""
    dialog = EnrolExistingDialog(ctx, parent)

    def enrolled(reg: Registration) -> None:
        en = reg.enrolment
        QMessageBox.information(parent, dialog.windowTitle(), QCoreApplication.translate(
            "EnrolExistingDialog", "This PC is enrolled as device {letter} of office {office}; its cases keep their "
            "numbers. Log in again to start syncing: the first sync sends the cases to the "
            "central server.").format(letter=en.device_letter, office=en.office_code))
        log_out = getattr(parent, "log_out", None)
        if callable(log_out):
            log_out()

    dialog.enrolled.connect(enrolled)
    dialog.open()
    return dialog
