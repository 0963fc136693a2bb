"""After the clarification meeting: whether the agency came, and what was agreed.
Two summonses without attending flag the agency in the directory."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain import casework
from desktop.formatting import format_datetime
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.case_view.header import parse_utc
from desktop.ui.widgets import RefComboBox


class SummonsOutcomeDialog(CoreDialog):
    def __init__(self, ctx, summons: dict, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summons_id = summons["id"]
        self.setWindowTitle(self.tr("Outcome of the meeting with {agency}").format(
            agency=summons["agency"]))
        self.save_button.setText(self.tr("&Save outcome"))
        when = format_datetime(parse_utc(summons["meeting_at"]), ctx.core.office.tz, ctx.lang)
        meeting = self.tr("Meeting {when} · {place}").format(
            when=when, place=summons.get("place", ""))
        about = QLabel(f"<b>{escape(summons['agency'])}</b><br>{escape(meeting)}")
        about.setTextFormat(Qt.TextFormat.RichText)
        about.setWordWrap(True)
        self.form.addRow(about)
        # Not preset: "did not attend" counts towards flagging the agency, so it is a choice.
        self.attendance = RefComboBox(ctx.core.reference, "attendance", ctx.lang)
        self.attendance.set_code(summons.get("attendance", ""))
        self.add_row(self.tr("&Attendance:"), "attendance", self.attendance)
        self.result = self.summary_edit()
        self.result.setPlaceholderText(self.tr(
            "What the agency said or agreed to do, e.g. return the passport by Friday"))
        self.result.setPlainText(summons.get("result", ""))
        self.add_row(self.tr("&Result:"), "result", self.result)
        self.errors.alias("summons", "attendance")
        self.resize(540, self.sizeHint().height())
        self.attendance.setFocus()

    def call(self):
        referrals, sid = self.ctx.core.referrals, self.summons_id
        inp = casework.SummonsOutcomeInput(self.attendance.code(), self.result.toPlainText())
        return lambda: referrals.record_summons_outcome(sid, inp)
