"""The case window's change history tab: every correction as field: old → new, who, which PC,
when, newest first, in the window's language."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt

from desktop.domain.models import WorkerInput
from desktop.formatting import format_date, format_datetime
from desktop.ui.case_view.header import parse_utc
from tests.conftest import make_intake

ALT = Qt.KeyboardModifier.AltModifier



def correct_worker(context, number, **changes) -> None:
    """Correct only `changes` of the worker, the rest as stored (as the edit dialog does)."""
    stored = context.core.cases.get(number).worker
    fields = {f.name: stored.get(f.name, "") for f in dataclasses.fields(WorkerInput)}
    context.core.cases.update_people(number, worker=WorkerInput(**{**fields, **changes}))


def test_a_case_without_corrections_says_so(qtbot, ctx, open_case):
    window = open_case(ctx, ctx.core.cases.record_intake(make_intake()))
    tab = window.tabs.indexOf(window.history)
    assert window.tabs.tabText(tab) == "&Change history"
    assert "No corrections yet." in window.history.text()


def test_a_passport_correction_shows_old_and_new_in_both_languages(qtbot, ctx, open_case):
    from desktop.ui.i18n import switch_language

    number = ctx.core.cases.record_intake(make_intake(worker__passport="B1234567"))
    correct_worker(ctx, number, passport="C7654321")
    [change] = ctx.core.history.of_case(number)
    window = open_case(ctx, number)
    assert window.tabs.tabText(window.tabs.indexOf(window.history)) == "&Change history (1)"
    text = window.history.text()
    assert "Passport · Worker (TKI)" in text
    assert "B1234567 → C7654321" in text
    when = format_datetime(parse_utc(change.at), "WIB", "en")
    assert f"{when} · kasi · PC: PC-Loket" in text
    switch_language(ctx, "id")
    qtbot.waitUntil(lambda: "Paspor" in window.history.text(), timeout=5000)
    text = window.history.text()
    assert "Paspor · TKI" in text
    assert "B1234567 → C7654321" in text
    when = format_datetime(parse_utc(change.at), "WIB", "id")
    assert f"{when} · kasi · komputer: PC-Loket" in text
    assert window.tabs.tabText(window.tabs.indexOf(window.history)) == \
        "Ri&wayat perubahan (1)"


def test_values_read_in_words_and_the_newest_correction_is_on_top(qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake())
    ref = ctx.core.reference
    old_job = ctx.core.cases.get(number).worker["job"]
    new_job = next(item.code for item in ref.items("job") if item.code != old_job)
    # One save correcting two fields, then a later one.
    correct_worker(ctx, number, job=new_job, ktkln="KT-001")
    correct_worker(ctx, number, birth_date="1996-03-12")
    window = open_case(ctx, number)
    assert window.history.count == 3
    text = window.history.text()
    born = "{} → {}".format(format_date(date(1995, 3, 12), "en"),
                            format_date(date(1996, 3, 12), "en"))
    jobs = "{} → {}".format(ref.label("job", old_job, "en"), ref.label("job", new_job, "en"))
    assert born in text and jobs in text
    assert "(empty) → KT-001" in text
    assert text.index(born) < text.index(jobs)  # newest first
    # The two fields of one save share one line of who and when.
    assert text.count("kasi · PC: PC-Loket") == 2


def test_the_history_tab_is_reached_with_the_keyboard(qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake())
    correct_worker(ctx, number, passport="C7654321")
    window = open_case(ctx, number)
    window.resize(1280, 700)  # every tab in view (no scroll buttons in the tab bar)
    qtbot.keyClick(window, Qt.Key.Key_C, ALT)
    assert window.tabs.currentWidget() is window.history
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Tab)
    assert window.focusWidget() is window.history.view
    assert window.history.view.isReadOnly()


def test_a_correction_made_from_the_window_appears_after_the_reload(qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake())
    window = open_case(ctx, number)
    assert window.history.count == 0
    with qtbot.waitSignal(window.loaded, timeout=5000):
        correct_worker(ctx, number, nik="3578015203950002")
        window._changed()
    assert window.history.count == 1
    assert "NIK · Worker (TKI)" in window.history.text()
    assert window.tabs.tabText(window.tabs.indexOf(window.history)) == "&Change history (1)"
