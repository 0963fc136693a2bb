"""Moving a case along the pipeline; resolving or closing it needs an outcome.

Closing is a supervisor's: a case officer who chooses "resolved" or "closed" is led to
propose it instead (a supervisor approves or returns the proposal); a supervisor closing
directly is told the timeline will show nobody else approved it. `dirujuk` needs an open
referral: the core refuses without one and the dialog points to the Referrals tab.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from desktop.domain import status as st
from desktop.domain.models import CaseDetail
from desktop.domain.roles import Perm, can
from desktop.messages import HaloError
from desktop.ui.case_view.event_dialog import CoreDialog

REFERRAL_NEEDED = "status_needs_referral"  # the core's code (services/cases.py)
NOTICE_STYLE = ("QLabel { background: #fff4e0; border: 1px solid #e0a040; border-radius: 4px;"
                " padding: 6px; }")


def required_perm(current: str, target: str) -> Perm:
    if st.is_reopen(current, target):
        return Perm.CASE_REOPEN
    if target in st.CLOSED:
        return Perm.CASE_CLOSE
    return Perm.STATUS_CHANGE


def proposes(role, current: str, target: str) -> bool:
    """This role cannot close the case but may propose it: choosing the status leads to a
    closure proposal for a supervisor."""
    return (target in st.CLOSED and not st.is_reopen(current, target)
            and not can(role, Perm.CASE_CLOSE) and can(role, Perm.CLOSURE_PROPOSE))


def allowed_targets(role, current: str) -> list[str]:
    """The statuses this role may move the case to, or propose (the core checks again)."""
    return [s for s in st.allowed_next(current)
            if can(role, required_perm(current, s)) or proposes(role, current, s)]


def why_no_status_change(role, current: str) -> str:
    if current in st.CLOSED:
        return QCoreApplication.translate(
            "StatusDialog", "Only a supervisor can reopen a closed case.")
    return QCoreApplication.translate(
        "StatusDialog", "Your role cannot change the status of a case.")


def fill_outcomes(combo: QComboBox, reference, lang: str, status: str, empty: str) -> None:
    """The outcomes that fit resolving (`selesai`) or closing (`ditutup`), after `empty`."""
    combo.clear()
    combo.addItem(empty, "")
    for item in reference.items("outcome"):
        if item.extra.get("closes_as") == status:
            combo.addItem(item.label(lang), item.code)


class StatusDialog(CoreDialog):
    proposeInstead = Signal(str)  # the status a case officer wants: open the proposal form
    showReferrals = Signal()  # `dirujuk` needs an open referral: go to the Referrals tab

    def __init__(self, ctx, detail: CaseDetail, parent: QWidget | None = None,
                 names: dict | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = detail.case["seq"]
        self.case = detail.case
        self.current = detail.case["status"]
        self.names = names or {}
        self.role = ctx.core.session.role
        self.setWindowTitle(self.tr("Change status of {number}").format(number=detail.case_number))
        self._build_rows()
        self._build_notice()
        self.target.currentIndexChanged.connect(self._target_changed)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._target_changed()
        self.resize(560, self.sizeHint().height())
        self.target.setFocus()

    def _build_rows(self) -> None:
        ref, lang = self.ctx.core.reference, self.ctx.lang
        current = QLabel(ref.label("status", self.current, lang))
        current.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.tr("Current status:"), current)
        self.target = QComboBox()
        for code in allowed_targets(self.role, self.current):
            label = ref.label("status", code, lang)
            if proposes(self.role, self.current, code):
                label = self.tr("{status} — propose to a supervisor").format(status=label)
            self.target.addItem(label, code)
        self.add_row(self.tr("&New status:"), "status", self.target)
        self.outcome = QComboBox()
        self.add_row(self.tr("&Outcome:"), "status.outcome", self.outcome)
        self.duplicate_of = QLineEdit()
        self.duplicate_of.setPlaceholderText(self.tr("Number of the case that is kept"))
        self.add_row(self.tr("&Duplicate of case:"), "status.duplicate_of", self.duplicate_of)
        self.note = self.summary_edit()
        self.note.setPlaceholderText(self.tr("Optional: why the status changes"))
        self.add_row(self.tr("No&te:"), "status.note", self.note)

    def _build_notice(self) -> None:
        # What choosing a closing status means for this person, above the buttons.
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.layout().insertWidget(1, self.notice)
        self.referrals_button = QPushButton(self.tr("Go to the &Referrals tab"))
        self.referrals_button.setAutoDefault(False)
        self.referrals_button.clicked.connect(self._to_referrals)
        self.referrals_button.hide()
        self.form.addRow("", self.referrals_button)

    # -- what the chosen status means ------------------------------------------------------
    def proposing(self) -> bool:
        return proposes(self.role, self.current, self.target.currentData() or "")

    def _target_changed(self) -> None:
        target = self.target.currentData() or ""
        ref, lang = self.ctx.core.reference, self.ctx.lang
        closing = target in st.CLOSED and not self.proposing()
        if closing:
            fill_outcomes(self.outcome, ref, lang, target, self.tr("— choose —"))
        else:
            self.outcome.clear()
        self.form.setRowVisible(self.outcome.parentWidget(), closing)
        self.form.setRowVisible(self.note.parentWidget(), not self.proposing())
        self.form.setRowVisible(self.referrals_button, False)
        self._outcome_changed()
        self._set_notice(target)
        if self.isVisible():
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        """Rows came and went: as tall as the form needs now, no empty band."""
        self.layout().activate()
        self.resize(self.width(), self.sizeHint().height())

    def _outcome_changed(self) -> None:
        code = self.outcome.currentData() or ""
        needs = bool(code and self.ctx.core.reference.extra("outcome", code)
                     .get("requires_duplicate_of"))
        self.form.setRowVisible(self.duplicate_of.parentWidget(), needs)

    def _set_notice(self, target: str) -> None:
        proposed = self.case.get("proposed_status") or ""
        by = self.case.get("proposed_by") or ""
        by = self.names.get(by) or by
        text = ""
        self.save_button.setEnabled(True)
        if self.proposing():
            self.save_button.setText(self.tr("&Propose closure…"))
            if proposed:
                text = self.tr("A closure proposed by {name} is already waiting for a "
                               "supervisor's approval.").format(name=by)
                self.save_button.setEnabled(False)
            else:
                text = self.tr("Only a supervisor resolves or closes a case. Propose it "
                               "instead: you give the outcome and a summary, and a supervisor "
                               "approves it or returns it to you with a note.")
        else:
            self.save_button.setText(self.tr("&Change status"))
            if target in st.CLOSED and proposed:
                text = self.tr("{name} proposed to close this case. Closing it here sets that "
                               "proposal aside; to agree with it, use Approve / return "
                               "proposal (Handling menu).").format(name=by)
            elif target in st.CLOSED:
                text = self.tr("You close this case yourself: the timeline will record that "
                               "nobody else approved it.")
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def choose(self, target: str, outcome: str = "") -> None:
        self.target.setCurrentIndex(self.target.findData(target))
        if outcome:
            self.outcome.setCurrentIndex(self.outcome.findData(outcome))

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        if self.proposing():
            if self.save_button.isEnabled():
                self.proposeInstead.emit(self.target.currentData() or "")
                self.accept()
            return
        super().save()

    def _failed(self, exc: BaseException) -> None:
        super()._failed(exc)
        needs_referral = isinstance(exc, HaloError) and exc.code == REFERRAL_NEEDED
        self.form.setRowVisible(self.referrals_button, needs_referral)

    def _to_referrals(self) -> None:
        self.showReferrals.emit()
        self.reject()

    def call(self):
        cases = self.ctx.core.cases
        key = self.case_key
        target = self.target.currentData() or ""
        outcome = self.outcome.currentData() or "" if target in st.CLOSED else ""
        needs = not self.duplicate_of.parentWidget().isHidden()
        duplicate_of = self.duplicate_of.text() if needs else ""
        note = self.note.toPlainText()
        return lambda: cases.change_status(key, target, outcome=outcome,
                                           duplicate_of=duplicate_of, note=note)
