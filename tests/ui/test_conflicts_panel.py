"""Conflicts on the case window: which field, both values and who wrote them, and settling
them either way (a change like any other, through the core's rules)."""

from __future__ import annotations

from tests.conftest import make_intake
from tests.ui.sync_fakes import WAIT_MS, receive_conflict


def _employer_conflict(ctx):
    number = ctx.core.cases.record_intake(make_intake(worker__employer_name="Versi B"))
    conflict_id = receive_conflict(ctx.core, number, "worker", "employer_name", "Versi B",
                                   "Versi A", kept_by="kasi", other_by="budi.sby")
    return number, conflict_id


def test_a_case_without_conflicts_shows_no_banner(qtbot, ctx, open_case):
    window = open_case(ctx, ctx.core.cases.record_intake(make_intake()))
    assert window.conflicts.isHidden()


def test_the_banner_names_the_field_both_values_and_who(qtbot, ctx, open_case):
    number, conflict_id = _employer_conflict(ctx)
    window = open_case(ctx, number)
    panel = window.conflicts
    assert panel.isVisibleTo(window)
    assert panel.title.text() == "1 conflicting change to decide"
    texts = [label.text() for label in panel.items.findChildren(type(panel.title))]
    assert any("<b>Employer (Worker (TKI))</b>" in t for t in texts)
    assert "Kept: “Versi B” — by Kasi" in texts
    assert "Other value: “Versi A” — by budi.sby" in texts
    assert any("Changed on two computers at the same time." in t for t in texts)
    assert set(panel.buttons) == {(conflict_id, "kept"), (conflict_id, "other")}


def test_using_the_other_value_changes_the_field_and_closes_the_conflict(qtbot, ctx, open_case):
    number, conflict_id = _employer_conflict(ctx)
    window = open_case(ctx, number)
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.conflicts.buttons[(conflict_id, "other")].click()
    assert window.details.text("worker.employer_name") == "Versi A"
    assert window.conflicts.isHidden()
    [settled] = ctx.core.conflicts.of_case(window.detail.case["id"])
    assert settled.resolution == "other" and settled.resolved_by == "kasi"
    # The decision is a change that syncs like any other.
    pending = ctx.core.store.query_one(
        "SELECT count(*) FROM changes WHERE entity = 'conflict' AND pushed_at IS NULL")[0]
    assert pending == 1


def test_keeping_the_value_leaves_the_field_as_it_is(qtbot, ctx, open_case):
    number, conflict_id = _employer_conflict(ctx)
    window = open_case(ctx, number)
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.conflicts.buttons[(conflict_id, "kept")].click()
    assert window.details.text("worker.employer_name") == "Versi B"
    assert window.conflicts.isHidden()
    assert ctx.core.conflicts.open_count() == 0


def test_a_refused_status_change_is_explained_and_goes_through_the_status_rules(
        qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake())
    conflict_id = receive_conflict(ctx.core, number, "case", "status", "baru", "proses",
                                   reason="status_transition")
    window = open_case(ctx, number)
    texts = [label.text() for label in window.conflicts.items.findChildren(
        type(window.conflicts.title))]
    assert any("<b>Status (Complaint)</b>" in t for t in texts)
    assert "Kept: “New” — by Kasi" in texts and "Other value: “In progress” — by budi.sby" in texts
    assert any("does not follow the order of the statuses" in t for t in texts)
    with qtbot.waitSignal(window.loaded, timeout=WAIT_MS):
        window.conflicts.buttons[(conflict_id, "other")].click()
    assert window.detail.case["status"] == "proses"
    assert window.header.status.text() == "In progress"


def test_a_role_that_may_not_settle_is_told_so_in_words(qtbot, ctx, admin_ctx, open_case):
    number, conflict_id = _employer_conflict(ctx)
    window = open_case(admin_ctx, number)
    window.conflicts.buttons[(conflict_id, "other")].click()
    qtbot.waitUntil(lambda: window.conflicts.error.isVisibleTo(window), timeout=WAIT_MS)
    assert window.conflicts.error.text() == "Your role (Administrator) is not allowed to do this."
    assert ctx.core.conflicts.open_count() == 1
    assert all(b.isEnabled() for b in window.conflicts.buttons.values())  # may try again


def test_the_conflict_link_of_the_status_bar_opens_that_case(qtbot, ctx, open_case):
    from desktop.ui.main_window import MainWindow

    number, _ = _employer_conflict(ctx)
    ctx.core.cases.record_intake(make_intake())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_conflicts()
    seq = ctx.core.cases.resolve(number)["seq"]
    qtbot.waitUntil(lambda: seq in window.case_windows, timeout=WAIT_MS)
    case_window = window.case_windows[seq]
    qtbot.addWidget(case_window)
    qtbot.waitUntil(lambda: case_window.detail is not None, timeout=WAIT_MS)
    assert case_window.conflicts.isVisibleTo(case_window)


def test_with_no_conflict_left_the_menu_says_so(qtbot, ctx, message_boxes):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.act_conflicts.setEnabled(True)
    window.act_conflicts.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=WAIT_MS)
    assert message_boxes[-1][2] == "There is no conflict to resolve."


def test_the_case_list_marks_a_case_with_open_conflicts_until_it_is_settled(qtbot, ctx):
    from desktop.ui import case_list_model as m

    plain = ctx.core.cases.record_intake(make_intake())
    number, conflict_id = _employer_conflict(ctx)
    rows = {r.case_number: r for r in ctx.core.cases.rows(ctx.core.cases.list_seqs())}
    assert rows[number].open_conflicts == 1 and rows[plain].open_conflicts == 0

    model = m.CaseListModel(ctx)
    model.set_seqs([rows[number].seq, rows[plain].seq])
    model.data(model.index(0, m.COL_NUMBER))
    qtbot.waitUntil(lambda: model.case_row(1) is not None, timeout=WAIT_MS)
    assert model.data(model.index(0, m.COL_NUMBER)) == f"{m.CONFLICT_MARK} {number}"
    assert model.data(model.index(0, m.COL_NUMBER), m.CASE_NUMBER_ROLE) == number
    tip = model.data(model.index(0, m.COL_NUMBER), m.Qt.ItemDataRole.ToolTipRole)
    assert "1 conflicting change(s) to decide" in tip
    assert model.data(model.index(1, m.COL_NUMBER)) == plain

    ctx.core.conflicts.settle(conflict_id, "kept")
    with qtbot.waitSignal(model.dataChanged, timeout=WAIT_MS):
        model.refresh_seq(rows[number].seq)
    assert model.data(model.index(0, m.COL_NUMBER)) == number
