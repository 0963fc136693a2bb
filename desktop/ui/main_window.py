"""The main window: the case list with search and filters, and the way to everything else."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.roles import Perm, can, role_label
from desktop.services.cases import CaseFilter
from desktop.ui import case_list_model as m
from desktop.ui.case_list_model import CaseListModel
from desktop.ui.context import UiContext
from desktop.ui.errors import show_error
from desktop.ui.filter_bar import FilterBar
from desktop.ui.icons import app_icon
from desktop.ui.status_bar import MainStatusBar

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = {
    m.COL_NUMBER: 150, m.COL_RECEIVED: 145, m.COL_STATUS: 160, m.COL_CATEGORY: 230,
    m.COL_WORKER: 185, m.COL_COMPLAINANT: 185, m.COL_DESTINATION: 115, m.COL_NEXT_CONTACT: 160,
}
# The one thing the front office does all day: make it look like the main button.
PRIMARY_BUTTON_STYLE = """
QToolButton { background: #2f6fa8; color: white; font-weight: bold; border: none;
              border-radius: 4px; padding: 5px 14px; }
QToolButton:hover { background: #3d86c6; }
QToolButton:pressed { background: #24609a; }
QToolButton:disabled { background: #c5d3e0; color: #eef2f6; }
"""


class SearchField(QLineEdit):
    """Escape clears the search; Down or Enter moves into the results."""

    toResults = Signal()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.toResults.emit()
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """`loggedOut` when the person logs out, `closed` when they quit (the flow decides)."""

    loggedOut = Signal()
    closed = Signal()
    listLoaded = Signal()  # after each (re)load of the case list

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Kept for the window's lifetime: session and office never change while logged in,
        # and a window being closed after logout must still be able to redraw.
        self.core = core = ctx.require_core()
        self._role = core.session.role
        self._generation = 0
        self._loading = False
        self._logging_out = False
        self._total = 0
        self.case_windows: dict[int, QWidget] = {}
        self.intake_dialog: QWidget | None = None
        self.dialogs: dict[str, QWidget] = {}
        self.setWindowIcon(app_icon())
        self.resize(1280, 720)
        self.setMinimumSize(960, 540)

        self.model = CaseListModel(ctx, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(False)  # the core's order: newest first
        vheader = self.table.verticalHeader()
        vheader.hide()
        # Fixed row heights: the view never measures 100,000 rows.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(m.COL_CATEGORY, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._row_activated)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666; font-size: 11pt; padding: 40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.filter_bar = FilterBar(core.reference, lambda: self.ctx.lang)
        self.filter_bar.changed.connect(self.reload)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.setSpacing(8)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.search = SearchField()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(380)
        self.search.setMaximumWidth(520)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.toResults.connect(self._focus_results)

        self.status = MainStatusBar(ctx, core)
        self.status.linkActivated.connect(self._status_link)
        self.setStatusBar(self.status)
        self._build_actions()
        self._build_menus_and_toolbar()
        self.sync = None
        controller = ctx.sync
        if controller is not None:
            from desktop.ui.sync.window_sync import MainWindowSync

            self.sync = MainWindowSync(self, controller)
        self.update_sync_actions()
        self.retranslate()
        self.table.setFocus()
        self.reload()

    # -- actions, menus, toolbar ---------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(slot, shortcut=None) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(shortcut)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.act_new = action(self.new_complaint, QKeySequence("Ctrl+N"))
        self.act_find = action(self.focus_search, QKeySequence("Ctrl+F"))
        self.act_quit = action(self.close, QKeySequence("Ctrl+Q"))
        self.act_change_password = action(self.change_password)
        self.act_accounts = action(self.manage_accounts)
        self.act_logout = action(self.log_out)
        self.act_language = action(self.open_settings)
        self.act_about = action(self.about)
        self.act_refresh = action(self.reload, QKeySequence("F5"))
        self.act_sync_now = action(self.sync_now, QKeySequence("F9"))
        self.act_sync_log = action(self.show_sync_log)
        self.act_rejected = action(self.show_rejected)
        self.act_conflicts = action(self.show_conflicts)
        self.addAction(self.act_find)
        self.addAction(self.act_refresh)
        # The core enforces roles anyway; the UI just does not offer what would be refused.
        self.act_new.setEnabled(can(self._role, Perm.CASE_CREATE))
        self.act_accounts.setEnabled(can(self._role, Perm.ACCOUNTS_MANAGE))

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_new)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_account = bar.addMenu("")
        self.menu_account.addAction(self.act_change_password)
        self.menu_account.addAction(self.act_accounts)
        self.menu_account.addSeparator()
        self.menu_account.addAction(self.act_logout)
        self.menu_sync = bar.addMenu("")
        self.menu_sync.addAction(self.act_sync_now)
        self.menu_sync.addSeparator()
        self.menu_sync.addAction(self.act_sync_log)
        self.menu_sync.addAction(self.act_rejected)
        self.menu_sync.addAction(self.act_conflicts)
        self.menu_settings = bar.addMenu("")
        self.menu_settings.addAction(self.act_language)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)

        self.toolbar = QToolBar()
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setStyleSheet("QToolBar { spacing: 8px; padding: 4px 8px; }")
        self.toolbar.addAction(self.act_new)
        button = self.toolbar.widgetForAction(self.act_new)
        if isinstance(button, QToolButton):
            button.setStyleSheet(PRIMARY_BUTTON_STYLE)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.toolbar.addWidget(self.search_label)
        self.toolbar.addWidget(self.search)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        core = self.core
        session = core.session
        self.setWindowTitle(f"Halo TKI Desk — {core.office.name} — {session.full_name} ({role_label(session.role, self.ctx.lang)})")
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_account.setTitle(self.tr("&Account"))
        self.menu_sync.setTitle(self.tr("S&ync"))
        self.menu_settings.setTitle(self.tr("&Settings"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New complaint…"))
        self.act_new.setToolTip(self.tr("Record a new complaint (Ctrl+N)") if self.act_new.isEnabled()
                                else self.tr("Your role does not record complaints"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_change_password.setText(self.tr("&Change my password…"))
        self.act_accounts.setText(self.tr("&Manage accounts…"))
        self.act_logout.setText(self.tr("&Log out"))
        self.act_language.setText(self.tr("&Language…"))
        self.act_about.setText(self.tr("&About Halo TKI Desk"))
        self.act_sync_now.setText(self.tr("&Sync now"))
        self.act_sync_now.setToolTip(self.tr("Send and receive changes now (F9)"))
        self.act_sync_log.setText(self.tr("Sync &history…"))
        self.act_rejected.setText(self.tr("&Refused changes…"))
        self.act_conflicts.setText(self.tr("Next &conflict to resolve…"))
        self.search_label.setText(self.tr("Sea&rch:"))
        self.search.setPlaceholderText(self.tr("Case number, name, passport, NIK or phone (Ctrl+F)"))
        self.model.set_language()
        self._update_empty_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list --------------------------------------------------------------------------
    def reload(self, select_seq: int | None = None, show_all_if_hidden: bool = False) -> None:
        """Fetch the seqs for the current search and filters on the database thread."""
        core = self.ctx.core
        if core is None:
            return
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search.text().strip()
        flt = self.filter_bar.current_filter()
        keep = select_seq if select_seq is not None else self.current_seq()

        def fetch() -> tuple[int, list[int]]:
            total = core.cases.count()
            if not text:
                return total, core.cases.list_seqs(flt)
            seqs = core.search.search(text)
            if flt != CaseFilter():
                allowed = set(core.cases.list_seqs(flt))
                seqs = [s for s in seqs if s in allowed]
            return total, seqs

        self._loading = True
        self.ctx.tasks.run_db(
            fetch, lambda result: self._loaded(generation, result, keep, show_all_if_hidden),
            lambda exc: self._load_failed(generation, exc))

    def _loaded(self, generation: int, result: tuple[int, list[int]], keep: int | None,
                show_all_if_hidden: bool) -> None:
        if generation != self._generation:
            return  # the person typed on; a newer search is on its way
        total, seqs = result
        if show_all_if_hidden and keep is not None and keep not in seqs and (
                self.search.text() or self.filter_bar.is_active()):
            # A new case hidden by the current search or filters: show everything instead.
            blocked = self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(blocked)
            blocked = self.filter_bar.blockSignals(True)
            self.filter_bar.reset()
            self.filter_bar.blockSignals(blocked)
            self.reload(select_seq=keep)
            return
        self._loading = False
        self._total = total
        self.model.set_seqs(seqs)
        self.status.set_count(len(seqs), total)
        self.stack.setCurrentWidget(self.table if seqs else self.empty_label)
        self._update_empty_text()
        if keep is not None:
            self.select_seq(keep)
        self.listLoaded.emit()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._loading = False
            show_error(self, exc, self.ctx.lang)

    def _update_empty_text(self) -> None:
        if self.search.text().strip():
            text = self.tr("No case matches “{text}”.").format(text=self.search.text().strip())
        elif self.filter_bar.is_active():
            text = self.tr("No case matches these filters.")
        elif self.act_new.isEnabled():
            text = self.tr("No complaints recorded yet.\nPress Ctrl+N to record the first one.")
        else:
            text = self.tr("No complaints recorded yet.")
        self.empty_label.setText(text)

    def current_seq(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.seq_at(index.row()) if index.isValid() else None

    def select_seq(self, seq: int) -> bool:
        row = self.model.row_of(seq)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.select_seq(self.model.seq_at(0))

    # -- opening things -------------------------------------------------------------------------
    def _row_activated(self, index: QModelIndex) -> None:
        seq = self.model.seq_at(index.row())
        if seq is not None:
            self.open_case(seq)

    def open_case(self, seq: int) -> None:
        window = self.case_windows.get(seq)
        if window is not None and window.isVisible():
            window.raise_()
            window.activateWindow()
            return
        try:
            from desktop.ui.case_view.case_window import CaseWindow
        except ImportError:
            log.exception("case view not available")
            self._not_available()
            return
        window = CaseWindow(self.ctx, seq, self)
        window.caseChanged.connect(self.model.refresh_seq)
        self.case_windows[seq] = window
        window.show()

    def new_complaint(self) -> None:
        if not can(self._role, Perm.CASE_CREATE):
            return
        dialog = self.intake_dialog
        if dialog is not None and dialog.isVisible():
            # One intake at a time: the complainant at the desk is already being recorded.
            dialog.raise_()
            dialog.activateWindow()
            return
        try:
            from desktop.ui.intake.intake_dialog import IntakeDialog
        except ImportError:
            log.exception("intake form not available")
            self._not_available()
            return
        dialog = IntakeDialog(self.ctx, self)
        dialog.caseSaved.connect(self._case_saved)
        dialog.openCaseRequested.connect(self.open_case)
        self.intake_dialog = dialog
        dialog.show()

    def _case_saved(self, case_number: str) -> None:
        core = self.ctx.core
        if core is None:
            return
        self.ctx.tasks.run_db(
            lambda: core.cases.resolve(case_number)["seq"],
            lambda seq: self.reload(select_seq=seq, show_all_if_hidden=True),
            lambda exc: self.reload())

    def _not_available(self) -> None:
        QMessageBox.information(self, self.tr("Halo TKI Desk"),
                                self.tr("This part of the application is not available in "
                                        "this version."))

    def change_password(self) -> None:
        from desktop.ui.password_dialog import ChangePasswordDialog

        self._open_dialog("password", lambda: ChangePasswordDialog(self.ctx, self))

    def manage_accounts(self) -> None:
        if not can(self._role, Perm.ACCOUNTS_MANAGE):
            return
        from desktop.ui.accounts_dialog import AccountsDialog

        self._open_dialog("accounts", lambda: AccountsDialog(self.ctx, self))

    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        self._open_dialog("settings", lambda: SettingsDialog(self.ctx, self))

    # -- sync -------------------------------------------------------------------------------
    def update_sync_actions(self) -> None:
        """A PC that is not enrolled has nothing to sync: no sync menu at all."""
        controller = self.ctx.sync
        enrolled = bool(controller is not None and controller.enrolled)
        self.menu_sync.menuAction().setVisible(enrolled)
        for act in (self.act_sync_now, self.act_sync_log, self.act_rejected, self.act_conflicts):
            act.setEnabled(enrolled)
        self.act_sync_now.setEnabled(enrolled and controller.running
                                     and not controller.is_revoked)

    def sync_now(self) -> None:
        controller = self.ctx.sync
        if controller is not None and self.act_sync_now.isEnabled():
            controller.sync_now()

    def show_sync_log(self) -> None:
        from desktop.ui.sync.log_dialog import SyncLogDialog

        self._open_dialog("sync_log", lambda: SyncLogDialog(self.ctx, self))

    def show_rejected(self) -> None:
        from desktop.ui.sync.rejected_dialog import RejectedChangesDialog

        self._open_dialog("rejected", lambda: RejectedChangesDialog(self.ctx, self))

    def _status_link(self, key: str) -> None:
        if key == "rejected":
            self.show_rejected()
        elif key == "conflicts":
            self.show_conflicts()

    def show_conflicts(self) -> None:
        """Open the first case that has a conflict (its window lists them)."""
        core = self.ctx.core
        if core is None:
            return
        self.ctx.tasks.run_db(core.conflicts.first_open_case, self._open_conflict_case,
                              lambda exc: show_error(self, exc, self.ctx.lang))

    def _open_conflict_case(self, seq: int | None) -> None:
        if seq is None:
            QMessageBox.information(self, self.tr("Halo TKI Desk"),
                                    self.tr("There is no conflict to resolve."))
            return
        self.open_case(seq)

    def _open_dialog(self, key: str, make) -> QWidget:
        dialog = self.dialogs.get(key)
        if dialog is None or not dialog.isVisible():
            dialog = make()
            self.dialogs[key] = dialog
            dialog.open()
        dialog.raise_()
        return dialog

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Halo TKI Desk"), self.tr(
            "<b>Halo TKI Desk</b><p>Records and follows up complaints of Indonesian migrant "
            "workers and their families at BP3TKI offices, on this PC, with or without "
            "internet.</p><p>Halo TKI: 0800 1000 (toll-free), +62 21 29244800 from abroad.</p>"))

    # -- leaving -------------------------------------------------------------------------------
    def log_out(self) -> None:
        self._logging_out = True
        if not self.close():
            self._logging_out = False

    def _close_other_windows(self) -> bool:
        """Close intake and case windows first; one with unsaved input may refuse."""
        for widget in self.findChildren(QWidget):
            if (widget.isWindow() and widget.isVisible() and widget is not self
                    and not widget.close()):
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_other_windows():
            event.ignore()
            self._logging_out = False
            return
        self._search_timer.stop()
        event.accept()
        if self._logging_out:
            self.loggedOut.emit()
        else:
            self.closed.emit()
