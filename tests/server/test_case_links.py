"""The server's side of links between cases (issue 12), on SQLite and PostgreSQL: what a
pushed link must hold, that an office links only its own cases, and that a link travels
with its case to the office's other PCs and never to another office."""

from __future__ import annotations

import uuid

import pytest

from tests.server.helpers import create_case
from tests.server.sync_helpers import change, hlc, real_time, round_trip

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture
def two_cases(client, devices, clock):
    real_time(clock)
    return {office: create_case(client, devices["PST"], assign_to=office)["case"]
            for office in ("SBY", "SMG")}


def link_fields(case: dict, other: dict, **overrides) -> dict:
    row = {"id": str(uuid.uuid4()), "case_id": case["id"], "other_case_id": other["id"],
           "other_number": other["case_number"], "kind": "related", "reason": "",
           "ended_at": "", "created_by": "petugas",
           "created_at": "2026-12-01T03:00:00.000000Z"}
    return {**row, **overrides}


def insert_of(fields: dict) -> dict:
    return change("link", fields["id"], fields["case_id"], fields, hlc(), op="insert")


def codes(answer: dict) -> list[tuple[str, str]]:
    return [(r["code"], r.get("field", "")) for r in answer["rejected"]]


def test_an_office_links_its_case_to_another_offices_case_by_number(client, devices, two_cases):
    sby, smg = two_cases["SBY"], two_cases["SMG"]
    link = insert_of(link_fields(sby, smg, kind="distinct", reason="Orang lain, nama mirip."))
    assert round_trip(client, devices["SBY"], [link])["rejected"] == []
    # The other office never receives it: the row is the Surabaya case's.
    got = round_trip(client, devices["SMG"], [])
    assert link["change_id"] not in {c["change_id"] for c in got["changes"]}


def test_a_link_under_another_offices_case_is_out_of_scope(client, devices, two_cases):
    sby, smg = two_cases["SBY"], two_cases["SMG"]
    answer = round_trip(client, devices["SBY"], [insert_of(link_fields(smg, sby))])
    assert [code for code, _ in codes(answer)] == ["sync_out_of_scope"]


@pytest.mark.parametrize(("overrides", "field"), [
    ({"kind": "sama"}, "link.kind"),
    ({"kind": ""}, "link.kind"),
    ({"other_number": ""}, "link.other_number"),
    ({"other_number": "sby-2026-a-00001"}, "link.other_number"),
    ({"other_number": "X" * 41}, "link.other_number"),
    ({"reason": "dua\nbaris"}, "link.reason"),
    ({"ended_at": "kemarin"}, "link.ended_at"),
    ({"other_case_id": ""}, "link.other_case_id"),
])
def test_bad_link_values_are_refused_alone(client, devices, two_cases, overrides, field):
    sby, smg = two_cases["SBY"], two_cases["SMG"]
    good = insert_of(link_fields(sby, smg))
    bad = insert_of(link_fields(sby, smg, **overrides))
    answer = round_trip(client, devices["SBY"], [good, bad])
    assert [field_ for _, field_ in codes(answer)] == [field]


def test_a_case_linked_to_itself_is_refused(client, devices, two_cases):
    sby = two_cases["SBY"]
    answer = round_trip(client, devices["SBY"], [insert_of(link_fields(sby, sby))])
    assert codes(answer) == [("sync_invalid_value", "link.other_case_id")]


def test_a_link_missing_its_kind_is_refused(client, devices, two_cases):
    fields = link_fields(two_cases["SBY"], two_cases["SMG"])
    del fields["kind"]
    answer = round_trip(client, devices["SBY"], [insert_of(fields)])
    assert codes(answer) == [("sync_missing_field", "link.kind")]
