"""The main window: search as you type, filters, opening cases and the complaint form."""

from __future__ import annotations

import sys
import types

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QMainWindow

from desktop.demo.generator import bulk_generate
from desktop.domain.models import CaseRow
from desktop.services.cases import CaseFilter
from desktop.ui import case_list_model as m
from desktop.ui.main_window import MainWindow
from tests.conftest import make_intake


@pytest.fixture
def cases(ctx):
    """60 realistic cases recorded by the supervisor of the ctx fixture."""
    return bulk_generate(ctx.core, 60, seed=3)


def shown_seqs(window: MainWindow) -> list[int]:
    return window.model.seqs()


def wait_list(qtbot, window: MainWindow, expected: list[int]) -> None:
    qtbot.waitUntil(lambda: shown_seqs(window) == expected, timeout=5000)


def on_db(qtbot, ctx, fn):
    """The test's own reads go to the database thread too, as the window's do: one
    connection is never used by two threads at once (its statement cache is not shared
    safely; a read here racing a page load there failed one run in a few)."""
    box: list = []
    ctx.tasks.run_db(fn, box.append)
    qtbot.waitUntil(lambda: bool(box))
    return box[0]


def urgent_first(core, seqs: list[int]) -> list[int]:
    """Search results as listed: the urgent open cases first, each part best match first."""
    urgent = set(core.cases.list_seqs(CaseFilter(urgent=True)))
    return [s for s in seqs if s in urgent] + [s for s in seqs if s not in urgent]


class FakeCaseWindow(QMainWindow):
    caseChanged = Signal(int)
    openCaseRequested = Signal(int)
    opened: list[FakeCaseWindow] = []

    def __init__(self, ctx, case_key, parent=None):
        super().__init__(parent)
        self.case_key = case_key
        FakeCaseWindow.opened.append(self)


class FakeIntakeDialog(QDialog):
    caseSaved = Signal(str)
    openCaseRequested = Signal(int)
    opened: list[FakeIntakeDialog] = []

    def __init__(self, ctx, parent=None, from_inquiry=None):
        super().__init__(parent)
        FakeIntakeDialog.opened.append(self)


@pytest.fixture
def fake_views(monkeypatch):
    """Stand-ins for the case window and the intake form (built by others) to test wiring."""
    FakeCaseWindow.opened, FakeIntakeDialog.opened = [], []
    for name, attr, cls in (("desktop.ui.case_view.case_window", "CaseWindow", FakeCaseWindow),
                            ("desktop.ui.intake.intake_dialog", "IntakeDialog", FakeIntakeDialog)):
        module = types.ModuleType(name)
        setattr(module, attr, cls)
        monkeypatch.setitem(sys.modules, name, module)
    return FakeCaseWindow, FakeIntakeDialog


def test_the_window_shows_the_office_the_person_and_every_case(qtbot, ctx, cases, open_window):
    window = open_window(ctx)
    core = ctx.core
    assert window.windowTitle() == "BP3TKI Surabaya — Kasi (Supervisor)"
    wait_list(qtbot, window, core.cases.list_seqs(CaseFilter()))
    assert window.status.count_label.text() == "60 cases"
    assert "SBY" in window.status.office_label.text()
    assert window.status.user_label.text() == "Kasi · Supervisor"
    assert "Only on this computer" in window.status.sync_label.text()
    headers = [window.model.headerData(c, Qt.Orientation.Horizontal) for c in range(m.COLUMN_COUNT)]
    assert headers == ["Case number", "Received", "Status", "Deadline", "Category", "Worker",
                       "Complainant", "Destination", "Officer", "Next contact"]
    qtbot.waitUntil(lambda: window.model.case_row(0) is not None)
    newest = core.cases.rows(shown_seqs(window)[:1])[0]
    assert window.model.data(window.model.index(0, m.COL_NUMBER)) == newest.case_number


def test_search_as_you_type_finds_a_case(qtbot, ctx, cases, open_window):
    window = open_window(ctx)
    core = ctx.core
    qtbot.waitUntil(lambda: len(shown_seqs(window)) == 60)
    target = core.cases.rows(core.cases.list_seqs(CaseFilter())[-1:])[0]
    surname = target.worker_name.split()[-1]

    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.search
    qtbot.keyClicks(window.search, surname)
    assert window._search_timer.isActive()  # debounced: one search after the typing
    wait_list(qtbot, window, urgent_first(core, core.search.search(surname)))
    assert target.seq in shown_seqs(window)
    assert window.status.count_label.text() == f"{len(shown_seqs(window))} of 60 cases"

    # The case number finds exactly that case.
    window.search.clear()
    qtbot.keyClicks(window.search, target.case_number)
    wait_list(qtbot, window, [target.seq])
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.focusWidget() is window.table
    assert window.current_seq() == target.seq

    window.search.setFocus()
    qtbot.keyClicks(window.search, "zzqxj")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.empty_label)
    assert "No case matches" in window.empty_label.text()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # clears the search: everything again
    qtbot.waitUntil(lambda: len(shown_seqs(window)) == 60)
    assert window.stack.currentWidget() is window.table


