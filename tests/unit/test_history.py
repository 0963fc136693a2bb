"""A case's change history (desktop/services/history.py), built from the change rows."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.domain.models import ComplainantInput, WorkerInput
from desktop.store.replica import Replica
from sync.protocol import Change
from tests.conftest import make_intake


@pytest.fixture
def sup(supervisor):
    return supervisor


def _worker(core, number, **changes) -> WorkerInput:
    """The worker as stored, with `changes`: a correction of those fields only."""
    w = core.cases.get(number).worker
    fields = {f.name: w.get(f.name, "") for f in dataclasses.fields(WorkerInput)}
    return WorkerInput(**{**fields, **changes})


def test_corrections_of_the_worker_complainant_and_case_are_listed_old_to_new(sup):
    number = sup.cases.record_intake(make_intake(worker__passport="A1234567"))
    assert sup.history.of_case(number) == []  # what intake typed is not a correction
    sup.cases.update_people(number, worker=_worker(sup, number, passport="B7654321"))
    sup.cases.update_people(number, worker=_worker(sup, number, passport="C1112223"))
    person = sup.cases.get(number).complainant
    fields = {f.name: person.get(f.name, "") for f in dataclasses.fields(ComplainantInput)}
    sup.cases.update_people(number, complainant=ComplainantInput(
        **{**fields, "name": "Dewi Lestari Putri"}))
    sup.cases.change_status(number, "validasi")
    entries = sup.history.of_case(number)
    shown = [(e.entity, e.field, e.old, e.new) for e in entries]
    assert shown[:2] == [("worker", "passport", "A1234567", "B7654321"),
                         ("worker", "passport", "B7654321", "C1112223")]
    assert shown[2][:2] == ("complainant", "name") and shown[2][3] == "Dewi Lestari Putri"
    assert not [e for e in shown if e[1] == "status"]  # the timeline tells status changes
    assert {e.user for e in entries} == {sup.session.username}
    assert {e.device for e in entries} == {sup.office.device_label}
    assert all(e.at.endswith("Z") for e in entries)


def test_a_correction_made_on_another_pc_shows_that_pc(sup):
    number = sup.cases.record_intake(make_intake())
    case = sup.cases.resolve(number)
    worker_id = sup.cases.get(number).worker["id"]
    Replica(sup.store).receive([Change(
        change_id="remote-1", entity="worker", entity_id=worker_id, case_id=case["id"],
        op="update", fields={"nik": "3578015203950002"}, hlc="9999999999999-0000-otherpc1",
        user="budi.sby", device="f00dfeedf00dfeedf00dfeedf00dfeed",
        created_at="2026-06-01T02:00:00.000000Z")], sup.now())
    [entry] = sup.history.of_case(number)
    assert (entry.field, entry.new, entry.user, entry.device) == (
        "nik", "3578015203950002", "budi.sby", "f00dfeed")
