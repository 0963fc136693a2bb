"""The office's information requests, newest first, searchable; a request that turns out to
be a complaint is made into one from here (the intake form opens with its text)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.inquiries import InquiryRow
from desktop.formatting import format_datetime, format_phone
from desktop.ui.case_view.header import parse_utc
from desktop.ui.context import UiContext
from desktop.ui.errors import error_text

SEARCH_DELAY_MS = 250


def load_inquiries(core, text: str) -> tuple[list[InquiryRow], int]:
    """Runs on the database thread: the rows shown and how many there are in all."""
    return core.inquiries.list(text), core.inquiries.count()


class InquiriesWindow(QWidget):
    newRequested = Signal()
    complaintRequested = Signal(object)  # the InquiryRow to make a complaint of
    openCaseRequested = Signal(str)  # the number of the complaint a request became

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.ctx = ctx
        self.rows: list[InquiryRow] = []
        self._query = 0
        self._build()
        self.retranslate()
        self.resize(1100, 600)
        self.reload()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textEdited.connect(lambda _t: self._timer.start())
        self.search_label = QLabel()
        self.search_label.setBuddy(self.search)
        self.count = QLabel()
        self.table = QTableWidget(0, 7)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._activated)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.newRequested)
        self.complaint_button = QPushButton()
        self.complaint_button.clicked.connect(self.make_complaint)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.complaint_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._selection_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Information requests"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Question, answer, name or phone number"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Received"), self.tr("Channel"), self.tr("Topic"), self.tr("Question"),
            self.tr("Name"), self.tr("Phone"), self.tr("Complaint")])
        self.new_button.setText(self.tr("&New request… (Ctrl+I)"))
        self.complaint_button.setText(self.tr("&Make a complaint of it…"))
        self.close_button.setText(self.tr("&Close"))
        self._show(self.rows, self._total if hasattr(self, "_total") else 0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._timer.stop()
        self._query += 1
        query, text, core = self._query, self.search.text(), self.ctx.core
        self.ctx.tasks.run_db(lambda: load_inquiries(core, text),
                              lambda got: self._loaded(query, got), self._failed)

    def _loaded(self, query: int, got: tuple[list[InquiryRow], int]) -> None:
        if query != self._query:
            return  # an older search answering late
        self._show(*got)

    def _failed(self, exc: BaseException) -> None:
        self.count.setText(error_text(exc, self.ctx.lang))

    def _show(self, rows: list[InquiryRow], total: int) -> None:
        self.rows, self._total = rows, total
        ref, lang = self.ctx.core.reference, self.ctx.lang
        tz = self.ctx.core.office.tz
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (format_datetime(parse_utc(r.received_at), tz, lang),
                     ref.label("channel", r.channel, lang),
                     ref.label("inquiry_topic", r.topic, lang),
                     " ".join(r.question.split()), r.name, format_phone(r.phone) if r.phone else "",
                     r.complaint_number)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(r.question if col == 3 else text)
                self.table.setItem(i, col, item)
        if rows and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self.count.setText(self.tr("{shown} of {total} requests").format(
            shown=len(rows), total=total))
        self._selection_changed()

    # -- acting ----------------------------------------------------------------------------
    def selected(self) -> InquiryRow | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.rows[chosen[0].row()] if chosen and self.rows else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.complaint_button.setEnabled(row is not None and not row.complaint_number)
        if row is not None and row.complaint_number:
            self.complaint_button.setToolTip(self.tr("Already complaint {number}.").format(
                number=row.complaint_number))
        else:
            self.complaint_button.setToolTip("")

    def make_complaint(self) -> None:
        row = self.selected()
        if row is not None and not row.complaint_number:
            self.complaintRequested.emit(row)

    def _activated(self) -> None:
        row = self.selected()
        if row is not None and row.complaint_number:
            self.openCaseRequested.emit(row.complaint_number)
