"""The PC's running state digest (desktop/store/digests.py): after every kind of write the
checksum kept running equals the one recomputed from every row, and only the cases written
since the last checksum are recomputed.

Two PCs of one office are two real encrypted stores; what one records reaches the other
as the server forwards it (tests/unit/test_replica.py), so received changes are real ones.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest

from desktop.demo import bulk_generate, generate_cases
from desktop.domain.inquiries import InquiryInput
from desktop.session.login import log_in
from desktop.session.restore import restore
from desktop.store import digests
from desktop.store.replica import CASES_ELSEWHERE, Replica, anonymise_root
from desktop.store.schema import SYNCED_TABLES
from desktop.store.store import Store
from sync.hlc import format_hlc, now_ms
from sync.protocol import DIRECTORY_SCOPE, REPLICATED, bucket_checksums, drift_bucket
from tests import casework_rows as rows
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF, make_intake
from tests.unit.test_replica import (
    case_id_of,
    directory_of,
    forwarded,
    last_seq,
    receive,
    send,
)

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def agrees(core) -> str:
    """The running checksum, checked against a full recomputation and against each case's
    digest recomputed (a kept digest that drifted would hide in an equal sum only by
    chance); nothing is left dirty."""
    replica = Replica(core.store)
    running = replica.state_checksum()
    assert running == replica.full_checksum()
    conn = core.store.raw_connection
    kept = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT case_id, rows, digest FROM case_digests")}
    roots = [r[0] for r in conn.execute(
        "SELECT id FROM cases UNION SELECT id FROM inquiries UNION SELECT ?",
        (DIRECTORY_SCOPE,))]
    assert kept == digests.case_digests_of(conn, roots)
    assert dirty(core) == set()
    return running


def dirty(core) -> set[str]:
    return {r[0] for r in core.store.query("SELECT case_id FROM digest_dirty")}


def all_pushed(core) -> None:
    core.store.raw_connection.execute("UPDATE changes SET pushed_at = 'x' WHERE pushed_at IS NULL")


def server_change(entity: str, entity_id: str, case_id: str, op: str, fields: dict) -> dict:
    """A change as the server sends it (its clock ahead of the PC's)."""
    return {"change_id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id,
            "case_id": case_id, "op": op, "fields": fields,
            "hlc": format_hlc(now_ms() + 60_000, 0, "server"), "user": "sync",
            "device": "server", "created_at": "2026-12-01T03:00:00.000000Z"}


# -- the basics -------------------------------------------------------------------------------

def test_a_new_store_agrees_and_holds_the_directory_only(pc_a):
    assert agrees(pc_a).startswith("28:")  # the seed's entries
    assert Replica(pc_a.store).held_roots() == 0


def test_only_the_cases_written_since_the_last_checksum_are_dirty(pc_a):
    first = pc_a.cases.record_intake(make_intake())
    second = pc_a.cases.record_intake(make_intake(worker__name="Kedua"))
    agrees(pc_a)
    pc_a.cases.add_event(second, "konsultasi", "Konsultasi lagi.")
    assert dirty(pc_a) == {case_id_of(pc_a, second)}
    rows.add_stakeholder(pc_a, "PT Baru Sekali")
    assert dirty(pc_a) == {case_id_of(pc_a, second), DIRECTORY_SCOPE}
    agrees(pc_a)
    assert case_id_of(pc_a, first) not in dirty(pc_a)


def test_every_replicated_table_marks_the_case_of_a_row_written(pc_a):
    found = {(r[0], r[1].rsplit("_", 1)[-1]) for r in pc_a.store.query(
        "SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'"
        " AND name LIKE '%_digest_%'")}
    assert found == {(SYNCED_TABLES[entity], op) for entity in REPLICATED
                     for op in ("insert", "update", "delete")}


def test_a_timeline_step_received_alone_marks_its_case(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    send(pc_b, pc_a)
    agrees(pc_a)
    mark = last_seq(pc_b)
    pc_b.cases.add_event(number, "konsultasi", "Konsultasi.")
    receive(pc_a, [c for c in forwarded(pc_b, after_seq=mark) if c["entity"] == "event"])
    assert dirty(pc_a) == {case_id_of(pc_a, number)}
    agrees(pc_a)


def test_a_checksum_with_nothing_written_is_the_kept_total(pc_a):
    pc_a.cases.record_intake(make_intake())
    running = agrees(pc_a)
    assert Replica(pc_a.store).state_checksum() == running
    total = pc_a.store.query_one("SELECT rows, acc FROM digest_total")
    assert running == f"{total[0]}:{total[1]}"


def test_a_write_rolled_back_leaves_nothing_dirty(pc_a):
    agrees(pc_a)
    with pytest.raises(RuntimeError), pc_a.write() as tx:
        tx.insert("stakeholder", {"id": str(uuid.uuid4()), "kind": "pptkis", "name": "PT Batal",
                                  "created_at": tx.now, "updated_at": tx.now})
        raise RuntimeError("the user cancelled")
    assert dirty(pc_a) == set()


def test_held_roots_counts_cases_and_information_requests(pc_a):
    pc_a.cases.record_intake(make_intake())
    pc_a.inquiries.record(InquiryInput(topic="biaya_penempatan", question="Biaya ke Taiwan?"))
    assert Replica(pc_a.store).held_roots() == 2


# -- local writes -------------------------------------------------------------------------------

def test_local_intake_and_edits_through_the_services(pc_a):
    number = pc_a.cases.record_intake(make_intake())
    agrees(pc_a)
    pc_a.cases.add_event(number, "konsultasi", "Konsultasi dengan pengadu.")
    agrees(pc_a)
    pc_a.cases.set_document(number, "paspor", "ada", note="Asli")
    pc_a.cases.change_status(number, "proses")
    agrees(pc_a)
    pc_a.cases.update_people(number, worker=make_intake(worker__employer_name="Baru").worker)
    agrees(pc_a)
    pc_a.attachments.attach(number, b"%PDF-1.4\n" + b"x" * 500, "paspor.pdf", note="Paspor")
    agrees(pc_a)
    referral = rows.add_referral(pc_a, number)
    rows.answer_referral(pc_a, referral, "Sudah ditangani.")
    rows.add_summons(pc_a, number)
    rows.assign_officer(pc_a, number, "kasi")
    rows.flag_urgent(pc_a, number, "Sakit keras")
    agrees(pc_a)
    pc_a.inquiries.record(InquiryInput(topic="biaya_penempatan", question="Biaya ke Taiwan?"))
    agrees(pc_a)


def test_a_demo_office_written_through_the_services_and_in_bulk(pc_a):
    generate_cases(pc_a, 12, seed=3)
    agrees(pc_a)
    bulk_generate(pc_a, 20, seed=4, batch=7)
    agrees(pc_a)


def test_a_directory_edit_and_a_raw_write(pc_a):
    entry = rows.add_stakeholder(pc_a, "PT Karya Sejahtera")
    agrees(pc_a)
    rows.edit_stakeholder(pc_a, entry, name="PT Karya Makmur")
    agrees(pc_a)
    pc_a.store.raw_connection.execute("UPDATE stakeholders SET phone = '+6221000'"
                                      " WHERE name = 'KDEI Taipei'")
    agrees(pc_a)


# -- sync ---------------------------------------------------------------------------------------

def test_received_cases_edits_and_directory_entries(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    pc_b.cases.add_event(number, "konsultasi", "Konsultasi.")
    send(pc_b, pc_a)
    assert agrees(pc_a) == agrees(pc_b)
    mark = last_seq(pc_b)
    pc_b.cases.change_status(number, "proses")
    pc_b.cases.set_document(number, "paspor", "ada")
    rows.add_referral(pc_b, number)
    send(pc_b, pc_a, after_seq=mark)
    entry = rows.add_stakeholder(pc_b, "PT Dari Kantor Lain")
    rows.edit_stakeholder(pc_b, entry, name="PT Dari Kantor Lain Juga")
    receive(pc_a, directory_of(pc_b))
    assert agrees(pc_a) == agrees(pc_b)


def test_acknowledged_and_set_aside_changes(pc_a):
    pc_a.cases.record_intake(make_intake())
    replica = Replica(pc_a.store)
    first, *rest = replica.pending(1000)
    replica.set_aside([{"change_id": first.change_id, "code": "invalid_value",
                        "message_id": "Isian tidak sah.", "message_en": "Invalid value."}], NOW)
    replica.acknowledge([(c.change_id, None) for c in rest], NOW)
    agrees(pc_a)


def test_a_received_conflict_and_its_settling(pc_a):
    number = pc_a.cases.record_intake(make_intake())
    detail = pc_a.cases.get(number)
    case_id, worker_id = detail.case["id"], detail.worker["id"]
    conflict_id = str(uuid.uuid4())
    receive(pc_a, [server_change("conflict", conflict_id, case_id, "insert", {
        "id": conflict_id, "case_id": case_id, "entity": "worker", "entity_id": worker_id,
        "field": "employer_name", "kept_value": "Tan Ah Kow", "kept_by": "kasi",
        "other_value": "Versi B", "other_by": "budi", "reason": "concurrent_edit",
        "created_at": "2026-12-01T03:00:00.000000Z", "resolved_at": "", "resolved_by": "",
        "resolution": ""})])
    agrees(pc_a)
    pc_a.conflicts.settle(conflict_id, "other")
    assert pc_a.cases.get(number).worker["employer_name"] == "Versi B"
    agrees(pc_a)


def test_a_case_transferred_away_leaves_the_total(pc_a, pc_b):
    staying = pc_b.cases.record_intake(make_intake())
    send(pc_b, pc_a)
    before = agrees(pc_a)
    leaving = pc_a.cases.record_intake(make_intake(worker__name="Pindah Kantor"))
    pc_a.cases.add_event(leaving, "konsultasi", "Konsultasi.")
    agrees(pc_a)
    replica = Replica(pc_a.store)
    replica.acknowledge([(c.change_id, None) for c in replica.pending(1000)], NOW)
    leaving_id = case_id_of(pc_a, leaving)
    assert replica.remove_case(leaving_id, "transferred", NOW) == leaving
    assert agrees(pc_a) == before
    assert pc_a.store.query("SELECT count(*) FROM case_digests WHERE case_id = ?",
                            (leaving_id,)) == [(0,)]
    assert pc_a.cases.get(staying)


def test_an_information_request_removed_by_a_heal(pc_a):
    request = pc_a.inquiries.record(InquiryInput(topic="biaya_penempatan", question="Biaya?"))
    all_pushed(pc_a)
    before_request = agrees(pc_a)
    Replica(pc_a.store).remove_case(request, "not on the server", NOW)
    assert agrees(pc_a) != before_request
    assert Replica(pc_a.store).held_roots() == 0


def test_the_scoped_heal_replaces_a_case_and_rebuilds_the_directory(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    pc_b.cases.add_event(number, "konsultasi", "Konsultasi.")
    send(pc_b, pc_a)
    case_id = case_id_of(pc_a, number)
    # Drift the heal repairs: a row changed here without a change.
    pc_a.store.raw_connection.execute("UPDATE workers SET name = 'Rusak' WHERE case_id = ?",
                                      (case_id,))
    pc_a.store.raw_connection.execute("UPDATE stakeholders SET name = 'Rusak'"
                                      " WHERE name = 'KJRI Jeddah'")
    assert agrees(pc_a) != agrees(pc_b)
    # The engine's heal: each page's cases go, then come back whole; then the directory.
    replica = Replica(pc_a.store)
    replica.acknowledge([(c.change_id, None) for c in replica.pending(1000)], NOW)
    assert replica.remove_case(case_id, "heal", NOW) == number
    agrees(pc_a)
    send(pc_b, pc_a, case_id=case_id)
    seed = replica.parse([{**c, "fields": json.loads(c["fields"])} for c in pc_a.store.query_dicts(
        "SELECT change_id, entity, entity_id, case_id, op, fields, hlc, user, device, created_at"
        " FROM changes WHERE device = 'seed'")])
    replica.heal_directory(seed, NOW)
    assert agrees(pc_a) == agrees(pc_b)


def test_a_case_anonymised_on_the_server_arrives(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    pc_b.cases.add_event(number, "konsultasi", "Dewi menelepon.")
    pc_b.attachments.attach(number, b"%PDF-1.4\n" + b"y" * 500, "paspor-dewi.pdf")
    send(pc_b, pc_a)
    agrees(pc_a)
    case_id = case_id_of(pc_a, number)
    receive(pc_a, [server_change("case", case_id, case_id, "update",
                                 {"anonymised_at": "2031-12-02T03:00:00.000000Z"})])
    assert pc_a.cases.get(number).worker["name"] != "Dewi Lestari"
    agrees(pc_a)
    with Replica(pc_a.store)._tx() as conn:  # again: changes nothing
        anonymise_root(conn, "case", case_id)
    agrees(pc_a)


def test_an_information_request_anonymised_on_the_server_arrives(pc_a):
    request = pc_a.inquiries.record(InquiryInput(
        topic="biaya_penempatan", question="Dewi bertanya biaya ke Taiwan.",
        name="Dewi Lestari", phone="0812-3456-7890"))
    all_pushed(pc_a)
    agrees(pc_a)
    receive(pc_a, [server_change("inquiry", request, request, "update",
                                 {"anonymised_at": "2031-12-02T03:00:00.000000Z"})])
    agrees(pc_a)


def test_a_case_that_comes_back_after_leaving(pc_a, pc_b):
    number = pc_b.cases.record_intake(make_intake())
    send(pc_b, pc_a)
    replica = Replica(pc_a.store)
    replica.acknowledge([(c.change_id, None) for c in replica.pending(1000)], NOW)
    assert replica.remove_case(case_id_of(pc_a, number), "transferred", NOW) == number
    agrees(pc_a)
    send(pc_b, pc_a)
    assert agrees(pc_a) == agrees(pc_b)


# -- opening, upgrading, restoring --------------------------------------------------------------

def test_a_missing_trigger_is_made_again_and_every_case_recomputed(pc_a, tmp_path):
    pc_a.cases.record_intake(make_intake())
    agrees(pc_a)
    path, key = pc_a.store.path, pc_a.db_key
    # What a migration rebuilding a table (sqlite-utils transform) leaves: no trigger, and
    # writes made meanwhile unmarked.
    conn = pc_a.store.raw_connection
    conn.execute(f"DROP TRIGGER {digests.trigger_name('workers', 'update')}")
    conn.execute("UPDATE workers SET name = 'Tanpa Jejak'")
    assert dirty(pc_a) == set()
    store = Store.open(path, key)
    try:
        conn = store.raw_connection
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert set(digests.wanted_triggers()) <= names
        replica = Replica(store)
        assert replica.state_checksum() == replica.full_checksum()
    finally:
        store.close()


def test_the_upgrade_from_the_previous_schema_computes_everything_once(pc_a, pc_b):
    """A store of the previous release (migrations up to 0009, no digest tables or
    triggers), holding cases, information requests and the directory, upgrades."""
    number = pc_b.cases.record_intake(make_intake())
    pc_b.cases.add_event(number, "konsultasi", "Konsultasi.")
    send(pc_b, pc_a)
    pc_a.cases.record_intake(make_intake(worker__name="Lokal"))
    pc_a.inquiries.record(InquiryInput(topic="biaya_penempatan", question="Biaya?"))
    expected = Replica(pc_a.store).full_checksum()
    conn = pc_a.store.raw_connection
    for name in digests.wanted_triggers():
        conn.execute(f"DROP TRIGGER {name}")
    for table in ("case_digests", "digest_total", "digest_dirty"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0010_running_digest'")
    path, key = pc_a.store.path, pc_a.db_key
    store = Store.open(path, key, backup_dir=path.parent / "backups")
    try:
        held = store.query("SELECT case_id FROM digest_dirty ORDER BY 1")
        roots = store.query("SELECT id FROM cases UNION SELECT id FROM inquiries"
                            " UNION SELECT ? ORDER BY 1", (DIRECTORY_SCOPE,))
        assert held == roots
        replica = Replica(store)
        assert replica.state_checksum() == expected == replica.full_checksum()
        assert store.query("SELECT count(*) FROM digest_dirty") == [(0,)]
    finally:
        store.close()


def test_a_restored_backup_agrees(admin_core, supervisor, paths, tmp_path):
    supervisor.cases.record_intake(make_intake())
    Replica(supervisor.store).state_checksum()  # the backup holds a clean total...
    bundle = admin_core.maintenance.backup(tmp_path / "cadangan.zip")
    supervisor.cases.record_intake(make_intake(worker__name="Sesudah Cadangan"))
    admin_core.close()
    supervisor.close()
    restore(paths, bundle, ADMIN, ADMIN_PW, TEST_KDF)
    core = log_in(paths, "kasi", STAFF_PW, TEST_KDF)
    try:
        assert core.cases.count() == 1
        agrees(core)
        core.cases.record_intake(make_intake(worker__name="Sesudah Pulih"))
        agrees(core)
    finally:
        core.close()


def test_received_writes_marked_by_another_connection_are_seen(pc_a, pc_b, tmp_path):
    """The sync engine has its own connection: what it writes is marked in the file."""
    number = pc_b.cases.record_intake(make_intake())
    agrees(pc_a)
    other = log_in(pc_a.paths, "kasi", STAFF_PW, TEST_KDF, record_login=False)
    try:
        replica = Replica(other.store)
        replica.receive(replica.parse(forwarded(pc_b)), NOW)
    finally:
        other.close()
    assert case_id_of(pc_a, number) in dirty(pc_a)
    agrees(pc_a)


# -- locating drift -------------------------------------------------------------------------------

def test_bucket_checksums_and_the_digests_of_some_buckets(pc_a):
    for n in range(6):
        pc_a.cases.record_intake(make_intake(worker__name=f"Pekerja {n}"))
    pc_a.inquiries.record(InquiryInput(topic="biaya_penempatan", question="Biaya?"))
    conn = pc_a.store.raw_connection
    roots = [r[0] for r in conn.execute(
        "SELECT id FROM cases UNION SELECT id FROM inquiries UNION SELECT ?",
        (DIRECTORY_SCOPE,))]
    recomputed = digests.case_digests_of(conn, roots)
    replica = Replica(pc_a.store)
    assert replica.bucket_checksums() == bucket_checksums(
        (case_id, rows, digest) for case_id, (rows, digest) in recomputed.items())
    wanted = {drift_bucket(roots[0]), DIRECTORY_SCOPE}
    assert replica.case_digests_in(wanted) == {
        c: d for c, d in recomputed.items() if drift_bucket(c) in wanted}
    assert replica.case_digests_in([]) == {}


def test_a_trigger_in_an_older_form_is_made_again_and_every_case_recomputed(pc_a):
    """A newer release changed a trigger: the store's older form (here: one that marks
    nothing) is replaced when the store opens, and what it missed is counted."""
    pc_a.cases.record_intake(make_intake())
    agrees(pc_a)
    name = digests.trigger_name("workers", "update")
    conn = pc_a.store.raw_connection
    conn.execute(f"DROP TRIGGER {name}")
    conn.execute(f"CREATE TRIGGER {name} AFTER UPDATE ON workers BEGIN SELECT 1; END")
    conn.execute("UPDATE workers SET name = 'Dengan Pemicu Lama'")
    assert dirty(pc_a) == set()
    path, key = pc_a.store.path, pc_a.db_key
    store = Store.open(path, key)
    try:
        kept = store.query("SELECT sql FROM sqlite_master WHERE name = ?", (name,))
        assert kept == [(digests.wanted_triggers()[name],)]
        replica = Replica(store)
        assert replica.state_checksum() == replica.full_checksum()
    finally:
        store.close()


def test_digests_kept_by_another_rule_are_all_made_again(pc_a):
    """A release that adds a replicated column changes every digest: the store notices the
    rule it kept them by is not this one and recomputes them all once."""
    pc_a.cases.record_intake(make_intake())
    agrees(pc_a)
    conn = pc_a.store.raw_connection
    conn.execute("UPDATE meta SET value = 'an older rule' WHERE key = ?", (digests.RULE_KEY,))
    conn.execute("UPDATE case_digests SET digest = printf('%064d', 7)")  # as the old rule made
    path, key = pc_a.store.path, pc_a.db_key
    store = Store.open(path, key)
    try:
        assert store.query_one("SELECT value FROM meta WHERE key = ?",
                               (digests.RULE_KEY,))[0] == digests.rule_fingerprint()
        replica = Replica(store)
        assert replica.state_checksum() == replica.full_checksum()
    finally:
        store.close()


def test_looking_for_cases_that_left_reads_only_other_offices_cases(pc_a):
    """After every sync round an office PC looks for cases moved to another office: two
    ranges of an index, not every case it holds (the idle sync stays flat)."""
    numbers = [pc_a.cases.record_intake(make_intake()) for _ in range(3)]
    moved = case_id_of(pc_a, numbers[1])
    pc_a.store.raw_connection.execute("UPDATE cases SET office_code = 'SMG' WHERE id = ?",
                                      (moved,))
    replica = Replica(pc_a.store)
    assert replica.cases_elsewhere("SBY") == [moved]
    plan = pc_a.store.query(f"EXPLAIN QUERY PLAN {CASES_ELSEWHERE}", ("SBY", "SBY"))
    steps = [row[-1] for row in plan if row[-1].startswith(("SCAN", "SEARCH"))]
    assert steps and all("USING INDEX cases_office" in step for step in steps), plan
