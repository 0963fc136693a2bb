"""Demo data fills in the office's case work (issue 11): officers, referrals, summonses,
urgent cases, deadlines, closure proposals and family contacts, so every new list of a demo
office has something in it, on both writers and the same for a seed."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, timedelta

import pytest

from desktop.demo import bulk_generate, generate_cases
from desktop.demo import plan as P
from desktop.demo.checks import check_steps
from desktop.demo.directory import AGENCY_COUNT
from desktop.demo.generator import Planner, office_setup
from desktop.demo.officers import Cast
from desktop.domain import casework as cw
from desktop.domain import status as st
from desktop.domain.deadlines import add_working_days
from desktop.domain.roles import PermissionDenied
from desktop.paths import DataPaths
from desktop.services.cases import UNASSIGNED, CaseFilter
from desktop.services.maintenance import outbox_errors
from desktop.session.login import log_in
from desktop.session.setup import InitRequest, initialize
from tests.conftest import ADMIN, ADMIN_PW, STAFF_PW, TEST_KDF

SIZE, SEED = 300, 11
OFFICERS = ("budi", "rina", "yusuf")
LETTER = re.compile(r"B\.\d+/BP3TKI-SBY/[IVX]+/\d{4}")


def _office(root, officers=OFFICERS):
    """An office PC with a supervisor (kasi), case officers and a front-office clerk; the
    supervisor's core."""
    paths = DataPaths(root)
    admin = initialize(paths, InitRequest("SBY", ADMIN, "Admin Kantor", ADMIN_PW), TEST_KDF)
    admin.accounts.add_user("kasi", "Kepala Seksi", "supervisor", STAFF_PW)
    for name in officers:
        admin.accounts.add_user(name, f"{name.title()} Petugas", "case_officer", STAFF_PW)
    admin.accounts.add_user("loket", "Petugas Loket", "front_office", STAFF_PW)
    admin.close()
    return log_in(paths, "kasi", STAFF_PW, TEST_KDF)


@pytest.fixture(scope="module", params=["services", "bulk"])
def office(request, tmp_path_factory):
    """A demo office of SIZE cases, written by one writer or the other (built once each)."""
    core = _office(tmp_path_factory.mktemp(request.param) / "data")
    make = generate_cases if request.param == "services" else bulk_generate
    make(core, SIZE, seed=SEED)
    yield core
    core.close()


def _q(core, sql, params=()):
    return core.store.query(sql, params)


def test_every_new_list_has_something_in_it(office):
    cases = office.cases
    for name in OFFICERS:
        assert cases.list_seqs(CaseFilter(officer=name)), name
    for flt in (CaseFilter(officer=UNASSIGNED), CaseFilter(urgent=True),
                CaseFilter(past_deadline=True), CaseFilter(near_deadline=True),
                CaseFilter(awaiting_approval=True), CaseFilter(contact_today=True),
                CaseFilter(overdue=True), CaseFilter(status=st.MENUNGGU_DOKUMEN)):
        assert cases.list_seqs(flt), flt
    pending = office.referrals.pending()
    overdue = office.referrals.pending(overdue_only=True)
    assert overdue and len(pending) > len(overdue)  # some late, some still in time
    assert any(office.referrals.agency_flagged(a) for (a,) in _q(
        office, "SELECT DISTINCT stakeholder_id FROM summons"))
    assert any(office.cases.contact_lost(seq) for seq in cases.list_seqs(CaseFilter(open_only=True)))
    assert outbox_errors(office.store) == []


def test_every_referred_case_waits_on_an_open_referral_and_closed_ones_on_none(office):
    rows = _q(office, "SELECT c.status, (SELECT count(*) FROM referrals r WHERE r.case_id = c.id"
                      " AND r.reply_on = '' AND r.withdrawn_on = '') FROM cases c")
    assert all(n >= 1 for status, n in rows if status == st.DIRUJUK)
    assert all(n == 0 for status, n in rows if status in st.CLOSED)
    states = Counter(r["state"] for number in {p.case_number for p in office.referrals.pending()}
                     for r in office.referrals.of_case(number))
    assert states[cw.OVERDUE] and states[cw.SENT]
    settled = office.store.query_dicts(
        "SELECT * FROM referrals WHERE reply_on != '' OR withdrawn_on != ''")
    assert any(r["withdrawn_on"] for r in settled) and any(r["reply_on"] for r in settled)
    for r in settled:
        assert (r["reply_on"] or r["withdrawn_on"]) >= r["sent_on"]
        assert not r["reply_on"] or r["reply_summary"]
    # An answered referral usually sent the case back to the office's own handling.
    assert _q(office, "SELECT count(*) FROM events WHERE event_type = 'perubahan_status'"
                      " AND json_extract(data, '$.from') = 'dirujuk'"
                      " AND json_extract(data, '$.to') = 'proses'")[0][0]


