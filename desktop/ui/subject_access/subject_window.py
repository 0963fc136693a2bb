"""Data pribadi seseorang: when a person (or their family) asks what the office holds about
them, or asks that its processing be restricted (UU PDP 27/2022).

Find them by NIK, passport, phone, or name with date of birth; see their cases and
information requests; hand them a PDF (or save JSON); and, for a supervisor, restrict the
processing of those records or lift the restriction. Corrections are made in the case
itself, so they show in its change history: a double click opens it. Every search and
export is audited by the core; the window only asks, waits and shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Perm, can
from desktop.services.subject_access import PersonRecord
from desktop.ui.context import UiContext
from desktop.ui.subject_access.export import SubjectExport
from desktop.ui.subject_access.restriction_dialog import RestrictionDialog
from desktop.ui.subject_access.results_view import ResultsView, restricted_counts
from desktop.ui.subject_access.search_form import SearchForm
from desktop.ui.widgets import LanguageComboBox, set_busy_cursor
from desktop.ui.window_geometry import remember_geometry

QUIET_COLOUR, ERROR_COLOUR = "#555555", "#c0392b"


def search_person(core, query: dict[str, str]) -> PersonRecord:
    """Runs on the database thread."""
    return core.subject_access.find(**query)


class SubjectAccessWindow(QWidget):
    openCaseRequested = Signal(str)  # a case number: corrections are made in the case
    searched = Signal(object)  # the PersonRecord shown, or None after a refusal (for tests)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        role = ctx.require_core().session.role
        self.allowed = can(role, Perm.SUBJECT_ACCESS)
        self.may_restrict = can(role, Perm.RESTRICT)
        self.record: PersonRecord | None = None
        self.last_query: dict[str, str] | None = None
        self.busy = False
        self.restriction_dialog: RestrictionDialog | None = None
        self._search_no = 0
        remember_geometry(self, ctx, "subject_access", QSize(1180, 700))
        self._build_intro()
        self._build_search()
        self._build_buttons()
        self.results = ResultsView(ctx.core.reference, ctx.core.office.tz, ctx.lang)
        self.results.openCaseRequested.connect(self.openCaseRequested)
        self.export = SubjectExport(self, ctx)
        self.export.finished.connect(lambda _path: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.search_row)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addLayout(self.buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.retranslate()
        self.form.nik.setFocus()

    # -- building ----------------------------------------------------------------------------
    def _build_intro(self) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(f"color: {QUIET_COLOUR};")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.hide()

    def _build_search(self) -> None:
        self.form = SearchForm()
        self.form.submitted.connect(self.search)
        self.search_button = QPushButton()
        self.search_button.clicked.connect(self.search)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        side = QVBoxLayout()
        side.addWidget(self.search_button)
        side.addWidget(self.clear_button)
        side.addStretch(1)
        self.search_row = QHBoxLayout()
        self.search_row.addWidget(self.form, 1)
        self.search_row.addSpacing(8)
        self.search_row.addLayout(side)

    def _build_buttons(self) -> None:
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.pdf_lang_label = QLabel()
        # The PDF is for the person: Indonesian unless they read English better.
        self.pdf_lang = LanguageComboBox("id")
        self.pdf_lang_label.setBuddy(self.pdf_lang)
        self.json_button = QPushButton()
        self.json_button.clicked.connect(lambda: self.save("json"))
        self.restrict_button = QPushButton()
        self.restrict_button.clicked.connect(lambda: self.ask_restriction(lift=False))
        self.lift_button = QPushButton()
        self.lift_button.clicked.connect(lambda: self.ask_restriction(lift=True))
        for button in (self.restrict_button, self.lift_button):
            button.setVisible(self.may_restrict)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.buttons = QHBoxLayout()
        for widget in (self.pdf_button, self.pdf_lang_label, self.pdf_lang, self.json_button):
            self.buttons.addWidget(widget)
        self.buttons.addStretch(1)
        for widget in (self.restrict_button, self.lift_button):
            self.buttons.addWidget(widget)
        self.buttons.addSpacing(16)
        self.buttons.addWidget(self.close_button)
        for button in (self.search_button, self.clear_button, self.pdf_button, self.json_button,
                       self.restrict_button, self.lift_button, self.close_button):
            button.setAutoDefault(False)

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Personal data of a person"))
        self.intro.setText(self.tr(
            "Under the Personal Data Protection Law (UU PDP), a person may ask what this "
            "office holds about them, have it corrected, and have its processing restricted. "
            "Find the person here to hand them their data or to restrict it. Corrections are "
            "made in the case itself (double-click it)."))
        self.form.retranslate()
        self.search_button.setText(self.tr("&Search"))
        self.search_button.setToolTip(self.tr("Find everything held about this person (Enter)"))
        self.clear_button.setText(self.tr("Cl&ear"))
        self.pdf_button.setText(self.tr("Save PD&F for the person…"))
        self.pdf_lang_label.setText(self.tr("in:"))
        self.pdf_lang.setAccessibleName(self.tr("Language of the PDF"))
        self.json_button.setText(self.tr("Save &JSON…"))
        self.restrict_button.setText(self.tr("&Restrict processing…"))
        self.restrict_button.setToolTip(self.tr(
            "Hide these records from search, lists and exports for everyone but supervisors"))
        self.lift_button.setText(self.tr("&Lift the restriction…"))
        self.close_button.setText(self.tr("&Close"))
        self.results.retranslate(self.ctx.lang)
        if not self.allowed:
            self._refuse()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _refuse(self) -> None:
        """Only supervisors and administrators: say so, offer nothing (the core refuses too)."""
        self._say(self.tr("Only the kepala seksi and the office administrator may look up "
                          "everything held about a person."), error=True)
        self.form.setEnabled(False)
        self.search_button.setEnabled(False)
        self.clear_button.setEnabled(False)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.status.setVisible(bool(text))

    # -- searching ---------------------------------------------------------------------------
    def search(self) -> None:
        if not self.allowed or not self.form.check():
            return
        self.run_search(self.form.identifiers())

    def run_search(self, query: dict[str, str]) -> None:
        """Find the person in the background; a newer search makes an older answer moot."""
        self._search_no += 1
        number, core = self._search_no, self.ctx.core
        self.record = None  # what is shown must be this query's, or an export goes astray
        self._set_busy(True)
        self._say(self.tr("Searching…"))
        self.ctx.tasks.run_db(lambda: search_person(core, query),
                              lambda record: self._found(number, query, record),
                              lambda exc: self._failed(number, exc))

    def _found(self, number: int, query: dict[str, str], record: PersonRecord) -> None:
        if number != self._search_no:
            return
        self._set_busy(False)
        self._say("")
        self.form.clear_errors()
        self.record, self.last_query = record, query
        self.results.show_record(record)
        self._update_buttons()
        self.searched.emit(record)

    def _failed(self, number: int, exc: BaseException) -> None:
        if number != self._search_no:
            return
        self._set_busy(False)
        self._say("")
        self.results.show_record(None)
        self.form.show_error(exc, self.ctx.lang)
        self._update_buttons()
        self.searched.emit(None)

    def clear(self) -> None:
        self._search_no += 1  # an answer still on its way is not shown
        self._set_busy(False)
        for edit in self.form.edits.values():
            edit.clear()
        self.form.clear_errors()
        self._say("")
        self.record = self.last_query = None
        self.results.show_record(None)
        self._update_buttons()
        self.form.nik.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        set_busy_cursor(self, busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        record = self.record if not self.busy else None
        found = record is not None and bool(record.cases or record.inquiries)
        exporting = getattr(self, "export", None) is not None and self.export.busy
        self.search_button.setEnabled(self.allowed and not self.busy)
        # A PDF saying "nothing is held" is an answer to give the person too.
        for widget in (self.pdf_button, self.pdf_lang, self.json_button):
            widget.setEnabled(record is not None and not exporting)
        restricted = restricted_counts(record) if record is not None else (0, 0)
        total = (len(record.cases) + len(record.inquiries)) if record is not None else 0
        self.restrict_button.setEnabled(found and sum(restricted) < total)
        self.lift_button.setEnabled(found and sum(restricted) > 0)

    # -- exporting ---------------------------------------------------------------------------
    def save(self, fmt: str) -> None:
        if self.record is None or self.busy:
            return
        if self.export.start(self.record, fmt, self.pdf_lang.language()):
            self._update_buttons()

    # -- restricting -------------------------------------------------------------------------
    def ask_restriction(self, lift: bool) -> None:
        """The reason and the count first; core.restriction runs when the dialog saves."""
        if not self.may_restrict or self.record is None or self.busy:
            return
        dialog = RestrictionDialog(self.ctx, self.record, lift, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.saved.connect(lambda changed: self._restricted(changed, lift))
        dialog.finished.connect(lambda _result: self._restriction_closed(dialog))
        self.restriction_dialog = dialog
        dialog.show()

    def _restriction_closed(self, dialog: RestrictionDialog) -> None:
        if self.restriction_dialog is dialog:
            self.restriction_dialog = None
        dialog.deleteLater()

    def _restricted(self, changed: int, lift: bool) -> None:
        text = (self.tr("Records no longer restricted: {n}.") if lift
                else self.tr("Records restricted: {n}.")).format(n=changed)
        QMessageBox.information(self, self.windowTitle(), text)
        if self.last_query is not None:
            self.run_search(self.last_query)  # show the state as it is now
