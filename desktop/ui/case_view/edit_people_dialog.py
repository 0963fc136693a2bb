"""Correcting what was recorded about the worker and the complainant."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from desktop.domain.models import CaseDetail, ComplainantInput, WorkerInput
from desktop.formatting import format_phone, format_phones
from desktop.messages import HaloError
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.errors import show_error
from desktop.ui.phone_fields import tidy_on_leave
from desktop.ui.widgets import DateLineEdit, RefComboBox

PHONE_FIELDS = ("worker.phone", "worker.employer_phone", "complainant.phones")


class EditPeopleDialog(CoreDialog):
    def __init__(self, ctx, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = detail.case["seq"]
        ref, lang = ctx.core.reference, ctx.lang
        self.setWindowTitle(self.tr("Correct details of {number}").format(
            number=detail.case_number))
        self.inputs: dict[str, QWidget] = {}
        self.tabs = QTabWidget()
        self.layout().insertWidget(0, self.tabs)

        worker = self._page(self.tr("&Worker"))
        self._text(worker, "worker.name", self.tr("Name:"))
        sex = QComboBox()
        for text, code in ((self.tr("— not recorded —"), ""), (self.tr("Male (L)"), "L"),
                           (self.tr("Female (P)"), "P")):
            sex.addItem(text, code)
        self._add(worker, "worker.sex", self.tr("Sex:"), sex)
        self._add(worker, "worker.birth_date", self.tr("Date of birth:"), DateLineEdit())
        self._text(worker, "worker.nik", self.tr("NIK:"))
        self._text(worker, "worker.passport", self.tr("Passport:"))
        self._text(worker, "worker.ktkln", self.tr("KTKLN:"))
        self._text(worker, "worker.phone", self.tr("Phone:"))
        self._text(worker, "worker.address", self.tr("Address:"))
        self._text(worker, "worker.province", self.tr("Province:"))
        self._text(worker, "worker.regency", self.tr("Regency / city:"))
        self._add(worker, "worker.destination_country", self.tr("Destination country:"),
                  RefComboBox(ref, "country", lang))
        self._text(worker, "worker.destination_city", self.tr("Destination city:"))
        self._add(worker, "worker.job", self.tr("Job:"), RefComboBox(ref, "job", lang))
        self._text(worker, "worker.employer_name", self.tr("Employer:"))
        self._text(worker, "worker.employer_address", self.tr("Employer address:"))
        self._text(worker, "worker.employer_phone", self.tr("Employer phone:"))
        self._text(worker, "worker.first_employer", self.tr("First employer:"))
        self._text(worker, "worker.pptkis", self.tr("Placement agency (PPTKIS):"))
        self._add(worker, "worker.departure_date", self.tr("Departure date:"), DateLineEdit())
        self._text(worker, "worker.work_agreement", self.tr("Work agreement:"))

        person = self._page(self.tr("&Complainant"))
        self._text(person, "complainant.name", self.tr("Name:"))
        self._add(person, "complainant.relation", self.tr("Relation to the worker:"),
                  RefComboBox(ref, "relation", lang))
        self._text(person, "complainant.nik", self.tr("NIK:"))
        self._text(person, "complainant.phones", self.tr("Phones:"))
        self._text(person, "complainant.email", self.tr("Email:"))
        self._text(person, "complainant.address", self.tr("Address:"))
        self._add(person, "complainant.preferred_contact", self.tr("Preferred contact:"),
                  RefComboBox(ref, "channel", lang))

        # Numbers shown grouped, as in the case view; re-read on saving like typed ones.
        for field in PHONE_FIELDS:
            tidy_on_leave(self.inputs[field], many=field == "complainant.phones")
        self._fill(detail)
        self.resize(620, 640)
        self.inputs["worker.name"].setFocus()

    def _page(self, title: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        # Scrolls rather than outgrowing a 768-pixel screen when error lines appear.
        scroll = QScrollArea()
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(scroll, title)
        return form

    def _add(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        caption = QLabel(label)
        caption.setBuddy(widget)
        form.addRow(caption, self.errors.wrap(field, widget))
        self.inputs[field] = widget

    def _text(self, form: QFormLayout, field: str, label: str) -> None:
        self._add(form, field, label, QLineEdit())

    def _fill(self, detail: CaseDetail) -> None:
        for field, widget in self.inputs.items():
            part, _, name = field.partition(".")
            value = str((detail.worker if part == "worker" else detail.complainant).get(name) or "")
            if isinstance(widget, DateLineEdit):
                widget.set_date(date.fromisoformat(value) if value else None)
            elif isinstance(widget, RefComboBox):
                widget.set_code(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif field in PHONE_FIELDS:
                widget.setText(format_phones(value) if field == "complainant.phones"
                               else format_phone(value))
            else:
                widget.setText(value)

    def value(self, field: str) -> str:
        widget = self.inputs[field]
        if isinstance(widget, RefComboBox):
            return widget.code()
        if isinstance(widget, QComboBox):
            return widget.currentData() or ""
        return widget.text()

    def call(self):
        w = WorkerInput(**{f.split(".", 1)[1]: self.value(f) for f in self.inputs
                           if f.startswith("worker.")})
        p = ComplainantInput(**{f.split(".", 1)[1]: self.value(f) for f in self.inputs
                                if f.startswith("complainant.")})
        cases, key = self.ctx.core.cases, self.case_key
        return lambda: cases.update_people(key, w, p)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, HaloError):
            show_error(self, exc, self.ctx.lang)
            return
        first = self.errors.show(exc, self.ctx.lang)
        if first is not None:
            # The first wrong field may sit on the other tab: bring it into view.
            for i in range(self.tabs.count()):
                if self.tabs.widget(i).isAncestorOf(first):
                    self.tabs.setCurrentIndex(i)
                    first.setFocus()
