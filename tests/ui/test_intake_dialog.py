"""The walk-in intake form, driven as an officer would: typing, Tab, Ctrl+S, Escape."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.models import DOC_MISSING, DOC_NOT_APPLICABLE, DOC_PRESENT, DuplicateCandidate
from desktop.store.errors import WriteFailed
from desktop.ui.intake.intake_dialog import IntakeDialog
from tests.conftest import make_intake

CASE_NUMBER = re.compile(r"^SBY-\d{4}-A-\d{5}$")


def focused() -> QWidget:
    return QApplication.focusWidget()


class Keyboard:
    """Types into whatever has focus, like a person at the desk."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(focused(), text)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(focused(), Qt.Key.Key_Tab)

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(focused(), key, modifier)

    def field(self, expected: QWidget, text: str = "") -> None:
        assert focused() is expected
        if text:
            self.type(text)
        self.tab()


@pytest.fixture
def keys(qtbot) -> Keyboard:
    return Keyboard(qtbot)


def fill(dialog: IntakeDialog, values: dict[str, str]) -> None:
    """Set inputs directly (for tests that are not about the keyboard)."""
    from desktop.ui.intake.form_binding import set_value

    sections = {"complainant": dialog.complainant, "worker": dialog.worker,
                "complaint": dialog.complaint}
    for key, value in values.items():
        part, attr = key.split(".")
        set_value(sections[part].fields[attr], value)


VALID = {
    "complainant.name": "Siti Aminah", "complainant.relation": "ibu",
    "complainant.phones": "0812-3456-7890", "worker.name": "Dewi Lestari",
    "worker.passport": "B7654321", "complaint.category": "gaji_tidak_dibayar",
    "complaint.description": "Gaji belum dibayar selama 6 bulan.",
}


def typed_texts(dialog: IntakeDialog) -> dict[str, str]:
    out = {}
    for section in (dialog.complainant, dialog.worker, dialog.complaint):
        out.update({f"{section.prefix}.{k}": v for k, v in section.values().items()})
    return out


# -- keyboard only ---------------------------------------------------------------------------
def test_whole_intake_with_the_keyboard_alone_saves_and_opens_the_receipt(
        qtbot, officer_ctx, open_intake, keys):
    core = officer_ctx.core
    dialog = open_intake()
    c, w, k, d = dialog.complainant, dialog.worker, dialog.complaint, dialog.documents
    assert focused() is c.name

    keys.field(c.name, "Siti Aminah")
    keys.field(c.is_worker)
    keys.field(c.relation, "Mother")
    keys.field(c.nik, "3578014101800001")
    keys.field(c.phones, "0812-3456-7890, 031-5551234")
    keys.field(c.email, "siti.aminah@example.com")
    keys.field(c.address, "Jl. Kenanga 5, Surabaya")
    keys.field(c.preferred_contact, "Phone")
    # The worker section follows the complainant.
    keys.field(w.name, "Dewi Lestari")
    keys.field(w.sex, "P")
    keys.field(w.birth_date, "12/03/1995")
    keys.field(w.nik)
    keys.field(w.passport, "B1234567")
    keys.field(w.phone, "+60 12-345 6789")
    keys.field(w.destination_country, "Malaysia")
    keys.field(w.destination_city, "Kuala Lumpur")
    keys.field(w.job, "Domestic")
    keys.field(w.employer_name, "Tan Ah Kow")
    # The rarer details unfold with Space and join the Tab order.
    assert focused() is w.more.button and not w.employer_address.isVisible()
    keys.key(Qt.Key.Key_Space)
    assert w.employer_address.isVisible()
    keys.tab()
    keys.field(w.employer_address, "No. 10 Jalan Ampang, Kuala Lumpur")
    keys.field(w.employer_phone)
    keys.field(w.first_employer)
    keys.field(w.pptkis, "PT Maju Jaya Abadi")
    keys.field(w.departure_date, "01/02/2024")
    keys.field(w.work_agreement)
    keys.field(w.ktkln)
    keys.field(w.address, "Desa Sumberrejo RT 02, Kec. Wonosari")
    keys.field(w.province, "Jawa Timur")
    keys.field(w.regency, "Kab. Malang")
    # Then the complaint: channel is walk-in already, the type follows the relation.
    keys.field(k.category, "Unpaid")
    assert k.channel.code() == "datang_langsung"
    keys.field(k.channel)
    assert k.complainant_type.code() == "keluarga_tki"
    keys.field(k.complainant_type)
    assert focused() is k.description
    keys.type("Gaji belum dibayar selama 6 bulan.")
    keys.tab()  # Tab leaves the description instead of inserting a tab character
    assert "\t" not in k.description.toPlainText()
    # Documents: Tab lands on each row's current choice, the arrow keys change it.
    passport_row = d.rows["paspor"]
    assert focused() is passport_row.buttons[DOC_MISSING]
    keys.key(Qt.Key.Key_Left)
    assert passport_row.state() == DOC_PRESENT
    keys.tab()  # present: its scan is offered, on the keyboard too
    assert focused() is passport_row.scan_button
    keys.tab()
    assert focused() is d.rows["ktkln"].buttons[DOC_MISSING]
    keys.tab(len(d.rows) - 1)
    assert focused() is dialog.save_button

    saved = []
    dialog.caseSaved.connect(saved.append)
    keys.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)

    number = saved[0]
    assert CASE_NUMBER.match(number)
    assert not dialog.isVisible()
    receipt = dialog.receipt_dialog
    assert receipt is not None and receipt.isVisible()
    assert number in receipt.windowTitle()
    qtbot.waitUntil(lambda: receipt.page_count() >= 1, timeout=5000)

    tasks = officer_ctx.tasks
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    case = core.cases.get(number)
    assert case.complainant["name"] == "Siti Aminah"
    assert case.complainant["relation"] == "ibu"
    assert case.complainant["email"] == "siti.aminah@example.com"
    assert case.complainant["preferred_contact"] == "telepon"
    assert case.worker["name"] == "Dewi Lestari"
    assert case.worker["sex"] == "P"
    assert case.worker["birth_date"] == "1995-03-12"
    assert case.worker["passport"] == "B1234567"
    assert case.worker["destination_country"] == "MY"
    assert case.worker["job"] == "pekerja_rumah_tangga"
    assert case.worker["pptkis"] == "PT Maju Jaya Abadi"
    assert case.worker["departure_date"] == "2024-02-01"
    assert case.worker["regency"] == "Kab. Malang"
    assert case.case["category"] == "gaji_tidak_dibayar"
    assert case.case["channel"] == "datang_langsung"
    assert case.case["complainant_type"] == "keluarga_tki"
    assert case.case["description"] == "Gaji belum dibayar selama 6 bulan."
    states = {doc["doc_type"]: doc["state"] for doc in case.documents}
    assert states["paspor"] == DOC_PRESENT
    assert states["ktkln"] == DOC_MISSING
    # A mother is family: the family card applies; a power of attorney does not.
    assert states["kartu_keluarga"] == DOC_MISSING
    assert states["surat_kuasa"] == DOC_NOT_APPLICABLE


