"""The PC's side of sync (desktop/store/replica.py): merging what arrives, pushing, removing.

Two PCs of one office are two real encrypted stores here; what one records is handed to the
other as the server would forward it (its change rows), so the merge is tested on real data.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from desktop.paths import DataPaths
from desktop.services.maintenance import outbox_errors
from desktop.session.login import log_in
from desktop.store.replica import Replica, ReplicaError
from sync.hlc import format_hlc, parse_hlc
from tests import casework_rows as rows
from tests.conftest import STAFF_PW, TEST_KDF, make_intake

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def forwarded(core, case_id: str | None = None, after_seq: int = 0) -> list[dict]:
    """The case changes of `core` as the server forwards them to other PCs."""
    rows = core.store.query_dicts(
        "SELECT change_id, entity, entity_id, case_id, op, fields, hlc, user, device, created_at"
        " FROM changes WHERE case_id != '' AND seq > ? ORDER BY seq", (after_seq,))
    out = []
    for row in rows:
        if case_id is None or row["case_id"] == case_id:
            row["fields"] = json.loads(row["fields"])
            out.append(row)
    return out


def case_id_of(core, number: str) -> str:
    return core.cases.resolve(number)["id"]


def send(source, target, case_id=None, after_seq=0):
    replica = Replica(target.store)
    return replica.receive(replica.parse(forwarded(source, case_id, after_seq)), NOW)


def last_seq(core) -> int:
    return core.store.query_one("SELECT max(seq) FROM changes")[0]


def test_a_case_recorded_on_another_pc_arrives_whole_and_is_searchable(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake(worker__name="Wulan Sari Dewi"))
    pc_b.cases.add_event(number, "konsultasi", "Konsultasi dengan pengadu.")
    stats = send(pc_b, pc_a)
    assert stats.applied == len(forwarded(pc_b)) and stats.orphans == 0
    here, there = pc_a.cases.get(number), pc_b.cases.get(number)
    assert here.case == {**there.case, "seq": here.case["seq"]}
    assert here.worker == there.worker and here.complainant == there.complainant
    assert [e["id"] for e in here.events] == [e["id"] for e in there.events]
    assert pc_a.search.search("Wulan") == [here.case["seq"]]
    assert outbox_errors(pc_a.store) == []
    # Received changes are history, never pushed again.
    assert [c for c in Replica(pc_a.store).pending(1000) if c.case_id == here.case["id"]] == []


def test_receiving_the_same_changes_again_changes_nothing(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    send(pc_b, pc_a)
    before = pc_a.store.query("SELECT count(*) FROM changes")
    stats = send(pc_b, pc_a)
    assert stats.applied == 0 and stats.duplicates == len(forwarded(pc_b))
    assert pc_a.store.query("SELECT count(*) FROM changes") == before
    assert pc_a.cases.get(number).case["status"] == "baru"


def test_the_newer_edit_of_a_field_wins_on_both_pcs(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    send(pc_b, pc_a)
    mark_a, mark_b = last_seq(pc_a), last_seq(pc_b)
    # Both correct the worker's employer offline; B edits later, so B's value is newer
    # (B's clock reads a second later: two edits in one millisecond would tie on the node).
    real = pc_b.store.clock._clock
    pc_b.store.clock._clock = lambda: real() + 1000
    worker = make_intake().worker
    worker.employer_name = "Majikan Versi A"
    pc_a.cases.update_people(number, worker=worker)
    worker.employer_name = "Majikan Versi B"
    pc_b.cases.update_people(number, worker=worker)
    send(pc_a, pc_b, after_seq=mark_a)
    send(pc_b, pc_a, after_seq=mark_b)
    assert pc_a.cases.get(number).worker["employer_name"] == "Majikan Versi B"
    assert pc_b.cases.get(number).worker["employer_name"] == "Majikan Versi B"
    assert outbox_errors(pc_a.store) == [] and outbox_errors(pc_b.store) == []


def test_edits_of_different_fields_both_survive(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    send(pc_b, pc_a)
    mark_a, mark_b = last_seq(pc_a), last_seq(pc_b)
    pc_a.cases.set_document(number, "paspor", "ada")
    pc_b.cases.change_status(number, "proses")
    send(pc_a, pc_b, after_seq=mark_a)
    send(pc_b, pc_a, after_seq=mark_b)
    for core in (pc_a, pc_b):
        detail = core.cases.get(number)
        assert detail.case["status"] == "proses"
        assert {d["doc_type"]: d["state"] for d in detail.documents}["paspor"] == "ada"
        assert len(detail.events) == 3  # intake, document received, status change
        assert outbox_errors(core.store) == []


def test_an_edit_records_the_versions_it_overwrote(pc_a):
    number = pc_a.cases.record_intake(make_intake())
    pc_a.cases.change_status(number, "proses")
    insert_hlc, base = pc_a.store.query(
        "SELECT (SELECT hlc FROM changes WHERE entity = 'case' AND op = 'insert'), base"
        " FROM changes WHERE entity = 'case' AND op = 'update' ORDER BY seq DESC LIMIT 1")[0]
    assert json.loads(base)["status"] == insert_hlc


def test_a_local_edit_after_receiving_sorts_after_what_was_received(pc_a, pc_b, tmp_path):
    number = pc_b.cases.record_intake(make_intake())
    send(pc_b, pc_a)
    # A change stamped a minute ahead arrives through another connection (the sync engine).
    ahead = format_hlc(parse_hlc(pc_b.store.clock.tick())[0] + 60_000, 0, "ffffffff")
    other = log_in(DataPaths(tmp_path / "a"), "kasi", STAFF_PW, TEST_KDF, record_login=False)
    try:
        change = {**forwarded(pc_b)[0], "change_id": "later-1", "op": "update",
                  "fields": {"description": "Dari kantor lain."}, "hlc": ahead}
        replica = Replica(other.store)
        replica.receive(replica.parse([change]), NOW)
    finally:
        other.close()
    pc_a.cases.update_people(number, worker=make_intake(worker__employer_name="Baru").worker)
    newest = pc_a.store.query_one("SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1")[0]
    assert newest > ahead


def test_acknowledged_changes_are_not_pending_and_keep_the_servers_clock(pc_a):
    pc_a.cases.record_intake(make_intake())
    replica = Replica(pc_a.store)
    pending = replica.pending(1000)
    assert pending and replica.pending_count() == len(pending)
    restamped = format_hlc(1, 0, "server")
    acks = [(c.change_id, restamped if i == 0 else None) for i, c in enumerate(pending)]
    assert replica.acknowledge(acks, NOW) == len(pending)
    assert replica.pending(1000) == [] and replica.pending_count() == 0
    hlc = pc_a.store.query_one("SELECT hlc FROM changes WHERE change_id = ?",
                               (pending[0].change_id,))[0]
    assert hlc == restamped
    # Once acknowledged, a change keeps its clock.
    with pytest.raises(Exception, match="keeps its clock"):
        pc_a.store.raw_connection.execute("UPDATE changes SET hlc = 'x' WHERE change_id = ?",
                                          (pending[1].change_id,))


def test_a_rejected_change_is_set_aside_with_its_reason(pc_a):
    pc_a.cases.record_intake(make_intake())
    replica = Replica(pc_a.store)
    first = replica.pending(1)[0]
    replica.set_aside([{"change_id": first.change_id, "code": "invalid_value",
                        "message_id": "Isian tidak sah.", "message_en": "Invalid value."}], NOW)
    assert first.change_id not in {c.change_id for c in replica.pending(1000)}
    kept = replica.rejected()
    assert [(r["change_id"], r["code"], r["message_en"]) for r in kept] == [
        (first.change_id, "invalid_value", "Invalid value.")]
    assert json.loads(kept[0]["fields"]) == first.fields


def test_a_case_transferred_away_leaves_only_after_its_changes_were_pushed(pc_a):
    number = pc_a.cases.record_intake(make_intake(worker__name="Pindah Kantor"))
    pc_a.cases.add_event(number, "konsultasi", "Konsultasi.")
    case_id = case_id_of(pc_a, number)
    replica = Replica(pc_a.store)
    assert replica.remove_case(case_id, "transferred", NOW) is None
    assert pc_a.cases.get(number)
    replica.acknowledge([(c.change_id, None) for c in replica.pending(1000)], NOW)
    assert replica.remove_case(case_id, "transferred", NOW) == number
    assert pc_a.store.query("SELECT count(*) FROM changes WHERE case_id = ?", (case_id,)) == [(0,)]
    for table in ("cases", "workers", "complainants", "case_documents", "events"):
        column = "id" if table == "cases" else "case_id"
        assert pc_a.store.query(f"SELECT count(*) FROM {table} WHERE {column} = ?",
                                (case_id,)) == [(0,)]
    assert pc_a.search.search("Pindah Kantor") == []
    assert outbox_errors(pc_a.store) == []
    assert pc_a.maintenance.check().ok


def test_a_case_that_comes_back_is_received_again(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    send(pc_b, pc_a)
    case_id = case_id_of(pc_a, number)
    replica = Replica(pc_a.store)
    replica.acknowledge([(c.change_id, None) for c in replica.pending(1000)], NOW)
    assert replica.remove_case(case_id, "transferred", NOW) == number
    send(pc_b, pc_a)
    assert pc_a.cases.get(number).case["id"] == case_id
    assert outbox_errors(pc_a.store) == []


def test_events_stay_append_only_for_cases_still_here(pc_a):
    number = pc_a.cases.record_intake(make_intake())
    with pytest.raises(Exception, match="append-only"):
        pc_a.store.raw_connection.execute("DELETE FROM events WHERE case_id = ?",
                                          (case_id_of(pc_a, number),))
    with pytest.raises(Exception, match="append-only"):
        pc_a.store.raw_connection.execute("DELETE FROM changes")


def test_an_update_of_an_unknown_row_is_counted_not_applied(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    mark = last_seq(pc_b)
    pc_b.cases.change_status(number, "proses")
    stats = send(pc_b, pc_a, after_seq=mark)  # the insert never came
    assert stats.orphans >= 1 and stats.applied == 0
    assert pc_a.store.query("SELECT count(*) FROM cases") == [(0,)]
    assert outbox_errors(pc_a.store) == []


def test_a_field_this_schema_does_not_know_is_kept_in_the_log_only(pc_a, pc_b):
    pc_b.cases.record_intake(make_intake())
    changes = forwarded(pc_b)
    case_insert = next(c for c in changes if c["entity"] == "case")
    case_insert["fields"]["priority_from_newer_server"] = "high"
    replica = Replica(pc_a.store)
    replica.receive(replica.parse(changes), NOW)
    assert outbox_errors(pc_a.store) == []


GOOD = {"change_id": "c1", "entity": "case", "entity_id": "k1", "case_id": "k1", "op": "update",
        "fields": {"status": "proses"}, "hlc": "1764550000000-0000-abcd", "user": "kasi",
        "device": "d1", "created_at": "2026-12-01T03:00:00Z"}


@pytest.mark.parametrize("broken", [
    "not an object",
    {**GOOD, "entity": "user"},
    {**GOOD, "entity": "audit"},
    {**GOOD, "entity": "nonsense"},
    {**GOOD, "op": "delete"},
    {**GOOD, "hlc": "yesterday"},
    {**GOOD, "hlc": 5},
    {**GOOD, "fields": []},
    {**GOOD, "fields": {}},
    {**GOOD, "fields": {"status": ["proses"]}},
    {**GOOD, "fields": {"status": True}},
    {**GOOD, "case_id": "other"},
    {**GOOD, "change_id": ""},
    {**GOOD, "entity_id": "x" * 500},
    {k: v for k, v in GOOD.items() if k != "change_id"},
])
def test_malformed_changes_from_the_network_are_refused(pc_a, broken):
    replica = Replica(pc_a.store)
    with pytest.raises(ReplicaError):
        replica.parse([broken])
    assert replica.parse([GOOD])[0].fields == {"status": "proses"}


def test_a_batch_is_all_or_nothing(pc_a, pc_b):
    pc_b.cases.record_intake(make_intake())
    changes = forwarded(pc_b)
    worker = next(c for c in changes if c["entity"] == "worker")
    worker["fields"]["sex"] = None  # breaks a NOT NULL column mid-batch
    replica = Replica(pc_a.store)
    with pytest.raises(Exception):  # noqa: B017 - the store's own error class
        replica.receive(replica.parse(changes), NOW)
    assert pc_a.store.query("SELECT count(*) FROM cases") == [(0,)]
    assert outbox_errors(pc_a.store) == []


def test_the_cursor_is_kept(pc_a):
    replica = Replica(pc_a.store)
    assert replica.cursor() == 0
    replica.set_cursor(42)
    assert Replica(pc_a.store).cursor() == 42


# -- the office's case work ---------------------------------------------------------------

def directory_of(core) -> list[dict]:
    """The directory changes `core` made, as the server forwards them (no case named)."""
    rows = core.store.query_dicts(
        "SELECT change_id, entity, entity_id, case_id, op, fields, hlc, user, device, created_at"
        " FROM changes WHERE entity = 'stakeholder' AND device = ? ORDER BY seq",
        (core.store.device_id,))
    for row in rows:
        row["fields"] = json.loads(row["fields"])
    return rows


def receive(target, changes: list[dict]):
    replica = Replica(target.store)
    return replica.receive(replica.parse(changes), NOW)


def directory_hits(core, text: str) -> list[str]:
    return [r[0] for r in core.store.query(
        "SELECT s.name FROM stakeholder_search f JOIN stakeholders s ON s.seq = f.rowid"
        " WHERE stakeholder_search MATCH ? ORDER BY s.name", (f'"{text}"',))]


def test_a_directory_entry_arrives_without_a_case_and_is_found_by_name(pc_a, pc_b):
    entry_id = rows.add_stakeholder(pc_b, "PT Karya Sejahtera Abadi")
    stats = receive(pc_a, directory_of(pc_b))
    assert stats.applied == 1 and stats.orphans == 0 and stats.cases == set()
    assert directory_hits(pc_a, "sejahtera") == ["PT Karya Sejahtera Abadi"]
    rows.edit_stakeholder(pc_b, entry_id, name="PT Karya Makmur Abadi")
    receive(pc_a, directory_of(pc_b))
    assert directory_hits(pc_a, "sejahtera") == []
    assert directory_hits(pc_a, "makmur") == ["PT Karya Makmur Abadi"]
    assert outbox_errors(pc_a.store) == []


def test_the_seeded_directory_is_searchable_fuzzily(pc_a):
    assert directory_hits(pc_a, "kuala") == ["KBRI Kuala Lumpur"]
    assert directory_hits(pc_a, "jedah") == []  # a typo shorter than a trigram match...
    assert "KJRI Jeddah" in directory_hits(pc_a, "edda")  # ...any three letters of it find it


def test_referrals_and_summons_arrive_with_their_case_and_leave_with_it(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    referral = rows.add_referral(pc_b, number)
    rows.add_summons(pc_b, number)
    partner = rows.add_stakeholder(pc_b, "PT Mitra Lokal")
    send(pc_b, pc_a)
    receive(pc_a, directory_of(pc_b))
    assert pc_a.store.query("SELECT id FROM referrals") == [(referral,)]
    assert pc_a.store.query("SELECT count(*) FROM summons") == [(1,)]
    case_id = case_id_of(pc_a, number)
    replica = Replica(pc_a.store)
    assert replica.remove_case(case_id, "transferred", NOW) == number
    for table in ("referrals", "summons", "case_clock"):
        assert pc_a.store.query(f"SELECT count(*) FROM {table}") == [(0,)], table
    # The directory stays: it is every office's.
    assert pc_a.store.query("SELECT count(*) FROM stakeholders WHERE id = ?", (partner,)) == [(1,)]
    assert outbox_errors(pc_a.store) == []


def test_a_referral_of_a_case_not_here_is_an_orphan(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    rows.add_referral(pc_b, number)
    only = [c for c in forwarded(pc_b) if c["entity"] == "referral"]
    stats = receive(pc_a, only)
    assert stats.orphans == 1 and pc_a.store.query("SELECT count(*) FROM referrals") == [(0,)]


def test_a_received_status_change_rewrites_the_clock(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    send(pc_b, pc_a)
    mark = last_seq(pc_b)
    pc_b.cases.change_status(number, "menunggu_dokumen")
    send(pc_b, pc_a, after_seq=mark)
    assert pc_a.store.query("SELECT state FROM case_clock") == [("paused",)]
    assert pc_a.store.query("SELECT * FROM case_clock") == pc_b.store.query(
        "SELECT * FROM case_clock")


def test_the_state_checksum_covers_the_directory(pc_a):
    replica = Replica(pc_a.store)
    before = replica.state_checksum()
    assert before.startswith("28:")  # the seed's entries, no case yet
    pc_a.store.raw_connection.execute("UPDATE stakeholders SET phone = '+6221000'"
                                      " WHERE name = 'KDEI Taipei'")
    assert replica.state_checksum() != before


def test_healing_the_directory_rebuilds_entries_from_their_log(pc_a, pc_b):
    entry_id = rows.add_stakeholder(pc_b, "PT Dari Kantor Lain")
    server_history = directory_of(pc_b)
    mine = rows.add_stakeholder(pc_a, "PT Belum Terkirim")  # pending here: stays
    conn = pc_a.store.raw_connection
    conn.execute("UPDATE stakeholders SET name = 'Rusak' WHERE name = 'KJRI Jeddah'")
    replica = Replica(pc_a.store)
    seed = replica.parse([{**c, "fields": json.loads(c["fields"])} for c in pc_a.store.query_dicts(
        "SELECT change_id, entity, entity_id, case_id, op, fields, hlc, user, device, created_at"
        " FROM changes WHERE device = 'seed'")])
    assert replica.heal_directory(seed + replica.parse(server_history), NOW) == 1
    names = {r[0] for r in pc_a.store.query("SELECT name FROM stakeholders")}
    assert {"KJRI Jeddah", "PT Dari Kantor Lain", "PT Belum Terkirim"} <= names
    assert "Rusak" not in names
    assert directory_hits(pc_a, "Dari Kantor") == ["PT Dari Kantor Lain"]
    assert [c.entity_id for c in replica.pending(100) if c.entity == "stakeholder"] == [mine]
    assert pc_a.store.query("SELECT count(*) FROM stakeholders WHERE id = ?", (entry_id,)) == [(1,)]
    assert outbox_errors(pc_a.store) == []


def test_a_directory_page_holding_a_case_change_is_refused(pc_a, pc_b):
    pc_b.cases.record_intake(make_intake())
    replica = Replica(pc_a.store)
    with pytest.raises(ReplicaError):
        replica.heal_directory(replica.parse(forwarded(pc_b)), NOW)


@pytest.mark.parametrize("broken", [
    {**GOOD, "entity": "stakeholder", "entity_id": "s1", "case_id": "k1"},
])
def test_a_directory_change_naming_a_case_is_refused(pc_a, broken):
    with pytest.raises(ReplicaError):
        Replica(pc_a.store).parse([broken])
