"""A case officer proposes to resolve or close a case: the status, the outcome that fits it,
the case kept when it is a duplicate, and a summary. A supervisor then approves the
proposal (the case closes) or returns it with a note; until then the case stays open."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from desktop.domain import status as st
from desktop.domain.casework import ProposalInput
from desktop.domain.models import CaseDetail
from desktop.services.cases import CaseNotFound
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.case_view.status_dialog import fill_outcomes


def closing_targets(current: str) -> list[str]:
    """Resolved or closed, as far as the pipeline allows from the current status (a new
    case can be closed but not yet resolved)."""
    return [s for s in st.allowed_next(current) if s in st.CLOSED]


class ProposalDialog(CoreDialog):
    def __init__(self, ctx, detail: CaseDetail, status: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case_key = detail.case["seq"]
        ref, lang = ctx.core.reference, ctx.lang
        self.setWindowTitle(self.tr("Propose closing {number}").format(number=detail.case_number))
        self.save_button.setText(self.tr("P&ropose"))
        intro = QLabel(self.tr("A supervisor approves the proposal, or returns it to you with "
                               "a note. Until then the case stays open."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.status = QComboBox()
        for code in closing_targets(detail.case["status"]):
            self.status.addItem(ref.label("status", code, lang), code)
        self.add_row(self.tr("&Propose to:"), "status", self.status)
        self.outcome = QComboBox()
        self.add_row(self.tr("&Outcome:"), "outcome", self.outcome)
        self.duplicate_of = QLineEdit()
        self.duplicate_of.setPlaceholderText(self.tr("Number of the case that is kept"))
        self.add_row(self.tr("&Duplicate of case:"), "duplicate_of", self.duplicate_of)
        self.summary = self.summary_edit()
        self.summary.setPlaceholderText(self.tr("What was done, and why the case can be "
                                                "resolved or closed now"))
        self.add_row(self.tr("&Summary:"), "summary", self.summary)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        if status:
            self.status.setCurrentIndex(max(self.status.findData(status), 0))
        self._status_changed()
        self.resize(560, self.sizeHint().height())
        (self.outcome if status else self.status).setFocus()

    def _status_changed(self) -> None:
        fill_outcomes(self.outcome, self.ctx.core.reference, self.ctx.lang,
                      self.status.currentData() or "", self.tr("— choose —"))
        self._outcome_changed()

    def _outcome_changed(self) -> None:
        code = self.outcome.currentData() or ""
        needs = bool(code and self.ctx.core.reference.extra("outcome", code)
                     .get("requires_duplicate_of"))
        self.form.setRowVisible(self.duplicate_of.parentWidget(), needs)

    def choose(self, status: str, outcome: str = "") -> None:
        self.status.setCurrentIndex(self.status.findData(status))
        if outcome:
            self.outcome.setCurrentIndex(self.outcome.findData(outcome))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CaseNotFound) and self.duplicate_of.text().strip():
            # The case to keep does not exist (the core looks it up after the checks).
            self.errors.clear()
            self._set_busy(False)
            self.errors.set("duplicate_of", st.MSG_DUPLICATE_UNKNOWN.text(self.ctx.lang))
            self.duplicate_of.setFocus()
            return
        super()._failed(exc)

    def call(self):
        handling, key = self.ctx.core.handling, self.case_key
        needs = not self.duplicate_of.parentWidget().isHidden()
        proposal = ProposalInput(status=self.status.currentData() or "",
                                 outcome=self.outcome.currentData() or "",
                                 duplicate_of=self.duplicate_of.text() if needs else "",
                                 summary=self.summary.toPlainText())
        return lambda: handling.propose_closure(key, proposal)
