"""Links between cases and the front desk's answer to a likely duplicate (issue 12 §2):
add the visit to the existing case, record a related complaint, or record it anyway with
a reason; closing as a duplicate links both cases and reopening ends the link."""

from __future__ import annotations

import json

import pytest

from desktop.domain import case_links as cl
from desktop.domain.case_links import IntakeLink
from desktop.domain.models import ComplainantInput, WorkerInput
from desktop.messages import HaloError
from tests.conftest import make_intake


def links(core, number: str) -> list[tuple[str, str, str]]:
    case = core.cases.resolve(number)
    return [(k.kind, k.other_number, k.reason) for k in core.links.of_case(case["id"])]


def steps(core, number: str, event_type: str) -> list[dict]:
    return [e for e in core.cases.get(number).events if e["event_type"] == event_type]


def outbox_links(core) -> list[dict]:
    return [json.loads(f) for (f,) in core.store.query(
        "SELECT fields FROM changes WHERE entity = 'link' ORDER BY seq")]


@pytest.fixture
def first(officer) -> str:
    return officer.cases.record_intake(make_intake())


def test_a_related_complaint_is_linked_on_both_sides_and_travels(officer, first):
    second = officer.cases.record_intake(
        make_intake(**{"complaint__description": "Paspor ditahan majikan."}),
        IntakeLink(cl.NEW_RELATED, first.lower()))
    assert links(officer, second) == [(cl.RELATED, first, "")]
    assert links(officer, first) == [(cl.RELATED, second, "")]
    assert [e["data"] for e in steps(officer, first, "kasus_ditautkan")] == [
        {"kind": "related", "other": second}]
    sent = outbox_links(officer)
    assert {(r["case_id"], r["other_number"]) for r in sent} == {
        (officer.cases.resolve(second)["id"], first), (officer.cases.resolve(first)["id"], second)}


def test_recording_anyway_needs_a_reason_and_keeps_it(officer, first):
    before = officer.cases.count()
    with pytest.raises(HaloError) as info:
        officer.cases.record_intake(make_intake(), IntakeLink(cl.NEW_DISTINCT, first, "  "))
    assert info.value.field == "link.reason"
    assert officer.cases.count() == before  # nothing half-written
    second = officer.cases.record_intake(
        make_intake(), IntakeLink(cl.NEW_DISTINCT, first, "Pekerja lain,\n nama sama."))
    assert links(officer, second) == [(cl.DISTINCT, first, "Pekerja lain, nama sama.")]
    assert links(officer, first) == [(cl.DISTINCT, second, "Pekerja lain, nama sama.")]


def test_a_link_to_an_unknown_case_writes_nothing(officer, first):
    before = officer.cases.count()
    with pytest.raises(HaloError) as info:
        officer.cases.record_intake(make_intake(), IntakeLink(cl.NEW_RELATED, "SBY-2026-A-99999"))
    assert info.value.field == "link.other_number"
    assert "SBY-2026-A-99999" in info.value.text("id")
    assert officer.cases.count() == before
    assert outbox_links(officer) == []


def test_the_visit_goes_on_the_existing_cases_timeline_instead_of_a_new_case(officer, first):
    before = officer.cases.count()
    visit = make_intake(**{"complaint__description": "Menanyakan perkembangan kasus.",
                           "complaint__channel": "telepon"})
    assert officer.links.add_visit(first, visit) == first
    assert officer.cases.count() == before
    (step,) = steps(officer, first, "kunjungan_ulang")
    assert step["channel"] == "telepon"
    assert step["summary"].endswith("Menanyakan perkembangan kasus.")
    assert step["summary"].startswith("Siti Aminah · +6281234567890")


def test_a_visit_is_validated_like_an_intake(officer, first):
    with pytest.raises(HaloError):
        officer.links.add_visit(first, make_intake(**{"complaint__description": ""}))
    assert steps(officer, first, "kunjungan_ulang") == []