def test_ctrl_enter_also_saves(qtbot, open_intake, keys):
    dialog = open_intake()
    fill(dialog, VALID)
    saved = []
    dialog.caseSaved.connect(saved.append)
    dialog.complaint.description.setFocus()
    keys.key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    assert CASE_NUMBER.match(saved[0])


def test_enter_in_a_field_does_not_save(qtbot, officer_ctx, open_intake, keys):
    dialog = open_intake()
    fill(dialog, VALID)
    dialog.worker.name.setFocus()
    keys.key(Qt.Key.Key_Return)
    qtbot.wait(50)
    assert dialog.isVisible()
    assert not officer_ctx.tasks.busy
    assert officer_ctx.core.cases.count() == 0


# -- the complainant is the worker and document defaults ---------------------------------------
def test_complainant_is_worker_copies_identity_and_sets_relation(qtbot, open_intake, keys):
    dialog = open_intake()
    c, w = dialog.complainant, dialog.worker
    keys.field(c.name, "Rina Wulandari")
    assert focused() is c.is_worker
    keys.key(Qt.Key.Key_Space)
    assert c.relation.code() == "diri_sendiri"
    assert w.name.text() == "Rina Wulandari"
    assert dialog.complaint.complainant_type.code() == "tki"
    # While ticked, the NIK typed on one side appears on the other.
    c.nik.setFocus()
    keys.type("3578014101800001")
    assert w.nik.text() == "3578014101800001"
    # Not family, no power of attorney: the family card and surat kuasa do not apply.
    docs = dialog.documents.value()
    assert docs["kartu_keluarga"] == DOC_NOT_APPLICABLE
    assert docs["surat_kuasa"] == DOC_NOT_APPLICABLE
    assert docs["paspor"] == DOC_MISSING


def test_document_defaults_follow_the_relation_until_the_officer_chooses(open_intake):
    dialog = open_intake()
    c, d = dialog.complainant, dialog.documents
    c.relation.set_code("kuasa")
    assert d.value()["surat_kuasa"] == DOC_MISSING
    assert d.value()["kartu_keluarga"] == DOC_NOT_APPLICABLE
    c.relation.set_code("ayah")
    assert d.value()["surat_kuasa"] == DOC_NOT_APPLICABLE
    assert d.value()["kartu_keluarga"] == DOC_MISSING
    d.rows["kartu_keluarga"].buttons[DOC_PRESENT].click()
    c.relation.set_code("lainnya")
    assert d.value()["kartu_keluarga"] == DOC_PRESENT  # the officer's choice stays


