"""Links in the case window (issue 12 §2): shown on both sides under the header, a linked
case opens on a click, another office's case by number only; "Mark as duplicate of…" closes
through the status rules (the status form for a supervisor, a proposal for a case officer)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain import case_links as cl
from desktop.domain.case_links import IntakeLink
from desktop.ui.case_view.proposal_dialog import ProposalDialog
from desktop.ui.case_view.status_dialog import StatusDialog
from tests.conftest import make_intake


def two_related(core) -> tuple[str, str]:
    first = core.cases.record_intake(make_intake())
    second = core.cases.record_intake(make_intake(), IntakeLink(cl.NEW_RELATED, first))
    return first, second


def test_both_sides_show_the_link_and_a_click_opens_the_other_case(qtbot, ctx, open_case):
    first, second = two_related(ctx.core)
    for number, other in ((first, second), (second, first)):
        window = open_case(ctx, number)
        strip = window.links
        assert strip.isVisible()
        assert "Related case" in strip.text() and other in strip.text()
        wanted = []
        window.openCaseRequested.connect(wanted.append)
        strip.linkActivated.emit(f"case:{ctx.core.cases.resolve(other)['seq']}")
        assert wanted == [ctx.core.cases.resolve(other)["seq"]]


def test_a_case_without_links_shows_no_strip(qtbot, ctx, open_case):
    window = open_case(ctx, ctx.core.cases.record_intake(make_intake()))
    assert not window.links.isVisible()


def test_another_offices_case_is_shown_by_its_number_only(qtbot, ctx, open_case):
    first, second = two_related(ctx.core)
    case = ctx.core.cases.resolve(second)
    ctx.core.store._conn.execute(
        "UPDATE case_links SET other_case_id = 'gone', other_number = 'SMG-2026-B-00007'"
        " WHERE case_id = ?", (case["id"],))
    window = open_case(ctx, second)
    text = window.links.text()
    assert "SMG-2026-B-00007" in text and "another office" in text and "href" not in text


def test_a_supervisor_marks_a_duplicate_through_the_status_form(qtbot, ctx, open_case):
    core = ctx.core
    kept = core.cases.record_intake(make_intake())
    dup = core.cases.record_intake(make_intake())
    window = open_case(ctx, dup)
    window.duplicate_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, StatusDialog)
    assert dialog.target.currentData() == "ditutup" and dialog.outcome.currentData() == "duplikat"
    assert dialog.duplicate_of.isVisibleTo(dialog)
    dialog.duplicate_of.setText(kept)
    dialog.save()
    qtbot.waitUntil(lambda: core.cases.resolve(dup)["status"] == "ditutup", timeout=5000)
    qtbot.waitUntil(lambda: "Duplicate of" in window.links.text(), timeout=5000)
    assert kept in window.links.text()
    assert not window.duplicate_action.isEnabled()  # closed now


def test_a_case_officer_proposes_the_duplicate(qtbot, office, open_case):
    sup, budi, _front = office
    kept = budi.core.cases.record_intake(make_intake())
    dup = budi.core.cases.record_intake(make_intake())
    window = open_case(budi, dup)
    window.duplicate_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ProposalDialog)
    assert dialog.status.currentData() == "ditutup" and dialog.outcome.currentData() == "duplikat"
    budi.core.cases.change_status(dup, "proses")  # a proposal needs a case in progress
    dialog.duplicate_of.setText(kept)
    dialog.summary.setPlainText("Sama dengan pengaduan sebelumnya.")
    dialog.save()
    qtbot.waitUntil(lambda: budi.core.cases.resolve(dup)["proposed_duplicate_of"] == kept,
                    timeout=5000)
    sup.core.handling.approve_closure(dup)
    assert [k.other_number for k in sup.core.links.of_case(
        sup.core.cases.resolve(dup)["id"])] == [kept]


def test_front_office_cannot_mark_a_duplicate_and_is_told_why(qtbot, office, open_case):
    _sup, _budi, front = office
    window = open_case(front, front.core.cases.record_intake(make_intake()))
    assert not window.duplicate_action.isEnabled()
    assert "cannot close" in window.duplicate_action.toolTip()


def test_escape_closes_the_case_window(qtbot, ctx, open_case):
    window = open_case(ctx, ctx.core.cases.record_intake(make_intake()))
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)


def test_the_timeline_says_which_case_a_link_names(qtbot, ctx, open_case):
    from desktop.ui.case_view.timeline_view import event_details

    first, second = two_related(ctx.core)
    (step,) = [e for e in ctx.core.cases.get(second).events if e["event_type"] == "kasus_ditautkan"]
    assert f"Related to case {first}" in event_details(step, ctx.core.reference, "en")
