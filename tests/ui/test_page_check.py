"""After login the app checks every encrypted page and stops on a damaged store."""

from __future__ import annotations

from tests.conftest import make_intake


def test_damaged_page_found_after_login_closes_the_app(qtbot, flow, supervisor, monkeypatch,
                                                       message_boxes):
    monkeypatch.setattr(supervisor.maintenance, "verify_pages",
                        lambda: ["hmac check failed for pgno=58"])
    flow.logged_in(supervisor)

    qtbot.waitUntil(lambda: flow.exit_code is not None, timeout=5000)
    assert flow.exit_code == 3
    kind, _title, text = message_boxes[-1]
    assert kind == "critical"
    assert "damaged" in text or "rusak" in text


def test_sound_store_passes_the_page_check(qtbot, flow, supervisor, message_boxes):
    supervisor.cases.record_intake(make_intake())
    flow.logged_in(supervisor)
    tasks = flow.ctx.tasks
    qtbot.waitUntil(lambda: not tasks.busy, timeout=5000)
    assert flow.exit_code is None
    assert not [m for m in message_boxes if m[0] == "critical"]
