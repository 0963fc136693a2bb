"""Referring a case to a partner: to whom, how it was sent, what was asked, by when a reply
is due (a default per kind of addressee, kept once the officer changes it), and what sharing
the case's personal data with that addressee rests on (UU PDP); the same basis rows record
it afterwards for a referral made before it was asked (BasisDialog)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from desktop.domain import casework
from desktop.domain import data_protection as pdp
from desktop.domain import status as st
from desktop.domain import validation as v
from desktop.domain.deadlines import add_working_days
from desktop.domain.models import CaseDetail
from desktop.domain.roles import Perm, can
from desktop.messages import HaloError
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.case_view.reply_dialog import referral_summary
from desktop.ui.directory_picker import DirectoryPicker
from desktop.ui.widgets import DateLineEdit, RefComboBox

HINT_STYLE = "color: palette(dark);"


@dataclass(frozen=True)
class ReferralSaved:
    """What the dialog hands back: the new referral, how it went out, and the status change
    asked for with it when that one could not be made (the referral is saved regardless)."""

    referral_id: str
    method: str
    status_error: HaloError | None = None


def refer_and_mark(core, key: int | str, inp: casework.ReferralInput,
                   mark_referred: bool) -> ReferralSaved:
    """Runs on the database thread. The status follows the referral, never the other way:
    a refused status change must not lose the referral just written."""
    referral_id = core.referrals.refer(key, inp)
    error = None
    if mark_referred:
        try:
            core.cases.change_status(key, st.DIRUJUK)
        except HaloError as exc:
            error = exc
    return ReferralSaved(referral_id, inp.method, error)


class BasisRows(QObject):
    """The rows of a form that record what sharing a referral's data rests on: the basis
    (vital interest offered first where the case's category expects it), the day consent
    was given, a note, and who records it (the person logged in, never typed)."""

    def __init__(self, dialog: CoreDialog, category: str, row: dict | None = None) -> None:
        super().__init__(dialog)
        ctx = dialog.ctx
        self.lang = ctx.lang
        self.vital_expected = category in pdp.VITAL_CATEGORIES
        self.recorder = ctx.core.session.full_name or ctx.core.session.username
        self.basis = QComboBox()
        self.basis.addItem(self.tr("— choose —"), "")
        for code in casework.basis_order(category):
            self.basis.addItem(pdp.LEGAL_BASIS_LABELS[code][1 if self.lang == "en" else 0], code)
        self.basis.setAccessibleName(self.tr("Basis for sharing the data"))
        dialog.add_row(self.tr("&Basis for sharing:"), "legal_basis", self.basis)
        self.consent_on = DateLineEdit()
        self.consent_on.set_date(ctx.core.cases.today())
        dialog.add_row(self.tr("Consent &given on:"), "consent_on", self.consent_on)
        self.note = QLineEdit()
        dialog.add_row(self.tr("N&ote about the basis:"), "basis_note", self.note)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        dialog.form.addRow("", self.hint)
        if row and row.get("legal_basis"):
            self.basis.setCurrentIndex(max(self.basis.findData(row["legal_basis"]), 0))
            if row.get("consent_on"):
                self.consent_on.set_date(row["consent_on"])
            self.note.setText(row.get("basis_note", ""))
        self.basis.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def code(self) -> str:
        return self.basis.currentData() or ""

    def _update(self) -> None:
        code = self.code()
        consent = code in pdp.CONSENTS
        self.consent_on.setEnabled(consent)
        self.hint.setText(self._hint(code))
        self.note.setPlaceholderText({
            pdp.CONSENT_WRITTEN: self.tr("e.g. signed consent form, scanned as an attachment"),
            pdp.LEGAL_OBLIGATION: self.tr("Which legal duty, e.g. the article of the law"),
        }.get(code, self.tr("Optional")))

    def _hint(self, code: str) -> str:
        if code == pdp.CONSENT_ORAL:
            return self.tr("The complainant agreed, at the desk or on the phone, that the office "
                       "shares their data with this addressee. Recorded by {name}.").format(
                name=self.recorder)
        if code == pdp.CONSENT_WRITTEN:
            return self.tr("The complainant signed their agreement that the office shares their "
                       "data with this addressee. Recorded by {name}.").format(name=self.recorder)
        if code == pdp.VITAL_INTEREST:
            return self.tr("Sharing protects the worker's life, safety or freedom: death, "
                       "trafficking, detention.")
        if code == pdp.LEGAL_OBLIGATION:
            return self.tr("Write which legal duty requires the office to share the data.")
        if self.vital_expected:
            return self.tr("Sharing the complainant's and the worker's personal data needs a "
                       "basis (UU PDP). For this category the worker's vital interest is the "
                       "usual one.")
        return self.tr("Sharing the complainant's and the worker's personal data needs a basis "
                   "(UU PDP): ask the complainant's consent to share with this addressee.")

    def value(self) -> casework.BasisInput:
        return casework.BasisInput(self.code(), self.consent_on.text(), self.note.text())


class BasisDialog(CoreDialog):
    """Record (or change) what sharing an existing referral's data rests on."""

    def __init__(self, ctx, referral: dict, category: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.referral_id = referral["id"]
        self.setWindowTitle(self.tr("Basis for sharing with {addressee}").format(
            addressee=referral["addressee"]))
        self.save_button.setText(self.tr("&Save basis"))
        self.form.addRow(referral_summary(ctx, referral))
        self.basis = BasisRows(self, category, referral)
        self.errors.alias("referral", "legal_basis")
        self.resize(560, self.sizeHint().height())
        self.basis.basis.setFocus()

    def call(self):
        referrals, rid, inp = self.ctx.core.referrals, self.referral_id, self.basis.value()
        return lambda: referrals.record_basis(rid, inp)


class ReferralDialog(CoreDialog):
    def __init__(self, ctx, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = detail.case["seq"]
        self.status = detail.case["status"]
        self._due_edited = False  # the officer typed a due date: stop recomputing it
        self.setWindowTitle(self.tr("Refer case {number}").format(number=detail.case_number))
        self.save_button.setText(self.tr("&Save referral"))
        self._build_addressee_rows()
        self._build_letter_rows()
        self._build_due_rows()
        self.basis = BasisRows(self, detail.case.get("category", ""))
        self._build_status_row()
        self._update_due()
        self.resize(600, self.sizeHint().height())
        self.addressee.setFocus()

    def _build_addressee_rows(self) -> None:
        self.addressee = DirectoryPicker(self.ctx)
        self.add_row(self.tr("&To:"), "addressee", self.addressee)
        self.errors.alias("stakeholder_id", "addressee")
        self.addressee.picked.connect(lambda _entry: self._update_due())
        # Typing after a pick forgets the entry: its kind's reply time no longer applies.
        self.addressee.edit.textEdited.connect(lambda _text: self._update_due())
        self.method = RefComboBox(self.ctx.core.reference, "referral_method", self.ctx.lang,
                                  allow_empty=False)
        self.method.set_code("surat")
        self.add_row(self.tr("&How sent:"), "method", self.method)

    def _build_letter_rows(self) -> None:
        self.letter_no = QLineEdit()
        self.letter_no.setPlaceholderText(self.tr("e.g. B.123/BP3TKI-SBY/XII/2026"))
        self.add_row(self.tr("&Letter number:"), "letter_no", self.letter_no)
        self.sent_on = DateLineEdit()
        self.sent_on.set_date(self.today())
        self.sent_on.textChanged.connect(lambda _text: self._update_due())
        self.add_row(self.tr("&Date sent:"), "sent_on", self.sent_on)
        self.request = self.summary_edit()
        self.request.setPlaceholderText(self.tr("What the office asks of them"))
        self.add_row(self.tr("&Request:"), "request", self.request)

    def _build_due_rows(self) -> None:
        self.reply_due = DateLineEdit()
        self.reply_due.textEdited.connect(self._due_typed)
        self.add_row(self.tr("Reply d&ue by:"), "reply_due", self.reply_due)
        self.due_hint = QLabel()
        self.due_hint.setWordWrap(True)
        self.due_hint.setStyleSheet(HINT_STYLE)
        self.form.addRow("", self.due_hint)

    def _build_status_row(self) -> None:
        self.mark_referred = QCheckBox(self.tr("&Also set the case status to “{status}”").format(
            status=self.ctx.core.reference.label("status", st.DIRUJUK, self.ctx.lang)))
        # Offered where the move is allowed: a referred case shows it on the list at once.
        offered = (st.DIRUJUK in st.allowed_next(self.status)
                   and can(self.ctx.core.session.role, Perm.STATUS_CHANGE))
        self._offer_status = offered
        self.mark_referred.setChecked(offered)
        self.mark_referred.setVisible(offered)
        self.form.addRow("", self.mark_referred)

    # -- the reply due date ----------------------------------------------------------------
    def today(self) -> date:
        return self.ctx.core.cases.today()

    def kind(self) -> str:
        entry = self.addressee.entry()
        return entry.kind if entry is not None else ""

    def default_days(self) -> int:
        return casework.reply_days(self.ctx.core.reference, self.kind())

    def _due_typed(self, text: str) -> None:
        # Emptied by hand: back to the default, which follows the addressee again.
        self._due_edited = bool(text.strip())
        if not self._due_edited:
            self._update_due()

    def _update_due(self) -> None:
        days = self.default_days()
        kind = self.kind()
        if kind:
            label = self.ctx.core.reference.label("stakeholder_kind", kind, self.ctx.lang)
            self.due_hint.setText(self.tr(
                "{kind}: a reply is expected within {days} working days.").format(
                kind=label, days=days))
        else:
            self.due_hint.setText(self.tr(
                "A reply is expected within {days} working days unless you change the "
                "date.").format(days=days))
        if self._due_edited:
            return
        try:
            sent = v.parse_date(self.sent_on.text(), "sent_on") or self.today()
        except v.ValidationError:
            return  # the date sent is being typed; Save reports it
        self.reply_due.set_date(add_working_days(sent, days))

    # -- saving ----------------------------------------------------------------------------
    def referral_input(self) -> casework.ReferralInput:
        # No entry: a name typed for a one-off addressee, outside the directory.
        entry = self.addressee.entry()
        return casework.ReferralInput(
            stakeholder_id=entry.id if entry is not None else "",
            addressee=entry.name if entry is not None else self.addressee.text(),
            kind=entry.kind if entry is not None else "",
            method=self.method.code(), letter_no=self.letter_no.text(),
            sent_on=self.sent_on.text(), request=self.request.toPlainText(),
            reply_due=self.reply_due.text(), **asdict(self.basis.value()))

    def call(self):
        core, key, inp = self.ctx.core, self.case_key, self.referral_input()
        mark = self._offer_status and self.mark_referred.isChecked()
        return lambda: refer_and_mark(core, key, inp, mark)
