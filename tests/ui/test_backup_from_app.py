"""Backing up from the app (issue 12 §5.7): File › Back up data… for an administrator, a
progress bar while the core writes the same encrypted file as `halotki backup`."""

from __future__ import annotations

import json
import zipfile

import pytest

from desktop.ui import backup_dialog, file_dialogs
from desktop.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot):
    def _open(context) -> MainWindow:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: not window._loading)
        return window
    return _open


def test_only_an_administrator_is_offered_the_backup(qtbot, ctx, open_window):
    window = open_window(ctx)  # a supervisor
    assert not window.act_backup.isVisible()
    window.back_up()
    assert "backup" not in window.dialogs


def test_backup_shows_progress_then_where_the_file_is(qtbot, admin_ctx, open_window,
                                                      monkeypatch, tmp_path):
    window = open_window(admin_ctx)
    assert window.act_backup.isVisible() and window.act_backup.text() == "B&ack up data…"
    asked = []

    def choose(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "kantor")  # no extension typed: .zip is added

    monkeypatch.setattr(file_dialogs, "save_file", choose)
    window.act_backup.trigger()
    dialog = window.dialogs["backup"]
    assert asked[0].name.startswith("halotki-SBY-") and asked[0].suffix == ".zip"
    target = tmp_path / "kantor.zip"
    assert dialog.target == target
    assert dialog.bar.maximum() == 0 or dialog.buttons.isEnabled()  # busy while writing
    with qtbot.waitSignal(dialog.finishedBackup, timeout=10_000) as done:
        pass
    assert done.args == [target]
    assert dialog.bar.value() == dialog.bar.maximum() == 1 and dialog.buttons.isEnabled()
    assert str(target) in dialog.label.text()
    with zipfile.ZipFile(target) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["office_code"] == "SBY"


def test_a_failed_backup_says_so(qtbot, admin_ctx, open_window, monkeypatch, tmp_path):
    window = open_window(admin_ctx)
    errors = []
    monkeypatch.setattr(backup_dialog, "show_error", lambda parent, exc, lang: errors.append(exc))
    monkeypatch.setattr(file_dialogs, "save_file",
                        lambda *a: str(tmp_path / "no-such-folder" / "x.zip"))
    window.back_up()
    dialog = window.dialogs["backup"]
    with qtbot.waitSignal(dialog.finishedBackup, timeout=10_000) as done:
        pass
    assert done.args == [None] and errors and dialog.buttons.isEnabled()
    assert dialog.label.text() == "The backup was not written."


def test_cancelling_the_file_choice_writes_nothing(qtbot, admin_ctx, open_window,
                                                   monkeypatch, tmp_path):
    window = open_window(admin_ctx)
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a: "")
    window.back_up()
    assert not window.dialogs["backup"].isVisible()
    assert list(tmp_path.glob("*.zip")) == []
