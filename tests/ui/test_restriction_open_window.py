"""A restriction that arrives (by sync) while someone who may not see it has the case open:
the window closes, saying why, and nothing of the case stays on screen (issue 14 §1.2)."""

from __future__ import annotations

from desktop.ui.case_view.case_window import CaseWindow
from tests.unit.restriction_data import record_people, restrict_wati


def test_an_open_case_closes_when_it_is_restricted_meanwhile(supervisor, officer_ctx, qtbot,
                                                            message_boxes):
    held = record_people(supervisor)
    window = CaseWindow(officer_ctx, held.hidden)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=5000)
    restrict_wati(supervisor)  # as a sync would bring it
    window.refresh_from_sync()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert message_boxes and "restricted" in message_boxes[-1][2].lower()
