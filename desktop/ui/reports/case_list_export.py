"""The case list, with its current filters, to an XLSX or CSV file: the supervisor's only.

It holds personal data, so before anything is written a dialog says how many cases and
persons the file will hold, that the export goes into the audit trail, and to keep the file
safe and delete it when done. Then the same ask-where, progress and cancel flow as the
reports (export_flow.py); the core checks the permission again and records the audit entry.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Perm, can
from desktop.ui.errors import show_error
from desktop.ui.reports.export_flow import ExportFlow

WARNING_COLOUR = "#8a4b00"


class CaseListExportDialog(QDialog):
    """Says what the file will hold and asks for its format; accepted = go ahead."""

    def __init__(self, cases: int, persons: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases, self.persons = cases, persons
        self.setWindowTitle(self.tr("Export the case list"))
        self.holds = QLabel(self.tr(
            "The file will hold the personal data of {persons} persons (workers and "
            "complainants) in {cases} cases: names, sex, passport numbers, phone numbers, "
            "the family relation and destination country, with each complaint.").format(
            persons=persons, cases=cases))
        self.audited = QLabel(self.tr(
            "The export is recorded in the audit trail: who exported, when, with which "
            "filter, and how many cases and persons."))
        self.keep_safe = QLabel(self.tr(
            "Keep the file safe: do not send it by e-mail or chat, do not leave it on a "
            "shared PC or a USB stick, and delete it when you are done with it."))
        self.holds.setStyleSheet(f"color: {WARNING_COLOUR}; font-weight: bold;")
        for label in (self.holds, self.audited, self.keep_safe):
            label.setWordWrap(True)
        self.format_label = QLabel(self.tr("Format:"))
        self.xlsx = QRadioButton(self.tr("E&xcel (.xlsx)"))
        self.csv = QRadioButton(self.tr("C&SV (.csv)"))
        self.xlsx.setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.xlsx)
        self.group.addButton(self.csv)
        formats = QHBoxLayout()
        formats.addWidget(self.format_label)
        formats.addWidget(self.xlsx)
        formats.addWidget(self.csv)
        formats.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for label in (self.holds, self.audited, self.keep_safe):
            layout.addWidget(label)
        layout.addSpacing(6)
        layout.addLayout(formats)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def fmt(self) -> str:
        return "csv" if self.csv.isChecked() else "xlsx"


def confirm_case_list(parent: QWidget | None, cases: int, persons: int) -> str | None:
    """The chosen format after the warning, or None when the person stepped back."""
    dialog = CaseListExportDialog(cases, persons, parent)
    try:
        return dialog.fmt() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class CaseListExport(QObject):
    """One export of the case list: the counts, the warning, the file, the progress."""

    def __init__(self, parent: QWidget, ctx, flt, search: str, sort) -> None:
        super().__init__(parent)
        self.window, self.ctx = parent, ctx
        self.flt, self.search, self.sort = flt, search, sort
        self.counts: tuple[int, int] | None = None
        self.flow = ExportFlow(parent, ctx)

    def start(self) -> None:
        """Count what the file would hold (database thread), then warn and ask."""
        core, flt, search, sort = self.ctx.core, self.flt, self.search, self.sort
        self.ctx.tasks.run_db(lambda: core.reports.case_list_preview(flt, search, sort),
                              self._counted, lambda exc: show_error(self.window, exc,
                                                                    self.ctx.lang))

    def _counted(self, counts: tuple[int, int]) -> None:
        self.counts = cases, persons = counts
        if not cases:
            QMessageBox.information(self.window, self.tr("Export the case list"), self.tr(
                "No case matches the current filter: there is nothing to export."))
            return
        fmt = confirm_case_list(self.window, cases, persons)
        if fmt is None:
            return
        reports, lang = self.ctx.core.reports, self.ctx.lang
        target = self.flow.ask_target(self.tr("Export the case list"),
                                      reports.suggested_name("case_list", None, fmt, lang), fmt)
        if target is None:
            return
        flt, search, sort = self.flt, self.search, self.sort
        self.flow.run(lambda progress, cancelled: reports.export_case_list(
                          flt, search, sort, fmt, target, lang, progress, cancelled),
                      self.tr("Writing the case list…"), self.tr("Case list saved"), self._describe)

    def _describe(self, result, path) -> str:
        return self.tr("{cases} cases ({persons} persons) were saved to:\n{path}\n\nIt holds "
                   "personal data: keep it safe and delete it when you are done.").format(
            cases=getattr(result, "cases", self.counts[0]),
            persons=getattr(result, "persons", self.counts[1]), path=str(path))


def export_case_list(parent: QWidget, ctx, flt, search: str, sort) -> CaseListExport | None:
    """Export the case list as the person sees it (filter, search, sort), after the personal
    data warning. Only for Perm.CASE_LIST_EXPORT; anyone else is told why, politely.
    Returns the running export (kept by `parent`), or None when refused."""
    if not can(ctx.core.session.role, Perm.CASE_LIST_EXPORT):
        QMessageBox.information(parent, QCoreApplication.translate(
            "CaseListExport", "Export the case list"), QCoreApplication.translate(
            "CaseListExport", "Only the kepala seksi may export the case list, because it holds the personal "
            "data of workers and complainants."))
        return None
    export = CaseListExport(parent, ctx, flt, search, sort)
    export.start()
    return export
