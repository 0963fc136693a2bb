"""Restriction of a person's data (issue 14 §1.2), the service: who may restrict, the reason,
one synced update per record through the change path, one audit row per call, lifting;
and a correction, which goes through the normal edit path, in the change history."""

from __future__ import annotations

import json
import re

import pytest

from desktop.domain import data_protection as pdp
from desktop.domain.roles import PERMISSIONS, Perm, PermissionDenied
from desktop.messages import HaloError
from desktop.services import audit
from desktop.services.cases import CaseNotFound
from desktop.services.restriction import RestrictionTarget, clean_reason
from tests.conftest import make_intake
from tests.unit.restriction_data import (
    NON_SUPERVISORS,
    REASON,
    WATI_NIK,
    audit_rows,
    record_people,
    restrict_wati,
)

ISO_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


@pytest.fixture
def held(supervisor):
    return record_people(supervisor)


def case_target(held) -> RestrictionTarget:
    return RestrictionTarget("case", held.hidden_id)


def restriction_of(core, table: str, row_id: str) -> tuple[str, str, str]:
    return core.store.query_one(
        f"SELECT restricted_at, restricted_by, restriction_reason FROM {table} WHERE id = ?",
        (row_id,))


# --- who may restrict ---------------------------------------------------------------------
def test_only_supervisors_may_restrict():
    assert {role.value for role, perms in PERMISSIONS.items()
            if Perm.RESTRICT in perms} == pdp.RESTRICTION_ROLES


@pytest.mark.parametrize(("username", "role"), NON_SUPERVISORS)
def test_other_roles_can_neither_restrict_nor_lift(login, held, username, role):
    core = login(username, role)
    for act in (core.restriction.restrict, core.restriction.lift):
        with pytest.raises(PermissionDenied):
            act([case_target(held)], REASON)
    assert restriction_of(core, "cases", held.hidden_id) == ("", "", "")
    assert audit_rows(core, audit.DATA_RESTRICTED) == []


# --- the reason -----------------------------------------------------------------------------
@pytest.mark.parametrize("reason", ["", "   ", "\n\t "])
def test_an_empty_reason_is_refused_in_both_languages(supervisor, held, reason):
    with pytest.raises(HaloError) as err:
        supervisor.restriction.restrict([case_target(held)], reason)
    assert err.value.field == "reason"
    assert "alasan" in err.value.text("id").lower() and "reason" in err.value.text("en")
    assert restriction_of(supervisor, "cases", held.hidden_id) == ("", "", "")


def test_a_reason_over_500_characters_is_refused(supervisor, held):
    with pytest.raises(HaloError) as err:
        supervisor.restriction.lift([case_target(held)], "x" * (pdp.MAX_REASON + 1))
    assert err.value.field == "reason"
    assert "501" in err.value.text("id") and "500" in err.value.text("en")


def test_a_reason_is_one_paragraph_of_at_most_500_characters():
    assert clean_reason("  Permintaan\r\nTKI\n\nsendiri  ") == "Permintaan TKI sendiri"
    assert clean_reason("x" * pdp.MAX_REASON) == "x" * pdp.MAX_REASON


def test_hidden_characters_in_a_reason_are_refused():
    with pytest.raises(HaloError) as err:
        clean_reason("alasan\x07")
    assert err.value.field == "reason"


# --- restricting ----------------------------------------------------------------------------
def test_restricting_sets_the_three_fields_on_each_record(supervisor, held):
    assert restrict_wati(supervisor) == 2  # her case and her information request
    for table, row_id in (("cases", held.hidden_id), ("inquiries", held.inquiry)):
        at, by, reason = restriction_of(supervisor, table, row_id)
        assert ISO_UTC.fullmatch(at) and (by, reason) == ("kasi", REASON)
    assert supervisor.restriction.is_restricted("case", held.hidden_id)
    assert supervisor.restriction.is_restricted("inquiry", held.inquiry)
    assert not supervisor.restriction.is_restricted("inquiry", held.other_inquiry)
    shown_id = supervisor.cases.resolve(held.shown)["id"]
    assert restriction_of(supervisor, "cases", shown_id) == ("", "", "")


def test_targets_of_a_person_are_all_their_cases_and_requests(supervisor, held):
    record = supervisor.subject_access.find(nik=WATI_NIK)
    assert supervisor.restriction.targets_of(record) == [
        RestrictionTarget("case", held.hidden_id), RestrictionTarget("inquiry", held.inquiry)]


