"""UI fixtures: a UiContext with a logged-in core and its own TaskManager in ctx.tasks.

The TaskManager is shut down (waiting for queued database work) before the cores close.
Contexts use English so assertions read like the screen; core messages follow ctx.lang.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.settings import Settings
from desktop.ui.context import UiContext
from desktop.ui.tasks import TaskManager
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake  # noqa: F401


def _shutdown(ctx: UiContext) -> None:
    # A test that switched language must not leave its catalogue to the next test.
    from PySide6.QtCore import QLocale

    from desktop.ui.i18n import remove_translators

    app = QCoreApplication.instance()
    if app is not None:
        remove_translators(app, ctx.translators)
        ctx.translators = []
    QLocale.setDefault(QLocale(QLocale.Language.English))
    ctx.tasks.shutdown()
    # Deliver what finished during shutdown while the cores are still open.
    QCoreApplication.processEvents()


@pytest.fixture
def make_ctx(qapp, paths):
    """make_ctx(core=None, lang="en") -> UiContext with its own TaskManager.

    Request the fixtures that open cores BEFORE this one, so the TaskManagers are shut
    down before those cores close (the ctx fixtures below do this for you).
    """
    made: list[UiContext] = []

    def _make(core=None, lang: str = "en") -> UiContext:
        ctx = UiContext(paths, Settings(language=lang), TEST_KDF, core=core, tasks=TaskManager())
        made.append(ctx)
        return ctx

    yield _make
    for ctx in made:
        _shutdown(ctx)


@pytest.fixture
def ctx(supervisor, make_ctx):
    """Logged in as a supervisor ("kasi"): may record, handle, close and reopen cases."""
    context = make_ctx(supervisor)
    yield context
    _shutdown(context)


@pytest.fixture
def officer_ctx(officer, make_ctx):
    """Logged in as front-office staff ("petugas")."""
    context = make_ctx(officer)
    yield context
    _shutdown(context)


@pytest.fixture
def admin_ctx(admin_core, make_ctx):
    """Logged in as the office administrator ("admin")."""
    context = make_ctx(admin_core)
    yield context
    _shutdown(context)


@pytest.fixture
def message_boxes(monkeypatch):
    """Static QMessageBox calls are recorded instead of blocking; question() answers Yes.

    Each entry is (kind, title, text).
    """
    shown: list[tuple[str, str, str]] = []

    def recorder(kind, answer=QMessageBox.StandardButton.Ok):
        def show(_parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return show

    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder(kind)))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(recorder("question", QMessageBox.StandardButton.Yes)))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(recorder("about")))
    return shown


def file_digests(*files: Path) -> dict[str, str | None]:
    """Content hashes (None: missing) to prove files were left untouched."""
    return {str(f): hashlib.sha256(f.read_bytes()).hexdigest() if f.exists() else None
            for f in files}


@pytest.fixture
def flow(make_ctx):
    """The start-up flow on the test's data folder (nothing logged in yet); shut down after."""
    from desktop.ui.startup_flow import StartupFlow

    context = make_ctx()
    startup = StartupFlow(context)
    yield startup
    for window in (startup.dialog, startup.main_window):
        if window is not None:
            window.hide()
            window.deleteLater()
    startup.shutdown()
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def open_case(qtbot):
    """open_case(ctx, key) -> a shown, active CaseWindow once its case has loaded."""
    from desktop.ui.case_view.case_window import CaseWindow

    def _open(context, key) -> CaseWindow:
        window = CaseWindow(context, key)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
        return window

    return _open


# -- shared by several test files --------------------------------------------------------
@pytest.fixture
def open_intake(qtbot, officer_ctx):
    """open_intake() -> a shown IntakeDialog for the front-office officer."""
    opened: list = []

    def _open():
        # Not qtbot.addWidget: pytest-qt would close it before this fixture can say that
        # discarding the typed input is fine, and the form would ask (and block).
        from desktop.ui.intake.intake_dialog import IntakeDialog

        dialog = IntakeDialog(officer_ctx)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        opened.append(dialog)
        return dialog

    yield _open
    tasks = officer_ctx.tasks
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    for dialog in opened:
        dialog._leaving = True
        dialog.close()
        if dialog.receipt_dialog is not None:
            dialog.receipt_dialog.close()
            dialog.receipt_dialog.deleteLater()
        dialog.deleteLater()


@pytest.fixture
def open_window(qtbot):
    def _open(context):
        from desktop.ui.main_window import MainWindow

        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        window.show_list()  # these tests are about the list; a supervisor lands at home
        qtbot.waitUntil(lambda: window.model.rowCount() > 0 or not window._loading)
        return window
    return _open


@pytest.fixture
def office(login, make_ctx):
    """UI contexts of a supervisor ("kasi"), a case officer ("budi") and front office
    ("loket"); "ani", a second case officer, has an account but is not logged in here."""
    sup, budi, front = (login("kasi", "supervisor"), login("budi", "case_officer"),
                        login("loket", "front_office"))
    login("ani", "case_officer").close()
    return make_ctx(sup), make_ctx(budi), make_ctx(front)
