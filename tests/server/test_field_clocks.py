"""Stored field clocks (issue 15): each mutable row's {field: newest clock} kept in the
transaction of every logged change equals what the change log rebuilds, after every kind of
write, on SQLite and PostgreSQL; a push reads them in one lookup instead of the rows'
history; concurrent pushes to one row both leave their clocks."""

from __future__ import annotations

import json
import threading
import time

import pytest
from sqlalchemy import delete, event, func, select, text

from sync import protocol
from sync.server.db.tables import case_digests, changes, field_clocks
from sync.server.services import digests, directory, retention, sync_pull
from sync.server.services import field_clocks as clocks_service
from sync.server.services import reference as reference_service
from sync.server.services.actor import Actor, cli_actor
from sync.server.services.sync_apply import apply_push
from tests.server.retention_helpers import AS_OF, NOW, closed_case
from tests.server.sync_helpers import case_insert, change, event_insert, hlc, real_time, wall
from tests.server.test_casework import entry_fields
from tests.server.test_scope_totals import WRITES, World, new_cases

pytestmark = pytest.mark.usefixtures("backend")

EDITS = 5000  # the history of the case whose edit must not read it


@pytest.fixture
def world(client, ctx, devices, clock) -> World:
    real_time(clock)  # the pushes carry real clocks
    return World(client, ctx, devices)


def stored(w: World) -> dict[tuple[str, str], dict[str, str]]:
    with w.ctx.db.read() as conn:
        return {(e, i): c for e, i, c in clocks_service.stored(conn)}


def rebuilt(w: World) -> dict[tuple[str, str], dict[str, str]]:
    with w.ctx.db.read() as conn:
        return {(e, i): c for e, i, c in clocks_service.rebuilt(conn)}


def test_the_stored_clocks_equal_the_change_log_after_every_kind_of_write(world):
    assert stored(world) == rebuilt(world)  # the directory's seed
    for write in WRITES:
        write(world)
        assert stored(world) == rebuilt(world), write.__name__


def test_anonymisation_rewrites_the_log_without_changing_which_fields_each_change_holds(
        world):
    """Retention rewrites a case's logged changes in place, values only: the clocks the log
    gives stay those stored, and the run's own edits are stored like any other."""
    old = closed_case(world.client, world.devices["SBY"], "2019-03-01T03:00:00.000000Z")

    def logged() -> dict[int, tuple[str, list[str]]]:
        with world.ctx.db.read() as conn:
            return {seq: (hlc_, sorted(json.loads(fields))) for seq, hlc_, fields in
                    conn.execute(select(changes.c.seq, changes.c.hlc, changes.c.fields)
                                 .where(changes.c.case_id == old["id"]))}

    before = logged()
    result = retention.run(world.ctx.db, cli_actor("PST"), NOW, AS_OF)
    assert result.cases == [old["number"]]
    after = logged()
    assert {seq: after[seq] for seq in before} == before
    assert len(after) > len(before)  # the anonymisation's own changes
    assert stored(world) == rebuilt(world)


def test_rebuild_from_the_log_gives_the_table_again(world, monkeypatch):
    for write in WRITES:
        write(world)
    kept = stored(world)
    # A few rows per fetch and per insert: the log is streamed while the table is written.
    monkeypatch.setattr(clocks_service, "BATCH", 3)
    with world.ctx.db.write() as conn:
        conn.execute(delete(field_clocks))
        assert clocks_service.rebuild(conn) == len(kept)
    assert stored(world) == kept


def test_a_central_edit_names_the_stored_versions_it_overwrote(world):
    new_cases(world)
    case_id = world.ids["b"]
    before = stored(world)[("case", case_id)]
    resp = world.client.post(f"/api/v1/cases/{case_id}/transfer",
                             headers=world.devices["PST"].headers,
                             json={"office_code": "SMG", "reason": "Pindah."})
    assert resp.status_code == 200, resp.text
    with world.ctx.db.read() as conn:
        base = conn.scalar(select(changes.c.base).where(
            changes.c.entity == "case", changes.c.entity_id == case_id,
            changes.c.left_office == "SBY"))
    assert json.loads(base) == {k: before[k] for k in ("office_code", "updated_at")}


# -- a long history is not read ------------------------------------------------------------------

def _edits(case_id: str, inserted: str, count: int) -> list[dict]:
    """`count` edits of the case's description, each having seen the one before (no
    conflict), each newer than the last and none ahead of the server."""
    start = wall(hlc()) - 10 * count
    clocks = [inserted, *(hlc(start + 10 * n) for n in range(count))]
    return [change("case", case_id, case_id, {"description": f"Catatan ke-{n}."},
                   clocks[n + 1], base={"description": clocks[n]}) for n in range(count)]


def _statements(w: World, work) -> list[str]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(" ".join(statement.split()))

    event.listen(w.ctx.db.engine, "before_cursor_execute", record)
    try:
        work()
    finally:
        event.remove(w.ctx.db.engine, "before_cursor_execute", record)
    return seen


