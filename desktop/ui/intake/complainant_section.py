"""Who is at the desk: the complainant and how the office can reach them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from desktop.domain.models import ComplainantInput
from desktop.domain.reference import Reference
from desktop.ui.intake.form_binding import FieldErrors, FormSection
from desktop.ui.phone_fields import tidy_on_leave
from desktop.ui.widgets import RefComboBox

SELF = "diri_sendiri"


class ComplainantSection(FormSection):
    relationChanged = Signal(str)
    # The officer ticked or unticked "The complainant is the worker".
    isWorkerToggled = Signal(bool)

    def __init__(self, reference: Reference, lang: str, errors: FieldErrors,
                 parent: QWidget | None = None) -> None:
        super().__init__("complainant", QT_TRANSLATE_NOOP("IntakeForm", "Complainant"), errors, parent)
        self.name = self.add("name", QT_TRANSLATE_NOOP("IntakeForm", "&Name:"), QLineEdit())
        self.is_worker = QCheckBox()
        self.form.addRow("", self.is_worker)
        self.relation = self.add("relation", QT_TRANSLATE_NOOP("IntakeForm", "&Relation to worker:"),
                                 RefComboBox(reference, "relation", lang))
        self.nik = self.add("nik", QT_TRANSLATE_NOOP("IntakeForm", "N&IK:"), QLineEdit(),
                            placeholder=QT_TRANSLATE_NOOP("IntakeForm", "16 digits"))
        self.phones = self.add("phones", QT_TRANSLATE_NOOP("IntakeForm", "&Phone numbers:"), QLineEdit(),
                               placeholder=QT_TRANSLATE_NOOP("IntakeForm",
                                                             "0812-3456-7890, 031-1234567"))
        self.email = self.add("email", QT_TRANSLATE_NOOP("IntakeForm", "E&mail:"), QLineEdit())
        self.address = self.add("address", QT_TRANSLATE_NOOP("IntakeForm", "&Address:"), QLineEdit())
        self.preferred_contact = self.add(
            "preferred_contact", QT_TRANSLATE_NOOP("IntakeForm", "Pre&ferred contact:"),
            RefComboBox(reference, "channel", lang))
        self.nik.setMaxLength(24)
        tidy_on_leave(self.phones, many=True)
        self.relation.currentIndexChanged.connect(self._relation_changed)
        self.is_worker.toggled.connect(self._is_worker_toggled)

    def retranslate(self) -> None:
        super().retranslate()
        self.is_worker.setText(QCoreApplication.translate(
            "IntakeForm", "The complainant is the &worker (complains in person)"))

    def value(self) -> ComplainantInput:
        return ComplainantInput(**self.values())

    def has_input(self) -> bool:
        return super().has_input() or self.is_worker.isChecked()

    def _relation_changed(self) -> None:
        code = self.relation.code()
        if self.is_worker.isChecked() != (code == SELF):
            self.is_worker.setChecked(code == SELF)
        self.relationChanged.emit(code)

    def _is_worker_toggled(self, on: bool) -> None:
        if on:
            self.relation.set_code(SELF)
        elif self.relation.code() == SELF:
            self.relation.set_code("")
        self.isWorkerToggled.emit(on)
