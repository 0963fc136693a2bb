"""The main window's way to information requests and linked cases (issue 12 §2, §3): Ctrl+I
records a question, Ctrl+Shift+I lists them, a request becomes a complaint through the
intake form, and a linked case opens from the case window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain import case_links as cl
from desktop.ui.inquiries.inquiries_window import InquiriesWindow
from desktop.ui.inquiries.inquiry_dialog import InquiryDialog
from tests.conftest import make_intake


def test_ctrl_i_records_a_question_and_the_list_shows_it(qtbot, ctx, open_window):
    window = open_window(ctx)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = window.dialogs["inquiry"]
    assert isinstance(dialog, InquiryDialog) and dialog.isVisible()
    dialog.topic.set_code("biaya_penempatan")
    dialog.question.setPlainText("Berapa biaya resmi ke Taiwan?")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert ctx.core.inquiries.count() == 1 and ctx.core.cases.count() == 0
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_I,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    listing = window.windows["inquiries"]
    assert isinstance(listing, InquiriesWindow)
    qtbot.waitUntil(lambda: listing.table.rowCount() == 1, timeout=5000)
    listing.complaint_button.click()
    intake = window.intake_dialog
    assert intake is not None and intake.from_inquiry is not None
    assert "Taiwan" in intake.complaint.description.toPlainText()
    intake._leaving = True
    intake.close()
    listing.close()


def test_a_linked_case_opens_from_the_case_window(qtbot, ctx, open_window):
    core = ctx.core
    first = core.cases.record_intake(make_intake())
    second = core.cases.record_intake(make_intake(), cl.IntakeLink(cl.NEW_RELATED, first))
    window = open_window(ctx)
    seq_first, seq_second = (core.cases.resolve(n)["seq"] for n in (first, second))
    window.open_case(seq_second)
    case_window = window.case_windows[seq_second]
    qtbot.waitUntil(lambda: case_window.links.isVisible(), timeout=5000)
    case_window.links.linkActivated.emit(f"case:{seq_first}")
    qtbot.waitUntil(lambda: seq_first in window.case_windows, timeout=5000)
    for w in window.case_windows.values():
        w.close()
