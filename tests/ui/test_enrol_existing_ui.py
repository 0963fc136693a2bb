"""The "enrol with the central server" dialog of a PC set up on its own (issue 12 §5.8):
against a live server, the network step off the UI thread, the server's reason shown on a
refusal, and the log-out that starts sync at the next login."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop.session import enrol_existing
from desktop.store.replica import Replica
from desktop.ui.enrol_existing_dialog import EnrolExistingDialog, open_enrol_existing
from tests.integration.conftest import (  # noqa: F401 - a live server
    backend,
    closed_url,
    db_url,
    server,
    server_clock,
    server_ctx,
    sqlite_template,
)
from tests.server.helpers import enrol as enrol_device
from tests.ui.mnemonic_audit import mnemonic_problems


class _Parent(QWidget):
    """Stands in for the main window: records the log-out."""

    def __init__(self) -> None:
        super().__init__()
        self.logged_out = 0

    def log_out(self) -> None:
        self.logged_out += 1


def fill(qtbot, dialog: EnrolExistingDialog, url: str, code: str) -> None:
    qtbot.keyClicks(dialog.server_url, url)
    qtbot.keyClicks(dialog.code, code)


def test_enrolling_keeps_the_letter_tells_and_logs_out(
        qtbot, admin_ctx, server, message_boxes, monkeypatch):  # noqa: F811 - live server
    threads: list[str] = []
    real = enrol_existing.register

    def register(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(enrol_existing, "register", register)
    parent = _Parent()
    qtbot.addWidget(parent)
    dialog = open_enrol_existing(admin_ctx, parent)
    assert dialog.device_label.text() == "PC-Loket"  # the PC's own name, editable
    fill(qtbot, dialog, server.url, server.code("SBY"))
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert not dialog.enrol_button.isEnabled() and dialog.busy_label.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: parent.logged_out == 1, timeout=10000)
    assert threads and threads[0].startswith("halotki-net")  # never the UI thread
    assert not dialog.isVisible()
    kind, _title, text = message_boxes[-1]
    assert kind == "information" and "device A of office SBY" in text
    assert Replica(admin_ctx.core.store).link()[0] == server.url


def test_a_refusal_shows_the_servers_reason_and_changes_nothing(
        qtbot, admin_ctx, server, message_boxes):  # noqa: F811 - the live server
    from fastapi.testclient import TestClient

    from sync.server.api.app import create_app

    with TestClient(create_app(server.ctx)) as client:
        enrol_device(client, server.ctx, "SBY", label="PC-Loket-1")  # takes letter A
    dialog = open_enrol_existing(admin_ctx, None)
    qtbot.addWidget(dialog)
    code = server.code("SBY")
    fill(qtbot, dialog, server.url, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.errors.text() != "", timeout=10000)
    shown = dialog.errors.text()
    assert '"PC-Loket-1"' in shown and "letter A" in shown
    assert dialog.isVisible() and dialog.enrol_button.isEnabled()
    assert message_boxes == []
    assert Replica(admin_ctx.core.store).link() is None


def test_local_mistakes_are_shown_at_their_fields_before_anything_is_sent(qtbot, admin_ctx):
    dialog = EnrolExistingDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, "http://pusat.example.go.id", "")
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert "https://" in dialog.errors.text("server_url")
    assert dialog.errors.text("code") != ""
    assert not admin_ctx.tasks.busy
    qtbot.keyClicks(dialog.code, "A")  # an edited field loses its error at once
    assert dialog.errors.text("code") == ""
    assert dialog.errors.text("server_url") != ""


def test_an_unreachable_server_is_named_at_the_address(
        qtbot, admin_ctx, closed_url):  # noqa: F811 - the fixture
    dialog = EnrolExistingDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(qtbot, dialog, closed_url, "AAAA-BBBB-CCCC")
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.errors.text("server_url") != "", timeout=10000)
    assert "cannot be reached" in dialog.errors.text("server_url")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_alt_letter_clashes(qtbot, make_ctx, admin_core, lang):
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import install_translators

    ctx = make_ctx(admin_core, lang)
    ctx.translators = install_translators(QCoreApplication.instance(), lang)
    dialog = EnrolExistingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert mnemonic_problems(dialog) == []
