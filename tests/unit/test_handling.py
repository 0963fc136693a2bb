"""Handling officers, urgency and closure approval (desktop/services/handling.py)."""

from __future__ import annotations

import pytest

from desktop.domain.casework import ProposalInput
from desktop.domain.roles import PermissionDenied
from desktop.messages import HaloError
from desktop.services.cases import UNASSIGNED, CaseFilter
from desktop.services.handling import StaleProposal
from tests.conftest import make_intake


@pytest.fixture
def office(admin_core, login):
    """A supervisor, two case officers (one removed later) and front office."""
    sup = login("kasi", "supervisor")
    budi = login("budi", "case_officer")
    login("ani", "case_officer").close()
    front = login("loket", "front_office")
    yield sup, budi, front
    for core in (budi, front):
        core.close()


def _events(core, number: str, kind: str) -> list[dict]:
    return [e for e in core.cases.get(number).events if e["event_type"] == kind]


def test_a_supervisor_assigns_and_reassigns_and_each_change_is_on_the_timeline(office):
    sup, budi, front = office
    number = front.cases.record_intake(make_intake())
    assert sup.cases.resolve(number)["officer"] == ""
    assert sup.cases.list_seqs(CaseFilter(officer=UNASSIGNED)) == [
        sup.cases.resolve(number)["seq"]]
    sup.handling.assign(number, "budi")
    sup.handling.assign(number, "ANI ", note="Budi cuti")
    steps = _events(sup, number, "petugas_ditetapkan")
    assert [(e["data"]["from"], e["data"]["to"], e["user"]) for e in steps] == [
        ("", "budi", "kasi"), ("budi", "ani", "kasi")]
    assert steps[1]["summary"] == "Budi cuti"
    assert sup.cases.list_seqs(CaseFilter(officer="ani")) == [sup.cases.resolve(number)["seq"]]
    with pytest.raises(PermissionDenied):
        budi.handling.assign(number, "budi")


@pytest.mark.parametrize("who", ["nobody", "loket", "admin"])
def test_only_an_active_account_that_handles_cases_can_be_assigned(office, who):
    sup, _budi, front = office
    number = front.cases.record_intake(make_intake())
    with pytest.raises(HaloError) as info:
        sup.handling.assign(number, who)
    assert info.value.code == "officer_not_assignable" and info.value.field == "officer"


def test_a_removed_account_s_open_cases_become_unassigned(office, admin_core):
    sup, budi, front = office
    open_case = front.cases.record_intake(make_intake())
    sup.handling.assign(open_case, "ani")
    released = admin_core.accounts.remove_user("ani")
    case = sup.cases.resolve(open_case)
    assert released == [case["case_number"]]  # listed for the supervisor
    assert case["officer"] == ""
    assert case["seq"] in sup.cases.list_seqs(CaseFilter(officer=UNASSIGNED))
    assert [e["data"] for e in _events(sup, open_case, "petugas_ditetapkan")][-1] == {
        "from": "ani", "to": "", "removed": True}
    with pytest.raises(HaloError):
        sup.handling.assign(open_case, "ani")


def test_a_case_officer_takes_a_case_for_themselves(office):
    sup, budi, front = office
    number = front.cases.record_intake(make_intake())
    budi.handling.take(number)
    assert budi.cases.resolve(number)["officer"] == "budi"
    with pytest.raises(PermissionDenied):
        front.handling.take(number)


def test_anyone_flags_urgent_with_a_reason_only_a_supervisor_clears_it(office):
    sup, budi, front = office
    number = front.cases.record_intake(make_intake(complaint__category="biaya_berlebih"))
    with pytest.raises(HaloError):
        front.handling.flag_urgent(number, "  ")
    front.handling.flag_urgent(number, "Pekerja diancam majikan.")
    case = sup.cases.resolve(number)
    assert (case["urgent"], case["urgent_reason"]) == ("1", "Pekerja diancam majikan.")
    with pytest.raises(PermissionDenied):
        budi.handling.clear_urgent(number)
    sup.handling.clear_urgent(number, "Sudah aman.")
    assert sup.cases.resolve(number)["urgent"] == ""
    assert len(_events(sup, number, "ditandai_mendesak")) == 1
    assert len(_events(sup, number, "tanda_mendesak_dicabut")) == 1


def test_urgent_cases_sort_first(office):
    sup, _budi, front = office
    first = front.cases.record_intake(make_intake(complaint__category="meninggal_dunia"))
    plain = front.cases.record_intake(make_intake(complaint__category="biaya_berlebih"))
    flagged = front.cases.record_intake(make_intake(complaint__category="biaya_berlebih"))
    newest = front.cases.record_intake(make_intake(complaint__category="biaya_berlebih"))
    front.handling.flag_urgent(flagged, "Ditahan agen.")
    order = [r.case_number for r in sup.cases.rows(sup.cases.list_seqs())]
    assert order[:2] == [flagged, first] and order[2:] == [newest, plain]
    urgent = [r.case_number for r in sup.cases.rows(sup.cases.list_seqs(CaseFilter(urgent=True)))]
    assert urgent == [flagged, first]


def _proposal(**kw) -> ProposalInput:
    return ProposalInput(**{"status": "selesai", "outcome": "dipulangkan",
                            "summary": "PMI sudah pulang dengan selamat.", **kw})


