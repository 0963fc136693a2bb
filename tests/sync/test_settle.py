"""Settling a conflict is a change like any other: it reaches every PC of the case."""

from __future__ import annotations

import pytest

from desktop.domain.roles import PermissionDenied
from desktop.services.conflicts import KEEP, TAKE_OTHER, ConflictError
from desktop.store.replica import Replica
from tests.conftest import make_intake

pytestmark = pytest.mark.usefixtures("backend")


def _conflicting(make_pc):
    a, b = make_pc("SBY"), make_pc("SBY")
    number = a.core.cases.record_intake(make_intake())
    a.sync()
    b.sync()
    b.clock_ahead(1000)  # B's edit is the newer one
    for pc, name in ((a, "Versi A"), (b, "Versi B")):
        worker = make_intake().worker
        worker.employer_name = name
        pc.core.cases.update_people(number, worker=worker)
    a.sync()
    b.sync()
    a.sync()
    case_id = a.core.cases.resolve(number)["id"]
    return a, b, number, case_id


def test_taking_the_other_value_reaches_both_pcs(make_pc):
    a, b, number, case_id = _conflicting(make_pc)
    [conflict] = a.core.conflicts.of_case(case_id)
    assert conflict.open and (conflict.kept_value, conflict.other_value) == ("Versi B", "Versi A")
    settled = a.core.conflicts.settle(conflict.id, TAKE_OTHER)
    assert settled.resolution == "other" and settled.resolved_by == "kasi"
    a.sync()
    b.sync()
    for pc in (a, b):
        assert pc.core.cases.get(number).worker["employer_name"] == "Versi A"
        assert not pc.core.conflicts.of_case(case_id)[0].open
        assert pc.core.conflicts.open_count() == 0
    assert Replica(a.core.store).state_checksum() == Replica(b.core.store).state_checksum()


def test_keeping_the_value_changes_no_field_and_cannot_be_done_twice(make_pc):
    a, b, number, case_id = _conflicting(make_pc)
    [conflict] = b.core.conflicts.of_case(case_id)
    b.core.conflicts.settle(conflict.id, KEEP)
    assert b.core.cases.get(number).worker["employer_name"] == "Versi B"
    with pytest.raises(ConflictError):
        b.core.conflicts.settle(conflict.id, TAKE_OTHER)
    b.sync()
    a.sync()
    assert not a.core.conflicts.of_case(case_id)[0].open


def test_an_administrator_cannot_settle(make_pc, tmp_path):
    a, _, _, case_id = _conflicting(make_pc)
    from desktop.session.login import log_in
    from tests.conftest import ADMIN, ADMIN_PW, TEST_KDF

    admin = log_in(a.core.paths, ADMIN, ADMIN_PW, TEST_KDF)
    try:
        [conflict] = admin.conflicts.of_case(case_id)
        with pytest.raises(PermissionDenied):
            admin.conflicts.settle(conflict.id, KEEP)
    finally:
        admin.close()
