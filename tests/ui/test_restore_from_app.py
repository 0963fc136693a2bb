"""Restoring from a backup in the application (issue 12 §5.7): at the login screen (the store
closed), with the backup's administrator, under a busy progress bar; a wrong password or a
missing file changes nothing; File > Restore in the main window logs out first."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.paths import DataPaths
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.restore_dialog import RestoreDialog
from desktop.ui.tasks import TaskManager
from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF, make_intake


@pytest.fixture
def office(tmp_path):
    """A closed store with two cases, and a backup taken when it had one."""
    paths = DataPaths(tmp_path / "office")
    core = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    core.accounts.add_user("kasi", "Kasi", "supervisor", "kasi-pass-1234")
    core.close()
    kasi = log_in(paths, "kasi", "kasi-pass-1234", TEST_KDF)
    kasi.cases.record_intake(make_intake())
    kasi.close()
    admin = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    backup = admin.maintenance.backup(tmp_path / "cadangan.zip")
    admin.close()
    kasi = log_in(paths, "kasi", "kasi-pass-1234", TEST_KDF)
    kasi.cases.record_intake(make_intake())
    kasi.close()
    return paths, backup


@pytest.fixture
def login_ctx(qapp, office):
    paths, _backup = office
    ctx = UiContext(paths, Settings(language="en"), TEST_KDF, core=None, tasks=TaskManager())
    yield ctx
    ctx.tasks.shutdown()


def cases_in(paths) -> int:
    core = log_in(paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        return core.cases.count()
    finally:
        core.close()


def fill(dialog: RestoreDialog, backup, password: str = ADMIN_PW) -> None:
    dialog.file.setText(str(backup))
    dialog.username.setText(ADMIN)
    dialog.password.setText(password)


def test_the_backup_replaces_the_data_and_the_old_files_are_kept(qtbot, login_ctx, office):
    paths, backup = office
    dialog = RestoreDialog(login_ctx)
    qtbot.addWidget(dialog)
    kept = []
    dialog.restored.connect(kept.append)
    fill(dialog, backup)
    dialog.run()
    assert not dialog.progress.isHidden() or kept  # busy while it runs
    qtbot.waitUntil(lambda: bool(kept), timeout=20000)
    assert kept[0] and cases_in(paths) == 1  # as it was when backed up


def test_a_wrong_password_changes_nothing(qtbot, login_ctx, office):
    paths, backup = office
    dialog = RestoreDialog(login_ctx)
    qtbot.addWidget(dialog)
    fill(dialog, backup, password="salah-sekali-123")
    dialog.run()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=20000)
    assert dialog.errors.text() or any(
        dialog.errors.text(f) for f in ("restore.username", "restore.password"))
    assert dialog.isVisible() is False or dialog.result() == 0
    assert cases_in(paths) == 2


def test_no_file_is_asked_for_before_anything_runs(qtbot, login_ctx, office):
    dialog = RestoreDialog(login_ctx)
    qtbot.addWidget(dialog)
    dialog.run()
    assert dialog.errors.text("restore.file") and not dialog._busy


def test_the_main_window_logs_out_before_restoring(qtbot, admin_ctx, open_window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    window = open_window(admin_ctx)
    assert window.act_restore.isVisible()
    asked = []
    window.restoreRequested.connect(lambda: asked.append("restore"))
    window.loggedOut.connect(lambda: asked.append("logged out"))
    window.act_restore.trigger()
    assert asked == ["restore"]


def test_a_running_restore_cannot_be_cancelled_half_way(qtbot, login_ctx):
    dialog = RestoreDialog(login_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._set_busy(True)
    dialog.reject()
    assert dialog.isVisible()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isEnabled()
    dialog._set_busy(False)
    dialog.reject()
    assert not dialog.isVisible()