def test_an_edit_of_a_case_with_a_long_history_reads_its_clocks_not_its_history(world):
    sby = world.devices["SBY"]
    case = case_insert(sby, hlc(wall(hlc()) - 10 * EDITS - 1000))
    case_id = case["entity_id"]
    history = [case, *_edits(case_id, case["hlc"], EDITS)]
    for start in range(0, len(history), protocol.MAX_PUSH):
        world.push("SBY", history[start:start + protocol.MAX_PUSH])
    with world.ctx.db.read() as conn:
        assert conn.scalar(select(func.count()).select_from(changes)
                           .where(changes.c.entity_id == case_id)) == EDITS + 1
    newest = stored(world)[("case", case_id)]["description"]
    late = change("case", case_id, case_id, {"description": "Terlambat."},
                  hlc(wall(newest) - 5), base={"description": newest})  # older: it loses
    edit = change("case", case_id, case_id, {"description": "Terbaru.", "officer": "budi"},
                  hlc(), base={"description": newest})
    actor = Actor(user="kasi", device=sby.device_id, office_code="SBY", national=False)
    with world.ctx.db.read() as conn:
        ref = reference_service.load(conn)
    with world.ctx.db.write() as conn:
        seen = _statements(world, lambda: apply_push(
            conn, actor, world.ctx.now(), [protocol.parse_change(c) for c in (late, edit)],
            ref))
    by_entity = [s for s in seen
                 if " FROM changes " in s and "changes.entity_id" in s.partition(" WHERE ")[2]]
    assert by_entity == []  # the history is not read back
    assert sum(" FROM field_clocks " in s for s in seen) == 2  # merged; written, under lock
    with world.ctx.db.read() as conn:
        assert conn.scalar(text("SELECT description FROM cases WHERE id = :id"),
                           {"id": case_id}) == "Terbaru."
    assert stored(world) == rebuilt(world)


# -- concurrent writers of one row (PostgreSQL) --------------------------------------------------

def _someone_waits(w: World) -> bool:
    with w.ctx.db.read() as conn:
        return bool(conn.scalar(text("SELECT count(*) FROM pg_locks WHERE NOT granted")))


def _push_address(w: World, entry_id: str, clock: str, ref) -> None:
    sby = w.devices["SBY"]
    actor = Actor(user="kasi", device=sby.device_id, office_code="SBY", national=False)
    edit = protocol.parse_change(change("stakeholder", entry_id, "",
                                        {"address": "Jl. Pemuda 2"}, clock))
    with w.ctx.db.write() as conn:
        assert apply_push(conn, actor, w.ctx.now(), [edit], ref).rejected == []


def _central_address(w: World, entry_id: str, _clock: str, ref) -> None:
    with w.ctx.db.write() as conn:
        directory.update_entry(conn, cli_actor("PST"), w.ctx.now(), entry_id,
                               {"address": "Jl. Pemuda 2"}, ref)


@pytest.mark.parametrize("second", [_push_address, _central_address],
                         ids=["another push", "a central edit"])
def test_a_write_waiting_on_a_push_to_one_entry_keeps_both_clocks(world, backend, second):
    """While a push of an entry's phone is uncommitted, another push or a central edit of
    its address starts (a central edit reads the clocks before it waits); the clocks each
    stores are merged with those stored when its turn comes, so neither edit's is lost."""
    if backend != "postgresql":
        pytest.skip("SQLite has one writer at a time: writes never overlap")
    sby = world.devices["SBY"]
    entry = entry_fields("SBY")
    world.push("SBY", [change("stakeholder", entry["id"], "", entry, hlc(), op="insert")])
    actor = Actor(user="kasi", device=sby.device_id, office_code="SBY", national=False)
    with world.ctx.db.read() as conn:
        ref = reference_service.load(conn)
    phone = protocol.parse_change(change("stakeholder", entry["id"], "",
                                         {"phone": "+62318410041"}, hlc()))
    failures: list[BaseException] = []

    def run_second() -> None:
        try:
            second(world, entry["id"], hlc(wall(phone.hlc) + 1), ref)
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    with world.ctx.db.write() as conn:
        assert apply_push(conn, actor, world.ctx.now(), [phone], ref).rejected == []
        thread = threading.Thread(target=run_second)
        thread.start()
        for _ in range(200):
            if _someone_waits(world):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the second write never waited for the first")
    thread.join()
    assert failures == []
    clocks = stored(world)[("stakeholder", entry["id"])]
    assert clocks["phone"] == phone.hlc and clocks["address"] > phone.hlc
    assert stored(world) == rebuilt(world)


def test_a_push_to_a_case_with_a_long_timeline_does_not_read_the_timeline(world):
    """A case's digest moves by the rows a push writes (digests.shift): an edit and one
    more step of a case with many steps read neither the case's steps nor its history,
    and the digests and totals still equal a recomputation."""
    sby = world.devices["SBY"]
    start = wall(hlc()) - 10_000
    case = case_insert(sby, hlc(start))
    case_id = case["entity_id"]
    steps = [event_insert(case_id, hlc(start + 1 + n), f"Langkah {n}.") for n in range(600)]
    history = [case, *steps]
    for at in range(0, len(history), protocol.MAX_PUSH):
        world.push("SBY", history[at:at + protocol.MAX_PUSH])
    edit = change("case", case_id, case_id, {"description": "Terbaru."}, hlc(),
                  base={"description": case["hlc"]})
    step = event_insert(case_id, hlc(), "Langkah terakhir.")
    actor = Actor(user="kasi", device=sby.device_id, office_code="SBY", national=False)
    with world.ctx.db.read() as conn:
        ref = reference_service.load(conn)
    with world.ctx.db.write() as conn:
        seen = _statements(world, lambda: apply_push(
            conn, actor, world.ctx.now(), [protocol.parse_change(c) for c in (edit, step)],
            ref))
    by_case = [s for s in seen if " FROM events " in s or " FROM changes " in s
               if "case_id" in s.partition(" WHERE ")[2]]
    assert by_case == []  # neither the steps nor the history, by the case they belong to
    with world.ctx.db.read() as conn:
        assert digests.case_digests_of(conn, [case_id])[case_id] == tuple(conn.execute(
            select(case_digests.c.rows, case_digests.c.digest)
            .where(case_digests.c.case_id == case_id)).one())
        for actor_ in (actor, cli_actor()):
            assert sync_pull.checksum(conn, actor_) == sync_pull.compute_checksum(conn, actor_)
