"""The server's side of information requests (issue 12 §3), on SQLite and PostgreSQL: what a
pushed request must hold, that an office records only its own, that a request id can never
pose as a case (or a case's rows hang under a request), and the scope's checksum."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from sync.server.db.tables import conflicts, inquiries
from sync.server.services import sync_pull
from sync.server.services.actor import Actor
from tests.server.helpers import create_case
from tests.server.sync_helpers import change, hlc, real_time, round_trip, wall

pytestmark = pytest.mark.usefixtures("backend")


def inquiry_fields(office: str = "SBY", **overrides) -> dict:
    row = {"id": str(uuid.uuid4()), "office_code": office, "channel": "telepon",
           "topic": "biaya_penempatan", "question": "Berapa biaya ke Taiwan?",
           "answer": "Dijelaskan.", "name": "", "phone": "", "complainant_type": "",
           "received_at": "2026-12-01T03:00:00.000000Z", "complaint_id": "",
           "complaint_number": "", "created_by": "petugas",
           "created_at": "2026-12-01T03:00:00.000000Z", "updated_at": "2026-12-01T03:00:00.000000Z"}
    return {**row, **overrides}


def insert_of(entity: str, fields: dict, case_id: str) -> dict:
    return change(entity, fields["id"], case_id, fields, hlc(), op="insert")


def ask(fields: dict) -> dict:
    return insert_of("inquiry", fields, fields["id"])


def codes(answer: dict) -> list[tuple[str, str]]:
    return [(r["code"], r.get("field", "")) for r in answer["rejected"]]


def test_a_request_reaches_its_office_and_the_national_office_only(client, devices, clock):
    real_time(clock)
    sent = ask(inquiry_fields())
    assert round_trip(client, devices["SBY"], [sent])["rejected"] == []
    got = {office: {c["change_id"] for c in round_trip(client, devices[office], [])["changes"]}
           for office in ("PST", "SMG")}
    assert sent["change_id"] in got["PST"] and sent["change_id"] not in got["SMG"]


def test_an_office_cannot_record_a_request_for_another_office(client, devices, clock):
    real_time(clock)
    answer = round_trip(client, devices["SBY"], [ask(inquiry_fields("SMG"))])
    assert codes(answer) == [("sync_out_of_scope", "inquiry.office_code")]


def test_an_office_cannot_change_another_offices_request(client, devices, clock):
    real_time(clock)
    fields = inquiry_fields("SMG")
    assert round_trip(client, devices["SMG"], [ask(fields)])["rejected"] == []
    edit = change("inquiry", fields["id"], fields["id"], {"answer": "Diubah"}, hlc())
    answer = round_trip(client, devices["SBY"], [edit])
    assert [code for code, _ in codes(answer)] == ["sync_out_of_scope"]


def test_a_request_cannot_take_a_cases_id_nor_carry_a_cases_rows(client, devices, clock):
    real_time(clock)
    case = create_case(client, devices["PST"], assign_to="SBY")["case"]
    posing = ask(inquiry_fields(id=case["id"]))
    fields = inquiry_fields()
    request = ask(fields)
    event = insert_of("event", {"id": str(uuid.uuid4()), "case_id": fields["id"],
                                "event_type": "catatan", "occurred_at": "2026-12-01T03:00:00.000000Z",
                                "recorded_at": "2026-12-01T03:00:00.000000Z", "user": "petugas",
                                "device": "x", "summary": "x", "channel": "",
                                "next_contact_due": "", "data": "{}"}, fields["id"])
    answer = round_trip(client, devices["SBY"], [posing, request, event])
    assert codes(answer) == [("sync_wrong_case", "inquiry.id"), ("sync_case_unknown", "case")]


@pytest.mark.parametrize(("overrides", "field"), [
    ({"topic": "ramalan"}, "inquiry.topic"),
    ({"topic": ""}, "inquiry.topic"),
    ({"question": ""}, "inquiry.question"),
    ({"channel": "merpati"}, "inquiry.channel"),
    ({"phone": "0812 3456"}, "inquiry.phone"),
    ({"received_at": "kemarin"}, "inquiry.received_at"),
    ({"office_code": "XXX"}, "inquiry.office_code"),
])
def test_bad_request_values_are_refused_alone(client, devices, clock, overrides, field):
    real_time(clock)
    answer = round_trip(client, devices["PST"], [ask(inquiry_fields()),
                                                 ask(inquiry_fields(**overrides))])
    assert [f for _, f in codes(answer)] == [field]


def test_the_scope_checksum_counts_requests(client, devices, clock, ctx):
    real_time(clock)
    round_trip(client, devices["SBY"], [ask(inquiry_fields())])
    actor = Actor(user="t", device=devices["SBY"].device_id, office_code="SBY", national=False)
    with ctx.db.read() as conn:
        assert sync_pull.checksum(conn, actor) == sync_pull.compute_checksum(conn, actor)
        page = sync_pull.rebuild_page(conn, actor, "")
    assert len(page.case_ids) == 1 and page.changes[0]["entity"] == "inquiry"


def test_a_request_edited_on_two_pcs_merges_newest_wins_without_a_conflict(client, devices,
                                                                          clock, ctx):
    """A conflict row belongs to a case: for a request the newer value wins (once a 409 that
    stopped the PC's sync for good)."""
    real_time(clock)
    fields = inquiry_fields()
    first = ask(fields)
    assert round_trip(client, devices["SBY"], [first])["rejected"] == []
    seen = {"answer": first["hlc"]}
    at = wall(first["hlc"])
    one = change("inquiry", fields["id"], fields["id"], {"answer": "Dari PC A"}, hlc(at + 1000),
                 base=seen)
    two = change("inquiry", fields["id"], fields["id"], {"answer": "Dari PC B"}, hlc(at + 2000),
                 base=seen)
    assert round_trip(client, devices["SBY"], [one])["rejected"] == []
    answer = round_trip(client, devices["SBY"], [two])
    assert answer["rejected"] == []
    with ctx.db.read() as conn:
        assert conn.scalar(select(inquiries.c.answer).where(inquiries.c.id == fields["id"])) \
            == "Dari PC B"
        assert conn.execute(select(conflicts)).first() is None
