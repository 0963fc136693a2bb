"""Asked on saving an intake while possible duplicates show: what is this complaint?

- this visit goes on the existing case's timeline, which then opens (the default: most
  returning families ask about the case they already have);
- a new complaint, linked to the existing case as related (same worker, another problem);
- a new case anyway, with a short reason why it is not the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import case_links as cl
from desktop.domain.models import DuplicateCandidate
from desktop.domain.reference import Reference
from desktop.ui.intake.duplicates_panel import reason_text


@dataclass(frozen=True)
class Decision:
    choice: str  # case_links.ADD_VISIT, NEW_RELATED or NEW_DISTINCT
    case_number: str
    seq: int
    reason: str = ""


class DuplicateDecisionDialog(QDialog):
    def __init__(self, candidates: list[DuplicateCandidate], chosen: DuplicateCandidate | None,
                 reference: Reference, lang: str, parent: QWidget | None = None, *,
                 allow_visit: bool = True) -> None:
        super().__init__(parent)
        self.allow_visit = allow_visit  # not with scans or an information request to keep
        self.candidates = candidates
        self.reference, self.lang = reference, lang
        self.setWindowTitle(self.tr("Possible duplicate"))
        self._build(chosen)
        self._case_changed()
        self._choice_changed()
        self.resize(max(self.sizeHint().width(), 620), self.sizeHint().height())

    def _build(self, chosen: DuplicateCandidate | None) -> None:
        intro = QLabel(self.tr("This complaint may already be recorded. Ask the complainant, "
                               "then choose what to do."))
        intro.setWordWrap(True)
        self.case = QComboBox()
        for c in self.candidates:
            status = self.reference.label("status", c.status, self.lang)
            self.case.addItem(f"{c.case_number} — {c.worker_name} ({status}; "
                              f"{reason_text(c.reason)})", c.seq)
        if chosen is not None:
            self.case.setCurrentIndex(max(self.case.findData(chosen.seq), 0))
        self.case.currentIndexChanged.connect(self._case_changed)
        form = QFormLayout()
        case_label = QLabel(self.tr("&Existing case:"))
        case_label.setBuddy(self.case)
        form.addRow(case_label, self.case)
        self.visit = QRadioButton()
        self.related = QRadioButton()
        self.distinct = QRadioButton()
        self.group = QButtonGroup(self)
        for button in (self.visit, self.related, self.distinct):
            self.group.addButton(button)
        self.visit.setEnabled(self.allow_visit)
        if not self.allow_visit:
            self.visit.setToolTip(self.tr("Not with scans chosen or an information request: "
                                          "record it as a case of its own."))
        (self.visit if self.allow_visit else self.related).setChecked(True)
        self.reason = QLineEdit()
        self.reason.setMaxLength(cl.REASON_MAX)
        self.reason.setPlaceholderText(self.tr("Why it is not the same case (required)"))
        self.reason_error = QLabel()
        self.reason_error.setStyleSheet("color: #b3261e;")
        self.reason_error.hide()
        self.reason.textEdited.connect(lambda _t: self.reason_error.hide())
        for button in (self.visit, self.related, self.distinct):
            button.toggled.connect(self._choice_changed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Continue"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Back to the form"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.visit, self.related, self.distinct):
            layout.addWidget(widget)
        reason_box = QVBoxLayout()
        reason_box.setContentsMargins(24, 0, 0, 0)
        reason_box.addWidget(self.reason)
        reason_box.addWidget(self.reason_error)
        layout.addLayout(reason_box)
        layout.addWidget(self.buttons)
        (self.visit if self.allow_visit else self.related).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def _case_changed(self) -> None:
        number = self.selected().case_number if self.candidates else ""
        self.visit.setText(self.tr("&Add this visit to case {number} and open it "
                                   "(no new case)").format(number=number))
        self.related.setText(self.tr("Record a &new complaint, linked to case {number} as "
                                     "related (same worker, another problem)").format(
                                         number=number))
        self.distinct.setText(self.tr("Record it anyway: &not the same as case {number}").format(
            number=number))

    def _choice_changed(self) -> None:
        self.reason.setEnabled(self.distinct.isChecked())
        if self.distinct.isChecked():
            self.reason.setFocus()
        else:
            self.reason_error.hide()

    def selected(self) -> DuplicateCandidate:
        return self.candidates[max(self.case.currentIndex(), 0)]

    def decision(self) -> Decision:
        chosen = self.selected()
        if self.related.isChecked():
            choice = cl.NEW_RELATED
        elif self.distinct.isChecked():
            choice = cl.NEW_DISTINCT
        else:
            choice = cl.ADD_VISIT
        reason = " ".join(self.reason.text().split()) if choice == cl.NEW_DISTINCT else ""
        return Decision(choice, chosen.case_number, chosen.seq, reason)

    def accept(self) -> None:
        if self.distinct.isChecked() and not self.reason.text().strip():
            self.reason_error.setText(cl.MSG_LINK_REASON.text(self.lang))
            self.reason_error.show()
            self.reason.setFocus()
            return
        super().accept()
