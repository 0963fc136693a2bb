"""The filters above the case list: status, category, handling officer, order, the days
received (from, to), and the toggles for what needs attention (urgent, deadlines, approval,
family contacts), with how many cases the filter lists.

Everything the list shows is one CaseFilter; the main window's saved views and the home
view's tiles set the bar to a defined state through `apply`, so the person always sees which
filters are on. The criteria only a tile sets (a referral waiting for its reply, received
since the last login) show as chips below the toggles, each with its own button to drop it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.domain.deadlines import NEAR_DAYS
from desktop.domain.reference import Reference
from desktop.formatting import format_datetime
from desktop.services.cases import UNASSIGNED, CaseFilter
from desktop.services.handling import Officer
from desktop.ui.i18n import locale_for
from desktop.ui.optional_date_edit import OptionalDateEdit
from desktop.ui.widgets import RefComboBox, relabel_ref_combo

ORDER_NEWEST, ORDER_DUE = "", "due"
# Officer choices before the list of people (the data is CaseFilter.officer).
EVERYONE = ""
# CaseFilter fields without a control of their own: shown as chips while set.
CHIP_FIELDS = ("referral_waiting", "recorded_since")
CHIP_CLOSE = "  ×"  # Latin-1: every office PC's fonts have it (an emoji may show as a box)
CHIP_STYLE = """
QToolButton { background: #e3eef9; color: #1d3f63; border: 1px solid #9dbbdb;
              border-radius: 10px; padding: 2px 10px; }
