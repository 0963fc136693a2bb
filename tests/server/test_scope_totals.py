"""The running scope totals (issue 15): each office's total of its case digests, kept in the
transaction of every write, equals a full recomputation from the rows after every kind of
write (pushes, central edits, assignment and transfer, conflicts and their settling,
information requests, the directory, accounts, anonymisation), on SQLite and PostgreSQL;
and a scope's checksum reads one row per office, never one per case.

The writes (WRITES, a `World` of enrolled devices) are shared with test_field_clocks.py,
which checks the stored field clocks after each of them the same way."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from sqlalchemy import event, insert, select, update

from sync import protocol
from sync.protocol import ScopeTotal
from sync.server.db.tables import case_digests, conflicts, scope_digests
from sync.server.services import digests, directory, retention, sync_pull
from sync.server.services import reference as reference_service
from sync.server.services.actor import Actor, cli_actor
from tests.server.helpers import Device, create_case
from tests.server.retention_helpers import AS_OF, NOW, attach, closed_case, inquiry
from tests.server.sync_helpers import (
    case_insert,
    change,
    event_insert,
    hlc,
    real_time,
    round_trip,
    wall,
)
from tests.server.test_casework import KBRI_KL, entry_fields, referral_fields
from tests.server.test_inquiries import inquiry_fields

pytestmark = pytest.mark.usefixtures("backend")

OFFICES = ("PST", "SBY", "SMG", "JYP")  # JYP: an office with nothing in it


@dataclass
class World:
    client: object
    ctx: object
    devices: dict[str, Device]
    ids: dict[str, str] = field(default_factory=dict)
    clocks: dict[str, str] = field(default_factory=dict)  # clocks pushed, by name

    def push(self, office: str, items: list[dict]) -> dict:
        answer = round_trip(self.client, self.devices[office], items)
        assert answer["rejected"] == [], answer["rejected"]
        return answer


@pytest.fixture
def world(client, ctx, devices, clock) -> World:
    real_time(clock)  # the pushes carry real clocks
    return World(client, ctx, devices)


def actors(world: World) -> list[Actor]:
    out = [Actor(user="t", device=d.device_id, office_code=d.office,
                 national=d.office == "PST") for d in world.devices.values()]
    return [*out, Actor(user="t", device="none", office_code="JYP", national=False)]


# -- the writes ----------------------------------------------------------------------------------

def new_cases(w: World) -> None:
    """Two offices push new cases whole: the case, its people, a checklist item, a step, a
    referral."""
    for office, name in (("SBY", "a"), ("SBY", "b"), ("SMG", "c")):
        case = case_insert(w.devices[office], hlc())
        case_id = case["entity_id"]
        w.clocks[name] = case["hlc"]
        worker_id, person_id = str(uuid.uuid4()), str(uuid.uuid4())
        w.ids[name], w.ids[f"{name}.worker"] = case_id, worker_id
        w.clocks[f"{name}.worker.name"] = worker_clock = hlc()  # what an edit has seen
        w.push(office, [
            case,
            change("worker", worker_id, case_id, {"id": worker_id, "case_id": case_id,
                                                  "name": "Dewi Lestari", "sex": "P"},
                   worker_clock, op="insert"),
            change("complainant", person_id, case_id, {"id": person_id, "case_id": case_id,
                                                       "name": "Siti Aminah"}, hlc(),
                   op="insert"),
            change("document", f"{case_id}:paspor", case_id, {
                "id": f"{case_id}:paspor", "case_id": case_id, "doc_type": "paspor",
                "state": "tidak_ada", "note": "", "updated_at": "2026-12-01T03:00:00Z"},
                w.clocks.setdefault(f"{name}.document", hlc()), op="insert"),
            event_insert(case_id, hlc()),
            change("referral", (ref := referral_fields(case_id))["id"], case_id, ref,
                   w.clocks.setdefault(f"{name}.referral", hlc()), op="insert"),
        ])
        w.ids[f"{name}.referral"] = ref["id"]


def edits(w: World) -> None:
    """Edits of rows the server holds, each having seen the version it changes."""
    a = w.ids["a"]
    w.clocks["a.status"] = moved = hlc()
    w.push("SBY", [
        change("case", a, a, {"description": "Diperbarui dari kantor.", "status": "proses"},
               moved, base={"description": w.clocks["a"], "status": w.clocks["a"]}),
        change("worker", w.ids["a.worker"], a, {"name": "Dewi Lestari Putri"}, hlc(),
               base={"name": w.clocks["a.worker.name"]}),
        change("document", f"{a}:paspor", a, {"state": "ada"}, hlc(),
               base={"state": w.clocks["a.document"]}),
        change("referral", w.ids["a.referral"], a,
               {"reply_on": "2026-12-05", "reply_summary": "Dijawab."}, hlc(),
               base=dict.fromkeys(("reply_on", "reply_summary"), w.clocks["a.referral"])),
    ])


def timeline_and_attachment(w: World) -> None:
    a = w.ids["a"]
    w.push("SBY", [event_insert(a, hlc(), "Menelepon majikan.")])
    attach(w.client, w.devices["SBY"], a, b"%PDF-1.4 running totals")


def directory_entries(w: World) -> None:
    """An office's own partner pushed, an edit of a seed entry by the national PC, and
    central's own insert and edit."""
    entry = entry_fields("SBY")
    w.push("SBY", [change("stakeholder", entry["id"], "", entry, hlc(), op="insert")])
    w.push("PST", [change("stakeholder", KBRI_KL, "", {"phone": "+60321168000"}, hlc())])
    with w.ctx.db.write() as conn:
        ref = reference_service.load(conn)
        central = entry_fields("", name="PT Pusat Sejahtera")
        directory.insert_entry(conn, cli_actor("PST"), w.ctx.now(), central, ref)
        directory.update_entry(conn, cli_actor("PST"), w.ctx.now(), central["id"],
                               {"address": "Jl. Gatot Subroto 44"}, ref)


