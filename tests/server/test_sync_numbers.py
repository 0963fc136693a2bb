"""A pushed case's number must be one its device makes: its office, its letter.

Once, an SBY device could insert a case numbered SMG-2026-A-00011; SMG's own next case was
then refused as "number taken" and stayed stranded on its PC.
"""

from __future__ import annotations

import pytest

from tests.server.sync_helpers import case_insert, hlc, number_of, real_time, round_trip

pytestmark = pytest.mark.usefixtures("backend")


@pytest.fixture(autouse=True)
def _real_time(clock):
    real_time(clock)


def refusals(answer: dict) -> dict[str, tuple[str, str]]:
    return {r["id"]: (r["code"], r["field"]) for r in answer["rejected"]}


def test_a_case_numbered_as_another_offices_is_refused_and_that_office_keeps_its_number(
        client, devices):
    sby, smg = devices["SBY"], devices["SMG"]
    squat = case_insert(sby, hlc(), number=number_of(smg, 11))
    own = case_insert(sby, hlc())
    answer = round_trip(client, sby, [squat, own])
    assert refusals(answer) == {
        squat["change_id"]: ("sync_case_number_foreign", "case.case_number")}
    assert answer["acked"] == 2  # the other case of the batch is kept
    real = case_insert(smg, hlc(), number=number_of(smg, 11))
    assert round_trip(client, smg, [real])["rejected"] == []
    numbers = {i["case_number"] for i in client.get(
        "/api/v1/cases", headers=devices["PST"].headers).json()["items"]}
    assert numbers == {own["fields"]["case_number"], number_of(smg, 11)}


@pytest.mark.parametrize("number", [
    "SBY-2026-Z-00001",  # the server's letter: numbers of cases created centrally
    "SBY-2026-{other}-00001",  # another PC of the same office
    "SBY-2026-{letter}-1",  # not the desktop's shape
    "SBY-26-{letter}-00001",
    "sby-2026-{letter}-00001",
])
def test_a_number_that_is_not_the_devices_own_is_refused(client, devices, number):
    sby = devices["SBY"]
    other = "B" if sby.letter == "A" else "A"
    ch = case_insert(sby, hlc(), number=number.format(letter=sby.letter, other=other))
    assert refusals(round_trip(client, sby, [ch])) == {
        ch["change_id"]: ("sync_case_number_foreign", "case.case_number")}


def test_a_national_pc_numbers_with_its_own_office_and_letter_whatever_the_case_office(
        client, devices):
    pst, sby = devices["PST"], devices["SBY"]
    at_home = case_insert(pst, hlc())
    for_sby = case_insert(pst, hlc(), office="SBY")
    as_sby = case_insert(pst, hlc(), number=number_of(sby, 7), office="SBY")
    answer = round_trip(client, pst, [at_home, for_sby, as_sby])
    assert refusals(answer) == {
        as_sby["change_id"]: ("sync_case_number_foreign", "case.case_number")}
    assert at_home["fields"]["case_number"].startswith(f"PST-2026-{pst.letter}-")


@pytest.mark.parametrize(("field", "value"), [("case_number", "SMG-2026-A-00011"),
                                              ("office_code", "SMG")])
def test_an_insert_over_an_existing_case_cannot_renumber_or_move_it(client, devices, field,
                                                                     value):
    # The same squat by another door: "inserting" a case that exists merged its fields.
    sby = devices["SBY"]
    own = case_insert(sby, hlc())
    assert round_trip(client, sby, [own])["rejected"] == []
    again = case_insert(sby, hlc(), case_id=own["entity_id"],
                        number=own["fields"]["case_number"])
    again["fields"][field] = value
    assert refusals(round_trip(client, sby, [again])) == {
        again["change_id"]: ("sync_read_only_field", f"case.{field}")}
    case = client.get(f"/api/v1/cases/{own['entity_id']}", headers=sby.headers).json()["case"]
    assert case[field] == own["fields"][field]
