"""The stakeholder directory on screen: the picker the referral and summons forms use, and
the directory window (browse, add and edit this office's partners, central adopts)."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from desktop.domain import casework as cw
from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.ui.directory_picker import DETAIL_ROLE, FLAG_ROLE, DirectoryPicker
from desktop.ui.directory_window import DirectoryWindow
from tests.conftest import ADMIN_PW, STAFF_PW, TEST_KDF, make_intake

# Known and not yet explained: about one full run in five, the worker running these tests
# died with a segmentation fault inside Qt (QTimerInfoList::activateTimers or
# QUnifiedTimer::updateAnimationTimers) while pytest-qt processed events after the
# teardown of test_kinds_limit_the_choice_and_a_flagged_agency_is_marked (its picker a
# top-level window) or of the test after it. A crashed test is run again in a new worker
# (pytest-rerunfailures with pytest-xdist) instead of failing the suite; a test that fails
# on its own fails every run.
pytestmark = pytest.mark.flaky(reruns=2)


@pytest.fixture
def form(qtbot, ctx):
    """A form as the referral dialog builds it: a labelled picker, a field after it, and a
    default button that must not fire while the list is open."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    picker = DirectoryPicker(ctx)
    label = QLabel("&Addressee:")
    label.setBuddy(picker)
    after = QLineEdit()
    ok = QPushButton("OK")
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    rows = QFormLayout()
    rows.addRow(label, picker)
    rows.addRow("Next:", after)
    layout = QVBoxLayout(dialog)
    layout.addLayout(rows)
    layout.addWidget(ok)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    picker.setFocus()
    return dialog, picker, after


def wait_list(qtbot, picker, first: str | None = None):
    qtbot.waitUntil(lambda: picker.popup.isVisible() and picker.popup.list.count() > 0,
                    timeout=5000)
    if first is not None:
        qtbot.waitUntil(lambda: picker.popup.entries()
                        and picker.popup.entries()[0].name == first, timeout=5000)
    return picker.popup.entries()


def test_a_misspelt_name_is_picked_with_the_keyboard(qtbot, form):
    dialog, picker, _after = form
    qtbot.keyClicks(picker.edit, "kuala lumpru")
    entries = wait_list(qtbot, picker, "KBRI Kuala Lumpur")
    with qtbot.waitSignal(picker.picked) as got:
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert got.args[0].name == "KBRI Kuala Lumpur" and got.args[0] == entries[0]
    assert picker.entry() == entries[0] and picker.edit.text() == "KBRI Kuala Lumpur"
    assert not picker.popup.isVisible() and dialog.isVisible()  # Enter did not accept


def test_enter_and_escape_belong_to_the_list_while_it_is_open(qtbot, form):
    dialog, picker, _after = form
    qtbot.keyClicks(picker.edit, "jedah")
    wait_list(qtbot, picker, "KJRI Jeddah")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    assert not picker.popup.isVisible() and dialog.isVisible() and picker.entry() is None
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)  # opens the list again
    wait_list(qtbot, picker, "KJRI Jeddah")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert picker.entry().name == "KJRI Jeddah" and dialog.isVisible()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # the list is closed: the form's own Enter
    assert not dialog.isVisible()


