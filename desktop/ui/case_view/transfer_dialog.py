"""Central (PST) moves a case: assign a case received at central to the office that will
handle it, or transfer a case to another office (with the reason, which goes on its
timeline). Both happen on the central server, so both need the connection: the offices
come from the server too, never from a possibly outdated local list. The call runs on the
network pool; afterwards a sync brings the change to this PC.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import CaseDetail
from desktop.sync import errors as central
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text
from desktop.ui.widgets import FormErrors, set_busy_cursor

ASSIGN, TRANSFER = "assign", "transfer"


class CentralMoveDialog(QDialog):
    saved = Signal(str)  # the office the case went to

    def __init__(self, ctx: UiContext, detail: CaseDetail, mode: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detail = detail
        self.mode = mode
        self.client = None
        self.offices: list[dict] = []
        self.setMinimumWidth(540)
        case = detail.case
        number = detail.case_number
        if mode == ASSIGN:
            self.setWindowTitle(self.tr("Assign {number} to an office").format(number=number))
            intro = self.tr("Case {number} was received at central. Choose the office that "
                            "will handle it; that office receives it with its next sync.")
        else:
            self.setWindowTitle(self.tr("Transfer {number} to another office").format(
                number=number))
            intro = self.tr("Case {number} is now handled by {office}. Choose the office that "
                            "takes it over and say why: the reason goes on the case's timeline.")
        office_name = ctx.core.reference.label("office", case.get("office_code") or "", ctx.lang)
        self.intro = QLabel(intro.format(number=number, office=office_name))
        self.intro.setWordWrap(True)
        self.office = QComboBox()
        self.office.setEnabled(False)
        self.office.setMinimumWidth(320)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(90)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.errors = FormErrors()
        form = QFormLayout()
        office_label = QLabel(self.tr("&Office:"))
        office_label.setBuddy(self.office)
        form.addRow(office_label, self.errors.wrap("office_code", self.office))
        text_label = QLabel(self.tr("&Note (optional):") if mode == ASSIGN
                            else self.tr("&Reason (required):"))
        text_label.setBuddy(self.text)
        form.addRow(text_label, self.errors.wrap("reason", self.text))
        self.errors.alias("note", "reason")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("&Assign") if mode == ASSIGN else self.tr("&Transfer"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.retry_button = QPushButton(self.tr("Try &again"))
        self.retry_button.setAutoDefault(False)
        self.retry_button.clicked.connect(self.load_offices)
        self.retry_button.hide()
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _result: self._close_client())
        self.load_offices()

    # -- the offices -------------------------------------------------------------------
    def load_offices(self) -> None:
        core = self.ctx.core
        self.retry_button.hide()
        self.errors.clear()
        self._busy(self.tr("Asking the central server for the offices…"))
        self.ctx.tasks.run_db(core.sync.case_mover, self._have_client, self._failed)

    def _have_client(self, client) -> None:
        if client is None:
            self._failed(central.NotEnrolled())
            return
        self.client = client
        self.ctx.tasks.run_net(client.list_offices, self._offices_loaded, self._failed)

    def _offices_loaded(self, offices: list[dict]) -> None:
        here = self.detail.case.get("office_code") or ""
        self.offices = [o for o in offices if o.get("active", True) and o["code"] != here
                        and not (self.mode == ASSIGN and o.get("national"))]
        self.office.clear()
        self.office.addItem(self.tr("— choose the office —"), "")
        for o in sorted(self.offices, key=lambda o: o["code"]):
            self.office.addItem(f"{o['code']} — {o['name']}", o["code"])
        self.office.setEnabled(True)
        self.ok_button.setEnabled(True)
        self._busy(None)
        self.office.setFocus()

    # -- moving the case ---------------------------------------------------------------
    def chosen_office(self) -> str:
        return self.office.currentData() or ""

    def submit(self) -> None:
        if self.client is None or not self.ok_button.isEnabled():
            return
        self.errors.clear()
        office, text = self.chosen_office(), self.text.toPlainText().strip()
        if not office:
            self.errors.set("office_code", self.tr("Choose the office."))
            self.office.setFocus()
            return
        if self.mode == TRANSFER and not text:
            self.errors.set("reason", self.tr("Write why the case is transferred."))
            self.text.setFocus()
            return
        client, case_id, assign = self.client, self.detail.case["id"], self.mode == ASSIGN

        def work() -> dict:
            if assign:
                return client.assign_case(case_id, office, text)
            return client.transfer_case(case_id, office, text)

        self._busy(self.tr("Sending to the central server…"))
        self.ok_button.setEnabled(False)
        self.ctx.tasks.run_net(work, lambda _case: self._moved(office), self._move_failed)

    def _moved(self, office: str) -> None:
        self._busy(None)
        controller = self.ctx.sync
        if controller is not None:
            controller.sync_now()  # so the move shows here without waiting for the interval
        self.saved.emit(office)
        self.accept()

    def _move_failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self._failed(exc, moving=True)

    def _failed(self, exc: BaseException, moving: bool = False) -> None:
        self._busy(None)
        if isinstance(exc, central.ServerUnreachable) and not isinstance(
                exc, central.CertificateError):
            text = self.tr("This needs the central server, and it cannot be reached now. "
                           "Nothing was changed; try again when this computer is online.")
            self.retry_button.setVisible(not moving)
            self.errors.set(None, text)
            return
        if isinstance(exc, central.InvalidInput) and exc.fields:
            for f in exc.fields:
                words = f.get("message_id") if self.ctx.lang != "en" else f.get("message")
                self.errors.set(f.get("field") if f.get("field") in ("office_code", "reason",
                                                                    "note") else None,
                                words or error_text(exc, self.ctx.lang))
            return
        field = getattr(exc, "field", None)
        self.errors.set(field if field in ("office_code", "reason", "note") else None,
                        error_text(exc, self.ctx.lang))

    def _busy(self, text: str | None) -> None:
        set_busy_cursor(self, text is not None)
        self.status.setText(text or "")
        self.status.setVisible(text is not None)

    def _close_client(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            self.ctx.tasks.run_net(client.close)