def information_requests(w: World) -> None:
    asked = inquiry_fields("SBY")
    w.ids["request"] = asked["id"]
    w.push("SBY", [change("inquiry", asked["id"], asked["id"], asked, hlc(), op="insert")])
    w.push("SBY", [change("inquiry", asked["id"], asked["id"], {"answer": "Dijawab lagi."},
                          hlc())])
    other = inquiry_fields("SMG")
    w.push("SMG", [change("inquiry", other["id"], other["id"], other, hlc(), op="insert")])


def central_case_and_assignment(w: World) -> None:
    """A complaint recorded at central stays there, then is assigned to an office."""
    pst = w.devices["PST"]
    case = create_case(w.client, pst, worker__passport="C1111111")["case"]
    w.ids["central"] = case["id"]
    resp = w.client.post(f"/api/v1/cases/{case['id']}/assign", headers=pst.headers,
                         json={"office_code": "SMG", "note": "Domisili Semarang"})
    assert resp.status_code == 200, resp.text


def concurrent_edits(w: World) -> None:
    """Two PCs of an office edit one field without seeing each other's value (a conflict
    kept for a person), and a status move from a status the case no longer has (refused,
    kept as a conflict, the status re-stated by the server)."""
    a = w.ids["a"]
    w.clocks["a.worker.name"] = clashing = hlc()
    answer = w.push("SBY", [change("worker", w.ids["a.worker"], a, {"name": "Dewi L."},
                                   clashing, base={"name": "1000000000000-0000-other000"})])
    assert answer["acked"] == 1
    at = wall(hlc())
    seen = {"status": w.clocks["a.status"], "outcome": w.clocks["a"]}
    w.push("SBY", [change("case", a, a, {"status": "selesai", "outcome": "dipulangkan"},
                          hlc(at), base=seen)])
    w.push("SBY", [change("case", a, a, {"status": "menunggu_dokumen"}, hlc(at + 1000),
                          base={"status": w.clocks["a.status"]})])
    with w.ctx.db.read() as conn:
        reasons = sorted(conn.scalars(select(conflicts.c.reason)
                                      .where(conflicts.c.case_id == a)))
    assert reasons == ["concurrent_edit", "status_transition"]