def test_down_on_an_empty_field_lists_the_directory_and_arrows_choose(qtbot, form):
    _dialog, picker, after = form
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    entries = wait_list(qtbot, picker)
    assert [e.kind for e in entries[:3]] == ["perwakilan"] * 3
    for _ in range(2):
        qtbot.keyClick(picker.edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Up)
    with qtbot.waitSignal(picker.picked) as got:
        qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert got.args[0] == entries[1]
    qtbot.keyClick(picker.edit, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_typing_after_a_pick_forgets_the_entry_and_keeps_the_text(qtbot, form):
    _dialog, picker, _after = form
    entry = picker.ctx.core.directory.search("kuala")[0]
    picker.set_entry(entry)
    assert picker.entry() == entry and picker.text() == "KBRI Kuala Lumpur"
    qtbot.keyClicks(picker.edit, " (Atase Tenaga Kerja)")
    assert picker.entry() is None and picker.text() == "KBRI Kuala Lumpur (Atase Tenaga Kerja)"
    picker.clear()
    assert picker.entry() is None and picker.text() == ""


def test_nothing_found_says_the_name_is_used_as_typed(qtbot, form):
    _dialog, picker, _after = form
    qtbot.keyClicks(picker.edit, "Kepala Desa Sumberjo")
    qtbot.waitUntil(lambda: picker.popup.isVisible(), timeout=5000)
    assert picker.popup.entries() == []
    assert "used as typed" in picker.popup.list.item(0).text()
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # nothing to pick: the list just closes
    assert not picker.popup.isVisible() and picker.entry() is None


def test_the_label_mnemonic_focuses_the_picker(qtbot, form):
    dialog, picker, after = form
    after.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert picker.edit.hasFocus()


def test_kinds_limit_the_choice_and_a_flagged_agency_is_marked(qtbot, ctx, make_ctx, login):
    officer = login("budi", "case_officer")
    agency = officer.directory.add(cw.StakeholderInput(kind="pptkis", name="PT Sukses Selalu"))
    officer.directory.add(cw.StakeholderInput(kind="rumah_sakit", name="RS Sukses Sehat"))
    number = officer.cases.record_intake(make_intake())
    day = (officer.cases.today() + timedelta(days=2)).isoformat()
    for _ in range(2):
        sid = officer.referrals.summon(number, cw.SummonsInput(
            agency, "PT Sukses Selalu", "", day, "10.00", "Kantor"))
        officer.referrals.record_summons_outcome(sid, cw.SummonsOutcomeInput("tidak_hadir"))
    picker = DirectoryPicker(ctx, kinds=["pptkis"])
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.setFocus()
    qtbot.keyClicks(picker.edit, "sukses")
    [entry] = wait_list(qtbot, picker, "PT Sukses Selalu")
    assert entry.flagged and entry.missed_summons == 2
    item = picker.popup.list.item(0)
    assert item.data(FLAG_ROLE) == "⚠ 2 summons not attended"
    assert "Placement agency" in item.data(DETAIL_ROLE)


def test_an_answer_to_older_text_is_never_shown(qtbot, form, monkeypatch):
    _dialog, picker, _after = form
    # The database thread's answers, delivered here in the order a slow search gives them.
    pending = []
    monkeypatch.setattr(picker.ctx.tasks, "run_db",
                        lambda fn, on_done=None, on_error=None: pending.append((fn, on_done)))
    shown: list[list[str]] = []
    show = picker._show_popup
    monkeypatch.setattr(picker, "_show_popup",
                        lambda: (shown.append(names(picker.popup.entries())), show()))
    qtbot.keyClicks(picker.edit, "kjri")
    picker.search_now()
    qtbot.keyClicks(picker.edit, " jedah")  # the officer types on while "kjri" runs
    picker.search_now()
    (older, older_done), (newer, newer_done) = pending[-2:]
    newer_done(newer())
    older_done(older())  # the slow answer to the older text comes last: not shown
    assert shown == [["KJRI Jeddah"]]
    assert names(picker.popup.entries()) == ["KJRI Jeddah"]


def names(entries) -> list[str]:
    return [e.name for e in entries]


# -- the directory window ------------------------------------------------------------------------

@pytest.fixture
def open_window(qtbot):
    def _open(context) -> DirectoryWindow:
        window = DirectoryWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: bool(window.entries), timeout=5000)
        return window

    return _open


