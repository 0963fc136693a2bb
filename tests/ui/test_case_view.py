"""The case window: what a person sees of a case and the changes made from it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from desktop.formatting import format_date
from desktop.ui.case_view.case_window import CaseWindow
from tests.conftest import make_intake


def record(context, **overrides) -> str:
    return context.core.cases.record_intake(make_intake(**overrides))


def wait_reloaded(qtbot, window, check) -> None:
    qtbot.waitUntil(lambda: window.detail is not None and check(window.detail), timeout=5000)


@pytest.fixture
def no_scan_now(monkeypatch):
    """Marking a document present offers to attach its scan: not now, in these tests."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))


def test_key_fields_are_visible(qtbot, ctx, open_case):
    number = record(ctx)
    window = open_case(ctx, number)
    assert window.header.number.text() == number
    assert window.header.status.text() == "New"
    assert window.header.category.text() == ctx.core.reference.label("category",
                                                                      "gaji_tidak_dibayar", "en")
    assert "WIB" in window.header.received.text()
    assert "BP3TKI Surabaya" in window.header.received.text()
    assert window.details.text("worker.name") == "Dewi Lestari"
    assert window.details.text("worker.passport") == "B1234567"
    assert window.details.text("worker.job") == "Domestic worker"
    assert window.details.text("worker.birth_date") == "12 March 1995"
    assert window.details.text("complainant.relation") == "Mother"
    assert window.details.text("case.description") == "Gaji belum dibayar selama 6 bulan."
    assert "Complaint recorded" in window.timeline.text()
    assert number in window.windowTitle()


def test_opening_by_seq_works_too(qtbot, ctx, open_case):
    number = record(ctx)
    seq = ctx.core.cases.resolve(number)["seq"]
    window = open_case(ctx, seq)
    assert window.header.number.text() == number


def test_unknown_case_shows_a_message_not_a_traceback(qtbot, ctx):
    window = CaseWindow(ctx, "XX-2026-A-99999")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.message.text() == "Case not found.", timeout=5000)
    assert not window.add_step_action.isEnabled()


