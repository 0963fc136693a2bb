"""Handling a case in its window: the officer, urgency, the deadline clock and closing with a
supervisor's approval (header, Handling menu, dialogs, timeline)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.domain.casework import ProposalInput
from desktop.domain.deadlines import Clock
from desktop.ui.case_view.approval_dialog import ApprovalDialog
from desktop.ui.case_view.assign_officer_dialog import AssignOfficerDialog
from desktop.ui.case_view.header import clock_text
from desktop.ui.case_view.proposal_dialog import ProposalDialog
from desktop.ui.case_view.status_dialog import StatusDialog
from desktop.ui.case_view.timeline_view import event_details, event_title
from desktop.ui.case_view.urgent_dialog import UrgentDialog
from tests.ui.case_helpers import record
from tests.ui.sync_fakes import receive_conflict

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WAIT = 5000
SUPERVISOR_ONLY = "Only a supervisor clears the urgent flag."


def shown(qtbot, dialog, kind):
    """The dialog, active: keyboard shortcuts go to the active window."""
    assert isinstance(dialog, kind), dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def open_dialog(qtbot, window, key, modifiers, kind):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifiers)
    return shown(qtbot, window.dialog, kind)


def trigger_dialog(qtbot, window, action, kind):
    assert action.isEnabled(), action.toolTip()
    action.trigger()
    return shown(qtbot, window.dialog, kind)


def save_and_reload(qtbot, window, dialog) -> None:
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()


def combo_data(combo) -> list:
    return [combo.itemData(i) for i in range(combo.count())]


# -- the handling officer ---------------------------------------------------------------------

def test_a_supervisor_assigns_an_officer_with_the_keyboard(qtbot, office, open_case):
    sup, _budi, _front = office
    window = open_case(sup, record(sup))
    assert window.header.officer.text() == "No handling officer yet"
    dialog = open_dialog(qtbot, window, Qt.Key.Key_O, CTRL_SHIFT, AssignOfficerDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    # Accounts that handle cases, supervisors included; never front office or the admin.
    assert combo_data(dialog.officer) == ["", "ani", "budi", "kasi"]
    assert dialog.focusWidget() is dialog.officer
    qtbot.keyClicks(dialog.officer, "bud")  # a few letters of the name
    assert dialog.chosen() == "budi"
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, "Kasus gaji, Malaysia")
    save_and_reload(qtbot, window, dialog)
    assert window.detail.case["officer"] == "budi"
    assert window.header.officer.text() == "Handling officer: Budi"
    text = window.timeline.text()
    assert "Handling officer assigned: Budi\n" in text
    assert "Assigned by Kasi" in text and "Kasus gaji, Malaysia" in text
    # Reassigning reads as from → to.
    dialog = trigger_dialog(qtbot, window, window.officer_action, AssignOfficerDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    assert dialog.officer.currentData() == "budi"  # starts from the officer handling it now
    dialog.officer.setEditText("")
    qtbot.keyClicks(dialog.officer, "ani")
    popup = dialog.officer.completer().popup()
    assert popup.isVisible()  # the list narrows to the names that fit
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # Enter closes the list...
    assert dialog.isVisible()
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        qtbot.keyClick(dialog.officer, Qt.Key.Key_Return)  # ...and the next one saves
    assert not dialog.isVisible()
    assert "Handling officer assigned: Budi → Ani" in window.timeline.text()


def test_a_typed_name_that_fits_no_single_officer_is_refused_inline(qtbot, office, open_case):
    sup, _budi, _front = office
    window = open_case(sup, record(sup))
    dialog = trigger_dialog(qtbot, window, window.officer_action, AssignOfficerDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    qtbot.keyClicks(dialog.officer.lineEdit(), "zzz")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("officer") == "No active officer matches “zzz”."
    dialog.officer.setEditText("")
    qtbot.keyClicks(dialog.officer.lineEdit(), "a")  # Kasi, Ani...
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Several officers match “a”" in dialog.errors.text("officer")
    assert dialog.isVisible() and window.detail.case["officer"] == ""


def test_an_inactive_account_is_not_offered_and_the_core_refuses_it(
        qtbot, office, admin_core, open_case):
    sup, _budi, _front = office
    number = record(sup)
    window = open_case(sup, number)
    dialog = trigger_dialog(qtbot, window, window.officer_action, AssignOfficerDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    assert "ani" in combo_data(dialog.officer)
    # Removed while the dialog was open: still listed here, refused by the core.
    admin_core.accounts.remove_user("ani")
    dialog.officer.setCurrentIndex(dialog.officer.findData("ani"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("officer") != "", timeout=WAIT)
    assert dialog.errors.text("officer").startswith("This account cannot handle cases")
    assert dialog.isVisible() and sup.core.cases.resolve(number)["officer"] == ""
    dialog.reject()
    # The next time it is not offered at all.
    dialog = trigger_dialog(qtbot, window, window.officer_action, AssignOfficerDialog)
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=WAIT)
    assert "ani" not in combo_data(dialog.officer)


def test_a_case_officer_takes_an_unassigned_case(qtbot, office, open_case):
    _sup, budi, front = office
    number = record(front)
    window = open_case(budi, number)
    assert not window.officer_action.isEnabled()
    assert "Only a supervisor assigns" in window.officer_action.toolTip()
    assert window.take_action.isEnabled()
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.take_action.trigger()
    assert window.header.officer.text() == "Handling officer: Budi"
    assert "Taken by Budi for themselves" in window.timeline.text()
    assert not window.take_action.isEnabled()
    assert "You already handle this case." in window.take_action.toolTip()
    # Front office does not handle cases, and sees who does.
    other = open_case(front, number)
    assert not other.take_action.isEnabled()
    assert "Your role does not handle cases." in other.take_action.toolTip()


def test_a_case_handled_by_someone_else_cannot_be_taken(qtbot, office, open_case):
    sup, budi, _front = office
    number = record(sup)
    sup.core.handling.assign(number, "ani")
    window = open_case(budi, number)
    assert not window.take_action.isEnabled()
    assert "Handled by Ani: a supervisor can reassign it." in window.take_action.toolTip()


# -- urgency ------------------------------------------------------------------------------------

def test_flagging_urgent_needs_a_reason(qtbot, office, open_case):
    _sup, _budi, front = office
    number = record(front, complaint__category="biaya_berlebih")
    window = open_case(front, number)
    assert window.header.urgent.isHidden()
    dialog = open_dialog(qtbot, window, Qt.Key.Key_U, CTRL_SHIFT, UrgentDialog)
    assert dialog.focusWidget() is dialog.text
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("urgent_reason") != "", timeout=WAIT)
    assert dialog.errors.text("urgent_reason") == "This field is required."
    assert dialog.isVisible() and front.core.cases.resolve(number)["urgent"] == ""
    qtbot.keyClicks(dialog.text, "Paspor ditahan agen, pekerja diancam.")
    save_and_reload(qtbot, window, dialog)
    assert not window.header.urgent.isHidden()
    assert window.header.urgent.text() == "URGENT"
    assert window.header.urgent_reason.text() == "Paspor ditahan agen, pekerja diancam."
    assert "Flagged urgent\nPaspor ditahan agen, pekerja diancam." in window.timeline.text()
    # Flagged once; only a supervisor clears it.
    assert not window.flag_action.isEnabled()
    assert "Already flagged urgent." in window.flag_action.toolTip()
    assert not window.unflag_action.isEnabled()
    assert SUPERVISOR_ONLY in window.unflag_action.toolTip()


def test_only_a_supervisor_clears_the_urgent_flag(qtbot, office, open_case):
    sup, budi, _front = office
    number = record(sup, complaint__category="biaya_berlebih")
    budi.core.handling.flag_urgent(number, "Ditahan agen.")
    officer_window = open_case(budi, number)
    assert not officer_window.unflag_action.isEnabled()
    assert SUPERVISOR_ONLY in officer_window.unflag_action.toolTip()
    window = open_case(sup, number)
    dialog = trigger_dialog(qtbot, window, window.unflag_action, UrgentDialog)
    assert any(label.text() == "Ditahan agen." for label in dialog.findChildren(QLabel))
    qtbot.keyClicks(dialog.text, "Sudah dibebaskan.")
    save_and_reload(qtbot, window, dialog)
    assert window.header.urgent.isHidden()
    assert "Urgent flag cleared\nSudah dibebaskan." in window.timeline.text()
    assert not window.unflag_action.isEnabled()
    assert "The case is not flagged urgent." in window.unflag_action.toolTip()


def test_an_urgent_category_shows_urgent_and_has_no_flag_to_clear(qtbot, office, open_case):
    sup, _budi, _front = office
    window = open_case(sup, record(sup, complaint__category="meninggal_dunia"))
    assert not window.header.urgent.isHidden()
    # The category beside the badge says why; no second reason line repeats it.
    assert window.header.urgent_reason.isHidden()
    assert window.header.urgent.toolTip() == "urgent category: Death abroad"
    assert not window.unflag_action.isEnabled()
    assert "Urgent because of its category" in window.unflag_action.toolTip()
    # A closed case no longer jumps the queue; nobody handles it any more.
    sup.core.cases.change_status(window.case_key, "ditutup", outcome="dicabut")
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.reload()
    assert window.header.urgent.isHidden()
    assert window.header.officer.text() == "No handling officer"


# -- closure approval ---------------------------------------------------------------------------

def propose(qtbot, window, status: str, outcome: str, summary: str) -> None:
    """A case officer chooses the status as if closing; the window leads to the proposal."""
    dialog = open_dialog(qtbot, window, Qt.Key.Key_S, CTRL_SHIFT, StatusDialog)
    dialog.choose(status)
    assert dialog.outcome.parentWidget().isHidden()  # the proposal asks for it
    assert dialog.save_button.text() == "&Propose closure…"
    assert "Only a supervisor resolves or closes a case" in dialog.notice.text()
    qtbot.keyClick(dialog.target, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.dialog, ProposalDialog), timeout=WAIT)
    proposal = shown(qtbot, window.dialog, ProposalDialog)
    assert proposal.status.currentData() == status
    assert proposal.focusWidget() is proposal.outcome
    proposal.choose(status, outcome)
    qtbot.keyClicks(proposal.summary, summary)
    save_and_reload(qtbot, window, proposal)


def test_an_officer_proposes_and_a_supervisor_approves(qtbot, office, open_case):
    sup, budi, _front = office
    number = record(sup, status="proses")
    officer_window = open_case(budi, number)
    propose(qtbot, officer_window, "selesai", "hak_dibayar", "Gaji sudah ditransfer majikan.")
    header = officer_window.header
    assert header.proposal.text() == "Awaiting approval: Resolved proposed by Budi"
    assert header.status.text() == "In progress"  # open until a supervisor approves
    assert "Closure proposed: Resolved (Wages/entitlements paid)\nGaji sudah ditransfer " \
           "majikan." in officer_window.timeline.text()
    assert not officer_window.propose_action.isEnabled()
    assert not officer_window.approve_action.isEnabled()
    assert "Only a supervisor approves" in officer_window.approve_action.toolTip()

    window = open_case(sup, number)
    dialog = trigger_dialog(qtbot, window, window.approve_action, ApprovalDialog)
    assert dialog.summary.text() == "Gaji sudah ditransfer majikan."
    save_and_reload(qtbot, window, dialog)
    assert window.header.status.text() == "Resolved"
    assert window.header.proposal.isHidden()
    text = window.timeline.text()
    assert "Closure approved: Resolved" in text
    assert "Status: In progress → Resolved (Wages/entitlements paid)" in text
    assert text.count("Proposed by Budi, approved by Kasi") == 2  # the approval and the closing


def test_a_supervisor_returns_a_proposal_with_a_note(qtbot, office, open_case):
    sup, budi, _front = office
    number = record(sup, status="proses")
    budi.core.handling.propose_closure(number, ProposalInput(
        "selesai", "dipulangkan", "", "TKI sudah pulang."))
    window = open_case(sup, number)
    dialog = trigger_dialog(qtbot, window, window.approve_action, ApprovalDialog)
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("note") != "", timeout=WAIT)
    assert dialog.errors.text("note") == "This field is required."
    qtbot.keyClicks(dialog.note, "Lampirkan bukti kepulangan.")
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert window.header.proposal.isHidden() and window.header.status.text() == "In progress"
    text = window.timeline.text()
    assert "Closure returned\nLampirkan bukti kepulangan." in text
    assert "Proposal by Budi returned by Kasi" in text


def test_approving_a_case_changed_since_its_proposal_shows_what_changed(qtbot, office, open_case):
    sup, budi, _front = office
    number = record(sup, status="proses")
    window = open_case(sup, number)
    budi.core.handling.propose_closure(number, ProposalInput(
        "selesai", "dipulangkan", "", "TKI sudah pulang."))
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.reload()
    budi.core.cases.add_event(number, "catatan", "Keluarga menelepon lagi.")
    budi.core.cases.set_document(number, "kartu_keluarga", "tidak_berlaku")
    dialog = trigger_dialog(qtbot, window, window.approve_action, ApprovalDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stale.isVisibleTo(dialog), timeout=WAIT)
    assert "This case changed after Budi proposed it" in dialog.stale.text()
    assert any("Budi: Note — Keluarga menelepon lagi." in line for line in dialog.changes)
    assert any(line.endswith("Family card (Kartu Keluarga): Not applicable") for line in dialog.changes)
    assert dialog.save_button.text() == "&Approve anyway"
    assert sup.core.cases.resolve(number)["status"] == "proses"
    save_and_reload(qtbot, window, dialog)
    assert window.header.status.text() == "Resolved"


def test_a_proposal_to_close_as_duplicate_names_an_existing_case(qtbot, office, open_case):
    sup, budi, _front = office
    kept = record(sup)
    number = record(sup)
    window = open_case(budi, number)
    assert window.propose_action.isEnabled()
    dialog = trigger_dialog(qtbot, window, window.propose_action, ProposalDialog)
    # A new case can be closed, not yet resolved.
    assert combo_data(dialog.status) == ["ditutup"]
    assert dialog.duplicate_of.parentWidget().isHidden()
    dialog.choose("ditutup", "duplikat")
    assert not dialog.duplicate_of.parentWidget().isHidden()
    qtbot.keyClicks(dialog.summary, "Pengaduan yang sama sudah dicatat.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("duplicate_of") != "", timeout=WAIT)
    assert "case number that is kept" in dialog.errors.text("duplicate_of")
    qtbot.keyClicks(dialog.duplicate_of, "SBY-2026-X-99999")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not found" in dialog.errors.text("duplicate_of"), timeout=WAIT)
    assert dialog.isVisible() and budi.core.cases.resolve(number)["proposed_status"] == ""
    dialog.duplicate_of.setText(kept.lower())
    save_and_reload(qtbot, window, dialog)
    assert budi.core.cases.resolve(number)["proposed_duplicate_of"] == kept
    # One proposal at a time: choosing to close again says one is waiting.
    status = open_dialog(qtbot, window, Qt.Key.Key_S, CTRL_SHIFT, StatusDialog)
    status.choose("ditutup")
    assert "already waiting for a supervisor's approval" in status.notice.text()
    assert not status.save_button.isEnabled()
    status.reject()
    # The supervisor closing it directly is told the proposal is set aside.
    sup_window = open_case(sup, number)
    status = open_dialog(qtbot, sup_window, Qt.Key.Key_S, CTRL_SHIFT, StatusDialog)
    status.choose("ditutup")
    assert status.notice.text().startswith("Budi proposed to close this case.")


def test_a_supervisor_closing_directly_is_told_and_the_timeline_says_so(qtbot, office,
                                                                        open_case):
    sup, _budi, _front = office
    window = open_case(sup, record(sup, status="proses"))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_S, CTRL_SHIFT, StatusDialog)
    assert dialog.notice.isHidden()
    dialog.choose("selesai", "dipulangkan")
    assert dialog.notice.text() == ("You close this case yourself: the timeline will record "
                                    "that nobody else approved it.")
    save_and_reload(qtbot, window, dialog)
    assert "Closed directly by Kasi, without anyone else's approval" in window.timeline.text()


def test_referring_without_an_open_referral_points_to_the_referrals_tab(qtbot, office,
                                                                         open_case):
    sup, _budi, _front = office
    window = open_case(sup, record(sup, status="proses"))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_S, CTRL_SHIFT, StatusDialog)
    assert dialog.referrals_button.isHidden()
    dialog.choose("dirujuk")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("status") != "", timeout=WAIT)
    assert "needs an open referral" in dialog.errors.text("status")
    assert dialog.referrals_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.referrals_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.tabs.currentWidget() is window.referrals
    assert window.detail.case["status"] == "proses"


# -- the header ---------------------------------------------------------------------------------

def clock(day=5, target=30, paused_days=0, paused=False, stopped=False) -> Clock:
    return Clock(day, target, paused_days, paused, stopped, date(2026, 12, 18))


@pytest.mark.parametrize(("state", "text", "colour"), [
    (clock(), "Deadline: day 5 of 30", ""),
    (clock(paused_days=2), "Deadline: day 5 of 30 · was paused 2 working days", ""),
    (clock(day=27), "Deadline: day 27 of 30 — 3 working days left", "#b26a00"),
    (clock(day=30), "Deadline: day 30 of 30 — due today", "#b26a00"),
    (clock(day=35), "Deadline: day 35 of 30 — 5 working days past the deadline", "#c0392b"),
    (clock(day=31), "Deadline: day 31 of 30 — 1 working day past the deadline", "#c0392b"),
    (clock(paused=True, paused_days=1),
     "Deadline: day 5 of 30 · paused — waiting for documents, 1 working day", "#b26a00"),
    (clock(day=12, stopped=True), "Finished on day 12 of 30", "#616161"),
    (clock(day=0), "Deadline: 30 working days, from the next working day", ""),
])
def test_the_deadline_clock_reads_as_words(qapp, state, text, colour):
    assert clock_text(state) == (text, colour)


def test_the_header_shows_the_clock_the_officer_and_a_waiting_proposal(qtbot, office, open_case):
    sup, budi, _front = office
    number = record(sup, status="proses")
    sup.core.handling.assign(number, "budi")
    budi.core.handling.propose_closure(number, ProposalInput(
        "ditutup", "dicabut", "", "Pengadu mencabut pengaduan."))
    window = open_case(sup, number)
    header = window.header
    assert header.officer.text() == "Handling officer: Budi"
    assert header.proposal.text() == "Awaiting approval: Closed proposed by Budi"
    assert header.deadline.text() == clock_text(window.detail.deadline)[0]
    header.set_case(replace(window.detail, deadline=clock(day=35)), date(2026, 12, 1),
                    window.names)
    assert "5 working days past the deadline" in header.deadline.text()
    assert "#c0392b" in header.deadline.styleSheet()
    header.set_case(replace(window.detail, deadline=None), date(2026, 12, 1), window.names)
    assert header.deadline.isHidden()


# -- the menus ----------------------------------------------------------------------------------

def test_handling_actions_are_in_their_menu_with_shortcuts(qtbot, office, open_case):
    sup, _budi, _front = office
    window = open_case(sup, record(sup))
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["Ca&se", "Hand&ling", "Re&ferrals", "&Print"]
    handling = [a for a in window.handling_menu.actions() if not a.isSeparator()]
    assert handling == [window.officer_action, window.take_action, window.flag_action,
                        window.unflag_action, window.propose_action, window.approve_action]
    assert window.officer_action.shortcut().toString() == "Ctrl+Shift+O"
    assert window.flag_action.shortcut().toString() == "Ctrl+Shift+U"
    assert set(window.referrals.actions()) <= set(window.referrals_menu.actions())
    # The window's Alt letters (menus, tabs, the timeline caption) are all different.
    texts = titles + [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts.append(window.timeline_caption.text())
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(set(letters)) == len(letters), texts
    # The toolbar keeps the commonest few.
    assert len(window.toolbar.actions()) <= 5


def test_a_disabled_handling_shortcut_does_nothing(qtbot, office, open_case):
    _sup, budi, _front = office
    window = open_case(budi, record(budi))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_O, CTRL_SHIFT)  # assigning is a supervisor's
    assert window.dialog is None
    # The keys do reach the window: the one this officer may use opens its dialog.
    open_dialog(qtbot, window, Qt.Key.Key_U, CTRL_SHIFT, UrgentDialog).reject()


# -- the timeline and conflicts -------------------------------------------------------------------

def test_handling_steps_read_in_both_languages(ctx):
    ref = ctx.core.reference
    names = {"kasi": "Sri Wahyuningsih", "budi": "Budi Santoso", "ani": "Ani Rahmawati"}
    moved = {"event_type": "petugas_ditetapkan", "user": "kasi",
             "data": {"from": "budi", "to": "ani"}}
    assert event_title(moved, ref, "en", names) == (
        "Handling officer assigned: Budi Santoso → Ani Rahmawati")
    assert event_title(moved, ref, "id", names) == (
        "Petugas penanganan ditetapkan: Budi Santoso → Ani Rahmawati")
    assert event_details(moved, ref, "en", names) == ["Assigned by Sri Wahyuningsih"]
    removed = {"event_type": "petugas_ditetapkan", "user": "admin",
               "data": {"from": "ani", "to": "", "removed": True}}
    assert event_title(removed, ref, "en", names) == "Handling officer removed: Ani Rahmawati"
    assert "account was removed" in event_details(removed, ref, "en", names)[0]
    cleared = {"event_type": "petugas_ditetapkan", "user": "kasi",
               "data": {"from": "budi", "to": ""}}
    assert event_details(cleared, ref, "en", names) == ["Unassigned by Sri Wahyuningsih"]
    proposed = {"event_type": "usulan_penutupan", "user": "budi",
                "data": {"status": "ditutup", "outcome": "duplikat"}}
    assert event_title(proposed, ref, "id", names) == (
        "Usulan penyelesaian/penutupan: Ditutup (Duplikat dari kasus lain)")
    set_aside = {"event_type": "usulan_dikembalikan", "user": "kasi",
                 "data": {"proposed_by": "budi", "closed_directly": True}}
    assert event_details(set_aside, ref, "en", names) == [
        "The proposal by Budi Santoso was set aside: Sri Wahyuningsih closed the case directly"]
    older = {"event_type": "perubahan_status", "user": "kasi",
             "data": {"from": "proses", "to": "selesai", "outcome": "dipulangkan"}}
    assert event_details(older, ref, "en", names) == []  # closed before approvals existed


def test_an_officer_changed_on_two_pcs_is_a_conflict_a_person_settles(qtbot, office,
                                                                       open_case):
    sup, _budi, _front = office
    number = record(sup)
    sup.core.handling.assign(number, "budi")
    conflict_id = receive_conflict(sup.core, number, "case", "officer", "budi", "ani",
                                   kept_by="kasi", other_by="pusat")
    window = open_case(sup, number)
    texts = [label.text() for label in window.conflicts.items.findChildren(QLabel)]
    assert any("<b>Handling officer (Complaint)</b>" in t for t in texts)
    kept = next(t for t in texts if t.startswith("Kept:"))
    other = next(t for t in texts if t.startswith("Other value:"))
    assert "budi" in kept.lower() and "Kasi" in kept  # full names, not usernames
    assert "ani" in other.lower() and "pusat" in other
    with qtbot.waitSignal(window.loaded, timeout=WAIT):
        window.conflicts.buttons[(conflict_id, "other")].click()
    assert window.header.officer.text() == "Handling officer: Ani"


def test_the_window_alt_letters_are_all_different_in_indonesian_too(qtbot, qapp, office,
                                                                    open_case):
    from desktop.ui.i18n import install_translators, remove_translators

    sup, _budi, _front = office
    number = record(sup)
    installed = install_translators(qapp, "id")
    try:
        window = open_case(sup, number)
        window.retranslate()
        texts = [a.text() for a in window.menuBar().actions()]
        texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
        texts.append(window.timeline_caption.text())
        assert "&Penanganan" in texts  # the Indonesian catalogue is in use
        letters = [t[t.index("&") + 1].lower() for t in texts]
        assert len(set(letters)) == len(letters), texts
    finally:
        remove_translators(qapp, installed)


def test_the_header_says_by_when_a_new_case_is_verified_and_when_that_passed(qapp):
    from desktop.ui.case_view.header import verify_text

    new = replace(clock(day=2), verify_due=date(2026, 12, 8))
    assert verify_text(new, date(2026, 12, 8), "en") == ("verify by 8 December 2026", "")
    assert verify_text(new, date(2026, 12, 9), "en") == (
        "verification overdue since 8 December 2026", "#c0392b")
    assert verify_text(clock(), date(2026, 12, 9), "en") == ("", "")  # verified already