def test_one_audit_row_per_call_with_counts_and_case_numbers_only(supervisor, held):
    restrict_wati(supervisor)
    rows = audit_rows(supervisor, audit.DATA_RESTRICTED)
    assert len(rows) == 1
    assert (rows[0]["user"], rows[0]["target"]) == ("kasi", held.hidden)
    assert json.loads(rows[0]["detail"]) == {"cases": 1, "requests": 1,
                                             "case_numbers": [held.hidden]}
    assert WATI_NIK not in rows[0]["detail"] and "Wati" not in rows[0]["detail"]


def test_an_already_restricted_record_is_skipped(supervisor, held):
    restrict_wati(supervisor)
    first = restriction_of(supervisor, "cases", held.hidden_id)
    assert supervisor.restriction.restrict([case_target(held)], "Alasan lain") == 0
    assert restriction_of(supervisor, "cases", held.hidden_id) == first
    assert len(audit_rows(supervisor, audit.DATA_RESTRICTED)) == 1  # nothing done: no row


def test_the_same_target_twice_is_restricted_once(supervisor, held):
    assert supervisor.restriction.restrict([case_target(held)] * 2, REASON) == 1


def test_an_unknown_target_writes_nothing(supervisor, held):
    targets = [case_target(held), RestrictionTarget("case", "no-such-case")]
    with pytest.raises(CaseNotFound):
        supervisor.restriction.restrict(targets, REASON)
    with pytest.raises(HaloError) as err:
        supervisor.restriction.restrict([RestrictionTarget("inquiry", "nope")], REASON)
    assert err.value.code == "inquiry_unknown"
    with pytest.raises(HaloError) as err:
        supervisor.restriction.restrict([RestrictionTarget("worker", held.hidden_id)], REASON)
    assert err.value.field == "targets"
    assert restriction_of(supervisor, "cases", held.hidden_id) == ("", "", "")
    assert audit_rows(supervisor, audit.DATA_RESTRICTED) == []


def test_the_restriction_goes_out_as_a_synced_update(supervisor, held):
    restrict_wati(supervisor)
    rows = supervisor.store.query(
        "SELECT entity, fields FROM changes WHERE op = 'update' AND entity_id IN (?, ?)"
        " AND pushed_at IS NULL", (held.hidden_id, held.inquiry))
    sent = {entity: json.loads(fields) for entity, fields in rows}
    assert set(sent) == {"case", "inquiry"}
    for fields in sent.values():
        assert (fields["restricted_by"], fields["restriction_reason"]) == ("kasi", REASON)


def test_the_change_history_shows_the_restriction_and_its_lifting(supervisor, held):
    restrict_wati(supervisor)
    supervisor.restriction.lift([case_target(held)], "Permintaan dicabut oleh TKI.")
    changes = [(c.field, c.old, c.new) for c in supervisor.history.of_case(held.hidden)
               if c.entity == "case"]
    assert ("restriction_reason", "", REASON) in changes
    assert ("restriction_reason", REASON, "") in changes
    assert ("restricted_by", "kasi", "") in changes


# --- lifting --------------------------------------------------------------------------------
def test_lifting_empties_the_fields_and_keeps_its_reason_in_the_audit(supervisor, held):
    restrict_wati(supervisor)
    record = supervisor.subject_access.find(nik=WATI_NIK)
    why = "TKI menarik permintaannya secara tertulis."
    assert supervisor.restriction.lift(supervisor.restriction.targets_of(record), why) == 2
    assert restriction_of(supervisor, "cases", held.hidden_id) == ("", "", "")
    assert restriction_of(supervisor, "inquiries", held.inquiry) == ("", "", "")
    rows = audit_rows(supervisor, audit.DATA_RESTRICTION_LIFTED)
    assert [json.loads(r["detail"]) for r in rows] == [
        {"cases": 1, "requests": 1, "case_numbers": [held.hidden], "reason": why}]


def test_lifting_what_is_not_restricted_does_nothing(supervisor, held):
    assert supervisor.restriction.lift([case_target(held)], "Tidak perlu.") == 0
    assert audit_rows(supervisor, audit.DATA_RESTRICTION_LIFTED) == []


# --- correction goes through the normal edit path -----------------------------------------
def test_a_corrected_nik_appears_in_the_change_history(officer):
    number = officer.cases.record_intake(make_intake(worker__nik="3578015203950002"))
    corrected = make_intake(worker__nik="3578015203950009").worker
    assert officer.cases.update_people(number, worker=corrected) == ["worker.nik"]
    change = [c for c in officer.history.of_case(number) if c.field == "nik"]
    assert [(c.entity, c.old, c.new, c.user) for c in change] == [
        ("worker", "3578015203950002", "3578015203950009", "petugas")]
