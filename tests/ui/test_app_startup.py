"""Starting the application: broken data stops it with exit code 3 and touches nothing."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.session.setup import InitRequest, initialize
from desktop.ui.app import run_gui
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import MainWindow
from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF
from tests.ui.conftest import file_digests


@pytest.fixture
def store(paths):
    """A set-up store, closed again: the app finds it at start."""
    core = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    core.close()
    return paths


def watched(paths):
    return [paths.database, paths.keyslots, *paths.database_companions(),
            paths.database.with_name(paths.database.name + ".init"),
            paths.keyslots.with_name(paths.keyslots.name + ".init")]


def drive_login(username: str, password: str, seen: list) -> QTimer:
    """Poll for the login dialog inside run_gui's event loop and log in once."""
    timer = QTimer()
    timer.setInterval(20)

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, LoginDialog) and widget.isVisible() and widget not in seen:
                seen.append(widget)
                widget.username.setText(username)
                widget.password.setText(password)
                widget.submit()
    timer.timeout.connect(poll)
    timer.start()
    return timer


def test_missing_key_file_says_so_and_exits_with_3(qapp, store, message_boxes):
    store.keyslots.unlink()
    before = file_digests(*watched(store))
    assert run_gui(store.root, "en", kdf=TEST_KDF) == 3
    assert [kind for kind, _t, _x in message_boxes] == ["critical"]
    text = message_boxes[0][2]
    assert "key file is missing" in text and "will close now" in text
    assert "Traceback" not in text
    assert file_digests(*watched(store)) == before  # no new store over the old data


def test_missing_database_says_so_and_exits_with_3(qapp, store, message_boxes):
    store.database.unlink()
    before = file_digests(*watched(store))
    assert run_gui(store.root, "en", kdf=TEST_KDF) == 3
    assert "database file" in message_boxes[0][2] and "is missing" in message_boxes[0][2]
    assert file_digests(*watched(store)) == before
    assert not store.database.exists()


def test_the_message_is_in_the_persons_language(qapp, store, message_boxes):
    store.keyslots.unlink()
    assert run_gui(store.root, "id", kdf=TEST_KDF) == 3
    assert "Berkas kunci aplikasi tidak ditemukan" in message_boxes[0][2]


def test_a_corrupt_database_is_found_at_login_and_exits_with_3(qapp, store, message_boxes):
    size = store.database.stat().st_size
    store.database.write_bytes(bytes((i * 7) % 251 for i in range(size)))
    before = file_digests(*watched(store))
    seen: list = []
    timer = drive_login(ADMIN, ADMIN_PW, seen)
    try:
        code = run_gui(store.root, "en", kdf=TEST_KDF)
    finally:
        timer.stop()
    assert seen, "the login dialog was shown"
    assert code == 3
    assert [kind for kind, _t, _x in message_boxes] == ["critical"]
    assert "damaged or does not belong to this application" in message_boxes[0][2]
    assert file_digests(*watched(store)) == before


def test_a_plain_sqlite_file_is_refused_and_exits_with_3(qapp, store, message_boxes, flow, qtbot):
    store.database.unlink()
    with sqlite3.connect(store.database) as conn:
        conn.execute("CREATE TABLE cases (id TEXT)")
        conn.execute("INSERT INTO cases VALUES ('plain')")
    conn.close()
    before = file_digests(*watched(store))
    flow.start()
    qtbot.waitUntil(lambda: isinstance(flow.dialog, LoginDialog))
    dialog = flow.dialog
    dialog.username.setText(ADMIN)
    qtbot.keyClicks(dialog.password, ADMIN_PW)
    with qtbot.waitSignal(flow.finished, timeout=10000) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert blocker.args == [3] and flow.exit_code == 3
    assert "not encrypted" in message_boxes[0][2]
    assert flow.main_window is None and flow.ctx.core is None
    assert not dialog.isVisible()
    assert file_digests(*watched(store)) == before


def test_quitting_at_the_login_exits_with_0(qapp, store, message_boxes):
    def quit_login() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, LoginDialog) and widget.isVisible():
                widget.quit_button.click()
                return
        QTimer.singleShot(20, quit_login)

    QTimer.singleShot(20, quit_login)
    assert run_gui(store.root, "en", kdf=TEST_KDF) == 0
    assert message_boxes == []


def test_login_main_window_logout_and_quit(qtbot, store, flow, message_boxes):
    flow.start()
    qtbot.waitUntil(lambda: isinstance(flow.dialog, LoginDialog))
    login = flow.dialog
    login.username.setText(ADMIN)
    qtbot.keyClicks(login.password, ADMIN_PW)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=10000)
    window = flow.main_window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert flow.ctx.core is not None and flow.ctx.core.session.username == ADMIN

    window.act_logout.trigger()
    qtbot.waitUntil(lambda: isinstance(flow.dialog, LoginDialog) and flow.dialog is not login)
    assert flow.ctx.core is None and flow.main_window is None
    again = flow.dialog
    assert again.username.text() == ADMIN  # remembered for the next person at this PC
    qtbot.keyClicks(again.password, ADMIN_PW)
    qtbot.keyClick(again.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: flow.main_window is not None, timeout=10000)

    with qtbot.waitSignal(flow.finished) as blocker:
        flow.main_window.act_quit.trigger()
    assert blocker.args == [0]
    assert message_boxes == []
    QCoreApplication.processEvents()


def test_a_long_session_of_signals_does_not_crash_the_interpreter(qapp):
    """PySide6 6.12.0 lost a reference to True per Python emit() (pyproject pins it out)."""
    import sys

    from PySide6.QtCore import QObject, Signal

    from desktop.ui.tasks import TaskManager

    class Pinger(QObject):
        ping = Signal(int)

    TaskManager().shutdown()
    pinger = Pinger()
    before = sys.getrefcount(True)
    for i in range(20_000):  # far more than True's own reference count on 3.11
        pinger.ping.emit(i)
    assert sys.getrefcount(True) >= before - 100
