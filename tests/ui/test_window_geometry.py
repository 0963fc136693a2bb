"""Windows reopen where each person left them (desktop/ui/window_geometry.py)."""

from __future__ import annotations

import json

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.settings import Settings, WindowGeometry
from desktop.ui.window_geometry import fit_to_screen, remember_geometry

DEFAULT = QSize(500, 400)


def _window(qtbot, ctx, name: str = "directory", default: QSize = DEFAULT) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    remember_geometry(window, ctx, name, default)
    return window


def _available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_settings_keep_geometry_per_user_and_window(tmp_path):
    path = tmp_path / "settings.json"
    settings = Settings(language="en", last_username="kasi")
    settings.set_geometry("kasi", "main", WindowGeometry(10, 20, 900, 600, maximized=True))
    settings.set_geometry("budi", "main", WindowGeometry(0, 0, 700, 500))
    settings.save(path)
    loaded = Settings.load(path)
    assert loaded.geometry("kasi", "main") == WindowGeometry(10, 20, 900, 600, True)
    assert loaded.geometry("budi", "main") == WindowGeometry(0, 0, 700, 500, False)
    assert loaded.geometry("kasi", "case") is None
    assert loaded.language == "en" and loaded.last_username == "kasi"


def test_a_damaged_geometry_entry_is_dropped_not_fatal(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "en", "window_geometry": {
        "kasi": {"main": {"x": 1, "y": 2, "width": 300, "height": 200},
                 "case": {"x": "1", "y": 2, "width": 300, "height": 200},
                 "list": {"x": 1, "y": 2, "width": 0, "height": 200}},
        "budi": "nonsense"}}))
    loaded = Settings.load(path)
    assert loaded.window_geometry == {"kasi": {"main": WindowGeometry(1, 2, 300, 200)}}


def test_a_window_reopens_with_the_size_and_place_it_was_closed_with(qtbot, ctx):
    first = _window(qtbot, ctx)
    assert first.size() == QSize(500, 400)  # nothing saved yet: the default
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(QRect(30, 40, 420, 310))
    first.close()
    assert ctx.settings.geometry("kasi", "directory") == WindowGeometry(30, 40, 420, 310)
    on_disk = json.loads(ctx.paths.settings.read_text())
    assert on_disk["window_geometry"]["kasi"]["directory"]["width"] == 420

    again = _window(qtbot, ctx)
    assert again.geometry() == QRect(30, 40, 420, 310)
    # Another kind of window keeps its own default.
    assert _window(qtbot, ctx, "referrals").size() == QSize(500, 400)


def test_each_user_has_their_own_layout(qtbot, ctx, officer_ctx):
    ctx.settings.set_geometry("kasi", "directory", WindowGeometry(10, 10, 450, 350))
    officer_ctx.settings = ctx.settings  # one PC, one settings file
    assert _window(qtbot, officer_ctx).size() == QSize(500, 400)
    assert _window(qtbot, ctx).size() == QSize(450, 350)


def test_a_dialog_saves_when_it_hides_without_a_close_event(qtbot, ctx):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    remember_geometry(dialog, ctx, "accounts", QSize(400, 300))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.setGeometry(QRect(50, 60, 380, 290))
    dialog.accept()
    assert ctx.settings.geometry("kasi", "accounts") == WindowGeometry(50, 60, 380, 290)


def test_a_window_saved_on_a_bigger_screen_opens_fully_visible(qtbot, ctx):
    screen = _available()
    ctx.settings.set_geometry("kasi", "directory", WindowGeometry(
        screen.right() + 500, screen.bottom() + 500, screen.width() + 800, screen.height() + 600))
    window = _window(qtbot, ctx)
    assert screen.contains(window.geometry())
    assert window.size() == screen.size()


def test_a_maximised_window_reopens_maximised(qtbot, ctx):
    ctx.settings.set_geometry("kasi", "directory", WindowGeometry(20, 20, 400, 300, True))
    window = _window(qtbot, ctx)
    assert window.windowState() & Qt.WindowState.WindowMaximized
    window.show()
    qtbot.waitExposed(window)
    window.close()
    saved = ctx.settings.geometry("kasi", "directory")
    assert saved.maximized and (saved.width, saved.height) == (400, 300)


def test_the_default_size_shrinks_to_a_small_screen(qtbot, ctx):
    screen = _available()
    window = _window(qtbot, ctx, default=QSize(screen.width() + 400, 300))
    assert window.size() == QSize(screen.width(), 300)


def test_fit_to_screen_moves_and_shrinks():
    screen = QRect(0, 0, 1366, 728)
    assert fit_to_screen(QRect(100, 50, 800, 600), screen) == QRect(100, 50, 800, 600)
    assert fit_to_screen(QRect(1200, 600, 800, 600), screen) == QRect(566, 128, 800, 600)
    assert fit_to_screen(QRect(-3000, 0, 1920, 1080), screen) == QRect(0, 0, 1366, 728)


def test_the_lists_beside_the_case_list_remember_their_geometry(qtbot, ctx):
    from desktop.ui.directory_window import DirectoryWindow
    from desktop.ui.referrals_window import PendingReferralsWindow

    ctx.settings.set_geometry("kasi", "directory", WindowGeometry(5, 6, 610, 420))
    ctx.settings.set_geometry("kasi", "referrals", WindowGeometry(7, 8, 620, 430))
    directory = DirectoryWindow(ctx)
    qtbot.addWidget(directory)
    referrals = PendingReferralsWindow(ctx)
    qtbot.addWidget(referrals)
    assert directory.geometry() == QRect(5, 6, 610, 420)
    assert referrals.geometry() == QRect(7, 8, 620, 430)
    qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)


def test_the_main_and_case_windows_remember_their_geometry(qtbot, ctx):
    from desktop.ui.case_view.case_window import CaseWindow
    from desktop.ui.main_window import MainWindow
    from tests.ui.case_helpers import record

    ctx.settings.set_geometry("kasi", "main", WindowGeometry(0, 6, 960, 560))
    ctx.settings.set_geometry("kasi", "case", WindowGeometry(9, 10, 780, 550))
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    case = CaseWindow(ctx, record(ctx))
    qtbot.addWidget(case)
    try:
        assert main.geometry() == QRect(0, 6, 960, 560)
        assert case.geometry() == QRect(9, 10, 780, 550)
    finally:
        qtbot.waitUntil(lambda: not ctx.tasks.busy, timeout=5000)
