"""Beranda in the main window (desktop/ui/home/home_view.py, desktop/ui/main_window.py): the
tiles show the dashboard's counts, a tile opens the list filtered to exactly those cases with
the filter shown in the bar, F2 comes back, and who lands where; the View menu's reports and
the File menu's case-list export reach the report helper's modules with the list's state.
"""

from __future__ import annotations

import sys
import types
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.domain.casework import ReferralInput
from desktop.domain.deadlines import add_working_days
from desktop.services import dashboard as d
from desktop.services.cases import CaseFilter, CaseSort
from desktop.ui.main_window import MainWindow
from tests.conftest import STAFF_PW, make_intake, ticking_clock
from tests.ui.mnemonic_audit import mnemonic_problems

WIB = ZoneInfo("Asia/Jakarta")
RECORDED = date(2026, 6, 2)
TODAY = add_working_days(RECORDED, 18)


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=WIB)


@pytest.fixture
def office(admin_core, login, ctx):
    """Cases of the supervisor (ctx, "kasi") and of a case officer, "budi"."""
    admin_core.accounts.add_user("budi", "Budi Santoso", "case_officer", STAFF_PW)
    sup, budi = ctx.core, login("budi", "case_officer")
    sup.now = budi.now = ticking_clock(at(RECORDED))
    numbers = {}
    for name, category, officer in (("death", "meninggal_dunia", "budi"),
                                    ("late", "putus_komunikasi", "budi"),
                                    ("nobody", "gaji_tidak_dibayar", ""),
                                    ("referred", "gaji_tidak_dibayar", "budi"),
                                    ("flagged", "ingin_dipulangkan", "kasi")):
        numbers[name] = sup.cases.record_intake(make_intake(complaint__category=category))
        if officer:
            sup.handling.assign(numbers[name], officer)
    sup.handling.flag_urgent(numbers["flagged"], "Majikan mengancam pekerja")
    sup.referrals.refer(numbers["referred"], ReferralInput(
        legal_basis="vital_interest",
        addressee="KBRI Kuala Lumpur", kind="perwakilan", method="surat", letter_no="B.1/2026",
        request="Mohon bantuan pemulangan."))
    sup.now = budi.now = ticking_clock(at(TODAY))
    return sup, budi, {k: sup.cases.resolve(v)["seq"] for k, v in numbers.items()}


@pytest.fixture
def open_main(qtbot):
    def _open(context) -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: not window._loading and not window.home.loading)
        return window
    return _open


def press(qtbot, window: QWidget, shortcut: str) -> None:
    sequence = QKeySequence(shortcut)[0]
    qtbot.keyClick(window, sequence.key(), sequence.keyboardModifiers())


def wait_counted(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.home.dashboard is not None and not window.home.loading,
                    timeout=5000)


def test_a_supervisor_lands_on_the_home_view_with_the_offices_counts(
        qtbot, ctx, office, open_main):
    window = open_main(ctx)
    wait_counted(qtbot, window)
    assert window.home_shown()
    home = window.home
    assert home.tiles[d.URGENT].hasFocus() or not window.isActiveWindow()
    dash = ctx.core.dashboard.counts()
    assert list(home.tiles) == dash.tile_keys() == list(d.KEYS)
    for item in dash.items:
        tile = home.tiles[item.key]
        assert tile.count_text() == str(item.count), item.key
        assert tile.isEnabled() and tile.isVisible()
    assert home.tiles[d.URGENT].count_text() == "2"
    assert home.tiles[d.UNASSIGNED_CASES].count_text() == "1"
    assert home.tiles[d.REFERRAL_WAITING].count_text() == "1"
    # Urgent and past-deadline tiles call for action; a zero overdue one does not.
    assert home.tiles[d.URGENT].is_alarm() and home.tiles[d.PAST_DEADLINE].is_alarm()
    assert not home.tiles[d.CONTACT_OVERDUE].is_alarm()
    assert not home.tiles[d.UNASSIGNED_CASES].is_alarm()
    assert "Kasi" in home.greeting.text()
    assert home.scope.text().startswith("BP3TKI Surabaya · ")
    assert TODAY.strftime("%B") in home.scope.text()  # "Friday, 26 June 2026"
    assert home.tiles[d.NEW_SINCE_LOGIN].note().startswith("since ")


