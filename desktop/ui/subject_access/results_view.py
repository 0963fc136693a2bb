"""What was found about the person: their cases (as worker or complainant), their information
requests, how many attachments, and which records are restricted. Read-only; a double click
opens the case, where corrections are made (so they show in its change history)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.subject_access import COMPLAINANT, WORKER
from desktop.formatting import format_date, format_phone, format_received, zone_info
from desktop.services.subject_access import PersonRecord
from desktop.ui.case_view.header import parse_utc

QUIET_COLOUR, RESTRICTED_COLOUR = "#555555", "#8a4b00"


def attachment_count(record: PersonRecord) -> int:
    return sum(len(c.attachments) for c in record.cases)


def restricted_counts(record: PersonRecord) -> tuple[int, int]:
    """How many of the person's cases and requests are restricted now."""
    return (sum(1 for c in record.cases if c.case.get("restricted_at")),
            sum(1 for r in record.inquiries if r.get("restricted_at")))


def mark_restricted(table: QTableWidget) -> None:
    """The restriction column (the last) stands out where a record is restricted."""
    last = table.columnCount() - 1
    for row in range(table.rowCount()):
        item = table.item(row, last)
        if item is not None and item.text():
            item.setForeground(QColor(RESTRICTED_COLOUR))


class ResultsView(QWidget):
    openCaseRequested = Signal(str)  # a case number

    def __init__(self, reference, tz: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference, self.tz, self.lang = reference, tz, lang
        self.record: PersonRecord | None = None
        self._build_tables()
        self._build_pages()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        self.retranslate()

    # -- building ----------------------------------------------------------------------------
    def _build_tables(self) -> None:
        self.cases = self._table(7, stretch=2)
        self.cases.doubleClicked.connect(self._case_activated)
        self.inquiries = self._table(5, stretch=2)
        self.cases_label, self.inquiries_label = QLabel(), QLabel()
        self.cases_label.setBuddy(self.cases)
        self.inquiries_label.setBuddy(self.inquiries)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)

    def _table(self, columns: int, stretch: int) -> QTableWidget:
        table = QTableWidget(0, columns)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def _build_pages(self) -> None:
        found = QWidget()
        layout = QVBoxLayout(found)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cases_label)
        layout.addWidget(self.cases, 3)
        layout.addWidget(self.inquiries_label)
        layout.addWidget(self.inquiries, 2)
        self.message = QLabel()  # before a search, and when nothing is held
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {QUIET_COLOUR}; padding: 30px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(found)
        self.pages.addWidget(self.message)
        self.found_page = found

    # -- words -------------------------------------------------------------------------------
    def retranslate(self, lang: str | None = None) -> None:
        self.lang = lang or self.lang
        self.cases.setHorizontalHeaderLabels([
            self.tr("Case number"), self.tr("Received"), self.tr("Category"), self.tr("Status"),
            self.tr("The person is"), self.tr("Attachments"), self.tr("Restricted")])
        self.inquiries.setHorizontalHeaderLabels([
            self.tr("Received"), self.tr("Topic"), self.tr("Name"), self.tr("Phone"),
            self.tr("Restricted")])
        self.cases.setAccessibleName(self.tr("Cases"))
        self.inquiries.setAccessibleName(self.tr("Information requests"))
        self.show_record(self.record)

    # -- showing -----------------------------------------------------------------------------
    def show_record(self, record: PersonRecord | None) -> None:
        self.record = record
        if record is None:
            self._say(self.tr("Type one of the person's identifiers above and press Enter."))
            return
        if not record.cases and not record.inquiries:
            self._say(self.tr("No data about this person on this computer."))
            return
        self.summary.setText(self._summary(record))
        self.summary.show()
        self.cases_label.setText(self.tr("C&ases ({n})").format(n=len(record.cases)))
        self.inquiries_label.setText(self.tr("Information re&quests ({n})").format(
            n=len(record.inquiries)))
        self._fill(self.cases, [self._case_cells(c) for c in record.cases])
        self._fill(self.inquiries, [self._inquiry_cells(r) for r in record.inquiries])
        for table in (self.cases, self.inquiries):
            mark_restricted(table)
        self.pages.setCurrentWidget(self.found_page)

    def _say(self, text: str) -> None:
        self.summary.hide()
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)

    def _summary(self, record: PersonRecord) -> str:
        cases, requests = restricted_counts(record)
        text = self.tr("Held on this computer — cases: {cases}, information requests: "
                       "{requests}, attachments: {files}.").format(
            cases=len(record.cases), requests=len(record.inquiries),
            files=attachment_count(record))
        if cases or requests:
            text += " " + self.tr("Restricted — cases: {cases}, requests: {requests}.").format(
                cases=cases, requests=requests)
        return text

    def _fill(self, table: QTableWidget, rows: list[list[tuple[str, str]]]) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, (text, tip) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                table.setItem(r, c, item)

    def _case_cells(self, held) -> list[tuple[str, str]]:
        case = held.case
        label = self.reference.label
        roles = {WORKER: self.tr("Worker (TKI)"), COMPLAINANT: self.tr("Complainant")}
        return [(case["case_number"], ""), (self._when(case["received_at"]), ""),
                (label("category", case["category"], self.lang), ""),
                (label("status", case["status"], self.lang), ""),
                (", ".join(roles.get(r, r) for r in held.roles), ""),
                (str(len(held.attachments)), ""), self._restriction(case)]

    def _inquiry_cells(self, row: dict) -> list[tuple[str, str]]:
        topic = self.reference.label("inquiry_topic", row["topic"], self.lang)
        return [(self._when(row["received_at"]), ""), (topic, row.get("question", "")),
                (row.get("name", ""), ""), (format_phone(row.get("phone", "")), ""),
                self._restriction(row)]

    def _when(self, stored: str) -> str:
        try:
            return format_received(parse_utc(stored), self.tz, self.lang)
        except ValueError:
            return stored or ""

    def _restriction(self, row: dict) -> tuple[str, str]:
        """'Yes, since 15 November 2026' with the reason as tooltip; '' when not."""
        since = row.get("restricted_at") or ""
        if not since:
            return ("", "")
        try:
            day = format_date(parse_utc(since).astimezone(zone_info(self.tz)).date(), self.lang)
        except ValueError:
            day = since
        reason = row.get("restriction_reason") or ""
        return (self.tr("Yes, since {day}").format(day=day),
                self.tr("Reason: {reason}").format(reason=reason) if reason else "")

    def _case_activated(self, index) -> None:
        if self.record is not None and 0 <= index.row() < len(self.record.cases):
            self.openCaseRequested.emit(self.record.cases[index.row()].case["case_number"])
