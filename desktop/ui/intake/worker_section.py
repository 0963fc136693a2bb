"""The migrant worker the complaint is about; rarer details fold away to keep the path short."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.models import WorkerInput
from desktop.domain.reference import Reference
from desktop.ui.intake.form_binding import CollapsibleBox, FieldErrors, FormSection
from desktop.ui.phone_fields import tidy_on_leave
from desktop.ui.widgets import DateLineEdit, RefComboBox

# What the duplicate check looks at.
IDENTITY_FIELDS = ("name", "birth_date", "nik", "passport")


class WorkerSection(FormSection):
    identityChanged = Signal()

    def __init__(self, reference: Reference, lang: str, errors: FieldErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__("worker", QT_TRANSLATE_NOOP("IntakeForm", "Migrant worker"), errors, parent)
        self.name = self.add("name", QT_TRANSLATE_NOOP("IntakeForm", "Nam&e:"), QLineEdit())
        self.sex = self.add("sex", QT_TRANSLATE_NOOP("IntakeForm", "Se&x:"), QComboBox())
        self.birth_date = self.add("birth_date", QT_TRANSLATE_NOOP("IntakeForm", "&Birth date:"), DateLineEdit())
        self.nik = self.add("nik", QT_TRANSLATE_NOOP("IntakeForm", "NI&K:"), QLineEdit(),
                            placeholder=QT_TRANSLATE_NOOP("IntakeForm", "16 digits"))
        self.passport = self.add("passport", QT_TRANSLATE_NOOP("IntakeForm", "Pa&ssport no.:"), QLineEdit(),
                                 placeholder=QT_TRANSLATE_NOOP("IntakeForm", "e.g. B1234567"))
        self.phone = self.add("phone", QT_TRANSLATE_NOOP("IntakeForm", "P&hone abroad:"), QLineEdit(),
                              placeholder=QT_TRANSLATE_NOOP("IntakeForm", "+60 12-345 6789"))
        self.destination_country = self.add(
            "destination_country", QT_TRANSLATE_NOOP("IntakeForm", "Destination co&untry:"),
            RefComboBox(reference, "country", lang))
        self.destination_city = self.add("destination_city", QT_TRANSLATE_NOOP("IntakeForm", "Destination ci&ty:"),
                                         QLineEdit())
        self.job = self.add("job", QT_TRANSLATE_NOOP("IntakeForm", "&Job:"), RefComboBox(reference, "job", lang))
        self.employer_name = self.add("employer_name", QT_TRANSLATE_NOOP("IntakeForm", "Emp&loyer:"), QLineEdit())

        self.more = CollapsibleBox()
        self.layout_.addWidget(self.more)
        more = self.new_form()
        self.more.body.setLayout(more)
        more.setContentsMargins(0, 0, 0, 0)
        self.employer_address = self.add("employer_address", QT_TRANSLATE_NOOP("IntakeForm", "Employer address:"),
                                         QLineEdit(), more)
        self.employer_phone = self.add("employer_phone", QT_TRANSLATE_NOOP("IntakeForm", "Employer phone:"),
                                       QLineEdit(), more)
        self.first_employer = self.add("first_employer", QT_TRANSLATE_NOOP("IntakeForm", "First employer:"),
                                       QLineEdit(), more)
        self.pptkis = self.add("pptkis", QT_TRANSLATE_NOOP("IntakeForm", "Placement agency (PPTKIS):"),
                               QLineEdit(), more)
        self.departure_date = self.add("departure_date", QT_TRANSLATE_NOOP("IntakeForm", "Departure date:"),
                                       DateLineEdit(), more)
        self.work_agreement = self.add("work_agreement", QT_TRANSLATE_NOOP("IntakeForm", "Work agreement:"),
                                       QLineEdit(), more,
                                       placeholder=QT_TRANSLATE_NOOP("IntakeForm", "number, date, duration"))
        self.ktkln = self.add("ktkln", QT_TRANSLATE_NOOP("IntakeForm", "KTKLN no.:"), QLineEdit(), more)
        self.address = self.add("address", QT_TRANSLATE_NOOP("IntakeForm", "Home address:"), QLineEdit(), more)
        self.province = self.add("province", QT_TRANSLATE_NOOP("IntakeForm", "Province:"), QLineEdit(), more)
        self.regency = self.add("regency", QT_TRANSLATE_NOOP("IntakeForm", "Regency / city:"), QLineEdit(), more)

        self.nik.setMaxLength(24)
        self.passport.setMaxLength(16)
        tidy_on_leave(self.phone)
        tidy_on_leave(self.employer_phone)
        for attr in IDENTITY_FIELDS:
            self.fields[attr].textChanged.connect(self.identityChanged)

    def retranslate(self) -> None:
        super().retranslate()
        index = self.sex.currentIndex()
        self.sex.clear()
        self.sex.addItem("", "")
        self.sex.addItem(QCoreApplication.translate("IntakeForm", "L (male)"), "L")
        self.sex.addItem(QCoreApplication.translate("IntakeForm", "P (female)"), "P")
        self.sex.setCurrentIndex(max(index, 0))
        self.more.button.setText(QCoreApplication.translate(
            "IntakeForm", "More worker details (a&gency, employer, home address)"))

    def value(self) -> WorkerInput:
        return WorkerInput(**self.values())

    def inputs(self) -> list[QWidget]:
        """Tab order: common inputs, the toggle, then the folded ones (skipped while hidden)."""
        widgets = super().inputs()
        split = widgets.index(self.employer_address)
        return widgets[:split] + [self.more.button] + widgets[split:]
