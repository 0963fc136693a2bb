"""A received batch is merged in order but written per table at its end
(desktop/store/replica.py `_Writes`): the result is the one of applying the changes one at
a time, whatever order they come in.

Each test applies the same changes to two stores: in one batch on one, one change per
batch on the other, and checks what the merge rule says and that the two agree.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from desktop.services.maintenance import outbox_errors
from desktop.store.replica import Replica
from sync.hlc import format_hlc, now_ms
from tests import casework_rows as rows
from tests.conftest import make_intake
from tests.unit.conftest import supervisor_pc
from tests.unit.test_replica import directory_of, forwarded

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)


def _pc(tmp_path, name: str, letter: str):
    core = supervisor_pc(tmp_path / name, letter)
    yield core
    core.close()


@pytest.fixture
def source(tmp_path):
    yield from _pc(tmp_path, "source", "A")


@pytest.fixture
def batched(tmp_path):
    yield from _pc(tmp_path, "batched", "B")


@pytest.fixture
def single(tmp_path):
    yield from _pc(tmp_path, "single", "C")


class _Server:
    """Updates as the server forwards them: clocks a minute ahead of the test's start (of
    every local one), `tick` ms more each, so their order is the ticks'."""

    def __init__(self) -> None:
        self.base = now_ms() + 60_000

    def update(self, entity: str, entity_id: str, case_id: str, fields: dict,
               tick: int) -> dict:
        return {"change_id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id,
                "case_id": case_id, "op": "update", "fields": fields,
                "hlc": format_hlc(self.base + tick, 0, "server"), "user": "budi",
                "device": "server", "created_at": "2026-12-01T03:00:00.000000Z"}


@pytest.fixture
def server():
    return _Server()


def both_ways(batched, single, changes: list[dict], *, log_replays: bool = True
              ) -> tuple[dict, dict]:
    """Receive `changes` in one batch on `batched`, one by one on `single`; returns the
    stats of each (summed for `single`) after checking the stores agree. log_replays:
    the consistency check replays the log to the rows (not when a change is older than
    the row's insert: it says so)."""
    replica = Replica(batched.store)
    one = replica.receive(replica.parse(changes), NOW)
    other = Replica(single.store)
    summed = {"applied": 0, "duplicates": 0, "stale_fields": 0, "orphans": 0}
    for ch in changes:
        stats = other.receive(other.parse([ch]), NOW)
        for name in summed:
            summed[name] += getattr(stats, name)
    assert replica.full_checksum() == other.full_checksum()
    for table in ("case_search", "case_clock", "stakeholder_search"):
        assert held(batched, table) == held(single, table), table
    if log_replays:
        assert outbox_errors(batched.store) == [] and outbox_errors(single.store) == []
    return {name: getattr(one, name) for name in summed}, summed


def held(core, table: str) -> list[tuple]:
    rowid = "" if table == "case_clock" else "rowid, "
    return sorted(core.store.query(f"SELECT {rowid}* FROM {table}"))


def recorded(source) -> tuple[str, dict, list[dict]]:
    """A case recorded on `source`: its number, ids and the changes the server forwards."""
    number = source.cases.record_intake(make_intake())
    detail = source.cases.get(number)
    ids = {"case": detail.case["id"], "worker": detail.worker["id"]}
    return number, ids, forwarded(source)


def test_a_row_inserted_then_updated_in_one_batch_is_inserted_with_its_final_values(
        source, batched, single, server):
    _number, ids, inserts = recorded(source)
    case_id = ids["case"]
    changes = [*inserts,
               server.update("case", case_id, case_id, {"status": "proses"}, 1),
               server.update("worker", ids["worker"], case_id,
                             {"employer_name": "Majikan Baru"}, 2),
               server.update("case", case_id, case_id, {"officer": "kasi", "urgent": "1"}, 3)]
    mine, theirs = both_ways(batched, single, changes)
    assert mine == theirs and mine["applied"] == len(changes)
    case = batched.store.query_dicts("SELECT * FROM cases WHERE id = ?", (case_id,))[0]
    assert (case["status"], case["officer"], case["urgent"]) == ("proses", "kasi", "1")
    assert batched.store.query_one("SELECT employer_name FROM workers WHERE id = ?",
                                   (ids["worker"],)) == ("Majikan Baru",)


def test_two_updates_of_a_field_with_clocks_out_of_order_keep_the_newer(
        source, batched, single, server):
    _number, ids, inserts = recorded(source)
    case_id = ids["case"]
    for core in (batched, single):
        Replica(core.store).receive(Replica(core.store).parse(inserts), NOW)
    changes = [server.update("case", case_id, case_id, {"status": "proses", "officer": "ani"},
                             5),
               server.update("case", case_id, case_id, {"status": "menunggu_dokumen"}, 2),
               server.update("worker", ids["worker"], case_id, {"job": "konstruksi"}, 1),
               server.update("worker", ids["worker"], case_id, {"job": "perkebunan"}, 4)]
    mine, theirs = both_ways(batched, single, changes)
    assert mine == theirs
    assert mine["stale_fields"] == 1  # the older status
    assert batched.store.query_one("SELECT status, officer FROM cases WHERE id = ?",
                                   (case_id,)) == ("proses", "ani")
    assert batched.store.query_one("SELECT job FROM workers WHERE id = ?",
                                   (ids["worker"],)) == ("perkebunan",)


