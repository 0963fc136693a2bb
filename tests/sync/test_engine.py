"""The sync engine against a live server: exactly once, scoped, converging."""

from __future__ import annotations

import pytest

from desktop.services.maintenance import outbox_errors
from desktop.store.replica import Replica
from tests.conftest import make_intake

pytestmark = pytest.mark.usefixtures("backend")


def state(pc) -> str:
    return Replica(pc.core.store).state_checksum()


def test_a_case_recorded_on_one_pc_reaches_the_other_pc_of_the_office(make_pc):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake(worker__name="Ratna Sari"))
    a.core.cases.add_event(number, "konsultasi", "Konsultasi dengan pengadu.")
    pushed = a.sync()
    assert pushed.pushed > 0 and pushed.checksum_ok
    got = b.sync()
    assert got.pulled == pushed.pushed - _not_case_changes(a) and got.checksum_ok
    assert b.core.cases.get(number).worker["name"] == "Ratna Sari"
    assert [e["event_type"] for e in b.core.cases.get(number).events] == [
        e["event_type"] for e in a.core.cases.get(number).events]
    assert state(a) == state(b)
    assert outbox_errors(a.core.store) == [] and outbox_errors(b.core.store) == []


def _not_case_changes(pc) -> int:
    """This PC's own changes that name no case (accounts, audit): they only go up."""
    return pc.core.store.query_one("SELECT count(*) FROM changes WHERE case_id = ''"
                                   " AND device = ?", (pc.core.store.device_id,))[0]


def test_an_up_to_date_pc_makes_one_small_request(make_pc):
    a = make_pc("SBY")
    a.core.cases.record_intake(make_intake())
    a.sync()
    idle = a.sync()
    assert idle.requests == 1 and idle.pushed == 0 and idle.pulled == 0
    assert idle.bytes_up < 1024 and idle.bytes_down < 1024
    assert idle.checksum_ok


def test_another_office_never_receives_the_case(make_pc):
    sby, smg = make_pc("SBY"), make_pc("SMG")
    number = sby.core.cases.record_intake(make_intake())
    sby.sync()
    smg.sync()
    assert smg.core.store.query("SELECT count(*) FROM cases") == [(0,)]
    assert smg.core.search.search(number) == []


