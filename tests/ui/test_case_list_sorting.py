"""The case list (issue 12 §5.6): a header click sorts in the database, the received-date
range and the count beside the filters, and the right-click menu."""

from __future__ import annotations

import sys
import types
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from desktop.demo.generator import bulk_generate
from desktop.services.cases import CaseFilter, CaseSort
from desktop.ui import case_list_model as m
from desktop.ui.main_window import MainWindow

WIB = ZoneInfo("Asia/Jakarta")


@pytest.fixture
def cases(ctx):
    return bulk_generate(ctx.core, 60, seed=5)


@pytest.fixture
def window(qtbot, ctx, cases):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 740)
    win.show()
    win.show_list()  # a supervisor lands at home; these tests are about the list
    qtbot.waitUntil(lambda: win.model.rowCount() == 60)
    return win


def wait_list(qtbot, window: MainWindow, expected: list[int]) -> None:
    qtbot.waitUntil(lambda: window.model.seqs() == expected, timeout=5000)


def click_header(qtbot, window: MainWindow, column: int) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def test_header_clicks_sort_up_down_then_back_to_urgent_first(qtbot, ctx, window):
    core, header = ctx.core, window.table.horizontalHeader()
    default = core.cases.list_seqs(CaseFilter())
    assert window.model.seqs() == default and not header.isSortIndicatorShown()

    click_header(qtbot, window, m.COL_RECEIVED)
    wait_list(qtbot, window, core.cases.list_seqs(sort=CaseSort("received")))
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == m.COL_RECEIVED
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder

    click_header(qtbot, window, m.COL_RECEIVED)
    wait_list(qtbot, window, core.cases.list_seqs(sort=CaseSort("received", descending=True)))
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    click_header(qtbot, window, m.COL_RECEIVED)
    wait_list(qtbot, window, default)
    assert not header.isSortIndicatorShown() and window.sort is None

    click_header(qtbot, window, m.COL_STATUS)  # another column starts going up
    wait_list(qtbot, window, core.cases.list_seqs(sort=CaseSort("status")))
    assert window.sort == CaseSort("status")


def test_sorting_keeps_the_filters_and_loads_only_the_shown_pages(qtbot, ctx, window):
    window.filter_bar.open_only.setChecked(True)
    flt = window.filter_bar.current_filter()
    wait_list(qtbot, window, ctx.core.cases.list_seqs(flt))
    click_header(qtbot, window, m.COL_WORKER)
    expected = ctx.core.cases.list_seqs(flt, CaseSort("worker"))
    wait_list(qtbot, window, expected)
    qtbot.waitUntil(lambda: window.model.case_row(0) is not None)
    names = [r.worker_name.casefold() for r in ctx.core.cases.rows(expected)]
    assert names == sorted(names)  # what the person sees: A to Z
    before = window.model.fetch_count
    window.model.set_seqs(window.model.seqs())  # the model asks for what is shown, no more
    qtbot.waitUntil(lambda: window.model.case_row(0) is not None)
    assert window.model.fetch_count - before <= 1


def test_the_order_combo_or_a_saved_view_takes_the_order_back(qtbot, ctx, window):
    click_header(qtbot, window, m.COL_NUMBER)
    wait_list(qtbot, window, ctx.core.cases.list_seqs(sort=CaseSort("number")))
    window.filter_bar.order.setCurrentIndex(1)  # most pressing first
    wait_list(qtbot, window, ctx.core.cases.list_seqs(CaseFilter(order="due")))
    assert window.sort is None
    assert not window.table.horizontalHeader().isSortIndicatorShown()

    click_header(qtbot, window, m.COL_NUMBER)
    qtbot.waitUntil(lambda: window.sort is not None)
    window.view_actions["all"].trigger()
    wait_list(qtbot, window, ctx.core.cases.list_seqs(CaseFilter()))
    assert window.sort is None


def test_search_results_sort_by_a_column_and_come_back_to_best_first(qtbot, ctx, window):
    core = ctx.core
    row = core.cases.rows(core.cases.list_seqs()[:1])[0]
    text = row.worker_name.split()[0]
    window.search.setText(text)
    qtbot.waitUntil(lambda: not window._loading and window.search.text() == text)
    qtbot.wait(SEARCH_SETTLE_MS)
    qtbot.waitUntil(lambda: not window._loading)
    best_first = window.model.seqs()
    found = core.search.search(text)
    assert set(best_first) == set(found)

    click_header(qtbot, window, m.COL_RECEIVED)
    click_header(qtbot, window, m.COL_RECEIVED)
    expected = core.cases.list_seqs(sort=CaseSort("received", True), within=found)
    wait_list(qtbot, window, expected)
    assert window.filter_bar.count_label.text() == (
        "1 case" if len(expected) == 1 else f"{len(expected)} cases")
    click_header(qtbot, window, m.COL_RECEIVED)
    wait_list(qtbot, window, best_first)


SEARCH_SETTLE_MS = 400  # past the search's typing delay


