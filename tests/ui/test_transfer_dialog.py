"""Central (PST) PCs assign and transfer cases through the server; other PCs never see it."""

from __future__ import annotations

import threading

import pytest

from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.sync import errors as e
from desktop.sync.api import CentralClient
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake
from tests.ui.sync_fakes import WAIT_MS, Schedulers, link, start_controller

OFFICES = [
    {"code": "PST", "name": "Pusat (Crisis Center)", "tz": "WIB", "national": True, "active": True},
    {"code": "SBY", "name": "BP3TKI Surabaya", "tz": "WIB", "national": False, "active": True},
    {"code": "MTR", "name": "BP3TKI Mataram", "tz": "WITA", "national": False, "active": True},
    {"code": "OLD", "name": "Kantor lama", "tz": "WIB", "national": False, "active": False},
]


@pytest.fixture
def pst_core(tmp_path):
    paths = DataPaths(tmp_path / "pst")
    admin = initialize(paths, InitRequest("PST", ADMIN, "Admin", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user("pusat", "Petugas Pusat", "supervisor", STAFF_PW)
    admin.close()
    core = log_in(paths, "pusat", STAFF_PW, TEST_KDF)
    yield core
    core.close()


@pytest.fixture
def schedulers():
    return Schedulers()


@pytest.fixture
def central(qtbot, pst_core, make_ctx, schedulers):
    """A PST PC, enrolled, with sync running (fake scheduler)."""
    context = make_ctx(pst_core)
    link(pst_core)
    controller = start_controller(qtbot, context, schedulers)
    yield context
    controller.stop()


@pytest.fixture
def server(monkeypatch):
    """The central client's calls, answered here; each call is recorded."""
    calls: list[tuple] = []
    answers = {"offices": OFFICES, "move": None}

    def offices(self):
        calls.append(("list_offices", threading.current_thread() is threading.main_thread()))
        if isinstance(answers["offices"], Exception):
            raise answers["offices"]
        return answers["offices"]

    def move(kind):
        def call(self, ref, office, text):
            calls.append((kind, ref, office, text))
            if answers["move"] is not None:
                raise answers["move"]
            return {"id": ref, "office_code": office}
        return call

    monkeypatch.setattr(CentralClient, "list_offices", offices)
    monkeypatch.setattr(CentralClient, "transfer_case", move("transfer"))
    monkeypatch.setattr(CentralClient, "assign_case", move("assign"))
    return calls, answers



def _dialog(qtbot, window, action):
    action.trigger()
    dialog = window.form
    qtbot.waitUntil(lambda: dialog.office.isEnabled() or dialog.retry_button.isVisibleTo(dialog),
                    timeout=WAIT_MS)
    return dialog


def _choose(dialog, code):
    dialog.office.setCurrentIndex(dialog.office.findData(code))


def test_a_national_enrolled_pc_offers_assign_and_transfer(qtbot, central, open_case):
    window = open_case(central, central.core.cases.record_intake(make_intake()))
    assert window.detail.case["office_code"] == "PST"
    for act in (window.assign_action, window.transfer_action):
        assert act.isVisible() and act.isEnabled()


def test_a_regional_pc_never_sees_them(qtbot, ctx, schedulers, open_case):
    link(ctx.core)
    controller = start_controller(qtbot, ctx, schedulers)
    try:
        window = open_case(ctx, ctx.core.cases.record_intake(make_intake()))
        assert not window.assign_action.isVisible() and not window.transfer_action.isVisible()
        window.transfer_case()  # the shortcut does nothing either
        assert window.form is None
    finally:
        controller.stop()


def test_a_national_pc_that_is_not_enrolled_does_not_see_them(qtbot, pst_core, make_ctx,
                                                               schedulers, open_case):
    context = make_ctx(pst_core)
    start_controller(qtbot, context, schedulers)
    window = open_case(context, pst_core.cases.record_intake(make_intake()))
    assert not window.assign_action.isVisible() and not window.transfer_action.isVisible()


def test_transfer_needs_an_office_and_a_reason_then_asks_the_server_and_syncs(
        qtbot, central, schedulers, server, open_case):
    calls, _answers = server
    number = central.core.cases.record_intake(make_intake())
    window = open_case(central, number)
    dialog = _dialog(qtbot, window, window.transfer_action)
    assert calls == [("list_offices", False)]  # on the network pool, not the UI thread
    offered = [dialog.office.itemData(i) for i in range(dialog.office.count())]
    assert offered == ["", "MTR", "SBY"]  # not where it is, not an inactive office
    dialog.submit()
    assert dialog.errors.text("office_code") == "Choose the office."
    _choose(dialog, "SBY")
    dialog.submit()
    assert dialog.errors.text("reason") == "Write why the case is transferred."
    assert len(calls) == 1
    dialog.text.setPlainText("Pengadu pindah domisili ke Surabaya.")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.ok_button.click()
    case_id = window.detail.case["id"]
    assert calls[-1] == ("transfer", case_id, "SBY", "Pengadu pindah domisili ke Surabaya.")
    assert schedulers.last.sync_now_calls == 1
    assert not dialog.isVisible()
    assert "Transferred to BP3TKI Surabaya." in window.statusBar().currentMessage()


def test_assign_offers_regional_offices_and_the_note_is_optional(qtbot, central, server,
                                                                 open_case):
    calls, _answers = server
    window = open_case(central, central.core.cases.record_intake(make_intake()))
    dialog = _dialog(qtbot, window, window.assign_action)
    offered = [dialog.office.itemData(i) for i in range(dialog.office.count())]
    assert offered == ["", "MTR", "SBY"]
    _choose(dialog, "MTR")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.ok_button.click()
    assert calls[-1] == ("assign", window.detail.case["id"], "MTR", "")


def test_offline_the_dialog_says_the_server_is_needed_and_nothing_changed(
        qtbot, central, server, open_case):
    calls, answers = server
    answers["offices"] = e.ServerUnreachable()
    window = open_case(central, central.core.cases.record_intake(make_intake()))
    dialog = _dialog(qtbot, window, window.transfer_action)
    assert "needs the central server" in dialog.errors.text()
    assert "Nothing was changed" in dialog.errors.text()
    assert dialog.retry_button.isVisibleTo(dialog) and not dialog.ok_button.isEnabled()
    assert dialog.office.count() == 0  # no guessed office list
    answers["offices"] = OFFICES
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: dialog.office.isEnabled(), timeout=WAIT_MS)
    # The connection drops between the list and the transfer.
    answers["move"] = e.ServerUnreachable()
    _choose(dialog, "SBY")
    dialog.text.setPlainText("Alasan.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "needs the central server" in dialog.errors.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    dialog.reject()


def test_a_refusal_of_the_server_is_shown_in_its_words(qtbot, central, server, open_case):
    from desktop.messages import Msg

    _calls, answers = server
    answers["move"] = e.Conflict(Msg("transfer_same_office", "Kasus sudah berada di kantor "
                                     "tersebut.", "The case is already at that office."),
                                 status=409, field="office_code")
    window = open_case(central, central.core.cases.record_intake(make_intake()))
    dialog = _dialog(qtbot, window, window.transfer_action)
    _choose(dialog, "SBY")
    dialog.text.setPlainText("Alasan.")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.errors.text("office_code") != "", timeout=WAIT_MS)
    assert dialog.errors.text("office_code") == "The case is already at that office."
    dialog.reject()


def test_a_case_of_a_regional_office_can_be_transferred_but_not_assigned(
        qtbot, central, open_case):
    core = central.core
    number = core.cases.record_intake(make_intake())
    # As sync delivers a case central assigned earlier: it now belongs to SBY.
    with core.write() as tx:
        tx.update("case", core.cases.resolve(number)["id"], {"office_code": "SBY"})
    window = open_case(central, number)
    assert window.transfer_action.isEnabled()
    assert not window.assign_action.isEnabled()
    assert "transfer it instead" in window.assign_action.toolTip()