@pytest.fixture
def central_ctx(tmp_path, make_ctx):
    paths = DataPaths(tmp_path / "pusat")
    admin = initialize(paths, InitRequest("PST", "admin", "Admin Pusat", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user("rina", "Rina Pusat", "supervisor", STAFF_PW)
    core = log_in(paths, "rina", STAFF_PW, TEST_KDF)
    context = make_ctx(core)
    yield context
    context.tasks.shutdown()
    core.close()
    admin.close()


def synced_entry(core, name: str, office_code: str) -> str:
    entry_id = str(uuid.uuid4())
    with core.write() as tx:
        tx.insert("stakeholder", {"id": entry_id, "kind": "dinas_sosial", "name": name,
                                  "office_code": office_code, "active": "1",
                                  "created_at": tx.now, "updated_at": tx.now})
    return entry_id


def active(qtbot, dialog):
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def wait_names(qtbot, window, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: names(window.entries) == expected, timeout=5000)


def test_the_window_searches_as_one_types_and_filters_by_kind_and_keeper(qtbot, ctx,
                                                                          open_window):
    synced_entry(ctx.core, "Dinas Sosial Kota Semarang", "SMG")
    window = open_window(ctx)
    assert window.search.hasFocus() and len(window.entries) > 20
    qtbot.keyClicks(window.search, "jedah")
    wait_names(qtbot, window, ["KJRI Jeddah"])
    assert "Saudi Arabia" in window.details.text()
    window.search.clear()
    window.kind.setCurrentIndex(window.kind.findData("asuransi"))
    wait_names(qtbot, window, ["BPJS Ketenagakerjaan", "Konsorsium Asuransi Perlindungan TKI"])
    window.kind.setCurrentIndex(0)
    window.kept.setCurrentIndex(window.kept.findData("offices"))
    wait_names(qtbot, window, ["Dinas Sosial Kota Semarang"])
    assert window.table.item(0, 3).text() == "SMG"
    # keyboard: Down from the search field goes into the list
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.table.hasFocus() and window.selected().name == "Dinas Sosial Kota Semarang"


def test_add_a_local_partner_with_the_keyboard(qtbot, ctx, open_window):
    window = open_window(ctx)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = active(qtbot, window.dialog)
    assert dialog.kind.hasFocus() and "local partner of this office (SBY)" in dialog.note.text()
    dialog.kind.set_code("rumah_sakit")
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.name, "RSUD Dr. Soetomo")
    dialog.address.setFocus()
    qtbot.keyClicks(dialog.address, "Jl. Mayjen Prof. Dr. Moestopo 6-8, Surabaya")
    qtbot.keyClicks(dialog.phone, "031 5501078")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.selected() is not None
                    and window.selected().name == "RSUD Dr. Soetomo", timeout=5000)
    entry = window.selected()
    assert (entry.office_code, entry.phone) == ("SBY", "+62315501078")
    assert "SBY (local partner)" in window.details.text()
    assert window.edit_button.isEnabled()


def test_wrong_input_is_shown_at_its_field_and_nothing_is_saved(qtbot, ctx, open_window):
    window = open_window(ctx)
    window.add_entry()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    dialog.kind.set_code("perwakilan")
    dialog.name.setText("KBRI Kuala Lumpur")
    dialog.email.setText("kbri@")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.errors.text("email") != "", timeout=5000)
    assert "valid email" in dialog.errors.text("email")
    assert "Choose the country" in dialog.errors.text("country")
    assert "already holds" in dialog.errors.text("name")
    assert dialog.isVisible()
    assert len(ctx.core.directory.search("kuala lumpur")) == 1


def test_licence_rows_only_for_an_agency(qtbot, ctx, open_window):
    window = open_window(ctx)
    window.add_entry()
    dialog = window.dialog
    qtbot.waitExposed(dialog)
    dialog.kind.set_code("rumah_sakit")
    assert not any(w.isVisibleTo(dialog) for w in (dialog.licence_no, dialog.licence_status))
    dialog.kind.set_code("pptkis")
    assert all(w.isVisibleTo(dialog) for w in (dialog.licence_no, dialog.licence_status))


def test_edit_own_entry_but_not_centrals(qtbot, ctx, open_window):
    own = ctx.core.directory.add(cw.StakeholderInput(kind="rumah_sakit", name="RS Bhayangkara"))
    window = open_window(ctx)
    qtbot.keyClicks(window.search, "bhayangkara")
    wait_names(qtbot, window, ["RS Bhayangkara"])
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    dialog = active(qtbot, window.dialog)
    assert dialog.name.text() == "RS Bhayangkara" and dialog.name.hasFocus()
    dialog.name.setText("RS Bhayangkara Polda Jatim")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert ctx.core.directory.get(own).name == "RS Bhayangkara Polda Jatim"
    window.search.clear()
    qtbot.keyClicks(window.search, "kuala lumpur")
    wait_names(qtbot, window, ["KBRI Kuala Lumpur"])
    assert not window.edit_button.isEnabled() and not window.active_button.isEnabled()
    assert "Kept by Central" in window.edit_button.toolTip()
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)  # Enter on central's entry says why not
    assert window.dialog is dialog and "Kept by Central" in window.error.text()
    assert not window.adopt_button.isVisible()  # only central adopts