def test_the_national_office_receives_every_case(make_pc):
    sby, pst = make_pc("SBY"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    sby.sync()
    pst.sync()
    assert pst.core.cases.get(number).case["office_code"] == "SBY"


def test_re_sending_after_a_lost_answer_applies_nothing_twice(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    replica = Replica(a.core.store)
    engine = a.engine()
    # The server applies the batch, the answer is lost: nothing is acknowledged here.
    first = engine.transport.round({"cursor": 0, "changes": [
        __import__("desktop.sync.engine", fromlist=["_wire"])._wire(c)
        for c in replica.pending(500)]})
    assert first["acked"] == replica.pending_count() and first["rejected"] == []
    a.sync()  # sends the same changes again
    b.sync()
    assert len(b.core.cases.get(number).events) == 1
    with server_ctx.db.read() as conn:
        from sqlalchemy import func, select

        from sync.server.db.tables import changes, events
        assert conn.scalar(select(func.count()).select_from(events)) == 1
        ids = [r[0] for r in conn.execute(select(changes.c.change_id))]
    assert len(ids) == len(set(ids))


def test_concurrent_edits_of_one_field_become_a_conflict_on_both_pcs(make_pc):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.sync()
    b.sync()
    worker = make_intake().worker
    worker.employer_name = "Versi Kantor A"
    a.core.cases.update_people(number, worker=worker)
    b.clock_ahead(1000)  # B's edit is the newer one, not a tie within one millisecond
    worker.employer_name = "Versi Kantor B"
    b.core.cases.update_people(number, worker=worker)
    a.sync()
    b.sync()
    a.sync()
    for pc in (a, b):
        rows = pc.core.store.query_dicts("SELECT field, kept_value, other_value FROM conflicts")
        assert rows == [{"field": "employer_name", "kept_value": "Versi Kantor B",
                         "other_value": "Versi Kantor A"}]
        assert pc.core.cases.get(number).worker["employer_name"] == "Versi Kantor B"
    assert state(a) == state(b)


def test_an_invalid_concurrent_status_change_becomes_a_conflict_not_a_blocked_queue(make_pc):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.core.cases.change_status(number, "proses")
    a.sync()
    b.sync()
    a.core.cases.change_status(number, "selesai", outcome="dipulangkan")
    b.clock_ahead(1000)  # B moves the case later, from a status it no longer has
    b.core.cases.change_status(number, "menunggu_dokumen")
    b.core.cases.add_event(number, "konsultasi", "Masih berjalan.")
    a.sync()
    report = b.sync()
    assert report.rejected == 0
    a.sync()
    for pc in (a, b):
        case = pc.core.cases.get(number)
        assert case.case["status"] == "selesai"
        assert "konsultasi" in {e["event_type"] for e in case.events}
        reasons = [r[0] for r in pc.core.store.query("SELECT reason FROM conflicts")]
        assert reasons == ["status_transition"]
    assert state(a) == state(b)


def _central(pst):
    from desktop.sync.api import CentralClient

    return CentralClient(pst.url, pst.credential, user="operator.pusat")


def test_a_transferred_case_leaves_after_its_pending_changes_and_arrives_whole(make_pc):
    sby, smg, pst = make_pc("SBY"), make_pc("SMG"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake(worker__name="Pindah Ke Semarang"))
    sby.sync()
    # Offline at SBY, a step is recorded while central transfers the case to SMG.
    sby.core.cases.add_event(number, "konsultasi", "Dicatat sebelum tahu dipindah.")
    with _central(pst) as central:
        central.transfer_case(number, "SMG", "Pengadu pindah ke Jawa Tengah.")
    report = sby.sync()
    assert report.removed == [number]
    assert sby.core.store.query("SELECT count(*) FROM cases") == [(0,)]
    assert sby.core.store.query(
        "SELECT action, target FROM audit_log WHERE action = 'case_removed_transferred'") == [
        ("case_removed_transferred", number)]
    assert outbox_errors(sby.core.store) == []
    smg.sync()
    arrived = smg.core.cases.get(number)
    kinds = [e["event_type"] for e in arrived.events]
    assert "konsultasi" in kinds and "dialihkan" in kinds and kinds[0] == "pengaduan_diterima"
    assert arrived.worker["name"] == "Pindah Ke Semarang"
    assert outbox_errors(smg.core.store) == []
    assert smg.sync().checksum_ok and sby.sync().checksum_ok


def test_a_case_transferred_back_returns_whole(make_pc):
    sby, pst = make_pc("SBY"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    sby.sync()
    with _central(pst) as central:
        central.transfer_case(number, "SMG", "Sementara ke Semarang.")
        sby.sync()
        central.transfer_case(number, "SBY", "Kembali ke Surabaya.")
    sby.sync()
    assert sby.core.cases.get(number).case["office_code"] == "SBY"
    assert sby.sync().checksum_ok


def test_a_damaged_replica_is_healed_by_the_checksum(make_pc):
    a = make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.core.cases.add_event(number, "konsultasi", "Konsultasi.")
    a.sync()
    # A write that bypassed everything (a bug, a bad restore): the replica drifted.
    a.core.store.raw_connection.execute("UPDATE workers SET employer_name = 'Rusak'")
    report = a.sync()
    assert report.checksum_ok is None and report.healed
    assert a.core.cases.get(number).worker["employer_name"] == "Tan Ah Kow"
    assert a.sync().checksum_ok
    assert outbox_errors(a.core.store) == []


def test_a_pc_clock_far_ahead_cannot_win_forever(make_pc):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.sync()
    b.sync()
    real = a.core.store.clock._clock
    a.core.store.clock._clock = lambda: real() + 3_600_000  # an hour ahead
    worker = make_intake().worker
    worker.employer_name = "Dari PC yang jamnya salah"
    a.core.cases.update_people(number, worker=worker)
    report = a.sync()
    assert report.outcome == "clock" and report.clock_skew_ms > 50 * 60 * 1000
    b.sync()
    worker.employer_name = "Koreksi kemudian"
    b.core.cases.update_people(number, worker=worker)
    b.sync()
    a.sync()
    for pc in (a, b):
        assert pc.core.cases.get(number).worker["employer_name"] == "Koreksi kemudian"
