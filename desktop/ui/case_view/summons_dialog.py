"""Summoning a placement agency (PPTKIS) to a clarification meeting: which agency, when and
where; an agency that stayed away before is pointed out before the letter goes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy, QWidget

from desktop.domain import casework
from desktop.domain.models import CaseDetail
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.directory_picker import DirectoryPicker
from desktop.ui.widgets import DateLineEdit

WARNING_STYLE = ("color: #8a3b00; background: #fff4e0; border: 1px solid #e0a040;"
                 " padding: 4px;")
HINT_STYLE = "color: palette(dark);"
DEFAULT_TIME = "09.00"


class SummonsDialog(CoreDialog):
    def __init__(self, ctx, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = detail.case["seq"]
        self.setWindowTitle(self.tr("Summon the placement agency — {number}").format(
            number=detail.case_number))
        self.save_button.setText(self.tr("&Save summons"))
        self._build_agency_rows(detail)
        self._build_meeting_rows()
        self.resize(580, self.sizeHint().height())
        self.agency.setFocus()

    def _build_agency_rows(self, detail: CaseDetail) -> None:
        self.agency = DirectoryPicker(self.ctx, kinds=("pptkis",))
        self.add_row(self.tr("&Agency (PPTKIS):"), "agency", self.agency)
        self.errors.alias("stakeholder_id", "agency")
        self.agency.picked.connect(lambda _entry: self._agency_changed())
        self.agency.edit.textEdited.connect(lambda _text: self._agency_changed())
        named = (detail.worker or {}).get("pptkis", "")
        if named:
            # What the complainant said at intake, to find it in the directory.
            hint = QLabel(self.tr("Named at intake: {name}").format(name=named))
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            self.form.addRow("", hint)
        self.flag_warning = QLabel()
        self.flag_warning.setWordWrap(True)
        self.flag_warning.setStyleSheet(WARNING_STYLE)
        # As tall as its text: room the window gains for an error must not pad the warning.
        self.flag_warning.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.flag_warning.hide()
        self.form.addRow("", self.flag_warning)
        self.letter_no = QLineEdit()
        self.letter_no.setPlaceholderText(self.tr("e.g. B.45/BP3TKI-SBY/XII/2026"))
        self.add_row(self.tr("&Letter number:"), "letter_no", self.letter_no)

    def _build_meeting_rows(self) -> None:
        office = self.ctx.core.office
        self.meeting_on = DateLineEdit()
        self.add_row(self.tr("Meeting &date:"), "meeting_on", self.meeting_on)
        self.meeting_time = QLineEdit(DEFAULT_TIME)
        self.meeting_time.setPlaceholderText(self.tr("e.g. 09.30"))
        self.meeting_time.setMaxLength(5)
        self.add_row(self.tr("Meeting &time ({zone}):").format(zone=office.tz), "meeting_time",
                     self.meeting_time)
        self.place = QLineEdit(office.name)
        self.add_row(self.tr("&Place:"), "place", self.place)

    def _agency_changed(self) -> None:
        entry = self.agency.entry()
        flagged = bool(entry is not None and entry.flagged)
        if flagged:
            self.flag_warning.setText(self.tr(
                "{name} did not attend {count} earlier summonses and is flagged in the "
                "directory. You can still summon it; tell your supervisor.").format(
                name=entry.name, count=entry.missed_summons))
        self.flag_warning.setVisible(flagged)

    def summons_input(self) -> casework.SummonsInput:
        entry = self.agency.entry()
        return casework.SummonsInput(
            stakeholder_id=entry.id if entry is not None else "",
            agency=entry.name if entry is not None else self.agency.text(),
            letter_no=self.letter_no.text(), meeting_on=self.meeting_on.text(),
            meeting_time=self.meeting_time.text(), place=self.place.text())

    def call(self):
        referrals, key, inp = self.ctx.core.referrals, self.case_key, self.summons_input()
        return lambda: referrals.summon(key, inp)