def test_an_officer_proposes_and_a_supervisor_approves_through_the_status_rules(office):
    sup, budi, front = office
    number = front.cases.record_intake(make_intake())
    budi.cases.change_status(number, "proses")
    budi.handling.propose_closure(number, _proposal())
    assert sup.cases.list_seqs(CaseFilter(awaiting_approval=True)) == [
        sup.cases.resolve(number)["seq"]]
    with pytest.raises(PermissionDenied):
        budi.handling.approve_closure(number)
    sup.handling.approve_closure(number)
    case = sup.cases.resolve(number)
    assert (case["status"], case["outcome"], case["proposed_status"]) == (
        "selesai", "dipulangkan", "")
    [closing] = [e for e in _events(sup, number, "perubahan_status") if e["data"]["to"] == "selesai"]
    assert closing["data"]["proposed_by"] == "budi" and closing["user"] == "kasi"
    assert len(_events(sup, number, "usulan_disetujui")) == 1
    assert sup.cases.list_seqs(CaseFilter(awaiting_approval=True)) == []


def test_a_supervisor_returns_a_proposal_with_a_note(office):
    sup, budi, front = office
    number = front.cases.record_intake(make_intake())
    budi.cases.change_status(number, "proses")
    budi.handling.propose_closure(number, _proposal())
    with pytest.raises(HaloError):
        budi.handling.propose_closure(number, _proposal())  # one at a time
    sup.handling.return_proposal(number, "Lampirkan bukti kepulangan.")
    case = sup.cases.resolve(number)
    assert case["proposed_status"] == "" and case["status"] == "proses"
    [returned] = _events(sup, number, "usulan_dikembalikan")
    assert returned["summary"] == "Lampirkan bukti kepulangan."


def test_approving_a_case_changed_after_its_proposal_says_so(office):
    sup, budi, front = office
    number = front.cases.record_intake(make_intake())
    budi.cases.change_status(number, "proses")
    budi.handling.propose_closure(number, _proposal())
    budi.cases.add_event(number, "catatan", "Keluarga menelepon lagi.")
    with pytest.raises(StaleProposal) as info:
        sup.handling.approve_closure(number)
    assert "changed after" in info.value.text("en") and "berubah" in info.value.text("id")
    assert sup.cases.resolve(number)["status"] == "proses"
    sup.handling.approve_closure(number, despite_changes=True)
    assert sup.cases.resolve(number)["status"] == "selesai"


def test_a_supervisor_closing_directly_shows_nobody_else_approved_it(office):
    sup, _budi, front = office
    number = front.cases.record_intake(make_intake())
    sup.cases.change_status(number, "proses")
    sup.cases.change_status(number, "selesai", outcome="dipulangkan")
    [closing] = [e for e in _events(sup, number, "perubahan_status") if e["data"]["to"] == "selesai"]
    assert closing["data"]["proposed_by"] == ""


def test_a_case_is_recorded_unassigned_or_to_the_person_recording_it(office):
    sup, budi, front = office
    mine = budi.cases.record_intake(make_intake(complaint__officer="budi"))
    case = budi.cases.resolve(mine)
    assert case["officer"] == "budi"
    assert [e["data"] for e in _events(budi, mine, "petugas_ditetapkan")] == [
        {"from": "", "to": "budi"}]
    assert front.cases.resolve(front.cases.record_intake(make_intake()))["officer"] == ""


@pytest.mark.parametrize("who, officer", [("front", "loket"), ("budi", "ani")])
def test_intake_cannot_assign_someone_else_or_a_role_that_does_not_handle_cases(office, who,
                                                                                 officer):
    sup, budi, front = office
    core = {"front": front, "budi": budi}[who]
    before = core.cases.count()
    with pytest.raises(HaloError) as err:
        core.cases.record_intake(make_intake(complaint__officer=officer))
    assert err.value.field == "complaint.officer"
    assert core.cases.count() == before  # nothing half-written


def test_a_proposal_must_be_a_move_the_pipeline_allows(office):
    sup, budi, front = office
    number = front.cases.record_intake(make_intake())  # still "baru"
    with pytest.raises(HaloError) as err:
        budi.handling.propose_closure(number, _proposal())
    assert err.value.field == "status"
    assert budi.cases.resolve(number)["proposed_status"] == ""


def test_a_proposal_naming_an_unknown_surviving_case_marks_that_field(office):
    sup, budi, front = office
    number = front.cases.record_intake(make_intake())
    budi.cases.change_status(number, "proses")
    with pytest.raises(HaloError) as err:
        budi.handling.propose_closure(number, _proposal(
            status="ditutup", outcome="duplikat", duplicate_of="SBY-2026-A-99999"))
    assert (err.value.field, err.value.code) == ("duplicate_of", "duplicate_of_unknown")


def test_a_closed_case_is_not_flagged_urgent(office):
    sup, budi, front = office
    number = front.cases.record_intake(make_intake())
    sup.cases.change_status(number, "ditutup", outcome="dicabut")
    with pytest.raises(HaloError) as err:
        budi.handling.flag_urgent(number, "Terlambat ditangani.")
    assert err.value.field == "status"


def test_a_closed_urgent_case_no_longer_comes_first(office):
    sup, budi, front = office
    death = front.cases.record_intake(make_intake(complaint__category="meninggal_dunia"))
    newer = front.cases.record_intake(make_intake())
    first = lambda: sup.cases.rows(sup.cases.list_seqs())[0].case_number  # noqa: E731
    assert first() == death
    sup.cases.change_status(death, "ditutup", outcome="dicabut")
    assert first() == newer
