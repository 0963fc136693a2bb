"""The office's case work end to end (issue 11): a case's officer, urgency and closure
proposal, its referrals and summons, and the stakeholder directory travel PC -> server ->
other PCs, on SQLite and PostgreSQL, and every replica ends with the server's state."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from desktop.services.maintenance import outbox_errors
from desktop.store.replica import Replica
from desktop.sync.api import CentralClient
from sync.server.db.tables import stakeholders
from tests import casework_rows as rows
from tests.conftest import make_intake
from tests.server.helpers import case_body
from tests.sync.harness import converged

pytestmark = pytest.mark.usefixtures("backend")


def clean(pc):
    report = pc.sync()
    assert not report.healed and report.rejected == 0, report
    return report


def case_row(pc, number: str) -> dict:
    return pc.core.store.query_dicts("SELECT * FROM cases WHERE case_number = ?", (number,))[0]


def conflicts(pc) -> list[tuple]:
    return [tuple(r) for r in pc.core.store.query(
        "SELECT entity, field, kept_value, other_value, reason FROM conflicts ORDER BY field")]


def entry(pc, entry_id: str) -> dict | None:
    found = pc.core.store.query_dicts("SELECT * FROM stakeholders WHERE id = ?", (entry_id,))
    return found[0] if found else None


def all_agree(server_ctx, *pcs) -> None:
    for pc in pcs:
        assert converged(server_ctx, pc), pc.office
        assert outbox_errors(pc.core.store) == []
        assert pc.sync().checksum_ok


def test_officer_urgency_and_proposal_reach_the_other_pc(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    clean(a)
    clean(b)
    rows.assign_officer(a.core, number, "budi.sby")
    rows.flag_urgent(a.core, number, "Pekerja sakit keras.")
    rows.propose_closure(a.core, number, "ditutup", "dicabut", "Pengadu mencabut pengaduan.")
    clean(a)
    clean(b)
    got = case_row(b, number)
    assert {k: got[k] for k in ("officer", "urgent", "urgent_reason", "proposed_status",
                                "proposed_outcome", "proposal_summary", "proposed_by")} == {
        "officer": "budi.sby", "urgent": "1", "urgent_reason": "Pekerja sakit keras.",
        "proposed_status": "ditutup", "proposed_outcome": "dicabut",
        "proposal_summary": "Pengadu mencabut pengaduan.", "proposed_by": "kasi"}
    assert got["proposed_at"] == case_row(a, number)["proposed_at"] != ""
    all_agree(server_ctx, a, b)


def test_two_pcs_assigning_different_officers_offline_is_a_conflict(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    clean(a)
    clean(b)
    rows.assign_officer(a.core, number, "budi.sby")
    time.sleep(0.005)  # b's assignment is the later one by the clock
    rows.assign_officer(b.core, number, "siti.sby")
    clean(a)
    clean(b)
    clean(a)
    for pc in (a, b):
        assert conflicts(pc) == [("case", "officer", "siti.sby", "budi.sby", "concurrent_edit")]
        assert case_row(pc, number)["officer"] == "siti.sby"
    all_agree(server_ctx, a, b)


def test_a_referral_and_a_summons_travel_and_are_answered_on_the_other_pc(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    referral = rows.add_referral(a.core, number)
    summons = rows.add_summons(a.core, number)
    clean(a)
    clean(b)
    assert b.core.store.query("SELECT addressee, method, reply_on FROM referrals") == [
        ("KBRI Kuala Lumpur", "surat", "")]
    rows.answer_referral(b.core, referral, "Pekerja sudah di penampungan KBRI.")
    rows.record_attendance(b.core, summons, "tidak_hadir")
    clean(b)
    clean(a)
    assert a.core.store.query("SELECT reply_on, reply_summary FROM referrals") == [
        ("2026-12-05", "Pekerja sudah di penampungan KBRI.")]
    assert a.core.store.query("SELECT attendance FROM summons") == [("tidak_hadir",)]
    assert conflicts(a) == []
    all_agree(server_ctx, a, b)


def test_the_same_referral_answered_on_two_pcs_is_a_conflict(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    referral = rows.add_referral(a.core, number)
    clean(a)
    clean(b)
    rows.answer_referral(a.core, referral, "Dijawab lewat telepon.", on="2026-12-04")
    time.sleep(0.005)
    rows.answer_referral(b.core, referral, "Dijawab dengan surat.", on="2026-12-05")
    clean(a)
    clean(b)
    clean(a)
    for pc in (a, b):
        assert conflicts(pc) == [
            ("referral", "reply_on", "2026-12-05", "2026-12-04", "concurrent_edit"),
            ("referral", "reply_summary", "Dijawab dengan surat.", "Dijawab lewat telepon.",
             "concurrent_edit")]
        assert pc.core.store.query("SELECT reply_summary FROM referrals") == [
            ("Dijawab dengan surat.",)]
    all_agree(server_ctx, a, b)


def test_a_transferred_case_takes_its_open_referral_and_summons_to_the_new_office(
        make_pc, server_ctx, live_url):
    sby, smg, pst = make_pc("SBY"), make_pc("SMG"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    referral = rows.add_referral(sby.core, number)
    summons = rows.add_summons(sby.core, number)
    rows.propose_closure(sby.core, number)
    clean(sby)
    case_id = case_row(sby, number)["id"]
    with CentralClient(live_url, pst.credential, user="operator.pusat") as central:
        central.transfer_case(number, "SMG", "Pengadu pindah ke Jawa Tengah.")
    report = clean(sby)
    assert report.removed == [number]
    assert sby.core.store.query("SELECT count(*) FROM referrals") == [(0,)]
    assert sby.core.store.query("SELECT count(*) FROM summons") == [(0,)]
    assert sby.core.store.query("SELECT count(*) FROM case_clock") == [(0,)]
    clean(smg)
    assert smg.core.store.query("SELECT id, reply_on, withdrawn_on FROM referrals") == [
        (referral, "", "")]
    assert smg.core.store.query("SELECT id, case_id FROM summons") == [(summons, case_id)]
    assert case_row(smg, number)["proposed_status"] == "selesai"
    # The new office carries on: its answer reaches central.
    rows.answer_referral(smg.core, referral, "Jawaban diterima di Semarang.")
    clean(smg)
    clean(pst)
    assert pst.core.store.query("SELECT reply_summary FROM referrals") == [
        ("Jawaban diterima di Semarang.",)]
    all_agree(server_ctx, sby, smg, pst)


def test_a_local_partner_reaches_every_office_and_central_adopts_it(make_pc, server_ctx):
    sby, smg, pst = make_pc("SBY"), make_pc("SMG"), make_pc("PST")
    partner = rows.add_stakeholder(sby.core, "PT Maju Jaya Abadi")
    clean(sby)
    clean(smg)
    clean(pst)
    for pc in (smg, pst):
        got = entry(pc, partner)
        assert (got["name"], got["office_code"], got["licence_no"]) == (
            "PT Maju Jaya Abadi", "SBY", "KEP.123/2020")
    rows.edit_stakeholder(pst.core, partner, office_code="", licence_status="dibekukan")
    clean(pst)
    clean(sby)
    clean(smg)
    for pc in (sby, smg, pst):
        got = entry(pc, partner)
        assert (got["office_code"], got["licence_status"]) == ("", "dibekukan")
    all_agree(server_ctx, sby, smg, pst)


def test_an_edit_made_offline_while_central_adopted_the_entry_is_refused_and_undone(
        make_pc, server_ctx):
    sby, pst = make_pc("SBY"), make_pc("PST")
    partner = rows.add_stakeholder(sby.core, "PT Sinar Harapan")
    clean(sby)
    clean(pst)
    rows.edit_stakeholder(pst.core, partner, office_code="")
    clean(pst)
    rows.edit_stakeholder(sby.core, partner, phone="+62315550000")  # not yet told
    report = sby.sync()
    assert report.rejected == 1
    [refused] = Replica(sby.core.store).rejected()
    assert (refused["entity"], refused["code"]) == ("stakeholder", "directory_entry_not_yours")
    got = entry(sby, partner)
    assert (got["office_code"], got["phone"]) == ("", "+62318410040")  # the server's values
    clean(pst)
    all_agree(server_ctx, sby, pst)


def test_the_seeded_directory_is_the_same_everywhere(make_pc, server_ctx):
    smg = make_pc("SMG")
    with server_ctx.db.read() as conn:
        names = set(conn.scalars(select(stakeholders.c.name)))
    here = {r[0] for r in smg.core.store.query("SELECT name FROM stakeholders")}
    assert here == names and {"KBRI Kuala Lumpur", "KJRI Jeddah", "KDEI Taipei",
                              "KJRI Hong Kong"} <= here
    report = clean(smg)
    assert report.checksum_ok and report.pulled == 0  # the seed's changes were known here
    assert smg.core.store.query("SELECT count(*) FROM changes WHERE pushed_at IS NULL") == [(0,)]


def test_a_central_edit_of_a_seed_entry_wins_over_the_seed(make_pc, server_ctx):
    sby, pst = make_pc("SBY"), make_pc("PST")
    kbri = sby.core.store.query_one("SELECT id FROM stakeholders WHERE name = 'KBRI Kuala Lumpur'")[0]
    rows.edit_stakeholder(pst.core, kbri, phone="+60321164000", email="kl@kemlu.go.id")
    clean(pst)
    clean(sby)
    got = entry(sby, kbri)
    assert (got["phone"], got["email"]) == ("+60321164000", "kl@kemlu.go.id")
    all_agree(server_ctx, sby, pst)


@pytest.mark.parametrize("damage", [
    "UPDATE stakeholders SET name = 'Rusak' WHERE name = 'KJRI Jeddah'",
    "DELETE FROM stakeholders WHERE name = 'KDEI Taipei'",
])
def test_a_drifted_directory_is_healed(make_pc, server_ctx, damage):
    sby, pst = make_pc("SBY"), make_pc("PST")
    partner = rows.add_stakeholder(pst.core, "RS Umum Daerah Dr. Soetomo", office_code="",
                                   kind="rumah_sakit")
    clean(pst)
    clean(sby)
    rows.edit_stakeholder(sby.core, partner, address="Jl. Prof. Dr. Moestopo 6-8")  # not allowed
    pending = sby.core.store.query_one("SELECT count(*) FROM changes WHERE pushed_at IS NULL")
    assert pending == (1,)
    sby.core.store.raw_connection.execute(damage)
    report = sby.sync()
    # The edit of central's entry is refused (and undone); the damage is healed.
    assert report.rejected == 1 and report.healed, report
    names = {r[0] for r in sby.core.store.query("SELECT name FROM stakeholders")}
    assert {"KJRI Jeddah", "KDEI Taipei"} <= names and "Rusak" not in names
    assert entry(sby, partner)["address"] == "Jl. Raya Darmo 10, Surabaya"
    assert sby.core.store.query(
        "SELECT count(*) FROM stakeholder_search WHERE stakeholder_search MATCH 'Taipei'") == [(1,)]
    assert sby.sync().checksum_ok
    all_agree(server_ctx, sby, pst)


def test_a_received_status_change_moves_the_deadline_clock(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    clean(a)
    clean(b)
    case_id = case_row(b, number)["id"]
    assert b.core.store.query("SELECT state, target FROM case_clock WHERE case_id = ?",
                              (case_id,)) == [("running", 60)]  # unpaid wages: 60 working days
    a.core.cases.change_status(number, "validasi")
    a.core.cases.change_status(number, "menunggu_dokumen")
    clean(a)
    clean(b)
    assert b.core.store.query("SELECT state FROM case_clock WHERE case_id = ?",
                              (case_id,)) == [("paused",)]
    assert b.core.store.query("SELECT * FROM case_clock") == a.core.store.query(
        "SELECT * FROM case_clock")


def test_a_case_created_centrally_gets_its_clock_on_the_pc(make_pc, live_url):
    sby, pst = make_pc("SBY"), make_pc("PST")
    body = case_body()
    with CentralClient(live_url, pst.credential, user="operator.pusat") as central:
        central.create_case(body["complaint"], body["complainant"], body["worker"],
                            assign_to="SBY")
    clean(sby)
    category = sby.core.store.query_one("SELECT category FROM cases")[0]
    target = sby.core.reference.extra("category", category)["target_days"]
    assert sby.core.store.query("SELECT state, target FROM case_clock") == [("running", target)]
