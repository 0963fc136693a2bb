"""Restricted records disappear from search, lists and exports for everyone but supervisors
(issue 14 §1.2); a supervisor still sees them, and each view is audited."""

from __future__ import annotations

import csv
import json

import pytest

from desktop.domain.reports.period import Period
from desktop.messages import HaloError
from desktop.services import audit
from desktop.services.case_list_rows import list_order
from desktop.services.cases import CaseFilter, CaseRestricted, CaseSort
from tests.conftest import make_intake
from tests.unit.restriction_data import (
    NON_SUPERVISORS,
    WATI_NAME,
    WATI_NIK,
    WATI_PASSPORT,
    WATI_PHONE,
    audit_rows,
    record_people,
    restrict_wati,
    wati_intake,
)


@pytest.fixture
def held(supervisor):
    people = record_people(supervisor)
    restrict_wati(supervisor)
    return people


@pytest.fixture(params=NON_SUPERVISORS, ids=[role for _, role in NON_SUPERVISORS])
def other(request, login, held):
    """A core of each role that is not a supervisor (after the restriction)."""
    return login(*request.param)


def numbers(core, seqs) -> list[str]:
    """The case numbers of `seqs`, in order (read from the store, whoever may see them)."""
    return [core.store.query_one("SELECT case_number FROM cases WHERE seq = ?", (s,))[0]
            for s in seqs]


# --- lists and counts -----------------------------------------------------------------------
def test_lists_and_counts_leave_a_restricted_case_out(other, held):
    cases = other.cases
    assert numbers(other, cases.list_seqs()) == [held.shown]
    assert numbers(other, cases.list_seqs(CaseFilter(), CaseSort("worker"))) == [held.shown]
    assert cases.count_matching(CaseFilter()) == cases.count() == 1
    assert cases.count_matching(CaseFilter(urgent=True)) == 0  # hers is of an urgent category
    assert cases.urgent_open_count() == 0
    assert cases.rows([held.hidden_seq, held.shown_seq])[0].case_number == held.shown
    assert len(cases.rows([held.hidden_seq])) == 0


def test_home_tiles_count_what_their_lists_show(other, supervisor, held):
    for core in (other, supervisor):
        for item in core.dashboard.counts().items:
            listed = core.cases.list_seqs(item.filter)
            assert item.count == len(listed), item.key
            assert (held.hidden_seq in listed) <= (core is supervisor), item.key


def test_a_supervisor_lists_and_counts_it(supervisor, held):
    assert set(numbers(supervisor, supervisor.cases.list_seqs())) == {held.hidden, held.shown}
    assert supervisor.cases.count() == 2
    assert supervisor.cases.count_matching(CaseFilter(urgent=True)) == 1
    assert supervisor.cases.urgent_open_count() == 1


# --- opening it -----------------------------------------------------------------------------
def test_opening_it_by_number_seq_or_id_is_refused_clearly(other, held):
    for key in (held.hidden, held.hidden.lower(), held.hidden_seq, held.hidden_id):
        with pytest.raises(CaseRestricted) as err:
            other.cases.get(key)
    assert err.value.text("id") == "Data kasus ini dibatasi oleh supervisor."
    assert err.value.text("en") == "This case's data is restricted by a supervisor."
    with pytest.raises(CaseRestricted):
        other.history.of_case(held.hidden)
    assert audit_rows(other, audit.CASE_VIEWED) == []


def test_its_data_cannot_be_changed_by_others(login, held):
    officer = login("penangan", "case_officer")
    with pytest.raises(CaseRestricted):
        officer.cases.add_event(held.hidden, "catatan", "Menelepon keluarga.")
    with pytest.raises(CaseRestricted):
        officer.cases.update_people(held.hidden, worker=wati_intake().worker)


def test_a_supervisors_view_is_audited_as_a_restricted_view(supervisor, held):
    assert supervisor.cases.record_viewed(held.hidden_seq) == held.hidden
    supervisor.cases.record_viewed(held.shown)
    assert [r["target"] for r in audit_rows(supervisor, audit.CASE_VIEWED)] == [
        held.hidden, held.shown]
    rows = audit_rows(supervisor, audit.RESTRICTED_VIEWED)
    assert [(r["user"], r["target"], json.loads(r["detail"])) for r in rows] == [
        ("kasi", held.hidden, {"via": "case_view"})]


# --- search and duplicates ------------------------------------------------------------------
@pytest.mark.parametrize("text", ["Rahasia", "Rahasia Wati", "Rahsia Wati", WATI_PASSPORT,
                                  WATI_NIK, WATI_PHONE, "Budi Santoso"])
def test_search_does_not_find_it(other, held, text):
    assert held.hidden_seq not in other.search.search(text)


def test_search_by_its_full_number_finds_nothing(other, held):
    assert held.hidden_seq not in other.search.search(held.hidden)
    assert other.search.search(held.shown) == [held.shown_seq]


def test_a_supervisor_finds_it(supervisor, held):
    for text in (WATI_NAME, WATI_PASSPORT, WATI_NIK, held.hidden):
        assert held.hidden_seq in supervisor.search.search(text)


def test_duplicates_leave_it_out_for_others(other, held):
    # Hidden, not shown without names: a candidate would still say this NIK has a case.
    again = wati_intake()
    assert other.search.find_duplicates(again.worker, again.complainant) == []


def test_a_supervisor_gets_it_as_a_duplicate(supervisor, held):
    again = wati_intake()
    found = supervisor.search.find_duplicates(again.worker, again.complainant)
    assert [(c.case_number, c.worker_name, c.reason) for c in found] == [
        (held.hidden, WATI_NAME, "passport")]


