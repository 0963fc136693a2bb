"""The Help menu: the user guide, the keyboard shortcuts (read from the window's own actions,
so the list never goes stale) and the version."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop.ui.help import guide_path, help_dir


def app_version() -> str:
    """The installed distribution's version, else the package's (a frozen build)."""
    try:
        return metadata.version("halotki")
    except metadata.PackageNotFoundError:
        return desktop.__version__


class GuideDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(help_dir())])
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(lang))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(960, 680)  # fits 1366×768 with the taskbar


def plain(text: str) -> str:
    """A menu text as read: without its Alt marker ("&&" stays a literal &) or "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def window_shortcuts(window: QWidget) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every action of `window` that has a shortcut and is offered:
    the menus' actions under their menu's title, the window's own (no menu) under "—"."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    menu_bar = window.menuBar() if hasattr(window, "menuBar") else None
    if menu_bar is not None:
        for top in menu_bar.actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            for act in menu.actions():
                seen.add(id(act))  # a hidden menu's (sync, not enrolled) are not offered
                if top.isVisible() and _offered(act):
                    rows.append((plain(top.text()), plain(act.text()), _keys(act)))
    for act in window.findChildren(QAction):
        # A context menu's items show their keys in that menu; listed once, by their own.
        if isinstance(act.parent(), QMenu):
            continue
        if id(act) not in seen and _offered(act) and act.text():
            seen.add(id(act))
            rows.append(("—", plain(act.text()), _keys(act)))
    return rows


def _offered(act: QAction) -> bool:
    return not act.shortcut().isEmpty() and act.isVisible() and not act.isSeparator()


def _keys(act: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, extra: list[tuple[str, str, str]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = window_shortcuts(window) + list(extra)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"),
                                              self.tr("Keys")])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3))
                for r in range(self.table.rowCount())]
