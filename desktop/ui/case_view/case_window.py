"""The window of one case: read it, add to its timeline, move it along, print its receipt.

Non-modal, so an officer can keep the case list and several cases open while on the phone.
Every read and write goes through the TaskManager; after a change the case is reloaded and
caseChanged tells the main window to refresh that row. When sync brings changes the window
reloads too, but never under a form being filled in: then it waits until the form closes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.models import CaseDetail
from desktop.domain.roles import Perm, can
from desktop.ui.case_view.attachments_panel import AttachmentsPanel
from desktop.ui.case_view.conflicts_panel import ConflictsPanel
from desktop.ui.case_view.details_panel import DetailsPanel
from desktop.ui.case_view.documents_panel import DocumentsPanel
from desktop.ui.case_view.header import CaseHeader
from desktop.ui.case_view.status_dialog import allowed_targets, why_no_status_change
from desktop.ui.case_view.timeline_view import TimelineView
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text, show_error


class CaseWindow(QMainWindow):
    caseChanged = Signal(int)  # seq
    loaded = Signal()

    def __init__(self, ctx: UiContext, case_key: int | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A separate top-level window even with a parent, so it can sit beside the list.
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        self.case_key = case_key
        self.detail: CaseDetail | None = None
        self.dialog = None
        self.form = None  # the open form that changes the case (never reloaded under it)
        self._stale = False  # sync brought changes while a form was open: reload after it
        self._removed = False  # the case left this PC (transferred away)
        self._retranslate_queued = False
        self.resize(1280, 700)

        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.header = CaseHeader(ctx)
        self.details = DetailsPanel(ctx)
        self.documents = DocumentsPanel(ctx)
        self.documents.stateChosen.connect(self.set_document)
        self.timeline = TimelineView(ctx)
        self.attachments = AttachmentsPanel(ctx)
        self.attachments.changed.connect(self._changed)
        self.conflicts = ConflictsPanel(ctx)
        self.conflicts.changed.connect(self._changed)
        self.tabs = QTabWidget()
        for panel in (self.details, self.documents, self.attachments):
            self.tabs.addTab(panel, "")
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
        layout.addWidget(self.header)
        layout.addWidget(self.conflicts)
        layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(content)
        self.setCentralWidget(self.stack)
        self._make_actions()
        self._retranslate_own()
        self._set_actions_enabled(False)
        controller = ctx.sync
        if controller is not None:
            controller.linkKnown.connect(self._update_central)
        self.reload()

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
        for panel in (self.details, self.documents, self.attachments, self.timeline,
                      self.conflicts):
            panel.retranslate()
        self._set_actions_enabled(self.detail is not None)
        if self.detail is not None and not self._removed:
            self.refresh_from_sync()  # reloads, unless a form is open: then after it closes

    def _retranslate_own(self) -> None:
        if self.detail is None:
            self.setWindowTitle(self.tr("Case — Halo TKI Desk"))
            self.message.setText(self.tr("Loading the case…"))
        else:
            self.setWindowTitle(self.tr("{number} — Halo TKI Desk").format(
                number=self.detail.case_number))
        self._set_tab_texts()
        self.timeline_caption.setText(self.tr("&Timeline (newest first)"))
        for act, text in (
                (self.add_step_action, self.tr("Add resolution &step…")),
                (self.family_action, self.tr("Contact with the &family…")),
                (self.status_action, self.tr("Change &status…")),
                (self.edit_action, self.tr("&Edit details…")),
                (self.receipt_action, self.tr("&Print receipt…")),
                (self.refresh_action, self.tr("&Reload")),
                (self.close_action, self.tr("&Close")),
                (self.assign_action, self.tr("Assi&gn to an office…")),
                (self.transfer_action, self.tr("&Transfer to another office…"))):
            act.setText(text)
        self.toolbar.setWindowTitle(self.tr("Case actions"))
        for act in self._tips:
            # Shortcuts in tooltips: the toolbar teaches the keyboard.
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            self._tips[act] = "{} ({})".format(act.text().replace("&", "").rstrip("…"), keys)
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

    # -- actions -------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(keys: str, slot) -> QAction:
            act = QAction(self)  # words: _retranslate_own
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.add_step_action = action("Ctrl+E", self.add_step)
        self.family_action = action("Ctrl+K", self.contact_family)
        self.status_action = action("Ctrl+Shift+S", self.change_status)
        self.edit_action = action("Ctrl+Shift+E", self.edit_people)
        self.receipt_action = action("Ctrl+P", self.print_receipt)
        self.refresh_action = action("F5", self.reload)
        self.close_action = action("Ctrl+W", self.close)
        # Central (PST) only: moving cases between offices happens on the server.
        self.assign_action = action("Ctrl+Shift+G", self.assign_case)
        self.transfer_action = action("Ctrl+Shift+T", self.transfer_case)
        self._tips: dict[QAction, str] = {}
        toolbar = QToolBar()
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.add_step_action, self.family_action, self.status_action,
                    self.edit_action, self.receipt_action, self.assign_action,
                    self.transfer_action):
            toolbar.addAction(act)
            self._tips[act] = ""
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.details.add_action(self.edit_action)

    def _set_actions_enabled(self, loaded: bool) -> None:
        role = self.ctx.core.session.role
        status = self.detail.case["status"] if self.detail else ""
        denied = self.tr("Your role cannot do this.")
        checks = (
            (self.add_step_action, can(role, Perm.EVENT_ADD),
             self.tr("Your role cannot add to the timeline.")),
            (self.family_action, can(role, Perm.EVENT_ADD),
             self.tr("Your role cannot add to the timeline.")),
            (self.edit_action, can(role, Perm.CASE_EDIT),
             self.tr("Your role cannot correct case details.")),
            (self.receipt_action, can(role, Perm.RECEIPT_PRINT),
             self.tr("Your role cannot print receipts.")),
            (self.status_action, bool(status and allowed_targets(role, status)),
             why_no_status_change(role, status) if status else denied),
        )
        for act, allowed, why in checks:
            act.setEnabled(loaded and allowed)
            tip = self._tips[act]
            act.setToolTip(tip if allowed or not loaded else f"{tip} — {why}")
        self._update_central()

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
        loaded = self.detail is not None and not self._removed
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

        def load() -> tuple[CaseDetail, list]:
            detail = core.cases.get(key)
            return detail, core.conflicts.of_case(detail.case["id"])

        self.ctx.tasks.run_db(load, self._loaded, self._load_failed)

    def _loaded(self, loaded: tuple[CaseDetail, list]) -> None:
        detail, conflicts = loaded
        self.detail = detail
        # Later loads use the seq: it never changes, the typed key might be a number.
        self.case_key = detail.case["seq"]
        core = self.ctx.core
        self.setWindowTitle(self.tr("{number} — Halo TKI Desk").format(number=detail.case_number))
        self.header.set_case(detail, core.cases.today())
        self.details.set_case(detail)
        editable = can(core.session.role, Perm.CASE_EDIT)
        self.documents.set_case(detail, editable, self.tr("Your role cannot change documents."))
        self.attachments.set_case(detail)
        self._set_tab_texts()
        self.timeline.set_case(detail)
        self.conflicts.set_conflicts(conflicts)
        self.stack.setCurrentIndex(1)
        self._set_actions_enabled(True)
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        if self.detail is None:
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

    def add_step(self) -> None:
        if self.detail is None or not self.add_step_action.isEnabled():
            return
        from desktop.ui.case_view.event_dialog import EventDialog

        self._open(EventDialog(self.ctx, self.case_key, family=False, parent=self))

    def contact_family(self) -> None:
        if self.detail is None or not self.family_action.isEnabled():
            return
        from desktop.ui.case_view.event_dialog import EventDialog

        self._open(EventDialog(self.ctx, self.case_key, family=True, parent=self))

    def change_status(self) -> None:
        if self.detail is None or not self.status_action.isEnabled():
            return
        from desktop.ui.case_view.status_dialog import StatusDialog

        self._open(StatusDialog(self.ctx, self.detail, parent=self))

    def edit_people(self) -> None:
        if self.detail is None or not self.edit_action.isEnabled():
            return
        from desktop.ui.case_view.edit_people_dialog import EditPeopleDialog

        self._open(EditPeopleDialog(self.ctx, self.detail, parent=self))

    def print_receipt(self) -> None:
        if self.detail is None or not self.receipt_action.isEnabled():
            return
        from desktop.ui.receipt_dialog import ReceiptDialog

        dialog = ReceiptDialog(self.ctx, self.detail.case_number, self)
        self.dialog = dialog
        dialog.open()

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
                              self._changed, self._document_failed)

    def _document_failed(self, exc: BaseException) -> None:
        # Show the stored state again rather than the choice that was not saved.
        self.reload()
        show_error(self, exc, self.ctx.lang)