def test_filters_narrow_the_list(qtbot, ctx, cases, open_window):
    window = open_window(ctx)
    core = ctx.core
    qtbot.waitUntil(lambda: len(shown_seqs(window)) == 60)
    bar = window.filter_bar
    assert bar.status.itemText(0) == "All statuses"
    assert bar.category.itemText(0) == "All categories"

    bar.status.set_code("proses")
    wait_list(qtbot, window,
              on_db(qtbot, ctx, lambda: core.cases.list_seqs(CaseFilter(status="proses"))))
    assert bar.clear_button.isEnabled()
    bar.category.set_code("ingin_dipulangkan")
    wait_list(qtbot, window, on_db(qtbot, ctx, lambda: core.cases.list_seqs(
        CaseFilter("proses", "ingin_dipulangkan"))))

    bar.reset()
    bar.overdue.setChecked(True)
    overdue = on_db(qtbot, ctx, lambda: core.cases.list_seqs(CaseFilter(overdue=True)))
    wait_list(qtbot, window, overdue)
    for row in range(len(overdue)):
        window.model.data(window.model.index(row, 0))
    qtbot.waitUntil(lambda: all(window.model.case_row(r) for r in range(len(overdue))))
    assert all(window.model.is_overdue(window.model.case_row(r)) for r in range(len(overdue)))

    # Search and filters together: only matches that pass the filters.
    bar.reset()
    bar.status.set_code("selesai")
    qtbot.keyClicks(window.search, "a")
    qtbot.keyClicks(window.search, "ri")
    allowed = set(on_db(qtbot, ctx, lambda: core.cases.list_seqs(CaseFilter(status="selesai"))))
    found = on_db(qtbot, ctx, lambda: core.search.search("ari"))
    wait_list(qtbot, window, [s for s in found if s in allowed])
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    wait_list(qtbot, window,
              on_db(qtbot, ctx, lambda: urgent_first(core, core.search.search("ari"))))


def test_enter_opens_the_case_window_and_its_changes_refresh_the_row(
        qtbot, ctx, cases, open_window, fake_views):
    case_window, _ = fake_views
    window = open_window(ctx)
    qtbot.waitUntil(lambda: len(shown_seqs(window)) == 60)
    window.table.setFocus()
    window.select_seq(shown_seqs(window)[2])
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert len(case_window.opened) == 1
    opened = case_window.opened[0]
    assert opened.case_key == shown_seqs(window)[2] and opened.isVisible()
    window.open_case(shown_seqs(window)[2])  # already open: raised, not opened twice
    assert len(case_window.opened) == 1

    seq = shown_seqs(window)[2]
    qtbot.waitUntil(lambda: window.model.case_row(59) is not None)  # the page is in
    fetches: list = []
    real_rows = ctx.core.cases.rows
    window.model._fetch_rows = lambda seqs: fetches.append(list(seqs)) or real_rows(seqs)
    opened.caseChanged.emit(seq)
    qtbot.waitUntil(lambda: fetches == [[seq]])
    qtbot.waitUntil(lambda: not window._loading)  # the list again: unchanged, kept as it is
    assert fetches == [[seq]]

    index = window.model.index(5, m.COL_WORKER)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [w.case_key for w in case_window.opened] == [seq, shown_seqs(window)[5]]


