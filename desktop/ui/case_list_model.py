"""The case list as a table model that stays light at 100,000 cases.

The model holds only the ordered case seqs. Row contents are fetched on the database
thread in pages when the view first asks for them, and only a bounded number of pages
is kept (least recently used goes first): scrolling through everything never loads
everything.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from desktop.domain import status as st
from desktop.domain.models import CaseRow
from desktop.domain.reference import Reference
from desktop.formatting import format_date, zone_info
from desktop.ui.context import UiContext

log = logging.getLogger(__name__)

(COL_NUMBER, COL_RECEIVED, COL_STATUS, COL_CATEGORY, COL_WORKER, COL_COMPLAINANT,
 COL_DESTINATION, COL_NEXT_CONTACT) = range(8)
COLUMN_COUNT = 8
SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 100
MAX_PAGES = 40  # 4,000 rows in memory at most
PLACEHOLDER = "…"
OVERDUE_COLOR = QColor("#b03a2e")

_ROOT = QModelIndex()
FetchRows = Callable[[Sequence[int]], list[CaseRow]]
CONFLICT_MARK = "⚠"  # before the case number: values to decide (the tooltip says why)
CONFLICT_COLOR = QColor("#8a5a00")
_FETCHING_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                   Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole, CASE_NUMBER_ROLE}


class CaseListModel(QAbstractTableModel):
    """Rows are case seqs; `fetch_rows(seqs)` (default: core.cases.rows) runs via run_db."""

    pageLoaded = Signal(int)  # page number, after its rows arrived

    def __init__(self, ctx: UiContext, fetch_rows: FetchRows | None = None,
                 parent: QObject | None = None, page_size: int = PAGE_SIZE,
                 max_pages: int = MAX_PAGES) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._fetch_rows = fetch_rows
        self.page_size = page_size
        self.max_pages = max_pages
        self._seqs: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, dict[int, CaseRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._failed: set[int] = set()
        self._generation = 0
        self._reference = ctx.core.reference if ctx.core else Reference.from_seed()
        self._tz = ctx.core.office.tz if ctx.core else "WIB"
        self._today = self._compute_today()
        self.fetch_count = 0  # pages requested so far (diagnostics and tests)

    # -- contents ----------------------------------------------------------------------------
    def set_seqs(self, seqs: Sequence[int]) -> None:
        self.beginResetModel()
        self._seqs = list(seqs)
        self._row_of = None
        self._pages.clear()
        self._pending.clear()
        self._failed.clear()
        self._generation += 1  # pages still on their way belong to the old list
        self._today = self._compute_today()
        self.endResetModel()

    def seqs(self) -> list[int]:
        return list(self._seqs)

    def seq_at(self, row: int) -> int | None:
        return self._seqs[row] if 0 <= row < len(self._seqs) else None

    def row_of(self, seq: int) -> int | None:
        if self._row_of is None:
            self._row_of = {s: i for i, s in enumerate(self._seqs)}
        return self._row_of.get(seq)

    def case_row(self, row: int) -> CaseRow | None:
        """The loaded row, or None (without fetching)."""
        page = self._pages.get(row // self.page_size)
        seq = self.seq_at(row)
        return page.get(seq) if page is not None and seq is not None else None

    def refresh_seq(self, seq: int) -> None:
        """Reload one case (after it was edited in its window)."""
        row = self.row_of(seq)
        if row is None:
            return
        generation = self._generation
        self._run(lambda fetch: fetch([seq]), lambda rows: self._refreshed(generation, seq, rows))

    def set_language(self) -> None:
        """Labels follow ctx.lang; tell the views to repaint them."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._seqs:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._seqs) - 1, COLUMN_COUNT - 1))

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._seqs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[section]
        return None

    def _titles(self) -> list[str]:
        return [
            self.tr("Case number"), self.tr("Received"), self.tr("Status"), self.tr("Category"),
            self.tr("Worker"), self.tr("Complainant"), self.tr("Destination"),
            self.tr("Next contact"),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._seqs):
            return None
        row, col = index.row(), index.column()
        if role == SEQ_ROLE:
            return self._seqs[row]
        if role not in _FETCHING_ROLES:
            return None
        case = self._load(row)
        if role == Qt.ItemDataRole.DisplayRole:
            if case is None:
                return PLACEHOLDER if col == COL_NUMBER else ""
            return self._text(case, col)
        if case is None:
            return None
        if role == CASE_NUMBER_ROLE:
            return case.case_number
        overdue = col == COL_NEXT_CONTACT and self.is_overdue(case)
        conflicted = col == COL_NUMBER and case.open_conflicts > 0
        if role == Qt.ItemDataRole.ForegroundRole:
            if conflicted:
                return CONFLICT_COLOR
            return OVERDUE_COLOR if overdue else None
        if role == Qt.ItemDataRole.FontRole:
            if not overdue:
                return None
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if conflicted:
                return self.tr("{number}: {n} conflicting change(s) to decide — the same detail "
                               "was changed in two places at once. Open the case to choose."
                               ).format(number=case.case_number, n=case.open_conflicts)
            if overdue:
                return self.tr("Follow-up overdue: the complainant was to be contacted by {date}.").format(
                    date=self._text(case, COL_NEXT_CONTACT))
            text = self._text(case, col)
            return text or None
        return None

    # -- formatting -----------------------------------------------------------------------
    def _text(self, case: CaseRow, col: int) -> str:
        lang, ref = self.ctx.lang, self._reference
        if col == COL_NUMBER:
            if case.open_conflicts:
                return f"{CONFLICT_MARK} {case.case_number}"
            return case.case_number
        if col == COL_RECEIVED:
            return self._received_date(case.received_at)
        if col == COL_STATUS:
            return ref.label("status", case.status, lang)
        if col == COL_CATEGORY:
            return ref.label("category", case.category, lang) if case.category else ""
        if col == COL_WORKER:
            return case.worker_name
        if col == COL_COMPLAINANT:
            return case.complainant_name
        if col == COL_DESTINATION:
            code = case.destination_country
            return ref.label("country", code, lang) if code else ""
        if col == COL_NEXT_CONTACT:
            if case.status in st.CLOSED:  # nobody will call again: a date would mislead
                return ""
            due = _parse_date(case.next_contact_due)
            return format_date(due, lang) if due else ""
        return ""

    def _received_date(self, value: str) -> str:
        try:
            moment = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            return ""
        if moment.tzinfo is None:
            return ""
        return format_date(moment.astimezone(zone_info(self._tz)).date(), self.ctx.lang)

    def is_overdue(self, case: CaseRow) -> bool:
        due = _parse_date(case.next_contact_due)
        return due is not None and due < self._today and case.status not in st.CLOSED

    def _compute_today(self) -> date:
        core = self.ctx.core
        now = core.now() if core is not None else datetime.now().astimezone()
        return now.astimezone(zone_info(self._tz)).date()

    # -- lazy loading -----------------------------------------------------------------------
    def _load(self, row: int) -> CaseRow | None:
        number = row // self.page_size
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page.get(self._seqs[row])
        if number not in self._pending and number not in self._failed:
            self._request(number)
        return None

    def _request(self, number: int) -> None:
        start = number * self.page_size
        page_seqs = self._seqs[start:start + self.page_size]
        generation = self._generation
        self._pending.add(number)
        self.fetch_count += 1
        self._run(lambda fetch: fetch(page_seqs),
                  lambda rows: self._page_arrived(generation, number, rows),
                  lambda exc: self._page_failed(generation, number, exc))

    def _run(self, work: Callable[[FetchRows], list[CaseRow]], on_done,
             on_error=None) -> None:
        fetch = self._fetch_rows
        if fetch is None:
            core = self.ctx.core
            if core is None:  # logged out: nothing to show any more
                return
            fetch = core.cases.rows
        self.ctx.tasks.run_db(lambda: work(fetch), on_done,
                              on_error or (lambda exc: log.warning("case rows: %s", exc)))

    def _page_arrived(self, generation: int, number: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(number)
        self._pages[number] = {r.seq: r for r in rows}
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        first = number * self.page_size
        last = min(first + self.page_size, len(self._seqs)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))
        self.pageLoaded.emit(number)

    def _page_failed(self, generation: int, number: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        # Not retried until the list is reloaded: a failing page must not spin the view.
        log.warning("case list page %d could not be loaded: %s", number, exc)
        self._pending.discard(number)
        self._failed.add(number)

    def _refreshed(self, generation: int, seq: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        row = self.row_of(seq)
        if row is None:
            return
        page = self._pages.get(row // self.page_size)
        if page is None:
            return  # not loaded: it will be fetched fresh when it is shown
        if rows:
            page[seq] = rows[0]
        else:
            page.pop(seq, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))


def _parse_date(value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