QToolButton:hover { background: #d2e4f6; }
QToolButton:focus { border: 2px solid #1f6fd1; }
"""


class FilterBar(QWidget):
    changed = Signal()
    orderChosen = Signal()  # the order combo or a saved view set the order (before changed)

    def __init__(self, reference: Reference, lang_source, parent: QWidget | None = None, *,
                 me: str = "", tz: str = "WIB") -> None:
        """`lang_source()` returns the current language (the context's, which can change);
        `me`: the logged-in username when their role handles cases ("My cases"); `tz`: the
        office's zone, for the instant of a "received since" chip."""
        super().__init__(parent)
        self._reference = reference
        self._lang = lang_source
        self._me = me
        self._tz = tz
        self._officers: list[Officer] = []
        # The chip criteria now set (CaseFilter fields), and their buttons (made when shown:
        # a hidden button would still count among the bar's buttons).
        self._chip_filter = CaseFilter()
        self.chips: dict[str, QToolButton] = {}
        self._build_combos()
        self._build_toggles()
        self._build_layout()
        for combo in (self.status, self.category, self.officer):
            combo.currentIndexChanged.connect(self._changed)
        self.order.currentIndexChanged.connect(self._order_changed)
        for box in self.toggles():
            box.toggled.connect(self._changed)
        self.received_from.dateChanged.connect(lambda _d: self._dates_changed(self.received_from))
        self.received_to.dateChanged.connect(lambda _d: self._dates_changed(self.received_to))
        # Contacts due today and overdue contacts exclude each other: both on shows nothing.
        self.contact_today.toggled.connect(lambda on: on and self._uncheck(self.overdue))
        self.overdue.toggled.connect(lambda on: on and self._uncheck(self.contact_today))
        self.clear_button.clicked.connect(self.reset)
        self.retranslate()

    def _build_combos(self) -> None:
        lang = self._lang()
        self.status = RefComboBox(self._reference, "status", lang,
                                  empty_text=self.tr("All statuses"))
        self.category = RefComboBox(self._reference, "category", lang,
                                    empty_text=self.tr("All categories"))
        self.category.setMinimumContentsLength(22)
        self.officer = QComboBox()
        self.officer.setMinimumContentsLength(16)
        self._fill_officers()
        self.order = QComboBox()
        self.order.addItem("", ORDER_NEWEST)
        self.order.addItem("", ORDER_DUE)
        self.status_label = QLabel()
        self.category_label = QLabel()
        self.officer_label = QLabel()
        self.order_label = QLabel()
        for label, combo in ((self.status_label, self.status),
                             (self.category_label, self.category),
                             (self.officer_label, self.officer), (self.order_label, self.order)):
            label.setBuddy(combo)
        self.clear_button = QPushButton()
        self.clear_button.setEnabled(False)
        self.received_from = OptionalDateEdit()
        self.received_to = OptionalDateEdit()
        self.received_label = QLabel()
        self.received_label.setBuddy(self.received_from)
        self.received_dash = QLabel("–")
        self.count_label = QLabel()
        self.count_label.setStyleSheet("font-weight: bold;")
        self._count: int | None = None

    def _build_toggles(self) -> None:
        self.urgent = QCheckBox()
        self.past_deadline = QCheckBox()
        self.near_deadline = QCheckBox()
        self.awaiting_approval = QCheckBox()
        self.contact_today = QCheckBox()
        self.overdue = QCheckBox()
        self.open_only = QCheckBox()

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        combos = QHBoxLayout()
        combos.setSpacing(6)
        for i, (label, combo) in enumerate(((self.status_label, self.status),
                                            (self.category_label, self.category),
                                            (self.officer_label, self.officer),
                                            (self.order_label, self.order))):
            if i:
                combos.addSpacing(12)
            combos.addWidget(label)
            combos.addWidget(combo)
        combos.addSpacing(12)
        combos.addWidget(self.received_label)
        combos.addWidget(self.received_from)
        combos.addWidget(self.received_dash)
        combos.addWidget(self.received_to)
        combos.addStretch(1)
        toggles = QHBoxLayout()
        toggles.setSpacing(16)
        for box in self.toggles():
            toggles.addWidget(box)
        toggles.addStretch(1)
        toggles.addWidget(self.count_label)
        toggles.addWidget(self.clear_button)
        self.chip_row = QHBoxLayout()
        self.chip_row.setSpacing(8)
        self.chip_label = QLabel()
        self.chip_label.hide()
        self.chip_row.addWidget(self.chip_label)
        self.chip_row.addStretch(1)
        grid.addLayout(combos, 0, 0)
        grid.addLayout(toggles, 1, 0)
        grid.addLayout(self.chip_row, 2, 0)
        # Tab reads like the bar: the choices, the toggles, then "show all".
        chain = (self.status, self.category, self.officer, self.order, self.received_from,
                 self.received_to, *self.toggles(), self.clear_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def toggles(self) -> tuple[QCheckBox, ...]:
        return (self.urgent, self.past_deadline, self.near_deadline, self.awaiting_approval,
                self.contact_today, self.overdue, self.open_only)

    # -- the filter --------------------------------------------------------------------------
    def current_filter(self) -> CaseFilter:
        return CaseFilter(
            status=self.status.code(), category=self.category.code(),
            overdue=self.overdue.isChecked(), officer=self.officer.currentData() or "",
            urgent=self.urgent.isChecked(), past_deadline=self.past_deadline.isChecked(),
            near_deadline=self.near_deadline.isChecked(),
            awaiting_approval=self.awaiting_approval.isChecked(),
            contact_today=self.contact_today.isChecked(), open_only=self.open_only.isChecked(),
            order=self.order.currentData() or "", received_from=self.received_from.value(),
            received_to=self.received_to.value(),
            referral_waiting=self._chip_filter.referral_waiting,
            recorded_since=self._chip_filter.recorded_since)

    def is_active(self) -> bool:
        return self.current_filter() != CaseFilter()

    def reset(self) -> None:
        """Back to everything, with one `changed` signal."""
        self.apply(CaseFilter())

    def apply(self, flt: CaseFilter) -> None:
        """Show exactly `flt` (a saved view), with one `changed` signal."""
        widgets = (self.status, self.category, self.officer, self.order, self.received_from,
                   self.received_to, *self.toggles())
        blocked = [w.blockSignals(True) for w in widgets]
        self.received_from.set_value(flt.received_from)
        self.received_to.set_value(flt.received_to)
        self.status.set_code(flt.status)
        self.category.set_code(flt.category)
        self._select_officer(flt.officer)
        self.order.setCurrentIndex(max(self.order.findData(flt.order), 0))
        for box, on in ((self.urgent, flt.urgent), (self.past_deadline, flt.past_deadline),
                        (self.near_deadline, flt.near_deadline),
                        (self.awaiting_approval, flt.awaiting_approval),
                        (self.contact_today, flt.contact_today), (self.overdue, flt.overdue),
                        (self.open_only, flt.open_only)):
            box.setChecked(on)
        for w, b in zip(widgets, blocked, strict=True):
            w.blockSignals(b)
        self._chip_filter = CaseFilter(**{f: getattr(flt, f) for f in CHIP_FIELDS})
        self._show_chips()
        self.orderChosen.emit()  # a view or "show all" comes in its own order
        self._changed()

    # -- chips -------------------------------------------------------------------------------
    def _show_chips(self) -> None:
        """One button per chip criterion set; pressing it drops that criterion."""
        for name in CHIP_FIELDS:
            on = bool(getattr(self._chip_filter, name))
            chip = self.chips.get(name)
            if on and chip is None:
                chip = QToolButton()
                chip.setStyleSheet(CHIP_STYLE)
                chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                chip.setCursor(Qt.CursorShape.PointingHandCursor)
                chip.clicked.connect(lambda _c=False, name=name: self.drop_chip(name))
                self.chip_row.insertWidget(self.chip_row.count() - 1, chip)
                self.chips[name] = chip
            elif not on and chip is not None:
                self.chips.pop(name)
                chip.hide()
                chip.deleteLater()
        self.chip_label.setVisible(bool(self.chips))
        # Tab reads on from the toggles through the chips to "show all".
        chain = (self.open_only, *self.chips.values(), self.clear_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self._label_chips()

    def _label_chips(self) -> None:
        chip = self.chips.get("referral_waiting")
        if chip is not None:
            chip.setText(self.tr("Referral waiting for a reply") + CHIP_CLOSE)
            chip.setToolTip(self.tr("Cases with a referral that has no reply yet and was not "
                                    "withdrawn. Click to drop this filter."))
        chip = self.chips.get("recorded_since")
        if chip is not None:
            since = self._chip_filter.recorded_since
            try:
                when = format_datetime(datetime.fromisoformat(since), self._tz, self._lang())
            except ValueError:
                when = since
            chip.setText(self.tr("Recorded after {when}").format(when=when) + CHIP_CLOSE)
            chip.setToolTip(self.tr("Cases recorded since your last login. Click to drop this "
                                    "filter."))
        for chip in self.chips.values():
            chip.setAccessibleName(chip.text().removesuffix(CHIP_CLOSE))
            chip.setAccessibleDescription(self.tr("Removes this filter"))
        self.chip_label.setText(self.tr("Also filtered by:"))

    def drop_chip(self, name: str) -> None:
        """Drop one chip criterion, with one `changed` signal."""
        self._chip_filter = replace(self._chip_filter, **{name: getattr(CaseFilter(), name)})
        focus = self.chips.get(name) is not None and self.chips[name].hasFocus()
        self._show_chips()
        if focus:  # the pressed chip is gone: keep the keyboard in the bar
            (next(iter(self.chips.values()), None) or self.clear_button).setFocus()
        self._changed()

    def _uncheck(self, box: QCheckBox) -> None:
        blocked = box.blockSignals(True)
        box.setChecked(False)
        box.blockSignals(blocked)

    def _changed(self) -> None:
        self.clear_button.setEnabled(self.is_active())
        self.changed.emit()

    def _order_changed(self) -> None:
        self.orderChosen.emit()
        self._changed()

    def _dates_changed(self, moved: OptionalDateEdit) -> None:
        """The range never runs backwards: moving one end past the other takes it along."""
        first, last = self.received_from.value(), self.received_to.value()
        if first and last and first > last:
            other = self.received_to if moved is self.received_from else self.received_from
            blocked = other.blockSignals(True)
            other.set_value(moved.value())
            other.blockSignals(blocked)
        self._changed()

    # -- the count ---------------------------------------------------------------------------
    def set_count(self, n: int | None) -> None:
        """How many cases the current filter (and search) lists; None while counting."""
        self._count = n
        self._show_count()

    def _show_count(self) -> None:
        n = self._count
        if n is None:
            self.count_label.setText("")
            return
        text = locale_for(self._lang()).toString(n)
        self.count_label.setText(self.tr("1 case") if n == 1
                                 else self.tr("{n} cases").format(n=text))

    # -- officers ----------------------------------------------------------------------------
    def set_officers(self, officers: Iterable[Officer]) -> None:
        """The accounts that handle cases (core.handling.officers()); keeps the choice. A
        chosen officer no longer listed stays chosen, under their username."""
        officers = list(officers)
        if officers == self._officers:
            return
        self._officers = officers
        chosen = self.officer.currentData() or ""
        blocked = self.officer.blockSignals(True)
        self._fill_officers()
        self._select_officer(chosen)
        self.officer.blockSignals(blocked)

    def officers(self) -> list[Officer]:
        return list(self._officers)

    def _fill_officers(self) -> None:
        combo = self.officer
        combo.clear()
        combo.addItem(self.tr("Everyone"), EVERYONE)
        if self._me:
            combo.addItem(self.tr("My cases"), self._me)
        combo.addItem(self.tr("No officer yet"), UNASSIGNED)
        others = [o for o in self._officers if o.username != self._me]
        if others:
            combo.insertSeparator(combo.count())
        for officer in others:
            combo.addItem(officer.full_name, officer.username)

    def _select_officer(self, username: str) -> None:
        index = self.officer.findData(username or EVERYONE)
        if index < 0:  # an account not (or no longer) known here
            self.officer.addItem(username, username)
            index = self.officer.count() - 1
        self.officer.setCurrentIndex(index)

    # -- language ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self._lang()
        self.status_label.setText(self.tr("Stat&us:"))
        self.category_label.setText(self.tr("Ca&tegory:"))
        self.officer_label.setText(self.tr("Handled &by:"))
        self.order_label.setText(self.tr("Or&der:"))
        self.order.setItemText(0, self.tr("Newest first"))
        self.order.setItemText(1, self.tr("Most pressing first"))
        self.order.setToolTip(self.tr(
            "Urgent cases always come first. “Most pressing first” then puts family contacts "
            "due today or overdue, then the nearest deadline. A click on a column heading "
            "sorts by that column instead; a third click comes back to this order."))
        for i in range(self.officer.count()):
            data = self.officer.itemData(i)
            if data == EVERYONE:
                self.officer.setItemText(i, self.tr("Everyone"))
            elif data == UNASSIGNED:
                self.officer.setItemText(i, self.tr("No officer yet"))
            elif data == self._me:
                self.officer.setItemText(i, self.tr("My cases"))
        self.officer.setToolTip(self.tr("Open cases of one handling officer, or those nobody "
                                        "handles yet"))
        self.urgent.setText(self.tr("Ur&gent"))
        self.urgent.setToolTip(self.tr("Open cases flagged urgent or of an urgent category"))
        self.past_deadline.setText(self.tr("&Past deadline"))
        self.past_deadline.setToolTip(self.tr(
            "Open cases whose working days are past their category's target"))
        self.near_deadline.setText(self.tr("&Near deadline"))
        self.near_deadline.setToolTip(self.tr(
            "Open cases at most {n} working days before their deadline").format(n=NEAR_DAYS))
        self.awaiting_approval.setText(self.tr("Awa&iting approval"))
        self.awaiting_approval.setToolTip(self.tr(
            "Cases proposed for closing, waiting for a supervisor to approve or return"))
        self.contact_today.setText(self.tr("&Contact today"))
        self.contact_today.setToolTip(self.tr(
            "Open cases whose next contact with the complainant is due today"))
        self.overdue.setText(self.tr("Contact &overdue"))
        self.overdue.setToolTip(self.tr(
            "Only open cases whose next contact with the complainant is past its date"))
        self.open_only.setText(self.tr("Only op&en cases"))
        self.open_only.setToolTip(self.tr("Hide resolved and closed cases"))
        self.received_label.setText(self.tr("Received fro&m:"))
        for edit in (self.received_from, self.received_to):
            edit.setToolTip(self.tr(
                "Cases received from this day to that one, both included; “—” (Delete key) "
                "leaves that end open. The received date is when the complaint arrived."))
        self.received_to.setAccessibleName(self.tr("Received up to"))
        self.count_label.setToolTip(self.tr("Cases in the list now (these filters and search)"))
        self._show_count()
        self._label_chips()
        self.clear_button.setText(self.tr("Sho&w all"))
        self.clear_button.setToolTip(self.tr("Clear every filter (Ctrl+1)"))
        relabel_ref_combo(self.status, self._reference, lang, self.tr("All statuses"))
        relabel_ref_combo(self.category, self._reference, lang, self.tr("All categories"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
