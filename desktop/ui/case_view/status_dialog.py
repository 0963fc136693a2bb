"""Moving a case along the pipeline; resolving or closing it needs an outcome."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.domain import status as st
from desktop.domain.models import CaseDetail
from desktop.domain.roles import Perm, can
from desktop.ui.case_view.event_dialog import CoreDialog


def required_perm(current: str, target: str) -> Perm:
    if st.is_reopen(current, target):
        return Perm.CASE_REOPEN
    if target in st.CLOSED:
        return Perm.CASE_CLOSE
    return Perm.STATUS_CHANGE


def allowed_targets(role, current: str) -> list[str]:
    """The statuses this role may move the case to (the core checks again)."""
    return [s for s in st.allowed_next(current) if can(role, required_perm(current, s))]


def why_no_status_change(role, current: str) -> str:
    if current in st.CLOSED:
        return QCoreApplication.translate(
            "StatusDialog", "Only a supervisor can reopen a closed case.")
    return QCoreApplication.translate(
        "StatusDialog", "Your role cannot change the status of a case.")


class StatusDialog(CoreDialog):
    def __init__(self, ctx, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = detail.case["seq"]
        self.current = detail.case["status"]
        ref, lang = ctx.core.reference, ctx.lang
        self.setWindowTitle(self.tr("Change status of {number}").format(number=detail.case_number))
        self.save_button.setText(self.tr("&Change status"))

        current = QLabel(ref.label("status", self.current, lang))
        current.setStyleSheet("font-weight: bold;")
        self.form.addRow(self.tr("Current status:"), current)
        self.target = QComboBox()
        for code in allowed_targets(ctx.core.session.role, self.current):
            self.target.addItem(ref.label("status", code, lang), code)
        self.add_row(self.tr("&New status:"), "status", self.target)
        self.outcome = QComboBox()
        self.add_row(self.tr("&Outcome:"), "status.outcome", self.outcome)
        self.duplicate_of = QLineEdit()
        self.duplicate_of.setPlaceholderText(self.tr("Number of the case that is kept"))
        self.add_row(self.tr("&Duplicate of case:"), "status.duplicate_of", self.duplicate_of)
        self.note = self.summary_edit()
        self.note.setPlaceholderText(self.tr("Optional: why the status changes"))
        self.add_row(self.tr("No&te:"), "status.note", self.note)
        self.target.currentIndexChanged.connect(self._target_changed)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._target_changed()
        self.resize(540, self.sizeHint().height())
        self.target.setFocus()

    def _target_changed(self) -> None:
        target = self.target.currentData() or ""
        ref, lang = self.ctx.core.reference, self.ctx.lang
        self.outcome.clear()
        closing = target in st.CLOSED
        if closing:
            self.outcome.addItem(self.tr("— choose —"), "")
            for item in ref.items("outcome"):
                if item.extra.get("closes_as") == target:
                    self.outcome.addItem(item.label(lang), item.code)
        self.form.setRowVisible(self.outcome.parentWidget(), closing)
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        code = self.outcome.currentData() or ""
        needs = bool(code and self.ctx.core.reference.extra("outcome", code)
                     .get("requires_duplicate_of"))
        self.form.setRowVisible(self.duplicate_of.parentWidget(), needs)

    def choose(self, target: str, outcome: str = "") -> None:
        self.target.setCurrentIndex(self.target.findData(target))
        if outcome:
            self.outcome.setCurrentIndex(self.outcome.findData(outcome))

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
