"""Restricting the processing of a person's data (UU PDP Pasal 11), or lifting it: says how
many cases and information requests it covers, asks why (required, at most 500 characters),
and runs core.restriction in the background; the dialog closes only when it is done."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from desktop.domain.data_protection import MAX_REASON
from desktop.services.subject_access import PersonRecord
from desktop.ui.case_view.event_dialog import CoreDialog
from desktop.ui.subject_access.results_view import restricted_counts

WARNING_COLOUR = "#8a4b00"


def restrict_job(core, record: PersonRecord, reason: str, lift: bool) -> Callable[[], int]:
    """Runs on the database thread: how many records changed."""
    def job() -> int:
        service = core.restriction
        targets = service.targets_of(record)
        return service.lift(targets, reason) if lift else service.restrict(targets, reason)
    return job


class RestrictionDialog(CoreDialog):
    """Accepted with the number of records changed (the `saved` signal carries it)."""

    def __init__(self, ctx, record: PersonRecord, lift: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.record, self.lift = record, lift
        cases, requests = restricted_counts(record)
        if not lift:  # what restricting changes: the records not restricted yet
            cases, requests = len(record.cases) - cases, len(record.inquiries) - requests
        self.covers = QLabel(self._covers_text(cases, requests))
        self.covers.setWordWrap(True)
        self.covers.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        self.form.addRow(self.covers)
        self.reason = self.summary_edit()
        self.reason.setPlaceholderText(self.tr(
            "e.g. The worker asked in writing on 12/11/2026; letter scanned in the case"))
        self.add_row(self.tr("&Reason:"), "reason", self.reason)
        hint = QLabel(self.tr("Required; at most {n} characters; kept in the records' "
                              "history.").format(n=MAX_REASON))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        self.form.addRow("", hint)
        if lift:
            self.setWindowTitle(self.tr("Lift the restriction"))
            self.save_button.setText(self.tr("&Lift the restriction"))
        else:
            self.setWindowTitle(self.tr("Restrict processing"))
            self.save_button.setText(self.tr("Restrict &processing"))
        self.resize(560, self.sizeHint().height())
        self.reason.setFocus()

    def _covers_text(self, cases: int, requests: int) -> str:
        if self.lift:
            return self.tr(
                "This lifts the restriction from this person's records — cases: {cases}, "
                "information requests: {requests}. Staff will see them again in search, "
                "lists and exports.").format(cases=cases, requests=requests)
        return self.tr(
            "This restricts this person's records — cases: {cases}, information requests: "
            "{requests}. They disappear from search, lists and exports for everyone but "
            "supervisors, and each time a supervisor opens one it is recorded.").format(
            cases=cases, requests=requests)

    def reason_text(self) -> str:
        """One paragraph, as the core keeps it (its length is what counts)."""
        return " ".join(self.reason.toPlainText().split())

    def reason_problem(self) -> str:
        """What is wrong with the reason typed, in the person's language; '' when fine."""
        reason = self.reason_text()
        if not reason:
            return self.tr("Give the reason: it is kept in the records' history.")
        if len(reason) > MAX_REASON:
            return self.tr("The reason is {n} characters long; at most {max} are kept. "
                           "Shorten it.").format(n=len(reason), max=MAX_REASON)
        return ""

    def save(self) -> None:
        problem = self.reason_problem()
        if problem:
            self.errors.clear()
            self.errors.set("reason", problem)
            self.reason.setFocus()
            return
        super().save()

    def call(self) -> Callable[[], int]:
        return restrict_job(self.ctx.core, self.record, self.reason_text(), self.lift)