def settling(w: World) -> None:
    """A PC settles the concurrent edit: the conflict row's resolution, and the value."""
    a = w.ids["a"]
    with w.ctx.db.read() as conn:
        conflict_id = conn.scalar(select(conflicts.c.id).where(
            conflicts.c.case_id == a, conflicts.c.reason == "concurrent_edit"))
    w.push("SBY", [
        change("worker", w.ids["a.worker"], a, {"name": "Dewi Lestari Putri"}, hlc(),
               base={"name": w.clocks["a.worker.name"]}),
        change("conflict", conflict_id, a, {"resolved_at": "2026-12-02T03:00:00.000000Z",
                                            "resolved_by": "kasi", "resolution": "other"},
               hlc()),
    ])


def transfer(w: World) -> None:
    pst = w.devices["PST"]
    resp = w.client.post(f"/api/v1/cases/{w.ids['b']}/transfer", headers=pst.headers,
                         json={"office_code": "SMG", "reason": "Keluarga pindah."})
    assert resp.status_code == 200, resp.text


def accounts(w: World) -> None:
    pst = w.devices["PST"]
    resp = w.client.post("/api/v1/staff", headers=pst.headers, json={
        "username": "budi.sby", "full_name": "Budi Santoso", "office_code": "SBY",
        "role": "case_officer", "password": "rahasia-123"})
    assert resp.status_code == 201, resp.text
    resp = w.client.patch(f"/api/v1/staff/{resp.json()['id']}", headers=pst.headers,
                          json={"full_name": "Budi Santoso Wijaya"})
    assert resp.status_code == 200, resp.text


def anonymisation(w: World) -> None:
    """Retention anonymises a case closed long ago (its log and timeline rewritten in place,
    its other rows through server changes) and an old information request."""
    sby = w.devices["SBY"]
    old = closed_case(w.client, sby, "2019-03-01T03:00:00.000000Z", content=b"%PDF-1.4 ktp")
    inquiry(w.client, sby, "2020-01-10T03:00:00.000000Z")
    result = retention.run(w.ctx.db, cli_actor("PST"), NOW, AS_OF)
    assert old["number"] in result.cases and result.inquiries == 1


def a_batch_sent_again(w: World) -> None:
    """A PC that lost the answer sends its batch again: acknowledged, nothing applied."""
    sby = w.devices["SBY"]
    case = case_insert(sby, hlc())
    items = [case, event_insert(case["entity_id"], hlc())]
    w.push("SBY", items)
    assert w.push("SBY", items)["acked"] == 2


WRITES: tuple[Callable[[World], None], ...] = (
    new_cases, edits, timeline_and_attachment, directory_entries, information_requests,
    central_case_and_assignment, concurrent_edits, settling, transfer, accounts,
    anonymisation, a_batch_sent_again)


# -- what must hold --------------------------------------------------------------------------

def _nonzero(totals: dict[str, ScopeTotal]) -> dict[str, ScopeTotal]:
    return {office: t for office, t in totals.items() if t != ScopeTotal()}


def totals_agree(w: World, after: str) -> None:
    """Every scope's running checksum equals its recomputation from the rows; the case
    digests are their rows' and the totals their sums; the roots are counted right."""
    with w.ctx.db.read() as conn:
        for actor in actors(w):
            assert sync_pull.checksum(conn, actor) == sync_pull.compute_checksum(conn, actor), (
                f"{actor.office_code} after {after}")
            office = None if actor.national else actor.office_code
            assert digests.scope_roots(conn, actor) == len(digests.root_ids(conn, office)), (
                f"roots of {actor.office_code} after {after}")
        roots = [protocol.DIRECTORY_SCOPE, *digests.root_ids(conn)]
        offices = digests.root_offices(conn, roots)
        kept = {r.case_id: (r.office_code, r.rows, r.digest)
                for r in conn.execute(select(case_digests))}
        assert kept == {case_id: (offices[case_id], *found) for case_id, found
                        in digests.case_digests_of(conn, roots).items()}, after
        assert _nonzero(digests.stored_totals(conn)) == _nonzero(
            digests.totals_from_digests(conn)), after


def test_the_running_totals_equal_a_full_recomputation_after_every_kind_of_write(world):
    totals_agree(world, "the seed")
    for write in WRITES:
        write(world)
        totals_agree(world, write.__name__)


# -- reading a scope's checksum ------------------------------------------------------------------

