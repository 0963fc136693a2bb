"""The arrival day on the intake form and in the case header (issue 12 §4): asked only for
what may have arrived earlier (not a walk-in or a call), and both dates shown afterwards."""

from __future__ import annotations

from tests.conftest import make_intake
from tests.ui.test_intake_dialog import VALID, fill


def test_the_day_is_asked_only_for_letters_and_messages(qtbot, officer_ctx, open_intake):
    dialog = open_intake()
    field = dialog.complaint.received_on
    assert not field.isVisibleTo(dialog)  # a walk-in arrives as it is typed
    dialog.complaint.channel.set_code("email")
    assert field.isVisibleTo(dialog)
    field.setText("03/11/2026")
    dialog.complaint.channel.set_code("telepon")
    assert not field.isVisibleTo(dialog) and field.text() == ""  # no hidden leftovers


def test_the_typed_day_is_saved_and_a_bad_one_marked(qtbot, officer_ctx, open_intake):
    core = officer_ctx.core
    dialog = open_intake()
    fill(dialog, {**VALID, "complaint.channel": "email"})
    dialog.complainant.email.setText("siti@example.com")
    dialog.complaint.received_on.setText("01/01/2099")
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialog.errors.text("complaint.received_on")), timeout=5000)
    assert core.cases.count() == 0
    saved = []
    dialog.caseSaved.connect(saved.append)
    dialog.complaint.received_on.setText("03/11/2026")
    dialog.save()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)
    qtbot.waitUntil(lambda: not officer_ctx.tasks.busy, timeout=5000)
    assert core.cases.get(saved[0]).case["received_at"].startswith("2026-11-0")


def test_the_header_shows_the_arrival_day_and_when_it_was_recorded(qtbot, ctx, open_case):
    number = ctx.core.cases.record_intake(make_intake(
        complaint__channel="surat", complaint__received_on="03/11/2026",
        complainant__address="Jl. Kenanga 5"))
    window = open_case(ctx, number)
    text = window.header.received.text()
    assert "Received 3 November 2026 · recorded" in text, text
