"""Regressions found by the sync fault and property tests (each names what went wrong)."""

from __future__ import annotations

import pytest

from desktop.store.replica import Replica
from desktop.sync.api import CentralClient
from tests.conftest import make_intake
from tests.server.helpers import case_body
from tests.sync.harness import converged

pytestmark = pytest.mark.usefixtures("backend")


def no_heal(pc):
    report = pc.sync()
    assert not report.healed and report.checksum_ok, report
    return report


def central(pst) -> CentralClient:
    return CentralClient(pst.url, pst.credential, user="operator.pusat")


def test_the_conflict_a_push_causes_reaches_the_pusher_without_a_re_download(make_pc,
                                                                             server_ctx):
    # The server logged the conflict under the pushing device, and the pull left out
    # everything of that device as "its own changes": only the checksum's re-download
    # brought the conflict to the PC that caused it.
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    no_heal(a)
    no_heal(b)
    worker = make_intake().worker
    worker.employer_name = "Versi A"
    a.core.cases.update_people(number, worker=worker)
    worker.employer_name = "Versi B"
    b.core.cases.update_people(number, worker=worker)
    no_heal(a)
    no_heal(b)
    assert b.core.store.query("SELECT field FROM conflicts") == [("employer_name",)]
    assert converged(server_ctx, b)


def test_a_status_the_server_re_states_reaches_the_pusher_without_a_re_download(make_pc):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.core.cases.change_status(number, "proses")
    no_heal(a)
    no_heal(b)
    a.core.cases.change_status(number, "selesai", outcome="dipulangkan")
    b.core.cases.change_status(number, "menunggu_dokumen")
    no_heal(a)
    no_heal(b)
    assert b.core.cases.get(number).case["status"] == "selesai"


