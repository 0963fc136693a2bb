"""The case window's dialogs: timeline entries, status changes and corrections."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QLabel

from desktop.domain.roles import PermissionDenied
from desktop.formatting import format_date, format_datetime, zone_info
from desktop.ui.case_view.edit_people_dialog import EditPeopleDialog
from desktop.ui.case_view.event_dialog import EventDialog
from desktop.ui.case_view.status_dialog import StatusDialog, allowed_targets
from tests.ui.case_helpers import record

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier




def open_dialog(qtbot, window, key, modifiers, kind):
    qtbot.keyClick(window, key, modifiers)
    dialog = window.dialog
    assert isinstance(dialog, kind)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def save_and_wait_closed(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)


def test_add_a_step_with_the_keyboard_appears_in_the_timeline(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E, CTRL, EventDialog)
    assert dialog.focusWidget() is dialog.event_type
    codes = [dialog.event_type.itemData(i) for i in range(dialog.event_type.count())]
    assert "mediasi" in codes
    assert not {"pengaduan_diterima", "perubahan_status", "dibuka_kembali",
                "kontak_keluarga"} & set(codes)
    qtbot.keyClicks(dialog.event_type, "Med")
    assert dialog.event_type.currentData() == "mediasi"
    qtbot.keyClick(dialog.event_type, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.summary
    qtbot.keyClicks(dialog.summary, "Mediation with PT Maju Jaya; wages to be paid by Friday")
    with qtbot.waitSignal(window.caseChanged, timeout=5000):
        save_and_wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: "PT Maju Jaya" in window.timeline.text(), timeout=5000)
    assert "Mediation" in window.timeline.text()
    assert "· Kasi" in window.timeline.text()  # who, by the full name


def test_a_step_written_up_later_keeps_when_it_happened(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E, CTRL, EventDialog)
    # Defaults to now, in the office's zone.
    now = ctx.core.now().astimezone(zone_info("WIB"))
    assert dialog.when.dateTime().time().hour() == now.hour
    assert "WIB" in dialog.when.text()
    yesterday = (now - timedelta(days=1)).date()
    dialog.when.setDateTime(QDateTime(QDate(yesterday.year, yesterday.month, yesterday.day),
                                      QTime(9, 30)))
    qtbot.keyClicks(dialog.summary, "Consultation at the desk with the sister")
    save_and_wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: "with the sister" in window.timeline.text(), timeout=5000)
    moment = datetime(yesterday.year, yesterday.month, yesterday.day, 9, 30,
                      tzinfo=zone_info("WIB"))
    assert format_datetime(moment, "WIB", "en") in window.timeline.text()


def test_a_step_in_the_future_is_rejected_inline(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E, CTRL, EventDialog)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(2))
    qtbot.keyClicks(dialog.summary, "Mediation planned")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("event.occurred_at") != "", timeout=5000)
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.when


def test_summary_is_required_inline(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E, CTRL, EventDialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("event.summary") != "", timeout=5000)
    assert dialog.isVisible()
    assert dialog.errors.text("event.summary") == "This field is required."


def test_family_contact_with_next_contact_date_shows_in_the_header(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    due = ctx.core.cases.today() + timedelta(days=7)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_K, CTRL, EventDialog)
    assert dialog.focusWidget() is dialog.channel
    assert dialog.channel.code() == "telepon"
    dialog.result.set_code("tersambung")
    dialog.summary.setFocus()
    qtbot.keyClicks(dialog.summary, "Spoke with the mother; she has not heard from Dewi")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.when
    # Tab steps through day, month, year, hour and minute, then on to the next field.
    for _section in range(5):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.next_contact
    qtbot.keyClicks(dialog.next_contact, due.strftime("%d/%m/%Y"))
    save_and_wait_closed(qtbot, dialog)
    shown = format_date(due, "en")
    qtbot.waitUntil(lambda: shown in window.header.next_contact.text(), timeout=5000)
    assert not window.header.overdue
    assert "Contact with the family" in window.timeline.text()
    assert "Channel: Phone" in window.timeline.text()


def test_a_past_next_contact_date_is_rejected_inline(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_K, CTRL, EventDialog)
    dialog.result.set_code("tidak_diangkat")
    qtbot.keyClicks(dialog.summary, "Called, no answer")
    past = ctx.core.cases.today() - timedelta(days=3)
    qtbot.keyClicks(dialog.next_contact, past.strftime("%d/%m/%Y"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("event.next_contact_due") != "", timeout=5000)
    assert dialog.errors.text("event.next_contact_due") == \
        "The next contact date cannot be before today."
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.next_contact
    assert "Called, no answer" not in window.timeline.text()


def contact_events(context, number) -> list[dict]:
    return [e for e in context.core.cases.get(number).events
            if e["event_type"] == "kontak_keluarga"]


def test_family_contact_records_whom_it_reached_and_the_result(qtbot, ctx, open_case):
    number = record(ctx)
    window = open_case(ctx, number)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_K, CTRL, EventDialog)
    # Channel, whom, result, what was said, when: in the order a call is written up.
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.spoke_with
    qtbot.keyClicks(dialog.spoke_with, "Ibu Sri")
    qtbot.keyClick(dialog.spoke_with, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.result
    assert dialog.result.code() == ""  # nothing preset: the officer says how it went
    qtbot.keyClicks(dialog.result, "No")
    assert dialog.result.code() == "tidak_diangkat"
    qtbot.keyClick(dialog.result, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.summary
    qtbot.keyClicks(dialog.summary, "Called the mother twice; nobody answered")
    # The call was made this morning and typed in later: the time is editable.
    now = ctx.core.now().astimezone(zone_info("WIB"))
    assert dialog.when.dateTime().time().hour() == now.hour
    earlier = now - timedelta(hours=2)
    dialog.when.setDateTime(QDateTime(QDate(earlier.year, earlier.month, earlier.day),
                                      QTime(earlier.hour, earlier.minute)))
    save_and_wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: "nobody answered" in window.timeline.text(), timeout=5000)
    [event] = contact_events(ctx, number)
    assert event["data"] == {"result": "tidak_diangkat", "spoke_with": "Ibu Sri"}
    assert event["channel"] == "telepon"
    moment = earlier.replace(second=0, microsecond=0)
    assert format_datetime(moment, "WIB", "en") in window.timeline.text()
    assert "Contact with the family: No answer" in window.timeline.text()
    assert "Tried to reach Ibu Sri" in window.timeline.text()


def test_family_contact_without_a_result_is_refused_inline(qtbot, ctx, open_case):
    number = record(ctx)
    window = open_case(ctx, number)
    dialog = open_dialog(qtbot, window, Qt.Key.Key_K, CTRL, EventDialog)
    qtbot.keyClicks(dialog.summary, "Called the sister")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("event.result") == "Choose whether the contact got through."
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.result
    assert contact_events(ctx, number) == []
    # Choosing one is enough: the error goes and the contact is kept.
    qtbot.keyClicks(dialog.result, "Reach")
    assert dialog.result.code() == "tersambung"
    save_and_wait_closed(qtbot, dialog)
    [event] = contact_events(ctx, number)
    assert event["data"] == {"result": "tersambung", "spoke_with": ""}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_contact_dialog_alt_letters_are_unique(qtbot, ctx, lang):
    from desktop.ui.i18n import switch_language

    number = record(ctx)
    switch_language(ctx, lang)
    dialog = EventDialog(ctx, number, family=True)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if "&" in label.text()]
    letters = [text[text.index("&") + 1].lower() for text in labels]
    assert len(labels) == 6 and len(set(letters)) == len(letters), labels
    if lang == "id":
        assert "&Hasil:" in labels and "&Yang dihubungi:" in labels


def test_escape_cancels_without_a_change(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E, CTRL, EventDialog)
    qtbot.keyClicks(dialog.summary, "not saved")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert "not saved" not in window.timeline.text()


def test_supervisor_resolves_a_case_in_progress_with_an_outcome(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx, status="proses"))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_S, CTRL_SHIFT, StatusDialog)
    targets = [dialog.target.itemData(i) for i in range(dialog.target.count())]
    assert "selesai" in targets and "ditutup" in targets
    dialog.choose("selesai")
    outcomes = [dialog.outcome.itemData(i) for i in range(1, dialog.outcome.count())]
    assert "hak_dibayar" in outcomes and "duplikat" not in outcomes
    # Without an outcome the case is not closed.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("status.outcome") != "", timeout=5000)
    dialog.choose("selesai", "hak_dibayar")
    qtbot.keyClicks(dialog.note, "Employer transferred the wages")
    save_and_wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: window.header.status.text() == "Resolved", timeout=5000)
    assert "Status: In progress → Resolved (Wages/entitlements paid)" in window.timeline.text()
    assert "Employer transferred the wages" in window.timeline.text()
    assert window.details.text("case.outcome") == "Wages/entitlements paid"


def test_front_office_is_not_offered_status_changes(qtbot, officer_ctx, open_case):
    window = open_case(officer_ctx, record(officer_ctx))
    assert not window.status_action.isEnabled()
    assert "Your role" in window.status_action.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL_SHIFT)
    assert window.dialog is None
    for status in ("baru", "proses", "dirujuk"):
        assert allowed_targets("front_office", status) == []


def test_front_office_closing_anyway_shows_the_permission_message(qtbot, officer_ctx,
                                                                   open_case):
    number = record(officer_ctx)
    with pytest.raises(PermissionDenied):
        officer_ctx.core.cases.change_status(number, "ditutup", outcome="dicabut")
    window = open_case(officer_ctx, number)
    # A stale window could still offer it; the core refuses and the dialog says why.
    # Owned by the window, which qtbot closes: registering the child too lets teardown
    # touch it after the window's deletion took it along.
    dialog = StatusDialog(officer_ctx, window.detail, parent=window)
    assert dialog.target.count() == 0
    dialog.target.addItem("Closed", "ditutup")
    dialog.choose("ditutup", "dicabut")
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text() != "", timeout=5000)
    assert "is not allowed to do this" in dialog.errors.text()
    assert dialog.isVisible()
    assert officer_ctx.core.cases.get(number).case["status"] == "baru"


def test_case_officer_moves_open_statuses_and_proposes_closing(qtbot, login, make_ctx,
                                                                open_case):
    context = make_ctx(login("budi", "case_officer"))
    window = open_case(context, record(context, status="proses"))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_S, CTRL_SHIFT, StatusDialog)
    targets = {dialog.target.itemData(i): dialog.target.itemText(i)
               for i in range(dialog.target.count())}
    assert set(targets) == {"menunggu_dokumen", "dirujuk", "selesai", "ditutup"}
    # Closing is a supervisor's: the officer's choice reads as a proposal.
    assert targets["selesai"] == "Resolved — propose to a supervisor"
    assert targets["dirujuk"] == "Referred"


def test_closing_as_duplicate_needs_the_surviving_case_number(qtbot, ctx, open_case):
    kept = record(ctx)
    window = open_case(ctx, record(ctx))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_S, CTRL_SHIFT, StatusDialog)
    dialog.choose("ditutup")
    assert dialog.duplicate_of.parentWidget().isHidden()
    dialog.choose("ditutup", "duplikat")
    assert not dialog.duplicate_of.parentWidget().isHidden()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("status.duplicate_of") != "", timeout=5000)
    assert "case number that is kept" in dialog.errors.text("status.duplicate_of")
    qtbot.keyClicks(dialog.duplicate_of, "XX-2026-A-99999")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not found" in dialog.errors.text("status.duplicate_of"), timeout=5000)
    assert dialog.isVisible()
    dialog.duplicate_of.clear()
    qtbot.keyClicks(dialog.duplicate_of, kept.lower())
    save_and_wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: window.header.status.text() == "Closed", timeout=5000)
    assert f"Duplicate of {kept}" in window.timeline.text()
    assert window.details.text("case.duplicate_of") == kept


def test_supervisor_reopens_a_closed_case(qtbot, ctx, open_case):
    number = record(ctx)
    ctx.core.cases.change_status(number, "ditutup", outcome="dicabut")
    window = open_case(ctx, number)
    assert window.header.status.text() == "Closed"
    dialog = open_dialog(qtbot, window, Qt.Key.Key_S, CTRL_SHIFT, StatusDialog)
    assert [dialog.target.itemData(i) for i in range(dialog.target.count())] == ["proses"]
    assert dialog.outcome.parentWidget().isHidden()
    qtbot.keyClicks(dialog.note, "The mother called back")
    save_and_wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: window.header.status.text() == "In progress", timeout=5000)
    assert "Reopened: Status: Closed → In progress" in window.timeline.text()


def test_officer_cannot_reopen_and_is_told_who_can(qtbot, ctx, officer_ctx, open_case):
    number = record(ctx)
    ctx.core.cases.change_status(number, "ditutup", outcome="dicabut")
    window = open_case(officer_ctx, number)
    assert not window.status_action.isEnabled()
    assert "Only a supervisor can reopen" in window.status_action.toolTip()


def test_edit_people_shows_the_corrected_value(qtbot, officer_ctx, open_case):
    window = open_case(officer_ctx, record(officer_ctx))
    dialog = open_dialog(qtbot, window, Qt.Key.Key_E, CTRL_SHIFT, EditPeopleDialog)
    assert dialog.inputs["worker.passport"].text() == "B1234567"
    dialog.inputs["worker.passport"].clear()
    qtbot.keyClicks(dialog.inputs["worker.passport"], "c7654321")
    with qtbot.waitSignal(window.caseChanged, timeout=5000):
        save_and_wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: window.details.text("worker.passport") == "C7654321", timeout=5000)
    assert window.details.text("worker.name") == "Dewi Lestari"


def test_edit_people_errors_are_inline_on_the_right_tab(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    window.edit_people()
    dialog = window.dialog
    dialog.inputs["complainant.nik"].setText("12345")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("complainant.nik") != "", timeout=5000)
    assert dialog.isVisible()
    assert dialog.tabs.currentIndex() == 1
    assert window.details.text("complainant.nik") == "3578014101800001"
