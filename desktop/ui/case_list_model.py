"""The case list as a table model that stays light at 100,000 cases.

The model holds only the ordered case seqs. Row contents are fetched on the database
thread in pages when the view first asks for them, and only a bounded number of pages
is kept (least recently used goes first): scrolling through everything never loads
everything.

Each row also says who handles the case (or that nobody does yet), where its deadline
clock stands today, whether it is urgent (a red mark and bold text) and whether a closure
proposal waits for a supervisor.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPen, QPixmap

from desktop.domain import status as st
from desktop.domain.deadlines import NEAR_DAYS, is_working_day
from desktop.domain.models import CaseRow
from desktop.domain.reference import Reference
from desktop.formatting import format_date, zone_info
from desktop.ui.context import UiContext

log = logging.getLogger(__name__)

(COL_NUMBER, COL_RECEIVED, COL_STATUS, COL_DEADLINE, COL_CATEGORY, COL_WORKER, COL_COMPLAINANT,
 COL_DESTINATION, COL_OFFICER, COL_NEXT_CONTACT) = range(10)
COLUMN_COUNT = 10
# The service's sort key for each column (desktop/services/cases.py SORT_KEYS).
SORT_KEY_OF_COLUMN = {
    COL_NUMBER: "number", COL_RECEIVED: "received", COL_STATUS: "status",
    COL_DEADLINE: "deadline", COL_CATEGORY: "category", COL_WORKER: "worker",
    COL_COMPLAINANT: "complainant", COL_DESTINATION: "destination", COL_OFFICER: "officer",
    COL_NEXT_CONTACT: "next_contact",
}
SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 100
MAX_PAGES = 40  # 4,000 rows in memory at most
PLACEHOLDER = "…"
OVERDUE_COLOR = QColor("#b03a2e")
URGENT_COLOR = QColor("#b03a2e")
NEAR_COLOR = QColor("#9a5b00")  # a deadline within NEAR_DAYS working days
DIM_COLOR = QColor("#7a7a7a")  # "nobody yet", a paused clock
PROPOSAL_COLOR = QColor("#1f5f99")

_ROOT = QModelIndex()
FetchRows = Callable[[Sequence[int]], list[CaseRow]]
CONFLICT_MARK = "⚠"  # before the case number: values to decide (the tooltip says why)
CONFLICT_COLOR = QColor("#8a5a00")
_FETCHING_ROLES = {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                   Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                   Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.AccessibleDescriptionRole,
                   CASE_NUMBER_ROLE}


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
        self._officer_names: dict[str, str] = {}
        self._icons: dict[str, QIcon] = {}
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
            self.tr("Case number"), self.tr("Received"), self.tr("Status"), self.tr("Deadline"),
            self.tr("Category"), self.tr("Worker"), self.tr("Complainant"),
            self.tr("Destination"), self.tr("Officer"), self.tr("Next contact"),
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
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(case, col)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(case, col)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._decoration(case, col)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.urgent_text(case) if self.is_urgent(case) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(case, col)
        return None

    def _foreground(self, case: CaseRow, col: int) -> QColor | None:
        if col == COL_NUMBER:
            if case.open_conflicts:
                return CONFLICT_COLOR
            return URGENT_COLOR if self.is_urgent(case) else None
        if col == COL_STATUS and self.awaits_approval(case):
            return PROPOSAL_COLOR
        if col == COL_DEADLINE:
            return {PAST: OVERDUE_COLOR, NEAR: NEAR_COLOR, PAUSED: DIM_COLOR}.get(
                self.deadline(case).state)
        if col == COL_OFFICER and not case.officer:
            return DIM_COLOR
        if col == COL_NEXT_CONTACT and self.is_overdue(case):
            return OVERDUE_COLOR
        return None

    def _font(self, case: CaseRow, col: int) -> QFont | None:
        late = ((col == COL_NEXT_CONTACT and self.is_overdue(case))
                or (col == COL_DEADLINE and self.deadline(case).state == PAST))
        # Urgent: its number and why (the category) stand out; a whole bold line would
        # cut the dates short.
        urgent = col in (COL_NUMBER, COL_CATEGORY) and self.is_urgent(case)
        if not (urgent or late):
            return None
        font = QFont()
        font.setBold(True)
        return font

    def _decoration(self, case: CaseRow, col: int) -> QIcon | None:
        if col == COL_NUMBER and self.is_urgent(case):
            return self._icon("urgent")
        if col == COL_STATUS and self.awaits_approval(case):
            return self._icon("proposal")
        return None

    def _tooltip(self, case: CaseRow, col: int) -> str | None:
        if col == COL_NUMBER:
            lines = []
            if self.is_urgent(case):
                lines.append(self.urgent_text(case))
            if case.open_conflicts:
                lines.append(self.tr(
                    "{number}: {n} conflicting change(s) to decide — the same detail was "
                    "changed in two places at once. Open the case to choose."
                ).format(number=case.case_number, n=case.open_conflicts))
            return "\n".join(lines) or case.case_number
        if col == COL_STATUS and self.awaits_approval(case):
            return self.tr("Awaiting approval: closing as “{proposed}” was proposed; a "
                           "supervisor approves or returns it.").format(
                proposed=self._reference.label("status", case.proposed_status, self.ctx.lang))
        if col == COL_DEADLINE:
            return self._deadline_tooltip(case)
        if col == COL_OFFICER:
            if not case.officer:
                return (self.tr("No handling officer yet: a supervisor assigns one.")
                        if self._is_open(case) else None)
            return f"{self.officer_name(case.officer)} ({case.officer})"
        if col == COL_NEXT_CONTACT and self.is_overdue(case):
            return self.tr("Follow-up overdue: the complainant was to be contacted by {date}.").format(
                date=self._text(case, COL_NEXT_CONTACT))
        return self._text(case, col) or None

    def _deadline_tooltip(self, case: CaseRow) -> str | None:
        d = self.deadline(case)
        if d.state == PAUSED:
            return self.tr("The clock is paused while waiting for documents (day {day} of "
                           "{target}).").format(day=d.day, target=d.target)
        if d.due is None:
            return None
        values = {"day": d.day, "target": d.target, "date": format_date(d.due, self.ctx.lang)}
        if d.state == PAST:
            return self.tr("Past its deadline: day {day} of {target} working days; it was due "
                           "on {date}.").format(**values)
        if d.state == NEAR:
            return self.tr("Deadline near: day {day} of {target} working days, due on "
                           "{date}.").format(**values)
        return self.tr("Day {day} of {target} working days, due on {date}.").format(**values)

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
            status = ref.label("status", case.status, lang)
            if self.awaits_approval(case):
                return f"{status} → {ref.label('status', case.proposed_status, lang)}"
            return status
        if col == COL_DEADLINE:
            return self._deadline_text(self.deadline(case))
        if col == COL_CATEGORY:
            return ref.label("category", case.category, lang) if case.category else ""
        if col == COL_WORKER:
            return case.worker_name
        if col == COL_COMPLAINANT:
            return case.complainant_name
        if col == COL_DESTINATION:
            code = case.destination_country
            return ref.label("country", code, lang) if code else ""
        if col == COL_OFFICER:
            if case.officer:
                return self.officer_name(case.officer)
            return self.tr("— none —") if self._is_open(case) else ""
        if col == COL_NEXT_CONTACT:
            if case.status in st.CLOSED:  # nobody will call again: a date would mislead
                return ""
            due = _parse_date(case.next_contact_due)
            return format_date(due, lang) if due else ""
        return ""

    def _deadline_text(self, d: Deadline) -> str:
        if d.state == PAUSED:
            return self.tr("paused")
        if d.state == PAST:
            late = d.day - d.target
            return self.tr("1 day late") if late == 1 else self.tr("{n} days late").format(n=late)
        if d.state in (RUNNING, NEAR):
            return self.tr("day {day}/{target}").format(day=d.day, target=d.target)
        return ""

    def urgent_text(self, case: CaseRow) -> str:
        """"Urgent: <why>" — the reason a person gave, else the urgent category."""
        # CaseRow does not carry the flag's reason (yet): use it when it does.
        reason = getattr(case, "urgent_reason", "")
        if not reason and case.category and self._reference.extra(
                "category", case.category).get("urgent"):
            reason = self._reference.label("category", case.category, self.ctx.lang)
        if not reason:
            reason = self.tr("flagged by staff (the case says why)")
        return self.tr("Urgent: {reason}").format(reason=reason)

    def officer_name(self, username: str) -> str:
        # An account not known here (removed, or from another PC) still shows who it was.
        return self._officer_names.get(username) or username

    def set_officer_names(self, names: Mapping[str, str]) -> None:
        """Usernames to full names, for the officer column."""
        names = dict(names)
        if names == self._officer_names:
            return
        self._officer_names = names
        if self._seqs:
            self.dataChanged.emit(self.index(0, COL_OFFICER),
                                  self.index(len(self._seqs) - 1, COL_OFFICER))

    def is_urgent(self, case: CaseRow) -> bool:
        # A resolved or closed case needs nothing any more: no alarm on it.
        return case.urgent and self._is_open(case)

    def awaits_approval(self, case: CaseRow) -> bool:
        return bool(case.proposed_status) and self._is_open(case)

    def deadline(self, case: CaseRow) -> Deadline:
        """Where the case's clock stands today (its stored row may be from an earlier day)."""
        if case.clock_state == "paused":
            return Deadline(PAUSED, case.clock_day, case.clock_target, None)
        due = _parse_date(case.clock_due)
        if case.clock_state != "running" or due is None or case.clock_target <= 0:
            return Deadline("", 0, 0, None)  # stopped, or no clock yet
        day = running_day(due, case.clock_target, self._today)
        if day > case.clock_target:
            state = PAST
        elif case.clock_target - day <= NEAR_DAYS:
            state = NEAR
        else:
            state = RUNNING
        return Deadline(state, day, case.clock_target, due)

    @staticmethod
    def _is_open(case: CaseRow) -> bool:
        return case.status not in st.CLOSED

    def _icon(self, kind: str) -> QIcon:
        icon = self._icons.get(kind)
        if icon is None:
            icon = self._icons[kind] = _mark_icon(
                URGENT_COLOR if kind == "urgent" else PROPOSAL_COLOR,
                "!" if kind == "urgent" else "?")
        return icon

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


RUNNING, NEAR, PAST, PAUSED = "running", "near", "past", "paused"


@dataclass(frozen=True)
class Deadline:
    state: str  # RUNNING, NEAR, PAST, PAUSED, or "" (stopped, or no clock)
    day: int
    target: int
    due: date | None  # the working day the target is (or was) reached


@lru_cache(maxsize=4096)
def working_days_after(start: date, end: date) -> int:
    """Working days d with start < d <= end (0 when end is not after start)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        count += is_working_day(day)
    return count


def running_day(due: date, target: int, today: date) -> int:
    """Today's "hari ke-N" of a running clock, from its due date (the target-th working day
    it runs), whatever day its stored row was computed on."""
    if due >= today:
        return target - working_days_after(today, due)
    return target + working_days_after(due, today)


def _mark_icon(colour: QColor, glyph: str, size: int = 14) -> QIcon:
    """A filled circle with a white sign: drawn, so no font needs the symbol."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(size - 4)
    painter.setFont(font)
    painter.setPen(QPen(QColor("white")))
    painter.drawText(pixmap.rect(), int(Qt.AlignmentFlag.AlignCenter), glyph)
    painter.end()
    return QIcon(pixmap)


def _parse_date(value: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