def test_what_the_national_pc_does_centrally_reaches_it_without_a_re_download(make_pc,
                                                                              server_ctx):
    # Creating and transferring cases through the central API is logged under the PST
    # device too: the PST PC never got those changes except by re-downloading everything.
    sby, pst = make_pc("SBY"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    no_heal(sby)
    no_heal(pst)
    with central(pst) as api:
        api.transfer_case(number, "SMG", "Pengadu pindah ke Semarang.")
        created = api.create_case(**{k: v for k, v in case_body().items()
                                     if k in ("complaint", "complainant", "worker")})
    no_heal(pst)
    moved = pst.core.cases.get(number)
    assert moved.case["office_code"] == "SMG"
    assert "dialihkan" in {e["event_type"] for e in moved.events}
    assert pst.core.cases.get(created["case"]["case_number"]).case["office_code"] == "PST"
    assert converged(server_ctx, pst)
    assert Replica(pst.core.store).pending_count() == 0


def test_a_step_recorded_after_a_transfer_by_a_pc_that_did_not_know_of_it_is_kept(make_pc,
                                                                                 server_ctx):
    # The server accepted a late push for a case that left the office only when the change
    # was older (clock order) than the move; an SBY PC offline since the transfer records
    # later than it without knowing, and its step was refused, then removed with the case.
    sby, smg, pst = make_pc("SBY"), make_pc("SMG"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    no_heal(sby)
    with central(pst) as api:
        api.transfer_case(number, "SMG", "Pengadu pindah ke Semarang.")
    _clock_past(server_ctx)
    sby.core.cases.add_event(number, "konsultasi", "Dicatat sesudah pemindahan, belum tahu.")
    report = no_heal(sby)
    assert report.rejected == 0 and report.removed == [number]
    assert Replica(sby.core.store).rejected() == []
    no_heal(smg)
    summaries = [e["summary"] for e in smg.core.cases.get(number).events]
    assert "Dicatat sesudah pemindahan, belum tahu." in summaries
    assert converged(server_ctx, smg) and converged(server_ctx, sby)


def test_a_pc_that_knew_of_the_transfer_cannot_write_to_the_case_any_more(make_pc, server_ctx):
    sby, pst = make_pc("SBY"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    no_heal(sby)
    with central(pst) as api:
        api.transfer_case(number, "SMG", "Pengadu pindah ke Semarang.")
    assert sby.sync().removed == [number]  # learns of it: the case leaves this PC
    assert sby.core.store.query("SELECT count(*) FROM cases") == [(0,)]
    # A change for it now (a stale client, or a forged one) is refused by the server.
    from desktop.sync.engine import _wire

    with server_ctx.db.read() as conn:
        from sqlalchemy import select

        from sync.server.db.tables import cases
        case_id = conn.scalar(select(cases.c.id).where(cases.c.case_number == number))
    engine = sby.engine()
    change = _wire(type("C", (), {
        "change_id": "forged-after-transfer", "entity": "case", "entity_id": case_id,
        "case_id": case_id, "op": "update", "fields": {"description": "Ditulis kemudian."},
        "hlc": Replica(sby.core.store).store.clock.tick(), "user": "kasi", "device": "x",
        "created_at": "", "base": {}})())
    answer = engine.transport.round({"cursor": Replica(sby.core.store).cursor(),
                                     "changes": [change]})
    assert [r["code"] for r in answer["rejected"]] == ["sync_out_of_scope"]


def _clock_past(server_ctx) -> None:
    """Wait (bounded) until this machine's clock is past the server's newest change, so the
    next change recorded here is later than the transfer in clock order too."""
    from sqlalchemy import func, select

    from sync.hlc import now_ms, parse_hlc
    from sync.server.db.tables import changes

    with server_ctx.db.read() as conn:
        newest = conn.scalar(select(func.max(changes.c.hlc)))
    wall = parse_hlc(newest)[0]
    for _ in range(1000):  # a few milliseconds at most
        if now_ms() > wall + 1:
            return
        import time
        time.sleep(0.001)
    raise AssertionError("the clock did not move")


def test_attachment_content_survives_a_transfer_before_its_upload(make_pc):
    """Once a bug: the case left the PC with content not yet sent, and the server refused
    the upload (its scope was the other office by then)."""
    sby, smg, pst = make_pc("SBY"), make_pc("SMG"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    no_heal(sby)
    data = b"%PDF-1.4\n" + b"scan " * 2000
    att = sby.core.attachments.attach(number, data, "paspor.pdf")
    with central(pst) as api:
        api.transfer_case(number, "SMG", "Pengadu pindah ke Semarang.")
    sby.sync()  # pushes the metadata (a late push), learns of the move, removes the case
    smg.sync()
    there = smg.core.attachments.get(att.id)
    smg.engine().fetch(there.sha256, there.size)
    assert smg.core.attachments.content(att.id) == data


def test_more_than_a_batch_recorded_unknowingly_after_a_transfer_is_all_kept(make_pc):
    # Once refused: a PC offline since a transfer recorded more than one batch of steps;
    # the first batch went with a cursor before the move (kept), the later ones with the
    # cursor after it, as if the PC had recorded them knowing the case had left.
    sby, smg, pst = make_pc("SBY"), make_pc("SMG"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    no_heal(sby)
    with central(pst) as api:
        api.transfer_case(number, "SMG", "Pengadu pindah ke Semarang.")
    for i in range(300):  # two changes each (the event and the case's updated_at)
        sby.core.cases.add_event(number, "catatan", f"Catatan {i}")
    assert Replica(sby.core.store).pending_count() > 500
    report = sby.sync()
    assert report.rejected == 0 and report.removed == [number]
    smg.sync()
    notes = [e for e in smg.core.cases.get(number).events if e["event_type"] == "catatan"]
    assert len(notes) == 300


def test_a_pc_sent_the_move_cannot_write_by_naming_its_changes_as_recorded_before_it(
        make_pc, server_ctx):
    # The review's attack: once the move had reached the PC, it only had to list new
    # changes as "before_move" (and send its old cursor) to keep writing to the case.
    sby, smg, pst = make_pc("SBY"), make_pc("SMG"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    no_heal(sby)
    replica = Replica(sby.core.store)
    old_cursor = replica.cursor()
    with central(pst) as api:
        api.transfer_case(number, "SMG", "Pengadu pindah ke Semarang.")
    assert sby.sync().removed == [number]  # the move reached it
    from sqlalchemy import select

    from desktop.sync.engine import _wire
    from sync.server.db.tables import cases

    with server_ctx.db.read() as conn:
        case_id = conn.scalar(select(cases.c.id).where(cases.c.case_number == number))

    def forged(change_id, entity, entity_id, op, fields):
        return _wire(type("C", (), {
            "change_id": change_id, "entity": entity, "entity_id": entity_id,
            "case_id": case_id, "op": op, "fields": fields,
            "hlc": replica.store.clock.tick(), "user": "kasi", "device": "x",
            "created_at": "", "base": {}})())

    batch = [forged("after-move-1", "case", case_id, "update",
                    {"description": "Ditulis sesudah tahu kasusnya pindah."}),
             forged("after-move-2", "event", "e-after-move", "insert", {
                 "id": "e-after-move", "case_id": case_id, "event_type": "catatan",
                 "occurred_at": "t", "recorded_at": "t", "user": "kasi", "device": "x",
                 "summary": "Disusupkan sesudah pemindahan."})]
    answer = sby.engine().transport.round({
        "cursor": old_cursor, "changes": batch, "before_move": ["after-move-1", "after-move-2"]})
    assert {(r["id"], r["code"]) for r in answer["rejected"]} == {
        ("after-move-1", "sync_out_of_scope"), ("after-move-2", "sync_out_of_scope")}
    no_heal(smg)
    moved = smg.core.cases.get(number)
    assert moved.case["description"] != "Ditulis sesudah tahu kasusnya pindah."
    assert "Disusupkan sesudah pemindahan." not in {e["summary"] for e in moved.events}


def test_a_pc_offline_since_before_a_transfer_with_a_slow_clock_keeps_its_steps(make_pc):
    sby, smg, pst = make_pc("SBY"), make_pc("SMG"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    no_heal(sby)
    with central(pst) as api:
        api.transfer_case(number, "SMG", "Pengadu pindah ke Semarang.")
    sby.clock_ahead(-10 * 60 * 1000)  # ten minutes slow: its steps sort before the move
    for i in range(3):
        sby.core.cases.add_event(number, "catatan", f"Dicatat dengan jam lambat {i}.")
    report = no_heal(sby)
    assert report.rejected == 0 and report.removed == [number]
    no_heal(smg)
    summaries = {e["summary"] for e in smg.core.cases.get(number).events}
    assert {f"Dicatat dengan jam lambat {i}." for i in range(3)} <= summaries


def test_an_attachment_refused_after_the_answer_with_its_move_was_lost_does_not_stop_sync(
        make_pc, proxy):
    # The server cannot tell a lost answer from one the PC received: having sent the move,
    # it refuses what the PC records afterwards. Once, the PC then tried to upload the
    # refused attachment's content (404: the sync stopped with an error, every time) and
    # kept the case for that content forever.
    from sync import protocol
    from tests.sync import fault_proxy as fp

    sby, pst = make_pc("SBY"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    no_heal(sby)
    with central(pst) as api:
        api.transfer_case(number, "SMG", "Pengadu pindah ke Semarang.")
    proxy.arm(fp.cut_response(0), path=protocol.SYNC_PATH)
    assert sby.engine(proxy.url).run().outcome == "offline"  # the answer with the move
    data = b"%PDF-1.4\n" + b"surat " * 1000
    att = sby.core.attachments.attach(number, data, "surat.pdf")
    report = no_heal(sby)
    assert report.removed == [number] and report.uploaded == 0
    refused = Replica(sby.core.store).rejected()
    assert {r["code"] for r in refused} == {"sync_out_of_scope"}
    assert "attachment" in {r["entity"] for r in refused}
    # Nothing recorded is lost: the refused change keeps its content on the PC.
    assert Replica(sby.core.store).blob_progress(att.sha256) == (len(data), len(data))
