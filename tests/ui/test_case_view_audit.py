"""Opening a case window is an audited read (issue 14 §1.6): one row per window opened,
none for the reloads of a window already open."""

from __future__ import annotations

from desktop.services import audit
from desktop.ui.case_view.case_window import CaseWindow
from tests.conftest import make_intake


def views(ctx) -> list[tuple]:
    return ctx.core.store.query(
        "SELECT user, target, detail FROM audit_log WHERE action = ?", (audit.CASE_VIEWED,))


def reload_and_wait(qtbot, window) -> None:
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.reload()


def test_opening_a_case_window_records_one_view(qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake())
    open_case(ctx, number)
    assert views(ctx) == [("kasi", number, "")]


def test_reloading_the_open_window_records_no_more_views(qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake())
    window = open_case(ctx, number)
    reload_and_wait(qtbot, window)  # F5
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.refresh_from_sync()  # sync brought changes
    assert len(views(ctx)) == 1


def test_a_change_made_in_the_window_records_no_view(qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake())
    window = open_case(ctx, number)
    ctx.core.cases.add_event(number, "konsultasi", "Konsultasi dengan pengadu.")
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window._changed()  # what a saved form does
    assert len(views(ctx)) == 1


def test_each_window_opened_is_one_view(qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake())
    first = open_case(ctx, number)
    first.close()
    open_case(ctx, number)
    assert len(views(ctx)) == 2


def test_a_reload_asked_before_the_first_load_lands_records_one_view(qtbot, ctx):
    number = ctx.core.cases.record_intake(make_intake())
    window = CaseWindow(ctx, number)  # its first load is queued
    qtbot.addWidget(window)
    window.reload()  # a sync arrives at once
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    reload_and_wait(qtbot, window)  # both queued loads are done after this one
    assert len(views(ctx)) == 1


def test_an_unknown_case_records_no_view(qtbot, ctx):
    window = CaseWindow(ctx, "SBY-1999-A-99999")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.message.text() == "Case not found.", timeout=5000)
    assert views(ctx) == []


def test_a_first_load_that_failed_leaves_the_view_to_the_load_that_succeeds(
        qtbot, ctx, monkeypatch):
    from desktop.ui.case_view import case_window

    number = ctx.core.cases.record_intake(make_intake())
    real = case_window.load_case
    failures = iter([RuntimeError("the disk was busy")])

    def flaky(core, key):
        failure = next(failures, None)
        if failure is not None:
            raise failure
        return real(core, key)

    monkeypatch.setattr(case_window, "load_case", flaky)
    window = CaseWindow(ctx, number)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.message.text() != "Loading the case…", timeout=5000)
    assert window.detail is None and views(ctx) == []
    reload_and_wait(qtbot, window)
    assert views(ctx) == [("kasi", number, "")]
