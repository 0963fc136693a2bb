"""The Help menu (issue 12 §5.7): the shipped user guide in both languages with its
illustrations, the keyboard shortcuts read from the actions, and the version in About."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QMessageBox

import desktop
from desktop.ui.help import guide_path, help_dir
from desktop.ui.help.dialogs import GuideDialog, ShortcutsDialog, app_version, plain
from desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ctx):
    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win._loading)
    return win


@pytest.mark.parametrize(("lang", "title", "image"), [
    ("id", "Panduan pengguna Halo TKI Desk", "case_list_id.png"),
    ("en", "Halo TKI Desk user guide", "case_list_en.png"),
])
def test_the_guide_is_shipped_in_both_languages_with_its_pictures(qtbot, lang, title, image):
    dialog = GuideDialog(lang)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith(title)
    assert "Ctrl+N" in text and "Ctrl+F" in text
    html = guide_path(lang).read_text("utf-8")
    assert f'src="{image}"' in html
    picture = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource,
                                                 QUrl(image))
    assert picture is not None and not picture.isNull()  # found beside the guide


def test_every_picture_the_guides_name_is_in_the_folder():
    import re

    for lang in ("id", "en"):
        for name in re.findall(r'src="([^"]+)"', guide_path(lang).read_text("utf-8")):
            assert (help_dir() / name).is_file(), name
    assert guide_path("xx") == help_dir() / "guide_en.html"


def test_f1_opens_the_guide_in_the_language_in_use(qtbot, window):
    assert window.act_guide.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    window.act_guide.trigger()
    dialog = window.dialogs["guide"]
    assert dialog.isVisible() and dialog.browser.toPlainText().startswith("Halo TKI Desk user")
    assert [plain(a.text()) for a in window.menu_help.actions() if a.text()] == [
        "User guide", "Keyboard shortcuts", "About Halo TKI Desk"]


def test_shortcuts_are_read_from_the_actions_so_they_never_go_stale(qtbot, window):
    window.act_shortcuts.trigger()
    rows = window.dialogs["shortcuts"].rows()
    assert ("File", "New complaint", "Ctrl+N") in rows
    assert ("View", "All cases", "Ctrl+1") in rows
    assert ("Help", "User guide", "F1") in rows
    assert ("—", "Search cases", "Ctrl+F") in rows  # the window's own, in no menu
    assert [r for r in rows if r[1] == "Copy case number"] == [
        ("—", "Copy case number", "Ctrl+C")]  # the list's shortcut, not its menu's item too
    assert not any(keys == "F9" for _where, _what, keys in rows)  # no sync menu here
    window.dialogs["shortcuts"].close()

    window.act_new.setShortcut(QKeySequence("Ctrl+Shift+N"))
    rows = ShortcutsDialog(window).rows()
    assert ("File", "New complaint", "Ctrl+Shift+N") in rows


def test_about_shows_the_version(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.act_about.trigger()
    expected = metadata.version("halotki")
    assert app_version() == expected
    assert f"Version {expected}" in shown[0]
    monkeypatch.setattr(metadata, "version",
                        lambda name: (_ for _ in ()).throw(metadata.PackageNotFoundError(name)))
    assert app_version() == desktop.__version__  # a frozen build without its metadata