def test_referrals_go_to_partners_that_fit_in_the_office_style(office):
    ref = office.reference
    rows = office.store.query_dicts(
        "SELECT r.*, s.kind, s.country, w.destination_country, c.category FROM referrals r"
        " JOIN stakeholders s ON s.id = r.stakeholder_id JOIN cases c ON c.id = r.case_id"
        " JOIN workers w ON w.case_id = c.id")
    assert len(rows) == _q(office, "SELECT count(*) FROM referrals")[0][0]  # all from the directory
    for r in rows:
        if r["kind"] == "perwakilan":
            assert r["country"] == r["destination_country"]
        if r["category"] == "asuransi":
            assert r["kind"] in ("asuransi", "perwakilan", "unit_pusat")
        if r["category"] == "penipuan_peluang_kerja":
            assert r["kind"] in ("polisi", "unit_pusat")
        assert LETTER.fullmatch(r["letter_no"]) or (r["method"] == "telepon" and not r["letter_no"])
        sent = date.fromisoformat(r["sent_on"])
        assert r["reply_due"] == add_working_days(sent, cw.reply_days(ref, r["kind"])).isoformat()
        assert r["request"] and r["addressee"]
    assert Counter(r["kind"] for r in rows)["perwakilan"] > len(rows) / 3


def test_the_demo_directory_is_marked_and_the_seed_left_as_it_is(office):
    entries = office.store.query_dicts("SELECT * FROM stakeholders")
    demo = [e for e in entries if e["demo"] == "1"]
    agencies = [e for e in demo if e["kind"] == "pptkis"]
    assert len(agencies) == AGENCY_COUNT
    assert {e["office_code"] for e in demo} == {"SBY"}
    assert all(e["licence_no"].startswith("DEMO-") for e in agencies)
    assert {e["licence_status"] for e in agencies} == {"aktif", "dibekukan", "dicabut",
                                                       "tidak_diketahui"}
    # Real institutions get a name and nothing to call or visit.
    for e in (e for e in demo if e["kind"] != "pptkis"):
        assert (e["address"], e["phone"], e["email"]) == ("", "", "")
    seed = [e for e in entries if e["demo"] != "1"]
    assert seed and all(e["office_code"] == "" and (e["address"], e["phone"], e["email"]) ==
                        ("", "", "") for e in seed)
    # Only demo agencies are summoned, and they are the workers' agencies.
    demo_ids = {e["id"] for e in agencies}
    summoned = _q(office, "SELECT s.stakeholder_id, s.agency, w.pptkis FROM summons s"
                          " JOIN workers w ON w.case_id = s.case_id")
    assert summoned and all(sid in demo_ids and agency == pptkis
                            for sid, agency, pptkis in summoned)
    names = {e["name"] for e in agencies}
    assert {p for (p,) in _q(office, "SELECT DISTINCT pptkis FROM workers WHERE pptkis != ''")} <= names


def test_summonses_are_held_after_they_are_sent_and_agencies_summoned_again(office):
    now = office.now().strftime("%Y-%m-%dT%H:%M:%S")
    sent = {json.loads(d)["summons_id"]: at for at, d in _q(
        office, "SELECT occurred_at, data FROM events WHERE event_type = 'panggilan_pptkis'")}
    rows = office.store.query_dicts("SELECT * FROM summons")
    for s in rows:
        assert sent[s["id"]] < s["meeting_at"]
        assert s["attendance"] in ("", cw.ATTENDED, cw.MISSED)
        if s["attendance"]:
            assert s["meeting_at"][:19] < now
        assert LETTER.fullmatch(s["letter_no"]) and s["place"].startswith("Ruang Klarifikasi")
    attendance = Counter(s["attendance"] for s in rows)
    assert attendance[cw.ATTENDED] > attendance[cw.MISSED] > 0
    per_case = Counter(s["case_id"] for s in rows)
    assert max(per_case.values()) == 2  # summoned again after staying away


