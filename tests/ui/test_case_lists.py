"""The main window's lists for case work: officer column and filter, deadlines, urgent first,
the saved views (my cases, awaiting approval, contacts today, unassigned, urgent) and the
urgent count in the status bar.

One office, recorded through the services on 2 June 2026 and looked at 18 working days
later ("today"): a 14-day case is then 5 days late, a 20-day case is near its deadline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel

from desktop.domain.casework import ProposalInput
from desktop.domain.deadlines import add_working_days
from desktop.services.cases import UNASSIGNED, CaseFilter
from desktop.ui import case_list_model as m
from desktop.ui.main_window import MainWindow
from tests.conftest import STAFF_PW, make_intake, ticking_clock

WIB = ZoneInfo("Asia/Jakarta")
RECORDED = date(2026, 6, 2)  # a Tuesday (1 June is Pancasila Day)
TODAY = add_working_days(RECORDED, 18)  # day 19 of every clock that ran all along
DISPLAY = Qt.ItemDataRole.DisplayRole


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=WIB)


@dataclass
class Office:
    """Case seqs by what they are, and the cores that made them."""

    sup: object
    budi: object
    seq: dict[str, int]

    def seqs(self, *names: str) -> list[int]:
        return [self.seq[n] for n in names]


@pytest.fixture
def office(admin_core, login, ctx):
    """Nine cases of a supervisor (the ctx fixture's "kasi") and two case officers."""
    admin_core.accounts.add_user("budi", "Budi Santoso", "case_officer", STAFF_PW)
    admin_core.accounts.add_user("ani", "Ani Rahmawati", "case_officer", STAFF_PW)
    sup, budi = ctx.core, login("budi", "case_officer")
    sup.now = budi.now = ticking_clock(at(RECORDED))
    numbers: dict[str, str] = {}

    def record(name: str, category: str, officer: str = "") -> str:
        numbers[name] = sup.cases.record_intake(make_intake(
            complaint__category=category, worker__name=f"Pekerja {name.title()}"))
        if officer:
            sup.handling.assign(numbers[name], officer)
        return numbers[name]

    record("closed", "gaji_tidak_dibayar", "budi")
    sup.cases.change_status(numbers["closed"], "proses")
    sup.cases.change_status(numbers["closed"], "selesai", outcome="hak_dibayar")
    record("wages", "gaji_tidak_dibayar", "budi")  # 60 working days
    record("nobody", "gaji_tidak_dibayar")
    record("flagged", "ingin_dipulangkan", "ani")
    sup.handling.flag_urgent(numbers["flagged"], "Majikan mengancam pekerja")
    record("death", "meninggal_dunia", "budi")  # urgent by its category, 20 days
    record("late", "putus_komunikasi", "budi")  # 14 days
    record("paused", "gaji_tidak_dibayar", "ani")
    sup.cases.change_status(numbers["paused"], "validasi")
    sup.cases.change_status(numbers["paused"], "menunggu_dokumen")
    record("proposed", "ingin_dipulangkan", "budi")
    sup.cases.change_status(numbers["proposed"], "proses")
    budi.handling.propose_closure(numbers["proposed"], ProposalInput(
        status="selesai", outcome="dipulangkan", summary="Pekerja sudah tiba di Surabaya."))
    record("call_today", "lainnya", "budi")
    sup.cases.add_event(numbers["call_today"], "kontak_keluarga", "Ibu pekerja ditelepon.",
                        channel="telepon", spoke_with="Siti Aminah", result="tersambung",
                        next_contact_due=TODAY)
    sup.now = budi.now = ticking_clock(at(TODAY))
    return Office(sup, budi, {k: sup.cases.resolve(v)["seq"] for k, v in numbers.items()})


@pytest.fixture
def open_window(qtbot):
    def _open(context) -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        window.show_list()  # these tests are about the list; handling staff land at home
        qtbot.waitUntil(lambda: not window._loading and window.status.urgent_count() is not None)
        return window
    return _open


def shown(window: MainWindow) -> list[int]:
    return window.model.seqs()


def wait_list(qtbot, window: MainWindow, expected: list[int]) -> None:
    qtbot.waitUntil(lambda: shown(window) == expected, timeout=5000)


def cell(window: MainWindow, seq: int, col: int, role=DISPLAY):
    """A cell of a case's row, once its page is loaded."""
    model = window.model
    row = model.row_of(seq)
    model.data(model.index(row, 0))
    return model.data(model.index(row, col), role)


def wait_rows(qtbot, window: MainWindow) -> None:
    model = window.model
    for row in range(model.rowCount()):
        model.data(model.index(row, 0))
    qtbot.waitUntil(lambda: all(model.case_row(r) for r in range(model.rowCount())))


def press(qtbot, window: MainWindow, shortcut: str) -> None:
    sequence = QKeySequence(shortcut)[0]
    qtbot.keyClick(window, sequence.key(), sequence.keyboardModifiers())


# -- urgent first --------------------------------------------------------------------------

def test_urgent_cases_come_first_then_the_newest(qtbot, ctx, office, open_window):
    window = open_window(ctx)
    wait_list(qtbot, window, office.seqs("death", "flagged", "call_today", "proposed", "paused",
                                         "late", "nobody", "wages", "closed"))
    assert window.status.count_label.text() == "9 cases"


def test_urgent_cases_come_first_in_search_results_and_filtered_lists(
        qtbot, ctx, office, open_window):
    window = open_window(ctx)
    qtbot.keyClicks(window.search, "Pekerja")
    qtbot.waitUntil(lambda: len(shown(window)) == 9, timeout=5000)
    assert set(shown(window)[:2]) == set(office.seqs("death", "flagged"))

    window.search.clear()
    window.filter_bar.apply(CaseFilter(officer="budi"))  # newest first within the rest
    wait_list(qtbot, window, office.seqs("death", "call_today", "proposed", "late", "wages"))
    window.filter_bar.apply(CaseFilter(officer="ani"))
    wait_list(qtbot, window, office.seqs("flagged", "paused"))


def test_a_quoted_case_number_comes_first_even_before_urgent_cases(
        qtbot, ctx, office, open_window, monkeypatch):
    wages, death = office.seqs("wages", "death")
    number = ctx.core.cases.rows([wages])[0].case_number
    tail = str(int(number.rsplit("-", 1)[1]))  # "7", as a family says it on the phone
    window = open_window(ctx)
    # The search ranks the number first; an urgent case matching otherwise stays after it.
    monkeypatch.setattr(ctx.core.search, "search", lambda text: [wages, death])
    qtbot.keyClicks(window.search, tail)
    qtbot.waitUntil(lambda: shown(window) == [wages, death], timeout=5000)
    window.search.clear()
    qtbot.keyClicks(window.search, "Pekerja")  # a name: urgent open cases first
    qtbot.waitUntil(lambda: shown(window) == [death, wages], timeout=5000)


def test_urgent_rows_carry_a_red_mark_bold_text_and_say_why(qtbot, ctx, office, open_window):
    window = open_window(ctx)
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    wait_rows(qtbot, window)
    death, flagged, wages = office.seqs("death", "flagged", "wages")
    assert isinstance(cell(window, death, m.COL_NUMBER, Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell(window, death, m.COL_NUMBER, Qt.ItemDataRole.ForegroundRole) == m.URGENT_COLOR
    assert cell(window, death, m.COL_NUMBER, Qt.ItemDataRole.FontRole).bold()
    assert cell(window, death, m.COL_CATEGORY, Qt.ItemDataRole.FontRole).bold()
    assert cell(window, death, m.COL_NUMBER, Qt.ItemDataRole.ToolTipRole) == (
        "Urgent: Death abroad")
    # The flag's reason is not in the list's rows: the tooltip says where to find it.
    assert cell(window, flagged, m.COL_NUMBER, Qt.ItemDataRole.ToolTipRole).startswith(
        "Urgent: ")
    assert cell(window, flagged, m.COL_WORKER, Qt.ItemDataRole.AccessibleDescriptionRole) == (
        cell(window, flagged, m.COL_NUMBER, Qt.ItemDataRole.ToolTipRole))
    assert cell(window, wages, m.COL_NUMBER, Qt.ItemDataRole.DecorationRole) is None
    assert cell(window, wages, m.COL_NUMBER, Qt.ItemDataRole.FontRole) is None
    assert cell(window, wages, m.COL_NUMBER, Qt.ItemDataRole.ToolTipRole) == (
        cell(window, wages, m.COL_NUMBER))


# -- officer and deadline columns ----------------------------------------------------------

def test_the_officer_column_names_the_officer_or_says_nobody_handles_it(
        qtbot, ctx, office, open_window):
    window = open_window(ctx)
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    wait_rows(qtbot, window)
    assert cell(window, office.seq["wages"], m.COL_OFFICER) == "Budi Santoso"
    assert cell(window, office.seq["paused"], m.COL_OFFICER) == "Ani Rahmawati"
    assert cell(window, office.seq["closed"], m.COL_OFFICER) == "Budi Santoso"
    nobody = office.seq["nobody"]
    assert cell(window, nobody, m.COL_OFFICER) == "— none —"
    assert cell(window, nobody, m.COL_OFFICER, Qt.ItemDataRole.ForegroundRole) == m.DIM_COLOR
    assert "No handling officer yet" in cell(window, nobody, m.COL_OFFICER,
                                             Qt.ItemDataRole.ToolTipRole)
    assert window.model.headerData(m.COL_OFFICER, Qt.Orientation.Horizontal) == "Officer"


def test_the_deadline_column_counts_working_days_as_of_today(qtbot, ctx, office, open_window):
    window = open_window(ctx)
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    wait_rows(qtbot, window)
    seq = office.seq
    assert cell(window, seq["wages"], m.COL_DEADLINE) == "day 19/60"
    assert cell(window, seq["wages"], m.COL_DEADLINE, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(window, seq["death"], m.COL_DEADLINE) == "day 19/20"
    assert cell(window, seq["death"], m.COL_DEADLINE,
                Qt.ItemDataRole.ForegroundRole) == m.NEAR_COLOR
    assert cell(window, seq["death"], m.COL_DEADLINE, Qt.ItemDataRole.ToolTipRole).startswith(
        "Deadline near: day 19 of 20 working days")
    assert cell(window, seq["late"], m.COL_DEADLINE) == "5 days late"
    assert cell(window, seq["late"], m.COL_DEADLINE,
                Qt.ItemDataRole.ForegroundRole) == m.OVERDUE_COLOR
    assert cell(window, seq["late"], m.COL_DEADLINE, Qt.ItemDataRole.FontRole).bold()
    assert cell(window, seq["paused"], m.COL_DEADLINE) == "paused"
    assert cell(window, seq["closed"], m.COL_DEADLINE) == ""
    # The same day count as the case view's clock.
    assert ctx.core.cases.get(seq["wages"]).deadline.day == 19


def test_a_proposal_awaiting_approval_shows_in_the_status_cell(qtbot, ctx, office, open_window):
    window = open_window(ctx)
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    wait_rows(qtbot, window)
    proposed = office.seq["proposed"]
    assert cell(window, proposed, m.COL_STATUS) == "In progress → Resolved"
    assert isinstance(cell(window, proposed, m.COL_STATUS, Qt.ItemDataRole.DecorationRole),
                      QIcon)
    assert cell(window, proposed, m.COL_STATUS, Qt.ItemDataRole.ToolTipRole).startswith(
        "Awaiting approval")
    assert cell(window, office.seq["wages"], m.COL_STATUS) == "New"
    assert cell(window, office.seq["wages"], m.COL_STATUS, Qt.ItemDataRole.DecorationRole) is None


# -- filters -------------------------------------------------------------------------------

def test_deadline_filters_list_past_and_near_cases(qtbot, ctx, office, open_window):
    window = open_window(ctx)
    bar = window.filter_bar
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    bar.past_deadline.setChecked(True)
    wait_list(qtbot, window, office.seqs("late"))
    bar.near_deadline.setChecked(True)  # both: past or near
    wait_list(qtbot, window, office.seqs("death", "late"))
    bar.past_deadline.setChecked(False)
    wait_list(qtbot, window, office.seqs("death"))
    assert window.status.count_label.text() == "1 of 9 cases"


def test_officer_filter_combines_with_status_category_and_toggles(
        qtbot, ctx, office, open_window):
    window = open_window(ctx)
    bar = window.filter_bar
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    names = [bar.officer.itemText(i) for i in range(bar.officer.count())]
    # A supervisor handles cases too: "My cases" first, then nobody, then each officer.
    assert names == ["Everyone", "My cases", "No officer yet", "", "Ani Rahmawati",
                     "Budi Santoso"]
    bar.officer.setCurrentIndex(bar.officer.findData("budi"))
    wait_list(qtbot, window, office.seqs("death", "call_today", "proposed", "late", "wages"))
    bar.category.set_code("gaji_tidak_dibayar")
    wait_list(qtbot, window, office.seqs("wages"))
    bar.category.set_code("")
    bar.urgent.setChecked(True)
    wait_list(qtbot, window, office.seqs("death"))
    bar.officer.setCurrentIndex(bar.officer.findData(UNASSIGNED))
    wait_list(qtbot, window, [])
    assert window.empty_label.text() == "No case matches these filters."
    bar.urgent.setChecked(False)
    wait_list(qtbot, window, office.seqs("nobody"))
    assert bar.clear_button.isEnabled()
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    assert bar.current_filter() == CaseFilter()


def test_contacts_today_and_overdue_contacts_exclude_each_other(qtbot, ctx, office, open_window):
    window = open_window(ctx)
    bar = window.filter_bar
    bar.contact_today.setChecked(True)
    wait_list(qtbot, window, office.seqs("call_today"))
    bar.overdue.setChecked(True)  # both would list nothing: the other one goes off
    assert not bar.contact_today.isChecked()
    bar.contact_today.setChecked(True)
    assert not bar.overdue.isChecked()
    wait_list(qtbot, window, office.seqs("call_today"))


# -- saved views ---------------------------------------------------------------------------

def test_each_view_sets_the_filter_bar_and_lists_its_cases(qtbot, ctx, office, open_window):
    window = open_window(ctx)
    bar = window.filter_bar
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    assert window.view_actions["all"].isChecked()
    qtbot.keyClicks(window.search, "Pekerja")  # a view is a defined state: no search

    press(qtbot, window, "Ctrl+3")
    wait_list(qtbot, window, office.seqs("proposed"))
    assert window.search.text() == "" and bar.awaiting_approval.isChecked()
    assert window.view_actions["approval"].isChecked()

    press(qtbot, window, "Ctrl+4")  # a supervisor: every family to call today
    wait_list(qtbot, window, office.seqs("call_today"))
    assert bar.contact_today.isChecked() and bar.officer.currentData() == ""

    press(qtbot, window, "Ctrl+5")
    wait_list(qtbot, window, office.seqs("nobody"))
    assert bar.officer.currentText() == "No officer yet" and bar.open_only.isChecked()

    press(qtbot, window, "Ctrl+6")
    wait_list(qtbot, window, office.seqs("death", "flagged"))
    assert bar.urgent.isChecked() and bar.order.currentData() == "due"

    press(qtbot, window, "Ctrl+2")  # the supervisor handles none of these
    wait_list(qtbot, window, [])
    assert bar.officer.currentText() == "My cases"
    assert window.empty_label.text().startswith("You have no open cases.")

    press(qtbot, window, "Ctrl+1")
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    assert bar.current_filter() == CaseFilter() and window.view_actions["all"].isChecked()

    bar.past_deadline.setChecked(True)  # by hand: no view matches any more
    qtbot.waitUntil(lambda: not any(a.isChecked() for a in window.view_actions.values()))


def test_the_view_menu_names_each_view_with_its_shortcut(qtbot, ctx, open_window):
    window = open_window(ctx)
    entries = [(a.text(), a.shortcut().toString()) for a in window.menu_view.actions()
               if a.isVisible() and not a.isSeparator()]
    assert entries == [("&Home", "F2"), ("&All cases", "Ctrl+1"), ("&My cases", "Ctrl+2"),
                       ("Awaiting appro&val", "Ctrl+3"), ("&Contacts due today", "Ctrl+4"),
                       ("&Unassigned cases", "Ctrl+5"), ("U&rgent cases", "Ctrl+6"),
                       ("Referrals a&waiting reply…", "Ctrl+R"),
                       ("Information re&quests…", "Ctrl+Shift+I"),
                       ("Partner &directory…", "Ctrl+D"), ("Re&ports…", "Ctrl+L"),
                       ("Personal data of a per&son…", "Ctrl+Shift+P"),
                       ("Audit &trail…", "Ctrl+Shift+A"), ("Re&fresh", "F5")]


def test_the_referrals_and_directory_windows_open_beside_the_list(
        qtbot, ctx, office, open_window, monkeypatch):
    from desktop.ui.directory_window import DirectoryWindow
    from desktop.ui.referrals_window import PendingReferralsWindow

    window = open_window(ctx)
    opened: list[int] = []
    monkeypatch.setattr(window, "open_case", opened.append)
    press(qtbot, window, "Ctrl+R")
    referrals = window.windows["referrals"]
    assert isinstance(referrals, PendingReferralsWindow) and referrals.isVisible()
    assert not referrals.isModal()
    referrals.openCase.emit(office.seq["late"])
    assert opened == [office.seq["late"]]
    window.act_referrals.trigger()  # already open: the same window comes forward
    assert window.windows["referrals"] is referrals

    press(qtbot, window, "Ctrl+D")
    directory = window.windows["directory"]
    assert isinstance(directory, DirectoryWindow) and directory.isVisible()
    directory.close()
    window.act_directory.trigger()  # closed: a fresh one
    assert window.windows["directory"] is not directory
    assert window.windows["directory"].isVisible()


def test_a_case_officer_starts_on_their_own_cases_most_pressing_first(
        qtbot, make_ctx, office, open_window):
    window = open_window(make_ctx(office.budi))
    # Urgent, then the family to call today, then the nearest deadline.
    wait_list(qtbot, window, office.seqs("death", "call_today", "late", "proposed", "wages"))
    assert window.view_actions["mine"].isChecked()
    bar = window.filter_bar
    assert bar.officer.currentText() == "My cases" and bar.order.currentData() == "due"
    assert bar.open_only.isChecked()
    assert window.status.count_label.text() == "5 of 9 cases"

    press(qtbot, window, "Ctrl+4")  # a case officer's contacts today are their own
    wait_list(qtbot, window, office.seqs("call_today"))
    assert bar.officer.currentData() == "budi"
    press(qtbot, window, "Ctrl+3")  # their proposals, waiting for the supervisor
    wait_list(qtbot, window, office.seqs("proposed"))


def test_a_case_officer_with_no_open_case_starts_on_every_case(
        qtbot, admin_core, login, make_ctx, office, open_window):
    dodi = login("dodi", "case_officer")
    dodi.now = ticking_clock(at(TODAY))
    window = open_window(make_ctx(dodi))
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    assert window.view_actions["all"].isChecked()
    assert window.filter_bar.current_filter() == CaseFilter()


def test_front_office_starts_on_every_case_without_my_cases_or_approvals(
        qtbot, officer_ctx, office, open_window):
    window = open_window(officer_ctx)
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    assert not window.view_actions["mine"].isVisible()
    assert not window.view_actions["approval"].isVisible()
    bar = window.filter_bar
    assert bar.officer.findText("My cases") == -1
    press(qtbot, window, "Ctrl+2")  # nothing: the view is not theirs
    qtbot.wait(50)
    assert bar.current_filter() == CaseFilter()
    window.show_view("mine")
    assert bar.current_filter() == CaseFilter()
    press(qtbot, window, "Ctrl+5")
    wait_list(qtbot, window, office.seqs("nobody"))


def test_a_removed_accounts_open_cases_are_listed_as_unassigned(
        qtbot, ctx, admin_core, office, open_window):
    window = open_window(ctx)
    bar = window.filter_bar
    qtbot.waitUntil(lambda: bar.officer.findData("ani") >= 0)
    admin_core.accounts.remove_user("ani")
    window.reload()  # what a sync or a write elsewhere brings
    qtbot.waitUntil(lambda: bar.officer.findData("ani") == -1)
    window.show_view("unassigned")
    wait_list(qtbot, window, office.seqs("flagged", "paused", "nobody"))
    wait_rows(qtbot, window)
    assert cell(window, office.seq["paused"], m.COL_OFFICER) == "— none —"


# -- the urgent count ----------------------------------------------------------------------

def test_the_status_bar_counts_urgent_open_cases_and_follows_a_flag(
        qtbot, ctx, office, open_window):
    window = open_window(ctx)
    status = window.status
    assert status.urgent_count() == 2
    assert "2 urgent cases open" in status.urgent_label.text()
    assert "color: #b03a2e" in status.urgent_label.text()
    qtbot.waitUntil(lambda: len(shown(window)) == 9)

    # Flagged in its case window: the count and the order follow.
    wages = office.seq["wages"]
    ctx.core.handling.flag_urgent(wages, "Pekerja sakit keras")
    window._case_changed(wages)
    qtbot.waitUntil(lambda: status.urgent_count() == 3)
    assert "3 urgent cases open" in status.urgent_label.text()
    wait_list(qtbot, window, office.seqs("death", "flagged", "wages", "call_today", "proposed",
                                         "paused", "late", "nobody", "closed"))

    # The link (or Ctrl+6) lists them.
    status.urgent_label.linkActivated.emit("urgent")
    wait_list(qtbot, window, office.seqs("death", "flagged", "wages"))  # nearest deadline first
    assert window.view_actions["urgent"].isChecked()

    # Cleared elsewhere (the supervisor's other PC, through sync): the reload after sync
    # counts again.
    ctx.core.handling.clear_urgent(wages, "Sudah dirawat")
    ctx.core.handling.clear_urgent(office.seq["flagged"])
    ctx.core.cases.change_status(office.seq["death"], "proses")
    ctx.core.cases.change_status(office.seq["death"], "selesai", outcome="dipulangkan")
    window.reload()
    qtbot.waitUntil(lambda: status.urgent_count() == 0)
    assert status.urgent_label.text() == "No urgent case open"
    wait_list(qtbot, window, [])
    assert window.empty_label.text() == "No urgent case is open."


def test_typing_a_search_does_not_count_again(qtbot, ctx, office, open_window, monkeypatch):
    window = open_window(ctx)
    calls: list[int] = []
    real = ctx.core.cases.urgent_open_count
    monkeypatch.setattr(ctx.core.cases, "urgent_open_count",
                        lambda: calls.append(1) or real())
    qtbot.keyClicks(window.search, "Pekerja")
    qtbot.waitUntil(lambda: len(shown(window)) == 9 and not window._loading)
    window.filter_bar.urgent.setChecked(True)
    qtbot.waitUntil(lambda: len(shown(window)) == 2)
    assert calls == []
    window.act_refresh.trigger()
    qtbot.waitUntil(lambda: calls == [1])


# -- keyboard ------------------------------------------------------------------------------

def test_every_alt_letter_of_the_window_is_unique(qtbot, ctx, open_window):
    window = open_window(ctx)
    # The sync menu too: it shows once the PC is enrolled.
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.buddy() is not None]
    # Not the buttons of the date fields' calendars: pop-ups, windows of their own.
    texts += [w.text() for w in window.filter_bar.findChildren(QAbstractButton)
              if w.window() is window]
    # six menus, search, four combos, the received dates, seven toggles, "show all"
    assert len(texts) == 20
    assert all("&" in t for t in texts), texts
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(letters) == len(set(letters)), texts


def test_the_filters_are_reached_by_keyboard(qtbot, ctx, office, open_window):
    window = open_window(ctx)
    bar = window.filter_bar
    qtbot.waitUntil(lambda: len(shown(window)) == 9)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # Ur&gent
    wait_list(qtbot, window, office.seqs("death", "flagged"))
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Handled &by:
    assert window.focusWidget() is bar.officer
    bar.status.setFocus()
    reached = [bar.status]
    for _ in range(13):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        reached.append(window.focusWidget())
    assert reached == [bar.status, bar.category, bar.officer, bar.order, bar.received_from,
                       bar.received_to, *bar.toggles(), bar.clear_button]
