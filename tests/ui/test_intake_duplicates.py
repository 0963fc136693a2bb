"""Saving an intake while possible duplicates show (issue 12 §2 and §5.1): the officer is
asked what this complaint is, and the answer is kept: a visit on the existing case, a new
related case, or a new case with the reason it is not the same. The duplicate list stays out
of the Tab chain, and the field being typed in stays in view when the list appears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain import case_links as cl
from desktop.ui.intake.duplicate_decision import DuplicateDecisionDialog
from tests.conftest import make_intake
from tests.ui.test_intake_dialog import VALID, fill, focused


@pytest.fixture
def existing(officer_ctx) -> str:
    return officer_ctx.core.cases.record_intake(make_intake())


def show_duplicates(qtbot, dialog) -> None:
    fill(dialog, {**VALID, "worker.passport": "B1234567"})
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=5000)


def save_and_get_question(qtbot, dialog) -> DuplicateDecisionDialog:
    dialog.save()
    qtbot.waitUntil(lambda: getattr(dialog, "decision_dialog", None) is not None
                    and dialog.decision_dialog.isVisible(), timeout=5000)
    return dialog.decision_dialog


def wait_idle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)


def links_of(core, number: str) -> list[tuple[str, str, str]]:
    case = core.cases.resolve(number)
    return [(k.kind, k.other_number, k.reason) for k in core.links.of_case(case["id"])]


def test_the_default_answer_adds_the_visit_and_opens_the_existing_case(
        qtbot, officer_ctx, open_intake, existing):
    core = officer_ctx.core
    dialog = open_intake()
    show_duplicates(qtbot, dialog)
    question = save_and_get_question(qtbot, dialog)
    assert question.visit.isChecked() and existing in question.visit.text()
    opened = []
    dialog.openCaseRequested.connect(opened.append)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter takes the default
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    wait_idle(qtbot, officer_ctx)
    assert opened == [core.cases.resolve(existing)["seq"]]
    assert core.cases.count() == 1  # no new case
    steps = [e for e in core.cases.get(existing).events if e["event_type"] == "kunjungan_ulang"]
    assert len(steps) == 1 and "Gaji belum dibayar" in steps[0]["summary"]
    assert not dialog.isVisible()


def test_a_related_complaint_is_recorded_and_linked(qtbot, officer_ctx, open_intake, existing):
    core = officer_ctx.core
    dialog = open_intake()
    show_duplicates(qtbot, dialog)
    saved = []
    dialog.caseSaved.connect(saved.append)
    question = save_and_get_question(qtbot, dialog)
    question.related.setChecked(True)
    question.accept()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    wait_idle(qtbot, officer_ctx)
    assert links_of(core, saved[0]) == [(cl.RELATED, existing, "")]
    assert links_of(core, existing) == [(cl.RELATED, saved[0], "")]


def test_recording_anyway_asks_for_a_reason_first(qtbot, officer_ctx, open_intake, existing):
    core = officer_ctx.core
    dialog = open_intake()
    show_duplicates(qtbot, dialog)
    saved = []
    dialog.caseSaved.connect(saved.append)
    question = save_and_get_question(qtbot, dialog)
    assert not question.reason.isEnabled()
    question.distinct.setChecked(True)
    assert question.reason.isEnabled()
    assert question.reason.hasFocus() or question.focusWidget() is question.reason
    question.accept()
    assert question.isVisible() and question.reason_error.isVisible()  # nothing saved yet
    assert core.cases.count() == 1
    qtbot.keyClicks(question.reason, "Pekerja lain, paspor tertukar")
    assert not question.reason_error.isVisible()  # the stale error went with the typing
    question.accept()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    wait_idle(qtbot, officer_ctx)
    assert links_of(core, saved[0]) == [(cl.DISTINCT, existing, "Pekerja lain, paspor tertukar")]


def test_going_back_to_the_form_saves_nothing(qtbot, officer_ctx, open_intake, existing):
    dialog = open_intake()
    show_duplicates(qtbot, dialog)
    question = save_and_get_question(qtbot, dialog)
    question.reject()
    wait_idle(qtbot, officer_ctx)
    assert officer_ctx.core.cases.count() == 1
    assert dialog.isVisible() and dialog.worker.passport.text() == "B1234567"


def test_without_duplicates_saving_asks_nothing(qtbot, officer_ctx, open_intake):
    dialog = open_intake()
    fill(dialog, VALID)
    saved = []
    dialog.caseSaved.connect(saved.append)
    dialog.save()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    assert getattr(dialog, "decision_dialog", None) is None


def test_the_duplicate_list_is_out_of_the_tab_chain_and_has_its_own_key(
        qtbot, officer_ctx, open_intake, existing):
    dialog = open_intake()
    show_duplicates(qtbot, dialog)
    table = dialog.duplicates.table
    # Tab from the last worker field goes on to the complaint, never into the list.
    dialog.worker.inputs()[-1].setFocus()
    for _ in range(30):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() not in (table, dialog.duplicates.open_button)
    qtbot.keyClick(focused(), Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert focused() is table
    typed_before = dialog.worker.passport.text()
    qtbot.keyClicks(table, "abc")  # typing there changes nothing
    assert dialog.worker.passport.text() == typed_before


def test_the_field_being_typed_in_stays_in_view_when_the_list_appears(
        qtbot, officer_ctx, open_intake, existing):
    dialog = open_intake()
    dialog.resize(dialog.width(), 560)  # a short screen: the form scrolls
    fill(dialog, {k: v for k, v in VALID.items() if k != "worker.passport"})
    field = dialog.worker.passport
    field.setFocus()
    dialog.scroll.ensureWidgetVisible(field, 0, 0)
    qtbot.keyClicks(field, "B1234567")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=5000)
    qtbot.wait(50)
    viewport = dialog.scroll.viewport()
    top_left = field.mapTo(viewport, field.rect().topLeft())
    bottom = field.mapTo(viewport, field.rect().bottomLeft()).y()
    assert top_left.y() >= 0 and bottom <= viewport.height(), (top_left.y(), bottom,
                                                               viewport.height())
    assert QApplication.focusWidget() is field


def test_a_phone_number_alone_finds_the_case(qtbot, officer_ctx, open_intake, existing):
    dialog = open_intake()
    fill(dialog, {"complainant.phones": "+62 812 3456 7890"})
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=5000)
    assert dialog.duplicates.table.item(0, 4).text() == "same phone number"


def test_saving_before_the_check_answers_asks_about_what_was_typed(qtbot, officer_ctx,
                                                                   open_intake, existing):
    dialog = open_intake()
    fill(dialog, {**VALID, "worker.passport": "B1234567"})
    assert dialog._duplicate_timer.isActive() and not dialog.duplicates.candidates
    dialog.save()  # Ctrl+S at once: the check runs first, then the question
    qtbot.waitUntil(lambda: getattr(dialog, "decision_dialog", None) is not None
                    and dialog.decision_dialog.isVisible(), timeout=5000)
    assert officer_ctx.core.cases.count() == 1


def test_with_a_scan_chosen_the_visit_is_not_offered(qtbot, officer_ctx, open_intake, existing,
                                                     tmp_path):
    dialog = open_intake()
    show_duplicates(qtbot, dialog)
    row = dialog.documents.rows["paspor"]
    row.buttons["ada"].setChecked(True)
    row.scan_path = str(tmp_path / "paspor.png")
    question = save_and_get_question(qtbot, dialog)
    assert not question.visit.isEnabled() and question.related.isChecked()
    question.reject()


def test_saving_while_a_check_waits_on_nothing_to_check_still_saves(qtbot, officer_ctx,
                                                                    open_intake):
    dialog = open_intake()
    fill(dialog, VALID)
    dialog.worker.passport.clear()  # no identity left to check: the check has nothing to do
    dialog.worker.name.clear()
    dialog._duplicate_timer.start()
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.errors.marked()),
                    timeout=5000)
    assert dialog.errors.marked()  # the save ran (and found the missing identity)
