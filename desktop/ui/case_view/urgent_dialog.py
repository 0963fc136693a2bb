"""Flagging a case urgent (anyone who records steps, with a reason) or clearing the flag
(a supervisor, with an optional note). Urgent cases go to the top of every list."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain import casework
from desktop.domain.models import CaseDetail
from desktop.ui.case_view.event_dialog import CoreDialog


class UrgentDialog(CoreDialog):
    def __init__(self, ctx, detail: CaseDetail, clear: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = detail.case["seq"]
        self.clear_flag = clear
        self.text = self.summary_edit()
        self.text.setMaximumHeight(120)  # a few lines; the dialog stays small
        if clear:
            self._build_clear(detail)
        else:
            self._build_flag(detail)
        self.resize(500, self.sizeHint().height())
        self.text.setFocus()

    def _build_flag(self, detail: CaseDetail) -> None:
        self.setWindowTitle(self.tr("Flag {number} urgent").format(number=detail.case_number))
        self.save_button.setText(self.tr("&Flag urgent"))
        intro = QLabel(self.tr("Urgent cases go to the top of every list. Say why, so whoever "
                               "opens the case next understands at once."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.text.setPlaceholderText(self.tr("e.g. The worker is held by the employer and "
                                             "threatened"))
        self.add_row(self.tr("&Reason:"), "urgent_reason", self.text)

    def _build_clear(self, detail: CaseDetail) -> None:
        case, ref = detail.case, self.ctx.core.reference
        self.setWindowTitle(self.tr("Clear the urgent flag of {number}").format(
            number=detail.case_number))
        self.save_button.setText(self.tr("&Clear flag"))
        reason = QLabel(case.get("urgent_reason") or "—")
        reason.setWordWrap(True)
        reason.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.tr("Flagged because:"), reason)
        category_urgent = casework.is_urgent({"category": case["category"]}, ref)
        if category_urgent:
            stays = QLabel(self.tr("The case stays urgent: its category ({category}) is urgent "
                                   "by itself.").format(
                category=ref.label("category", case["category"], self.ctx.lang)))
            stays.setWordWrap(True)
            self.form.addRow(stays)
        self.text.setPlaceholderText(self.tr("Optional: why it is no longer urgent"))
        self.add_row(self.tr("N&ote:"), "note", self.text)

    def call(self):
        handling, key, text = self.ctx.core.handling, self.case_key, self.text.toPlainText()
        if self.clear_flag:
            return lambda: handling.clear_urgent(key, text)
        return lambda: handling.flag_urgent(key, text)
