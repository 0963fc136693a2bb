"""The server's side of the office's case work (issue 11), on SQLite and PostgreSQL: what a
pushed referral, summons, directory entry or case-work field must hold; who may write the
directory; its seed; its digest and re-download; and case rows moving with their case."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select, update

from sync import protocol
from sync.hlc import format_hlc
from sync.server.db.tables import case_digests, changes, stakeholders
from sync.server.errors import Forbidden
from sync.server.services import digests, directory, reference, sync_pull
from sync.server.services.actor import Actor, cli_actor
from sync.server.setup import seed
from tests.server.helpers import START, create_case
from tests.server.sync_helpers import change, hlc, real_time, round_trip, wall

pytestmark = pytest.mark.usefixtures("backend")

KBRI_KL = "5beeea75-b254-5440-bea4-a7cd662c8083"  # desktop/seed/stakeholders.json


@pytest.fixture
def sby_case(client, devices, clock):
    real_time(clock)
    return create_case(client, devices["PST"], assign_to="SBY")["case"]


def referral_fields(case_id: str, **overrides) -> dict:
    row = {"id": str(uuid.uuid4()), "case_id": case_id, "stakeholder_id": KBRI_KL,
           "addressee": "KBRI Kuala Lumpur", "method": "surat", "letter_no": "B.1/PP/2026",
           "sent_on": "2026-12-01", "request": "Mohon bantuan.", "reply_due": "2026-12-21",
           "reply_on": "", "reply_summary": "", "withdrawn_on": "", "created_by": "kasi",
           "created_at": "2026-12-01T03:00:00.000000Z", "updated_at": "2026-12-01T03:00:00.000000Z"}
    return {**row, **overrides}


def summons_fields(case_id: str, **overrides) -> dict:
    row = {"id": str(uuid.uuid4()), "case_id": case_id, "stakeholder_id": "",
           "agency": "PT Maju Jaya Abadi", "letter_no": "", "meeting_at": "2026-12-10T02:00:00.000000Z",
           "place": "Ruang rapat", "attendance": "", "result": "", "created_by": "kasi",
           "created_at": "2026-12-01T03:00:00.000000Z", "updated_at": "2026-12-01T03:00:00.000000Z"}
    return {**row, **overrides}


def entry_fields(office: str, **overrides) -> dict:
    row = {"id": str(uuid.uuid4()), "kind": "pptkis", "name": "PT Sinar Harapan",
           "country": "", "licence_no": "KEP.9/2021", "licence_status": "aktif",
           "address": "Jl. Pemuda 1", "phone": "+62318410040", "email": "info@sinar.co.id",
           "office_code": office, "demo": "", "active": "1", "created_by": "kasi",
           "created_at": "2026-12-01T03:00:00.000000Z", "updated_at": "2026-12-01T03:00:00.000000Z"}
    return {**row, **overrides}


def insert_of(entity: str, fields: dict, case_id: str = "") -> dict:
    return change(entity, fields["id"], case_id, fields, hlc(), op="insert")


def codes(answer: dict) -> list[tuple[str, str]]:
    return [(r["code"], r.get("field", "")) for r in answer["rejected"]]


def agree(ctx, devices) -> None:
    with ctx.db.read() as conn:
        for device in devices.values():
            actor = Actor(user="t", device=device.device_id, office_code=device.office,
                          national=device.office == "PST")
            assert sync_pull.checksum(conn, actor) == sync_pull.compute_checksum(conn, actor)


# -- what a change must hold ------------------------------------------------------------------

@pytest.mark.parametrize(("entity", "fields", "field"), [
    ("case", {"officer": "Budi Santoso"}, "case.officer"),
    ("case", {"officer": "budi\n"}, "case.officer"),
    ("case", {"proposed_by": "x"}, "case.proposed_by"),
    ("case", {"urgent": "ya"}, "case.urgent"),
    ("case", {"proposed_status": "proses"}, "case.proposed_status"),
    ("case", {"proposed_outcome": "tidak_ada"}, "case.proposed_outcome"),
    ("case", {"proposed_at": "2026-12-01 10:00"}, "case.proposed_at"),
    ("case", {"proposed_at": "2026-02-30T10:00:00.000000Z"}, "case.proposed_at"),
    ("case", {"proposed_duplicate_of": "sby-2026-a-00001"}, "case.proposed_duplicate_of"),
])
def test_bad_case_work_values_are_refused_alone(client, devices, sby_case, entity, fields,
                                               field):
    good = change("case", sby_case["id"], sby_case["id"], {"officer": "budi.sby"}, hlc())
    bad = change(entity, sby_case["id"], sby_case["id"], fields, hlc())
    answer = round_trip(client, devices["SBY"], [bad, good])
    assert [r["id"] for r in answer["rejected"]] == [bad["change_id"]]
    assert answer["rejected"][0]["field"] == field


@pytest.mark.parametrize(("entity", "overrides", "field"), [
    ("referral", {"method": "merpati"}, "referral.method"),
    ("referral", {"sent_on": "01/12/2026"}, "referral.sent_on"),
    ("referral", {"reply_due": "20261221"}, "referral.reply_due"),
    ("referral", {"reply_on": "2026-13-01"}, "referral.reply_on"),
    ("referral", {"addressee": ""}, "referral.addressee"),
    ("referral", {"addressee": "  KBRI  Kuala Lumpur"}, "referral.addressee"),
    ("referral", {"request": ""}, "referral.request"),
    ("referral", {"letter_no": "B.1/PP\n/2026"}, "referral.letter_no"),
    ("summons", {"attendance": "mungkin"}, "summons.attendance"),
    ("summons", {"meeting_at": "2026-12-10T09:00"}, "summons.meeting_at"),
    ("summons", {"agency": ""}, "summons.agency"),
    ("summons", {"place": ""}, "summons.place"),
])
def test_bad_referral_and_summons_values_are_refused_alone(client, devices, sby_case, entity,
                                                           overrides, field):
    make = referral_fields if entity == "referral" else summons_fields
    bad = insert_of(entity, make(sby_case["id"], **overrides), sby_case["id"])
    good = insert_of(entity, make(sby_case["id"]), sby_case["id"])
    answer = round_trip(client, devices["SBY"], [bad, good])
    assert [(r["id"], r["field"]) for r in answer["rejected"]] == [(bad["change_id"], field)]


def test_a_referral_missing_a_required_column_is_refused(client, devices, sby_case):
    fields = referral_fields(sby_case["id"])
    del fields["sent_on"]
    answer = round_trip(client, devices["SBY"], [insert_of("referral", fields, sby_case["id"])])
    assert codes(answer) == [("sync_missing_field", "referral.sent_on")]


@pytest.mark.parametrize(("overrides", "field"), [
    ({"kind": "bank"}, "stakeholder.kind"),
    ({"name": ""}, "stakeholder.name"),
    ({"country": "XX"}, "stakeholder.country"),
    ({"licence_status": "hilang"}, "stakeholder.licence_status"),
    ({"phone": "031 841 0040"}, "stakeholder.phone"),
    ({"email": "INFO@Sinar.co.id "}, "stakeholder.email"),
    ({"demo": "ya"}, "stakeholder.demo"),
    ({"active": ""}, "stakeholder.active"),
])
def test_bad_directory_values_are_refused_alone(client, devices, overrides, field):
    bad = insert_of("stakeholder", entry_fields("SBY", **overrides))
    answer = round_trip(client, devices["SBY"], [bad])
    assert [r["field"] for r in answer["rejected"]] == [field]


def test_a_directory_change_naming_a_case_is_malformed(client, devices, sby_case):
    bad = insert_of("stakeholder", entry_fields("SBY"), sby_case["id"])
    answer = round_trip(client, devices["SBY"], [bad])
    assert codes(answer) == [("sync_malformed", "")]


# -- who may write the directory ---------------------------------------------------------------

def test_a_regional_device_adds_its_own_partner_and_every_office_receives_it(client, devices,
                                                                            ctx, clock):
    real_time(clock)
    partner = insert_of("stakeholder", entry_fields("SBY"))
    answer = round_trip(client, devices["SBY"], [partner])
    assert answer["rejected"] == []
    with ctx.db.read() as conn:
        office = conn.scalar(select(changes.c.office_code)
                             .where(changes.c.change_id == partner["change_id"]))
    assert office == "*"
    for name in ("SMG", "PST"):
        got = round_trip(client, devices[name], [])
        assert partner["change_id"] in {c["change_id"] for c in got["changes"]}
    agree(ctx, devices)


@pytest.mark.parametrize(("what", "code"), [
    ("central entry", "directory_own_office_only"),
    ("another office's entry", "directory_own_office_only"),
    ("edit of central's entry", "directory_entry_not_yours"),
    ("edit of another office's entry", "directory_entry_not_yours"),
    ("change of its office", "directory_office_fixed"),
    ("adoption", "directory_office_fixed"),
])
def test_a_regional_device_is_refused(client, devices, ctx, clock, what, code):
    real_time(clock)
    smg_entry = entry_fields("SMG")
    sby_entry = entry_fields("SBY")
    assert round_trip(client, devices["SMG"], [insert_of("stakeholder", smg_entry)])[
        "rejected"] == []
    assert round_trip(client, devices["SBY"], [insert_of("stakeholder", sby_entry)])[
        "rejected"] == []
    attempt = {
        "central entry": insert_of("stakeholder", entry_fields("")),
        "another office's entry": insert_of("stakeholder", entry_fields("SMG")),
        "edit of central's entry": change("stakeholder", KBRI_KL, "",
                                          {"phone": "+60321164000"}, hlc()),
        "edit of another office's entry": change("stakeholder", smg_entry["id"], "",
                                                 {"phone": "+62245550000"}, hlc()),
        "change of its office": change("stakeholder", sby_entry["id"], "",
                                       {"office_code": "SMG"}, hlc()),
        "adoption": change("stakeholder", sby_entry["id"], "", {"office_code": ""}, hlc()),
    }[what]
    answer = round_trip(client, devices["SBY"], [attempt])
    assert [r["code"] for r in answer["rejected"]] == [code]
    with ctx.db.read() as conn:
        assert conn.scalar(select(changes.c.seq)
                           .where(changes.c.change_id == attempt["change_id"])) is None
        kept = {r.id: r for r in conn.execute(select(stakeholders))}
    assert kept[KBRI_KL].phone == "" and kept[smg_entry["id"]].phone == "+62318410040"
    assert kept[sby_entry["id"]].office_code == "SBY"
    if attempt["op"] == "update":
        # The pusher applied it already: the entry's values are stated again, newer.
        restated = [c for c in answer["changes"] if c["entity_id"] == attempt["entity_id"]
                    and c["op"] == "update"]
        assert restated and set(restated[-1]["fields"]) == set(attempt["fields"])
    agree(ctx, devices)


def test_the_national_device_adopts_a_local_partner_and_edits_any_entry(client, devices, ctx,
                                                                       clock):
    real_time(clock)
    local = entry_fields("SBY")
    round_trip(client, devices["SBY"], [insert_of("stakeholder", local)])
    answer = round_trip(client, devices["PST"], [
        change("stakeholder", local["id"], "", {"office_code": "", "licence_status": "dicabut"},
               hlc()),
        change("stakeholder", KBRI_KL, "", {"email": "kl@kemlu.go.id"}, hlc()),
        insert_of("stakeholder", entry_fields("SMG", name="PT Untuk Semarang")),
        insert_of("stakeholder", entry_fields("XYZ")),
    ])
    assert codes(answer) == [("sync_unknown_code", "stakeholder.office_code")]
    with ctx.db.read() as conn:
        kept = {r.id: r for r in conn.execute(select(stakeholders))}
    assert (kept[local["id"]].office_code, kept[local["id"]].licence_status) == ("", "dicabut")
    assert kept[KBRI_KL].email == "kl@kemlu.go.id"
    # Now central's: the office that added it may no longer change it.
    again = round_trip(client, devices["SBY"], [
        change("stakeholder", local["id"], "", {"phone": "+62315550000"}, hlc())])
    assert [r["code"] for r in again["rejected"]] == ["directory_entry_not_yours"]
    agree(ctx, devices)


def test_concurrent_edits_of_an_entry_merge_by_clock_without_a_conflict(client, devices, ctx,
                                                                       clock):
    real_time(clock)
    local = entry_fields("SBY")
    round_trip(client, devices["SBY"], [insert_of("stakeholder", local)])
    late = hlc()
    early = hlc(wall(late) - 1000)
    answer = round_trip(client, devices["PST"], [
        change("stakeholder", local["id"], "", {"phone": "+62311111111"}, late,
               base={"phone": "0000000000001-0000-x"})])
    assert answer["rejected"] == []
    round_trip(client, devices["SBY"], [
        change("stakeholder", local["id"], "", {"phone": "+62312222222"}, early)])
    with ctx.db.read() as conn:
        assert conn.scalar(select(stakeholders.c.phone)
                           .where(stakeholders.c.id == local["id"])) == "+62311111111"
        assert conn.execute(select(changes.c.entity).where(changes.c.entity == "conflict")
                            ).first() is None


def test_central_writes_follow_the_national_rule(ctx):
    ref_actor = cli_actor()
    with ctx.db.write() as conn:
        ref = reference.load(conn)
        directory.insert_entry(conn, ref_actor, START, {
            "id": "11111111-2222-3333-4444-555555555555", "kind": "polisi",
            "name": "Polda Jawa Timur", "office_code": ""}, ref)
        directory.update_entry(conn, ref_actor, START, KBRI_KL, {"phone": "+60321164000"}, ref)
        regional = Actor(user="budi.sby", device="d", office_code="SBY", national=False)
        with pytest.raises(Forbidden) as info:
            directory.update_entry(conn, regional, START, KBRI_KL, {"phone": "+6011"}, ref)
        assert info.value.code == "directory_entry_not_yours"
    with ctx.db.read() as conn:
        rows = {r.id: r for r in conn.execute(select(stakeholders))}
        logged = conn.execute(select(changes.c.office_code, changes.c.entity).where(
            changes.c.entity_id == "11111111-2222-3333-4444-555555555555")).all()
    assert rows[KBRI_KL].phone == "+60321164000"
    assert rows["11111111-2222-3333-4444-555555555555"].active == "1"
    assert [tuple(r) for r in logged] == [("*", "stakeholder")]


# -- the seed ------------------------------------------------------------------------------

def test_the_seed_is_in_the_tables_and_the_log_for_every_office(ctx):
    wanted = directory.seed_changes()
    with ctx.db.read() as conn:
        rows = {r.id: r._mapping for r in conn.execute(select(stakeholders))}
        logged = conn.execute(select(changes).where(changes.c.entity == "stakeholder")
                              ).mappings().all()
    assert {c.entity_id for c in wanted} == set(rows)
    assert all(r["office_code"] == "*" and r["device"] == "seed" and r["case_id"] == ""
               for r in logged)
    for ch in wanted:
        assert protocol.row_digest("stakeholder", ch.fields) == protocol.row_digest(
            "stakeholder", rows[ch.entity_id])
    # Each seed clock is older than any clock a device or the server stamps.
    assert max(r["hlc"] for r in logged) < format_hlc(10**12, 0, "a")


def test_seeding_again_adds_nothing_and_keeps_central_edits(ctx):
    with ctx.db.write() as conn:
        conn.execute(update(stakeholders).where(stakeholders.c.id == KBRI_KL)
                     .values(phone="+60321164000"))
        assert seed(conn, START) == 0
        assert conn.scalar(select(stakeholders.c.phone)
                           .where(stakeholders.c.id == KBRI_KL)) == "+60321164000"


# -- digests and the re-download --------------------------------------------------------------

def test_every_scope_checksum_holds_the_directory(ctx, devices):
    with ctx.db.read() as conn:
        directory_row = conn.execute(select(case_digests).where(
            case_digests.c.case_id == protocol.DIRECTORY_SCOPE)).mappings().one()
        assert directory_row["office_code"] == "*"
        assert (directory_row["rows"], directory_row["digest"]) == digests.directory_digest(conn)
    agree(ctx, devices)


def test_the_rebuild_ends_with_the_directorys_pages(client, devices, sby_case):
    sby = devices["SBY"]

    def page(after: str) -> dict:
        body = protocol.encode({"v": protocol.VERSION, "after": after})
        resp = client.post(protocol.REBUILD_PATH, headers=sby.headers, content=body)
        assert resp.status_code == 200, resp.text
        return protocol.decode(resp.content)

    cases = page("")
    assert cases["cases"] == [sby_case["id"]] and "directory" not in cases
    assert cases["next"] == protocol.directory_page_after(0)
    entries = page(cases["next"])
    assert entries["cases"] == [] and entries["changes"] == [] and entries["next"] is None
    assert {c["entity_id"] for c in entries["directory"]} == {
        c.entity_id for c in directory.seed_changes()}
    body = protocol.encode({"v": protocol.VERSION, "after": protocol.DIRECTORY_PAGE + "x1"})
    resp = client.post(protocol.REBUILD_PATH, headers=sby.headers, content=body)
    assert resp.status_code == 422


def test_the_directorys_pages_are_paged_by_log_position(ctx, devices):
    actor = Actor(user="t", device=devices["SMG"].device_id, office_code="SMG", national=False)
    with ctx.db.read() as conn:
        first = sync_pull._directory_page(conn, actor, 0, limit=10)
        second = sync_pull._directory_page(
            conn, actor, protocol.is_directory_page(first.next_after), limit=100)
    assert len(first.directory) == 10 and second.next_after is None
    assert len(first.directory) + len(second.directory) == len(directory.seed_changes())


# -- case rows move with their case ------------------------------------------------------------

def test_a_transferred_case_takes_its_referrals_and_summons_along(client, devices, ctx,
                                                                 sby_case):
    sby, smg = devices["SBY"], devices["SMG"]
    referral = insert_of("referral", referral_fields(sby_case["id"]), sby_case["id"])
    summons = insert_of("summons", summons_fields(sby_case["id"]), sby_case["id"])
    officer = change("case", sby_case["id"], sby_case["id"], {"officer": "budi.sby"}, hlc())
    assert round_trip(client, sby, [referral, summons, officer])["rejected"] == []
    before = round_trip(client, smg, [])
    assert referral["change_id"] not in {c["change_id"] for c in before["changes"]}
    resp = client.post(f"/api/v1/cases/{sby_case['id']}/transfer", headers=devices["PST"].headers,
                       json={"office_code": "SMG", "reason": "Pindah."})
    assert resp.status_code == 200, resp.text
    got = round_trip(client, smg, [], cursor=before["cursor"])
    ids = {c["change_id"] for c in got["changes"]}
    assert {referral["change_id"], summons["change_id"], officer["change_id"]} <= ids
    # SMG carries on with the open referral; SBY's device, told of the move, may not.
    answer = round_trip(client, smg, [change("referral", referral["entity_id"], sby_case["id"],
                                             {"reply_on": "2026-12-05",
                                              "reply_summary": "Dijawab."}, hlc())],
                        cursor=got["cursor"])
    assert answer["rejected"] == []
    round_trip(client, sby, [])
    late = round_trip(client, sby, [change("summons", summons["entity_id"], sby_case["id"],
                                           {"attendance": "hadir"}, hlc())])
    assert [r["code"] for r in late["rejected"]] == ["sync_out_of_scope"]
    agree(ctx, devices)


def test_the_central_transfer_logs_the_case_for_its_new_office(client, devices, ctx, sby_case):
    round_trip(client, devices["SBY"], [
        insert_of("referral", referral_fields(sby_case["id"]), sby_case["id"])])
    client.post(f"/api/v1/cases/{sby_case['id']}/transfer", headers=devices["PST"].headers,
                json={"office_code": "SMG", "reason": "Pindah."})
    with ctx.db.read() as conn:
        digest_office = conn.scalar(select(case_digests.c.office_code)
                                    .where(case_digests.c.case_id == sby_case["id"]))
    assert digest_office == "SMG"
