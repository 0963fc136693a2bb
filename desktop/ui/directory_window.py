"""The stakeholder directory: find a partner, see its details and whether it is flagged, add
and edit this office's local partners; at central, edit any entry and adopt an office's.

A window of its own (opened from the main window's menu), so it can stay open beside a case.
The list is searched on the database thread as one types, like the case list.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.directory import DirectoryEntry
from desktop.domain.roles import Perm, can
from desktop.formatting import format_phone
from desktop.messages import HaloError
from desktop.ui.context import UiContext
from desktop.ui.directory_entry_dialog import DirectoryEntryDialog
from desktop.ui.directory_picker import DEBOUNCE_MS, FLAG_COLOR, flag_text
from desktop.ui.errors import error_text, show_error
from desktop.ui.widgets import error_label, set_busy_cursor
from desktop.ui.window_geometry import remember_geometry

LIST_LIMIT = 5000
COL_NAME, COL_KIND, COL_PLACE, COL_KEPT, COL_FLAG = range(5)
EVERYONE, CENTRAL, OFFICES = "", "central", "offices"
MUTED_COLOR = "#8a8a8a"


class DirectoryWindow(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        self.core = ctx.require_core()
        self.national = bool(self.core.reference.extra("office", self.core.office.code)
                             .get("national"))
        self.may_edit = can(self.core.session.role, Perm.DIRECTORY_EDIT)
        self.entries: list[DirectoryEntry] = []
        self.dialog: DirectoryEntryDialog | None = None
        self._generation = 0
        self._busy = False
        self._select_id = ""
        remember_geometry(self, ctx, "directory", QSize(1240, 660))
        self._build_filters()
        self._build_table()
        self._build_details()
        self._build_buttons()
        self._build_layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.reload)
        if ctx.sync is not None:  # central's edits and other offices' partners arrive by sync
            ctx.sync.changesReceived.connect(self.reload)
        self.retranslate()
        self._update_buttons()
        self.reload()
        self.search.setFocus()

    # -- building --------------------------------------------------------------------------
    def _build_filters(self) -> None:
        ref, lang = self.core.reference, self.ctx.lang
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search.installEventFilter(self)
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.kind = QComboBox()
        self.kind.addItem("", "")
        for item in ref.items("stakeholder_kind"):
            self.kind.addItem(item.label(lang), item.code)
        self.kind.currentIndexChanged.connect(self.reload)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.kept = QComboBox()
        for code in (EVERYONE, CENTRAL, OFFICES):
            self.kept.addItem("", code)
        self.kept.currentIndexChanged.connect(self.reload)
        self.kept_label = QLabel()
        self.kept_label.setBuddy(self.kept)
        self.inactive = QCheckBox()
        self.inactive.toggled.connect(self.reload)

    def _build_table(self) -> None:
        table = QTableWidget(0, 5)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for col, width in ((COL_KIND, 210), (COL_PLACE, 120), (COL_KEPT, 105), (COL_FLAG, 190)):
            table.setColumnWidth(col, width)
        table.itemSelectionChanged.connect(self._selection_changed)
        table.itemActivated.connect(lambda _item: self.edit_entry())
        self.table = table
        self.count_label = QLabel()

    def _build_details(self) -> None:
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumWidth(300)
        self.details.setContentsMargins(10, 6, 10, 6)

    def _build_buttons(self) -> None:
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.active_button = QPushButton()
        self.adopt_button = QPushButton()
        self.close_button = QPushButton()
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.active_button.clicked.connect(self.toggle_active)
        self.adopt_button.clicked.connect(self.adopt_entry)
        self.close_button.clicked.connect(self.close)
        for button in (self.add_button, self.edit_button, self.active_button,
                       self.adopt_button, self.close_button):
            button.setAutoDefault(False)
        self.adopt_button.setVisible(self.national)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_entry)
        QShortcut(QKeySequence("F2"), self, self.edit_entry)
        QShortcut(QKeySequence("Ctrl+F"), self, self._focus_search)
        QShortcut(QKeySequence("Esc"), self, self.close)
        self.error = error_label()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 1)
        filters.addSpacing(8)
        filters.addWidget(self.kind_label)
        filters.addWidget(self.kind)
        filters.addSpacing(8)
        filters.addWidget(self.kept_label)
        filters.addWidget(self.kept)
        filters.addSpacing(8)
        filters.addWidget(self.inactive)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 320])
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.active_button,
                       self.adopt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Stakeholder directory"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name or licence number"))
        self.kind_label.setText(self.tr("&Kind:"))
        self.kind.setItemText(0, self.tr("All kinds"))
        ref, lang = self.core.reference, self.ctx.lang
        for i in range(1, self.kind.count()):
            self.kind.setItemText(i, ref.label("stakeholder_kind", self.kind.itemData(i), lang))
        self.kept_label.setText(self.tr("Ke&pt by:"))
        for i, text in enumerate((self.tr("Everyone"), self.tr("Central"),
                                  self.tr("Offices (local partners)"))):
            self.kept.setItemText(i, text)
        self.inactive.setText(self.tr("Show s&witched-off entries"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"),
                                              self.tr("Country"), self.tr("Kept by"),
                                              self.tr("Summons")])
        self.add_button.setText(self.tr("&New entry…"))
        self.add_button.setToolTip(self.tr("New entry (Ctrl+N)"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Edit the selected entry (F2 or Enter)"))
        self.adopt_button.setText(self.tr("A&dopt as central entry"))
        self.close_button.setText(self.tr("&Close"))
        self._show_rows()
        self._selection_changed()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- listing -----------------------------------------------------------------------------
    def reload(self) -> None:
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        directory = self.core.directory
        text = self.search.text()
        kind = self.kind.currentData() or ""
        inactive = self.inactive.isChecked()
        self.ctx.tasks.run_db(
            lambda: directory.search(text, (kind,) if kind else (), limit=LIST_LIMIT,
                                     include_inactive=inactive),
            lambda found: self._loaded(generation, found),
            lambda exc: self._load_failed(generation, exc))

    def _loaded(self, generation: int, found: list[DirectoryEntry]) -> None:
        if generation != self._generation:
            return  # the filters changed since: a newer answer is on its way
        current = self._select_id or self.selected_id()
        self._select_id = ""
        kept = self.kept.currentData() or ""
        self.entries = [e for e in found if kept == EVERYONE
                        or (kept == CENTRAL) == e.central]
        self._show_rows()
        row = next((i for i, e in enumerate(self.entries) if e.id == current), 0)
        if self.entries:
            self.table.selectRow(row)
        self._selection_changed()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self._say(error_text(exc, self.ctx.lang))

    def _show_rows(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for col, text in enumerate(self._cells(entry)):
                item = QTableWidgetItem(text)
                if not entry.active:
                    item.setForeground(Qt.GlobalColor.gray)
                if col == COL_FLAG and entry.flagged:
                    item.setForeground(FLAG_COLOR)
                self.table.setItem(row, col, item)
        self.count_label.setText(self.tr("{n} entries").format(n=len(self.entries)))

    def _cells(self, entry: DirectoryEntry) -> list[str]:
        ref, lang = self.core.reference, self.ctx.lang
        name = entry.name + (self.tr(" (demo)") if entry.demo else "")
        if not entry.active:
            name += self.tr(" (switched off)")
        return [name, ref.label("stakeholder_kind", entry.kind, lang),
                ref.label("country", entry.country, lang) if entry.country else "",
                self._kept_by(entry), flag_text(entry)]

    def _kept_by(self, entry: DirectoryEntry) -> str:
        return self.tr("Central") if entry.central else entry.office_code

    def selected(self) -> DirectoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows and rows[0].row() < len(self.entries) \
            else None

    def selected_id(self) -> str:
        entry = self.selected()
        return entry.id if entry else ""

    def _selection_changed(self) -> None:
        self.details.setText(self._details_html(self.selected()))
        self._update_buttons()

    def _details_html(self, entry: DirectoryEntry | None) -> str:
        if entry is None:
            none = self.tr("No entry selected.")
            return f"<p style='color:{MUTED_COLOR}'>{escape(none)}</p>"
        ref, lang = self.core.reference, self.ctx.lang
        unknown = self.tr("not known")
        rows = [(self.tr("Kind"), ref.label("stakeholder_kind", entry.kind, lang))]
        if entry.country:
            rows.append((self.tr("Country"), ref.label("country", entry.country, lang)))
        if entry.kind == "pptkis":
            rows.append((self.tr("Licence number"), entry.licence_no or unknown))
            rows.append((self.tr("Licence status"),
                         ref.label("licence_status", entry.licence_status, lang)
                         if entry.licence_status else unknown))
        rows += [(self.tr("Address"), entry.address or unknown),
                 (self.tr("Phone"), format_phone(entry.phone) if entry.phone else unknown),
                 (self.tr("Email"), entry.email or unknown),
                 (self.tr("Kept by"), self.tr("Central") if entry.central else self.tr(
                     "{office} (local partner)").format(office=entry.office_code))]
        html = [f"<h3>{escape(entry.name)}</h3>"]
        if entry.flagged:
            why = self.tr("Flagged: {n} summons not attended.").format(n=entry.missed_summons)
            html.append(f"<p style='color:{FLAG_COLOR.name()}'><b>⚠ {escape(why)}</b></p>")
        notes = []
        if entry.demo:
            notes.append(self.tr("Demo entry: not a real partner."))
        if not entry.active:
            notes.append(self.tr("Switched off: no longer offered in the forms."))
        if entry.missed_summons and not entry.flagged:
            notes.append(self.tr("{n} summons not attended.").format(n=entry.missed_summons))
        html += [f"<p style='color:{MUTED_COLOR}'>{escape(n)}</p>" for n in notes]
        html.append("<table cellspacing='0' cellpadding='3'>")
        for label, value in rows:
            text = escape(value).replace("\n", "<br/>")
            html.append(f"<tr><td style='color:{MUTED_COLOR}; padding-right:10px' "
                        f"valign='top'>{escape(label)}</td><td>{text}</td></tr>")
        html.append("</table>")
        return "".join(html)

    # -- actions -----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        entry = self.selected()
        free = not self._busy
        self.add_button.setEnabled(self.may_edit and free)
        editable = self.may_edit and free and entry is not None and entry.editable
        self.edit_button.setEnabled(editable)
        self.active_button.setEnabled(editable)
        switch_on = entry is not None and not entry.active
        self.active_button.setText(self.tr("Switch &on") if switch_on else self.tr("Switch o&ff"))
        self.adopt_button.setEnabled(self.national and self.may_edit and free
                                     and entry is not None and not entry.central)
        if entry is not None and not entry.editable and self.may_edit:
            tip = self.tr("Kept by {owner}: only they can change it.").format(
                owner=self._kept_by(entry))
        else:
            tip = ""
        self.edit_button.setToolTip(tip or self.tr("Edit the selected entry (F2 or Enter)"))

    def add_entry(self) -> None:
        if self.add_button.isEnabled():
            self._open_dialog(None)

    def edit_entry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if self.edit_button.isEnabled():
            self._open_dialog(entry)
        elif self.may_edit and not entry.editable:
            self._say(self.edit_button.toolTip())  # Enter on another's entry: say why not

    def _open_dialog(self, entry: DirectoryEntry | None) -> None:
        self.error.hide()
        dialog = DirectoryEntryDialog(self.ctx, entry, self.national, self)
        dialog.saved.connect(lambda result: self._saved(entry, result))
        self.dialog = dialog
        dialog.open()

    def _saved(self, entry: DirectoryEntry | None, result) -> None:
        self._select_id = result if entry is None else entry.id
        self.reload()

    def toggle_active(self) -> None:
        entry = self.selected()
        if entry is None or not self.active_button.isEnabled():
            return
        if entry.active:
            answer = QMessageBox.question(
                self, self.tr("Switch off entry"),
                self.tr("Switch off {name}?\n\nIt is no longer offered in referral and summons "
                        "forms; the cases that name it keep it.").format(name=entry.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
            self.inactive.setChecked(True)  # so the entry stays in view, greyed
        directory, entry_id, active = self.core.directory, entry.id, not entry.active
        self._run(lambda: directory.set_active(entry_id, active), entry_id)

    def adopt_entry(self) -> None:
        entry = self.selected()
        if entry is None or not self.adopt_button.isEnabled():
            return
        answer = QMessageBox.question(
            self, self.tr("Adopt entry"),
            self.tr("Make {name} a central entry?\n\nIt is then kept by central; {office} can "
                    "no longer change it.").format(name=entry.name, office=entry.office_code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        directory, entry_id = self.core.directory, entry.id
        self._run(lambda: directory.adopt(entry_id), entry_id)

    def _run(self, fn, entry_id: str) -> None:
        self.error.hide()
        self._set_busy(True)

        def done(_result) -> None:
            self._set_busy(False)
            self._select_id = entry_id
            self.reload()

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if isinstance(exc, HaloError):
                self._say(error_text(exc, self.ctx.lang))
            else:
                show_error(self, exc, self.ctx.lang)

        self.ctx.tasks.run_db(fn, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        set_busy_cursor(self, busy)
        self._update_buttons()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- keys --------------------------------------------------------------------------------
    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        # Down from the search field goes to the list: type, then arrow to the entry.
        if (obj is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.entries):
            self.table.setFocus()
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)
            return True
        return super().eventFilter(obj, event)
