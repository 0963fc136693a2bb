"""Windows open where the person left them: size, place and maximised state, per user.

`remember_geometry(window, ctx, "case")` restores what the logged-in user had for that kind
of window (or `default`) and saves it each time the window closes or hides. Geometry is
kept in the PC's settings (desktop/settings.py), under the username, so two officers
sharing a PC each keep their own layout. A saved place is fitted to today's screen: a
window left on a second monitor, or sized for a bigger one, still opens fully visible.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from desktop.settings import WindowGeometry
from desktop.ui.context import UiContext

log = logging.getLogger(__name__)


def _username(ctx: UiContext) -> str:
    core = ctx.core
    return core.session.username if core is not None else ""


def _available(window: QWidget, near: QRect | None = None) -> QRect | None:
    screen = QGuiApplication.screenAt(near.center()) if near is not None else None
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(rect: QRect, available: QRect) -> QRect:
    """`rect` made no larger than `available` and moved inside it."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    x = max(available.left(), min(rect.x(), available.right() + 1 - width))
    y = max(available.top(), min(rect.y(), available.bottom() + 1 - height))
    return QRect(x, y, width, height)


def restore_geometry(window: QWidget, ctx: UiContext, name: str, default: QSize) -> bool:
    """Apply the saved geometry (before show()); False when there was none (default size)."""
    saved = ctx.settings.geometry(_username(ctx), name) if _username(ctx) else None
    if saved is None:
        available = _available(window)
        size = default if available is None else default.boundedTo(available.size())
        window.resize(size)
        return False
    rect = QRect(saved.x, saved.y, saved.width, saved.height)
    available = _available(window, rect)
    window.setGeometry(rect if available is None else fit_to_screen(rect, available))
    if saved.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True


def save_geometry(window: QWidget, ctx: UiContext, name: str) -> None:
    """Remember `window`'s normal geometry for the logged-in user, on disk at once."""
    user = _username(ctx)
    if not user:
        return
    maximized = window.isMaximized()
    rect = window.normalGeometry() if maximized or window.isMinimized() else window.geometry()
    if not rect.isValid() or rect.isEmpty():
        previous = ctx.settings.geometry(user, name)
        if previous is None:
            return  # maximised from the start: there is no normal size to keep
        rect = QRect(previous.x, previous.y, previous.width, previous.height)
    geometry = WindowGeometry(rect.x(), rect.y(), rect.width(), rect.height(), maximized)
    if ctx.settings.geometry(user, name) == geometry:
        return
    ctx.settings.set_geometry(user, name, geometry)
    try:
        ctx.save_settings()
    except OSError:  # a read-only profile must not stop a window from closing
        log.warning("could not save the window geometry", exc_info=True)


class _GeometryKeeper(QObject):
    """Saves on Close and Hide: dialogs hide on accept() without a close event."""

    def __init__(self, window: QWidget, ctx: UiContext, name: str) -> None:
        super().__init__(window)
        self.ctx, self.name = ctx, name
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and isinstance(watched, QWidget):
            save_geometry(watched, self.ctx, self.name)
        return False


def remember_geometry(window: QWidget, ctx: UiContext, name: str, default: QSize) -> None:
    """Restore `window`'s geometry now and keep it saved from here on (call before show())."""
    restore_geometry(window, ctx, name, default)
    _GeometryKeeper(window, ctx, name)