def test_officers_handle_the_cases_and_each_step_says_who_did_it(office):
    rows = office.store.query_dicts("SELECT id, status, officer FROM cases")
    open_ = [r for r in rows if r["status"] not in st.CLOSED]
    assert all(r["officer"] for r in rows if r["status"] in st.CLOSED)
    assert 0 < sum(1 for r in open_ if not r["officer"]) < len(open_) / 4
    assert Counter(r["officer"] for r in rows)["kasi"] < len(rows) / 5  # officers take most
    for case in rows:
        moves = [json.loads(d) for (d,) in _q(
            office, "SELECT data FROM events WHERE case_id = ? AND event_type ="
                    " 'petugas_ditetapkan' ORDER BY occurred_at", (case["id"],))]
        assert (moves[-1]["to"] if moves else "") == case["officer"]
    # The handling steps are the officer's; approvals and direct closings the supervisor's.
    users = Counter(u for (u,) in _q(office, "SELECT user FROM events WHERE event_type IN"
                                             " ('kontak_keluarga', 'rujukan_dikirim')"))
    assert set(OFFICERS) <= set(users)
    assert {u for (u,) in _q(office, "SELECT DISTINCT user FROM events WHERE event_type IN"
                                     " ('usulan_disetujui', 'usulan_dikembalikan')")} == {"kasi"}
    assert {u for (u,) in _q(office, "SELECT DISTINCT user FROM events WHERE event_type ="
                                     " 'usulan_penutupan'")} <= set(OFFICERS)
    assert _q(office, "SELECT count(*) FROM events WHERE event_type = 'petugas_ditetapkan'"
                      " AND json_extract(data, '$.from') != ''")[0][0]  # some reassigned
    # The front office records most complaints; the supervisor the rest.
    recorded = Counter(u for (u,) in _q(office, "SELECT created_by FROM cases"))
    assert set(recorded) == {"loket", "kasi"} and recorded["loket"] > len(rows) / 2


def test_closure_proposals_wait_were_approved_or_returned(office):
    waiting = office.store.query_dicts("SELECT * FROM cases WHERE proposed_status != ''")
    for case in waiting:
        assert case["status"] not in st.CLOSED and case["proposed_status"] in st.CLOSED
        assert case["proposed_by"] in OFFICERS and case["proposal_summary"]
        assert case["updated_at"] <= case["proposed_at"]  # not changed since: approvable
    approved = [json.loads(d) for (d,) in _q(
        office, "SELECT data FROM events WHERE event_type = 'usulan_disetujui'")]
    assert approved and all(a["proposed_by"] in OFFICERS for a in approved)
    returned = _q(office, "SELECT summary, data FROM events WHERE event_type = 'usulan_dikembalikan'")
    assert returned and all(summary and "closed_directly" not in data for summary, data in returned)
    direct = _q(office, "SELECT count(*) FROM events WHERE event_type = 'perubahan_status'"
                        " AND json_extract(data, '$.to') IN ('selesai', 'ditutup')"
                        " AND json_extract(data, '$.proposed_by') = ''")[0][0]
    assert direct  # the supervisor also closes some cases directly


def test_family_contacts_say_whom_they_reached_or_why_not(office):
    ref = office.reference
    results = Counter()
    for channel, data in _q(office, "SELECT channel, data FROM events"
                                    " WHERE event_type = 'kontak_keluarga'"):
        d = json.loads(data)
        results[d["result"]] += 1
        assert ref.has("contact_result", d["result"]) and channel
        failed = bool(ref.extra("contact_result", d["result"]).get("failed"))
        assert bool(d["spoke_with"]) != failed
        assert not (failed and channel == "datang_langsung")
    assert results["tersambung"] > sum(results.values()) / 2 and len(results) == 4


def test_urgency_and_deadline_clocks(office):
    flagged = office.store.query_dicts(
        "SELECT category, status, urgent_reason FROM cases WHERE urgent = '1'")
    urgent_categories = {i.code for i in office.reference.items("category") if i.extra.get("urgent")}
    assert any(f["status"] not in st.CLOSED for f in flagged)
    assert all(f["urgent_reason"] and f["category"] not in urgent_categories for f in flagged)
    states = set(_q(office, "SELECT c.status, k.state FROM cases c JOIN case_clock k"
                            " ON k.case_id = c.id WHERE c.status = 'menunggu_dokumen'"))
    assert states == {(st.MENUNGGU_DOKUMEN, "paused")}
    near = office.cases.rows(office.cases.list_seqs(CaseFilter(near_deadline=True)))
    assert all(r.clock_state == "running" for r in near)


# -- both writers, one plan -----------------------------------------------------------------


