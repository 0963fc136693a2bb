"""What the complaint is about and how it reached the office."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QSizePolicy, QWidget

from desktop.domain.models import ComplaintInput
from desktop.domain.reference import Reference
from desktop.ui.intake.form_binding import FieldErrors, FormSection
from desktop.ui.widgets import DateLineEdit, RefComboBox

WALK_IN = "datang_langsung"
ARRIVE_NOW = frozenset({WALK_IN, "telepon"})  # recorded while the person is there
# The complainant type that usually follows from the relation to the worker.
TYPE_FOR_RELATION = {"diri_sendiri": "tki", "kuasa": "kuasa"}


class ComplaintSection(FormSection):
    """`me`: (username, full name) when the recording person's role handles cases: they
    may record it to themselves (`mine_by_default`: the form starts there)."""

    def __init__(self, reference: Reference, lang: str, errors: FieldErrors,
                 parent: QWidget | None = None, me: tuple[str, str] | None = None,
                 mine_by_default: bool = False) -> None:
        super().__init__("complaint", QT_TRANSLATE_NOOP("IntakeForm", "Complaint"), errors, parent)
        self.reference = reference
        self.category = self.add("category", QT_TRANSLATE_NOOP("IntakeForm", "&Category:"),
                                 RefComboBox(reference, "category", lang))
        channel = RefComboBox(reference, "channel", lang, allow_empty=False)
        channel.set_code(WALK_IN)
        self.channel = self.add("channel", QT_TRANSLATE_NOOP("IntakeForm", "Recei&ved via:"), channel)
        # A letter, email, fax or message arrived before it is typed: the day it arrived.
        self.received_on = self.add(
            "received_on", QT_TRANSLATE_NOOP("IntakeForm", "Received &on (letter, message):"), DateLineEdit(),
            placeholder=QT_TRANSLATE_NOOP("IntakeForm", "dd/mm/yyyy (empty: today)"))
        self._received_row = self.form.rowCount() - 1
        channel.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()
        self.complainant_type = self.add(
            "complainant_type", QT_TRANSLATE_NOOP("IntakeForm", "Complainant t&ype:"),
            RefComboBox(reference, "complainant_type", lang))
        description = QPlainTextEdit()
        # Tab leaves the box: the whole form is walked with Tab, never trapped here.
        description.setTabChangesFocus(True)
        # A fixed height: long text scrolls inside, the form around it does not jump.
        description.setFixedHeight(130)
        description.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.description = self.add(
            "description", QT_TRANSLATE_NOOP("IntakeForm", "&Description:"), description,
            placeholder=QT_TRANSLATE_NOOP("IntakeForm",
                                          "What happened, since when, what the complainant asks for"))
        self.officer = None
        if me is not None:
            self._build_officer_row(*me, mine_by_default)
        self._type_touched = False
        self._suggesting = False
        self.complainant_type.currentIndexChanged.connect(self._type_changed)

    def _channel_changed(self) -> None:
        """Walk-ins and calls arrive as they are typed; anything else may have arrived
        earlier, so it asks when (empty: today)."""
        later = self.channel.code() not in ARRIVE_NOW
        self.form.setRowVisible(self._received_row, later)
        if not later:
            self.received_on.clear()

    def _build_officer_row(self, username: str, full_name: str, mine: bool) -> None:
        combo = QComboBox()
        combo.addItem("", "")  # words: retranslate
        combo.addItem("", username)
        combo.setProperty("me_name", full_name or username)
        self.officer = self.add("officer", QT_TRANSLATE_NOOP("IntakeForm", "Handled by:"), combo)
        self._name_officer_items()
        combo.setCurrentIndex(1 if mine else 0)
        self.defaults["officer"] = combo.currentData()  # a new form starts here again

    def _name_officer_items(self) -> None:
        combo = self.officer
        combo.setItemText(0, self.tr("Nobody yet (the supervisor assigns it)"))
        combo.setItemText(1, self.tr("Me ({name})").format(name=combo.property("me_name")))

    def retranslate(self) -> None:
        super().retranslate()
        if self.officer is not None:
            self._name_officer_items()

    def value(self) -> ComplaintInput:
        return ComplaintInput(**self.values())

    def suggest_type(self, relation: str) -> None:
        """Follow the relation until the officer picks a type by hand."""
        if self._type_touched:
            return
        if relation in TYPE_FOR_RELATION:
            code = TYPE_FOR_RELATION[relation]
        elif self.reference.extra("relation", relation).get("family"):
            code = "keluarga_tki"
        else:
            code = ""
        self._suggesting = True
        self.complainant_type.set_code(code)
        self._suggesting = False

    def _type_changed(self) -> None:
        if not self._suggesting:
            self._type_touched = True

    def has_input(self) -> bool:
        # A suggested type alone is not something the officer typed.
        values = self.values()
        return any(values[a].strip() != self.defaults[a].strip()
                   for a in ("category", "channel", "description")) or self._type_touched