# -- failed saves keep everything -------------------------------------------------------------
def test_validation_errors_mark_each_field_and_keep_the_input(qtbot, officer_ctx, open_intake,
                                                             keys):
    dialog = open_intake()
    values = dict(VALID, **{"worker.nik": "1234", "complaint.category": ""})
    fill(dialog, values)
    before = typed_texts(dialog)
    failed_save_done = []
    dialog.save()
    assert not dialog.save_button.isEnabled()  # no second save while the first runs
    tasks = officer_ctx.tasks
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    failed_save_done.append(True)

    assert dialog.isVisible()
    assert set(dialog.errors.marked()) == {"worker.nik", "complaint.category"}
    assert "16 digits" in dialog.errors.text("worker.nik")
    assert dialog.errors.text("complaint.category")
    assert dialog.banner.isVisible()
    assert "NIK" in dialog.banner.text() and "Category" in dialog.banner.text()
    assert dialog.worker.nik.styleSheet()  # marked
    assert focused() is dialog.worker.nik  # the first faulty field, ready to correct
    assert typed_texts(dialog) == before
    assert dialog.save_button.isEnabled()
    assert officer_ctx.core.cases.count() == 0

    # Correcting both and saving again clears the marks.
    dialog.worker.nik.selectAll()
    keys.type("3578015203950002")
    dialog.complaint.category.set_code("gaji_tidak_dibayar")
    saved = []
    dialog.caseSaved.connect(saved.append)
    keys.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    assert dialog.errors.marked() == []


def test_error_in_folded_details_unfolds_them(qtbot, officer_ctx, open_intake):
    dialog = open_intake()
    fill(dialog, dict(VALID, **{"worker.departure_date": "31/02/2024"}))
    assert not dialog.worker.departure_date.isVisible()
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.marked() != [], timeout=5000)
    assert dialog.errors.marked() == ["worker.departure_date"]
    assert dialog.worker.departure_date.isVisible()


def test_disk_full_keeps_everything_typed_and_retry_succeeds(qtbot, officer_ctx, open_intake,
                                                            monkeypatch, message_boxes, keys):
    core = officer_ctx.core
    dialog = open_intake()
    fill(dialog, VALID)
    dialog.documents.rows["paspor"].buttons[DOC_PRESENT].click()
    before = typed_texts(dialog)

    def disk_full(_intake):
        raise WriteFailed("database or disk is full")

    monkeypatch.setattr(core.cases, "record_intake", disk_full)
    keys.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(message_boxes), timeout=5000)

    kind, _title, text = message_boxes[-1]
    assert kind == "warning"
    assert "could not be saved" in text and "disk" in text
    assert "could not be saved" in dialog.banner.text() and dialog.banner.isVisible()
    assert dialog.isVisible()
    assert typed_texts(dialog) == before
    assert dialog.documents.value()["paspor"] == DOC_PRESENT
    assert dialog.save_button.isEnabled()

    monkeypatch.undo()  # the disk has space again
    saved = []
    dialog.caseSaved.connect(saved.append)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    tasks = officer_ctx.tasks
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    case = core.cases.get(saved[0])
    assert case.worker["passport"] == "B7654321"


# -- possible duplicates ----------------------------------------------------------------------
def test_same_passport_shows_the_existing_case_and_can_open_it_instead(
        qtbot, officer_ctx, open_intake, keys, message_boxes):
    core = officer_ctx.core
    existing = core.cases.record_intake(make_intake())
    seq = core.cases.resolve(existing)["seq"]
    dialog = open_intake()
    panel = dialog.duplicates
    assert not panel.isVisible()

    dialog.worker.passport.setFocus()
    keys.type("B1234567")
    qtbot.waitUntil(lambda: panel.isVisible(), timeout=5000)
    assert panel.table.rowCount() == 1
    row = [panel.table.item(0, col).text() for col in range(panel.table.columnCount())]
    assert row == [existing, "Dewi Lestari", "Siti Aminah", "New", "same passport"]

    requested = []
    dialog.openCaseRequested.connect(requested.append)
    keys.key(Qt.Key.Key_D,  # the list's own key
             Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert focused() is panel.table
    keys.key(Qt.Key.Key_Return)  # Enter opens the chosen row
    qtbot.waitUntil(lambda: bool(requested))
    assert requested == [seq]
    assert message_boxes and message_boxes[-1][0] == "question"  # typed data is discarded
    assert not dialog.isVisible()
    assert core.cases.count() == 1


def test_similar_name_and_same_birth_date_is_a_possible_duplicate(qtbot, officer_ctx,
                                                                  open_intake, keys):
    officer_ctx.core.cases.record_intake(make_intake())
    dialog = open_intake()
    dialog.worker.name.setFocus()
    keys.type("Dewi Lestary")
    dialog.worker.birth_date.setFocus()
    keys.type("12/03/1995")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=5000)
    assert dialog.duplicates.table.item(0, 4).text() == "similar name, same birth date"