# --- information requests -------------------------------------------------------------------
def test_information_requests_leave_it_out(other, held):
    assert [r.id for r in other.inquiries.list()] == [held.other_inquiry]
    assert other.inquiries.list("kekerasan") == []
    assert other.inquiries.list(WATI_PHONE) == []
    assert other.inquiries.count() == 1
    with pytest.raises(HaloError) as err:
        other.inquiries.get(held.inquiry)
    assert err.value.text("id") == "Data permintaan informasi ini dibatasi oleh supervisor."


def test_a_supervisor_lists_the_restricted_request(supervisor, held):
    assert {r.id for r in supervisor.inquiries.list()} == {held.inquiry, held.other_inquiry}
    assert supervisor.inquiries.count() == 2
    assert supervisor.inquiries.get(held.inquiry).id == held.inquiry


# --- exports --------------------------------------------------------------------------------
def test_the_case_list_export_order_leaves_it_out(other, held):
    assert numbers(other, list_order(other, "", CaseFilter())) == [held.shown]
    assert numbers(other, list_order(other, "Wati", CaseFilter())) == []


def test_a_supervisors_case_list_export_names_it_in_a_restricted_view(supervisor, held,
                                                                       tmp_path):
    target = tmp_path / "daftar.csv"
    export = supervisor.reports.export_case_list(CaseFilter(), "", None, "csv", target)
    assert export.cases == 2
    assert WATI_NAME in target.read_text("utf-8-sig")
    rows = audit_rows(supervisor, audit.RESTRICTED_VIEWED)
    assert [json.loads(r["detail"]) for r in rows] == [
        {"via": audit.CASE_LIST_EXPORTED, "cases": 1, "requests": 0,
         "case_numbers": [held.hidden]}]


def test_a_case_list_export_without_restricted_cases_adds_no_restricted_view(
        supervisor, tmp_path):
    supervisor.cases.record_intake(make_intake())
    target = tmp_path / "daftar.csv"
    supervisor.reports.export_case_list(CaseFilter(), "", None, "csv", target)
    assert len(list(csv.reader(target.open(encoding="utf-8-sig")))) > 1
    assert audit_rows(supervisor, audit.RESTRICTED_VIEWED) == []


def test_the_figures_still_count_it(supervisor, held):
    # Counts carry no personal data: the office's totals do not change with a restriction.
    today = supervisor.cases.today()
    period = Period.month(today.year, today.month)
    before = supervisor.reports.compute(period).to_json()
    supervisor.restriction.lift(
        supervisor.restriction.targets_of(supervisor.subject_access.find(nik=WATI_NIK)),
        "Uji hitungan.")
    after = supervisor.reports.compute(period).to_json()
    assert before["tables"] == after["tables"]


def test_the_case_file_and_receipt_are_refused_to_others(login, held):
    officer = login("penangan", "case_officer")
    with pytest.raises(CaseRestricted):
        officer.case_files.render(held.hidden)
    front = login("loket", "front_office")
    with pytest.raises(CaseRestricted):
        front.receipts.render(held.hidden)
    assert audit_rows(officer, audit.CASE_FILE_PRINTED) == []


def test_a_supervisors_case_file_and_receipt_are_audited_views(supervisor, held, tmp_path):
    supervisor.case_files.render(held.hidden)
    supervisor.case_files.export(held.hidden, tmp_path / "berkas.pdf")
    supervisor.receipts.record_printed(held.hidden)
    supervisor.receipts.export(held.hidden, tmp_path / "tanda.pdf")
    supervisor.case_files.render(held.shown)  # not restricted: no such row
    rows = audit_rows(supervisor, audit.RESTRICTED_VIEWED)
    assert [(r["target"], json.loads(r["detail"])["via"]) for r in rows] == [
        (held.hidden, audit.CASE_FILE_PRINTED), (held.hidden, audit.CASE_FILE_EXPORTED),
        (held.hidden, audit.RECEIPT_PRINTED), (held.hidden, audit.RECEIPT_EXPORTED)]


# --- subject access -------------------------------------------------------------------------
def test_an_administrators_subject_access_finds_none_of_it(login, held):
    admin = login("admin2", "admin")
    record = admin.subject_access.find(nik=WATI_NIK)
    assert (record.cases, record.inquiries) == ((), ())
    record = admin.subject_access.find(phone=WATI_PHONE)  # the request's own number too
    assert (record.cases, record.inquiries) == ((), ())
    assert audit_rows(admin, audit.RESTRICTED_VIEWED) == []


def test_a_supervisors_subject_access_finds_it_and_is_audited(supervisor, held, tmp_path):
    record = supervisor.subject_access.find(nik=WATI_NIK)
    assert [c.case["case_number"] for c in record.cases] == [held.hidden]
    assert [r["id"] for r in record.inquiries] == [held.inquiry]
    supervisor.subject_access.export(record, "json", tmp_path / "wati.json")
    rows = audit_rows(supervisor, audit.RESTRICTED_VIEWED)
    # restrict_wati's own search came before the restriction: nothing restricted then
    assert [json.loads(r["detail"]) for r in rows] == [
        {"via": via, "cases": 1, "requests": 1, "case_numbers": [held.hidden]}
        for via in ("subject_access", "subject_access_export")]
    assert WATI_NIK not in json.dumps(rows)


def test_hiding_reads_the_partial_index_of_restricted_cases(login):
    officer = login("penangan", "case_officer")
    where, params = officer.cases._where(CaseFilter(open_only=True))
    plan = " | ".join(r[-1] for r in officer.store.query(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM cases" + where, params))
    assert "cases_restricted" in plan, plan
