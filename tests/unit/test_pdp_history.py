"""Issue 14 in a case's change history (desktop/services/history.py): a correction of a
person's data, a restriction and a referral's basis for sharing each show as a field change
with who made it; a referral's other fields stay out (its panel tells them)."""

from __future__ import annotations

import dataclasses

from desktop.domain import casework as cw
from desktop.domain import data_protection as pdp
from desktop.domain.models import WorkerInput
from desktop.services.restriction import RestrictionTarget
from tests import casework_rows as rows
from tests.conftest import make_intake


def _corrected_worker(core, number, **changes) -> WorkerInput:
    w = core.cases.get(number).worker
    fields = {f.name: w.get(f.name, "") for f in dataclasses.fields(WorkerInput)}
    return WorkerInput(**{**fields, **changes})


def _shown(core, number) -> list[tuple[str, str, str, str]]:
    return [(e.entity, e.field, e.old, e.new) for e in core.history.of_case(number)]


def test_a_correction_of_the_nik_is_in_the_history(supervisor):
    number = supervisor.cases.record_intake(make_intake(worker__nik="3578014501900001"))
    supervisor.cases.update_people(number, worker=_corrected_worker(
        supervisor, number, nik="3578014501900002"))
    assert ("worker", "nik", "3578014501900001", "3578014501900002") in _shown(
        supervisor, number)


def test_a_restriction_and_its_lifting_are_in_the_history(supervisor):
    number = supervisor.cases.record_intake(make_intake())
    case_id = supervisor.cases.get(number).case["id"]
    target = [RestrictionTarget("case", case_id)]
    supervisor.restriction.restrict(target, "TKI meminta pembatasan secara tertulis.")
    supervisor.restriction.lift(target, "Permintaan dicabut.")
    reasons = [(old, new) for entity, field, old, new in _shown(supervisor, number)
               if (entity, field) == ("case", "restriction_reason")]
    assert reasons == [("", "TKI meminta pembatasan secara tertulis."),
                       ("TKI meminta pembatasan secara tertulis.", "")]


def test_a_referrals_basis_recorded_afterwards_is_in_the_history_and_nothing_else_of_it(
        supervisor):
    number = supervisor.cases.record_intake(make_intake())
    referral_id = rows.add_referral(supervisor, number)  # made before the basis existed
    supervisor.referrals.record_basis(referral_id, cw.BasisInput(pdp.VITAL_INTEREST))
    referral_rows = [s for s in _shown(supervisor, number) if s[0] == "referral"]
    assert referral_rows == [("referral", "legal_basis", "", pdp.VITAL_INTEREST)]
