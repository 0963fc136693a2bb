"""Who the person is: NIK, passport, phone, or name together with date of birth.

The core checks and normalises what is typed (desktop/services/subject_access.py); the form
only refuses a name without a date of birth (or the reverse) before asking it, naming the
field that is missing, and shows the core's errors next to the field they concern.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from desktop.ui.phone_fields import tidy_on_leave
from desktop.ui.widgets import DateLineEdit, FormErrors

FIELDS = ("nik", "passport", "phone", "name", "birth_date")


class SearchForm(QWidget):
    submitted = Signal()  # Enter in any field

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = FormErrors()
        self._build_fields()
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        # Two rows, three pairs a row: fits 1366 px wide with room for the longer Indonesian
        # captions; the name and birth date share the second row as they go together.
        places = {"nik": (0, 0), "passport": (0, 2), "phone": (0, 4),
                  "name": (1, 0), "birth_date": (1, 2)}
        for name, (row, column) in places.items():
            label = QLabel()
            label.setBuddy(self.edits[name])
            self.labels[name] = label
            grid.addWidget(label, row, column)
            grid.addWidget(self.errors.wrap(name, self.edits[name]), row, column + 1)
        grid.addWidget(self.errors.general, 2, 0, 1, 6)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.retranslate()

    def _build_fields(self) -> None:
        self.nik = QLineEdit()
        self.nik.setMaxLength(40)
        self.passport = QLineEdit()
        self.passport.setMaxLength(40)
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        tidy_on_leave(self.phone)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.birth_date = DateLineEdit()
        self.edits: dict[str, QLineEdit] = {
            "nik": self.nik, "passport": self.passport, "phone": self.phone,
            "name": self.name, "birth_date": self.birth_date}
        for edit in self.edits.values():
            edit.setClearButtonEnabled(True)
            edit.returnPressed.connect(self.submitted)

    def retranslate(self) -> None:
        for name, text in (("nik", self.tr("N&IK:")), ("passport", self.tr("&Passport:")),
                           ("phone", self.tr("P&hone:")), ("name", self.tr("&Name:")),
                           ("birth_date", self.tr("&Date of birth:"))):
            self.labels[name].setText(text)
        self.nik.setPlaceholderText(self.tr("16 digits"))
        self.passport.setPlaceholderText(self.tr("e.g. B1234567"))
        self.phone.setPlaceholderText(self.tr("e.g. 0812 3456 7890"))
        self.name.setPlaceholderText(self.tr("Only with the date of birth"))
        # The date field's own words (its context), again after a change of language.
        self.birth_date.setPlaceholderText(QCoreApplication.translate("DateLineEdit", "dd/mm/yyyy"))

    # -- the query ---------------------------------------------------------------------------
    def identifiers(self) -> dict[str, str]:
        """What was typed, as core.subject_access.find() takes it."""
        return {name: edit.text().strip() for name, edit in self.edits.items()}

    def check(self) -> bool:
        """False (with the missing field marked and focused) for a name without a date of
        birth or the reverse: a name alone may be someone else's."""
        self.errors.clear()
        query = self.identifiers()
        if query["name"] and not query["birth_date"]:
            self._missing("birth_date", self.tr(
                "Give the date of birth too: a name alone may belong to another person."))
            return False
        if query["birth_date"] and not query["name"]:
            self._missing("name", self.tr(
                "Give the name too: a date of birth alone does not say who the person is."))
            return False
        return True

    def _missing(self, field: str, text: str) -> None:
        widget = self.errors.set(field, text)
        if widget is not None:
            widget.setFocus()

    def show_error(self, exc: BaseException, lang: str) -> None:
        """A refusal of the core at its field (or under the form)."""
        self.errors.show(exc, lang)

    def clear_errors(self) -> None:
        self.errors.clear()