def test_ctrl_n_opens_the_complaint_form_and_a_saved_case_is_selected(
        qtbot, ctx, cases, open_window, fake_views):
    case_window, intake = fake_views
    window = open_window(ctx)
    qtbot.waitUntil(lambda: len(shown_seqs(window)) == 60)
    qtbot.keyClicks(window.search, "zzqxj")  # a search that hides the new case
    qtbot.waitUntil(lambda: shown_seqs(window) == [])

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(intake.opened) == 1 and intake.opened[0].isVisible()
    window.act_new.trigger()  # one complaint at a time: the open form comes forward
    assert len(intake.opened) == 1

    number = ctx.core.cases.record_intake(make_intake(worker__name="Wulan Sarinah"))
    seq = ctx.core.cases.resolve(number)["seq"]
    intake.opened[0].caseSaved.emit(number)
    qtbot.waitUntil(lambda: window.current_seq() == seq, timeout=5000)
    assert window.search.text() == "" and len(shown_seqs(window)) == 61
    # The newest case, first after the urgent ones (it is not urgent itself).
    rows = ctx.core.cases.rows(shown_seqs(window))
    assert [r.seq for r in rows if not r.urgent][0] == seq
    assert shown_seqs(window) == ctx.core.cases.list_seqs(CaseFilter())
    assert window.status.count_label.text() == "61 cases"

    intake.opened[0].openCaseRequested.emit(shown_seqs(window)[3])
    assert case_window.opened[-1].case_key == shown_seqs(window)[3]


def test_ctrl_n_opens_intake_dialog(qtbot, ctx, open_window):
    intake_module = pytest.importorskip("desktop.ui.intake.intake_dialog")
    window = open_window(ctx)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.intake_dialog, intake_module.IntakeDialog)
    assert window.intake_dialog.isVisible()
    window.intake_dialog.close()


def test_activating_a_row_opens_the_real_case_window(qtbot, ctx, cases, open_window):
    case_module = pytest.importorskip("desktop.ui.case_view.case_window")
    window = open_window(ctx)
    qtbot.waitUntil(lambda: len(shown_seqs(window)) == 60)
    window.open_case(shown_seqs(window)[0])
    opened = window.case_windows[shown_seqs(window)[0]]
    assert isinstance(opened, case_module.CaseWindow)
    opened.close()


def test_what_a_role_cannot_do_is_disabled(qtbot, ctx, admin_ctx, officer_ctx, open_window):
    supervisor = open_window(ctx)
    assert supervisor.act_new.isEnabled() and not supervisor.act_accounts.isEnabled()
    admin = open_window(admin_ctx)
    assert admin.act_accounts.isEnabled() and not admin.act_new.isEnabled()
    assert admin.act_new.toolTip() == "Your role does not record complaints"
    assert admin.windowTitle().endswith("— Admin Kantor (Administrator)")
    officer = open_window(officer_ctx)
    assert officer.act_new.isEnabled() and not officer.act_accounts.isEnabled()
    officer.manage_accounts()  # even if triggered some other way, nothing opens
    assert "accounts" not in officer.dialogs
    assert officer.act_change_password.isEnabled() and officer.act_logout.isEnabled()


def test_an_empty_office_says_how_to_start(qtbot, ctx, open_window):
    window = open_window(ctx)
    qtbot.waitUntil(lambda: window.status.count_label.text() == "0 cases")
    assert window.stack.currentWidget() is window.empty_label
    assert "Ctrl+N" in window.empty_label.text()


def test_changing_the_language_retranslates_the_open_window(qtbot, ctx, cases, open_window):
    window = open_window(ctx)
    qtbot.waitUntil(lambda: len(shown_seqs(window)) == 60)
    window.model.data(window.model.index(0, 0))
    qtbot.waitUntil(lambda: window.model.case_row(0) is not None)
    status = window.model.case_row(0).status

    window.open_settings()
    settings = window.dialogs["settings"]
    settings.language.set_language("id")
    qtbot.mouseClick(settings.ok_button, Qt.MouseButton.LeftButton)
    label_id = ctx.core.reference.label("status", status, "id")
    assert window.model.data(window.model.index(0, m.COL_STATUS)) == label_id
    qtbot.waitUntil(lambda: window.windowTitle().endswith("(Kepala seksi)"))
    assert window.filter_bar.status.itemText(1) == ctx.core.reference.label("status", "baru", "id")
    assert window.status.user_label.text() == "Kasi · Kepala seksi"
    qtbot.waitUntil(lambda: ctx.paths.settings.exists())
    assert ctx.lang == "id"


def test_the_row_count_uses_thousands_separators(qtbot, ctx, open_window):
    window = open_window(ctx)
    fake = [CaseRow(s, "", f"SBY-2026-A-{s:05d}", "2026-11-22T01:00:00Z", "baru", "", "", "", "",
                    "") for s in range(12_345, 0, -1)]
    window.model.set_seqs([r.seq for r in fake])
    window.status.set_count(12_345, 12_345)
    assert window.status.count_label.text() == "12,345 cases"
    window.status.set_count(37, 12_345)
    assert window.status.count_label.text() == "37 of 12,345 cases"
    ctx.settings.language = "id"
    window.status.set_count(12_345, 12_345)
    assert window.status.count_label.text().startswith("12.345 ")
