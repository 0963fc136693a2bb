"""Esc closes the case window wherever the focus is, as it closes a dialog (issue 12 §5.5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.case_helpers import record


@pytest.mark.parametrize("focus", ["timeline", "tabs", "attachments"])
def test_escape_closes_the_case_window(qtbot, ctx, open_case, focus):
    window = open_case(ctx, record(ctx))
    qtbot.waitUntil(window.isActiveWindow)
    if focus == "timeline":
        target = window.timeline
    elif focus == "tabs":
        target = window.tabs.tabBar()
    else:
        window.tabs.setCurrentWidget(window.attachments)
        target = window.attachments.focusProxy() or window.attachments
    target.setFocus()
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
