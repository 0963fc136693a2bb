"""A restricted case's header (issue 14 §1.2): the supervisor sees a "Restricted" badge with
who, when and why in its tooltip; anyone else's case window is refused its data."""

from __future__ import annotations

from desktop.services import audit
from tests.unit.restriction_data import REASON, record_people, restrict_wati


def test_the_supervisor_sees_the_badge_and_the_view_is_audited(ctx, open_case):
    core = ctx.core
    held = record_people(core)
    restrict_wati(core)
    window = open_case(ctx, held.hidden)
    badge = window.header.restricted
    assert not badge.isHidden() and badge.text() == "Restricted"
    assert "Kasi" in badge.toolTip() and REASON in badge.toolTip()
    assert core.store.query(
        "SELECT target FROM audit_log WHERE action = ?", (audit.RESTRICTED_VIEWED,)) == [
        (held.hidden,)]


def test_an_unrestricted_case_has_no_badge(ctx, open_case):
    held = record_people(ctx.core)
    assert open_case(ctx, held.shown).header.restricted.isHidden()


def test_another_role_gets_the_refusal_not_the_data(supervisor, officer_ctx, qtbot):
    from desktop.ui.case_view.case_window import CaseWindow

    held = record_people(supervisor)
    restrict_wati(supervisor)
    window = CaseWindow(officer_ctx, held.hidden)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "restricted by a supervisor" in window.message.text(),
                    timeout=5000)
    assert window.detail is None
