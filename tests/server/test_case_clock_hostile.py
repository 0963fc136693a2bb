"""A device's pushed dates are input: one no office records (year 9999 with an offset,
year 1, an event centuries ahead) must neither fail the push (the PC would retry the same
batch for ever and never sync again) nor hold the writer walking centuries day by day.
The case is stored; only its deadline clock row is left out."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import text

from tests.server.stats_data import NOW, Case, Pusher
from tests.server.sync_helpers import round_trip

pytestmark = pytest.mark.usefixtures("backend")


def _clock_row(ctx, case_id: str):
    with ctx.db.read() as conn:
        return conn.execute(text("SELECT state FROM case_clock WHERE case_id = :c"),
                            {"c": case_id}).first()


def _push_then_a_clean_case(client, devices, changes) -> dict:
    out = round_trip(client, devices["SBY"], changes)
    clean = Case("SBY", datetime(2026, 12, 7, 3, 0, tzinfo=UTC))
    later = round_trip(client, devices["SBY"], Pusher(client).case_changes(devices["SBY"], clean),
                       cursor=out.get("cursor", 0))
    assert later["rejected"] == []
    return out


@pytest.mark.parametrize("received_at", ["9999-12-31T23:00:00-05:00",
                                         "0001-01-02T00:00:00.000000Z",
                                         "2400-01-01T00:00:00.000000Z"])
def test_an_impossible_receipt_day_is_stored_without_a_clock_and_sync_goes_on(
        client, clock, ctx, devices, received_at):
    clock.now = NOW
    case = Case("SBY", datetime(2026, 12, 7, 3, 0, tzinfo=UTC))
    changes = Pusher(client).case_changes(devices["SBY"], case)
    changes[0]["fields"]["received_at"] = received_at
    _push_then_a_clean_case(client, devices, changes)
    assert _clock_row(ctx, case.id) is None
    r = client.get("/api/v1/stats", headers=devices["SBY"].headers,
                   params={"from": "2026-01-01", "to": "2026-12-31"})
    assert r.status_code == 200


def test_a_status_change_centuries_ahead_is_left_out_of_the_clock(client, clock, ctx, devices):
    clock.now = NOW
    pusher = Pusher(client)
    case = Case("SBY", datetime(2026, 12, 7, 3, 0, tzinfo=UTC))
    event = pusher.status_event(case.id, datetime(2026, 12, 8, tzinfo=UTC), "baru", "proses")
    event["fields"]["occurred_at"] = "9999-12-31T23:59:59+00:00"
    _push_then_a_clean_case(client, devices, pusher.case_changes(devices["SBY"], case) + [event])
    assert _clock_row(ctx, case.id) == ("running",)  # as if that change had not come
