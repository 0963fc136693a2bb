"""Adding to the timeline: a resolution step, or a contact with the worker's family."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.case_events import FAMILY_CONTACT
from desktop.formatting import zone_info
from desktop.messages import HaloError
from desktop.ui.context import UiContext
from desktop.ui.errors import show_error
from desktop.ui.widgets import DateLineEdit, FormErrors, RefComboBox, set_busy_cursor


class CoreDialog(QDialog):
    """A small form whose Save runs one core call in the background.

    Field errors stay inline next to the input; the dialog closes only on success.
    """

    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.errors = FormErrors()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Enter inside a multi-line summary starts a new line; Ctrl+S or Ctrl+Enter saves
        # from anywhere, as in the intake form (the Save button itself has no Alt letter).
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self._busy = False

    def showEvent(self, event: QShowEvent) -> None:
        # Subclasses rename the button ("Save reply"); the tooltip names the key for it.
        action = self.save_button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        self.save_button.setToolTip(QCoreApplication.translate(
            "CoreDialog", "{action} (Ctrl+S)").format(action=action))
        super().showEvent(event)

    def add_row(self, label: str, field: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, self.errors.wrap(field, widget))

    def summary_edit(self) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        return edit

    def call(self) -> Callable[[], Any]:
        raise NotImplementedError

    def save(self) -> None:
        if self._busy:
            return
        try:
            fn = self.call()
        except HaloError as exc:
            self.errors.show(exc, self.ctx.lang)
            return
        self._set_busy(True)
        self.ctx.tasks.run_db(fn, self._done, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        set_busy_cursor(self, busy)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.errors.clear()
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, HaloError):
            self.errors.show(exc, self.ctx.lang)
        else:
            show_error(self, exc, self.ctx.lang)


def step_types(reference, lang: str) -> list[tuple[str, str]]:
    """Event types an officer records by hand: not the ones the application writes itself,
    and not the family contact, which has its own dialog with a channel."""
    return [(item.code, item.label(lang)) for item in reference.items("event_type")
            if not item.extra.get("system") and item.code != FAMILY_CONTACT]


class EventDialog(CoreDialog):
    def __init__(self, ctx, case_key: int | str, family: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = case_key
        self.family = family
        self.event_type: QComboBox | None = None
        self.channel: RefComboBox | None = None
        self.spoke_with: QLineEdit | None = None
        self.result: RefComboBox | None = None
        if family:
            self._build_contact_rows()
        else:
            self._build_step_rows()
        self.summary = self.summary_edit()
        self.summary.setPlaceholderText(self.tr("What was done or agreed, and with whom"))
        self.add_row(self.tr("S&ummary:"), "event.summary", self.summary)
        # Steps and calls are often written up after the fact (a mediation this morning,
        # the calls made from the field): when it happened, defaulting to now.
        self.when = self._when_edit()
        self.add_row(self.tr("&When it happened:"), "event.occurred_at", self.when)
        self._build_next_contact_rows()
        self.resize(520, self.sizeHint().height())
        (self.channel or self.event_type).setFocus()

    def _build_contact_rows(self) -> None:
        ref, lang = self.ctx.core.reference, self.ctx.lang
        self.setWindowTitle(self.tr("Contact with the family"))
        self.channel = RefComboBox(ref, "channel", lang)
        self.channel.set_code("telepon")
        self.add_row(self.tr("&Channel:"), "event.channel", self.channel)
        self.spoke_with = QLineEdit()
        self.spoke_with.setPlaceholderText(self.tr("Name, e.g. Ibu Sri (the worker's mother)"))
        self.add_row(self.tr("S&poke with:"), "event.spoke_with", self.spoke_with)
        # Required and not preset: a failed contact counts towards lost contact, so the
        # officer says which it was.
        self.result = RefComboBox(ref, "contact_result", lang)
        self.add_row(self.tr("&Result:"), "event.result", self.result)

    def _build_step_rows(self) -> None:
        self.setWindowTitle(self.tr("Add resolution step"))
        self.event_type = QComboBox()
        for code, label in step_types(self.ctx.core.reference, self.ctx.lang):
            self.event_type.addItem(label, code)
        self.add_row(self.tr("&Step:"), "event.event_type", self.event_type)

    def _build_next_contact_rows(self) -> None:
        self.next_contact = DateLineEdit()
        self.add_row(self.tr("&Next contact due:"), "event.next_contact_due", self.next_contact)
        hint = QLabel(self.tr("Leave empty when no follow-up is planned."))
        hint.setStyleSheet("color: palette(dark);")
        self.form.addRow("", hint)

    def _when_edit(self) -> QDateTimeEdit:
        tz = self.ctx.core.office.tz
        now = self.ctx.core.now().astimezone(zone_info(tz))
        edit = QDateTimeEdit()
        edit.setCalendarPopup(True)
        # The office's zone, as everywhere else on screen; the label stays in the format.
        edit.setDisplayFormat(f"dd/MM/yyyy HH:mm '{tz}'")
        edit.setDateTime(QDateTime(QDate(now.year, now.month, now.day),
                                   QTime(now.hour, now.minute)))
        self._when_default = edit.dateTime()
        return edit

    def occurred_at(self) -> datetime | None:
        """The moment typed, in the office's zone; None when left at "now"."""
        if self.when.dateTime() == self._when_default:
            # Untouched: let the core stamp the exact time, so order within a minute holds.
            return None
        d, t = self.when.date(), self.when.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(),
                        tzinfo=zone_info(self.ctx.core.office.tz))

    def chosen_type(self) -> str:
        return FAMILY_CONTACT if self.family else (self.event_type.currentData() or "")

    def save(self) -> None:
        # The core still accepts a contact without a result (those recorded before results
        # were kept), so a new one is refused here, with what to choose.
        if self.result is not None and not self.result.code():
            self.errors.clear()
            self.errors.set("event.result", self.tr("Choose whether the contact got through."))
            self.result.setFocus()
            return
        super().save()

    def call(self):
        cases = self.ctx.core.cases
        key, kind = self.case_key, self.chosen_type()
        result = self.result.code() if self.result is not None else ""
        summary = self.summary.toPlainText()
        channel = self.channel.code() if self.channel is not None else ""
        spoke_with = self.spoke_with.text() if self.spoke_with is not None else ""
        due = self.next_contact.text().strip()
        when = self.occurred_at()
        return lambda: cases.add_event(key, kind, summary, channel=channel, occurred_at=when,
                                       next_contact_due=due, spoke_with=spoke_with,
                                       result=result)