def test_a_tile_opens_the_list_filtered_to_exactly_its_cases(qtbot, ctx, office, open_main):
    _sup, _budi, seq = office
    window = open_main(ctx)
    wait_counted(qtbot, window)
    qtbot.mouseClick(window.home.tiles[d.URGENT], Qt.MouseButton.LeftButton)
    assert not window.home_shown()
    flt = window.home.filter_of(d.URGENT)
    assert window.filter_bar.current_filter() == flt
    qtbot.waitUntil(lambda: set(window.model.seqs()) == {seq["death"], seq["flagged"]})
    assert window.view_actions["urgent"].isChecked()  # the tile means the saved view
    assert window.filter_bar.clear_button.isEnabled()  # a filter is on, and can go
    qtbot.waitUntil(lambda: window.filter_bar.count_label.text() == "2 cases")

    press(qtbot, window, "F2")  # back home, counted again
    assert window.home_shown()
    wait_counted(qtbot, window)
    qtbot.mouseClick(window.home.tiles[d.UNASSIGNED_CASES], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.seqs() == [seq["nobody"]])
    assert window.filter_bar.officer.currentText() == "No officer yet"


def test_a_referral_tile_shows_its_filter_as_a_chip_that_can_be_dropped(
        qtbot, ctx, office, open_main):
    _sup, _budi, seq = office
    window = open_main(ctx)
    wait_counted(qtbot, window)
    bar = window.filter_bar
    assert not bar.chips and not bar.chip_label.isVisible()
    window.home.tiles[d.REFERRAL_WAITING].click()
    qtbot.waitUntil(lambda: window.model.seqs() == [seq["referred"]])
    chip = bar.chips["referral_waiting"]
    assert chip.isVisible() and bar.chip_label.isVisible()
    assert chip.text().startswith("Referral waiting for a reply")
    assert bar.current_filter().referral_waiting
    chip.click()  # dropped: the list widens to the rest of the tile's filter
    assert "referral_waiting" not in bar.chips
    assert not bar.current_filter().referral_waiting
    qtbot.waitUntil(lambda: len(window.model.seqs()) == 5)
    assert not bar.chip_label.isVisible()


def test_new_since_last_login_shows_the_instant_and_show_all_clears_it(
        qtbot, ctx, office, open_main):
    window = open_main(ctx)
    wait_counted(qtbot, window)
    since = window.home.dashboard.since
    window.home.tiles[d.NEW_SINCE_LOGIN].click()
    bar = window.filter_bar
    assert bar.current_filter().recorded_since == since
    chip = bar.chips["recorded_since"]
    assert chip.text().startswith("Recorded after ") and "WIB" in chip.text()
    qtbot.waitUntil(lambda: bar.count_label.text() != "")
    assert bar.is_active()
    bar.clear_button.click()
    assert bar.current_filter() == CaseFilter() and not bar.chips


def test_a_case_officer_lands_home_on_their_own_counts_with_their_list_behind(
        qtbot, make_ctx, office, open_main):
    _sup, budi, seq = office
    window = open_main(make_ctx(budi))
    wait_counted(qtbot, window)
    assert window.home_shown()
    assert d.UNASSIGNED_CASES not in window.home.tiles
    assert window.home.tiles[d.URGENT].count_text() == "1"  # their death case, not kasi's
    assert "Your open cases" in window.home.tiles[d.URGENT].toolTip()
    # Their own list waits behind the home view, as before there was one.
    qtbot.waitUntil(lambda: window.view_actions["mine"].isChecked())
    window.home.list_button.click()
    assert not window.home_shown()
    assert set(window.model.seqs()) == {seq["death"], seq["late"], seq["referred"]}


@pytest.mark.parametrize("who", ["front_office", "admin"])
def test_front_office_and_administrator_land_on_the_list_and_f2_reaches_home(
        qtbot, officer_ctx, admin_ctx, office, open_main, who):
    context = officer_ctx if who == "front_office" else admin_ctx
    context.core.now = ticking_clock(at(TODAY))
    window = open_main(context)
    assert not window.home_shown()
    qtbot.waitUntil(lambda: len(window.model.seqs()) == 5)
    assert window.home.dashboard is None  # nothing counted for a page not shown
    window.activateWindow()
    press(qtbot, window, "F2")
    assert window.home_shown()
    wait_counted(qtbot, window)
    assert d.UNASSIGNED_CASES not in window.home.tiles
    assert window.home.tiles[d.URGENT].count_text() == "2"  # the office's


