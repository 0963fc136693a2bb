"""Rujukan menunggu jawaban: every referral still waiting for its reply, overdue ones first,
so the office chases the partners that keep workers waiting. Enter opens the case.

One background read brings the list with each case's seq, worker and officer; the filters
(one addressee, only overdue) work on what was read, at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_date_short
from desktop.services.referrals import PendingReferral
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text
from desktop.ui.widgets import set_busy_cursor
from desktop.ui.window_geometry import remember_geometry

OVERDUE_COLOUR, QUIET_COLOUR = "#c0392b", "#777777"
ALL = ""  # the addressee filter's "every addressee"


@dataclass(frozen=True)
class PendingRow:
    referral: PendingReferral
    seq: int
    worker: str
    officer: str

    @property
    def addressee_key(self) -> str:
        # A one-off addressee has no directory entry: it is known by its name.
        return self.referral.stakeholder_id or "name:" + self.referral.addressee

    @property
    def overdue(self) -> bool:
        return self.referral.days_overdue > 0


def load_pending(core) -> list[PendingRow]:
    """Runs on the database thread: core.referrals.pending() (overdue first), each with
    its case's seq (to open it), worker and officer (by the name people know)."""
    names = core.accounts.names()
    return [PendingRow(p, p.seq, p.worker_name, names.get(p.officer) or p.officer)
            for p in core.referrals.pending()]


