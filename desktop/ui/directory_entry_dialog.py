"""Adding or editing one stakeholder directory entry: this office's local partner, or any entry
at central. The core checks every field (and who may change the entry); errors show inline."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.domain import casework
from desktop.domain.directory import LICENCE_FIELDS, PPTKIS, DirectoryEntry
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.context import UiContext
from desktop.ui.widgets import RefComboBox

NAME_MAX, NUMBER_MAX, CONTACT_MAX = 120, 120, 254


class DirectoryEntryDialog(CoreDialog):
    """`entry` None adds a new entry; `saved` carries the entry's id (or, after an edit,
    whether anything changed)."""

    def __init__(self, ctx: UiContext, entry: DirectoryEntry | None = None,
                 national: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.entry = entry
        self.national = national
        self._build_rows()
        self._build_note()
        if entry is not None:
            self._fill(entry)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.resize(560, self.sizeHint().height())
        (self.name if entry is not None else self.kind).setFocus()

    def _build_rows(self) -> None:
        ref, lang = self.ctx.require_core().reference, self.ctx.lang
        if self.entry is None:
            self.setWindowTitle(self.tr("New directory entry"))
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=self.entry.name))
        self.kind = RefComboBox(ref, "stakeholder_kind", lang)
        self.add_row(self.tr("&Kind:"), "kind", self.kind)
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(self.tr("As the partner writes it, e.g. RSUD Dr. Soetomo"))
        self.add_row(self.tr("&Name:"), "name", self.name)
        self.country = RefComboBox(ref, "country", lang, empty_text=self.tr("— none —"))
        self.add_row(self.tr("&Country:"), "country", self.country)
        self.licence_no = QLineEdit()
        self.licence_no.setMaxLength(NUMBER_MAX)
        self.add_row(self.tr("&Licence number:"), "licence_no", self.licence_no)
        self.licence_status = RefComboBox(ref, "licence_status", lang)
        self.add_row(self.tr("Licence &status:"), "licence_status", self.licence_status)
        self.address = self.summary_edit()
        self.address.setMinimumHeight(60)
        self.address.setMaximumHeight(90)  # a few lines; the dialog must not grow into it
        self.address.setPlaceholderText(self.tr("Street, city; leave empty when unknown"))
        self.add_row(self.tr("&Address:"), "address", self.address)
        self.phone = QLineEdit()
        self.phone.setMaxLength(40)
        self.add_row(self.tr("&Phone:"), "phone", self.phone)
        self.email = QLineEdit()
        self.email.setMaxLength(CONTACT_MAX)
        self.add_row(self.tr("&Email:"), "email", self.email)

    def _build_note(self) -> None:
        core = self.ctx.require_core()
        if self.entry is not None and self.entry.office_code:
            text = self.tr("A local partner of {office}.").format(office=self.entry.office_code)
        elif self.entry is not None:
            text = self.tr("A central entry: every office sees the change after its next sync.")
        elif self.national:
            text = self.tr("A central entry: every office sees it after its next sync.")
        else:
            text = self.tr("A local partner of this office ({office}): every office sees it "
                           "after the next sync, and central may adopt it.").format(
                office=core.office.code)
        self.note = QLabel(text)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(dark);")
        self.form.addRow("", self.note)

    def _fill(self, entry: DirectoryEntry) -> None:
        self.kind.set_code(entry.kind)
        self.name.setText(entry.name)
        self.country.set_code(entry.country)
        self.licence_no.setText(entry.licence_no)
        self.licence_status.set_code(entry.licence_status)
        self.address.setPlainText(entry.address)
        self.phone.setText(entry.phone)
        self.email.setText(entry.email)

    def _kind_changed(self) -> None:
        # Only a placement agency holds a licence; the core drops it for any other kind.
        agency = self.kind.code() == PPTKIS
        for name in LICENCE_FIELDS:
            self.form.setRowVisible(getattr(self, name).parentWidget(), agency)

    def value(self) -> casework.StakeholderInput:
        return casework.StakeholderInput(
            kind=self.kind.code(), name=self.name.text(), country=self.country.code(),
            licence_no=self.licence_no.text(), licence_status=self.licence_status.code(),
            address=self.address.toPlainText(), phone=self.phone.text(),
            email=self.email.text())

    def call(self):
        directory = self.ctx.require_core().directory
        inp = self.value()
        if self.entry is None:
            return lambda: directory.add(inp)
        entry_id = self.entry.id
        return lambda: directory.update(entry_id, inp)