def _snapshot(core) -> dict:
    q = core.store.query
    cases = q("SELECT c.case_number, c.status, c.outcome, c.officer, c.urgent, c.urgent_reason,"
              " c.proposed_status, c.proposed_outcome, c.proposed_by, c.next_contact_due,"
              " w.name, w.pptkis FROM cases c JOIN workers w ON w.case_id = c.id ORDER BY c.seq")
    referrals = sorted(q("SELECT c.case_number, r.addressee, r.method, r.letter_no, r.sent_on,"
                         " r.reply_due, r.reply_on, r.withdrawn_on, r.request, r.created_by"
                         " FROM referrals r JOIN cases c ON c.id = r.case_id"))
    summons = sorted(q("SELECT c.case_number, s.agency, s.letter_no, s.meeting_at, s.attendance,"
                       " s.result FROM summons s JOIN cases c ON c.id = s.case_id"))
    events = sorted((n, t, u, s, _without_ids(d)) for n, t, u, s, d in q(
        "SELECT c.case_number, e.event_type, e.user, e.summary, e.data FROM events e"
        " JOIN cases c ON c.id = e.case_id WHERE e.event_type != 'pengaduan_diterima'"))
    directory = sorted(q("SELECT kind, name, licence_no, licence_status, address FROM stakeholders"
                         " WHERE demo = '1'"))
    return {"cases": cases, "referrals": referrals, "summons": summons, "events": events,
            "directory": directory}


def _without_ids(data: str) -> str:
    d = json.loads(data)
    # "inquiry": the information request a complaint was made from, a random id on each writer.
    return json.dumps({k: v for k, v in d.items() if not (k.endswith("_id") or k == "inquiry")},
                      sort_keys=True)


def test_both_writers_give_the_same_case_work_for_a_seed_and_another_seed_differs(tmp_path):
    by_services = _office(tmp_path / "services")
    by_bulk = _office(tmp_path / "bulk")
    other = _office(tmp_path / "other")
    try:
        assert generate_cases(by_services, 60, seed=5) == bulk_generate(by_bulk, 60, seed=5,
                                                                        batch=25)
        assert _snapshot(by_services) == _snapshot(by_bulk)
        bulk_generate(other, 60, seed=6)
        assert _snapshot(other)["cases"] != _snapshot(by_bulk)["cases"]
    finally:
        for core in (by_services, by_bulk, other):
            core.close()


def test_demo_data_twice_keeps_one_set_of_demo_agencies(tmp_path):
    core = _office(tmp_path / "data")
    try:
        bulk_generate(core, 20, seed=1)
        bulk_generate(core, 20, seed=2)
        count = core.store.query_one("SELECT count(*) FROM stakeholders WHERE demo = '1'"
                                     " AND kind = 'pptkis'")[0]
        assert count == AGENCY_COUNT
        assert core.cases.count() == 40
        # The directory entries went through the outbox and the audit trail, dated before
        # the first demo case.
        first_case = core.store.query_one("SELECT min(received_at) FROM cases")[0]
        changes = core.store.query("SELECT created_at FROM changes WHERE entity = 'stakeholder'"
                                   " AND user = 'kasi'")
        assert len(changes) == count + 4 and all(c[0] < first_case for c in changes)
        assert core.store.query_one("SELECT count(*) FROM audit_log"
                                    " WHERE action = 'directory_added'")[0] == count + 4
    finally:
        core.close()


def test_an_office_without_case_officers_has_its_supervisor_handle_everything(tmp_path):
    core = _office(tmp_path / "data", officers=())
    try:
        bulk_generate(core, 80, seed=3)
        officers = {o for (o,) in core.store.query("SELECT DISTINCT officer FROM cases")}
        assert officers <= {"kasi", ""}
        # Nobody to propose to the supervisor: no proposals, closings are direct.
        assert not core.cases.list_seqs(CaseFilter(awaiting_approval=True))
        assert not core.store.query_one("SELECT count(*) FROM events"
                                        " WHERE event_type = 'usulan_penutupan'")[0]
    finally:
        core.close()


def test_demo_data_cli_says_when_there_is_no_case_officer(cli_runner, tmp_path):
    core = _office(tmp_path / "data", officers=())
    core.close()
    r = cli_runner.halotki("demo-data", "--cases", "3", data_dir=tmp_path / "data",
                           user="kasi", password=STAFF_PW)
    assert r.code == 0, r.err
    assert r.out.strip() == "3 kasus contoh dibuat."
    assert "case_officer" in r.err
    r = cli_runner.halotki("demo-data", "--cases", "3", data_dir=tmp_path / "data",
                           user="loket", password=STAFF_PW)
    assert r.code == 6  # a front-office clerk may not make demo data