def test_duplicates_clear_when_the_identity_no_longer_matches(qtbot, officer_ctx, open_intake,
                                                              keys):
    officer_ctx.core.cases.record_intake(make_intake())
    dialog = open_intake()
    dialog.worker.passport.setFocus()
    keys.type("B1234567")
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=5000)
    keys.key(Qt.Key.Key_Backspace)
    keys.type("8")
    qtbot.waitUntil(lambda: not dialog.duplicates.isVisible(), timeout=5000)


def test_a_late_answer_to_an_older_query_is_ignored(open_intake):
    dialog = open_intake()
    stale = DuplicateCandidate(1, "SBY-2026-A-00001", "Old", "Old", "baru", "passport")
    dialog._duplicate_query = 2
    dialog._duplicates_found(1, [stale])
    assert not dialog.duplicates.isVisible()
    dialog._duplicates_found(2, [stale])
    assert dialog.duplicates.isVisible()


# -- leaving ----------------------------------------------------------------------------------
def test_escape_on_an_empty_form_closes_without_asking(open_intake, keys, message_boxes):
    dialog = open_intake()
    keys.key(Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert message_boxes == []


def test_escape_after_typing_asks_first(qtbot, open_intake, keys, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QMessageBox

    dialog = open_intake()
    keys.type("Siti")
    asked = []

    def answer(button):
        def exec_(box):
            asked.append((box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel),
                           box.button(QMessageBox.StandardButton.Discard).text()))
            return button
        return exec_

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Cancel))
    keys.key(Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.complainant.name.text() == "Siti"
    assert asked == [(True, "&Discard")]  # Cancel by default; Alt+D discards
    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.StandardButton.Discard))
    keys.key(Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_labels_have_mnemonics_with_buddies(open_intake):
    dialog = open_intake()
    for section in (dialog.complainant, dialog.worker, dialog.complaint):
        for caption, _source in section.captions[:4]:
            assert caption.buddy() is not None
            assert "&" in caption.text()


def test_mnemonics_are_unique_so_alt_letter_jumps_straight_to_one_field(open_intake):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = open_intake()
    seen: dict[str, str] = {}
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        match = re.search(r"&([^&\s])", widget.text())
        if match:
            letter = match.group(1).lower()
            assert letter not in seen, (widget.text(), seen.get(letter))
            seen[letter] = widget.text()
    assert len(seen) >= 20


def test_a_narrow_screen_stacks_the_sections_instead_of_cutting_them_off(qtbot, open_intake):
    dialog = open_intake()

    def left_edge(section) -> int:
        return section.mapTo(dialog, section.rect().topLeft()).x()

    dialog.resize(1300, 700)
    # Side by side on a 1366x768 office screen: complainant left, complaint right.
    qtbot.waitUntil(lambda: left_edge(dialog.complaint) > 400)
    assert left_edge(dialog.documents) == left_edge(dialog.complaint)
    assert dialog.complaint.y() < dialog.worker.y()

    dialog.resize(900, 700)
    # One below the other, in the order Tab walks them; nothing needs scrolling sideways.
    qtbot.waitUntil(lambda: left_edge(dialog.complaint) < 50)
    order = [dialog.complainant, dialog.worker, dialog.complaint, dialog.documents]
    assert [s.y() for s in order] == sorted(s.y() for s in order)
    qtbot.waitUntil(lambda: not dialog.scroll.horizontalScrollBar().isVisible())


def test_a_case_officer_records_to_themselves_by_default(qtbot, login, make_ctx):
    from desktop.ui.intake.intake_dialog import IntakeDialog as Dialog

    ctx = make_ctx(login("budi", "case_officer"))
    dialog = Dialog(ctx)
    qtbot.addWidget(dialog)
    combo = dialog.complaint.officer
    assert combo is not None and combo.currentData() == "budi"
    combo.setCurrentIndex(0)
    assert dialog.complaint.value().officer == ""


def test_front_office_has_no_officer_choice(open_intake):
    assert open_intake().complaint.officer is None