def test_the_tiles_are_reached_and_pressed_by_keyboard(qtbot, ctx, office, open_main):
    _sup, _budi, seq = office
    window = open_main(ctx)
    wait_counted(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    home = window.home
    tiles = list(home.tiles.values())
    tiles[0].setFocus()
    qtbot.keyClick(tiles[0], Qt.Key.Key_Right)
    assert tiles[1].hasFocus()
    qtbot.keyClick(tiles[1], Qt.Key.Key_Down)
    assert tiles[4].hasFocus()
    qtbot.keyClick(tiles[4], Qt.Key.Key_Tab)
    assert tiles[5].hasFocus()
    qtbot.keyClick(tiles[5], Qt.Key.Key_Return)  # Enter opens it
    qtbot.waitUntil(lambda: not window.home_shown())
    assert window.filter_bar.current_filter() == home.filter_of(d.UNASSIGNED_CASES)

    press(qtbot, window, "F2")
    wait_counted(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # &Urgent open
    qtbot.waitUntil(lambda: set(window.model.seqs()) == {seq["death"], seq["flagged"]})


def test_each_alt_letter_of_the_window_with_its_home_view_is_unique(
        qtbot, ctx, office, open_main):
    window = open_main(ctx)
    wait_counted(qtbot, window)
    assert mnemonic_problems(window) == []
    window.show_list()
    assert mnemonic_problems(window) == []


def test_typing_a_search_on_the_home_view_shows_the_list(qtbot, ctx, office, open_main):
    window = open_main(ctx)
    wait_counted(qtbot, window)
    qtbot.keyClicks(window.search, "Dewi")
    assert not window.home_shown()


def test_a_saved_view_shortcut_shows_the_list(qtbot, ctx, office, open_main):
    window = open_main(ctx)
    window.activateWindow()
    press(qtbot, window, "Ctrl+5")
    assert not window.home_shown()
    assert window.view_actions["unassigned"].isChecked()


def test_f5_on_the_home_view_counts_again(qtbot, ctx, office, open_main):
    sup, _budi, _seq = office
    window = open_main(ctx)
    wait_counted(qtbot, window)
    sup.cases.record_intake(make_intake(complaint__category="meninggal_dunia"))
    window.activateWindow()
    press(qtbot, window, "F5")
    qtbot.waitUntil(lambda: window.home.tiles[d.URGENT].count_text() == "3", timeout=5000)
    window.home.refresh_button.click()
    wait_counted(qtbot, window)
    assert window.home.tiles[d.URGENT].count_text() == "3"


def test_the_menus_offer_home_reports_and_the_list_export_with_their_keys(
        qtbot, ctx, officer_ctx, make_ctx, office, open_main):
    from desktop.ui.help.dialogs import window_shortcuts

    window = open_main(ctx)
    rows = window_shortcuts(window)
    assert ("View", "Home", "F2") in rows
    assert ("View", "Reports", "Ctrl+L") in rows
    assert ("File", "Export case list", "Ctrl+Shift+E") in rows
    # Those who may not: no entry, and the key does nothing.
    front = open_main(officer_ctx)
    assert not front.act_reports.isVisible() and not front.act_export_list.isVisible()
    assert ("View", "Home", "F2") in window_shortcuts(front)
    _sup, budi, _seq = office
    officer = open_main(make_ctx(budi))
    assert not officer.act_reports.isVisible() and not officer.act_export_list.isVisible()


@pytest.fixture
def fake_reports(monkeypatch):
    """The report helper's modules as stand-ins: what the main window hands them."""
    calls: list[tuple] = []

    class ReportWindow(QWidget):
        def __init__(self, ctx, parent=None):
            super().__init__(parent, Qt.WindowType.Window)
            calls.append(("window", ctx))

    def export_case_list(parent, ctx, flt, search, sort):
        calls.append(("export", flt, search, sort))

    package = types.ModuleType("desktop.ui.reports")
    package.__path__ = []
    window_mod = types.ModuleType("desktop.ui.reports.report_window")
    window_mod.ReportWindow = ReportWindow
    export_mod = types.ModuleType("desktop.ui.reports.case_list_export")
    export_mod.export_case_list = export_case_list
    if "desktop.ui.reports" not in sys.modules:
        try:
            import desktop.ui.reports  # noqa: F401
        except ImportError:
            monkeypatch.setitem(sys.modules, "desktop.ui.reports", package)
    monkeypatch.setitem(sys.modules, "desktop.ui.reports.report_window", window_mod)
    monkeypatch.setitem(sys.modules, "desktop.ui.reports.case_list_export", export_mod)
    return calls


def test_reports_and_the_list_export_get_the_window_and_the_lists_state(
        qtbot, ctx, office, open_main, fake_reports):
    window = open_main(ctx)
    window.activateWindow()
    press(qtbot, window, "Ctrl+L")
    assert fake_reports == [("window", ctx)]
    assert window.windows["reports"].isVisible()
    window.windows["reports"].close()

    window.open_list(CaseFilter(urgent=True, open_only=True, order="due"))
    window.search.setText("Dewi")
    window._set_sort(CaseSort("received", descending=True))
    press(qtbot, window, "Ctrl+Shift+E")
    assert fake_reports[-1] == ("export", CaseFilter(urgent=True, open_only=True, order="due"),
                                "Dewi", CaseSort("received", descending=True))


def test_an_export_module_missing_says_so(qtbot, ctx, office, open_main, message_boxes,
                                         monkeypatch):
    monkeypatch.setitem(sys.modules, "desktop.ui.reports.case_list_export", None)
    monkeypatch.setitem(sys.modules, "desktop.ui.reports.report_window", None)
    window = open_main(ctx)
    window.export_case_list()
    window.show_reports()
    assert [m[0] for m in message_boxes] == ["information", "information"]
