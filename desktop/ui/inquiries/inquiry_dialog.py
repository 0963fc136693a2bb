"""Permintaan informasi: the short form for a question answered at the desk or on the phone.

Made to be done in seconds with the keyboard: channel, topic, question, answer, then the
optional name, phone and who asked; Tab walks them, Ctrl+S or Ctrl+Enter saves, Esc
cancels. No worker identity is asked for: it is not a complaint.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.domain.inquiries import InquiryInput
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.context import UiContext
from desktop.ui.phone_fields import tidy_on_leave
from desktop.ui.widgets import RefComboBox

DEFAULT_CHANNEL = "telepon"  # most questions come by phone


class InquiryDialog(CoreDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Information request"))
        self._build_rows()
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.resize(620, self.sizeHint().height())
        self.channel.setFocus()

    def _build_rows(self) -> None:
        ref, lang = self.ctx.core.reference, self.ctx.lang
        intro = QLabel(self.tr("A question answered, not a complaint: no worker's identity is "
                               "needed. It is counted apart from complaints."))
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #555;")
        self.form.addRow(intro)
        self.channel = RefComboBox(ref, "channel", lang, allow_empty=False)
        self.channel.set_code(DEFAULT_CHANNEL)
        self.add_row(self.tr("C&hannel:"), "inquiry.channel", self.channel)
        self.topic = RefComboBox(ref, "inquiry_topic", lang)
        self.add_row(self.tr("&Topic:"), "inquiry.topic", self.topic)
        self.question = self.summary_edit()
        self.question.setPlaceholderText(self.tr("What was asked"))
        self.add_row(self.tr("&Question:"), "inquiry.question", self.question)
        self.answer = self.summary_edit()
        self.answer.setPlaceholderText(self.tr("What the office answered"))
        self.add_row(self.tr("&Answer given:"), "inquiry.answer", self.answer)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Optional"))
        self.add_row(self.tr("&Name:"), "inquiry.name", self.name)
        self.phone = QLineEdit()
        tidy_on_leave(self.phone)  # grouped as read: the officer sees which country
        self.phone.setPlaceholderText(self.tr("Optional, e.g. 0812-3456-7890"))
        self.add_row(self.tr("&Phone:"), "inquiry.phone", self.phone)
        self.complainant_type = RefComboBox(ref, "complainant_type", lang)
        self.add_row(self.tr("Asked &by:"), "inquiry.complainant_type", self.complainant_type)

    def value(self) -> InquiryInput:
        return InquiryInput(channel=self.channel.code(), topic=self.topic.code(),
                            question=self.question.toPlainText(),
                            answer=self.answer.toPlainText(), name=self.name.text(),
                            phone=self.phone.text(),
                            complainant_type=self.complainant_type.code())

    def call(self):
        inp, inquiries = self.value(), self.ctx.core.inquiries
        return lambda: inquiries.record(inp)