class PendingReferralsWindow(QWidget):
    openCase = Signal(int)  # the case's seq

    COLUMNS = 7

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Its own window, beside the case list and the cases it opens.
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        self.rows: list[PendingRow] = []
        self.loaded_once = False
        self._busy = False
        self._was_active = False
        remember_geometry(self, ctx, "referrals", QSize(1040, 560))
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
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.reload)
        self.retranslate()
        self.reload()

    # -- building ----------------------------------------------------------------------------
    def _build_filters(self) -> None:
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.addressee = QComboBox()
        self.addressee.setMinimumContentsLength(30)
        self.addressee.currentIndexChanged.connect(lambda _i: self._fill())
        self.addressee_label = QLabel()
        self.addressee_label.setBuddy(self.addressee)
        self.overdue_only = QCheckBox()
        self.overdue_only.toggled.connect(lambda _on: self._fill())
        self.filters = QHBoxLayout()
        self.filters.addWidget(self.addressee_label)
        self.filters.addWidget(self.addressee, 1)
        self.filters.addSpacing(16)
        self.filters.addWidget(self.overdue_only)
        self.filters.addStretch(1)
        self.summary = QLabel()

    def _build_table(self) -> None:
        self.table = QTreeWidget()
        self.table.setColumnCount(self.COLUMNS)
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in range(self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Enter or a double click opens the case.
        self.table.itemActivated.connect(lambda _item, _col: self.open_current())
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #666; padding: 30px;")
        self.empty.hide()

    def _build_buttons(self) -> None:
        self.open_button = QPushButton()
        self.refresh_button = QPushButton()
        self.close_button = QPushButton()
        self.open_button.clicked.connect(self.open_current)
        self.refresh_button.clicked.connect(self.reload)
        self.close_button.clicked.connect(self.close)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.open_button)
        self.buttons.addWidget(self.refresh_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.close_button)
        for button in (self.open_button, self.refresh_button, self.close_button):
            button.setAutoDefault(False)

    # -- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Referrals waiting for a reply"))
        self.intro.setText(self.tr(
            "Every referral still waiting for its reply, the longest overdue first. Press "
            "Enter to open the case and record the reply, or to chase the partner."))
        self.addressee_label.setText(self.tr("&Addressee:"))
        self.overdue_only.setText(self.tr("Only o&verdue"))
        self.table.setHeaderLabels([
            self.tr("Case"), self.tr("TKI"), self.tr("Officer"), self.tr("Addressee"),
            self.tr("Sent"), self.tr("Reply due"), self.tr("Days overdue")])
        self.table.setAccessibleName(self.tr("Referrals waiting for a reply"))
        self.open_button.setText(self.tr("&Open case"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the list again (F5)"))
        self.close_button.setText(self.tr("&Close"))
        if self.loaded_once:
            self._fill_addressees()
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange:
            # Back from a case where a reply was recorded: show the list as it is now.
            active = self.isActiveWindow()
            if active and not self._was_active and self.loaded_once:
                self.reload()
            self._was_active = active
        super().changeEvent(event)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        core = self.ctx.core
        if core is None or self._busy:
            return
        self._busy = True
        set_busy_cursor(self, True)
        self.refresh_button.setEnabled(False)
        self.ctx.tasks.run_db(lambda: load_pending(core), self._loaded, self._failed)

    def _loaded(self, rows: list[PendingRow]) -> None:
        self._done_loading()
        self.rows = rows
        self.loaded_once = True
        self.empty.setStyleSheet("color: #666; padding: 30px;")
        self._fill_addressees()
        self._fill()

    def _failed(self, exc: BaseException) -> None:
        self._done_loading()
        self.table.hide()
        self.summary.clear()
        self.empty.setText(error_text(exc, self.ctx.lang))
        self.empty.setStyleSheet(f"color: {OVERDUE_COLOUR}; padding: 30px;")
        self.empty.show()

    def _done_loading(self) -> None:
        self._busy = False
        set_busy_cursor(self, False)
        self.refresh_button.setEnabled(True)

    def _fill_addressees(self) -> None:
        """The addressees on the list, each with how many replies it owes; the choice kept."""
        keep = self.addressee.currentData() or ALL
        names: dict[str, str] = {}
        counts: dict[str, int] = {}
        for row in self.rows:
            names.setdefault(row.addressee_key, row.referral.addressee)
            counts[row.addressee_key] = counts.get(row.addressee_key, 0) + 1
        blocked = self.addressee.blockSignals(True)
        self.addressee.clear()
        self.addressee.addItem(self.tr("All addressees"), ALL)
        for key in sorted(names, key=lambda k: names[k].casefold()):
            self.addressee.addItem(f"{names[key]} ({counts[key]})", key)
        self.addressee.setCurrentIndex(max(self.addressee.findData(keep), 0))
        self.addressee.blockSignals(blocked)

    def visible_rows(self) -> list[PendingRow]:
        key = self.addressee.currentData() or ALL
        return [row for row in self.rows
                if (key == ALL or row.addressee_key == key)
                and (row.overdue or not self.overdue_only.isChecked())]

    def _fill(self) -> None:
        keep = self.current_row()
        shown = self.visible_rows()
        self.table.clear()
        for row in shown:
            self.table.addTopLevelItem(self._item(row))
        overdue = sum(1 for row in shown if row.overdue)
        self.summary.setText(self.tr("{count} waiting for a reply, {overdue} of them overdue.")
                             .format(count=len(shown), overdue=overdue))
        self.table.setVisible(bool(shown))
        self.empty.setVisible(not shown)
        self.empty.setText(self.tr("No referral is waiting for a reply.") if not self.rows
                           else self.tr("No referral matches the filter."))
        if shown:
            ids = [row.referral.id for row in shown]
            at = ids.index(keep.referral.id) if keep and keep.referral.id in ids else 0
            self.table.setCurrentItem(self.table.topLevelItem(at))
        self._update_buttons()

    def _item(self, row: PendingRow) -> QTreeWidgetItem:
        p = row.referral
        item = QTreeWidgetItem([
            p.case_number, row.worker, row.officer or self.tr("unassigned"), p.addressee,
            _short(p.sent_on), _short(p.reply_due),
            str(p.days_overdue) if row.overdue else ""])
        item.setData(0, Qt.ItemDataRole.UserRole, p.id)
        item.setTextAlignment(6, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not row.officer:
            item.setForeground(2, QColor(QUIET_COLOUR))
        if not p.basis_recorded:  # its letter waits for the basis (UU PDP)
            item.setForeground(3, QColor(OVERDUE_COLOUR))
            item.setToolTip(3, self.tr("{addressee}: the basis for sharing the data has not "
                                       "been recorded.").format(addressee=p.addressee))
        if row.overdue:
            for column in (5, 6):
                item.setForeground(column, QColor(OVERDUE_COLOUR))
            font = item.font(6)
            font.setBold(True)
            item.setFont(6, font)
            item.setToolTip(6, self.tr("The reply is {days} days late.").format(
                days=p.days_overdue))
        return item

    # -- opening -----------------------------------------------------------------------------
    def current_row(self) -> PendingRow | None:
        item = self.table.currentItem()
        if item is None:
            return None
        rid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((row for row in self.rows if row.referral.id == rid), None)

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current_row() is not None)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.openCase.emit(row.seq)

    def text(self) -> str:
        """What the table shows, one line per row (tab-separated cells)."""
        lines = []
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            lines.append("\t".join(item.text(c) for c in range(self.COLUMNS)))
        return "\n".join(lines)


def _short(iso: str) -> str:
    return format_date_short(date.fromisoformat(iso)) if iso else ""
