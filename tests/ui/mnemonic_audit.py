"""Finds Alt-letter clashes in one window, the way Qt's shortcut map would see them.

Owners of a mnemonic: labels with a buddy, buttons (push, tool, check, radio), group boxes,
tab titles and menu-bar titles share the window; the items of one menu share that menu.
Widgets on different pages of one tab widget or stacked widget are never shown together,
so they may reuse a letter. A mnemonic on a label without a buddy is a problem too: Qt
shows its "&" or, worse, the letter does nothing while the person expects a jump.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtGui import QKeySequence, Qt  # QtGui's Qt adds mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QTabBar,
    QWidget,
)


@dataclass(frozen=True)
class Owner:
    letter: str
    what: str  # "button 'Sim&pan'", for the failure message
    scope: frozenset  # {(id(stack), page index)}: where the owner is shown


def letter_of(text: str) -> str:
    """The Alt letter of `text` ("" for none), as Qt computes it ("&&" is a literal &)."""
    seq = QKeySequence.mnemonic(text)
    if seq.isEmpty():
        return ""
    return seq.toString().rsplit("+", 1)[-1].lower()


def _scope(widget: QWidget, window: QWidget) -> frozenset | None:
    """The stack pages `widget` sits on; None when it is hidden for good (not just a page)."""
    pages = set()
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not window:
        if isinstance(parent, QStackedWidget):
            pages.add((id(parent), parent.indexOf(child)))
        elif _hidden(child):
            return None
        child, parent = parent, parent.parentWidget()
    return frozenset(pages)


def _hidden(widget: QWidget) -> bool:
    # Hidden on purpose (hide(), setVisible(False)), not merely never shown yet.
    return widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)


def _together(a: frozenset, b: frozenset) -> bool:
    """Both can be on screen at once: no stack shows them on different pages."""
    pages_a = dict(a)
    return all(pages_a.get(stack, page) == page for stack, page in b)


def _owners(window: QWidget) -> tuple[list[Owner], list[str]]:
    owners: list[Owner] = []
    orphans: list[str] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue  # a dialog or popup menu parented to this window
        scope = _scope(widget, window)
        if scope is None:
            continue
        if isinstance(widget, QLabel):
            if Qt.mightBeRichText(widget.text()) or widget.textFormat() == Qt.TextFormat.RichText:
                continue
            letter = letter_of(widget.text())
            if letter and widget.buddy() is None:
                orphans.append(f"label {widget.text()!r} has a mnemonic but no buddy")
            elif letter:
                owners.append(Owner(letter, f"label {widget.text()!r}", scope))
        elif isinstance(widget, QAbstractButton):
            letter = letter_of(widget.text())
            if letter:
                owners.append(Owner(letter, f"{type(widget).__name__} {widget.text()!r}", scope))
        elif isinstance(widget, QGroupBox):
            letter = letter_of(widget.title())
            if letter:
                owners.append(Owner(letter, f"group {widget.title()!r}", scope))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                letter = letter_of(widget.tabText(i))
                if letter and widget.isTabVisible(i):
                    owners.append(Owner(letter, f"tab {widget.tabText(i)!r}", scope))
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            # Hidden menus count too: the sync menu appears once the PC is enrolled.
            letter = letter_of(action.text())
            if letter:
                owners.append(Owner(letter, f"menu {action.text()!r}", frozenset()))
    return owners, orphans


def _clashes(owners: list[Owner]) -> list[str]:
    by_letter: dict[str, list[Owner]] = defaultdict(list)
    for owner in owners:
        by_letter[owner.letter].append(owner)
    found = []
    for letter, group in sorted(by_letter.items()):
        clash: set[str] = set()
        for i, first in enumerate(group):
            for second in group[i + 1:]:
                if _together(first.scope, second.scope):
                    clash |= {first.what, second.what}
        if clash:
            found.append(f"Alt+{letter.upper()}: " + ", ".join(sorted(clash)))
    return found


def _menu_problems(menu: QMenu, path: str) -> list[str]:
    seen: dict[str, list[str]] = defaultdict(list)
    problems: list[str] = []
    for action in menu.actions():
        if action.isSeparator():
            continue  # hidden items count: another role or an enrolled PC sees them
        letter = letter_of(action.text())
        if letter:
            seen[letter].append(action.text())
        if action.menu() is not None:
            problems += _menu_problems(action.menu(), f"{path} > {action.text()}")
    problems += [f"menu {path}: Alt+{letter.upper()}: {', '.join(texts)}"
                 for letter, texts in sorted(seen.items()) if len(texts) > 1]
    return problems


def mnemonic_problems(window: QWidget) -> list[str]:
    """Every clash and buddy-less label mnemonic of `window` and of its menu bar's menus."""
    owners, problems = _owners(window)
    problems = problems + _clashes(owners)
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.menu() is not None:
                problems += _menu_problems(action.menu(), action.text())
    return problems
