"""What each PC holds, recorded by the sync (issue 14 §1.5), on SQLite and PostgreSQL: the
cases and information requests a device was sent or made, until they leave its scope."""

from __future__ import annotations

from functools import partial

import pytest

from sync import protocol
from sync.server.services import sync_pull
from tests.server.device_held_helpers import (
    central_case,
    held,
    inquiry,
    last_sync,
    released,
    sync,
)
from tests.server.sync_helpers import case_insert, hlc, real_time, round_trip

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture(autouse=True)
def _real_time(clock):
    real_time(clock)


def transfer(client, devices, case_id: str, office: str) -> None:
    resp = client.post(f"/api/v1/cases/{case_id}/transfer", headers=devices["PST"].headers,
                       json={"office_code": office, "reason": "Pengadu pindah."})
    assert resp.status_code == 200, resp.text


def test_a_device_holds_what_it_was_sent_and_what_it_made(client, devices, ctx, clock):
    sby = devices["SBY"]
    sent = [central_case(client, devices, "SBY")["id"] for _ in range(3)]
    made, asked = case_insert(sby, hlc()), inquiry("SBY")
    sync(client, sby, [made, asked])
    assert held(ctx, sby) == {*sent, made["entity_id"], asked["entity_id"]}
    synced = last_sync(ctx, sby)
    assert synced["synced_at"] == clock.now and synced["office_code"] == "SBY"
    assert not synced["national"]
    # Another office holds none of them; the national office all of them.
    sync(client, devices["SMG"])
    assert held(ctx, devices["SMG"]) == set()
    sync(client, devices["PST"])
    assert held(ctx, devices["PST"]) >= held(ctx, sby)


def test_a_pushed_case_is_held_even_before_a_pull_answer(client, devices, ctx, monkeypatch):
    # A full batch is answered without pulled changes: the push itself records the making.
    monkeypatch.setattr(protocol, "MAX_PUSH", 2)
    sby = devices["SBY"]
    made = [case_insert(sby, hlc()), case_insert(sby, hlc())]
    answer = round_trip(client, sby, made)
    assert answer["more"] is True and answer["changes"] == []
    assert held(ctx, sby) == {c["entity_id"] for c in made}


def test_a_refused_case_is_not_held(client, devices, ctx):
    sby = devices["SBY"]
    foreign = case_insert(sby, hlc(), office="SMG")  # not its office: refused
    answer = round_trip(client, sby, [foreign])
    assert [r["code"] for r in answer["rejected"]] == ["sync_out_of_scope"]
    assert held(ctx, sby) == set()


def test_a_case_transferred_away_is_no_longer_held_and_held_again_when_back(
        client, devices, ctx, clock):
    sby, smg = devices["SBY"], devices["SMG"]
    case = central_case(client, devices, "SBY")
    stays = central_case(client, devices, "SBY")
    cursor = sync(client, sby)["cursor"]
    transfer(client, devices, case["id"], "SMG")
    answer = round_trip(client, sby, [], cursor=cursor)  # the move reaches SBY
    assert held(ctx, sby) == {stays["id"]} and released(ctx, sby) == {case["id"]}
    sync(client, smg)
    assert case["id"] in held(ctx, smg)
    clock.advance(minutes=5)
    transfer(client, devices, case["id"], "SBY")
    round_trip(client, sby, [], cursor=answer["cursor"])  # it arrives whole again
    assert held(ctx, sby) == {case["id"], stays["id"]}


def test_the_national_device_keeps_a_transferred_case(client, devices, ctx):
    case = central_case(client, devices, "SBY")
    cursor = sync(client, devices["PST"])["cursor"]
    transfer(client, devices, case["id"], "SMG")
    round_trip(client, devices["PST"], [], cursor=cursor)
    assert case["id"] in held(ctx, devices["PST"])
    assert last_sync(ctx, devices["PST"])["national"]


def test_an_answer_with_nothing_new_writes_only_the_sync_time(client, devices, ctx, clock):
    sby = devices["SBY"]
    case = central_case(client, devices, "SBY")
    cursor = sync(client, sby)["cursor"]
    clock.advance(minutes=10)
    round_trip(client, sby, [], cursor=cursor)
    assert held(ctx, sby) == {case["id"]}
    assert last_sync(ctx, sby)["synced_at"] == clock.now


def rebuild(client, device, after: str = "") -> dict:
    body = protocol.encode({"v": protocol.VERSION, "after": after})
    resp = client.post("/api/v1/sync/rebuild", headers=device.headers, content=body)
    assert resp.status_code == 200, resp.text
    return protocol.decode(resp.content)


def test_a_re_download_holds_its_pages_and_drops_what_it_no_longer_lists(
        client, devices, ctx, monkeypatch):
    sby = devices["SBY"]
    cases = [central_case(client, devices, "SBY")["id"] for _ in range(4)]
    sync(client, sby)
    gone = sorted(cases)[1]  # inside the first page's range
    transfer(client, devices, gone, "SMG")  # a move SBY never pulls: its heal drops it
    asked = inquiry("SBY")
    round_trip(client, devices["PST"], [asked])
    monkeypatch.setattr(sync_pull, "rebuild_page", partial(sync_pull.rebuild_page, limit=2))
    after, pages = "", 0
    while after is not None and protocol.is_directory_page(after) is None:
        page = rebuild(client, sby, after)
        after, pages = page["next"], pages + 1
    assert pages >= 2
    assert held(ctx, sby) == {*cases, asked["entity_id"]} - {gone}
    assert released(ctx, sby) == {gone}


def test_an_idle_poll_within_the_minute_writes_no_sync_time(client, devices, ctx, clock):
    sby = devices["SBY"]
    cursor = sync(client, sby)["cursor"]
    first = last_sync(ctx, sby)["synced_at"]
    clock.advance(seconds=30)
    round_trip(client, sby, [], cursor=cursor)
    assert last_sync(ctx, sby)["synced_at"] == first
    clock.advance(seconds=31)
    round_trip(client, sby, [], cursor=cursor)
    assert last_sync(ctx, sby)["synced_at"] == clock.now
