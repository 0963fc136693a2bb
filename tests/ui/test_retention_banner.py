"""The banner of an anonymised case (issue 14 §1.3; desktop/ui/case_view/anonymised_banner.py):
when and why, in the office's day, and a window whose actions that change the case are off,
each saying why; reading, printing, reloading and closing stay."""

from __future__ import annotations

from datetime import date

from desktop.domain import casework as cw
from desktop.domain import data_protection as pdp
from desktop.store.replica import Replica, anonymise_root
from desktop.ui.case_view.anonymised_banner import AnonymisedBanner, anonymised_day
from tests.ui.case_helpers import record

STAMP = "2031-12-01T20:00:00.000000Z"  # 2 December, 03.00 WIB


def _anonymise(ctx, number: str) -> None:
    """As the retention run's arrival leaves it: every row of the case rewritten."""
    case_id = ctx.core.cases.resolve(number)["id"]
    with Replica(ctx.core.store)._tx() as conn:
        conn.execute("UPDATE cases SET anonymised_at = ? WHERE id = ?", (STAMP, case_id))
        anonymise_root(conn, "case", case_id)


def test_the_day_is_the_offices_own():
    assert anonymised_day({"anonymised_at": STAMP}, "WIB") == date(2031, 12, 2)
    assert anonymised_day({"anonymised_at": ""}, "WIB") is None
    assert anonymised_day({"anonymised_at": "rusak"}, "WIB") is None


def test_the_banner_says_when_and_why_and_only_for_an_anonymised_case(qtbot, ctx):
    banner = AnonymisedBanner(ctx)
    qtbot.addWidget(banner)
    banner.show_case({"anonymised_at": ""})
    assert banner.isHidden()
    banner.show_case({"anonymised_at": STAMP})
    assert not banner.isHidden()
    assert banner.text() == ("This case was anonymised on 2 December 2031 because its "
                             "retention period ended. It can only be read.")
    banner.show_case(None)
    assert banner.isHidden()


def test_the_window_of_an_anonymised_case_can_only_be_read(qtbot, ctx, open_case):
    number = record(ctx, status="proses")
    ctx.core.cases.add_event(number, "konsultasi", "Dewi menelepon.")
    ctx.core.referrals.refer(number, cw.ReferralInput(
        addressee="KBRI Kuala Lumpur", kind="perwakilan", request="Mohon bantuan.",
        legal_basis=pdp.VITAL_INTEREST))
    _anonymise(ctx, number)
    window = open_case(ctx, number)
    assert window.details.text("worker.name") == pdp.ANON_MARKER
    assert "Dewi" not in window.timeline.text()
    assert not window.anonymised.isHidden()
    why = "The case was anonymised: it can only be read."
    for act in (window.add_step_action, window.status_action, window.edit_action,
                window.officer_action, window.flag_action):
        assert not act.isEnabled()
        assert act.toolTip().endswith(why)
    assert all(act.isEnabled() for act in (window.refresh_action, window.close_action))
    # The referrals panel's own buttons too, also after another row is chosen.
    panel = window.referrals
    tree = panel.referrals_table
    tree.setCurrentItem(tree.topLevelItem(0))
    for act in (panel.referral_letter_action, panel.basis_action, panel.reply_action,
                panel.withdraw_action, panel.refer_action):
        assert not act.isEnabled(), act.text()
    assert not any(button.isEnabled() for button, _act in panel._button_pairs())


def test_the_window_of_any_other_case_is_left_alone(qtbot, ctx, open_case):
    window = open_case(ctx, record(ctx))
    assert window.anonymised.isHidden() and window.add_step_action.isEnabled()
