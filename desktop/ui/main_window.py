"""The main window: the case list with search and filters, and the way to everything else.

Two pages: Beranda (the home view, F2), what needs the person today as counts that each open
the list filtered, shown first to supervisors and case officers; and the case list, where the
front office and the administrator start. Saved views (the View menu, Ctrl+1 to Ctrl+6) set
the filter bar to a defined state: all cases, my cases, awaiting approval, contacts due today,
unassigned, urgent. A case officer with open cases has their own behind the home view. The
status bar counts the urgent open cases.

A click on a column heading sorts the list by that column (in the database: the model only
ever holds ids), a second click reverses it, a third returns to the filter's order (urgent
first) or the search's. A right click on a row opens it, prints its receipt again or copies
its number.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
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

from desktop.domain.roles import Perm, Role, can, role_label
from desktop.services.case_list_rows import list_order
from desktop.services.cases import UNASSIGNED, CaseFilter, CaseSort
from desktop.services.handling import Officer
from desktop.ui import case_list_model as m
from desktop.ui.case_list_menu import CaseListMenu
from desktop.ui.case_list_model import CaseListModel
from desktop.ui.context import UiContext
from desktop.ui.errors import show_error
from desktop.ui.filter_bar import FilterBar
from desktop.ui.home.home_view import HomeView
from desktop.ui.icons import app_icon
from desktop.ui.status_bar import MainStatusBar
from desktop.ui.window_geometry import remember_geometry

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200
# Fits 1366 pixels wide: the category takes what is left, enough for the longest complaint
# type in bold (an urgent case) in either language (tests/ui/test_column_widths.py).
COLUMN_WIDTHS = {
    m.COL_NUMBER: 150, m.COL_RECEIVED: 110, m.COL_STATUS: 132, m.COL_DEADLINE: 115,
    m.COL_CATEGORY: 170, m.COL_WORKER: 110, m.COL_COMPLAINANT: 100, m.COL_DESTINATION: 85,
    m.COL_OFFICER: 100, m.COL_NEXT_CONTACT: 112,
}
# The saved views, in menu order, with their shortcuts.
VIEW_ALL, VIEW_MINE, VIEW_APPROVAL, VIEW_CONTACTS, VIEW_UNASSIGNED, VIEW_URGENT = (
    "all", "mine", "approval", "contacts", "unassigned", "urgent")
VIEW_SHORTCUTS = {VIEW_ALL: "Ctrl+1", VIEW_MINE: "Ctrl+2", VIEW_APPROVAL: "Ctrl+3",
                  VIEW_CONTACTS: "Ctrl+4", VIEW_UNASSIGNED: "Ctrl+5", VIEW_URGENT: "Ctrl+6"}
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


@dataclass(frozen=True)
class SavedView:
    key: str
    filter: CaseFilter
    available: bool  # offered to this role at all


@dataclass
class ListResult:
    """What one load of the list brings back from the database thread."""

    total: int
    seqs: list[int]
    matching: int = 0  # what the filter (and search) lists: counted in the database
    urgent: int | None = None  # urgent open cases, when counted this time
    officers: list[Officer] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # every account known here


def starts_at_home(role: Role | str) -> bool:
    """Those who handle cases (supervisors, case officers) land on the home view; the front
    office and the administrator on the list, as before the home view existed."""
    return can(role, Perm.CASE_HANDLE)


def saved_views(role: Role | str, me: str) -> dict[str, SavedView]:
    """Each view's filter for this person. A case officer's contacts of the day are their
    own; a supervisor or the front office sees every family to call today."""
    handles = can(role, Perm.CASE_HANDLE)
    mine = me if handles and not can(role, Perm.CASE_ASSIGN) else ""
    views = (
        SavedView(VIEW_ALL, CaseFilter(), True),
        SavedView(VIEW_MINE, CaseFilter(officer=me, open_only=True, order="due"), handles),
        SavedView(VIEW_APPROVAL, CaseFilter(awaiting_approval=True),
                  can(role, Perm.CLOSURE_APPROVE) or can(role, Perm.CLOSURE_PROPOSE)),
        SavedView(VIEW_CONTACTS, CaseFilter(contact_today=True, officer=mine, order="due"),
                  can(role, Perm.EVENT_ADD)),
        SavedView(VIEW_UNASSIGNED, CaseFilter(officer=UNASSIGNED, open_only=True), True),
        SavedView(VIEW_URGENT, CaseFilter(urgent=True, open_only=True, order="due"), True),
    )
    return {v.key: v for v in views}


class MainWindow(QMainWindow):
    """`loggedOut` when the person logs out, `closed` when they quit (the flow decides)."""

    loggedOut = Signal()
    closed = Signal()
    restoreRequested = Signal()  # the flow logs out, then restores at the login screen
    listLoaded = Signal()  # after each (re)load of the case list

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Kept for the window's lifetime: session and office never change while logged in,
        # and a window being closed after logout must still be able to redraw.
        self.core = core = ctx.require_core()
        self._role = core.session.role
        self._me = core.session.username
        self.views = saved_views(self._role, self._me)
        self._generation = 0
        self._loading = False
        self._logging_out = False
        self._restore_after_close = False  # File > Restore: log out, then restore
        self._total = 0
        self.sort: CaseSort | None = None  # a column's order instead of the filter's
        self.case_windows: dict[int, QWidget] = {}
        self.windows: dict[str, QWidget] = {}  # the lists beside the case list (referrals, ...)
        self.intake_dialog: QWidget | None = None
        self.dialogs: dict[str, QWidget] = {}
        self.setWindowIcon(app_icon())
        remember_geometry(self, ctx, "main", QSize(1280, 720))
        self.setMinimumSize(960, 540)

        self._build_table()
        self._build_central()
        self._build_search()
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
        self._land()

    # -- building -------------------------------------------------------------------------------
    def _build_table(self) -> None:
        self.model = CaseListModel(self.ctx, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)
        # Qt's own sorting would need every row: a header click asks the core instead.
        self.table.setSortingEnabled(False)
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
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._header_clicked)
        self.table.activated.connect(self._row_activated)
        self.case_menu = CaseListMenu(self.table, can(self._role, Perm.RECEIPT_PRINT))
        self.case_menu.openRequested.connect(self.open_case)
        self.case_menu.receiptRequested.connect(self.print_receipt)

    def _build_central(self) -> None:
        """The filter bar above the list (or above what to do when it is empty)."""
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666; font-size: 11pt; padding: 40px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        handles = can(self._role, Perm.CASE_HANDLE)
        self.filter_bar = FilterBar(self.core.reference, lambda: self.ctx.lang,
                                    me=self._me if handles else "", tz=self.core.office.tz)
        self.filter_bar.orderChosen.connect(lambda: self._set_sort(None))
        self.filter_bar.changed.connect(self._filters_changed)
        self.list_page = QWidget()
        layout = QVBoxLayout(self.list_page)
        layout.setContentsMargins(10, 8, 10, 4)
        layout.setSpacing(8)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        self.home = HomeView(self.ctx)
        self.home.openList.connect(self.open_list)
        self.home.listRequested.connect(self.show_list)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self.pages.addWidget(self.home)
        self.setCentralWidget(self.pages)

    def _build_search(self) -> None:
        self.search = SearchField()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(380)
        self.search.setMaximumWidth(520)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.reload(counts=False))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        # What is typed is searched in the list: show it (from the home view).
        self.search.textEdited.connect(lambda _t: self.show_list())
        self.search.toResults.connect(self._focus_results)

    # -- actions, menus, toolbar ---------------------------------------------------------------
    def _build_actions(self) -> None:
        def action(slot, shortcut=None) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(shortcut)
            act.triggered.connect(lambda _checked=False: slot())
            return act

        self.act_new = action(self.new_complaint, QKeySequence("Ctrl+N"))
        self.act_inquiry = action(self.new_inquiry, QKeySequence("Ctrl+I"))
        self.act_inquiries = action(self.show_inquiries, QKeySequence("Ctrl+Shift+I"))
        self.act_find = action(self.focus_search, QKeySequence("Ctrl+F"))
        self.act_quit = action(self.close, QKeySequence("Ctrl+Q"))
        self.act_change_password = action(self.change_password)
        self.act_accounts = action(self.manage_accounts)
        self.act_logout = action(self.log_out)
        self.act_language = action(self.open_settings)
        self.act_about = action(self.about)
        self.act_guide = action(self.show_guide, QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.act_shortcuts = action(self.show_shortcuts)
        self.act_backup = action(self.back_up)
        self.act_enrol = action(self.enrol_with_central)
        self.act_restore = action(self.restore_from_backup)
        self.act_enrol.setVisible(False)  # until the PC is known not to be enrolled
        self.act_refresh = action(self.reload, QKeySequence("F5"))
        self.act_home = action(self.show_home, QKeySequence("F2"))
        self.act_reports = action(self.show_reports, QKeySequence("Ctrl+L"))
        self.act_subject = action(self.show_subject_access, QKeySequence("Ctrl+Shift+P"))
        self.act_audit = action(self.show_audit_trail, QKeySequence("Ctrl+Shift+A"))
        self.act_export_list = action(self.export_case_list, QKeySequence("Ctrl+Shift+E"))
        self.act_referrals = action(self.show_pending_referrals, QKeySequence("Ctrl+R"))
        self.act_directory = action(self.show_directory, QKeySequence("Ctrl+D"))
        self.act_sync_now = action(self.sync_now, QKeySequence("F9"))
        self.act_sync_log = action(self.show_sync_log)
        self.act_rejected = action(self.show_rejected)
        self.act_conflicts = action(self.show_conflicts)
        self.addAction(self.act_find)
        self.addAction(self.act_refresh)
        self.view_actions: dict[str, QAction] = {}
        self.view_group = QActionGroup(self)
        # Optional: filters set by hand may match no view, and then none is checked.
        self.view_group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        for key, view in self.views.items():
            act = action(lambda key=key: self.show_view(key), QKeySequence(VIEW_SHORTCUTS[key]))
            act.setCheckable(True)
            act.setVisible(view.available)  # an invisible action's shortcut does nothing
            act.setEnabled(view.available)
            self.view_group.addAction(act)
            self.view_actions[key] = act
        # The core enforces roles anyway; the UI just does not offer what would be refused.
        self.act_new.setEnabled(can(self._role, Perm.CASE_CREATE))
        self.act_inquiry.setEnabled(can(self._role, Perm.CASE_CREATE))
        self.act_accounts.setEnabled(can(self._role, Perm.ACCOUNTS_MANAGE))
        self.act_backup.setVisible(can(self._role, Perm.MAINTENANCE))  # administrators
        self.act_reports.setVisible(can(self._role, Perm.REPORT_VIEW))
        self.act_subject.setVisible(can(self._role, Perm.SUBJECT_ACCESS))
        self.act_audit.setVisible(can(self._role, Perm.AUDIT_VIEW))
        self.act_export_list.setVisible(can(self._role, Perm.CASE_LIST_EXPORT))
        self.act_restore.setVisible(can(self._role, Perm.MAINTENANCE))

    def _build_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_file.addAction(self.act_new)
        self.menu_file.addAction(self.act_inquiry)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_export_list)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_backup)
        self.menu_file.addAction(self.act_restore)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_view = bar.addMenu("")
        self.menu_view.addAction(self.act_home)
        self.menu_view.addSeparator()
        for act in self.view_actions.values():
            self.menu_view.addAction(act)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_referrals)
        self.menu_view.addAction(self.act_inquiries)
        self.menu_view.addAction(self.act_directory)
        self.menu_view.addAction(self.act_reports)
        self.menu_view.addAction(self.act_subject)
        self.menu_view.addAction(self.act_audit)
        self.menu_view.addSeparator()
        self.menu_view.addAction(self.act_refresh)
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
        self.menu_settings.addAction(self.act_enrol)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_guide)
        self.menu_help.addAction(self.act_shortcuts)
        self.menu_help.addSeparator()
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
        # Qt adds the application's name (setApplicationDisplayName in app.py).
        role = role_label(session.role, self.ctx.lang)
        self.setWindowTitle(f"{core.office.name} — {session.full_name} ({role})")
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_view.setTitle(self.tr("&View"))
        for key, text in ((VIEW_ALL, self.tr("&All cases")), (VIEW_MINE, self.tr("&My cases")),
                          (VIEW_APPROVAL, self.tr("Awaiting appro&val")),
                          (VIEW_CONTACTS, self.tr("&Contacts due today")),
                          (VIEW_UNASSIGNED, self.tr("&Unassigned cases")),
                          (VIEW_URGENT, self.tr("U&rgent cases"))):
            self.view_actions[key].setText(text)
        self.act_refresh.setText(self.tr("Re&fresh"))
        self.act_home.setText(self.tr("&Home"))
        self.act_home.setToolTip(self.tr("What needs you today, in counts (F2)"))
        self.act_reports.setText(self.tr("Re&ports…"))
        self.act_reports.setToolTip(self.tr("The office's figures for any period, with charts "
                                            "(Ctrl+L)"))
        self.act_subject.setText(self.tr("Personal data of a per&son…"))
        self.act_subject.setToolTip(self.tr("What the office holds about one person, for them "
                                            "or to restrict it (UU PDP) (Ctrl+Shift+P)"))
        self.act_audit.setText(self.tr("Audit &trail…"))
        self.act_audit.setToolTip(self.tr("Who did what and who read whose data "
                                          "(Ctrl+Shift+A)"))
        self.act_export_list.setText(self.tr("&Export case list…"))
        self.act_export_list.setToolTip(self.tr(
            "The cases of the list, with its filters and search, to an Excel or CSV file "
            "(Ctrl+Shift+E)"))
        self.act_find.setText(self.tr("Search cases"))  # in the list of shortcuts
        self.act_referrals.setText(self.tr("Referrals a&waiting reply…"))
        self.act_directory.setText(self.tr("Partner &directory…"))
        self.act_inquiry.setText(self.tr("New &information request…"))
        self.act_inquiry.setToolTip(self.tr("A question answered, not a complaint (Ctrl+I)"))
        self.act_inquiries.setText(self.tr("Information re&quests…"))
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
        self.act_guide.setText(self.tr("User &guide"))
        self.act_backup.setText(self.tr("B&ack up data…"))
        self.act_enrol.setText(self.tr("&Enrol with the central server…"))
        self.act_restore.setText(self.tr("&Restore from a backup…"))
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        self.act_sync_now.setText(self.tr("&Sync now"))
        self.act_sync_now.setToolTip(self.tr("Send and receive changes now (F9)"))
        self.act_sync_log.setText(self.tr("Sync &history…"))
        self.act_rejected.setText(self.tr("&Refused changes…"))
        self.act_conflicts.setText(self.tr("Next &conflict to resolve…"))
        self.search_label.setText(self.tr("Sea&rch:"))
        self.search.setPlaceholderText(self.tr("Case number, name, passport, NIK or phone (Ctrl+F)"))
        self.model.set_language()
        self.case_menu.retranslate()
        self._update_empty_text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list --------------------------------------------------------------------------
    def reload(self, select_seq: int | None = None, show_all_if_hidden: bool = False,
               counts: bool = True, quiet: bool = False) -> None:
        """Fetch the seqs for the current search and filters on the database thread.

        `counts`: also the urgent count and the officers (after writes and sync, not for
        each letter typed). `quiet`: keep the loaded rows when the list did not change."""
        core = self.ctx.core
        if core is None:
            return
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search.text().strip()
        flt = self.filter_bar.current_filter()
        sort = self.sort
        keep = select_seq if select_seq is not None else self.current_seq()

        def fetch() -> ListResult:
            seqs = self._fetch_seqs(core, text, flt, sort)
            # Searching, the matches are already here; else the filter's COUNT.
            matching = len(seqs) if text else core.cases.count_matching(flt)
            result = ListResult(core.cases.count(), seqs, matching)
            if counts:
                result.urgent = core.cases.urgent_open_count()
                result.officers = core.handling.officers()
                result.names = core.accounts.names()  # removed accounts' cases too
            return result

        self._loading = True
        self.ctx.tasks.run_db(
            fetch, lambda result: self._loaded(generation, result, keep, show_all_if_hidden,
                                               quiet),
            lambda exc: self._load_failed(generation, exc))

    @staticmethod
    def _fetch_seqs(core, text: str, flt: CaseFilter, sort: CaseSort | None = None
                    ) -> list[int]:
        """On the database thread: the filter's list in its order, or the search's matches
        (best first) that pass the filters, urgent open cases first in both; but a case
        number as a family quotes it keeps the search's order (that number first). A
        column's order (`sort`), when chosen, replaces both. One rule with the case-list
        export (desktop/services/case_list_rows.py): the file holds what the list shows."""
        return list_order(core, text, flt, sort)

    def _loaded(self, generation: int, result: ListResult, keep: int | None,
                show_all_if_hidden: bool, quiet: bool = False) -> None:
        if generation != self._generation:
            return  # the person typed on; a newer search is on its way
        seqs = result.seqs
        if show_all_if_hidden and keep is not None and keep not in seqs and (
                self.search.text() or self.filter_bar.is_active()):
            # A new case hidden by the current search or filters: show everything instead.
            blocked = self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(blocked)
            blocked = self.filter_bar.blockSignals(True)
            self.filter_bar.reset()
            self.filter_bar.blockSignals(blocked)
            self._update_view_checks()
            self.reload(select_seq=keep)
            return
        self._loading = False
        self._total = result.total
        if result.urgent is not None:
            self.status.set_urgent(result.urgent)
            if self.home_shown():  # a save or a sync changed what needs doing
                self.home.refresh()
            self.filter_bar.set_officers(result.officers)
            self.model.set_officer_names(result.names)
        if not (quiet and seqs == self.model.seqs()):
            self.model.set_seqs(seqs)
        self.status.set_count(len(seqs), result.total)
        self.filter_bar.set_count(result.matching)
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
        view = self.current_view()
        if self.search.text().strip():
            text = self.tr("No case matches “{text}”.").format(text=self.search.text().strip())
        elif view == VIEW_MINE:
            text = self.tr("You have no open cases. Cases assigned to you, or that you take, "
                           "are listed here.")
        elif view == VIEW_APPROVAL:
            text = self.tr("No case is awaiting approval.")
        elif view == VIEW_CONTACTS:
            text = self.tr("No family contact is due today.")
        elif view == VIEW_UNASSIGNED:
            text = self.tr("Every open case has a handling officer.")
        elif view == VIEW_URGENT:
            text = self.tr("No urgent case is open.")
        elif self.filter_bar.is_active():
            text = self.tr("No case matches these filters.")
        elif self.act_new.isEnabled():
            text = self.tr("No complaints recorded yet.\nPress Ctrl+N to record the first one.")
        else:
            text = self.tr("No complaints recorded yet.")
        self.empty_label.setText(text)

    # -- saved views -----------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        """Set the filter bar to the view's state (the search is cleared) and list it."""
        view = self.views.get(key)
        if view is None or not view.available:
            return
        self._set_filter(view.filter)
        self.show_list()

    def open_list(self, flt: CaseFilter) -> None:
        """The list of exactly `flt` (a home view tile), the search cleared, on show."""
        self._set_filter(flt)
        self.show_list()

    def _set_filter(self, flt: CaseFilter) -> None:
        blocked = self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(blocked)
        self.filter_bar.apply(flt)

    # -- the pages: home and list ---------------------------------------------------------------
    def show_home(self) -> None:
        """Beranda, counted afresh (F2)."""
        self.pages.setCurrentWidget(self.home)
        self.home.refresh()
        self.home.focus_first_tile()

    def show_list(self) -> None:
        if self.pages.currentWidget() is not self.list_page:
            self.pages.setCurrentWidget(self.list_page)
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def home_shown(self) -> bool:
        return self.pages.currentWidget() is self.home

    def current_view(self) -> str | None:
        """The saved view the filter bar shows now, if any."""
        flt = self.filter_bar.current_filter()
        for key, view in self.views.items():
            if view.available and view.filter == flt:
                return key
        return None

    # -- sorting by a column ------------------------------------------------------------------
    def _header_clicked(self, column: int) -> None:
        """Ascending, then descending, then back to the filter's (or search's) order."""
        key = m.SORT_KEY_OF_COLUMN.get(column)
        if key is None:
            return
        current = self.sort
        if current is None or current.key != key:
            self._set_sort(CaseSort(key))
        elif not current.descending:
            self._set_sort(CaseSort(key, descending=True))
        else:
            self._set_sort(None)
        self.reload(counts=False)

    def _set_sort(self, sort: CaseSort | None) -> None:
        """Remember the column order and show it on the header (nothing is reloaded)."""
        self.sort = sort
        header = self.table.horizontalHeader()
        if sort is None:
            header.setSortIndicatorShown(False)
            return
        column = next(c for c, k in m.SORT_KEY_OF_COLUMN.items() if k == sort.key)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if sort.descending
                                else Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)

    def _filters_changed(self) -> None:
        self._update_view_checks()
        self.reload(counts=self.status.urgent_count() is None)  # the first list counts

    def _update_view_checks(self) -> None:
        current = self.current_view()
        for key, act in self.view_actions.items():
            act.setChecked(key == current)

    def _land(self) -> None:
        """The first page: the home view for those who handle cases, else the list. The
        first list (behind the home view, or shown): a case officer with open cases starts
        on their own, anybody else (supervisors, front office) on every case."""
        if starts_at_home(self._role):
            self.show_home()
        mine = self.views[VIEW_MINE]
        if not mine.available or can(self._role, Perm.CASE_ASSIGN):
            self._update_view_checks()
            self.reload()
            return
        core = self.core
        self._loading = True
        self.ctx.tasks.run_db(lambda: bool(core.cases.list_seqs(mine.filter)), self._landed,
                              lambda _exc: self.reload())

    def _landed(self, has_own: bool) -> None:
        # Unless the person already searched or filtered while this was being looked up.
        if has_own and not self.search.text() and not self.filter_bar.is_active():
            self._set_filter(self.views[VIEW_MINE].filter)
            if not self.home_shown():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self._update_view_checks()
            self.reload()

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
        window.caseChanged.connect(self._case_changed)
        window.openCaseRequested.connect(self.open_case)  # a linked case
        self.case_windows[seq] = window
        window.show()

    def _case_changed(self, seq: int) -> None:
        """A case was changed in its window: its row now, and the list again (it may have
        left these filters, or moved: flagged urgent), with the urgent count."""
        self.model.refresh_seq(seq)
        self.reload(quiet=True)

    def new_complaint(self, from_inquiry=None) -> None:
        """The intake form; `from_inquiry`: an information request that turned out to be a
        complaint (its text comes along)."""
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
        dialog = IntakeDialog(self.ctx, self, from_inquiry=from_inquiry)
        dialog.caseSaved.connect(self._case_saved)
        if from_inquiry is not None:
            dialog.caseSaved.connect(lambda _number: self._reload_inquiries())
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

    def print_receipt(self, case_number: str) -> None:
        """The receipt again, as the case window prints it (the right-click menu)."""
        if not can(self._role, Perm.RECEIPT_PRINT):
            return
        from desktop.ui.receipt_dialog import ReceiptDialog

        dialog = ReceiptDialog(self.ctx, case_number, self)
        self.dialogs["receipt"] = dialog
        dialog.open()

    def _not_available(self) -> None:
        QMessageBox.information(self, self.tr("Halo TKI Desk"),
                                self.tr("This part of the application is not available in "
                                        "this version."))

    def show_pending_referrals(self) -> None:
        """Every referral still waiting for its reply; a line opens its case."""
        def make() -> QWidget:
            from desktop.ui.referrals_window import PendingReferralsWindow

            window = PendingReferralsWindow(self.ctx, self)
            window.openCase.connect(self.open_case)
            return window

        self._open_window("referrals", make)

    # -- information requests ----------------------------------------------------------
    def new_inquiry(self) -> None:
        if not can(self._role, Perm.CASE_CREATE):
            return
        from desktop.ui.inquiries.inquiry_dialog import InquiryDialog

        dialog = InquiryDialog(self.ctx, self)
        dialog.saved.connect(lambda _id: self._inquiry_saved())
        self.dialogs["inquiry"] = dialog
        dialog.open()

    def _inquiry_saved(self) -> None:
        self.statusBar().showMessage(self.tr("Information request recorded."), 5000)
        self._reload_inquiries()

    def _reload_inquiries(self) -> None:
        window = self.windows.get("inquiries")
        if window is not None and window.isVisible():
            window.reload()

    def show_inquiries(self) -> None:
        def make() -> QWidget:
            from desktop.ui.inquiries.inquiries_window import InquiriesWindow

            window = InquiriesWindow(self.ctx, self)
            window.newRequested.connect(self.new_inquiry)
            window.complaintRequested.connect(self.new_complaint)
            window.openCaseRequested.connect(self._open_number)
            window.complaint_button.setVisible(can(self._role, Perm.CASE_CREATE))
            window.new_button.setVisible(can(self._role, Perm.CASE_CREATE))
            return window

        self._open_window("inquiries", make)

    def _open_number(self, number: str) -> None:
        core = self.ctx.core
        self.ctx.tasks.run_db(lambda: core.cases.resolve(number)["seq"], self.open_case,
                              lambda exc: show_error(self, exc, self.ctx.lang))

    def show_directory(self) -> None:
        def make() -> QWidget:
            from desktop.ui.directory_window import DirectoryWindow

            return DirectoryWindow(self.ctx, self)

        self._open_window("directory", make)

    def show_reports(self) -> None:
        """The office's figures for a period, with charts and exports (supervisors, admins)."""
        if not can(self._role, Perm.REPORT_VIEW):
            return

        def make() -> QWidget:
            from desktop.ui.reports.report_window import ReportWindow

            return ReportWindow(self.ctx, self)

        self._open_window("reports", make)

    def show_subject_access(self) -> None:
        """Everything held about one person (UU PDP): supervisors and administrators."""
        if not can(self._role, Perm.SUBJECT_ACCESS):
            return

        def make() -> QWidget:
            from desktop.ui.subject_access.subject_window import SubjectAccessWindow

            window = SubjectAccessWindow(self.ctx, self)
            window.openCaseRequested.connect(self._open_number)
            return window

        self._open_window("subject_access", make)

    def show_audit_trail(self) -> None:
        """Who did what, and who read whose data: supervisors and administrators."""
        if not can(self._role, Perm.AUDIT_VIEW):
            return

        def make() -> QWidget:
            from desktop.ui.audit_window import AuditTrailWindow

            window = AuditTrailWindow(self.ctx, self)
            window.openCaseRequested.connect(self._open_number)
            return window

        self._open_window("audit_trail", make)

    def export_case_list(self) -> None:
        """The list as it is filtered and searched now, to XLSX or CSV (supervisors: it holds
        personal data; the export's own dialog says so and the core audits it)."""
        if not can(self._role, Perm.CASE_LIST_EXPORT):
            return
        try:
            from desktop.ui.reports.case_list_export import export_case_list
        except ImportError:
            log.exception("case list export not available")
            self._not_available()
            return
        export_case_list(self, self.ctx, self.filter_bar.current_filter(),
                         self.search.text().strip(), self.sort)

    def _open_window(self, key: str, make) -> None:
        """A window of its own beside the case list (not modal): one of each, raised when
        asked for again."""
        window = self.windows.get(key)
        if window is None or not window.isVisible():
            if window is not None:
                window.deleteLater()  # closed earlier: a fresh one shows today's list
            try:
                window = make()
            except ImportError:
                log.exception("%s window not available", key)
                self._not_available()
                return
            self.windows[key] = window
            window.show()
        window.raise_()
        window.activateWindow()

    def change_password(self) -> None:
        from desktop.ui.password_dialog import ChangePasswordDialog

        self._open_dialog("password", lambda: ChangePasswordDialog(self.ctx, self))

    def manage_accounts(self) -> None:
        if not can(self._role, Perm.ACCOUNTS_MANAGE):
            return
        from desktop.ui.accounts_dialog import AccountsDialog

        def make() -> QWidget:
            dialog = AccountsDialog(self.ctx, self)
            # Removing an account unassigns its open cases: the list and its officers follow.
            dialog.finished.connect(lambda _result: self.reload())
            return dialog

        self._open_dialog("accounts", make)

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
        # A PC set up on its own can join the server later, keeping its cases (admins).
        self.act_enrol.setVisible(can(self._role, Perm.MAINTENANCE) and controller is not None
                                  and controller.enrolled is False)

    def restore_from_backup(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Restore from a backup"),
            self.tr("Restoring replaces the data on this PC with the backup. You are logged "
                    "out first (the data must be closed); then choose the backup."),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer in (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Yes):
            self._restore_after_close = True
            self.log_out()
            if self.isVisible():  # a window with unsaved input stayed open: not now
                self._restore_after_close = False

    def enrol_with_central(self) -> None:
        from desktop.ui.enrol_existing_dialog import open_enrol_existing

        self._open_dialog("enrol_existing", lambda: open_enrol_existing(self.ctx, self))

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
        elif key == "urgent":
            self.show_view(VIEW_URGENT)

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
        from desktop.ui.help.dialogs import app_version

        QMessageBox.about(self, self.tr("About Halo TKI Desk"), self.tr(
            "<b>Halo TKI Desk</b><p>Records and follows up complaints of Indonesian migrant "
            "workers and their families at BP3TKI offices, on this PC, with or without "
            "internet.</p><p>Halo TKI: 0800 1000 (toll-free), +62 21 29244800 from abroad.</p>")
            + "<p>" + self.tr("Version {version}").format(version=app_version()) + "</p>")

    def back_up(self) -> None:
        """An encrypted copy of this PC's data where the administrator says, with a
        progress bar (restoring is `halotki restore`, with the app closed)."""
        if not can(self._role, Perm.MAINTENANCE):
            return
        from desktop.ui.backup_dialog import BackupDialog

        dialog = BackupDialog(self.ctx, self)
        self.dialogs["backup"] = dialog
        dialog.ask_and_start()

    def show_guide(self) -> None:
        """The illustrated guide shipped with the program, in the language in use."""
        from desktop.ui.help.dialogs import GuideDialog

        self._open_dialog("guide", lambda: GuideDialog(self.ctx.lang, self))

    def show_shortcuts(self) -> None:
        """Read from this window's actions when asked: never a stale list."""
        from desktop.ui.help.dialogs import ShortcutsDialog

        self._open_dialog("shortcuts", lambda: ShortcutsDialog(self))

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
        if self._logging_out and self._restore_after_close:
            self.restoreRequested.emit()
        elif self._logging_out:
            self.loggedOut.emit()
        else:
            self.closed.emit()
