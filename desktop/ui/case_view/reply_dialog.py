"""Closing a referral: the reply that came back (when, what it said), or withdrawing it.

Both return whether it was the case's last open referral, so the panel can offer to move a
referred case back to `proses`.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain import casework
from desktop.formatting import format_date
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.widgets import DateLineEdit

REQUEST_SHOWN = 300


def referral_summary(ctx, referral: dict) -> QLabel:
    """Which referral this is about, so nobody answers the wrong one: the addressee, when
    and how it went, and what was asked."""
    lang = ctx.lang
    method = ctx.core.reference.label("referral_method", referral.get("method", ""), lang)
    sent = format_date(date.fromisoformat(referral["sent_on"]), lang)
    how = QCoreApplication.translate("ReferralSummary", "Sent {date} · {method}").format(
        date=sent, method=method)
    if referral.get("letter_no"):
        how += " · " + QCoreApplication.translate(
            "ReferralSummary", "no. {number}").format(number=referral["letter_no"])
    request = " ".join(referral.get("request", "").split())
    if len(request) > REQUEST_SHOWN:  # the whole of it is on the case's timeline
        request = request[:REQUEST_SHOWN].rstrip() + "…"
    asked = QCoreApplication.translate("ReferralSummary", "Asked: {request}").format(
        request=request)
    label = QLabel("<b>{}</b><br>{}<br>{}".format(
        escape(referral["addressee"]), escape(how), escape(asked)))
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


class ReplyDialog(CoreDialog):
    def __init__(self, ctx, referral: dict, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.referral_id = referral["id"]
        self.setWindowTitle(self.tr("Record the reply from {addressee}").format(
            addressee=referral["addressee"]))
        self.save_button.setText(self.tr("&Save reply"))
        self.form.addRow(referral_summary(ctx, referral))
        self.reply_on = DateLineEdit()
        self.reply_on.set_date(ctx.core.cases.today())
        self.add_row(self.tr("Reply &received on:"), "reply_on", self.reply_on)
        self.summary = self.summary_edit()
        self.summary.setPlaceholderText(self.tr("What they answered, and what happens next"))
        self.add_row(self.tr("&What they replied:"), "reply_summary", self.summary)
        self.errors.alias("referral", "reply_on")
        self.resize(560, self.sizeHint().height())
        self.reply_on.setFocus()

    def call(self):
        referrals, rid = self.ctx.core.referrals, self.referral_id
        inp = casework.ReplyInput(self.reply_on.text(), self.summary.toPlainText())
        return lambda: referrals.answer(rid, inp)


class WithdrawDialog(CoreDialog):
    """A referral no longer needed (sent to the wrong place, the matter settled otherwise)."""

    def __init__(self, ctx, referral: dict, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.referral_id = referral["id"]
        self.setWindowTitle(self.tr("Withdraw the referral to {addressee}").format(
            addressee=referral["addressee"]))
        self.save_button.setText(self.tr("&Withdraw referral"))
        self.form.addRow(referral_summary(ctx, referral))
        self.note = self.summary_edit()
        self.note.setPlaceholderText(self.tr("Why it is withdrawn (optional)"))
        self.add_row(self.tr("&Note:"), "note", self.note)
        self.errors.alias("referral", "note")
        self.resize(520, self.sizeHint().height())
        self.note.setFocus()

    def call(self):
        referrals, rid, note = self.ctx.core.referrals, self.referral_id, self.note.toPlainText()
        return lambda: referrals.withdraw(rid, note)