def test_a_flagged_agency_shows_why(qtbot, ctx, open_window):
    core = ctx.core
    agency = core.directory.add(cw.StakeholderInput(kind="pptkis", name="PT Sukses Selalu"))
    number = core.cases.record_intake(make_intake())
    day = (core.cases.today() + timedelta(days=2)).isoformat()
    for _ in range(2):
        sid = core.referrals.summon(number, cw.SummonsInput(agency, "PT Sukses Selalu", "",
                                                            day, "10.00", "Kantor"))
        core.referrals.record_summons_outcome(sid, cw.SummonsOutcomeInput("tidak_hadir"))
    window = open_window(ctx)
    qtbot.keyClicks(window.search, "sukses")
    wait_names(qtbot, window, ["PT Sukses Selalu"])
    assert window.table.item(0, 4).text() == "⚠ 2 summons not attended"
    assert "Flagged: 2 summons not attended." in window.details.text()


def test_switch_an_entry_off_and_on(qtbot, ctx, open_window, message_boxes):
    ctx.core.directory.add(cw.StakeholderInput(kind="rumah_sakit", name="RS Lama"))
    window = open_window(ctx)
    qtbot.keyClicks(window.search, "RS Lama")
    wait_names(qtbot, window, ["RS Lama"])
    window.active_button.click()
    qtbot.waitUntil(lambda: window.entries and not window.entries[0].active, timeout=5000)
    assert message_boxes[0][0] == "question" and window.inactive.isChecked()
    assert "(switched off)" in window.table.item(0, 0).text()
    assert ctx.core.directory.search("RS Lama") == []
    qtbot.waitUntil(lambda: window.active_button.isEnabled(), timeout=5000)
    assert window.active_button.text() == "Switch &on"
    window.active_button.click()
    qtbot.waitUntil(lambda: window.entries and window.entries[0].active, timeout=5000)


def test_front_office_only_reads_the_directory(qtbot, officer_ctx, open_window):
    window = open_window(officer_ctx)
    assert not window.add_button.isEnabled() and not window.edit_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.dialog is None


def test_central_edits_any_entry_and_adopts_an_offices(qtbot, central_ctx, open_window,
                                                       message_boxes):
    local = synced_entry(central_ctx.core, "Dinas Sosial Kota Semarang", "SMG")
    window = open_window(central_ctx)
    assert window.adopt_button.isVisible()
    window.kept.setCurrentIndex(window.kept.findData("offices"))
    wait_names(qtbot, window, ["Dinas Sosial Kota Semarang"])
    assert window.edit_button.isEnabled() and window.adopt_button.isEnabled()
    window.adopt_button.click()
    assert message_boxes[0][0] == "question" and "SMG" in message_boxes[0][2]
    qtbot.waitUntil(lambda: window.entries == [], timeout=5000)  # no office keeps it now
    assert central_ctx.core.directory.get(local).central
    window.kept.setCurrentIndex(window.kept.findData("central"))
    qtbot.waitUntil(lambda: "Dinas Sosial Kota Semarang" in names(window.entries),
                    timeout=5000)


def test_switching_language_relabels_the_list_and_details(qtbot, ctx, open_window):
    from desktop.ui.i18n import switch_language

    window = open_window(ctx)
    qtbot.keyClicks(window.search, "kuala lumpur")
    wait_names(qtbot, window, ["KBRI Kuala Lumpur"])
    assert window.table.item(0, 1).text() == "Indonesian mission (embassy/consulate)"
    switch_language(ctx, "id")
    qtbot.waitUntil(lambda: window.table.item(0, 1).text() == "Perwakilan RI (KBRI/KJRI/KDEI)",
                    timeout=5000)
    assert "Perwakilan RI" in window.details.text()
