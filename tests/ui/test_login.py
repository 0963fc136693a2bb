"""Logging in: success, mistakes, waiting after repeated failures, language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.services.throttle import LoginThrottle
from desktop.settings import Settings
from desktop.ui.login import LoginDialog
from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF
from tests.integration.conftest import (  # noqa: F401 - a live server for the central logins
    CENTRAL_PW,
    backend,
    db_url,
    server,
    server_clock,
    server_ctx,
    sqlite_template,
)


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def open_login(admin_core, make_ctx, qtbot, clock):
    """open_login(last_username="") -> a shown LoginDialog on a store with an administrator.

    The throttle and the countdown share a fake clock, so waits pass instantly.
    """
    opened: list[LoginDialog] = []

    def _open(last_username: str = "", lang: str = "en") -> LoginDialog:
        ctx = make_ctx(lang=lang)
        ctx.settings.last_username = last_username
        dialog = LoginDialog(ctx, throttle=LoginThrottle(ctx.paths.login_state, clock=clock),
                             clock=clock)
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        qtbot.waitUntil(lambda: not ctx.tasks.busy)  # the initial wait check
        return dialog

    yield _open
    for dialog in opened:
        dialog.ctx.tasks.shutdown()
        QCoreApplication.processEvents()
        if dialog.core is not None:
            dialog.core.close()


def type_login(qtbot, dialog: LoginDialog, username: str | None, password: str) -> None:
    if username is not None:
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def wait_idle(qtbot, dialog: LoginDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.ctx.tasks.busy, timeout=10000)


def test_logging_in_hands_over_the_core_and_remembers_the_username(qtbot, open_login):
    dialog = open_login()
    assert dialog.focusWidget() is dialog.username
    with qtbot.waitSignal(dialog.loggedIn, timeout=10000) as blocker:
        type_login(qtbot, dialog, ADMIN, ADMIN_PW)
        assert not dialog.login_button.isEnabled()  # busy while the key is derived
    core = blocker.args[0]
    assert core is dialog.core and core.session.username == ADMIN
    assert not dialog.isVisible()
    ctx = dialog.ctx
    assert ctx.settings.last_username == ADMIN
    qtbot.waitUntil(lambda: ctx.paths.settings.exists())
    assert Settings.load(ctx.paths.settings).last_username == ADMIN


def test_the_last_username_is_prefilled_and_the_password_has_focus(qtbot, open_login):
    dialog = open_login(last_username=ADMIN)
    assert dialog.username.text() == ADMIN
    assert dialog.focusWidget() is dialog.password
    with qtbot.waitSignal(dialog.loggedIn, timeout=10000):
        type_login(qtbot, dialog, None, ADMIN_PW)


def test_a_wrong_password_says_so_and_clears_the_password(qtbot, open_login):
    dialog = open_login(last_username=ADMIN)
    type_login(qtbot, dialog, None, "not-the-password")
    wait_idle(qtbot, dialog)
    assert dialog.errors.text("password").startswith("The password is wrong.")
    assert dialog.password.text() == ""
    assert dialog.focusWidget() is dialog.password
    assert dialog.core is None and dialog.isVisible()
    assert dialog.login_button.isEnabled()  # one failure: no wait yet


def test_an_unknown_username_says_so(qtbot, open_login):
    dialog = open_login()
    type_login(qtbot, dialog, "nobody", "whatever-123")
    wait_idle(qtbot, dialog)
    assert "not registered on this computer" in dialog.errors.text("username")
    assert dialog.focusWidget() is dialog.username
    assert dialog.core is None


def test_an_empty_password_is_caught_without_trying(qtbot, open_login):
    dialog = open_login(last_username=ADMIN)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.errors.text("password") == "The password is empty. Type your password and try again."
    assert not dialog.ctx.tasks.busy  # nothing was sent to the database thread
    dialog.username.clear()
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.errors.text("username") == "Type your username."


def test_after_five_failures_the_next_attempt_waits_with_a_countdown(qtbot, open_login, clock):
    dialog = open_login(last_username=ADMIN)
    for _ in range(5):
        type_login(qtbot, dialog, None, "wrong-password-1")
        wait_idle(qtbot, dialog)
    assert dialog.errors.text("password").startswith("The password is wrong.")
    # The fifth failure starts a 5-second wait, shown at once and counting down.
    qtbot.waitUntil(lambda: not dialog.login_button.isEnabled())
    assert dialog.wait_label.text() == "Too many failed attempts. Wait 5 seconds, then try again."
    clock.now += 2.2
    qtbot.waitUntil(lambda: "Wait 3 seconds" in dialog.wait_label.text())

    # Enter does nothing while waiting (not even a new failure).
    type_login(qtbot, dialog, None, ADMIN_PW)
    assert not dialog.ctx.tasks.busy and dialog.core is None

    clock.now += 3
    qtbot.waitUntil(dialog.login_button.isEnabled)
    assert dialog.wait_label.isHidden()
    with qtbot.waitSignal(dialog.loggedIn, timeout=10000):
        type_login(qtbot, dialog, None, ADMIN_PW)


def test_a_wait_left_from_before_is_shown_when_the_dialog_opens(qtbot, open_login, clock, paths):
    throttle = LoginThrottle(paths.login_state, clock=clock)
    for _ in range(6):
        throttle.record_failure(ADMIN, "keyslot.wrong_password")
    dialog = open_login(last_username=ADMIN)
    qtbot.waitUntil(lambda: not dialog.wait_label.isHidden())
    assert "Wait 10 seconds" in dialog.wait_label.text()
    assert not dialog.login_button.isEnabled()


def test_the_core_refusal_starts_the_countdown_too(qtbot, open_login, clock, paths):
    dialog = open_login(last_username=ADMIN)
    # Failures recorded elsewhere (another attempt) after the dialog opened.
    throttle = LoginThrottle(paths.login_state, clock=clock)
    for _ in range(5):
        throttle.record_failure(ADMIN, "keyslot.wrong_password")
    type_login(qtbot, dialog, None, ADMIN_PW)
    wait_idle(qtbot, dialog)
    assert dialog.core is None
    assert "Wait 5 seconds" in dialog.wait_label.text()
    assert not dialog.login_button.isEnabled()


def test_switching_the_language_retranslates_at_once(qtbot, open_login):
    dialog = open_login(last_username=ADMIN, lang="en")
    type_login(qtbot, dialog, None, "not-the-password")
    wait_idle(qtbot, dialog)
    assert dialog.errors.text("password").startswith("The password is wrong.")

    dialog.language.setCurrentIndex(dialog.language.findData("id"))
    qtbot.waitUntil(lambda: dialog.errors.text("password").startswith("Kata sandi salah."))
    ctx = dialog.ctx
    assert ctx.lang == "id"
    qtbot.waitUntil(lambda: ctx.paths.settings.exists())
    assert Settings.load(ctx.paths.settings).language == "id"

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: dialog.errors.text("password").startswith("The password is wrong."))
    assert dialog.login_button.text() == "&Log in"


def test_a_damaged_store_is_reported_as_fatal(qtbot, open_login, paths, admin_core):
    dialog = open_login(last_username=ADMIN)
    admin_core.close()
    paths.database.write_bytes(b"\0" * 8192)
    with qtbot.waitSignal(dialog.fatalError, timeout=10000) as blocker:
        type_login(qtbot, dialog, None, ADMIN_PW)
    assert blocker.args[0].exit_code == 3
    assert dialog.core is None


# --- a central account's first login on an enrolled PC -----------------------------------

@pytest.fixture
def central_login(server, paths, make_ctx, qtbot, clock):  # noqa: F811 - the live server
    """A shown LoginDialog on a PC enrolled with the live server, which has budi.sby."""
    from desktop.session import enrolment

    enrolment.enrol(paths, enrolment.EnrolRequest(server.url, server.code("SBY"), ADMIN,
                                                   "Admin", ADMIN_PW), TEST_KDF).close()
    server.add_account("budi.sby", role="case_officer", full_name="Budi Santoso")
    ctx = make_ctx()
    dialog = LoginDialog(ctx, throttle=LoginThrottle(ctx.paths.login_state, clock=clock),
                         clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not ctx.tasks.busy)
    yield dialog
    ctx.tasks.shutdown()
    QCoreApplication.processEvents()
    if dialog.core is not None:
        dialog.core.close()


def test_a_central_account_logs_in_for_the_first_time_then_offline(qtbot, central_login,
                                                                  server):  # noqa: F811
    dialog = central_login
    with qtbot.waitSignal(dialog.loggedIn, timeout=15000) as blocker:
        type_login(qtbot, dialog, "budi.sby", CENTRAL_PW)
    core = blocker.args[0]
    assert (core.session.username, core.session.full_name, core.session.role) == (
        "budi.sby", "Budi Santoso", "case_officer")
    assert core.keyslots.has_user("budi.sby")
    core.close()
    dialog.core = None
    # Offline now; the account's own slot opens the data.
    server.stop()
    again = LoginDialog(dialog.ctx)
    qtbot.addWidget(again)
    again.show()
    with qtbot.waitSignal(again.loggedIn, timeout=15000) as blocker:
        type_login(qtbot, again, "budi.sby", CENTRAL_PW)
    blocker.args[0].close()
    again.core = None


def test_an_offline_first_login_says_to_connect(qtbot, central_login, server):  # noqa: F811
    dialog = central_login
    server.stop()
    type_login(qtbot, dialog, "budi.sby", CENTRAL_PW)
    wait_idle(qtbot, dialog)
    assert dialog.errors.text("username").startswith(
        "This account has not logged in on this computer yet. Connect to the internet for")
    assert dialog.core is None and dialog.isVisible() and dialog.login_button.isEnabled()
    assert dialog.busy_label.isHidden()


def test_a_wrong_central_password_says_so_like_an_unknown_name(qtbot, central_login):
    dialog = central_login
    type_login(qtbot, dialog, "budi.sby", "salah-salah-1")
    wait_idle(qtbot, dialog)
    wrong = dialog.errors.text("password")
    assert wrong.startswith("Wrong username or password")
    assert dialog.password.text() == "" and dialog.focusWidget() is dialog.password
    type_login(qtbot, dialog, "siapa.ini", CENTRAL_PW)
    wait_idle(qtbot, dialog)
    assert dialog.errors.text("password") == wrong


def test_the_server_s_rate_limit_counts_down_in_seconds(
        qtbot, central_login, server, clock):  # noqa: F811 - the live server fixture
    from sync.server.services import ratelimit

    limit = server.ctx.settings.verify_user_limit
    with server.ctx.db.write() as conn:  # this account's attempts are used up
        for _ in range(limit.attempts):
            ratelimit.hit(conn, "verify-user:budi.sby", limit, int(server.ctx.now().timestamp()))
    dialog = central_login
    type_login(qtbot, dialog, "budi.sby", CENTRAL_PW)
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.wait_label.isHidden())
    assert "seconds, then try again" in dialog.wait_label.text()
    assert not dialog.login_button.isEnabled()
    clock.now += limit.window_s
    qtbot.waitUntil(dialog.login_button.isEnabled)


def test_a_revoked_pc_shows_the_reason(qtbot, central_login, server):  # noqa: F811
    from desktop.crypto.keyslots import KeySlotFile

    dialog = central_login
    link = KeySlotFile(dialog.ctx.paths.keyslots, TEST_KDF).device()
    server.revoke(link.device_id, "Dipindahkan ke gudang")
    type_login(qtbot, dialog, "budi.sby", CENTRAL_PW)
    wait_idle(qtbot, dialog)
    assert "Reason: Dipindahkan ke gudang" in dialog.errors.text()
    assert dialog.core is None


def test_network_work_runs_on_its_own_pool(qtbot, make_ctx):
    import threading

    tasks = make_ctx().tasks
    names = []
    with qtbot.waitSignal(tasks._finished, timeout=5000):
        tasks.run_net(lambda: threading.current_thread().name, names.append)
    with qtbot.waitSignal(tasks._finished, timeout=5000):
        tasks.run_db(lambda: threading.current_thread().name, names.append)
    qtbot.waitUntil(lambda: len(names) == 2)
    assert names[0].startswith("halotki-net") and names[1].startswith("halotki-db")