def test_an_older_update_of_a_row_inserted_in_the_batch_loses_to_the_insert(
        source, batched, single, server):
    _number, ids, inserts = recorded(source)
    case_id = ids["case"]
    stale = {**server.update("case", case_id, case_id, {"status": "proses"}, 0),
             "hlc": format_hlc(1, 0, "old")}
    mine, theirs = both_ways(batched, single, [*inserts, stale], log_replays=False)
    assert mine == theirs and mine["stale_fields"] == 1
    assert batched.store.query_one("SELECT status FROM cases WHERE id = ?", (case_id,)) == (
        "baru",)


def test_an_orphan_whose_case_arrives_later_in_the_batch_stays_an_orphan(
        source, batched, single):
    _number, ids, inserts = recorded(source)
    worker_insert = next(c for c in inserts if c["entity"] == "worker")
    rest = [c for c in inserts if c is not worker_insert]
    mine, theirs = both_ways(batched, single, [worker_insert, *rest])
    assert mine == theirs and mine["orphans"] == 1
    assert batched.store.query("SELECT count(*) FROM workers") == [(0,)]
    assert batched.store.query("SELECT count(*) FROM cases") == [(1,)]
    # Not logged: when the heal sends the case again, the row comes with it.
    stats = Replica(batched.store).receive(Replica(batched.store).parse(inserts), NOW)
    assert stats.applied == 1 and stats.duplicates == len(rest)
    assert batched.store.query("SELECT count(*) FROM workers") == [(1,)]


def test_duplicates_in_the_batch_and_from_before_are_counted_once_applied(
        source, batched, single, server):
    _number, ids, inserts = recorded(source)
    case_id = ids["case"]
    edit = server.update("case", case_id, case_id, {"status": "proses"}, 1)
    mine, theirs = both_ways(batched, single, [*inserts, edit, edit, inserts[0]])
    assert mine == theirs
    assert mine["applied"] == len(inserts) + 1 and mine["duplicates"] == 2
    assert batched.store.query("SELECT count(*) FROM changes WHERE change_id = ?",
                               (edit["change_id"],)) == [(1,)]


def test_cases_their_rows_and_directory_entries_in_one_mixed_batch(
        source, batched, single):
    first = source.cases.record_intake(make_intake(worker__name="Pertama"))
    source.cases.add_event(first, "konsultasi", "Konsultasi.")
    rows.add_referral(source, first)
    second = source.cases.record_intake(make_intake(worker__name="Kedua",
                                                    worker__passport="C7654321"))
    source.cases.change_status(second, "proses")
    source.cases.set_document(second, "paspor", "ada")
    entry = rows.add_stakeholder(source, "PT Mitra Sejati")
    rows.edit_stakeholder(source, entry, name="PT Mitra Sejati Abadi")
    changes = [*forwarded(source), *directory_of(source)]
    mine, theirs = both_ways(batched, single, changes)
    assert mine == theirs and mine["orphans"] == 0
    assert Replica(batched.store).full_checksum() == Replica(source.store).full_checksum()
    # New rows take their rowids in the order they arrived, as one at a time.
    assert [r[0] for r in batched.store.query("SELECT case_number FROM cases ORDER BY seq")] \
        == [first, second]
    assert batched.search.search("Kedua") == [batched.cases.resolve(second)["seq"]]


def test_updates_of_different_fields_of_many_rows_are_each_written(
        source, batched, single, server):
    cases = [recorded(source) for _ in range(3)]
    inserts = forwarded(source)
    for core in (batched, single):
        Replica(core.store).receive(Replica(core.store).parse(inserts), NOW)
    changes = []
    for n, (_number, ids, _) in enumerate(cases):
        fields = [{"status": "proses"}, {"officer": "ani"}, {"status": "proses", "officer": "ani"}]
        changes.append(server.update("case", ids["case"], ids["case"], fields[n], n))
    mine, theirs = both_ways(batched, single, changes)
    assert mine == theirs and mine["applied"] == 3
    assert batched.store.query("SELECT status, officer FROM cases ORDER BY seq") == [
        ("proses", ""), ("baru", "ani"), ("proses", "ani")]


def test_an_update_of_a_timeline_step_changes_nothing(source, batched, single, server):
    number, ids, _ = recorded(source)
    source.cases.add_event(number, "konsultasi", "Konsultasi.")
    inserts = forwarded(source)
    event = next(c for c in inserts if c["entity"] == "event" and "Konsultasi" in str(c))
    edit = server.update("event", event["entity_id"], ids["case"], {"summary": "Diubah"}, 1)
    mine, theirs = both_ways(batched, single, [*inserts, edit], log_replays=False)
    assert mine == theirs and mine["stale_fields"] == 1
    assert batched.store.query_one("SELECT summary FROM events WHERE id = ?",
                                   (event["entity_id"],)) == ("Konsultasi.",)