def _statements(ctx, work: Callable[[], object]) -> list[str]:
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", record)
    try:
        work()
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", record)
    return seen


@pytest.mark.parametrize("office", ["SBY", "PST"])
def test_a_scope_checksum_reads_the_office_totals_not_the_cases(world, office):
    new_cases(world)
    central_case_and_assignment(world)
    actor = next(a for a in actors(world) if a.office_code == office)
    with world.ctx.db.read() as conn:
        seen = _statements(world.ctx, lambda: (digests.scope_checksum(conn, actor),
                                               digests.scope_roots(conn, actor)))
        assert digests.scope_checksum(conn, actor) == sync_pull.compute_checksum(conn, actor)
        assert digests.scope_roots(conn, actor) == (4 if office == "PST" else 2)
    assert len(seen) == 2 and all("scope_digests" in s for s in seen)
    assert not any("case_digests" in s or "cases" in s for s in seen)


def test_the_directory_alone_is_the_scope_of_an_empty_office(world):
    actor = Actor(user="t", device="none", office_code="JYP", national=False)
    with world.ctx.db.read() as conn:
        assert digests.scope_checksum(conn, actor) == protocol.combine(
            [digests.directory_digest(conn)])
        assert digests.scope_roots(conn, actor) == 0


# -- the digest of one case, moved or emptied ------------------------------------------------------

def test_a_moved_case_leaves_its_old_office_total_and_joins_the_new_one(world):
    new_cases(world)
    with world.ctx.db.read() as conn:
        before = digests.stored_totals(conn)
        a_digest = conn.execute(select(case_digests.c.rows, case_digests.c.digest).where(
            case_digests.c.case_id == world.ids["a"])).one()
    transfer_a = world.client.post(f"/api/v1/cases/{world.ids['a']}/transfer",
                                   headers=world.devices["PST"].headers,
                                   json={"office_code": "SMG", "reason": "Pindah."})
    assert transfer_a.status_code == 200, transfer_a.text
    with world.ctx.db.read() as conn:
        after = digests.stored_totals(conn)
        moved = conn.execute(select(case_digests.c.rows, case_digests.c.digest).where(
            case_digests.c.case_id == world.ids["a"])).one()
    # The old office loses exactly the case's old digest; the new one gains its new one.
    assert after["SBY"] == before["SBY"].minus(*a_digest)
    assert after["SMG"] == before["SMG"].plus(*moved)


def test_a_digest_whose_case_has_no_rows_is_removed_and_subtracted(world):
    """A digest row left over for a root that holds nothing (as refresh_all finds after a
    migration) comes off its office's total."""
    new_cases(world)
    ghost = (7, "ab" * 32)
    with world.ctx.db.write() as conn:
        conn.execute(insert(case_digests).values(case_id="ghost", office_code="SBY",
                                                 rows=ghost[0], digest=ghost[1]))
        before = digests.stored_totals(conn)["SBY"]
        conn.execute(update(scope_digests).where(scope_digests.c.office_code == "SBY")
                     .values(rows=before.plus(*ghost).rows, roots=before.plus(*ghost).roots,
                             acc=f"{before.plus(*ghost).acc:064x}"))
        digests.refresh(conn, ["ghost"])
        assert conn.scalar(select(case_digests.c.case_id).where(
            case_digests.c.case_id == "ghost")) is None
        assert digests.stored_totals(conn)["SBY"] == before


def test_refresh_all_repairs_a_drifted_total_and_a_stale_case_digest(world):
    new_cases(world)
    information_requests(world)
    with world.ctx.db.write() as conn:
        conn.execute(update(scope_digests).where(scope_digests.c.office_code == "SBY")
                     .values(acc="0" * 64, rows=1))
        conn.execute(update(case_digests).where(case_digests.c.case_id == world.ids["c"])
                     .values(digest="f" * 64))
    totals = _drift(world)
    assert totals  # the drift shows
    with world.ctx.db.write() as conn:
        digests.refresh_all(conn)
    assert _drift(world) == []
    totals_agree(world, "refresh_all")


def _drift(w: World) -> list[str]:
    with w.ctx.db.read() as conn:
        return [a.office_code for a in actors(w)
                if sync_pull.checksum(conn, a) != sync_pull.compute_checksum(conn, a)]
