"""The walk-in intake form: one complaint recorded while the complainant sits at the desk.

Everything can be done from the keyboard: Tab walks complainant → worker → complaint →
documents, Ctrl+S (or Ctrl+Enter) saves, Escape cancels. Possible duplicates show below the
form, out of the Tab chain (Ctrl+Shift+D reaches them); saving while they show asks what
this complaint is (duplicate_decision.py). The core validates and saves in
one transaction on the database thread; a failed save leaves every input as typed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import case_links as cl
from desktop.domain.inquiries import InquiryRow, complaint_description
from desktop.domain.models import DuplicateCandidate, IntakeInput
from desktop.domain.roles import Perm, Role, can
from desktop.domain.validation import ValidationErrors
from desktop.messages import HaloError
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text, show_error
from desktop.ui.intake.complainant_section import ComplainantSection
from desktop.ui.intake.complaint_section import ComplaintSection
from desktop.ui.intake.documents_section import DocumentsSection
from desktop.ui.intake.duplicate_decision import Decision, DuplicateDecisionDialog
from desktop.ui.intake.duplicates_panel import DuplicatesPanel
from desktop.ui.intake.form_binding import FieldErrors, set_value
from desktop.ui.intake.worker_section import WorkerSection
from desktop.ui.widgets import set_busy_cursor

log = logging.getLogger(__name__)

DUPLICATE_CHECK_DELAY_MS = 300
BANNER_STYLE = ("color: #8e1b10; background: #fdecea; border: 1px solid #e6a39b;"
                " border-radius: 4px; padding: 6px 8px;")


class IntakeDialog(QDialog):
    caseSaved = Signal(str)
    openCaseRequested = Signal(int)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *,
                 from_inquiry: InquiryRow | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # An information request that turned out to be a complaint: its text comes along
        # and saving marks it (services/inquiries.py).
        self.from_inquiry = from_inquiry
        self.core = ctx.require_core()
        self.tasks = ctx.tasks
        self.receipt_dialog: QDialog | None = None
        self._saving = False
        self._leaving = False  # saved, or the officer agreed to discard: close without asking
        self._duplicate_query = 0
        self._checking = False  # a duplicate check is on the database thread
        self._save_after_check = False  # Ctrl+S came before the check's answer

        self._build_header()
        self._build_sections()
        self._build_columns()
        self._build_buttons()
        self._build_layout()
        self._build_keys()
        self._build_duplicate_check()
        self._connect_sections()
        self._set_tab_order()
        self.retranslate()
        self._fit_screen()
        if from_inquiry is not None:
            self._prefill(from_inquiry)
        self.complainant.name.setFocus()

    # -- building the window ---------------------------------------------------------------
    def _build_header(self) -> None:
        """The line saying what is needed to save, and the banner for problems found."""
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #555;")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.errors = FieldErrors(self.banner)

    def _build_sections(self) -> None:
        ref, lang = self.core.reference, self.ctx.lang
        self.complainant = ComplainantSection(ref, lang, self.errors)
        self.worker = WorkerSection(ref, lang, self.errors)
        session = self.core.session
        # Recorded to themselves when their role handles cases (a case officer by default;
        # a supervisor usually assigns someone else afterwards).
        me = ((session.username, session.full_name) if can(session.role, Perm.CASE_HANDLE)
              else None)
        self.complaint = ComplaintSection(ref, lang, self.errors, me=me,
                                          mine_by_default=session.role == Role.CASE_OFFICER)
        self.documents = DocumentsSection(ref, lang, self.errors)
        self.duplicates = DuplicatesPanel(ref, lang)

    def _build_columns(self) -> None:
        """Complainant and worker on the left, complaint and documents on the right, in a
        scroll area (_fit_columns puts them one below the other when they do not fit)."""
        page = QWidget()
        columns = QHBoxLayout(page)
        columns.setContentsMargins(0, 0, 6, 0)
        columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        self._columns = columns
        self._column_layouts = (left, right)
        for column, sections in ((left, (self.complainant, self.worker)),
                                 (right, (self.complaint, self.documents))):
            column.setSpacing(10)
            for section in sections:
                column.addWidget(section)
            column.addStretch(1)
            columns.addLayout(column, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(page)

    def _build_buttons(self) -> None:
        self.keys_hint = QLabel()
        self.keys_hint.setStyleSheet("color: #555;")
        self.save_button = QPushButton()
        self.cancel_button = QPushButton()
        for button in (self.save_button, self.cancel_button):
            # Enter in a field must never save half a form; saving is Ctrl+S or a click.
            button.setAutoDefault(False)
            button.setDefault(False)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.keys_hint, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.duplicates)
        layout.addLayout(buttons)

    def _build_keys(self) -> None:
        """Ctrl+S, Ctrl+Enter and the save button save; the cancel button cancels."""
        for keys in (QKeySequence.StandardKey.Save, "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def _build_duplicate_check(self) -> None:
        """Shortly after the worker's identity changes, look for cases of the same worker."""
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.check_duplicates)
        self.worker.identityChanged.connect(self._duplicate_timer.start)
        self.worker.destination_country.currentIndexChanged.connect(self._duplicate_timer.start)
        self.complainant.phones.textChanged.connect(self._duplicate_timer.start)
        self.duplicates.openRequested.connect(self.open_instead)
        self.duplicates.shown.connect(self._keep_focus_visible)
        # The table is out of the Tab chain (focus there was invisible and typing lost):
        # its own key reaches it.
        QShortcut(QKeySequence("Ctrl+Shift+D"), self, self.duplicates.focus_table)

    def _connect_sections(self) -> None:
        self.complainant.relationChanged.connect(self.documents.apply_relation)
        self.complainant.relationChanged.connect(self.complaint.suggest_type)
        self.complainant.isWorkerToggled.connect(self._complainant_is_worker)
        for a, b in self._mirrored():
            a.textEdited.connect(lambda text, other=b: self._mirror(other, text))
            b.textEdited.connect(lambda text, other=a: self._mirror(other, text))

    # -- layout and language ---------------------------------------------------------------
    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen else None
        width, height = 1300, 720
        if available is not None and available.width() > 0:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 30)
        self.resize(max(width, 900), max(height, 560))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Size hints are known only once the widgets are polished for display.
        QTimer.singleShot(0, self, self._fit_columns)

    def _fit_columns(self) -> None:
        """Two columns when they fit side by side; on a narrow screen one below the other,
        so nothing is cut off or needs scrolling sideways. The tab order is the same."""
        left, right = self._column_layouts
        margins = self._columns.contentsMargins()
        need = (left.sizeHint().width() + right.sizeHint().width() + self._columns.spacing()
                + margins.left() + margins.right())
        # Leave room for the vertical scroll bar so the choice does not flip when it appears.
        room = self.scroll.width() - self.scroll.verticalScrollBar().sizeHint().width()
        direction = (QBoxLayout.Direction.LeftToRight if room >= need
                     else QBoxLayout.Direction.TopToBottom)
        if self._columns.direction() != direction:
            self._columns.setDirection(direction)

    def tab_chain(self) -> list[QWidget]:
        """Every input in the order Tab visits it (hidden ones are skipped by Qt)."""
        complainant = self.complainant.inputs()
        complainant.insert(1, self.complainant.is_worker)
        return (complainant + self.worker.inputs()
                + self.complaint.inputs() + self.documents.inputs()
                + [self.save_button, self.cancel_button])

    def _set_tab_order(self) -> None:
        chain = self.tab_chain()
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def _prefill(self, row: InquiryRow) -> None:
        ref, lang = self.core.reference, self.ctx.lang
        values = {
            (self.complainant, "name"): row.name, (self.complainant, "phones"): row.phone,
            (self.complaint, "channel"): row.channel,
            (self.complaint, "complainant_type"): row.complainant_type,
            (self.complaint, "description"): complaint_description(
                row, ref.label("inquiry_topic", row.topic, lang)),
        }
        for (section, attr), value in values.items():
            if value and attr in section.fields:
                set_value(section.fields[attr], value)

    def retranslate(self) -> None:
        if self.from_inquiry is not None:
            self.setWindowTitle(self.tr("New complaint from an information request"))
        else:
            self.setWindowTitle(self.tr("New complaint — walk-in intake"))
        self.intro.setText(self.tr(
            "Needed to save: the complainant's name, relation and a phone number or address; "
            "the worker's name, passport or NIK; the category and a description. "
            "Dates are typed as dd/mm/yyyy."))
        for section in (self.complainant, self.worker, self.complaint, self.documents):
            section.retranslate()
        self.keys_hint.setText(self.tr("Ctrl+S saves · Esc cancels · Alt + underlined letter "
                                       "jumps to a field"))
        self.save_button.setText(self.tr("Save complaint"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what was typed --------------------------------------------------------------------
    def intake(self) -> IntakeInput:
        return IntakeInput(complainant=self.complainant.value(), worker=self.worker.value(),
                           complaint=self.complaint.value(), documents=self.documents.value())

    def has_input(self) -> bool:
        return any(s.has_input() for s in (self.complainant, self.worker, self.complaint,
                                           self.documents))

    def _mirrored(self):
        c, w = self.complainant, self.worker
        return ((c.name, w.name), (c.nik, w.nik))

    def _mirror(self, other, text: str) -> None:
        if self.complainant.is_worker.isChecked() and other.text() != text:
            other.setText(text)

    def _complainant_is_worker(self, on: bool) -> None:
        """Fill whichever side is still empty, so nothing is typed twice."""
        if not on:
            return
        c, w = self.complainant, self.worker
        for a, b in self._mirrored():
            if a.text().strip() and not b.text().strip():
                b.setText(a.text())
            elif b.text().strip() and not a.text().strip():
                a.setText(b.text())
        if w.phone.text().strip() and not c.phones.text().strip():
            c.phones.setText(w.phone.text())
        elif c.phones.text().strip() and not w.phone.text().strip():
            w.phone.setText(c.phones.text().split(",")[0].strip())

    # -- possible duplicates ---------------------------------------------------------------
    def check_duplicates(self) -> None:
        self._duplicate_timer.stop()
        if self._leaving:
            return
        worker, complainant = self.worker.value(), self.complainant.value()
        self._duplicate_query += 1
        query = self._duplicate_query
        name = worker.name.strip()
        if not (worker.passport.strip() or worker.nik.strip() or complainant.phones.strip()
                or worker.phone.strip()
                or (name and (worker.birth_date.strip() or worker.destination_country))):
            self.duplicates.set_candidates([])
            self._checking = False
            self._save_if_waiting()
            return
        core = self.core
        self._checking = True
        self.tasks.run_db(lambda: core.search.find_duplicates(worker, complainant),
                          lambda found: self._duplicates_found(query, found),
                          lambda exc: self._duplicates_failed(query, exc))

    def _duplicates_found(self, query: int, found: list[DuplicateCandidate]) -> None:
        if query != self._duplicate_query:
            return  # an older answer arriving late must not replace a newer one
        self._checking = False
        self.duplicates.set_candidates(found)
        self._save_if_waiting()

    def _duplicates_failed(self, query: int, exc: BaseException) -> None:
        log.warning("duplicate check failed: %s", exc)
        if query == self._duplicate_query:
            self._checking = False
            self._save_if_waiting()  # the hints are a help: saving does not depend on them

    def _save_if_waiting(self) -> None:
        if self._save_after_check:
            self._save_after_check = False
            self.save_button.setEnabled(True)
            self.save()

    def open_instead(self, seq: int, case_number: str) -> None:
        if self._saving:
            return
        if self.has_input():
            answer = QMessageBox.question(
                self, self.tr("Open the existing case"),
                self.tr("Open case {number} instead? What you typed here will be discarded; "
                        "nothing is saved.").format(number=case_number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._leaving = True
        self.openCaseRequested.emit(seq)
        self.done(QDialog.DialogCode.Rejected)

    def _keep_focus_visible(self) -> None:
        """The banner took height from the form: the field being typed in stays in view."""
        focused = QApplication.focusWidget()
        if focused is not None and self.scroll.isAncestorOf(focused):
            QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(focused, 40, 40))

    # -- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or self._leaving:
            return
        if self._duplicate_timer.isActive() or self._checking:
            # The hints shown may be of what was typed before: check, then save.
            self._save_after_check = True
            self.save_button.setEnabled(False)  # no second save while this one waits
            if self._duplicate_timer.isActive():
                self.check_duplicates()
            return
        if self.duplicates.candidates:
            self._ask_about_duplicates()
            return
        self._record(None)

    def _ask_about_duplicates(self) -> None:
        # A visit on the existing case keeps no scans and no information request: then
        # this complaint is recorded as a case of its own (related, or not the same).
        visit = self.from_inquiry is None and not self.documents.scans()
        dialog = DuplicateDecisionDialog(self.duplicates.candidates, self.duplicates.selected(),
                                         self.core.reference, self.ctx.lang, self,
                                         allow_visit=visit)
        self.decision_dialog = dialog
        dialog.accepted.connect(lambda: self._decided(dialog.decision()))
        dialog.open()

    def _decided(self, decision: Decision) -> None:
        if self._saving or self._leaving:
            return
        if decision.choice == cl.ADD_VISIT:
            intake, core = self.intake(), self.core
            self._set_saving(True)
            self.tasks.run_db(lambda: core.links.add_visit(decision.case_number, intake),
                              lambda _number: self._visit_added(decision.seq),
                              self._save_failed)
            return
        self._record(cl.IntakeLink(decision.choice, decision.case_number, decision.reason))

    def _record(self, link: cl.IntakeLink | None) -> None:
        intake = self.intake()
        core = self.core
        self._set_saving(True)
        inquiry_id = self.from_inquiry.id if self.from_inquiry is not None else ""
        scans = self.documents.scans()
        if link is None and not inquiry_id and not scans:
            self.tasks.run_db(lambda: core.cases.record_intake(intake), self._saved,
                              self._save_failed)
            return

        def record() -> tuple[str, list[str]]:
            # The scans are read and checked first: a bad file stops the save, nothing written.
            read = core.attachments.read_scans(scans)
            number = core.cases.record_intake(intake, link, inquiry_id)
            unattached = []  # the case is saved: a scan that fails now is said, not retried
            for doc_type, (data, name) in read.items():
                try:
                    core.attachments.attach(number, data, name, doc_type=doc_type)
                except Exception:  # noqa: BLE001 - any failure: the case stands, say which
                    log.warning("scan of %s not attached", doc_type, exc_info=True)
                    unattached.append(doc_type)
            return number, unattached

        self.tasks.run_db(record, self._recorded, self._save_failed)

    def _recorded(self, result: tuple[str, list[str]]) -> None:
        number, unattached = result
        if unattached:
            ref, lang = self.core.reference, self.ctx.lang
            QMessageBox.warning(self, self.tr("Scan not attached"), self.tr(
                "Complaint {number} is saved, but these scans could not be attached: "
                "{documents}. Attach them from the case window.").format(
                    number=number,
                    documents=", ".join(ref.label("document_type", d, lang) for d in unattached)))
        self._saved(number)

    def _visit_added(self, seq: int) -> None:
        """The visit is on the existing case's timeline: that case opens, no receipt (the
        family already has the case's number)."""
        self._set_saving(False)
        self._leaving = True
        self.errors.clear()
        self.openCaseRequested.emit(seq)
        self.accept()

    def _set_saving(self, on: bool) -> None:
        self._saving = on
        self.save_button.setEnabled(not on)
        self.cancel_button.setEnabled(not on)
        set_busy_cursor(self, on)

    def _saved(self, case_number: str) -> None:
        self._set_saving(False)
        self._leaving = True
        self.errors.clear()
        self.caseSaved.emit(case_number)
        self.show_receipt(case_number)
        self.accept()

    def show_receipt(self, case_number: str) -> None:
        from desktop.ui.receipt_dialog import ReceiptDialog

        # Parented to the main window: it outlives this form, which closes now.
        dialog = ReceiptDialog(self.ctx, case_number, self.parentWidget())
        self.receipt_dialog = dialog
        dialog.open()

    def _save_failed(self, exc: BaseException) -> None:
        self._set_saving(False)
        lang = self.ctx.lang
        if isinstance(exc, ValidationErrors):
            problems = [(e.field, e.text(lang)) for e in exc.errors]
        elif isinstance(exc, HaloError) and exc.field and self.errors.widget(exc.field):
            problems = [(exc.field, exc.text(lang))]
        else:
            # Not about one input (disk full, permissions): say so; keep every input as typed.
            self.errors.show_message(error_text(exc, lang))
            show_error(self, exc, lang)
            self.save_button.setFocus()
            return
        # Listed and marked in the order the officer walks the form, not the core's order.
        order = {widget: i for i, widget in enumerate(self.tab_chain())}
        problems.sort(key=lambda p: order.get(self.errors.widget(p[0] or ""), len(order)))
        marked = self.errors.show(problems)
        # The first faulty input in the order the officer walks the form.
        first = next((w for w in self.tab_chain() if w in marked), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(first, 40, 80)

    # -- leaving ---------------------------------------------------------------------------
    def reject(self) -> None:
        if self._saving:
            return  # the save finishes first; its result decides what happens
        if not self._leaving and self.has_input() and not self._confirm_discard():
            return
        self._leaving = True
        super().reject()

    def _confirm_discard(self) -> bool:
        """Cancel is the default; the discard button has its own Alt letter."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard this complaint?"),
                          self.tr("The complaint you typed has not been saved. Discard it?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                          self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Discard"))
        return box.exec() in (QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes)

    def done(self, result: int) -> None:
        # A check still pending would query for a form that no longer exists.
        self._duplicate_timer.stop()
        self._duplicate_query += 1
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and not self._leaving:
            self.reject()
            if self.isVisible():
                event.ignore()
                return
        super().closeEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
