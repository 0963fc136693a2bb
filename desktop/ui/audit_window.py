"""Jejak audit: who did what and who read whose data (issue 14 §1.6), for supervisors and
administrators. This PC's own trail, or on an enrolled PC the central server's (the office's
PCs, or every office from the national office's PC).

The table is lazy: it holds the pages read so far and asks for the next one (on the
database thread for this PC, on the network pool for central) when the view scrolls near
its end, so a trail of years never loads whole. One click on Show is one reading, and the
reading is itself audited.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import zone_info
from desktop.services import audit
from desktop.services.audit_trail import (
    AuditEntry,
    AuditFilter,
    AuditPage,
    TrailChoices,
    read_central,
    summarize,
)
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text
from desktop.ui.optional_date_edit import OptionalDateEdit
from desktop.ui.widgets import set_busy_cursor
from desktop.ui.window_geometry import remember_geometry

THIS_PC, CENTRAL = "local", "central"
ALL = ""  # "every account / action / office" in the filters
SERVER_DEVICE = "server"  # the device of the server's own rows (sync/server actor)
(COL_WHEN, COL_WHO, COL_WHERE, COL_ACTION, COL_TARGET, COL_DETAIL) = range(6)
COLUMN_COUNT = 6
CASE_NUMBER = re.compile(r"[A-Z]{2,5}-[0-9]{4}-[A-Z]-[0-9]+")
ERROR_STYLE, QUIET_STYLE = "color: #b03a2e; padding: 30px;", "color: #666; padding: 30px;"
_ROOT = QModelIndex()

# Loads the page after `previous` (None: the first page of a reading).
LoadPage = Callable[[AuditPage | None], AuditPage]
Runner = Callable[..., object]  # ctx.tasks.run_db or ctx.tasks.run_net


class AuditTableModel(QAbstractTableModel):
    """The entries of one reading, page by page (Qt's canFetchMore/fetchMore)."""

    pageLoaded = Signal(object)  # the AuditPage that arrived
    pageFailed = Signal(object)  # the exception

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[AuditEntry] = []
        self.last: AuditPage | None = None
        self.loading = False
        self.names: dict[str, str] = {}  # username -> the name people know
        self._load: LoadPage | None = None
        self._run: Runner | None = None
        self._generation = 0

    # -- readings ----------------------------------------------------------------------------
    def start(self, load: LoadPage, run: Runner) -> None:
        """A new reading: forget what was shown and ask for the first page."""
        self.beginResetModel()
        self.entries, self.last = [], None
        self._generation += 1
        self.endResetModel()
        self._load, self._run = load, run
        self._fetch(None)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> bool:  # noqa: N802
        return (not parent.isValid() and not self.loading and self.last is not None
                and self.last.next is not None)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self._fetch(self.last)

    def _fetch(self, previous: AuditPage | None) -> None:
        load, generation = self._load, self._generation
        self.loading = True
        self._run(lambda: load(previous), lambda page: self._arrived(generation, page),
                  lambda exc: self._failed(generation, exc))

    def _arrived(self, generation: int, page: AuditPage) -> None:
        if generation != self._generation:
            return  # a page of a reading already replaced
        self.loading = False
        if page.entries:
            first = len(self.entries)
            self.beginInsertRows(_ROOT, first, first + len(page.entries) - 1)
            self.entries.extend(page.entries)
            self.endInsertRows()
        self.last = page
        self.pageLoaded.emit(page)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.pageFailed.emit(exc)

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < COLUMN_COUNT):
            return [self.tr("When"), self.tr("Who"), self.tr("Device / office"),
                    self.tr("Action"), self.tr("Case or target"), self.tr("Detail")][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {COL_WHEN: entry.at, COL_WHO: entry.user, COL_ACTION: entry.action,
                    COL_TARGET: entry.target, COL_DETAIL: entry.detail}.get(column) or None
        return None

    def text(self, entry: AuditEntry, column: int) -> str:
        if column == COL_WHEN:
            return self.when(entry)
        if column == COL_WHO:
            # This PC knows the names of its office's accounts; another office's "budi" is
            # someone else.
            own = self.ctx.core is not None and entry.office_code == self.ctx.core.office.code
            return (self.names.get(entry.user) if own else None) or entry.user
        if column == COL_WHERE:
            if entry.device == SERVER_DEVICE:
                return self.tr("central server")
            return entry.device_label or entry.office_code
        if column == COL_ACTION:
            return self.action_label(entry.action)
        if column == COL_TARGET:
            return entry.target
        return summarize(entry.detail, label=self.detail_label)

    def detail_label(self, key: str) -> str:
        """The keys the details' counts use, as people read them (others as written)."""
        return {"by": self.tr("found by"), "cases": self.tr("cases"),
                "requests": self.tr("information requests"),
                "attachments": self.tr("attachments"), "rows": self.tr("rows"),
                "filter": self.tr("filter"), "pages": self.tr("pages"),
                "continued": self.tr("continued"), "to": self.tr("to")}.get(key, key)

    def when(self, entry: AuditEntry) -> str:
        """The instant in the office's zone, to the second (the trail's order)."""
        moment = entry.moment
        if moment is None:
            return entry.at
        tz = self.ctx.core.office.tz if self.ctx.core else "WIB"
        local = moment.astimezone(zone_info(tz))
        clock = "%H:%M:%S" if self.ctx.lang == "en" else "%H.%M.%S"
        return local.strftime(f"%d/%m/%Y {clock}")

    # -- the actions' names ------------------------------------------------------------------
    def action_label(self, action: str) -> str:
        return self.action_labels().get(action, action)

    def action_labels(self) -> dict[str, str]:
        """Every action the PCs and the server write, as people name it."""
        return {
            audit.LOGIN: self.tr("Logged in"), audit.LOGIN_FAILED: self.tr("Login failed"),
            audit.LOGOUT: self.tr("Logged out"),
            audit.USER_ADDED: self.tr("Account added"),
            audit.USER_REMOVED: self.tr("Account removed"),
            audit.PASSWORD_RESET: self.tr("Password reset"),
            audit.PASSWORD_CHANGED: self.tr("Password changed"),
            audit.RECEIPT_PRINTED: self.tr("Receipt printed"),
            audit.RECEIPT_EXPORTED: self.tr("Receipt saved as PDF"),
            audit.EXPORTED: self.tr("Attachment saved to a file"),
            audit.BACKUP_MADE: self.tr("Backup made"), audit.RESTORED: self.tr("Restored"),
            audit.INITIALIZED: self.tr("PC set up"),
            "enrolled": self.tr("PC enrolled"),  # desktop/session/enrol_existing.py
            audit.KEYFILE_URL_RESTORED: self.tr("Key file's server address put back"),
            audit.REPORT_EXPORTED: self.tr("Report exported"),
            audit.CASE_LIST_EXPORTED: self.tr("Case list exported"),
            audit.CASE_FILE_EXPORTED: self.tr("Case file saved as PDF"),
            audit.CASE_FILE_PRINTED: self.tr("Case file printed"),
            audit.CASE_VIEWED: self.tr("Case opened"),
            audit.CASE_LIST_READ: self.tr("Case list read (command line)"),
            audit.SUBJECT_ACCESS_SEARCHED: self.tr("Personal data searched"),
            audit.SUBJECT_ACCESS_EXPORTED: self.tr("Personal data exported"),
            "data_restricted": self.tr("Data restricted"),
            "data_restriction_lifted": self.tr("Restriction lifted"),
            "restricted_viewed": self.tr("Restricted case viewed"),
            audit.AUDIT_TRAIL_READ: self.tr("Audit trail read"),
            "letter_printed": self.tr("Letter printed"),
            "letter_exported": self.tr("Letter saved as PDF"),
            "directory_added": self.tr("Partner added"),
            "directory_changed": self.tr("Partner changed"),
            "directory_adopted": self.tr("Partner taken into the directory"),
            "directory_activated": self.tr("Partner activated"),
            "directory_deactivated": self.tr("Partner deactivated"),
            # the central server's own rows
            "enrolment.code_issued": self.tr("Enrolment code issued"),
            "device.enrolled": self.tr("PC enrolled"), "device.rekeyed": self.tr("PC re-keyed"),
            "device.revoked": self.tr("PC revoked"),
            "device.held_listed": self.tr("What a PC held listed"),
            "user.created": self.tr("Central account created"),
            "user.updated": self.tr("Central account changed"),
            "user.password_verified": self.tr("Central password checked"),
            "user.password_rejected": self.tr("Central password refused"),
            "user.device_unlocked": self.tr("First login on a PC"),
            "user.device_unlock_refused": self.tr("First login on a PC refused"),
            "office.created": self.tr("Office created"),
            "office.updated": self.tr("Office changed"),
            "case.created": self.tr("Case created at central"),
            "case.assigned": self.tr("Case assigned to an office"),
            "case.transferred": self.tr("Case transferred"),
            "case.anonymised": self.tr("Case anonymised"),
            "inquiry.anonymised": self.tr("Information request anonymised"),
            "retention.policy_set": self.tr("Retention policy set"),
            "retention.previewed": self.tr("Retention previewed"),
            "retention.run": self.tr("Retention run"),
            "person.searched": self.tr("Personal data searched at central"),
            "person.exported": self.tr("Personal data exported at central"),
            "audit.read": self.tr("Audit trail read at central"),
        }


def load_choices(core) -> tuple[TrailChoices, dict[str, str]]:
    """Runs on the database thread: the filters' choices and the names of the accounts."""
    return core.audit_trail.choices(), core.accounts.names()


class AuditTrailWindow(QWidget):
    openCaseRequested = Signal(str)  # a case number in the trail

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        self.choices: TrailChoices | None = None
        self.client = None  # the central server's client, once asked for
        self._busy = False
        self.model = AuditTableModel(ctx, self)
        self.model.pageLoaded.connect(self._page_loaded)
        self.model.pageFailed.connect(self._failed)
        remember_geometry(self, ctx, "audit_trail", QSize(1180, 640))
        self._build_filters()
        self._build_table()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(self.buttons)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.show_trail)
        self.retranslate()
        self._load_choices()

    # -- building ----------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.source = QComboBox()
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.source.setMinimumContentsLength(14)
        self.source.currentIndexChanged.connect(lambda _i: self._update_office())
        self.office = QComboBox()
        self.office.setMinimumContentsLength(18)
        self.since, self.until = OptionalDateEdit(), OptionalDateEdit()
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.user.setMinimumContentsLength(14)
        self.action = QComboBox()
        self.action.setMinimumContentsLength(22)
        self.target = QLineEdit()
        self.target.setMaxLength(200)
        self.target.returnPressed.connect(self.show_trail)
        self.show_button = QPushButton()
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.show_trail)
        self.target.setMinimumWidth(self.target.fontMetrics().horizontalAdvance(
            "SBY-2026-A-00012") * 3 // 2)
        self.labels: dict[str, QLabel] = {}
        self.filters = QVBoxLayout()
        for pairs in ((("source", self.source), ("office", self.office),
                       ("since", self.since), ("until", self.until)),
                      (("user", self.user), ("action", self.action),
                       ("target", self.target))):
            row = QHBoxLayout()
            for name, widget in pairs:
                label = QLabel()
                label.setBuddy(widget)
                self.labels[name] = label
                row.addWidget(label)
                row.addWidget(widget)
                row.addSpacing(12)
            self.filters.addLayout(row)
        row.addWidget(self.show_button)
        row.addStretch(1)
        self.filters.itemAt(0).layout().addStretch(1)
        self.summary = QLabel()

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((COL_WHEN, 150), (COL_WHO, 140), (COL_WHERE, 150),
                              (COL_ACTION, 250), (COL_TARGET, 150)):
            header.resizeSection(column, width)
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(QUIET_STYLE)
        self.empty.hide()

    def _build_buttons(self) -> None:
        self.open_button = QPushButton()
        self.close_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        self.close_button.clicked.connect(self.close)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.open_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.close_button)
        for button in (self.open_button, self.close_button):
            button.setAutoDefault(False)
        self._update_buttons()

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.intro.setText(self.tr(
            "Who did what and who read whose data: cases opened, files printed and "
            "exported, personal data searched. Choose the filters and press Show; reading the "
            "trail is itself recorded."))
        for name, text in (("source", self.tr("&Source:")), ("office", self.tr("O&ffice:")),
                           ("since", self.tr("F&rom:")), ("until", self.tr("&To:")),
                           ("user", self.tr("&Account:")), ("action", self.tr("A&ction:")),
                           ("target", self.tr("Case &number:"))):
            self.labels[name].setText(text)
        self.user.lineEdit().setPlaceholderText(self.tr("every account"))
        self.target.setPlaceholderText(self.tr("e.g. SBY-2026-A-00012"))
        self.show_button.setText(self.tr("S&how"))
        self.show_button.setToolTip(self.tr("Read the trail with these filters (F5)"))
        self.open_button.setText(self.tr("&Open case"))
        self.close_button.setText(self.tr("C&lose"))
        self.table.setAccessibleName(self.tr("Audit trail"))
        self._fill_sources()
        self._fill_actions()
        self._fill_offices()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self.model.entries:
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                len(self.model.entries) - 1, COLUMN_COUNT - 1))
            self._summarize()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_sources(self) -> None:
        keep = self.source.currentData() or THIS_PC
        blocked = self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("This PC"), THIS_PC)
        if self.choices is not None and self.choices.enrolled:
            self.source.addItem(self.tr("Every office (central server)")
                                if self.choices.national
                                else self.tr("The office's PCs (central server)"), CENTRAL)
        self.source.setCurrentIndex(max(self.source.findData(keep), 0))
        self.source.setEnabled(self.source.count() > 1)
        self.source.blockSignals(blocked)
        self._update_office()

    def _fill_actions(self) -> None:
        keep = self.action.currentData() or ALL
        labels = self.model.action_labels()
        known = set(labels) | set(self.choices.actions if self.choices else ())
        self.action.clear()
        self.action.addItem(self.tr("every action"), ALL)
        for code in sorted(known, key=lambda c: self.model.action_label(c).casefold()):
            self.action.addItem(self.model.action_label(code), code)
        self.action.setCurrentIndex(max(self.action.findData(keep), 0))

    def _fill_offices(self) -> None:
        keep = self.office.currentData() or ALL
        self.office.clear()
        self.office.addItem(self.tr("every office"), ALL)
        core = self.ctx.core
        if core is not None:
            for item in core.reference.items("office"):
                self.office.addItem(f"{item.code} – {item.label(self.ctx.lang)}", item.code)
        self.office.setCurrentIndex(max(self.office.findData(keep), 0))

    def _update_office(self) -> None:
        """One office to read: the national office's PC, reading the central server."""
        national = self.choices is not None and self.choices.national
        self.office.setEnabled(national and self.source.currentData() == CENTRAL)
        self.office.setVisible(national)
        self.labels["office"].setVisible(national)

    # -- reading -----------------------------------------------------------------------------
    def _load_choices(self) -> None:
        core = self.ctx.core
        if core is None:
            return
        self._set_busy(True)
        self.ctx.tasks.run_db(lambda: load_choices(core), self._choices_loaded, self._failed)

    def _choices_loaded(self, got: tuple[TrailChoices, dict[str, str]]) -> None:
        self.choices, self.model.names = got
        self._set_busy(False)
        self._fill_sources()
        self._fill_actions()
        self.user.clear()
        self.user.addItem("")
        self.user.addItems(list(self.choices.users))
        self.show_trail()

    def chosen_filter(self) -> AuditFilter:
        central = self.source.currentData() == CENTRAL
        return AuditFilter(
            since=self.since.value(), until=self.until.value(),
            user=self.user.currentText().strip(), action=self.action.currentData() or "",
            target=self.target.text().strip(),
            office=(self.office.currentData() or "") if central else "")

    def show_trail(self) -> None:
        """One reading with the chosen filters (its first page; the rest as it scrolls)."""
        core = self.ctx.core
        if core is None or self._busy or self.choices is None:
            return
        self._set_busy(True)
        filters = self.chosen_filter()
        if self.source.currentData() != CENTRAL:
            def local(previous: AuditPage | None) -> AuditPage:
                if previous is None:
                    return core.audit_trail.list(filters)
                return core.audit_trail.list(filters, offset=previous.next, upto=previous.upto,
                                             total=previous.total)
            self.model.start(local, self.ctx.tasks.run_db)
            return
        if self.client is not None:
            self._read_central(filters)
            return
        self.ctx.tasks.run_db(core.audit_trail.central_client,
                              lambda client: self._have_client(client, filters), self._failed)

    def _have_client(self, client, filters: AuditFilter) -> None:
        if client is None:  # no longer enrolled since the window opened
            self.choices = TrailChoices(self.choices.users, self.choices.actions, False, False)
            self._set_busy(False)
            self._fill_sources()
            self.show_trail()
            return
        self.client = client
        self._read_central(filters)

    def _read_central(self, filters: AuditFilter) -> None:
        client = self.client

        def central(previous: AuditPage | None) -> AuditPage:
            return read_central(client, filters, "" if previous is None else previous.next)
        self.model.start(central, self.ctx.tasks.run_net)

    def _page_loaded(self, page: AuditPage) -> None:
        self._set_busy(False)
        self.empty.setStyleSheet(QUIET_STYLE)
        self._summarize()
        if self.table.currentIndex().row() < 0 and self.model.entries:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.summary.clear()
        self.table.hide()
        self.empty.setText(error_text(exc, self.ctx.lang))
        self.empty.setStyleSheet(ERROR_STYLE)
        self.empty.show()
        self._update_buttons()

    def _summarize(self) -> None:
        shown, last = len(self.model.entries), self.model.last
        if last is None:
            return
        if last.total is not None:
            text = self.tr("{shown} of {total} entries shown, newest first.").format(
                shown=shown, total=last.total)
        elif last.next is not None:
            text = self.tr("{shown} entries shown, newest first; scroll down for older ones."
                           ).format(shown=shown)
        else:
            text = self.tr("{shown} entries, newest first.").format(shown=shown)
        self.summary.setText(text)
        self.table.setVisible(shown > 0)
        self.empty.setVisible(shown == 0)
        if shown == 0:
            self.empty.setText(self.tr("No entry of the trail matches these filters."))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        set_busy_cursor(self, busy)
        self.show_button.setEnabled(not busy)

    # -- opening a case ----------------------------------------------------------------------
    def current_entry(self) -> AuditEntry | None:
        row = self.table.currentIndex().row()
        return self.model.entries[row] if 0 <= row < len(self.model.entries) else None

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.open_button.setEnabled(entry is not None and bool(CASE_NUMBER.fullmatch(
            entry.target)))

    def open_current(self) -> None:
        entry = self.current_entry()
        if entry is not None and CASE_NUMBER.fullmatch(entry.target):
            self.openCaseRequested.emit(entry.target)

    def text(self) -> str:
        """What the table shows, one line per row (tab-separated cells)."""
        return "\n".join("\t".join(self.model.text(e, c) for c in range(COLUMN_COUNT))
                         for e in self.model.entries)
