"""The report's period: a month, a quarter, a year or a range of dates.

Only the fields of the chosen kind are shown (month and year, quarter and year, year, or
two dates), so the bar stays one short line at 1366×768 in both languages.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from desktop.domain.reports.period import MONTH, QUARTER, RANGE, YEAR, Period
from desktop.formatting import format_date

KIND_ORDER = (MONTH, QUARTER, YEAR, RANGE)
FIRST_YEAR = 2000  # received dates start in 2000
LAST_MONTH_UNTIL_DAY = 5


def month_name(month: int, lang: str) -> str:
    return format_date(date(2000, month, 1), lang).split()[1]


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, lang: str = "id", today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.today = today or date.today()
        self._shown_kind = MONTH
        self._build()
        self.retranslate()
        # The current month: what a supervisor most often looks at, even half way through;
        # in a month's first days, the month just ended (the monthly report is due then).
        first = self.today.replace(day=1)
        shown = first - timedelta(days=1) if self.today.day <= LAST_MONTH_UNTIL_DAY else first
        self.set_period(Period.month(shown.year, shown.month))

    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        self.month = QComboBox()
        self.quarter = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, self.today.year + 1)
        self.year.setValue(self.today.year)
        self.first = self._date_edit()
        self.last = self._date_edit()
        self.dash = QLabel("–")
        for _ in range(12):
            self.month.addItem("")
        for _ in range(4):
            self.quarter.addItem("")
        for _ in KIND_ORDER:
            self.kind.addItem("")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.kind_label, self.kind, self.month, self.quarter, self.year,
                       self.first, self.dash, self.last):
            layout.addWidget(widget)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for combo in (self.month, self.quarter):
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.year.valueChanged.connect(lambda _v: self.changed.emit())
        self.first.dateChanged.connect(lambda _d: self.changed.emit())
        self.last.dateChanged.connect(lambda _d: self.changed.emit())

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(QDate(FIRST_YEAR, 1, 1))
        edit.setDate(QDate(self.today.year, self.today.month, 1))
        return edit

    def retranslate(self) -> None:
        self.kind_label.setText(self.tr("&Period:"))
        for i, text in enumerate((self.tr("Month"), self.tr("Quarter"), self.tr("Year"),
                                  self.tr("Date range"))):
            self.kind.setItemText(i, text)
        for m in range(1, 13):
            self.month.setItemText(m - 1, month_name(m, self.lang))
        for q in range(1, 5):
            self.quarter.setItemText(q - 1, Period.quarter(2000, q).label(self.lang)
                                     .rsplit(" ", 1)[0])
        self.first.setToolTip(self.tr("First day"))
        self.last.setToolTip(self.tr("Last day (included)"))
        self.first.setAccessibleName(self.tr("First day"))
        self.last.setAccessibleName(self.tr("Last day (included)"))
        self.year.setAccessibleName(self.tr("Year"))
        self.month.setAccessibleName(self.tr("Month"))
        self.quarter.setAccessibleName(self.tr("Quarter"))

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the value ---------------------------------------------------------------------------
    def current_kind(self) -> str:
        return KIND_ORDER[max(self.kind.currentIndex(), 0)]

    def period(self) -> Period:
        """The chosen period; a reversed or too long range raises HaloError (Period's)."""
        return self._period_of(self.current_kind())

    def _period_of(self, kind: str) -> Period:
        year = self.year.value()
        if kind == MONTH:
            return Period.month(year, self.month.currentIndex() + 1)
        if kind == QUARTER:
            return Period.quarter(year, self.quarter.currentIndex() + 1)
        if kind == YEAR:
            return Period.year(year)
        return Period(self.first.date().toPython(), self.last.date().toPython(), RANGE)

    def set_period(self, period: Period) -> None:
        blocked = self.blockSignals(True)
        self.kind.setCurrentIndex(KIND_ORDER.index(period.kind))
        self.year.setValue(period.first.year)
        self.month.setCurrentIndex(period.first.month - 1)
        self.quarter.setCurrentIndex((period.first.month - 1) // 3)
        self.first.setDate(QDate(period.first.year, period.first.month, period.first.day))
        self.last.setDate(QDate(period.last.year, period.last.month, period.last.day))
        self._show_fields()
        self.blockSignals(blocked)

    def _kind_changed(self, _index: int) -> None:
        if self.current_kind() == RANGE and self._shown_kind != RANGE:
            # A range starts as the period that was chosen, to be widened or narrowed.
            was = self._period_of(self._shown_kind)
            self.first.setDate(QDate(was.first.year, was.first.month, was.first.day))
            self.last.setDate(QDate(was.last.year, was.last.month, was.last.day))
        self._show_fields()
        self.changed.emit()

    def _show_fields(self) -> None:
        kind = self._shown_kind = self.current_kind()
        self.month.setVisible(kind == MONTH)
        self.quarter.setVisible(kind == QUARTER)
        self.year.setVisible(kind in (MONTH, QUARTER, YEAR))
        for widget in (self.first, self.dash, self.last):
            widget.setVisible(kind == RANGE)