def test_received_range_filters_counts_and_never_runs_backwards(qtbot, ctx, window):
    core, bar = ctx.core, window.filter_bar
    days = sorted({datetime.fromisoformat(r.received_at).astimezone(WIB).date()
                   for r in core.cases.rows(core.cases.list_seqs())})
    first, last = days[len(days) // 4], days[len(days) // 2]
    assert window.filter_bar.count_label.text() == "60 cases"

    bar.received_from.set_value(first)
    bar.received_to.set_value(last)
    flt = CaseFilter(received_from=first, received_to=last)
    assert bar.current_filter() == flt and bar.clear_button.isEnabled()
    wait_list(qtbot, window, core.cases.list_seqs(flt))
    n = core.cases.count_matching(flt)
    assert 0 < n < 60
    assert bar.count_label.text() == ("1 case" if n == 1 else f"{n} cases")

    bar.received_from.set_value(last + timedelta(days=3))  # past the end: the end follows
    assert bar.received_to.value() == last + timedelta(days=3)

    bar.clear_button.click()
    assert bar.received_from.value() is None and bar.received_to.value() is None
    wait_list(qtbot, window, core.cases.list_seqs())
    assert bar.count_label.text() == "60 cases"


def test_the_count_is_a_count_query(qtbot, ctx, window, monkeypatch):
    asked = []
    real = type(ctx.core.cases).count_matching

    def spy(self, flt):
        asked.append(flt)
        return real(self, flt)

    monkeypatch.setattr(type(ctx.core.cases), "count_matching", spy)
    window.filter_bar.status.set_code("baru")
    flt = CaseFilter(status="baru")
    wait_list(qtbot, window, ctx.core.cases.list_seqs(flt))
    qtbot.waitUntil(lambda: flt in asked)
    n = real(ctx.core.cases, flt)
    assert window.filter_bar.count_label.text() == ("1 case" if n == 1 else f"{n} cases")


def test_a_date_field_empties_with_delete(qtbot, window):
    edit = window.filter_bar.received_from
    edit.set_value(date(2026, 3, 1))
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None and edit.text() == "—"


# -- the right-click menu -----------------------------------------------------------------

class FakeCaseWindow(QMainWindow):
    from PySide6.QtCore import Signal
    caseChanged = Signal(int)
    openCaseRequested = Signal(int)
    opened: list[int] = []

    def __init__(self, ctx, case_key, parent=None):
        super().__init__(parent)
        FakeCaseWindow.opened.append(case_key)


class FakeReceiptDialog(QDialog):
    opened: list[str] = []

    def __init__(self, ctx, case_number, parent=None):
        super().__init__(parent)
        FakeReceiptDialog.opened.append(case_number)


@pytest.fixture
def fakes(monkeypatch):
    FakeCaseWindow.opened, FakeReceiptDialog.opened = [], []
    module = types.ModuleType("desktop.ui.case_view.case_window")
    module.CaseWindow = FakeCaseWindow
    monkeypatch.setitem(sys.modules, "desktop.ui.case_view.case_window", module)
    import desktop.ui.receipt_dialog as receipt

    monkeypatch.setattr(receipt, "ReceiptDialog", FakeReceiptDialog)


def test_right_click_opens_prints_again_and_copies(qtbot, ctx, window, fakes):
    table, menu = window.table, window.case_menu
    qtbot.waitUntil(lambda: window.model.case_row(2) is not None)
    seq = window.model.seq_at(2)
    number = window.model.case_row(2).case_number
    pos = table.visualRect(window.model.index(2, m.COL_WORKER)).center()
    QApplication.sendEvent(table.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, table.viewport().mapToGlobal(pos)))
    qtbot.waitUntil(menu.menu.isVisible)
    assert window.current_seq() == seq  # the row under the mouse is the one acted on
    assert [a.text() for a in menu.menu.actions() if a.text()] == [
        "&Open", "&Print the receipt again…", "&Copy case number"]
    assert menu.act_receipt.isEnabled() and menu.act_copy.isEnabled()

    menu.act_copy.trigger()
    assert QGuiApplication.clipboard().text() == number
    menu.act_receipt.trigger()
    assert FakeReceiptDialog.opened == [number]
    menu.act_open.trigger()
    assert FakeCaseWindow.opened == [seq]
    menu.menu.close()


def test_keyboard_menu_and_ctrl_c_act_on_the_current_row(qtbot, ctx, window, fakes):
    table, menu = window.table, window.case_menu
    qtbot.waitUntil(lambda: window.model.case_row(4) is not None)
    window.select_seq(window.model.seq_at(4))
    table.setFocus()
    QApplication.sendEvent(table, QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), table.mapToGlobal(QPoint(0, 0))))
    qtbot.waitUntil(menu.menu.isVisible)
    menu.menu.close()
    number = window.model.case_row(4).case_number
    QGuiApplication.clipboard().clear()
    assert menu.copy_number(table.currentIndex().row())
    assert QGuiApplication.clipboard().text() == number
    # Nothing under the mouse (no row there): no menu.
    assert not menu.show_at(QPoint(5, -20))


def test_a_typed_date_counts_once_complete(qtbot, window):
    edit, changes = window.filter_bar.received_to, []
    window.filter_bar.changed.connect(lambda: changes.append(edit.value()))
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, "15032026")
    assert changes == []  # not a reload per digit
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() == date(2026, 3, 15) and changes == [date(2026, 3, 15)]
