"""Logging in: success, mistakes, waiting after repeated failures, language switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.services.throttle import LoginThrottle
from desktop.settings import Settings
from desktop.ui.login import LoginDialog
from tests.conftest import ADMIN, ADMIN_PW


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
        qtbot.waitUntil(lambda: not ctx.ui["tasks"].busy)  # the initial wait check
        return dialog

    yield _open
    for dialog in opened:
        dialog.ctx.ui["tasks"].shutdown()
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
    qtbot.waitUntil(lambda: not dialog.ctx.ui["tasks"].busy, timeout=10000)


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
    assert not dialog.ctx.ui["tasks"].busy  # nothing was sent to the database thread
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
    assert not dialog.ctx.ui["tasks"].busy and dialog.core is None

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
