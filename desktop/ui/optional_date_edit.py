"""A date field that may also be empty ("any day"), for a filter's open-ended range.

QDateEdit always holds a date: the empty state is its minimum date, shown as a dash (the
special value text). Delete or Backspace with the whole text selected empties it again,
and an empty field's calendar opens on this month, not on its hidden minimum; typing a digit
into it starts from today's date. Tab leaves the field (QDateEdit would step through day,
month and year first); the arrow keys and "/" move between those.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

EMPTY = QDate(1999, 12, 31)  # before any case (received dates start in 2000)
EMPTY_TEXT = "—"


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setKeyboardTracking(False)  # a typed date counts when complete, not per digit
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText(EMPTY_TEXT)
        self.setDate(EMPTY)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        if self.date() == EMPTY:
            return None
        return self.date().toPython()

    def set_value(self, day: date | None) -> None:
        self.setDate(EMPTY if day is None else QDate(day.year, day.month, day.day))

    def clear_value(self) -> None:
        self.setDate(EMPTY)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
                self.value() is None or self.lineEdit().selectedText() == self.text()):
            self.clear_value()
            return
        if self.value() is None and event.text().isdigit():
            # The dash has no day, month or year to type into: start from today's, quietly
            # (the filter changes when the typed date is complete).
            blocked = self.blockSignals(True)
            self.setDate(QDate.currentDate())
            self.blockSignals(blocked)
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.calendarWidget() and event.type() == QEvent.Type.Show
                and self.value() is None):
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
