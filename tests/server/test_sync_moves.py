"""Late changes of a case that left the device's office: kept only on the server's facts.

The server records what it sent each device (devices.pulled_seq). A change of a case that
has left the device's office is kept when the device had not yet been sent the move, or
when its clock is before the move's; never because the device says so (the old
`before_move` list, or a cursor from before the move). A PC with more to push than one
batch gets its answers without pulled changes until the last batch, so it learns of a move
only after it has pushed everything recorded before.
"""

from __future__ import annotations

import pytest

from sync import protocol
from tests.server.helpers import create_case
from tests.server.sync_helpers import (
    change,
    event_insert,
    hlc,
    move_of,
    pulled_seq,
    real_time,
    round_trip,
    wall,
)

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def moved(client, devices, clock, ctx):
    """A case of SBY that SBY's device pulled, then PST transferred to SMG."""
    real_time(clock)
    sby = devices["SBY"]
    case = create_case(client, devices["PST"], assign_to="SBY")["case"]
    before = round_trip(client, sby, [])
    assert case["id"] in {c["case_id"] for c in before["changes"]}
    resp = client.post(f"/api/v1/cases/{case['id']}/transfer", headers=devices["PST"].headers,
                       json={"office_code": "SMG", "reason": "Pengadu pindah ke Semarang."})
    assert resp.status_code == 200, resp.text
    move = move_of(ctx, case["id"])
    return {"case": case, "cursor": before["cursor"], "move_seq": move.seq,
            "move_wall": wall(move.hlc)}


def late_edits(moved: dict, at_ms: int) -> list[dict]:
    case_id = moved["case"]["id"]
    return [change("case", case_id, case_id, {"description": "Ditulis kemudian."},
                   hlc(at_ms)),
            event_insert(case_id, hlc(at_ms + 1), "Disusupkan sesudah pemindahan.")]


def codes(answer: dict) -> list[str]:
    return [r["code"] for r in answer["rejected"]]


def test_a_pull_answer_records_what_the_device_was_sent(client, devices, ctx, moved):
    sby = devices["SBY"]
    assert pulled_seq(ctx, sby) == moved["cursor"]
    answer = round_trip(client, sby, [], cursor=moved["cursor"])
    assert answer["cursor"] >= moved["move_seq"]
    assert pulled_seq(ctx, sby) == answer["cursor"]
    round_trip(client, sby, [], cursor=0)  # a device starting over lowers nothing
    assert pulled_seq(ctx, sby) == answer["cursor"]


def test_a_device_sent_the_move_cannot_write_by_naming_its_changes_before_move(
        client, devices, moved):
    # The review's attack: the move has reached the device; it then lists new changes as
    # "recorded before the move" and sends its old cursor.
    sby = devices["SBY"]
    got = round_trip(client, sby, [], cursor=moved["cursor"])
    assert any(c["fields"].get("office_code") == "SMG" for c in got["changes"])
    edits = late_edits(moved, moved["move_wall"] + 1000)
    answer = round_trip(client, sby, edits, cursor=moved["cursor"],
                        before_move=[c["change_id"] for c in edits])
    assert codes(answer) == ["sync_out_of_scope"] * 2
    smg_view = client.get(f"/api/v1/cases/{moved['case']['id']}",
                          headers=devices["SMG"].headers).json()
    assert smg_view["case"]["description"] != "Ditulis kemudian."
    assert "Disusupkan sesudah pemindahan." not in {e["summary"] for e in smg_view["events"]}


def test_a_device_not_yet_sent_the_move_keeps_what_it_recorded_meanwhile(
        client, devices, moved):
    sby = devices["SBY"]
    edits = late_edits(moved, moved["move_wall"] + 1000)  # later than the move, unknowing
    answer = round_trip(client, sby, edits, cursor=moved["cursor"])
    assert answer["rejected"] == []
    # That answer carried the move: what the device records from now on is refused.
    assert answer["cursor"] >= moved["move_seq"]
    again = late_edits(moved, moved["move_wall"] + 2000)
    assert codes(round_trip(client, sby, again, cursor=answer["cursor"])) == [
        "sync_out_of_scope"] * 2


def test_a_backdated_change_from_a_device_that_was_sent_the_move_is_refused(
        client, devices, moved):
    """The clock is the device's word too: once the server has sent the move, a change
    stamped before it proves nothing (a PC that lost that answer sees its later steps set
    aside with the reason, never lost: they stay on the PC)."""
    sby = devices["SBY"]
    got = round_trip(client, sby, [], cursor=moved["cursor"])
    older = late_edits(moved, moved["move_wall"] - 1000)
    rejected = round_trip(client, sby, older, cursor=got["cursor"])["rejected"]
    assert {r["code"] for r in rejected} == {"sync_out_of_scope"}
    assert len(rejected) == len(older)


def test_a_full_batch_is_answered_without_pulled_changes(client, devices, ctx, moved,
                                                         monkeypatch):
    monkeypatch.setattr(protocol, "MAX_PUSH", 2)
    sby = devices["SBY"]
    full = late_edits(moved, moved["move_wall"] + 1000)
    answer = round_trip(client, sby, full, cursor=moved["cursor"])
    assert answer["rejected"] == [] and answer["acked"] == 2
    assert answer["changes"] == [] and answer["cursor"] == moved["cursor"]
    assert answer["more"] is True and answer["checksum"] is None
    assert pulled_seq(ctx, sby) == moved["cursor"]
    # The next batch, still recorded before the PC learnt of the move, is kept too; being
    # the last, its answer brings the move.
    last = late_edits(moved, moved["move_wall"] + 2000)[:1]
    answer = round_trip(client, sby, last, cursor=moved["cursor"], check=True)
    assert answer["rejected"] == [] and answer["cursor"] >= moved["move_seq"]
    assert any(c["fields"].get("office_code") == "SMG" for c in answer["changes"])