def test_missing_documents_are_prominent(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    assert window.documents.missing_count > 0
    assert "Passport copy" in window.documents.summary.text()
    assert "missing" in window.tabs.tabText(1)


def test_overdue_next_contact_is_red(qtbot, ctx, open_case):
    number = record(ctx)
    today = ctx.core.cases.today()
    ctx.core.cases.add_event(number, "kontak_keluarga", "Called the mother", channel="telepon",
                             next_contact_due=today)
    # Time passes: the core's clock moves two days on.
    now = ctx.core.now
    ctx.core.now = lambda: now() + timedelta(days=2)
    window = open_case(ctx, number)
    assert window.header.overdue
    assert format_date(today, "en") in window.header.next_contact.text()
    assert "c0392b" in window.header.next_contact.styleSheet()


def test_changes_emit_case_changed_with_the_seq(qtbot, ctx, open_case, no_scan_now):
    number = record(ctx)
    window = open_case(ctx, number)
    seq = window.detail.case["seq"]
    with qtbot.waitSignal(window.caseChanged, timeout=5000) as signal:
        window.set_document("paspor", "ada")
    assert signal.args == [seq]


def test_setting_a_document_present_adds_a_document_received_event(qtbot, ctx, open_case,
                                                                    no_scan_now):
    window = open_case(ctx, record(ctx))
    combo = window.documents.combos["paspor"]
    window.tabs.setCurrentWidget(window.documents)
    combo.setFocus()
    # Choose "Present" the way a person does: pick the entry in the list.
    combo.setCurrentIndex(combo.findData("ada"))
    combo.activated.emit(combo.currentIndex())
    wait_reloaded(qtbot, window, lambda d: any(e["event_type"] == "dokumen_diterima"
                                               for e in d.events))
    assert window.documents.state("paspor") == "ada"
    assert "Document received" in window.timeline.text()
    assert "Passport copy" in window.timeline.text()
    assert "Passport copy" not in window.documents.summary.text()


def test_admin_cannot_change_anything_and_is_told_why(qtbot, admin_ctx, ctx, open_case):
    number = record(ctx)
    window = open_case(admin_ctx, number)
    for action in (window.add_step_action, window.family_action, window.status_action,
                   window.edit_action, window.receipt_action):
        assert not action.isEnabled()
        assert "Your role" in action.toolTip()
    assert not window.documents.combos["paspor"].isEnabled()
    # The details tab offers the same correction, equally disabled.
    edit_buttons = [b for b in window.details.findChildren(QToolButton)
                    if b.defaultAction() is window.edit_action]
    assert len(edit_buttons) == 1 and not edit_buttons[0].isEnabled()
    # The shortcut does nothing either.
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.dialog is None


def test_print_receipt_opens_the_receipt_dialog(qtbot, ctx, open_case, monkeypatch):
    import desktop.ui.receipt_dialog as receipt_module

    opened = []

    class FakeReceipt:
        def __init__(self, context, case_number, parent=None):
            opened.append(case_number)

        def open(self):
            pass

    monkeypatch.setattr(receipt_module, "ReceiptDialog", FakeReceipt)
    number = record(ctx)
    window = open_case(ctx, number)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert opened == [number]


def test_stepping_through_document_states_with_arrows_saves_only_the_last(qtbot, ctx, open_case,
                                                                         no_scan_now):
    window = open_case(ctx, record(ctx))
    window.tabs.setCurrentWidget(window.documents)
    combo = window.documents.combos["paspor"]
    combo.setFocus()
    # Missing → Present → Missing → Not applicable: passing "Present" records nothing.
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert window.documents.state("paspor") == "tidak_berlaku"
    wait_reloaded(qtbot, window, lambda d: any(x["doc_type"] == "paspor"
                                               and x["state"] == "tidak_berlaku"
                                               for x in d.documents))
    assert not any(e["event_type"] == "dokumen_diterima" for e in window.detail.events)
    assert "Passport copy" not in window.documents.summary.text()


def test_switching_the_language_retranslates_an_open_case_window(qtbot, ctx, open_case):
    from desktop.ui.i18n import switch_language

    number = record(ctx)
    window = open_case(ctx, number)
    assert window.tabs.tabText(0) == "&Details"
    assert window.details.groups[1].title() == "Worker (TKI)"
    job = window.details.text("worker.job")
    switch_language(ctx, "id")
    try:
        qtbot.waitUntil(lambda: window.details.text("worker.job") != job, timeout=5000)
        assert window.details.text("worker.job") == ctx.core.reference.label(
            "job", window.detail.worker["job"], "id")
        assert window.tabs.tabText(0) == "&Rincian"
        assert window.details.groups[1].title() == "TKI"
        assert window.add_step_action.text() == "Tambah &langkah penanganan…"
        assert window.add_step_action.toolTip().startswith("Tambah langkah penanganan (")
        assert window.header.status.text() == ctx.core.reference.label("status", "baru", "id")
        assert window.attachments.attach_button.text() == "Lampirkan berka&s…"
        combo = next(iter(window.documents.combos.values()))
        assert combo.itemText(1) == "Belum ada"
        assert window.windowTitle() == number  # Qt adds the application's name
    finally:
        switch_language(ctx, "en")
    qtbot.waitUntil(lambda: window.details.text("worker.job") == job, timeout=5000)
    assert window.tabs.tabText(0) == "&Details"


# -- family contacts: the result on the timeline, lost contact in the header ------------------

def contact(context, number, result, spoke_with="", hours_ago=0):
    when = context.core.now() - timedelta(hours=hours_ago)
    context.core.cases.add_event(number, "kontak_keluarga", f"Called: {result}",
                                 channel="telepon", occurred_at=when, spoke_with=spoke_with,
                                 result=result)


def reload(qtbot, window) -> None:
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.reload()


def test_the_timeline_shows_whom_a_contact_reached_and_how_it_went(qtbot, ctx, open_case):
    number = record(ctx)
    contact(ctx, number, "salah_nomor", "Pak Budi", hours_ago=3)
    contact(ctx, number, "tersambung", "Ibu Sri", hours_ago=1)
    window = open_case(ctx, number)
    text = window.timeline.text()
    assert "Contact with the family: Wrong number" in text
    assert "Tried to reach Pak Budi" in text
    assert "Contact with the family: Reached" in text
    assert "Spoke with Ibu Sri" in text
    # Newest first: the call that got through is above the wrong number.
    assert text.index("Spoke with Ibu Sri") < text.index("Tried to reach Pak Budi")
    # A contact recorded before results were kept reads as before.
    ctx.core.cases.add_event(number, "kontak_keluarga", "Old call", channel="sms")
    reload(qtbot, window)
    assert "Contact with the family\n" in window.timeline.text()


def test_the_header_warns_after_three_failed_contacts_in_a_row(qtbot, ctx, open_case):
    number = record(ctx)
    contact(ctx, number, "tidak_diangkat", hours_ago=5)
    contact(ctx, number, "salah_nomor", hours_ago=4)
    window = open_case(ctx, number)
    assert window.header.contact_lost.isHidden()  # two failures are not yet lost contact
    assert window.header.failed_contacts == 0
    contact(ctx, number, "pesan_ditinggalkan", hours_ago=3)
    reload(qtbot, window)
    assert not window.header.contact_lost.isHidden()
    assert window.header.contact_lost.text() == (
        "⚠ Contact with the family lost: 3 failed attempts in a row. "
        "Try another channel or number.")
    contact(ctx, number, "tidak_diangkat", hours_ago=2)
    reload(qtbot, window)
    assert "4 failed attempts" in window.header.contact_lost.text()
    # One call that gets through ends it.
    contact(ctx, number, "tersambung", hours_ago=1)
    reload(qtbot, window)
    assert window.header.contact_lost.isHidden()


def test_a_closed_case_shows_no_lost_contact_warning(qtbot, ctx, open_case):
    number = record(ctx)
    for hours in (3, 2, 1):
        contact(ctx, number, "tidak_diangkat", hours_ago=hours)
    ctx.core.cases.change_status(number, "ditutup", outcome="dicabut")
    window = open_case(ctx, number)
    assert window.header.contact_lost.isHidden()  # nobody calls about a closed case


def test_the_lost_contact_warning_reads_in_indonesian(qtbot, ctx, open_case):
    from desktop.ui.i18n import switch_language

    number = record(ctx)
    for hours in (3, 2, 1):
        contact(ctx, number, "tidak_diangkat", hours_ago=hours)
    window = open_case(ctx, number)
    switch_language(ctx, "id")
    qtbot.waitUntil(lambda: "Kontak" in window.header.contact_lost.text(), timeout=5000)
    assert window.header.contact_lost.text() == (
        "⚠ Kontak dengan keluarga terputus: 3 kali gagal berturut-turut. "
        "Coba saluran atau nomor lain.")
    assert "Kontak dengan keluarga: Tidak diangkat" in window.timeline.text()
