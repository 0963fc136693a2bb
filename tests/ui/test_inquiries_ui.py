"""The information-request form and list (issue 12 §3): recorded with the keyboard alone,
errors inline and nothing saved, listed and searched, and made into a complaint through the
intake form with its text, both then naming each other."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.inquiries import InquiryInput
from desktop.ui.inquiries.inquiries_window import InquiriesWindow
from desktop.ui.inquiries.inquiry_dialog import InquiryDialog
from desktop.ui.intake.intake_dialog import IntakeDialog
from tests.conftest import make_intake


def focused():
    return QApplication.focusWidget()


@pytest.fixture
def form(qtbot, officer_ctx):
    dialog = InquiryDialog(officer_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None)
    return dialog


def ask(core, question="Berapa biaya resmi ke Taiwan?", **more) -> str:
    return core.inquiries.record(InquiryInput(channel="telepon", topic="biaya_penempatan",
                                              question=question, answer="Dijelaskan.", **more))


def test_recorded_with_the_keyboard_alone(qtbot, officer_ctx, form):
    core = officer_ctx.core
    saved = []
    form.saved.connect(saved.append)
    assert focused() is form.channel  # the phone is already chosen
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is form.topic
    qtbot.keyClicks(focused(), "Pla")  # type-ahead picks "Placement fees"
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Berapa biaya resmi ke Taiwan?")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # Tab leaves the text box
    qtbot.keyClicks(focused(), "Dijelaskan sesuai peraturan.")
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    (row,) = core.inquiries.list()
    assert (row.channel, row.topic, row.question, row.answer) == (
        "telepon", "biaya_penempatan", "Berapa biaya resmi ke Taiwan?",
        "Dijelaskan sesuai peraturan.")
    assert core.cases.count() == 0


def test_errors_show_at_their_fields_and_nothing_is_saved(qtbot, officer_ctx, form):
    form.phone.setText("0812-ABC")
    form.save()
    qtbot.waitUntil(lambda: bool(form.errors.text("inquiry.question")), timeout=5000)
    assert form.errors.text("inquiry.topic") and form.errors.text("inquiry.phone")
    assert form.isVisible() and officer_ctx.core.inquiries.count() == 0


def test_the_list_searches_and_makes_a_complaint_through_the_intake(qtbot, officer_ctx):
    core = officer_ctx.core
    ask(core, question="Syarat paspor ke Hong Kong?")
    wanted = ask(core, question="Gaji saya tidak dibayar majikan", name="Siti Aminah",
                 phone="0812-3456-7890")
    window = InquiriesWindow(officer_ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.table.rowCount() == 2, timeout=5000)
    assert window.count.text() == "2 of 2 requests"
    qtbot.keyClicks(window.search, "majikan")
    qtbot.waitUntil(lambda: window.table.rowCount() == 1, timeout=5000)
    assert window.count.text() == "1 of 2 requests"
    asked = []
    window.complaintRequested.connect(asked.append)
    window.complaint_button.click()
    (row,) = asked
    assert row.id == wanted

    intake = IntakeDialog(officer_ctx, from_inquiry=row)
    qtbot.addWidget(intake)
    assert intake.complainant.name.text() == "Siti Aminah"
    assert "Gaji saya tidak dibayar majikan" in intake.complaint.description.toPlainText()
    assert "New complaint from an information request" in intake.windowTitle()
    saved = []
    intake.caseSaved.connect(saved.append)
    filled = make_intake()
    intake.worker.name.setText(filled.worker.name)
    intake.worker.passport.setText("B7654321")
    intake.complainant.relation.set_code("ibu")
    intake.complaint.category.set_code("gaji_tidak_dibayar")
    intake.save()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    qtbot.waitUntil(lambda: not officer_ctx.tasks.busy, timeout=5000)
    assert core.inquiries.get(wanted).complaint_number == saved[0]
    intake._leaving = True
    if intake.receipt_dialog is not None:
        intake.receipt_dialog.close()
    window.reload()
    qtbot.waitUntil(lambda: window.table.item(0, 6) is not None
                    and window.table.item(0, 6).text() == saved[0], timeout=5000)
    window.table.selectRow(0)
    assert not window.complaint_button.isEnabled()  # once only