# -- acting as a colleague --------------------------------------------------------------------


def test_the_generator_acts_only_as_colleagues_with_no_more_rights(tmp_path):
    core = _office(tmp_path / "data")
    try:
        cast = Cast(core)
        assert cast.session("budi").role == "case_officer"
        with pytest.raises(PermissionDenied):
            cast.session(ADMIN)  # accounts are the administrator's
        with pytest.raises(RuntimeError), cast.acting(core, "budi"):
            assert core.session.username == "budi"
            with pytest.raises(PermissionDenied):
                core.handling.assign(1, "rina")  # a case officer's own rights apply
            raise RuntimeError("stop half-way")
        assert core.session.username == "kasi"
    finally:
        core.close()


# -- the plan, over many seeds ------------------------------------------------------------------


def test_plans_keep_the_services_rules_whatever_the_seed(supervisor, login):
    for name in OFFICERS:
        login(name, "case_officer")
    setup = office_setup(supervisor, 1)
    now = supervisor.now()
    for seed in (1, 2, 3):
        planner = Planner(supervisor.reference, "SBY", "WIB", now, 700, seed, setup)
        for _ in range(700):
            plan = planner.next()
            _check_plan(plan, setup, now)
            check_steps(plan, supervisor.reference, _zone())  # the services' input checks


def _check_plan(plan: P.CasePlan, setup: P.OfficeSetup, now) -> None:
    status, proposal, officer = st.BARU, False, ""
    referrals: dict[int, bool] = {}  # key -> still open
    summoned: set[int] = set()
    previous = plan.recorded_at
    handlers = {o.username for o in setup.officers}
    for s in plan.steps:
        assert previous <= s.at < now, (plan.index, s)
        previous = s.at
        if s.kind in ("status", P.APPROVE):
            st.check_transition(status, s.code)
            if s.code == st.DIRUJUK:
                assert any(referrals.values()), (plan.index, "dirujuk without a referral")
            if s.code in st.CLOSED:
                assert not any(referrals.values()), (plan.index, "closed with a referral open")
                assert s.actor == "" and proposal == (s.kind == P.APPROVE)
                proposal = False
            status = s.code
        elif s.kind == P.REFER:
            referrals[s.key] = True
            assert s.data.sent_on == s.at.astimezone(_zone()).date().isoformat()
        elif s.kind in (P.REPLY, P.WITHDRAW):
            assert referrals.pop(s.key), (plan.index, "settling a settled referral")
            referrals[s.key] = False
        elif s.kind == P.SUMMON:
            assert status not in st.CLOSED
            summoned.add(s.key)
        elif s.kind == P.SUMMONS_OUTCOME:
            assert s.key in summoned
        elif s.kind == P.PROPOSE:
            assert status not in st.CLOSED and not proposal and s.actor in handlers
            assert s.actor == officer != setup.caller
            proposal = True
        elif s.kind == P.RETURN:
            assert proposal and s.summary
            proposal = False
        elif s.kind in (P.ASSIGN, P.TAKE):
            assert s.data in handlers
            officer = s.data
        if s.kind not in (P.ASSIGN, P.APPROVE, P.RETURN) and s.actor:
            assert s.actor == officer, (plan.index, s)  # the case's officer at the time
    if plan.steps and any(s.kind == P.PROPOSE for s in plan.steps) and proposal:
        assert plan.steps[-1].kind == P.PROPOSE  # nothing after a proposal still waiting


def _zone():
    from desktop.formatting import zone_info
    return zone_info("WIB")


def test_near_deadline_cases_are_planned_to_run_without_pause(supervisor):
    now = supervisor.now()
    planner = Planner(supervisor.reference, "SBY", "WIB", now, 400, 9)
    assert len(planner._near) >= 2
    plans = {i: planner.next() for i in range(400)}
    for index in planner._near:
        steps = [s.code for s in plans[index].steps if s.kind == "status"]
        assert st.MENUNGGU_DOKUMEN not in steps and not set(steps) & st.CLOSED
        assert now - plans[index].received_at > timedelta(days=14)  # the shortest target


def test_a_run_of_a_few_cases_is_left_to_chance(supervisor):
    """A handful of cases to try something on is not forced to show every list."""
    setup = office_setup(supervisor, 1)
    planner = Planner(supervisor.reference, "SBY", "WIB", supervisor.now(), 10, 1, setup)
    assert planner._near == {}
    assert not any(planner.casework.quota.wanted(name) for name in planner.casework.quota.NAMES)
