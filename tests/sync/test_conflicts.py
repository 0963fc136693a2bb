"""Two PCs edit the same field offline: the conflict shows on both; its resolution reaches both.

A case belongs to one office, so the two editors are two PCs of that office, or an office
PC and the national office's PC (which sees every case). Resolving is a person's choice:
the chosen value is written as an ordinary edit and the conflict row's resolved_at,
resolved_by and resolution are set (the only fields of a conflict the server accepts).
"""

from __future__ import annotations

import time

import pytest

from desktop.services.maintenance import outbox_errors
from sync import protocol
from tests.conftest import make_intake
from tests.sync.harness import converged, local_checksum

pytestmark = pytest.mark.usefixtures("backend")


def clean(pc):
    report = pc.sync()
    assert not report.healed and report.rejected == 0, report
    return report


def edit_offline(pc, number: str, employer: str) -> None:
    worker = make_intake().worker
    worker.employer_name = employer
    assert pc.core.cases.update_people(number, worker=worker) == ["worker.employer_name"]


def conflicts(pc) -> list[dict]:
    return pc.core.store.query_dicts(
        "SELECT entity, field, kept_value, other_value, reason, resolved_at, resolved_by,"
        " resolution FROM conflicts")


def both_edit(first, second, number: str) -> None:
    """Each PC edits the employer offline, then both sync (first, second, first).

    The second edit is the later one by the clock, so its value is the one kept. Two edits
    within the same millisecond would be ordered by device id instead (HLC ties), which is
    why the second waits for the next millisecond.
    """
    edit_offline(first, number, "Versi Pertama")
    time.sleep(0.005)
    edit_offline(second, number, "Versi Kedua")
    clean(first)
    clean(second)
    clean(first)


@pytest.mark.parametrize("choice", ["kept", "other"])
def test_two_pcs_of_an_office_see_the_conflict_and_its_resolution(make_pc, server_ctx, choice):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    clean(a)
    clean(b)
    both_edit(a, b, number)
    for pc in (a, b):
        assert conflicts(pc) == [{
            "entity": "worker", "field": "employer_name", "kept_value": "Versi Kedua",
            "other_value": "Versi Pertama", "reason": "concurrent_edit", "resolved_at": "",
            "resolved_by": "", "resolution": ""}]
        assert pc.core.cases.get(number).worker["employer_name"] == "Versi Kedua"
        assert pc.core.conflicts.open_count() == 1
    # A person on PC a looks at both values and picks one.
    conflict_id = a.core.store.query_one("SELECT id FROM conflicts")[0]
    a.core.conflicts.settle(conflict_id, choice)
    clean(a)
    clean(b)
    chosen = "Versi Kedua" if choice == "kept" else "Versi Pertama"
    for pc in (a, b):
        [row] = conflicts(pc)
        assert row["resolution"] == choice and row["resolved_by"] == "kasi"
        assert row["resolved_at"]
        assert pc.core.cases.get(number).worker["employer_name"] == chosen
        assert pc.core.conflicts.open_count() == 0
        assert outbox_errors(pc.core.store) == []
        assert converged(server_ctx, pc)
    assert local_checksum(a) == local_checksum(b)


def test_an_office_pc_and_the_national_pc_see_the_conflict_and_its_resolution(make_pc,
                                                                              server_ctx):
    sby, pst = make_pc("SBY"), make_pc("PST")
    number = sby.core.cases.record_intake(make_intake())
    clean(sby)
    clean(pst)
    both_edit(sby, pst, number)
    for pc in (sby, pst):
        assert [(c["field"], c["kept_value"], c["other_value"]) for c in conflicts(pc)] == [
            ("employer_name", "Versi Kedua", "Versi Pertama")]
    # Resolved at the national office: taking the office's value.
    conflict_id = pst.core.store.query_one("SELECT id FROM conflicts")[0]
    pst.core.conflicts.settle(conflict_id, "other")
    clean(pst)
    clean(sby)
    for pc in (sby, pst):
        assert [(c["resolution"], c["resolved_by"]) for c in conflicts(pc)] == [("other", "kasi")]
        assert pc.core.cases.get(number).worker["employer_name"] == "Versi Pertama"
        assert converged(server_ctx, pc)
    # No new conflict came of the resolution itself: it was made having seen both edits.
    with server_ctx.db.read() as conn:
        from sqlalchemy import func, select

        from sync.server.db.tables import conflicts as server_conflicts
        assert conn.scalar(select(func.count()).select_from(server_conflicts)) == 1