def test_a_visit_to_a_closed_case_is_refused(officer, supervisor, first):
    supervisor.cases.change_status(first, "ditutup", outcome="dicabut")
    with pytest.raises(HaloError) as info:
        officer.links.add_visit(first, make_intake())
    assert info.value.code == "link_visit_closed"


def test_closing_as_a_duplicate_links_both_and_reopening_ends_it(officer, supervisor, first):
    dup = officer.cases.record_intake(make_intake())
    supervisor.cases.change_status(dup, "ditutup", outcome="duplikat", duplicate_of=first)
    assert links(supervisor, dup) == [(cl.DUPLICATE_OF, first, "")]
    assert links(supervisor, first) == [(cl.KEPT_FOR, dup, "")]
    supervisor.cases.change_status(dup, "proses", note="Ternyata pengaduan lain.")
    assert links(supervisor, dup) == [] and links(supervisor, first) == []
    # The timeline keeps that it was linked.
    assert len(steps(supervisor, first, "kasus_ditautkan")) == 1


def test_an_approved_duplicate_proposal_links_too(login, supervisor, first):
    from desktop.domain.casework import ProposalInput
    budi = login("budi", "case_officer")
    dup = budi.cases.record_intake(make_intake())
    budi.cases.change_status(dup, "proses")
    budi.handling.propose_closure(dup, ProposalInput(
        status="ditutup", outcome="duplikat", duplicate_of=first, summary="Sama dengan kasus lama."))
    supervisor.handling.approve_closure(dup)
    assert links(supervisor, dup) == [(cl.DUPLICATE_OF, first, "")]


def test_a_link_to_a_case_this_pc_does_not_hold_shows_its_number_only(officer, first):
    second = officer.cases.record_intake(make_intake(), IntakeLink(cl.NEW_RELATED, first))
    case = officer.cases.resolve(second)
    officer.store._conn.execute(  # as after the first case left for another office
        "UPDATE case_links SET other_case_id = 'elsewhere', other_number = 'SMG-2026-B-00007'"
        " WHERE case_id = ?", (case["id"],))
    (link,) = officer.links.of_case(case["id"])
    assert (link.other_number, link.other_seq, link.other_worker) == ("SMG-2026-B-00007", None, "")


# -- what counts as a possible duplicate ----------------------------------------------------

def reasons(core, worker: WorkerInput, complainant: ComplainantInput | None = None):
    return [(d.case_number, d.reason) for d in core.search.find_duplicates(worker, complainant)]


def test_the_complainants_phone_finds_the_case(officer, first):
    found = reasons(officer, WorkerInput(name="Orang Lain"),
                    ComplainantInput(phones="+62 812-3456-7890"))
    assert found == [(first, "phone")]
    assert reasons(officer, WorkerInput(), ComplainantInput(phones="0812 3456 7891")) == []


def test_a_similar_name_with_the_same_destination_country(officer, first):
    assert reasons(officer, WorkerInput(name="Dewi Lestary", destination_country="MY")) == [
        (first, "name_country")]
    assert reasons(officer, WorkerInput(name="Dewi Lestary", destination_country="SA")) == []
    assert reasons(officer, WorkerInput(name="Yohanes", destination_country="MY")) == []


def test_hints_are_ranked_by_strength_then_newest(officer):
    by_name = officer.cases.record_intake(make_intake(
        worker__passport="C1111111", complainant__phones="0813 0000 1111",
        complainant__nik="3578014101800009"))
    by_phone = officer.cases.record_intake(make_intake(
        worker__name="Rina Wati", worker__passport="C2222222", complainant__phones="0813 9999 2222",
        complainant__nik="3578014101800008"))
    by_passport = officer.cases.record_intake(make_intake(
        worker__name="Sri Wahyuni", worker__passport="C3333333", complainant__phones="0813 7777 3333",
        complainant__nik="3578014101800007"))
    found = reasons(officer, WorkerInput(name="Dewi Lestari", passport="C3333333",
                                         destination_country="MY"),
                    ComplainantInput(phones="0813 9999 2222"))
    assert found == [(by_passport, "passport"), (by_phone, "phone"), (by_name, "name_country")]
