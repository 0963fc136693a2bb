"""The migrant worker the complaint is about; rarer details fold away to keep the path short."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.domain.models import WorkerInput
from desktop.domain.reference import Reference
from desktop.ui.intake.form_binding import CollapsibleBox, FieldErrors, FormSection, translate
from desktop.ui.widgets import DateLineEdit, RefComboBox

# What the duplicate check looks at.
IDENTITY_FIELDS = ("name", "birth_date", "nik", "passport")


class WorkerSection(FormSection):
    identityChanged = Signal()

    def __init__(self, reference: Reference, lang: str, errors: FieldErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__("worker", QT_TRANSLATE_NOOP("IntakeForm", "Migrant worker"), errors, parent)
        n = QT_TRANSLATE_NOOP
        self.name = self.add("name", n("IntakeForm", "Nam&e:"), QLineEdit())
        self.sex = self.add("sex", n("IntakeForm", "Se&x:"), QComboBox())
        self.birth_date = self.add("birth_date", n("IntakeForm", "&Birth date:"), DateLineEdit())
        self.nik = self.add("nik", n("IntakeForm", "NI&K:"), QLineEdit(),
                            placeholder=n("IntakeForm", "16 digits"))
        self.passport = self.add("passport", n("IntakeForm", "Pa&ssport no.:"), QLineEdit(),
                                 placeholder=n("IntakeForm", "e.g. B1234567"))
        self.phone = self.add("phone", n("IntakeForm", "P&hone abroad:"), QLineEdit(),
                              placeholder=n("IntakeForm", "+60 12-345 6789"))
        self.destination_country = self.add(
            "destination_country", n("IntakeForm", "Destination co&untry:"),
            RefComboBox(reference, "country", lang))
        self.destination_city = self.add("destination_city", n("IntakeForm", "Destination ci&ty:"),
                                         QLineEdit())
        self.job = self.add("job", n("IntakeForm", "&Job:"), RefComboBox(reference, "job", lang))
        self.employer_name = self.add("employer_name", n("IntakeForm", "Emp&loyer:"), QLineEdit())

        self.more = CollapsibleBox()
        self.layout_.addWidget(self.more)
        more = self.new_form()
        self.more.body.setLayout(more)
        more.setContentsMargins(0, 0, 0, 0)
        self.employer_address = self.add("employer_address", n("IntakeForm", "Employer address:"),
                                         QLineEdit(), more)
        self.employer_phone = self.add("employer_phone", n("IntakeForm", "Employer phone:"),
                                       QLineEdit(), more)
        self.first_employer = self.add("first_employer", n("IntakeForm", "First employer:"),
                                       QLineEdit(), more)
        self.pptkis = self.add("pptkis", n("IntakeForm", "Placement agency (PPTKIS):"),
                               QLineEdit(), more)
        self.departure_date = self.add("departure_date", n("IntakeForm", "Departure date:"),
                                       DateLineEdit(), more)
        self.work_agreement = self.add("work_agreement", n("IntakeForm", "Work agreement:"),
                                       QLineEdit(), more,
                                       placeholder=n("IntakeForm", "number, date, duration"))
        self.ktkln = self.add("ktkln", n("IntakeForm", "KTKLN no.:"), QLineEdit(), more)
        self.address = self.add("address", n("IntakeForm", "Home address:"), QLineEdit(), more)
        self.province = self.add("province", n("IntakeForm", "Province:"), QLineEdit(), more)
        self.regency = self.add("regency", n("IntakeForm", "Regency / city:"), QLineEdit(), more)

        self.nik.setMaxLength(24)
        self.passport.setMaxLength(16)
        for attr in IDENTITY_FIELDS:
            self.fields[attr].textChanged.connect(self.identityChanged)

    def retranslate(self) -> None:
        super().retranslate()
        index = self.sex.currentIndex()
        self.sex.clear()
        self.sex.addItem("", "")
        self.sex.addItem(translate("L (male)"), "L")
        self.sex.addItem(translate("P (female)"), "P")
        self.sex.setCurrentIndex(max(index, 0))
        self.more.button.setText(translate("More worker details (a&gency, employer, home address)"))

    def value(self) -> WorkerInput:
        return WorkerInput(**self.values())

    def inputs(self) -> list[QWidget]:
        """Tab order: common inputs, the toggle, then the folded ones (skipped while hidden)."""
        widgets = super().inputs()
        split = widgets.index(self.employer_address)
        return widgets[:split] + [self.more.button] + widgets[split:]
