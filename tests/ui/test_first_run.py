"""First run on an empty PC: set up the office and the first administrator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.first_run import FirstRunDialog
from desktop.ui.main_window import MainWindow
from tests.integration.conftest import (  # noqa: F401 - a live server for the enrolment tests
    backend,
    closed_url,
    db_url,
    server,
    server_clock,
    server_ctx,
    sqlite_template,
)


def fill(qtbot, dialog: FirstRunDialog, *, office="SBY", username="admin.sby",
         full_name="Rina Wulandari", password="rahasia-kantor-1", confirm=None,
         device="Loket 1") -> None:
    qtbot.keyClicks(dialog.office_code.lineEdit(), office)
    qtbot.keyClicks(dialog.device_label, device)
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.full_name, full_name)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.password_confirm, password if confirm is None else confirm)


def test_first_run_creates_the_store_and_opens_the_main_window(qtbot, flow):
    paths = flow.ctx.paths
    flow.start()
    qtbot.waitUntil(lambda: isinstance(flow.dialog, FirstRunDialog) and flow.dialog.isVisible())
    dialog = flow.dialog
    assert dialog.focusWidget() in (dialog.office_code, dialog.office_code.lineEdit())

    fill(qtbot, dialog)
    assert dialog.office_name.text() == "BP3TKI Surabaya"  # prefilled from the office list
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    # Argon2 and the database run in the background: the form shows it is busy meanwhile.
    assert not dialog.setup_button.isEnabled()
    assert dialog.busy_label.isVisibleTo(dialog)

    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=15000)
    window = flow.main_window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert not dialog.isVisible()
    assert window.windowTitle() == "BP3TKI Surabaya — Rina Wulandari (Administrator)"
    core = flow.ctx.core
    assert core.session.username == "admin.sby" and core.session.role == "admin"
    assert core.office.code == "SBY" and core.office.device_label == "Loket 1"
    assert paths.database.exists() and paths.keyslots.exists()
    assert flow.ctx.settings.last_username == "admin.sby"


def test_choosing_an_office_prefills_its_name_until_the_name_is_edited(qtbot, make_ctx):
    dialog = FirstRunDialog(make_ctx())
    qtbot.addWidget(dialog)
    index = dialog.office_code.findData("MTR")
    assert dialog.office_code.itemText(index) == "MTR — BP3TKI Mataram"
    dialog.office_code.setCurrentIndex(index)
    assert dialog.office_code_value() == "MTR"
    assert dialog.office_name.text() == "BP3TKI Mataram"

    dialog.office_code.setEditText("")
    qtbot.keyClicks(dialog.office_code.lineEdit(), "kpg")
    assert dialog.office_code_value() == "KPG"
    assert dialog.office_name.text() == "BP3TKI Kupang"

    dialog.office_name.clear()
    qtbot.keyClicks(dialog.office_name, "BP3TKI Kupang (Pos Atambua)")
    dialog.office_code.setCurrentIndex(dialog.office_code.findData("SBY"))
    assert dialog.office_name.text() == "BP3TKI Kupang (Pos Atambua)"


def test_mistakes_are_shown_next_to_their_fields_and_nothing_is_created(qtbot, make_ctx):
    ctx = make_ctx()
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, office="S1", username="A", password="kort", confirm="kort")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)

    assert "2-5 capital letters" in dialog.errors.text("office_code")
    assert "3-32 characters" in dialog.errors.text("username")
    assert "at least 8 characters" in dialog.errors.text("password")
    assert dialog.focusWidget() in (dialog.office_code, dialog.office_code.lineEdit())
    assert dialog.setup_button.isEnabled()
    assert not ctx.tasks.busy
    assert not ctx.paths.root.exists() or not any(ctx.paths.root.iterdir())


def test_the_two_passwords_must_match(qtbot, make_ctx):
    ctx = make_ctx()
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, password="rahasia-kantor-1", confirm="rahasia-kantor-2")
    qtbot.keyClick(dialog.password_confirm, Qt.Key.Key_Return)

    assert dialog.errors.text("password_confirm") == "The two passwords do not match."
    assert dialog.errors.text("password") == ""
    assert dialog.focusWidget() is dialog.password_confirm
    assert not ctx.paths.database.exists()


def test_enter_in_the_last_field_sets_up(qtbot, make_ctx):
    ctx = make_ctx()
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, office="NNK")
    with qtbot.waitSignal(dialog.initialized, timeout=15000) as blocker:
        qtbot.keyClick(dialog.password_confirm, Qt.Key.Key_Return)
    core = blocker.args[0]
    try:
        assert core.office.code == "NNK" and core.office.name == "BP3TKI Nunukan"
        assert core.office.tz == "WITA"
    finally:
        ctx.tasks.shutdown()
        core.close()


def test_switching_the_language_keeps_what_was_typed(qtbot, make_ctx):
    ctx = make_ctx(lang="en")
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, username="A")
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    assert "Usernames are 3-32 characters" in dialog.errors.text("username")

    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    qtbot.waitUntil(lambda: "Nama pengguna 3-32 karakter" in dialog.errors.text("username"))
    assert ctx.lang == "id"
    assert dialog.username.text() == "A"
    assert dialog.office_code_value() == "SBY"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: "Usernames are" in dialog.errors.text("username"))


# --- enrolment with the central server ---------------------------------------------------


def choose_enrol_by_keyboard(qtbot, dialog: FirstRunDialog) -> None:
    """From the first field, back to the choice and onto "enrol", without the mouse."""
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Backtab)
    assert dialog.focusWidget() is dialog.choice.local
    qtbot.keyClick(dialog.choice.local, Qt.Key.Key_Up)
    assert dialog.choice.enrol.isChecked() and dialog.enrolling()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.enrol_box.server_url


def fill_enrol(qtbot, dialog: FirstRunDialog, url: str, code: str, *, username="admin.sby",
               password="rahasia-kantor-1") -> None:
    """Types into the focused field and Tabs on, like a person at the keyboard."""
    for text in (url, code, "Loket 2", username, "Rina Wulandari", password, password):
        widget = dialog.focusWidget()
        widget.clear()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def shown(qtbot, flow) -> FirstRunDialog:
    flow.start()
    qtbot.waitUntil(lambda: isinstance(flow.dialog, FirstRunDialog) and flow.dialog.isVisible())
    return flow.dialog


def test_first_run_offers_both_ways(qtbot, make_ctx):
    dialog = FirstRunDialog(make_ctx())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.choice.local.isChecked() and not dialog.enrolling()
    assert dialog.office_box.isVisible() and not dialog.enrol_box.isVisible()
    assert dialog.choice.enrol.text() == "&Enrol with the central server"
    dialog.choice.enrol.setChecked(True)
    assert dialog.enrol_box.isVisible() and not dialog.office_box.isVisible()
    assert dialog.admin_box.isVisible()
    assert "enrolment code" in dialog.subtitle.text()
    dialog.choice.local.setChecked(True)
    assert dialog.office_box.isVisible() and not dialog.enrol_box.isVisible()


def test_enrolling_by_keyboard_opens_the_main_window_with_the_server_s_office(
        qtbot, flow, server):  # noqa: F811 - the live server fixture
    dialog = shown(qtbot, flow)
    choose_enrol_by_keyboard(qtbot, dialog)
    fill_enrol(qtbot, dialog, server.url, server.code("SMG"))
    assert dialog.focusWidget() is dialog.setup_button
    qtbot.keyClick(dialog.password_confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=15000)
    core = flow.ctx.core
    assert (core.office.code, core.office.device_letter, core.office.device_label) == (
        "SMG", "A", "Loket 2")
    assert core.session.username == "admin.sby" and core.session.role == "admin"
    assert flow.main_window.isVisible() and not dialog.isVisible()


@pytest.mark.parametrize("what", ["used code", "unknown code", "http", "offline",
                                  "rate limited"])
def test_enrolment_refusals_are_shown_inline_and_nothing_is_created(
        qtbot, make_ctx, server, closed_url, what):  # noqa: F811 - the live server fixtures
    ctx = make_ctx()
    url, code = server.url, server.code("SBY")
    if what == "used code":
        from desktop.paths import DataPaths
        from desktop.session import enrolment

        elsewhere = DataPaths(ctx.paths.root.parent / "elsewhere")
        enrolment.enrol(elsewhere, enrolment.EnrolRequest(url, code, "admin", "Admin",
                                                           "rahasia-kantor-1"),
                         ctx.kdf).close()
    elif what == "unknown code":
        code = "AAAA-BBBB-CCCC"
    elif what == "http":
        url = "http://pusat.example.go.id"
    elif what == "offline":
        url = closed_url
    elif what == "rate limited":
        from sync.server.services import ratelimit

        with server.ctx.db.write() as conn:  # every attempt of this address used up
            for _ in range(server.ctx.settings.enrol_limit.attempts):
                ratelimit.hit(conn, "enrol:127.0.0.1", server.ctx.settings.enrol_limit,
                              int(server.ctx.now().timestamp()))
    dialog = FirstRunDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choice.enrol.setChecked(True)
    dialog.enrol_box.server_url.setFocus()
    fill_enrol(qtbot, dialog, url, code)
    qtbot.mouseClick(dialog.setup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ctx.tasks.busy and dialog.setup_button.isEnabled(),
                    timeout=15000)
    field, words = {
        "used code": ("code", "already used"),
        "unknown code": ("code", "Unknown enrolment code"),
        "http": ("server_url", "must start with https://"),
        "offline": ("server_url", "cannot be reached"),
        "rate limited": (None, "Wait "),
    }[what]
    assert words in dialog.errors.text(field)
    if what == "rate limited":
        assert "seconds" in dialog.errors.text(None)
    assert dialog.isVisible() and dialog.core is None
    assert not ctx.paths.database.exists() and not ctx.paths.keyslots.exists()
    assert dialog.enrol_box.code.text()  # what was typed is kept for a retry