def test_two_pcs_resolving_the_same_conflict_differently_still_agree(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    clean(a)
    clean(b)
    both_edit(a, b, number)
    clean(b)
    conflict_id = a.core.store.query_one("SELECT id FROM conflicts")[0]
    a.core.conflicts.settle(conflict_id, "kept")
    b.core.conflicts.settle(conflict_id, "other")  # at the same time, offline
    for _ in range(2):
        clean(a)
        clean(b)
    assert local_checksum(a) == local_checksum(b)
    assert converged(server_ctx, a) and converged(server_ctx, b)
    # Neither choice vanished silently: the later one is kept, and the earlier is shown
    # beside it as a conflict of the conflict's resolution, open for a person.
    value = a.core.cases.get(number).worker["employer_name"]
    assert value == b.core.cases.get(number).worker["employer_name"] == "Versi Pertama"
    for pc in (a, b):
        assert [(c["kept_value"], c["other_value"]) for c in conflicts(pc)
                if c["entity"] == "conflict" and c["field"] == "resolution"
                and not c["resolved_at"]] == [("other", "kept")]


def test_a_pc_may_change_only_the_resolution_of_a_conflict(make_pc, server_ctx):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    clean(a)
    clean(b)
    both_edit(a, b, number)
    conflict_id = a.core.store.query_one("SELECT id FROM conflicts")[0]
    with a.core.write() as tx:  # what no desktop does: rewriting what the server recorded
        tx.update("conflict", conflict_id, {"kept_value": "Dipalsukan"})
    report = a.sync()
    assert report.rejected == 1
    [refused] = a.core.store.query_dicts("SELECT entity, code FROM rejected_changes")
    assert refused == {"entity": "conflict", "code": "sync_read_only_field"}


OFFLINE_ADDRESSES = [f"Jl. Mawar {n}, Surabaya" for n in range(1, 6)]
OTHER_ADDRESS = "Jl. Anggrek 9, Sidoarjo"


def edit_address(pc, number: str, address: str) -> None:
    person = make_intake().complainant
    person.address = address
    assert pc.core.cases.update_people(number, complainant=person) == ["complainant.address"]


@pytest.mark.parametrize("offline_last", [False, True],
                         ids=["the-other-edit-is-later", "the-offline-edits-are-later"])
@pytest.mark.parametrize("batch", [protocol.MAX_PUSH, 3], ids=["one-batch", "several-batches"])
def test_a_field_edited_five_times_offline_makes_one_conflict_with_the_last_value(
        make_pc, server_ctx, monkeypatch, batch, offline_last):
    # Once: five conflicts, one per superseded value of the offline PC (137 for one field
    # after a long offline run), and "take the other value" on an old one brought back a
    # value that PC had itself replaced.
    monkeypatch.setattr(protocol, "MAX_PUSH", batch)  # both ends: B's edits span rounds
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    clean(a)
    clean(b)
    if offline_last:
        edit_address(a, number, OTHER_ADDRESS)
        time.sleep(0.005)
    for address in OFFLINE_ADDRESSES:
        edit_address(b, number, address)
    if not offline_last:
        time.sleep(0.005)
        edit_address(a, number, OTHER_ADDRESS)
    clean(a)
    clean(b)
    clean(a)
    last = OFFLINE_ADDRESSES[-1]
    kept, other = (last, OTHER_ADDRESS) if offline_last else (OTHER_ADDRESS, last)
    for pc in (a, b):
        assert [(c["field"], c["kept_value"], c["other_value"], c["resolved_at"])
                for c in conflicts(pc)] == [("address", kept, other, "")]
        assert pc.core.cases.get(number).complainant["address"] == kept
        assert converged(server_ctx, pc)
    # The superseded values stay in the history.
    history = b.core.store.query("SELECT fields FROM changes WHERE entity = 'complainant'")
    assert all(any(address in f for (f,) in history) for address in OFFLINE_ADDRESSES)
    # Taking the other value brings back what the other side last wrote, nothing older.
    conflict_id = a.core.store.query_one("SELECT id FROM conflicts")[0]
    a.core.conflicts.settle(conflict_id, "other")
    clean(a)
    clean(b)
    for pc in (a, b):
        assert pc.core.cases.get(number).complainant["address"] == other
        assert pc.core.conflicts.open_count() == 0
        assert converged(server_ctx, pc)
    assert local_checksum(a) == local_checksum(b)
