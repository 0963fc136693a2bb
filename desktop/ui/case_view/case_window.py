"""The window of one case: read it, add to its timeline, move it along, print its receipt;
who handles it, its urgency and closing it with a supervisor's approval; its referrals.

The menus (Case, Handling, Referrals, Print) hold every action with its shortcut and, when
it is disabled, why; the toolbar keeps the commonest few. Non-modal, so an officer can keep the case list and several cases open while on the phone.
Every read and write goes through the TaskManager; after a change the case is reloaded and
caseChanged tells the main window to refresh that row. When sync brings changes the window
reloads too, but never under a form being filled in: then it waits until the form closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import casework
from desktop.domain import status as st
from desktop.domain.case_links import duplicate_outcome
from desktop.domain.models import DOC_PRESENT, CaseDetail
from desktop.domain.roles import Perm, can
from desktop.services.cases import CaseRestricted
from desktop.ui.case_view.anonymised_banner import AnonymisedBanner
from desktop.ui.case_view.attachments_panel import AttachmentsPanel
from desktop.ui.case_view.conflicts_panel import ConflictsPanel
from desktop.ui.case_view.details_panel import DetailsPanel
from desktop.ui.case_view.documents_panel import DocumentsPanel
from desktop.ui.case_view.header import CaseHeader
from desktop.ui.case_view.history_panel import HistoryPanel
from desktop.ui.case_view.links_strip import LinksStrip
from desktop.ui.case_view.referrals_panel import ReferralsPanel, load_casework
from desktop.ui.case_view.status_dialog import allowed_targets, why_no_status_change
from desktop.ui.case_view.timeline_view import TimelineView
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text, show_error
from desktop.ui.widgets import window_action
from desktop.ui.window_geometry import remember_geometry


@dataclass(frozen=True)
class CaseLoad:
    """What one background read brings for the window: the case and what is derived from it."""

    detail: CaseDetail
    conflicts: list
    failed_contacts: int  # the run of failed family contacts while contact is lost, else 0
    history: list  # core.history.of_case: corrections, oldest first
    names: dict = field(default_factory=dict)  # username -> full name, every account known here
    referrals: list = field(default_factory=list)  # referrals_panel.load_casework
    summons: list = field(default_factory=list)
    summons_offered: bool = False
    links: list = field(default_factory=list)  # core.links.of_case


def load_case(core, key: int | str) -> CaseLoad:
    """Runs on the database thread."""
    detail = core.cases.get(key)
    case_id = detail.case["id"]
    failed = 0
    if core.cases.contact_lost(case_id):
        failed = casework.failed_contact_streak(core.cases.contact_results(case_id),
                                                core.reference)
    # Removed accounts too: the timeline still names whoever did a step.
    names = core.accounts.names()
    referrals, summons, offered = load_casework(core, case_id, detail)
    return CaseLoad(detail, core.conflicts.of_case(case_id), failed,
                    core.history.of_case(case_id), names, referrals, summons, offered,
                    core.links.of_case(case_id))


def load_case_viewed(core, key: int | str) -> CaseLoad:
    """The window's first load, on the database thread: audited as a view of the case
    before its data is handed over, so nothing is shown that the trail does not record."""
    loaded = load_case(core, key)
    core.cases.record_viewed(loaded.detail.case["seq"])
    return loaded


class CaseWindow(QMainWindow):
    caseChanged = Signal(int)  # seq
    loaded = Signal()
    openCaseRequested = Signal(int)  # seq of a linked case

    def __init__(self, ctx: UiContext, case_key: int | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A separate top-level window even with a parent, so it can sit beside the list.
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        self.case_key = case_key
        self.detail: CaseDetail | None = None
        self.names: dict[str, str] = {}  # username -> full name
        self.dialog = None
        self.form = None  # the open form that changes the case (never reloaded under it)
        self._stale = False  # sync brought changes while a form was open: reload after it
        self._removed = False  # the case left this PC (transferred away)
        self._retranslate_queued = False
        # One audited view per window opened, not per reload (a sync, an edit, F5).
        self._view_pending = True
        remember_geometry(self, ctx, "case", QSize(1280, 700))
        self._build_panels()
        self._build_content()
        self._make_actions()
        self._build_menus()
        self._build_toolbar()
        # Status tips: a disabled menu entry reached with the arrow keys says why below.
        self.statusBar()
        self._retranslate_own()
        self._set_actions_enabled(False)
        controller = ctx.sync
        if controller is not None:
            controller.linkKnown.connect(self._update_central)
        self.reload()

    # -- building --------------------------------------------------------------------------
    def _build_panels(self) -> None:
        ctx = self.ctx
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.header = CaseHeader(ctx)
        self.anonymised = AnonymisedBanner(ctx)
        self.links = LinksStrip(ctx.core.reference, ctx.lang)
        self.links.openCaseRequested.connect(self.openCaseRequested)
        self.details = DetailsPanel(ctx)
        self.documents = DocumentsPanel(ctx)
        self.documents.stateChosen.connect(self.set_document)
        self.documents.scanRequested.connect(self.attach_scan)
        self.timeline = TimelineView(ctx)
        self.attachments = AttachmentsPanel(ctx)
        self.attachments.changed.connect(self._changed)
        self.referrals = ReferralsPanel(ctx)
        self.referrals.changed.connect(self._changed)
        self.conflicts = ConflictsPanel(ctx)
        self.conflicts.changed.connect(self._changed)
        self.history = HistoryPanel(ctx)
        self.tabs = QTabWidget()
        for panel in (self.details, self.documents, self.attachments, self.referrals,
                      self.history):
            self.tabs.addTab(panel, "")

    def _build_content(self) -> None:
        timeline_box = QWidget()
        timeline_layout = QVBoxLayout(timeline_box)
        timeline_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel()
        caption.setBuddy(self.timeline)
        caption.setStyleSheet("font-weight: bold;")
        self.timeline_caption = caption
        timeline_layout.addWidget(caption)
        timeline_layout.addWidget(self.timeline)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(timeline_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([620, 640])
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.anonymised)
        layout.addWidget(self.header)
        layout.addWidget(self.links)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(content)
        self.setCentralWidget(self.stack)

    # -- language ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        # Qt sends one LanguageChange per catalogue swapped and the settings one more:
        # retranslate once, after the last.
        if event.type() == QEvent.Type.LanguageChange and not self._retranslate_queued:
            self._retranslate_queued = True
            QTimer.singleShot(0, self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Switch to ctx.lang: the window's own words now, the case's after a reload."""
        self._retranslate_queued = False
        self._retranslate_own()
        for panel in (self.details, self.documents, self.attachments, self.referrals,
                      self.timeline, self.conflicts, self.history):
            panel.retranslate()
        self._set_actions_enabled(self.detail is not None)
        if self.detail is not None and not self._removed and self.isVisible():
            self.refresh_from_sync()  # reloads, unless a form is open: then after it closes

    def _retranslate_own(self) -> None:
        if self.detail is None:
            self.setWindowTitle(self.tr("Case"))
            self.message.setText(self.tr("Loading the case…"))
        else:
            self.setWindowTitle(self.detail.case_number)
        self._set_tab_texts()
        self.timeline_caption.setText(self.tr("&Timeline (newest first)"))
        for menu, text in ((self.case_menu, self.tr("Ca&se")),
                           (self.handling_menu, self.tr("Hand&ling")),
                           (self.referrals_menu, self.tr("Re&ferrals")),
                           (self.print_menu, self.tr("&Print"))):
            menu.setTitle(text)
        for act, text in (
                (self.add_step_action, self.tr("&Add resolution step…")),
                (self.family_action, self.tr("Contact with the &family…")),
                (self.status_action, self.tr("Change &status…")),
                (self.edit_action, self.tr("&Edit details…")),
                (self.receipt_action, self.tr("&Print receipt…")),
                (self.case_file_action, self.tr("Case &file (PDF)…")),
                (self.refresh_action, self.tr("&Reload")),
                (self.close_action, self.tr("&Close")),
                (self.assign_action, self.tr("Assi&gn to an office…")),
                (self.transfer_action, self.tr("&Transfer to another office…")),
                (self.officer_action, self.tr("Assign &officer…")),
                (self.take_action, self.tr("&Take this case")),
                (self.flag_action, self.tr("Flag &urgent…")),
                (self.unflag_action, self.tr("&Clear urgent flag…")),
                (self.propose_action, self.tr("&Propose closure…")),
                (self.approve_action, self.tr("&Approve / return proposal…")),
                (self.duplicate_action, self.tr("&Mark as duplicate of…"))):
            act.setText(text)
        self.toolbar.setWindowTitle(self.tr("Case actions"))
        for act in self._tips:
            # Shortcuts in tooltips: the toolbar teaches the keyboard.
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = act.text().replace("&", "").rstrip("…")
            self._tips[act] = f"{plain} ({keys})" if keys else plain
            act.setToolTip(self._tips[act])

    def _set_tab_texts(self) -> None:
        missing = self.documents.missing_count if self.detail is not None else 0
        count = len(self.detail.attachments) if self.detail is not None else 0
        self.tabs.setTabText(self.tabs.indexOf(self.details), self.tr("&Details"))
        self.tabs.setTabText(self.tabs.indexOf(self.documents), self.tr(
            "D&ocuments ({missing} missing)").format(missing=missing) if missing
            else self.tr("D&ocuments"))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments), self.tr(
            "&Attachments ({count})").format(count=count) if count else self.tr("&Attachments"))
        self.tabs.setTabText(self.tabs.indexOf(self.referrals), self.referrals.tab_title())
        corrections = self.history.count if self.detail is not None else 0
        self.tabs.setTabText(self.tabs.indexOf(self.history), self.tr(
            "&Change history ({count})").format(count=corrections) if corrections
            else self.tr("&Change history"))

    # -- actions -------------------------------------------------------------------------
    def _make_actions(self) -> None:
        self._tips: dict[QAction, str] = {}

        def action(slot, keys: str = "") -> QAction:
            return window_action(self, slot, keys, self._tips)  # words: retranslate

        self.add_step_action = action(self.add_step, "Ctrl+E")
        self.family_action = action(self.contact_family, "Ctrl+K")
        self.status_action = action(self.change_status, "Ctrl+Shift+S")
        self.edit_action = action(self.edit_people, "Ctrl+Shift+E")
        self.receipt_action = action(self.print_receipt, "Ctrl+P")
        self.case_file_action = action(self.save_case_file, "Ctrl+Shift+B")  # "berkas"
        self.refresh_action = action(self.reload, "F5")
        self.close_action = action(self.close, "Ctrl+W")
        # Central (PST) only: moving cases between offices happens on the server.
        self.assign_action = action(self.assign_case, "Ctrl+Shift+G")
        self.transfer_action = action(self.transfer_case, "Ctrl+Shift+T")
        # Handling: who handles the case, urgency, closing with a supervisor's approval.
        self.officer_action = action(self.assign_officer, "Ctrl+Shift+O")
        self.take_action = action(self.take_case)
        self.flag_action = action(self.flag_urgent, "Ctrl+Shift+U")
        self.unflag_action = action(self.clear_urgent)
        self.propose_action = action(self.propose_closure)
        self.approve_action = action(self.approve_proposal)
        self.duplicate_action = action(self.mark_duplicate, "Ctrl+Shift+D")
        self.details.add_action(self.edit_action)
        # Esc closes the window, as it closes a dialog (a dialog open over it takes it first).
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _build_menus(self) -> None:
        bar = self.menuBar()

        def menu(*entries) -> QMenu:
            created = bar.addMenu("")  # words: _retranslate_own
            # A disabled entry says why when it is pointed at or reached with the arrows.
            created.setToolTipsVisible(True)
            for entry in entries:
                if entry is None:
                    created.addSeparator()
                else:
                    created.addAction(entry)
            return created

        self.case_menu = menu(self.add_step_action, self.family_action, self.status_action,
                              self.edit_action, self.duplicate_action, None,
                              self.assign_action, self.transfer_action,
                              None, self.refresh_action, self.close_action)
        self.handling_menu = menu(self.officer_action, self.take_action, None,
                                  self.flag_action, self.unflag_action, None,
                                  self.propose_action, self.approve_action)
        self.referrals_menu = menu(*self.referrals.actions())
        self.print_menu = menu(self.receipt_action, self.case_file_action)

    def _build_toolbar(self) -> None:
        # The commonest steps only: everything else is in the menus, with its shortcut.
        toolbar = QToolBar()
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.add_step_action, self.family_action, self.status_action,
                    self.receipt_action):
            toolbar.addAction(act)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _set_actions_enabled(self, loaded: bool) -> None:
        role = self.ctx.core.session.role
        status = self.detail.case["status"] if self.detail else ""
        denied = self.tr("Your role cannot do this.")
        checks = [
            (self.add_step_action, can(role, Perm.EVENT_ADD),
             self.tr("Your role cannot add to the timeline.")),
            (self.family_action, can(role, Perm.EVENT_ADD),
             self.tr("Your role cannot add to the timeline.")),
            (self.edit_action, can(role, Perm.CASE_EDIT),
             self.tr("Your role cannot correct case details.")),
            (self.receipt_action, can(role, Perm.RECEIPT_PRINT),
             self.tr("Your role cannot print receipts.")),
            (self.case_file_action, can(role, Perm.EXPORT),
             self.tr("Your role cannot save the case file.")),
            (self.status_action, bool(status and allowed_targets(role, status)),
             why_no_status_change(role, status) if status else denied),
        ]
        checks += self._handling_checks()
        checks.append(self._duplicate_check(role, status))
        for act, allowed, why in checks:
            act.setEnabled(loaded and allowed)
            tip = self._tips[act]
            tip = tip if allowed or not loaded else f"{tip} — {why}"
            act.setToolTip(tip)
            act.setStatusTip(tip)
        self._update_central()
        # An anonymised case can only be read (the services refuse the rest too): last, so
        # nothing above turns an action back on.
        self.anonymised.restrict(self.detail.case if self.detail else None, self.menuBar(),
                                 (self.receipt_action, self.case_file_action,
                                  self.refresh_action, self.close_action))

    def _handling_checks(self) -> list[tuple[QAction, bool, str]]:
        """Each handling action: whether this person may use it on the case as it is now,
        and if not, why (their role first, then the case's state)."""
        session = self.ctx.core.session
        role, me = session.role, session.username
        case = self.detail.case if self.detail is not None else {}
        is_open = case.get("status") not in st.CLOSED
        officer = case.get("officer") or ""
        flagged = case.get("urgent") == "1"
        proposed = bool(case.get("proposed_status"))
        closed = self.tr("The case is resolved or closed.")

        def check(act, perm: Perm, role_why: str, *states: tuple[bool, str]):
            if not can(role, perm):
                return act, False, role_why
            for ok, why in states:
                if not ok:
                    return act, False, why
            return act, True, ""

        if officer == me:
            taken = self.tr("You already handle this case.")
        else:
            taken = self.tr("Handled by {name}: a supervisor can reassign it.").format(
                name=self.names.get(officer) or officer)
        if not flagged and case and casework.is_urgent(case, self.ctx.core.reference):
            no_flag = self.tr("Urgent because of its category: there is no flag to clear.")
        else:
            no_flag = self.tr("The case is not flagged urgent.")
        return [
            check(self.officer_action, Perm.CASE_ASSIGN,
                  self.tr("Only a supervisor assigns the handling officer."),
                  (is_open, closed)),
            check(self.take_action, Perm.CASE_HANDLE,
                  self.tr("Your role does not handle cases."),
                  (is_open, closed), (not officer, taken)),
            check(self.flag_action, Perm.EVENT_ADD,
                  self.tr("Your role cannot flag a case urgent."),
                  (is_open, closed), (not flagged, self.tr("Already flagged urgent."))),
            check(self.unflag_action, Perm.URGENT_CLEAR,
                  self.tr("Only a supervisor clears the urgent flag."), (flagged, no_flag)),
            check(self.propose_action, Perm.CLOSURE_PROPOSE,
                  self.tr("Your role cannot propose closing a case."),
                  (is_open, closed),
                  (not proposed, self.tr("A closure proposal is already waiting for a "
                                         "supervisor."))),
            check(self.approve_action, Perm.CLOSURE_APPROVE,
                  self.tr("Only a supervisor approves closing a case."),
                  (proposed, self.tr("No closure proposal is waiting."))),
        ]

    def _duplicate_check(self, role, status: str) -> tuple[QAction, bool, str]:
        """Marking a duplicate closes the case: directly (a supervisor) or by a proposal."""
        if not (can(role, Perm.CASE_CLOSE) or can(role, Perm.CLOSURE_PROPOSE)):
            return self.duplicate_action, False, self.tr("Your role cannot close a case.")
        if status in st.CLOSED:
            return self.duplicate_action, False, self.tr("The case is resolved or closed.")
        if (self.detail is not None and self.detail.case.get("proposed_status")
                and not can(role, Perm.CASE_CLOSE)):
            return self.duplicate_action, False, self.tr(
                "A closure proposal is already waiting for a supervisor.")
        return self.duplicate_action, True, ""

    def central(self) -> bool:
        """This PC is the national office's and linked to the server: it moves cases."""
        controller = self.ctx.sync
        return bool(controller is not None and controller.enrolled and controller.national)

    def _update_central(self) -> None:
        central = self.central()
        for act in (self.assign_action, self.transfer_action):
            act.setVisible(central)
        if not central:
            for act in (self.assign_action, self.transfer_action):
                act.setEnabled(False)
            return
        loaded = (self.detail is not None and not self._removed
                  and not self.detail.case.get("anonymised_at"))  # read-only: not moved
        office = self.detail.case.get("office_code") if self.detail else ""
        at_central = office == self.ctx.core.office.code
        may_edit = can(self.ctx.core.session.role, Perm.CASE_EDIT)
        for act, allowed, why in (
                (self.assign_action, at_central and may_edit,
                 self.tr("Only a case received at central can be assigned; transfer it "
                         "instead.") if may_edit else self.tr("Your role cannot move cases.")),
                (self.transfer_action, may_edit, self.tr("Your role cannot move cases."))):
            act.setEnabled(loaded and allowed)
            tip = self._tips[act]
            act.setToolTip(tip if allowed or not loaded else f"{tip} — {why}")

    # -- loading -------------------------------------------------------------------------
    def reload(self) -> None:
        core, key = self.ctx.core, self.case_key
        if self.detail is None:
            self.stack.setCurrentWidget(self.message)
        # Cleared when asked, so a reload queued before the first load lands records nothing.
        load = load_case_viewed if self._view_pending else load_case
        self._view_pending = False
        self.ctx.tasks.run_db(lambda: load(core, key), self._loaded, self._load_failed)

    def _loaded(self, loaded: CaseLoad) -> None:
        detail = loaded.detail
        self.detail = detail
        self.names = loaded.names
        # Later loads use the seq: it never changes, the typed key might be a number.
        self.case_key = detail.case["seq"]
        core = self.ctx.core
        self.setWindowTitle(detail.case_number)  # Qt adds the application's name
        self.header.set_case(detail, core.cases.today(), loaded.names)
        self.header.set_contact_lost(loaded.failed_contacts, detail.case["status"])
        self.details.set_case(detail)
        editable = can(core.session.role, Perm.CASE_EDIT)
        self.documents.set_case(detail, editable, self.tr("Your role cannot change documents."))
        self.attachments.set_case(detail)
        self.referrals.set_case(detail, loaded.referrals, loaded.summons, loaded.summons_offered)
        self.links.set_links(loaded.links)
        self.history.set_changes(loaded.history)
        self._set_tab_texts()
        self.timeline.set_case(detail, loaded.names)
        self.conflicts.set_conflicts(loaded.conflicts, loaded.names)
        self.stack.setCurrentIndex(1)
        self._set_actions_enabled(True)
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, CaseRestricted) and self.detail is not None:
            # A supervisor restricted it meanwhile (a sync): nothing of it stays on screen.
            show_error(self, exc, self.ctx.lang)
            self.close_removed()
            return
        if self.detail is None:
            # Nothing was shown: the first load that succeeds is still the view to record.
            self._view_pending = True
            self.message.setText(error_text(exc, self.ctx.lang))
        else:
            show_error(self, exc, self.ctx.lang)

    def _changed(self, _result=None) -> None:
        self.reload()
        if self.detail is not None:
            self.caseChanged.emit(self.detail.case["seq"])

    # -- sync ------------------------------------------------------------------------------
    def refresh_from_sync(self) -> None:
        """Sync brought changes: show them, unless a form is open (typing is never lost)."""
        if self._removed:
            return
        if self.form is not None and self.form.isVisible():
            self._stale = True
            return
        self.reload()

    def _dialog_finished(self, _result=None) -> None:
        if self._stale and not self._removed:
            self._stale = False
            self.reload()

    def close_removed(self) -> None:
        """The case was transferred away and is gone from this PC: close without saving."""
        self._removed = True
        if self.form is not None and self.form.isVisible():
            self.form.reject()
        self.close()

    # -- dialogs -------------------------------------------------------------------------
    def _open(self, dialog) -> None:
        self.dialog = self.form = dialog
        dialog.saved.connect(self._changed)
        dialog.finished.connect(self._dialog_finished)
        # Window-modal, not app-modal: other cases and the list stay usable.
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()

    def _ready(self, act: QAction) -> bool:
        return self.detail is not None and not self._removed and act.isEnabled()

    def add_step(self) -> None:
        if not self._ready(self.add_step_action):
            return
        from desktop.ui.case_view.event_dialog import EventDialog

        self._open(EventDialog(self.ctx, self.case_key, family=False, parent=self))

    def contact_family(self) -> None:
        if not self._ready(self.family_action):
            return
        from desktop.ui.case_view.event_dialog import EventDialog

        self._open(EventDialog(self.ctx, self.case_key, family=True, parent=self))

    def change_status(self) -> None:
        if not self._ready(self.status_action):
            return
        from desktop.ui.case_view.status_dialog import StatusDialog

        dialog = StatusDialog(self.ctx, self.detail, parent=self, names=self.names)
        # After this dialog has closed: the proposal form, or the Referrals tab.
        dialog.proposeInstead.connect(
            lambda status: QTimer.singleShot(0, self, lambda: self.propose_closure(status)))
        dialog.showReferrals.connect(self.show_referrals)
        self._open(dialog)

    def show_referrals(self) -> None:
        self.tabs.setCurrentWidget(self.referrals)
        self.referrals.referrals_table.setFocus()

    def edit_people(self) -> None:
        if not self._ready(self.edit_action):
            return
        from desktop.ui.case_view.edit_people_dialog import EditPeopleDialog

        self._open(EditPeopleDialog(self.ctx, self.detail, parent=self))

    def print_receipt(self) -> None:
        if not self._ready(self.receipt_action):
            return
        from desktop.ui.receipt_dialog import ReceiptDialog

        dialog = ReceiptDialog(self.ctx, self.detail.case_number, self)
        self.dialog = dialog
        dialog.open()

    def save_case_file(self) -> None:
        """The whole case file as PDF where the person chooses (Documents by default),
        rendered on the database thread; the core audits it."""
        if not self._ready(self.case_file_action):
            return
        from desktop.ui import file_dialogs

        number = self.detail.case_number
        name = self.tr("Case file {number}.pdf").format(number=number)
        path = file_dialogs.save_file(
            self, self.tr("Save the case file as PDF"),
            Path(self.ctx.core.reports.default_folder()) / name, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        files, lang = self.ctx.core.case_files, self.ctx.lang
        self.case_file_action.setEnabled(False)  # once, even if the keys are pressed twice
        self.ctx.tasks.run_db(lambda: files.export(number, target, lang), self._case_file_saved,
                              self._case_file_failed)

    def _case_file_saved(self, target: Path) -> None:
        self._set_actions_enabled(self.detail is not None)
        text = self.tr("The case file was saved to:\n{path}").format(path=str(target))
        self.statusBar().showMessage(text.replace("\n", " "), 15000)
        QMessageBox.information(self, self.tr("Case file saved"), text)

    def _case_file_failed(self, exc: BaseException) -> None:
        self._set_actions_enabled(self.detail is not None)
        show_error(self, exc, self.ctx.lang)

    # -- handling ----------------------------------------------------------------------------
    def assign_officer(self) -> None:
        if not self._ready(self.officer_action):
            return
        from desktop.ui.case_view.assign_officer_dialog import AssignOfficerDialog

        self._open(AssignOfficerDialog(self.ctx, self.detail, self.names, parent=self))

    def take_case(self) -> None:
        """No form: taking an unassigned case is one decision, recorded at once."""
        if not self._ready(self.take_action):
            return
        self.take_action.setEnabled(False)  # once, even if the key is pressed twice
        handling, key = self.ctx.core.handling, self.case_key
        self.ctx.tasks.run_db(lambda: handling.take(key), self._taken, self._take_failed)

    def _taken(self, _result=None) -> None:
        self.statusBar().showMessage(self.tr("You now handle this case."), 10000)
        self._changed()

    def _take_failed(self, exc: BaseException) -> None:
        self._set_actions_enabled(self.detail is not None)
        show_error(self, exc, self.ctx.lang)

    def flag_urgent(self) -> None:
        self._urgent(self.flag_action, clear=False)

    def clear_urgent(self) -> None:
        self._urgent(self.unflag_action, clear=True)

    def _urgent(self, act: QAction, clear: bool) -> None:
        if not self._ready(act):
            return
        from desktop.ui.case_view.urgent_dialog import UrgentDialog

        self._open(UrgentDialog(self.ctx, self.detail, clear=clear, parent=self))

    def propose_closure(self, status: str = "") -> None:
        if not self._ready(self.propose_action):
            return
        from desktop.ui.case_view.proposal_dialog import ProposalDialog

        self._open(ProposalDialog(self.ctx, self.detail, status or "", parent=self))

    def mark_duplicate(self) -> None:
        """Close as a duplicate of another case, through the status rules: the status form
        for a supervisor, the proposal form for a case officer, ready at the case number."""
        if not self._ready(self.duplicate_action):
            return
        role = self.ctx.core.session.role
        if can(role, Perm.CASE_CLOSE):
            from desktop.ui.case_view.status_dialog import StatusDialog

            dialog = StatusDialog(self.ctx, self.detail, parent=self, names=self.names)
            dialog.target.setCurrentIndex(dialog.target.findData(st.DITUTUP))
            dialog.outcome.setCurrentIndex(dialog.outcome.findData(duplicate_outcome(self.ctx.core.reference)))
        else:
            from desktop.ui.case_view.proposal_dialog import ProposalDialog

            dialog = ProposalDialog(self.ctx, self.detail, st.DITUTUP, parent=self)
            dialog.choose(st.DITUTUP, duplicate_outcome(self.ctx.core.reference))
        self._open(dialog)
        dialog.duplicate_of.setFocus()

    def approve_proposal(self) -> None:
        if not self._ready(self.approve_action):
            return
        from desktop.ui.case_view.approval_dialog import ApprovalDialog

        self._open(ApprovalDialog(self.ctx, self.detail, self.names, parent=self))

    # -- central -----------------------------------------------------------------------------
    def assign_case(self) -> None:
        self._move("assign", self.assign_action)

    def transfer_case(self) -> None:
        self._move("transfer", self.transfer_action)

    def _move(self, mode: str, act: QAction) -> None:
        if self.detail is None or not act.isEnabled() or not self.central():
            return
        from desktop.ui.case_view.transfer_dialog import CentralMoveDialog

        dialog = CentralMoveDialog(self.ctx, self.detail, mode, parent=self)
        dialog.saved.connect(lambda office: self._moved(mode, office))
        self._open(dialog)

    def _moved(self, mode: str, office: str) -> None:
        name = self.ctx.core.reference.label("office", office, self.ctx.lang)
        text = (self.tr("Assigned to {office}.") if mode == "assign"
                else self.tr("Transferred to {office}.")).format(office=name)
        self.statusBar().showMessage(text + " " + self.tr(
            "The case shows the change after the next sync."), 15000)

    def closeEvent(self, event) -> None:  # noqa: N802
        if not self._removed:
            self.documents.flush()
        super().closeEvent(event)

    # -- documents -----------------------------------------------------------------------
    def set_document(self, doc_type: str, state: str) -> None:
        if self._removed:
            return
        cases, key = self.ctx.core.cases, self.case_key
        self.ctx.tasks.run_db(lambda: cases.set_document(key, doc_type, state),
                              lambda _r: self._document_set(doc_type, state),
                              self._document_failed)

    def _document_set(self, doc_type: str, state: str) -> None:
        """Marked present: offer to attach its scan there and then (unless it has one)."""
        self._changed()
        if (state != DOC_PRESENT or self.documents.scan_count(doc_type)
                or not self.attachments.attach_button.isEnabled()):
            return
        name = self.ctx.core.reference.label("document_type", doc_type, self.ctx.lang)
        answer = QMessageBox.question(
            self, self.tr("Attach the scan?"),
            self.tr("{document} is present. Attach its scan or photo now?").format(
                document=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.attach_scan(doc_type)

    def attach_scan(self, doc_type: str) -> None:
        """The checklist item's scan: chosen like any attachment, filed under the item."""
        if self._removed:
            return
        self.tabs.setCurrentWidget(self.attachments)
        self.attachments.attach_file(doc_type)

    def _document_failed(self, exc: BaseException) -> None:
        # Show the stored state again rather than the choice that was not saved.
        self.reload()
        show_error(self, exc, self.ctx.lang)
